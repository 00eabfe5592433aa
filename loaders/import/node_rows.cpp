#include "loaders/import/node_rows.h"

#include <algorithm>

#include "loaders/import/field_values.h"

namespace rollcall::loaders {

std::optional<KeyedRow> KeyedRows::put(const KeyedRow& row) {
  if (row.index >= position_.size()) {
    position_.resize(std::max<size_t>(row.index + 1, position_.size() * 2), NO_POSITION);
  }
  uint32_t& position = position_[row.index];
  if (position == NO_POSITION) {
    position = static_cast<uint32_t>(rows_.size());
    rows_.push_back(row);
    return std::nullopt;
  }
  KeyedRow replaced = rows_[position];
  rows_[position] = row;
  return replaced;
}

uint32_t NameList::add(std::string_view name) {
  auto [it, added] = index_.try_emplace(std::string(name), static_cast<uint32_t>(names_.size()));
  if (added) names_.push_back(it->first);
  return it->second;
}

std::optional<int64_t> parseId(std::optional<std::string_view> text, std::string_view column,
                               std::string& reason) {
  if (!text) {
    reason = "missing " + std::string(column);
    return std::nullopt;
  }
  std::optional<int64_t> id = toInteger(trimSpace(*text));
  if (!id) reason = "non-integer " + std::string(column) + " '" + std::string(*text) + "'";
  return id;
}

namespace {

// Buffers the row; the row it replaces is rejected, since none of its values survive.
void keepLast(InputFile& in, RecordArena& arena, KeyedRows& rows, KeyedRow row,
              std::string_view column) {
  row.record = arena.append(in.record());
  std::optional<KeyedRow> replaced = rows.put(row);
  if (!replaced) return;
  Fields fields;
  arena.read(replaced->record, fields);
  in.rejectEarlier(replaced->line,
                   "duplicate " + std::string(column) + " " + std::to_string(row.key) +
                       ": replaced by line " + std::to_string(row.line),
                   renderFields(fields));
}

}  // namespace

void readStudents(InputFile& in, NodeDirectory& directory, StudentRows& out) {
  size_t idColumn = in.column("student_id", /*required=*/true);
  const char* names[] = {"name", "email", "gender", "country"};
  for (size_t i = 0; i < 4; ++i) out.columns[i] = in.column(names[i], /*required=*/false);
  std::string reason;
  while (in.next()) {
    std::optional<int64_t> id = parseId(in.get(idColumn), "student_id", reason);
    if (!id) {
      in.reject(reason);
      continue;
    }
    keepLast(in, out.arena, out.rows, {*id, directory.indexOf(*id), in.line(), 0}, "student_id");
  }
}

namespace {

// A session row whose date cell is not null but not a date either.
bool hasInvalidDate(const InputFile& in, const SessionRows& out, std::string& reason) {
  std::optional<std::string_view> date = in.get(out.dateColumn);
  if (!date || parseDate(*date)) return false;
  reason = "invalid date '" + std::string(*date) + "'";
  return true;
}

}  // namespace

void readSessions(InputFile& in, NodeDirectory& directory, SessionRows& out) {
  size_t idColumn = in.column("session_id", /*required=*/true);
  out.dateColumn = in.column("date", /*required=*/false);
  out.durationColumn = in.column("duration", /*required=*/false);
  size_t instructorColumn = in.column("instructor", /*required=*/false);
  size_t moduleColumn = in.column("module", /*required=*/false);
  std::string reason;
  while (in.next()) {
    // 00_nodes.cypher makes instructors and modules from every row, whatever its session id.
    std::optional<std::string_view> instructor = in.get(instructorColumn);
    std::optional<std::string_view> module = in.get(moduleColumn);
    uint32_t instructorIndex = instructor ? out.instructors.add(*instructor) : 0;
    uint32_t moduleIndex = module ? out.modules.add(*module) : 0;
    std::optional<int64_t> id = parseId(in.get(idColumn), "session_id", reason);
    if (!id || hasInvalidDate(in, out, reason)) {
      in.reject(reason);
      continue;
    }
    uint32_t index = directory.indexOf(*id);
    keepLast(in, out.arena, out.rows, {*id, index, in.line(), 0}, "session_id");
    // Every row's TAUGHT_BY and BELONGS_TO count, even a row whose values a later one replaces.
    if (instructor) out.taughtBy.add(index, instructorIndex);
    if (module) out.belongsTo.add(index, moduleIndex);
  }
}

}  // namespace rollcall::loaders
