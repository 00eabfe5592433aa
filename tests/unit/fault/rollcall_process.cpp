#include "tests/unit/fault/rollcall_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <stdexcept>

namespace rollcall::fault {
namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void execRollcall(const std::vector<std::string>& args, int out[2], int err[2]) {
  int devNull = ::open("/dev/null", O_RDONLY);
  ::dup2(devNull, STDIN_FILENO);
  ::dup2(out[1], STDOUT_FILENO);
  ::dup2(err[1], STDERR_FILENO);
  for (int fd : {devNull, out[0], out[1], err[0], err[1]}) ::close(fd);
  std::vector<char*> argv{const_cast<char*>(ROLLCALL_BINARY)};
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  ::execv(ROLLCALL_BINARY, argv.data());
  ::_exit(127);
}

// Appends what `fd` has to `text`; false at end of file.
bool drain(int fd, std::string& text) {
  char buf[65536];
  ssize_t n = ::read(fd, buf, sizeof buf);
  if (n > 0) text.append(buf, size_t(n));
  return n > 0 || (n < 0 && errno == EINTR);
}

}  // namespace

RollcallProcess::RollcallProcess(const std::vector<std::string>& args) {
  int out[2], err[2];
  if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
    throw std::runtime_error("pipe failed");
  }
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) execRollcall(args, out, err);
  ::close(out[1]);
  ::close(err[1]);
  outFd_ = out[0];
  errFd_ = err[0];
}

RollcallProcess::~RollcallProcess() {
  if (pid_ > 0) kill();
}

bool RollcallProcess::pump(std::chrono::microseconds timeout) {
  pollfd fds[2] = {{outFd_, POLLIN, 0}, {errFd_, POLLIN, 0}};
  int open = (outFd_ >= 0) + (errFd_ >= 0);
  if (open == 0) return false;
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(timeout).count();
  int ready = ::poll(fds, 2, int(std::max<int64_t>(ms, timeout.count() > 0 ? 1 : 0)));
  if (ready <= 0) return true;
  if (fds[0].revents && !drain(outFd_, result_.out)) {
    ::close(outFd_);
    outFd_ = -1;
  }
  if (fds[1].revents && !drain(errFd_, result_.err)) {
    ::close(errFd_);
    errFd_ = -1;
  }
  return outFd_ >= 0 || errFd_ >= 0;
}

bool RollcallProcess::waitForLines(size_t lines, std::chrono::microseconds timeout) {
  auto deadline = Clock::now() + timeout;
  while (size_t(std::count(result_.out.begin(), result_.out.end(), '\n')) < lines) {
    auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now());
    if (left.count() <= 0 || !pump(left)) return false;
  }
  return true;
}

// poll() waits in milliseconds: the last millisecond is spent spinning, so kills land at
// microsecond offsets.
bool RollcallProcess::runFor(std::chrono::microseconds delay) {
  auto deadline = Clock::now() + delay;
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now());
    if (left.count() <= 0) return true;
    if (!pump(left > std::chrono::milliseconds(2) ? left - std::chrono::milliseconds(1)
                                                  : std::chrono::microseconds(0))) {
      return false;
    }
  }
}

Finished RollcallProcess::kill() {
  if (pid_ > 0) ::kill(pid_, SIGKILL);
  return reap();
}

Finished RollcallProcess::wait(std::chrono::milliseconds timeout) {
  auto deadline = Clock::now() + timeout;
  while (Clock::now() < deadline) {
    auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now());
    if (!pump(left)) return reap();
  }
  result_.timedOut = true;
  return kill();
}

Finished RollcallProcess::reap() {
  if (pid_ <= 0) return result_;
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  // The pipes close with the process; the bound only guards against a descriptor leaked to
  // some other child.
  auto deadline = Clock::now() + std::chrono::seconds(5);
  while (Clock::now() < deadline && pump(std::chrono::milliseconds(100))) {
  }
  if (WIFEXITED(status)) result_.exitCode = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result_.signal = WTERMSIG(status);
  return result_;
}

Finished runRollcall(const std::vector<std::string>& args, std::chrono::milliseconds timeout) {
  RollcallProcess process(args);
  return process.wait(timeout);
}

std::vector<std::string> completeLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  return lines;
}

}  // namespace rollcall::fault
