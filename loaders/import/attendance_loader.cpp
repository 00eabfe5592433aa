#include "loaders/import/attendance_loader.h"

#include "loaders/import/attendance_pass.h"
#include "loaders/import/graph_schema.h"
#include "loaders/import/helper_thread.h"
#include "loaders/import/input_file.h"
#include "loaders/import/node_emit.h"
#include "loaders/import/node_rows.h"
#include "loaders/import/reject_log.h"
#include "loaders/import/sort_unique.h"

namespace rollcall::loaders {
namespace {

// What the store holds before the load, read before the BulkWriter takes the write slot.
struct Existing {
  NodeDirectory students;
  NodeDirectory sessions;
  NameDirectory instructors;
  NameDirectory modules;
  NodePairs taughtBy;
  NodePairs belongsTo;
};

Existing readExisting(storage::GraphStore& store, const GraphTokens& t) {
  Existing e;
  readIntKeyed(store, t.student, t.studentId, e.students);
  readIntKeyed(store, t.session, t.sessionId, e.sessions);
  e.instructors = readNameKeyed(store, t.instructor, t.instructorName);
  e.modules = readNameKeyed(store, t.module, t.moduleName);
  forEachRel(store, t.taughtBy, [&](auto start, auto end) { e.taughtBy.emplace(start, end); });
  forEachRel(store, t.belongsTo, [&](auto start, auto end) { e.belongsTo.emplace(start, end); });
  return e;
}

// The ATTENDED pairs already stored, as directory indexes. Needs only the nodes that existed,
// which the directories hold before any new node is added.
void readAttended(storage::GraphStore& store, const GraphTokens& t, const Existing& e,
                  std::vector<uint64_t>& pairs) {
  if (store.relTypeCount(t.attended) == 0) return;
  FlatIdMap students = e.students.reverse();
  FlatIdMap sessions = e.sessions.reverse();
  forEachRel(store, t.attended, [&](storage::NodeId start, storage::NodeId end) {
    auto student = students.find(start);
    auto session = sessions.find(end);
    if (student && session) {
      pairs.push_back(packPair(static_cast<uint32_t>(*student), static_cast<uint32_t>(*session)));
    }
  });
  sortUnique(pairs);
}

struct Pending {  // rows whose node existed: their SETs run after the bulk ingestion
  std::vector<const KeyedRow*> students;
  std::vector<const KeyedRow*> sessions;
};

class Loader {
 public:
  Loader(storage::GraphStore& store, const LoadOptions& options)
      : store_(store),
        options_(options),
        tokens_(GraphTokens::intern(store.catalog())),
        rejects_(options.rejectsPath) {}

  LoadSummary run(const AttendanceFiles& files) {
    ensureConstraints(store_, tokens_);
    existing_ = readExisting(store_, tokens_);
    readAttended(store_, tokens_, existing_, attendedBefore_);
    InputFile students(files.students, summary_.students, rejects_, options_);
    readStudents(students, existing_.students, studentRows_);
    students.finish();
    InputFile sessions(files.sessions, summary_.sessions, rejects_, options_);
    readSessions(sessions, existing_.sessions, sessionRows_);
    sessions.finish();
    writeNew(files.attendance);
    updateOld();
    rejects_.close();
    return summary_;
  }

 private:
  // The node rows are turned into records on a helper thread while this one reads the
  // attendance file: reading needs only the directories' indexes, which exist already, and the
  // helper is the only user of the writer until it is joined.
  void writeNew(const std::string& attendancePath) {
    auto writer = store_.bulkWriter();
    InputFile attendance(attendancePath, summary_.attendance, rejects_, options_);
    storage::BigVector<uint64_t> pairs;
    {
      Helper nodes([&] { writeNodes(*writer); });
      pairs = readAttendance(attendance, existing_.students, existing_.sessions);
      nodes.join();
    }
    summary_.relationshipsCreated += addAttendance(
        pairs,
        {*writer, tokens_.attended, existing_.students, existing_.sessions, attendedBefore_});
    attendance.finish();
    writer->finish();
  }

  void writeNodes(storage::BulkWriter& writer) {
    writer.reserveNodes(studentRows_.rows.rows().size() + sessionRows_.rows.rows().size());
    uint64_t& nodes = summary_.nodesCreated;
    pending_.students =
        emitKeyed(writer, tokens_.student, tokens_.studentId, studentRows_.rows, existing_.students,
                  studentProperties(tokens_, studentRows_), nodes);
    pending_.sessions =
        emitKeyed(writer, tokens_.session, tokens_.sessionId, sessionRows_.rows, existing_.sessions,
                  sessionProperties(tokens_, sessionRows_), nodes);
    writeNames(writer);
  }

  void writeNames(storage::BulkWriter& writer) {
    uint64_t& nodes = summary_.nodesCreated;
    uint64_t& rels = summary_.relationshipsCreated;
    auto instructors = emitNames(writer, tokens_.instructor, tokens_.instructorName,
                                 sessionRows_.instructors, existing_.instructors, nodes);
    auto modules = emitNames(writer, tokens_.module, tokens_.moduleName, sessionRows_.modules,
                             existing_.modules, nodes);
    emitNamePairs(writer, tokens_.taughtBy, sessionRows_.taughtBy, existing_.sessions, instructors,
                  existing_.taughtBy, rels);
    emitNamePairs(writer, tokens_.belongsTo, sessionRows_.belongsTo, existing_.sessions, modules,
                  existing_.belongsTo, rels);
  }

  void updateOld() {
    if (pending_.students.empty() && pending_.sessions.empty()) return;
    auto txn = store_.begin();
    summary_.propertiesSet += updateExisting(*txn, pending_.students, existing_.students,
                                             studentProperties(tokens_, studentRows_));
    summary_.propertiesSet += updateExisting(*txn, pending_.sessions, existing_.sessions,
                                             sessionProperties(tokens_, sessionRows_));
    txn->commit();
  }

  storage::GraphStore& store_;
  const LoadOptions& options_;
  GraphTokens tokens_;
  RejectLog rejects_;
  LoadSummary summary_;
  Existing existing_;
  std::vector<uint64_t> attendedBefore_;  // packed pairs, sorted
  StudentRows studentRows_;
  SessionRows sessionRows_;
  Pending pending_;
};

}  // namespace

LoadSummary loadAttendance(storage::GraphStore& store, const AttendanceFiles& files,
                           const LoadOptions& options) {
  return Loader(store, options).run(files);
}

}  // namespace rollcall::loaders
