#pragma once
// Reads a database inside the test process (no child to start: a third of a second each under
// ASan): the JSON rows of a script's statements and the consistency report of `rollcall check`.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "storage/check/consistency_check.h"

namespace rollcall::fault {

struct Probe {
  std::vector<nlohmann::json> rows;  // per statement, as `rollcall run --format json` prints them
  storage::ConsistencyReport report;
  std::string error;  // what() of an error that stopped the probe; empty when none did
};

// Opens `dir`, runs `script`'s statements, checks consistency, closes.
Probe probeDatabase(const std::string& dir, const std::string& script);

// Fails the current test unless the probe ran and the database is consistent.
void expectWhole(const Probe& probe, const std::string& when);

}  // namespace rollcall::fault
