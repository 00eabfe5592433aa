#include "repl/interrupt.h"

#include <csignal>

namespace rollcall::repl {
namespace {

std::atomic<bool> flag{false};

extern "C" void onInterrupt(int) { flag.store(true, std::memory_order_relaxed); }

}  // namespace

const std::atomic<bool>* interruptFlag() { return &flag; }

void catchInterrupts() {
  struct sigaction action {};
  action.sa_handler = onInterrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, nullptr);
}

bool takeInterrupt() { return flag.exchange(false, std::memory_order_relaxed); }

bool interrupted() { return flag.load(std::memory_order_relaxed); }

}  // namespace rollcall::repl
