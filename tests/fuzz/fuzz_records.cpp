// The storage layer's record decoders on arbitrary bytes, as a damaged or foreign database would
// hand them over. The first byte picks the decoder; the rest is the stored value. A
// StorageError is the expected answer to bytes no encoder wrote; anything else escaping, or a
// sanitizer report (out-of-bounds read, a huge allocation from a corrupt count), is a bug.
#include <cstdint>
#include <string_view>

#include "storage/codec/property_codec.h"
#include "storage/common/property_format.h"
#include "storage/common/storage_error.h"
#include "storage/graph/stats_records.h"

namespace {

using namespace rollcall::storage;

// What RocksTransaction reads of a node record: whole, or a label check and one property.
void nodeRecord(std::string_view bytes) {
  codec::Reader whole(bytes);
  whole.labels();
  for (const auto& [key, value] : whole.properties()) formatValue(value);
  codec::Reader partial(bytes);
  partial.labelsContain(LabelId(bytes.size()));
  formatValue(partial.findProperty(PropKeyId(bytes.size() % 7)));
}

// Consecutive values, decoded and skipped, as properties() and findProperty() meet them.
void values(std::string_view bytes) {
  codec::Reader decoding(bytes);
  while (!decoding.done()) formatValue(decoding.value());
  codec::Reader skipping(bytes);
  while (!skipping.done()) skipping.skipValue();
}

// A relationship record: the fixed header, then its properties.
void relRecord(std::string_view bytes) {
  codec::decodeRelHeader(bytes);
  for (const auto& [key, value] : codec::Reader(codec::relRecordProperties(bytes)).properties()) {
    formatValue(value);
  }
}

void decode(uint8_t decoder, std::string_view bytes) {
  switch (decoder % 5) {
    case 0:
      return nodeRecord(bytes);
    case 1:
      return values(bytes);
    case 2:
      decodePropertyStats(bytes);
      return;
    case 3:
      decodeDegreeStats(bytes);
      return;
    case 4:
      return relRecord(bytes);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  try {
    decode(data[0], std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  } catch (const StorageError&) {
  }
  return 0;
}
