#pragma once
// Ctrl-C while a statement runs: SIGINT sets a flag that the engine reads once per batch
// (DatabaseOptions::cancel), so the statement stops, rolls back, and the process decides what
// comes next (the shell goes on; `run` and `query` exit with 130). Commands without statements
// (loads, exports) keep the default: Ctrl-C ends the process.
#include <atomic>

namespace rollcall::repl {

inline constexpr int EXIT_INTERRUPTED = 130;  // 128 + SIGINT, as shells report it

// The flag SIGINT sets; for DatabaseOptions::cancel.
const std::atomic<bool>* interruptFlag();
// Installs the handler (without SA_RESTART, so a read at the shell's prompt returns too).
void catchInterrupts();
// Whether Ctrl-C was pressed since the last call; clears the flag.
bool takeInterrupt();
bool interrupted();

}  // namespace rollcall::repl
