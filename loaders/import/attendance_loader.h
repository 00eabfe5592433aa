#pragma once
// The bulk attendance loader: builds the graph of the seed scripts (queries/seed/00_nodes.cypher,
// then 10_attended, 11_taught_by, 12_belongs_to) from students.csv, sessions.csv and
// attendance.csv, through the storage BulkWriter instead of row-by-row MERGEs.
//
// The graph is the scripts' graph, row for row:
// - (:Student {student_id, name, email, gender, country}) per distinct toInteger(trim(student_id));
//   when an id repeats, the last row's values win (the script's MERGE then SET), and the earlier
//   row is reported as a duplicate replaced by the later one.
// - (:Session {session_id, date, duration}) likewise; duration is toInteger(trim(duration)).
// - (:Instructor {instructor}) and (:Module {module}) per distinct non-null name over every
//   well-formed sessions.csv row, even one whose session is rejected (the scripts read all rows).
// - TAUGHT_BY / BELONGS_TO per distinct (session, name) pair, ATTENDED per distinct
//   (student, session) pair whose ends exist (MERGE: duplicates make one relationship).
// Two deliberate differences, both reported as rejects: a row with the wrong number of fields
// (LOAD CSV would read missing cells as null and drop extra ones) and a session with an invalid
// date (date() would fail the script's whole statement) are not loaded.
//
// Idempotent: nodes and relationships already in the store are looked up by key and reused;
// properties of existing nodes that the files change are set in one transaction afterwards.
// Everything new lands in one atomic bulk ingestion; a CsvError (malformed file) or StorageError
// before it leaves the data unchanged (the constraints, created first, stay).
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "storage/graph/graph_store.h"

namespace rollcall::loaders {

struct AttendanceFiles {
  std::string students;
  std::string sessions;
  std::string attendance;
};

/// Where a load is, reported every PROGRESS_ROWS rows and once at the end of each file.
struct LoadProgress {
  std::string_view file;  // the file's name, e.g. "attendance.csv"
  uint64_t rows = 0;      // data rows read so far in this file
  uint64_t line = 0;      // physical line reached (for a percentage against the file's lines)
  bool fileDone = false;
};

inline constexpr uint64_t PROGRESS_ROWS = 1 << 16;

struct LoadOptions {
  /// CSV file (file,line,reason,record) listing every row not loaded; empty: not written.
  std::string rejectsPath;
  std::function<void(const LoadProgress&)> progress;
};

/// Rows of one input file. loaded + rejected == rows.
struct FileSummary {
  std::string file;
  uint64_t rows = 0;
  uint64_t loaded = 0;
  uint64_t rejected = 0;
};

struct LoadSummary {
  FileSummary students;
  FileSummary sessions;
  FileSummary attendance;
  uint64_t nodesCreated = 0;
  uint64_t relationshipsCreated = 0;
  uint64_t propertiesSet = 0;  // on nodes that existed before the load
};

/// Loads the three files into `store`, creating the seed's unique constraints when missing.
/// Throws csv::CsvError (file, line) for an unreadable or malformed file or a missing key
/// column, storage::StorageError when the store refuses; either way no data is written.
LoadSummary loadAttendance(storage::GraphStore& store, const AttendanceFiles& files,
                           const LoadOptions& options = {});

}  // namespace rollcall::loaders
