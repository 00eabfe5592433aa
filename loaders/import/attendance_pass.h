#pragma once
// attendance.csv, streamed: each row becomes an ATTENDED relationship as soon as it is read,
// so memory holds only the set of pairs seen (8 bytes a pair), never the rows.
#include <cstdint>

#include "loaders/import/flat_id_map.h"
#include "loaders/import/graph_schema.h"
#include "loaders/import/input_file.h"
#include "storage/graph/bulk_writer.h"

namespace rollcall::loaders {

struct AttendedTarget {
  storage::BulkWriter& writer;
  storage::RelTypeId type;
  const NodeDirectory& students;
  const NodeDirectory& sessions;
  FlatPairSet& seen;  // (student, session) directory indexes already related
};

/// Reads every row of `in`; returns how many relationships it created.
uint64_t loadAttended(InputFile& in, AttendedTarget target);

}  // namespace rollcall::loaders
