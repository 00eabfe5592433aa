#include <cstdio>
// query_tests: registers every case of tests/queries/**/*.test as its own GoogleTest, named
// <folder>/<file>.<case>, plus the unit tests of the format itself.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "tests/queries/runner/case_check.h"
#include "tests/queries/runner/file_session.h"
#include "tests/queries/runner/test_file_parser.h"

namespace rollcall::qtest {
namespace {

namespace fs = std::filesystem;

struct LoadedFile {
  TestFile file;
  std::unique_ptr<FileSession> session;
  size_t lastCaseStep = 0;
};

std::vector<std::unique_ptr<LoadedFile>>& loadedFiles() {
  static std::vector<std::unique_ptr<LoadedFile>> files;
  return files;
}

class CaseTest : public testing::Test {
 public:
  CaseTest(LoadedFile& file, size_t step) : file_(file), step_(step) {}

  void TestBody() override {
    const Case& c = *file_.file.steps[step_].testCase;
    std::string location = file_.file.path + ":" + std::to_string(c.line);
    if (c.skipReason) {
      file_.session->done(step_);
      GTEST_SKIP() << location << ": " << *c.skipReason;
    }
    std::string problem;
    try {
      Database& db = file_.session->prepare(step_);
      problem = runAndCheck(db, c, location);
    } catch (const std::exception& e) {
      problem = location + ": case " + c.name + "\n  " + e.what() + "\n";
    }
    file_.session->done(step_);
    if (step_ == file_.lastCaseStep) file_.session->close();
    if (!problem.empty()) ADD_FAILURE_AT(file_.file.path.c_str(), c.line) << "\n" << problem;
  }

 private:
  LoadedFile& file_;
  size_t step_;
};

class FormatErrorTest : public testing::Test {
 public:
  explicit FormatErrorTest(std::string message) : message_(std::move(message)) {}
  void TestBody() override { FAIL() << message_; }

 private:
  std::string message_;
};

std::string readText(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void registerCases(LoadedFile& lf) {
  for (size_t i = 0; i < lf.file.steps.size(); ++i) {
    const Step& step = lf.file.steps[i];
    if (step.kind != StepKind::CASE) continue;
    lf.lastCaseStep = i;
    testing::RegisterTest(lf.file.suiteName.c_str(), step.testCase->name.c_str(), nullptr, nullptr,
                          lf.file.path.c_str(), step.line,
                          [&lf, i]() -> testing::Test* { return new CaseTest(lf, i); });
  }
}

void registerFile(const fs::path& path, const fs::path& root) {
  fs::path rel = fs::relative(path, root);
  std::string suite = rel.replace_extension("").generic_string();
  std::string display = "tests/queries/" + fs::relative(path, root).generic_string();
  try {
    auto lf = std::make_unique<LoadedFile>();
    lf->file = parseTestFile(readText(path), display, suite);
    lf->session = std::make_unique<FileSession>(lf->file);
    registerCases(*lf);
    loadedFiles().push_back(std::move(lf));
  } catch (const FormatError& e) {
    std::string message = e.what();
    testing::RegisterTest(suite.c_str(), "FORMAT_ERROR", nullptr, nullptr, display.c_str(), 0,
                          [message]() -> testing::Test* { return new FormatErrorTest(message); });
  }
}

void registerAll() {
  fs::path root = fs::path(ROLLCALL_SOURCE_DIR) / "tests" / "queries";
  std::vector<fs::path> paths;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".test")
      paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const fs::path& p : paths) registerFile(p, root);
}

}  // namespace
}  // namespace rollcall::qtest

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  rollcall::qtest::registerAll();
  int rc = RUN_ALL_TESTS();
  for (auto& lf : rollcall::qtest::loadedFiles()) lf->session->close();
  // ctest runs one filter per file: a filter that matches nothing must not pass silently.
  if (rc == 0 && testing::UnitTest::GetInstance()->test_to_run_count() == 0) {
    std::fprintf(stderr, "query_tests: no test matched the filter\n");
    return 1;
  }
  return rc;
}
