#pragma once
// The rollcall binary (ROLLCALL_BINARY) as a child process the fault tests can watch and kill:
// stdout and stderr arrive through pipes, so a test knows which statements were acknowledged
// (their output read) when it sent SIGKILL.
#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace rollcall::fault {

struct Finished {
  int exitCode = -1;  // -1 when a signal ended the process
  int signal = 0;     // the signal that ended it, 0 when it exited
  bool timedOut = false;
  std::string out;
  std::string err;
};

class RollcallProcess {
 public:
  // Starts `rollcall args...` with stdin from /dev/null.
  explicit RollcallProcess(const std::vector<std::string>& args);
  ~RollcallProcess();  // kills a process still running
  RollcallProcess(const RollcallProcess&) = delete;
  RollcallProcess& operator=(const RollcallProcess&) = delete;

  // Reads output until stdout holds `lines` complete lines, the process ends, or `timeout`
  // passes; true when the lines are there.
  bool waitForLines(size_t lines, std::chrono::microseconds timeout);
  // Reads output for `delay` (or until the process ends); false when it ended meanwhile.
  bool runFor(std::chrono::microseconds delay);
  // SIGKILL, then everything it had written; a process that had ended is just reaped.
  Finished kill();
  // Waits for the end; a process still running after `timeout` is killed and marked timedOut.
  Finished wait(std::chrono::milliseconds timeout);
  const std::string& out() const { return result_.out; }

 private:
  // Reads what is available within `timeout`; false once both pipes are closed.
  bool pump(std::chrono::microseconds timeout);
  Finished reap();

  pid_t pid_ = -1;
  int outFd_ = -1;
  int errFd_ = -1;
  Finished result_;
};

// Runs `rollcall args...` to the end (killed after `timeout`).
Finished runRollcall(const std::vector<std::string>& args,
                     std::chrono::milliseconds timeout = std::chrono::seconds(60));

// Complete lines of `text` (a last line without '\n' is left out: it may be cut short).
std::vector<std::string> completeLines(const std::string& text);

}  // namespace rollcall::fault
