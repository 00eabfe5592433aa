#include "loaders/import/attendance_pass.h"

#include <string>

#include "loaders/import/node_rows.h"
#include "loaders/import/sort_unique.h"

namespace rollcall::loaders {
namespace {

// Rows read ahead of the one being looked up: enough to cover a memory access.
constexpr size_t LOOKAHEAD_ROWS = 64;

// Most ids are plain digits: skip trim() and toInteger()'s float fallback for them.
std::optional<int64_t> fastId(std::optional<std::string_view> text) {
  if (!text || text->empty() || text->size() > 18) return std::nullopt;
  int64_t value = 0;
  for (char c : *text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

// The id in `column` as toInteger(trim()), or nullopt after rejecting the row.
std::optional<int64_t> readId(InputFile& in, size_t column, std::string_view name,
                              std::string& reason) {
  std::optional<std::string_view> text = in.get(column);
  std::optional<int64_t> id = fastId(text);
  if (!id) id = parseId(text, name, reason);
  if (!id) in.reject(reason);
  return id;
}

// The directory index of `id`, or nullopt after rejecting the row.
std::optional<uint32_t> lookUp(InputFile& in, int64_t id, std::string_view name,
                               const NodeDirectory& directory) {
  std::optional<uint32_t> index = directory.find(id);
  if (!index) in.reject("unknown " + std::string(name) + " " + std::to_string(id));
  return index;
}

}  // namespace

storage::BigVector<uint64_t> readAttendance(InputFile& in, const NodeDirectory& students,
                                            const NodeDirectory& sessions) {
  size_t studentColumn = in.column("student_id", /*required=*/true);
  size_t sessionColumn = in.column("session_id", /*required=*/true);
  in.readAhead(LOOKAHEAD_ROWS, [&](const csv::CsvRecord& record) {
    if (auto id = fastId(record.get(studentColumn))) students.prefetch(*id);
    if (auto id = fastId(record.get(sessionColumn))) sessions.prefetch(*id);
  });
  storage::BigVector<uint64_t> pairs;
  // Rows like "123456,12345" take 13 bytes: room for most files without regrowing (and copying
  // and touching fresh memory again), which only commits memory as rows arrive.
  pairs.reserve(in.bytes() / 8);
  std::string reason;
  while (in.next()) {
    // As the seed's WHERE runs before its MATCHes, a non-integer id is reported first.
    std::optional<int64_t> studentId = readId(in, studentColumn, "student_id", reason);
    if (!studentId) continue;
    std::optional<int64_t> sessionId = readId(in, sessionColumn, "session_id", reason);
    if (!sessionId) continue;
    std::optional<uint32_t> student = lookUp(in, *studentId, "student_id", students);
    if (!student) continue;
    std::optional<uint32_t> session = lookUp(in, *sessionId, "session_id", sessions);
    if (session) pairs.push_back(packPair(*student, *session));
  }
  return pairs;
}

uint64_t addAttendance(storage::BigVector<uint64_t>& pairs, const AttendedTarget& target) {
  sortUnique(pairs);
  target.writer.reserveRels(pairs.size());
  uint64_t created = 0;
  auto old = target.existing.begin();
  for (uint64_t pair : pairs) {
    while (old != target.existing.end() && *old < pair) ++old;
    if (old != target.existing.end() && *old == pair) continue;
    target.writer.addRel(target.type, target.students.node(static_cast<uint32_t>(pair >> 32)),
                         target.sessions.node(static_cast<uint32_t>(pair)), {});
    ++created;
  }
  return created;
}

}  // namespace rollcall::loaders
