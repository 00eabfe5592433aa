#pragma once
// The progress line a long graph algorithm draws on a terminal: one line on stderr, redrawn in
// place ("algo.pageRank: iteration 7  65% ..."), erased when the step ends.
#include <cstdint>
#include <functional>
#include <string_view>

namespace rollcall::repl {

// A DatabaseOptions::progress listener drawing on stderr when stderr is a terminal; empty
// otherwise, so scripts and pipes never see control characters.
std::function<void(std::string_view, uint64_t, uint64_t)> terminalProgressLine();

}  // namespace rollcall::repl
