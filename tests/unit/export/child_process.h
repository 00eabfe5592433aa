#pragma once
// Runs a program for the test fixtures without a shell, so paths need no quoting.
#include <sys/types.h>

#include <string>
#include <vector>

namespace rollcall::sqltest {

struct ChildOptions {
  std::string workDir = "/";   // a folder the child's user can enter
  std::string stdoutPath;      // empty: /dev/null
  std::string stderrPath;      // empty: /dev/null
  bool dropRoot = false;       // as root, run as `nobody` (PostgreSQL refuses root)
  bool dieWithParent = false;  // SIGQUIT when the test process dies, so no server outlives it
};

// Starts argv[0] (an absolute path) and returns its pid. Throws std::runtime_error.
pid_t startChild(const std::vector<std::string>& argv, const ChildOptions& options);

// Waits for `pid`: its exit status, or 128 + signal number when a signal ended it.
int waitChild(pid_t pid);

// startChild + waitChild.
int runChild(const std::vector<std::string>& argv, const ChildOptions& options);

// uid and gid of `nobody`; throws when the user does not exist.
std::pair<uid_t, gid_t> nobodyIds();

std::string readFile(const std::string& path);

}  // namespace rollcall::sqltest
