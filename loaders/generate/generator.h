#pragma once

#include <cstdint>
#include <filesystem>

namespace rollcall::loaders {

struct GeneratorOptions {
  uint64_t students = 1000;
  uint64_t sessions = 100;
  /// Distinct (student, session) pairs: exactly the ATTENDED relationships the seed scripts
  /// create, dirty or not. At most (students who attend) x sessions.
  uint64_t attendance = 10000;
  uint64_t seed = 42;
  /// Adds mess to about 1% of rows. Cosmetic mess keeps the row's meaning (spaces around ids);
  /// the rest is extra rows the seed scripts skip (non-numeric or unknown ids, duplicates), or
  /// null cells they are written for (empty instructor, module, country).
  bool dirty = false;
};

/// Data rows written to each file (headers not counted).
struct GeneratedRows {
  uint64_t students = 0;
  uint64_t sessions = 0;
  uint64_t attendance = 0;
};

/// Writes students.csv, sessions.csv and attendance.csv into `outDir` (created if missing) in
/// the format of data/sample/. Deterministic: the same options give byte-identical files on
/// every platform. Student 1 is the only "Alice" and attends at least one session; about 10% of
/// students attend none; attendance per student is heavily skewed (a few attend very many
/// sessions). Throws std::invalid_argument for impossible options and rollcall::csv::CsvError
/// when a file cannot be written.
GeneratedRows generateAttendance(const GeneratorOptions& options,
                                 const std::filesystem::path& outDir);

}  // namespace rollcall::loaders
