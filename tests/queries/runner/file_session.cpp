#include "tests/queries/runner/file_session.h"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "tests/queries/runner/json_params.h"
#include "tests/queries/runner/statement_split.h"

namespace rollcall::qtest {
namespace {

std::filesystem::path uniqueDir() {
  static std::atomic<int> counter{0};
  std::string name =
      "rollcall-qtest-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  return std::filesystem::temp_directory_path() / name;
}

}  // namespace

std::string sourcePath(const std::string& relPath) {
  return (std::filesystem::path(ROLLCALL_SOURCE_DIR) / relPath).string();
}

void FileSession::open() {
  close();
  dir_ = uniqueDir();
  std::filesystem::remove_all(dir_);
  db_ = std::make_unique<Database>(dir_.string());
}

void FileSession::close() {
  db_.reset();
  if (!dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
    dir_.clear();
  }
}

void FileSession::runScriptFile(const std::string& relPath) {
  std::ifstream in(sourcePath(relPath));
  if (!in) throw std::runtime_error("cannot read " + sourcePath(relPath));
  std::stringstream text;
  text << in.rdbuf();
  for (const std::string& stmt : splitStatements(text.str())) db_->execute(stmt);
}

void FileSession::runStep(const Step& step) {
  switch (step.kind) {
    case StepKind::RESET:
      open();
      break;
    case StepKind::IMPORT_DIR:
      db_->setImportDir(sourcePath(step.argument));
      break;
    case StepKind::RUN_FILE:
      runScriptFile(step.argument);
      break;
    case StepKind::SETUP:
      for (const std::string& stmt : step.statements) db_->execute(stmt);
      break;
    case StepKind::CASE:
      // Earlier cases are replayed for their effects; their own expectations are not checked.
      if (step.testCase->skipReason) break;
      try {
        db_->execute(step.testCase->query, parseParams(step.testCase->params));
      } catch (const std::exception&) {
      }
      break;
  }
}

Database& FileSession::prepare(size_t stepIndex) {
  if (!db_ || next_ > stepIndex) {
    open();
    next_ = 0;  // a reset step met while replaying opens a fresh database but keeps the position
  }
  std::string failure;
  for (; next_ < stepIndex; ++next_) {
    const Step& step = file_.steps[next_];
    try {
      runStep(step);
    } catch (const std::exception& e) {
      // Keep going so that one bad setup statement fails one case, not the rest of the file.
      if (failure.empty())
        failure = file_.path + ":" + std::to_string(step.line) + ": setup step failed: " + e.what();
    }
  }
  if (!failure.empty()) throw std::runtime_error(failure);
  return *db_;
}

}  // namespace rollcall::qtest
