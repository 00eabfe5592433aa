#pragma once
// Keeps the fields of many CSV records in large chunks. Node rows are buffered until the whole
// file is read (a repeated id takes the last row's values, as the seed's MERGE + SET does); a
// chunk costs a few bytes per field where a std::string per field costs 32 or more, and chunks,
// unlike one growing buffer, are never copied.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/csv/csv_record.h"
#include "storage/graph/bulk_memory.h"

namespace rollcall::loaders {

using Fields = std::vector<std::optional<std::string_view>>;

class RecordArena {
 public:
  /// Stores the record's fields; returns the handle to read them back.
  uint64_t append(const csv::CsvRecord& record);
  /// The fields stored under `handle`; views stay valid until the next append().
  void read(uint64_t handle, Fields& out) const;

 private:
  static constexpr size_t CHUNK_BYTES = size_t{4} << 20;
  static constexpr int OFFSET_BITS = 40;  // a handle is chunk << OFFSET_BITS | offset

  using Chunk = storage::BigVector<char>;
  std::vector<Chunk> chunks_;
};

/// The fields as one CSV line (no line end), quoted where needed: what the rejects file shows.
std::string renderFields(const Fields& fields);
std::string renderRecord(const csv::CsvRecord& record);

}  // namespace rollcall::loaders
