#pragma once
// The width of the terminal a stream writes to, asked each time: the user may resize the window
// between two statements.
#include <cstddef>
#include <optional>

namespace rollcall::repl {

// Columns of the terminal on file descriptor `fd`; nullopt when `fd` is not a terminal (piped
// output is never cut) or the terminal does not say.
std::optional<size_t> terminalWidth(int fd);

}  // namespace rollcall::repl
