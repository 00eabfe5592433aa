#include "tests/unit/export/child_process.h"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace rollcall::sqltest {

namespace {

// Only async-signal-safe calls from here on: the child of fork() in a process that may have
// threads (sanitizers start some) must not allocate.
void redirect(const char* path, int fd) {
  int file = ::open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (file < 0 || ::dup2(file, fd) < 0) ::_exit(126);
}

[[noreturn]] void becomeChild(char* const* argv, const ChildOptions& options,
                              std::pair<uid_t, gid_t> ids, bool drop) {
  redirect(options.stdoutPath.empty() ? "/dev/null" : options.stdoutPath.c_str(), 1);
  // One file for both streams is opened once: two opens would overwrite each other's output.
  if (!options.stderrPath.empty() && options.stderrPath == options.stdoutPath) {
    if (::dup2(1, 2) < 0) ::_exit(126);
  } else {
    redirect(options.stderrPath.empty() ? "/dev/null" : options.stderrPath.c_str(), 2);
  }
  if (drop &&
      (::setgroups(0, nullptr) != 0 || ::setgid(ids.second) != 0 || ::setuid(ids.first) != 0)) {
    ::_exit(126);
  }
  // After setuid: a change of credentials clears the parent-death signal.
  if (options.dieWithParent) ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
  if (::chdir(options.workDir.c_str()) != 0) ::_exit(126);
  ::execv(argv[0], argv);
  ::_exit(127);
}

}  // namespace

std::pair<uid_t, gid_t> nobodyIds() {
  const passwd* user = ::getpwnam("nobody");
  if (user == nullptr) throw std::runtime_error("no user `nobody` to run PostgreSQL as");
  return {user->pw_uid, user->pw_gid};
}

pid_t startChild(const std::vector<std::string>& argv, const ChildOptions& options) {
  std::vector<char*> args;
  for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  bool drop = options.dropRoot && ::geteuid() == 0;
  auto ids = drop ? nobodyIds() : std::pair<uid_t, gid_t>{0, 0};
  pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) becomeChild(args.data(), options, ids, drop);
  return pid;
}

int waitChild(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int runChild(const std::vector<std::string>& argv, const ChildOptions& options) {
  return waitChild(startChild(argv, options));
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace rollcall::sqltest
