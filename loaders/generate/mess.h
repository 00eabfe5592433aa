#pragma once

#include <cstdint>
#include <initializer_list>

#include "loaders/csv/csv_writer.h"
#include "loaders/generate/random.h"

namespace rollcall::loaders {

/// The kinds of mess the seed scripts' WHERE clauses and MERGEs are written for.
enum class MessKind {
  NONE,
  SPACES,            // " 7", "7 " or " 7 ": still the same id once trimmed
  NON_NUMERIC,       // an extra row whose id is not an integer
  EMPTY_VALUE,       // a null cell (a student's country)
  EMPTY_MODULE,      // a session with no module: no BELONGS_TO
  EMPTY_INSTRUCTOR,  // a session with no instructor: no TAUGHT_BY
  DUPLICATE,         // an extra copy of the row
  UNKNOWN_STUDENT,   // an extra attendance row naming a student that does not exist
  UNKNOWN_SESSION,   // an extra attendance row naming a session that does not exist
};

/// Decides which rows get mess (about 1%, none when disabled) and writes it.
class Mess {
 public:
  Mess(uint64_t seed, bool enabled) : random_(seed), enabled_(enabled) {}

  /// NONE for most rows; otherwise one of `kinds`, uniformly.
  MessKind pick(std::initializer_list<MessKind> kinds);
  /// Writes an id, with spaces around it when `kind` is SPACES.
  void id(csv::CsvWriter& out, uint64_t id, MessKind kind);
  /// Writes an extra row: a non-numeric id, then `fields - 1` nulls.
  void junkRow(csv::CsvWriter& out, int fields);

  struct Bounds {
    uint64_t students;
    uint64_t sessions;
  };
  /// Writes the extra attendance row `kind` calls for, if any, after the row (student, session).
  void extraAttendance(csv::CsvWriter& out, MessKind kind, uint64_t student, uint64_t session,
                       Bounds bounds);

  /// Rows added so far by junkRow and extraAttendance.
  uint64_t extraRows() const { return extraRows_; }

 private:
  void junkId(csv::CsvWriter& out);

  Random random_;
  bool enabled_;
  uint64_t extraRows_ = 0;
};

}  // namespace rollcall::loaders
