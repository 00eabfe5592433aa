#pragma once
// Compact encoding of property values inside RocksDB values (not keys: see index_key_codec.h).
// A value is a type tag followed by its payload; integers and lengths are varints.
#include <string>
#include <string_view>
#include <vector>

#include "storage/common/property_value.h"

namespace rollcall::storage::codec {

void putVarint(std::string& out, uint64_t v);
void encodeValue(std::string& out, const PropertyValue& value);
void encodeProperties(std::string& out, const Properties& properties);
void encodeLabels(std::string& out, const std::vector<LabelId>& labels);
// Node record: labels then properties.
void encodeNodeRecord(std::string& out, const std::vector<LabelId>& labels,
                      const Properties& properties);
// Relationship record: type(4) start(8) end(8), big-endian, then the properties.
inline constexpr size_t REL_RECORD_HEADER = 20;
void encodeRelRecord(std::string& out, RelTypeId type, NodeId start, NodeId end,
                     const Properties& properties);

struct RelRecordHeader {
  RelTypeId type = 0;
  NodeId start = 0;
  NodeId end = 0;
};
// The fixed part of a relationship record; throws StorageError(IO) when the record is shorter.
RelRecordHeader decodeRelHeader(std::string_view record);
// What follows the header: the properties block, for a Reader.
std::string_view relRecordProperties(std::string_view record);

// Decodes what the encoders above wrote; throws StorageError(IO) on input they cannot have
// written: truncated, a count larger than the bytes left could hold, an unknown type tag, lists
// nested deeper than MAX_LIST_DEPTH. Corrupt bytes never allocate more than the input's size.
class Reader {
 public:
  explicit Reader(std::string_view data) : p_(data.data()), end_(data.data() + data.size()) {}
  uint64_t varint();
  PropertyValue value();
  Properties properties();
  std::vector<LabelId> labels();
  void skip(size_t n);
  void skipValue();
  // At the start of a node record: whether its label list holds `label`; moves past the list.
  bool labelsContain(LabelId label);
  void skipLabels();
  // At the start of a properties block: the value of `key` (null when absent), decoding only
  // that value. Properties are stored sorted by key.
  PropertyValue findProperty(PropKeyId key);
  bool done() const { return p_ == end_; }

  // The engine stores no list inside a list; the limit only bounds recursion on corrupt input.
  static constexpr int MAX_LIST_DEPTH = 32;

 private:
  void need(size_t n) const;
  // A varint count of items taking at least `minItemBytes` each, checked against the bytes left
  // before anything is allocated for them.
  uint64_t count(size_t minItemBytes);
  PropertyValue value(int depth);
  void skipValue(int depth);
  const char* p_;
  const char* end_;
};

}  // namespace rollcall::storage::codec
