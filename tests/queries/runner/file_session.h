#pragma once
// One database per .test file. Cases run in file order and may build on earlier ones; when a
// case runs alone (a --gtest_filter, or one process per case under ctest) the session replays the
// file's earlier steps first, without checking them.
#include <filesystem>
#include <memory>
#include <string>

#include "engine/main/database.h"
#include "tests/queries/runner/test_file.h"

namespace rollcall::qtest {

class FileSession {
 public:
  explicit FileSession(const TestFile& file) : file_(file) {}
  ~FileSession() { close(); }

  // Runs every step before `stepIndex` not run yet, replaying from a fresh database when an
  // earlier position is asked for. Throws std::runtime_error naming the step that failed.
  Database& prepare(size_t stepIndex);
  // Marks step `stepIndex` (a case) as run.
  void done(size_t stepIndex) { next_ = stepIndex + 1; }
  void close();

 private:
  void open();
  void runStep(const Step& step);
  void runScriptFile(const std::string& relPath);

  const TestFile& file_;
  std::unique_ptr<Database> db_;
  std::filesystem::path dir_;
  size_t next_ = 0;
};

// An absolute path for a path written relative to the repository root.
std::string sourcePath(const std::string& relPath);

}  // namespace rollcall::qtest
