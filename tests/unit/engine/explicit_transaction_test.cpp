// Explicit transactions (Database::beginTransaction, the shell's :begin): statements inside one
// see each other's writes; commit makes them durable, rollback and closing undo them; a failed
// statement that wrote takes the transaction with it, one that did not write leaves it open;
// what commits on its own is refused before it touches anything.
#include <string>

#include "engine/common/error.h"
#include "tests/unit/engine/temp_database.h"

namespace rollcall {
namespace {

class ExplicitTransactionTest : public TempDatabaseTest {
 protected:
  int64_t students() { return single("MATCH (s:Student) RETURN count(s)").asInt(); }
  std::string names() {
    QueryResult result = db_->execute("MATCH (s:Student) RETURN s.name ORDER BY s.name");
    std::string out;
    for (const auto& row : result.rows) out += row[0].asString() + ";";
    return out;
  }
  // Runs `query`, expecting an error of class `cls`; returns its message.
  std::string expectError(const std::string& query, ErrorClass cls) {
    try {
      db_->execute(query);
      ADD_FAILURE() << "no error: " << query;
    } catch (const CypherError& e) {
      EXPECT_EQ(e.errorClass(), cls) << e.what();
      return e.what();
    }
    return "";
  }
  void reopen() {
    db_.reset();
    db_ = std::make_unique<Database>(dir_.string());
  }
};

TEST_F(ExplicitTransactionTest, StatementsSeeEachOthersWritesAndCommitKeepsThem) {
  db_->execute("CREATE (:Student {name: 'Alice'})");
  db_->beginTransaction();
  EXPECT_TRUE(db_->inTransaction());
  db_->execute("CREATE (:Student {name: 'Bilel'})");
  db_->execute("MATCH (s:Student {name: 'Bilel'}) SET s.year = 2");
  // MERGE finds the node created two statements before instead of creating another.
  db_->execute("MERGE (s:Student {name: 'Bilel'}) ON MATCH SET s.merged = true");
  EXPECT_EQ(single("MATCH (s:Student {name: 'Bilel'}) RETURN s.year").asInt(), 2);
  EXPECT_EQ(students(), 2);
  db_->commitTransaction();
  EXPECT_FALSE(db_->inTransaction());
  reopen();
  EXPECT_EQ(names(), "Alice;Bilel;");
  EXPECT_TRUE(single("MATCH (s:Student {name: 'Bilel'}) RETURN s.merged").asBool());
}

TEST_F(ExplicitTransactionTest, RollbackUndoesEveryStatement) {
  db_->execute("CREATE (:Student {name: 'Alice'})-[:ATTENDED]->(:Session {id: 1})");
  db_->beginTransaction();
  db_->execute("CREATE (:Student {name: 'Bilel'})");
  db_->execute("MATCH (s:Student {name: 'Alice'}) DETACH DELETE s");
  db_->execute("MATCH (x:Session) SET x.id = 2");
  EXPECT_EQ(names(), "Bilel;");
  db_->rollbackTransaction();
  EXPECT_EQ(names(), "Alice;");
  EXPECT_EQ(single("MATCH (:Student)-[:ATTENDED]->(x:Session) RETURN x.id").asInt(), 1);
}

TEST_F(ExplicitTransactionTest, ClosingWithATransactionOpenRollsItBack) {
  db_->beginTransaction();
  db_->execute("CREATE (:Student {name: 'Bilel'})");
  reopen();
  EXPECT_FALSE(db_->inTransaction());
  EXPECT_EQ(students(), 0);
}

TEST_F(ExplicitTransactionTest, FailedReadLeavesTheTransactionOpen) {
  db_->beginTransaction();
  db_->execute("CREATE (:Student {name: 'Bilel'})");
  expectError("MATCH (s:Student RETURN s", ErrorClass::SYNTAX_ERROR);
  expectError("MATCH (s:Student) RETURN s.name - 1", ErrorClass::TYPE_ERROR);
  expectError("RETURN $missing", ErrorClass::PARAMETER_MISSING);
  EXPECT_TRUE(db_->inTransaction());
  db_->commitTransaction();
  EXPECT_EQ(names(), "Bilel;");
}

TEST_F(ExplicitTransactionTest, FailedWriteRollsTheWholeTransactionBack) {
  db_->execute("CREATE (:Student {name: 'Alice'})-[:ATTENDED]->(:Session {id: 1})");
  db_->beginTransaction();
  db_->execute("CREATE (:Student {name: 'Bilel'})");
  // The CREATE runs (and writes) before DELETE finds Alice still connected.
  std::string message = expectError(
      "CREATE (:Student {name: 'Chloe'}) WITH 1 AS one "
      "MATCH (s:Student {name: 'Alice'}) DELETE s",
      ErrorClass::CONSTRAINT_VERIFICATION_FAILED);
  EXPECT_NE(message.find("the open transaction was rolled back with it"), std::string::npos)
      << message;
  EXPECT_FALSE(db_->inTransaction());
  EXPECT_EQ(names(), "Alice;");
}

TEST_F(ExplicitTransactionTest, WhatCommitsOnItsOwnIsRefusedAndChangesNothing) {
  db_->beginTransaction();
  db_->execute("CREATE (:Student {name: 'Bilel'})");
  for (const char* query :
       {"CREATE INDEX FOR (s:Student) ON (s.name)", "DROP INDEX missing IF EXISTS",
        "UNWIND [1, 2] AS i CALL { WITH i CREATE (:Student {name: toString(i)}) } "
        "IN TRANSACTIONS OF 1 ROWS",
        "USING PERIODIC COMMIT 1 LOAD CSV FROM 'file:///none.csv' AS row CREATE (:Student)"}) {
    std::string message = expectError(query, ErrorClass::TRANSACTION_ERROR);
    EXPECT_NE(message.find("cannot run inside an open transaction"), std::string::npos) << message;
  }
  EXPECT_TRUE(db_->inTransaction());
  EXPECT_EQ(db_->execute("SHOW INDEXES").rows.size(), 0u);
  db_->rollbackTransaction();
  EXPECT_EQ(students(), 0);
}

TEST_F(ExplicitTransactionTest, BeginCommitAndRollbackOutOfTurnAreErrors) {
  auto expectTransactionError = [](auto action, const std::string& text) {
    try {
      action();
      ADD_FAILURE() << "no error: " << text;
    } catch (const CypherError& e) {
      EXPECT_EQ(e.errorClass(), ErrorClass::TRANSACTION_ERROR);
      EXPECT_EQ(std::string(e.what()), "TransactionError: " + text);
    }
  };
  expectTransactionError([&] { db_->commitTransaction(); },
                         "there is no open transaction to commit");
  expectTransactionError([&] { db_->rollbackTransaction(); },
                         "there is no open transaction to roll back");
  db_->beginTransaction();
  db_->execute("CREATE (:Student {name: 'Bilel'})");
  expectTransactionError([&] { db_->beginTransaction(); }, "a transaction is already open");
  db_->commitTransaction();  // the second begin did not lose the first one's writes
  EXPECT_EQ(students(), 1);
}

}  // namespace
}  // namespace rollcall
