#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rollcall::csv {

class CsvReader;

/// One CSV record: its fields (each a string, or null) and the physical line where it starts.
///
/// Lifetime: the record owns its bytes. Views returned by `view()` and `get()` stay valid until
/// the record is passed to `CsvReader::next()` again, cleared or destroyed. Reuse one record
/// across `next()` calls: its storage is recycled, so the hot loop does not allocate.
class CsvRecord {
 public:
  /// Number of fields; a blank line read with skipEmptyLines off has one null field.
  size_t size() const { return ends_.size(); }
  /// True for an empty unquoted field (a,,b); an empty quoted field ("") is the empty string.
  bool isNull(size_t i) const { return nulls_[i] != 0; }
  /// The field's text; empty for a null field. Requires i < size().
  std::string_view view(size_t i) const;
  /// The field's text, or nullopt when the field is null or i is past the last field (Neo4j
  /// reads missing trailing columns as null).
  std::optional<std::string_view> get(size_t i) const;
  /// The 1-based physical line where the record starts.
  uint64_t line() const { return line_; }

  void clear();

 private:
  friend class CsvReader;

  void endField(bool isNull) {
    ends_.push_back(data_.size());
    nulls_.push_back(isNull ? 1 : 0);
  }
  size_t currentFieldBytes() const { return data_.size() - (ends_.empty() ? 0 : ends_.back()); }

  std::string data_;          // all field bytes, back to back
  std::vector<size_t> ends_;  // end offset of each field in data_
  std::vector<uint8_t> nulls_;
  uint64_t line_ = 0;
};

}  // namespace rollcall::csv
