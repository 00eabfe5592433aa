#pragma once
// A test fixture holding a Database in a fresh temporary directory, removed afterwards.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "engine/main/database.h"

namespace rollcall {

class TempDatabaseTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("rollcall-unit-" + std::to_string(::getpid()) + "-" +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    db_ = std::make_unique<Database>(dir_.string());
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  // The single value of a one-row, one-column result.
  Value single(const std::string& query) {
    QueryResult result = db_->execute(query);
    EXPECT_EQ(result.rows.size(), 1u);
    EXPECT_EQ(result.columns.size(), 1u);
    return result.rows.empty() || result.rows[0].empty() ? Value() : result.rows[0][0];
  }

  std::filesystem::path dir_;
  std::unique_ptr<Database> db_;
};

// `first sep first sep ...`: `count` copies of `term` joined by `sep`, term i written by `term(i)`.
template <class Fn>
std::string joined(size_t count, const std::string& sep, Fn term) {
  std::string out;
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) out += sep;
    out += term(i);
  }
  return out;
}

inline std::string repeated(const std::string& text, size_t count) {
  std::string out;
  out.reserve(text.size() * count);
  for (size_t i = 0; i < count; ++i) out += text;
  return out;
}

}  // namespace rollcall
