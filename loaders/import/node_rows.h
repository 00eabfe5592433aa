#pragma once
// The node files, read whole before anything is written: a repeated id takes the values of its
// last row (the seed's MERGE then SET), and node ids follow first appearance as MERGE's do.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "loaders/import/flat_id_map.h"
#include "loaders/import/graph_schema.h"
#include "loaders/import/input_file.h"
#include "loaders/import/record_arena.h"

namespace rollcall::loaders {

/// The row that gives one node its values.
struct KeyedRow {
  int64_t key = 0;
  uint32_t index = 0;  // in the label's NodeDirectory
  uint64_t line = 0;
  uint64_t record = 0;  // handle in the RecordArena
};

/// One KeyedRow per distinct key, in order of first appearance.
class KeyedRows {
 public:
  /// Records the row for `row.index`; returns the row it replaces, if any.
  std::optional<KeyedRow> put(const KeyedRow& row);
  const storage::BigVector<KeyedRow>& rows() const { return rows_; }

 private:
  static constexpr uint32_t NO_POSITION = ~uint32_t{0};
  storage::BigVector<uint32_t> position_;  // directory index -> position in rows_
  storage::BigVector<KeyedRow> rows_;
};

/// Distinct names in order of first appearance.
class NameList {
 public:
  uint32_t add(std::string_view name);
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::unordered_map<std::string, uint32_t> index_;
  std::vector<std::string> names_;
};

/// Distinct (a, b) pairs in order of first appearance.
class PairList {
 public:
  void add(uint32_t a, uint32_t b) {
    if (seen_.insert(a, b)) pairs_.emplace_back(a, b);
  }
  const std::vector<std::pair<uint32_t, uint32_t>>& pairs() const { return pairs_; }

 private:
  FlatPairSet seen_;
  std::vector<std::pair<uint32_t, uint32_t>> pairs_;
};

struct StudentRows {
  RecordArena arena;
  KeyedRows rows;
  size_t columns[4] = {};  // name, email, gender, country
};

struct SessionRows {
  RecordArena arena;
  KeyedRows rows;
  size_t dateColumn = NO_COLUMN;
  size_t durationColumn = NO_COLUMN;
  NameList instructors;
  NameList modules;
  PairList taughtBy;   // (session directory index, instructor)
  PairList belongsTo;  // (session directory index, module)
};

/// Reads students.csv; every id gets a directory index.
void readStudents(InputFile& in, NodeDirectory& directory, StudentRows& out);
/// Reads sessions.csv; every id gets a directory index.
void readSessions(InputFile& in, NodeDirectory& directory, SessionRows& out);

/// The id in `text` as toInteger(trim(text)), or the reason the row is rejected.
std::optional<int64_t> parseId(std::optional<std::string_view> text, std::string_view column,
                               std::string& reason);

}  // namespace rollcall::loaders
