#pragma once
// attendance.csv, streamed: each accepted row is kept as one packed (student, session) pair,
// 8 bytes, never as text. The pairs are sorted and deduplicated at the end of the file (MERGE
// makes one relationship per pair) and the new ones go to the BulkWriter.
#include <cstdint>
#include <vector>

#include "loaders/import/flat_id_map.h"
#include "loaders/import/graph_schema.h"
#include "loaders/import/input_file.h"
#include "storage/graph/bulk_memory.h"
#include "storage/graph/bulk_writer.h"

namespace rollcall::loaders {

struct AttendedTarget {
  storage::BulkWriter& writer;
  storage::RelTypeId type;
  const NodeDirectory& students;
  const NodeDirectory& sessions;
  const std::vector<uint64_t>& existing;  // packed pairs already related, sorted
};

/// (student, session) directory indexes as one sortable key.
inline uint64_t packPair(uint32_t student, uint32_t session) {
  return (uint64_t{student} << 32) | session;
}

/// Reads every row of `in`; returns the (student, session) pair of each accepted row, packed.
storage::BigVector<uint64_t> readAttendance(InputFile& in, const NodeDirectory& students,
                                            const NodeDirectory& sessions);

/// Adds a relationship for each distinct pair not already in the store (`pairs` is sorted and
/// deduplicated in place); returns how many it created.
uint64_t addAttendance(storage::BigVector<uint64_t>& pairs, const AttendedTarget& target);

}  // namespace rollcall::loaders
