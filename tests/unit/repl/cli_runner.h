#pragma once
// Runs the built rollcall binary (ROLLCALL_BINARY) in a shell and captures what it printed.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace rollcall::repl::testing {

struct CliOutput {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string readWhole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void writeWhole(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// A fresh directory per test, removed afterwards.
class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("rollcall_cli_" + std::string(info->test_suite_name()) + "_" + info->name() + "_" +
            std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::string db() const { return path("db"); }

  // `args` is pasted into a shell command line: quote what needs quoting.
  CliOutput run(const std::string& args, const std::string& input = "") const {
    writeWhole(dir_ / "stdin.txt", input);
    std::string command = std::string("'") + ROLLCALL_BINARY + "' " + args + " <'" +
                          path("stdin.txt") + "' >'" + path("stdout.txt") + "' 2>'" +
                          path("stderr.txt") + "'";
    int raw = std::system(command.c_str());
    CliOutput output;
    output.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    output.out = readWhole(dir_ / "stdout.txt");
    output.err = readWhole(dir_ / "stderr.txt");
    return output;
  }

  std::filesystem::path dir_;
};

inline bool startsWith(const std::string& text, const std::string& prefix) {
  return text.rfind(prefix, 0) == 0;
}

inline std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace rollcall::repl::testing
