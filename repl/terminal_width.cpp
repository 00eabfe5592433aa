#include "repl/terminal_width.h"

#include <sys/ioctl.h>
#include <unistd.h>

namespace rollcall::repl {

std::optional<size_t> terminalWidth(int fd) {
  winsize size{};
  if (!::isatty(fd) || ::ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0) {
    return std::nullopt;
  }
  return size_t(size.ws_col);
}

}  // namespace rollcall::repl
