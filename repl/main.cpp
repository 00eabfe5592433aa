// The rollcall binary: everything but reading the process's streams lives in rollcall_repl.
#include <unistd.h>

#include <iostream>

#include "repl/commands.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  rollcall::repl::CliContext ctx{std::cin, std::cout, std::cerr};
  ctx.interactive = isatty(STDIN_FILENO) != 0;
  int status = rollcall::repl::runCli(argc, argv, ctx);
  std::cout.flush();
  return status;
}
