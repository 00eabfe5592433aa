#pragma once
// Runs a function on a thread of its own with a stack of a chosen size, and waits for it.
//
// The parser recurses about 30 frames per level of nesting (ANTLR's recursive descent, then the
// transformer): 1,000 levels take over 6 MB in the sanitizer build, too close to the 8 MB of a
// main thread and more than many other threads have. A stack of its own makes the nesting limit
// safe on any thread.
#include <cstddef>
#include <functional>

namespace rollcall {

// Exceptions thrown by `fn` are rethrown to the caller.
void runWithStack(size_t stackBytes, const std::function<void()>& fn);

}  // namespace rollcall
