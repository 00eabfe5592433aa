#pragma once
// A fresh directory under $TMPDIR for a fuzz target's database, removed when the process exits
// normally (a crashed run leaves it behind).
#include <cstdlib>
#include <filesystem>
#include <string>

namespace rollcall::fuzz {

inline std::string makeTempDir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (!mkdtemp(pattern.data())) {
    perror("mkdtemp");
    std::abort();
  }
  static std::string removeAtExit;
  removeAtExit = pattern;
  std::atexit([] { std::filesystem::remove_all(removeAtExit); });
  return pattern;
}

}  // namespace rollcall::fuzz
