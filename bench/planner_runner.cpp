#include "bench/planner_runner.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <sstream>
#include <vector>

#include "engine/common/value_ops.h"
#include "engine/main/database.h"

namespace rollcall::bench {
namespace {

using Clock = std::chrono::steady_clock;

uint64_t sortedRowsHash(const QueryResult& result) {
  std::vector<std::string> lines;
  for (const auto& row : result.rows) {
    std::string line;
    for (const auto& v : row) line += toDisplayString(v) + '\x1f';
    lines.push_back(std::move(line));
  }
  std::sort(lines.begin(), lines.end());
  uint64_t h = 1469598103934665603ULL;  // FNV-1a
  for (const auto& line : lines) {
    for (unsigned char c : line + '\x1e') h = (h ^ c) * 1099511628211ULL;
  }
  return h;
}

double timedRun(Database& db, const std::string& query, QueryResult& result) {
  static const Parameters params{{"name", Value("Alice")}};
  auto start = Clock::now();
  result = db.execute(query, params);
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void say(int fd, const std::string& line) {
  std::string out = line + "\n";
  if (::write(fd, out.data(), out.size()) < 0) ::_exit(3);
}

// The child's side: "open", "warm MS ROWS HASH", "median MS", or "error MESSAGE".
void childMain(int fd, const std::string& query, const RunOptions& options) {
  try {
    DatabaseOptions readOnly;
    readOnly.readOnly = true;
    Database db(options.dbDir, readOnly);
    say(fd, "open");
    QueryResult result;
    double warm = timedRun(db, query, result);
    say(fd, "warm " + std::to_string(warm) + " " + std::to_string(result.rows.size()) + " " +
                std::to_string(sortedRowsHash(result)));
    std::vector<double> times;
    for (int r = 0; r < options.runs; ++r) times.push_back(timedRun(db, query, result));
    std::sort(times.begin(), times.end());
    say(fd, "median " + std::to_string(times.empty() ? warm : times[times.size() / 2]));
  } catch (const std::exception& e) {
    std::string message = e.what();
    std::replace(message.begin(), message.end(), '\n', ' ');
    say(fd, "error " + message);
  }
}

// Reads one line from `fd`; false on end of file or when `timeoutMs` (< 0: none) passes first.
bool readLine(int fd, std::string& buffer, std::string& line, double timeoutMs) {
  auto deadline = Clock::now() + std::chrono::duration<double, std::milli>(timeoutMs);
  while (buffer.find('\n') == std::string::npos) {
    int wait = -1;
    if (timeoutMs >= 0) {
      auto left = std::chrono::duration<double, std::milli>(deadline - Clock::now()).count();
      if (left <= 0) return false;
      wait = static_cast<int>(left) + 1;
    }
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, wait) <= 0) continue;
    char chunk[4096];
    ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n <= 0) return false;
    buffer.append(chunk, static_cast<size_t>(n));
  }
  size_t end = buffer.find('\n');
  line = buffer.substr(0, end);
  buffer.erase(0, end + 1);
  return true;
}

Measurement readChild(int fd, const RunOptions& options) {
  Measurement m;
  std::string buffer, line, word;
  if (!readLine(fd, buffer, line, -1)) return {.error = "the child died opening the database"};
  if (line.rfind("error ", 0) == 0) return {.error = line.substr(6)};
  if (!readLine(fd, buffer, line, options.timeoutMs)) {
    m.timedOut = true;
    return m;
  }
  std::istringstream warm(line);
  warm >> word >> m.medianMs >> m.rows >> m.rowsHash;
  if (word != "warm") return {.error = line.substr(word == "error" ? 6 : 0)};
  if (!readLine(fd, buffer, line, -1)) return {.error = "the child died in the timed runs"};
  std::istringstream median(line);
  median >> word >> m.medianMs;
  return m;
}

}  // namespace

Measurement measureQuery(const std::string& query, const RunOptions& options) {
  int fds[2];
  if (::pipe(fds) != 0) return {.error = "pipe failed"};
  std::fflush(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) return {.error = "fork failed"};
  if (pid == 0) {
    ::close(fds[0]);
    childMain(fds[1], query, options);
    std::fflush(nullptr);
    ::_exit(0);
  }
  ::close(fds[1]);
  Measurement m = readChild(fds[0], options);
  if (m.timedOut) ::kill(pid, SIGKILL);
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return m;
}

bool runInChild(const std::function<void()>& work) {
  std::fflush(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) return false;
  if (pid == 0) {
    try {
      work();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "error: %s\n", e.what());
      std::fflush(nullptr);
      ::_exit(1);
    }
    std::fflush(nullptr);
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace rollcall::bench
