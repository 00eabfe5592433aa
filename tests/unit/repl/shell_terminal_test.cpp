// The shell as a person uses it: the real binary in a terminal (tmux), keys sent, the screen
// read back. Completion of labels, types and keys from the catalog; the timing line; :max-rows.
#include <chrono>
#include <thread>

#include "tests/unit/repl/cli_runner.h"

namespace rollcall::repl::testing {
namespace {

// One tmux server per test, on its own socket, running the shell in a 120x40 window.
class Terminal {
 public:
  Terminal(const std::string& socket, const std::string& command) : socket_(socket) {
    tmux("new-session -d -s t -x 120 -y 40 \"bash -c '" + command + "'\"");
  }
  ~Terminal() { tmux("kill-server"); }

  // tmux ends a command at an argument's trailing `;`: it is sent escaped.
  void type(const std::string& text) {
    std::string escaped;
    for (char c : text) escaped += c == ';' ? std::string("\\;") : std::string(1, c);
    tmux("send-keys -t t -l '" + escaped + "'");
  }
  void key(const std::string& name) { tmux("send-keys -t t " + name); }
  std::string screen() {
    std::string file = "/tmp/" + socket_ + ".screen";
    tmux("capture-pane -t t -p > '" + file + "'");
    std::string text = readWhole(file);
    std::filesystem::remove(file);
    return text;
  }
  // The screen once it shows `text` (after `anchor`, when given), or what it shows after 10 s.
  std::string waitFor(const std::string& text, const std::string& anchor = "") {
    std::string shown;
    for (int i = 0; i < 200; ++i) {
      shown = screen();
      size_t from = anchor.empty() ? 0 : shown.find(anchor);
      if (from != std::string::npos && shown.find(text, from) != std::string::npos) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return shown;
  }

 private:
  void tmux(const std::string& args) {
    std::string command = "tmux -L '" + socket_ + "' " + args + " >/dev/null 2>&1";
    if (args.starts_with("capture-pane")) command = "tmux -L '" + socket_ + "' " + args;
    (void)std::system(command.c_str());
  }
  std::string socket_;
};

class ShellTerminal : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    ASSERT_EQ(std::system("command -v tmux >/dev/null"), 0) << "tmux is installed by install-deps";
    ASSERT_EQ(run("query --db '" + db() +
                  "' \"CREATE (:Student {name: 'Ann'})-[:ATTENDED]->(:Session {code: 'S1'}), "
                  "(:Student {name: 'Bob'})\"")
                  .status,
              0);
  }
  std::string shellCommand() const { return std::string(ROLLCALL_BINARY) + " shell --db " + db(); }
  std::string socket() const { return "rollcall-test-" + std::to_string(getpid()); }
};

TEST_F(ShellTerminal, TabCompletesLabelsTypesAndKeysFromTheDatabase) {
  Terminal term(socket(), shellCommand());
  ASSERT_NE(term.waitFor("rollcall>").find("rollcall>"), std::string::npos);
  term.type("MATCH (s:Stu");
  term.key("Tab");
  term.type(")-[:ATT");
  term.key("Tab");
  term.type("]->(x) RETURN s.na");
  term.key("Tab");
  term.type(" ORDER BY s.na");
  term.key("Tab");
  term.type("me");  // a single match was completed: "s.name", then the user types on
  std::string shown = term.waitFor("s.nameme");
  EXPECT_NE(shown.find("MATCH (s:Student)-[:ATTENDED]->(x) RETURN s.name ORDER BY s.nameme"),
            std::string::npos)
      << shown;
}

TEST_F(ShellTerminal, TimingLineAndMaxRowsAtATerminal) {
  Terminal term(socket(), shellCommand());
  term.waitFor("rollcall>");
  term.type("UNWIND range(1, 1500) AS i RETURN i;");
  term.key("Enter");
  // The terminal may show the output in parts: wait for the end of the timing line.
  term.waitFor("1500 rows (");
  std::string shown = term.waitFor(" ms)");
  EXPECT_NE(shown.find("... 500 more rows"), std::string::npos) << shown;
  EXPECT_NE(shown.find(" ms)"), std::string::npos) << shown;
}

// A value wider than the terminal (120 columns here) is cut so the table fits; piped output, as
// CliEndToEnd tests it, never is.
TEST_F(ShellTerminal, LongCellsAreCutToTheTerminalWidth) {
  Terminal term(socket(), shellCommand());
  term.waitFor("rollcall>");
  term.type("RETURN 7 AS n, \"" + std::string(300, 'y') + "\" AS long;");
  term.key("Enter");
  std::string shown = term.waitFor("1 row");
  std::string border = "+---+" + std::string(114, '-') + "+";
  EXPECT_NE(shown.find("\n" + border + "\n"), std::string::npos) << shown;
  EXPECT_NE(shown.find("| 7 | " + std::string(111, 'y') + "\u2026 |"), std::string::npos) << shown;
}

// :begin turns the prompt into `rollcall#`; a reader in another process sees none of the open
// transaction's writes; :rollback leaves nothing behind and the prompt is `rollcall>` again.
TEST_F(ShellTerminal, BeginAndRollbackLeaveNothingBehind) {
  Terminal term(socket(), shellCommand());
  term.waitFor("rollcall>");
  term.type(":begin");
  term.key("Enter");
  EXPECT_NE(term.waitFor("rollcall#").find("rollcall#"), std::string::npos);
  term.type("CREATE (:Student {name: \"Cat\"});");
  term.key("Enter");
  term.waitFor("Created 1 node");
  term.type("MATCH (s:Student) RETURN count(s) AS inside;");
  term.key("Enter");
  std::string shown = term.waitFor("1 row");
  EXPECT_NE(shown.find("|      3 |"), std::string::npos) << shown;
  CliOutput reader = run("query --read-only --db '" + db() +
                         "' --format csv 'MATCH (s:Student) RETURN count(s) AS n'");
  EXPECT_EQ(reader.out, "n\n2\n") << reader.err;
  term.type(":rollback");
  term.key("Enter");
  term.type("MATCH (s:Student) RETURN count(s) AS after;");
  term.key("Enter");
  shown = term.waitFor("rollcall>", "| after |");
  EXPECT_NE(shown.find("|     2 |", shown.find("| after |")), std::string::npos) << shown;
  EXPECT_GT(shown.rfind("rollcall>"), shown.rfind("rollcall#")) << shown;
}

// Ctrl-C stops the running statement (rolled back) and the shell answers the next one; at an
// empty prompt a first Ctrl-C says how to leave, a second one leaves.
TEST_F(ShellTerminal, CtrlCCancelsTheStatementNotTheShell) {
  Terminal term(socket(), shellCommand() + "; echo shell-exited-$?; sleep 30");
  term.waitFor("rollcall>");
  term.type("UNWIND range(1, 100000000) AS i CREATE (:X {i: i});");
  term.key("Enter");
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  term.key("C-c");
  std::string shown = term.waitFor("TransactionTerminated");
  EXPECT_NE(shown.find("TransactionTerminated: the statement was cancelled"), std::string::npos)
      << shown;
  term.type("MATCH (x:X) RETURN count(x) AS created;");
  term.key("Enter");
  shown = term.waitFor("1 row");
  EXPECT_NE(shown.find("|       0 |"), std::string::npos) << shown;
  term.key("C-c");
  shown = term.waitFor("Ctrl-C again to leave");
  term.key("C-c");
  shown = term.waitFor("shell-exited-0");
  EXPECT_NE(shown.find("shell-exited-0"), std::string::npos) << shown;
}

}  // namespace
}  // namespace rollcall::repl::testing
