#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "loaders/csv/csv_reader.h"
#include "loaders/csv/csv_record.h"

namespace rollcall::csv {

struct CsvHeaderOptions {
  /// When two columns share a name, the later one wins, as when LOAD CSV WITH HEADERS builds
  /// each row map column by column. Off by default: a duplicated name in a data file is more
  /// often a mistake than intent, and silently dropping a column loses data.
  bool allowDuplicateNames = false;
};

/// Column names from a file's first record, for LOAD CSV WITH HEADERS and the bulk loader.
///
/// Policy: a null or empty header cell leaves its column unnamed: the column is read but no name
/// reaches it. Names are not trimmed (" id" is not "id"). Duplicates: see CsvHeaderOptions.
class CsvHeader {
 public:
  /// Reads the next record of `reader` as the header. An empty input gives a header with no
  /// columns (and, since there is no data either, no rows). Throws CsvError on a duplicate name.
  static CsvHeader read(CsvReader& reader, CsvHeaderOptions options = {});

  /// Number of columns in the header record, named or not.
  size_t size() const { return names_.size(); }
  /// The name of column i, or nullopt for an unnamed column.
  std::optional<std::string_view> name(size_t i) const;
  /// The column a name addresses; nullopt when no column has that name.
  std::optional<size_t> indexOf(std::string_view name) const;
  /// The value of column `name` in `record`; nullopt when the name is unknown, the value is
  /// null, or the record is too short to have that column.
  std::optional<std::string_view> value(const CsvRecord& record, std::string_view name) const;
  /// Physical line of the header record (1 unless blank lines precede it).
  uint64_t line() const { return line_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  std::vector<std::optional<std::string>> names_;
  std::unordered_map<std::string, size_t, Hash, std::equal_to<>> index_;
  uint64_t line_ = 0;
};

}  // namespace rollcall::csv
