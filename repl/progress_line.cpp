#include "repl/progress_line.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace rollcall::repl {

std::function<void(std::string_view, uint64_t, uint64_t)> terminalProgressLine() {
  if (!::isatty(STDERR_FILENO)) return {};
  return [](std::string_view what, uint64_t done, uint64_t total) {
    // "\r\033[K": back to the start of the line and erase it. An empty `what` ends the step.
    std::string line = "\r\033[K";
    if (!what.empty()) {
      line += std::string(what) + "  " + std::to_string(done);
      if (total > 0) {
        line += "/" + std::to_string(total) + " (" + std::to_string(done * 100 / total) + "%)";
      }
    }
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
  };
}

}  // namespace rollcall::repl
