// The shell's :begin, :commit and :rollback, piped: what is committed stays, what is rolled back
// (by :rollback, by a failed write, by leaving) leaves nothing, and each says so.
#include "tests/unit/repl/cli_runner.h"

namespace rollcall::repl::testing {
namespace {

using CliTransactions = CliTest;

TEST_F(CliTransactions, CommitKeepsAndRollbackDropsAWholeTransaction) {
  CliOutput r = run("shell --db '" + db() + "' --format csv",
                    ":begin\nCREATE (:Student {name: 'Ann'});\nCREATE (:Student {name: 'Bob'});\n"
                    "MATCH (s:Student) RETURN count(s) AS inside;\n:commit\n"
                    ":begin\nMATCH (s:Student {name: 'Ann'}) DELETE s;\n"
                    "CREATE (:Student {name: 'Cat'});\n:rollback\n"
                    "MATCH (s:Student) RETURN s.name AS name ORDER BY name;\n");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "inside\n2\nname\nAnn\nBob\n");
  EXPECT_EQ(run("query --db '" + db() + "' --format csv 'MATCH (s) RETURN count(s) AS n'").out,
            "n\n2\n");
}

TEST_F(CliTransactions, AFailedWriteRollsTheTransactionBackAndSaysSo) {
  CliOutput r = run("shell --db '" + db() + "' --format csv",
                    "CREATE (:Student {name: 'Ann'})-[:ATTENDED]->(:Session);\n:begin\n"
                    "CREATE (:Student {name: 'Bob'});\n"
                    "RETURN 1 +;\n"  // refused before it runs: the transaction stays open
                    "MATCH (s:Student) RETURN count(s) AS still;\n"
                    "MATCH (s:Student {name: 'Ann'}) DELETE s;\n"
                    ":commit\nMATCH (s:Student) RETURN count(s) AS after;\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "still\n2\nafter\n1\n");
  EXPECT_NE(r.err.find("SyntaxError"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("(the open transaction was rolled back with it: every statement since it "
                       "began is undone)"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(r.err.ends_with("TransactionError: there is no open transaction to commit\n"))
      << r.err;
}

TEST_F(CliTransactions, LeavingWithATransactionOpenRollsItBack) {
  CliOutput r = run("shell --db '" + db() + "'",
                    ":begin\n:begin\nCREATE (:Student {name: 'Ann'});\nCREATE INDEX FOR "
                    "(s:Student) ON (s.name);\n:quit\n");
  EXPECT_EQ(r.status, 1);  // the second :begin and the index
  EXPECT_NE(r.err.find("TransactionError: a transaction is already open\n"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("TransactionError: ExplicitTransaction: a schema command cannot run inside "
                       "an open transaction; commit or roll it back first"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(r.err.ends_with("The open transaction was rolled back: it was never committed.\n"))
      << r.err;
  EXPECT_EQ(run("query --db '" + db() + "' --format csv 'MATCH (s) RETURN count(s) AS n'").out,
            "n\n0\n");
}

}  // namespace
}  // namespace rollcall::repl::testing
