#pragma once
// Shared by the fault tests: the seed every random choice derives from, a scratch folder, and
// the checks each test makes after a kill, a flipped byte or a full disk.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>

#include "tests/unit/fault/rollcall_process.h"
#include "tests/unit/repl/cli_runner.h"

namespace rollcall::fault {

// ROLLCALL_FAULT_SEED=N repeats a run; otherwise a fresh seed, printed so a failure can be
// repeated.
inline uint64_t faultSeed() {
  static const uint64_t seed = [] {
    const char* given = std::getenv("ROLLCALL_FAULT_SEED");
    uint64_t s = given ? std::strtoull(given, nullptr, 10) : std::random_device()();
    std::cout << "fault seed " << s << " (ROLLCALL_FAULT_SEED=" << s << " repeats it)\n";
    return s;
  }();
  return seed;
}

// Each test gets its own generator, so running one test alone gives the same choices.
inline std::mt19937_64 testRng() {
  std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
  return std::mt19937_64(faultSeed() ^ std::hash<std::string>()(name));
}

// The command-line tests' file and text helpers.
using repl::testing::readWhole;
using repl::testing::startsWith;
using repl::testing::writeWhole;

// A fresh directory per test, removed afterwards.
class FaultTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("rollcall_fault_" + std::string(info->name()) + "_" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  std::filesystem::path dir_;
};

// `rollcall check --db DIR` must report the database consistent; returns its summary line.
inline std::string expectConsistent(const std::string& db, const std::string& when) {
  Finished check = runRollcall({"check", "--db", db});
  EXPECT_EQ(check.exitCode, 0) << when << "\n" << check.out << check.err;
  EXPECT_NE(check.out.find(": consistent"), std::string::npos) << when << "\n" << check.out;
  return check.out;
}

// The rows of each statement of `rollcall run --format json`, one JSON value per statement.
inline std::vector<nlohmann::json> queryRows(const std::string& db, const std::string& script,
                                             const std::string& when) {
  Finished r = runRollcall({"run", "--db", db, "--format", "json", script});
  EXPECT_EQ(r.exitCode, 0) << when << "\n" << r.err;
  std::vector<nlohmann::json> rows;
  for (const std::string& line : completeLines(r.out)) {
    rows.push_back(nlohmann::json::parse(line)["rows"]);
  }
  return rows;
}

}  // namespace rollcall::fault
