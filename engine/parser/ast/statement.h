#pragma once
// Parsed statements: a query (single queries joined by UNION / UNION ALL), or a schema command.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/parser/ast/clause.h"

namespace rollcall::ast {

struct SingleQuery {
  std::vector<ClausePtr> clauses;
  SourceRange range;
};

struct QueryStatement {
  std::vector<SingleQuery> parts;  // at least one
  std::vector<bool> unionAll;      // parts.size() - 1 entries: UNION ALL (true) or UNION (false)
};

enum class StatementKind : uint8_t {
  QUERY,
  CREATE_INDEX,       // CREATE INDEX [name] [IF NOT EXISTS] FOR (n:Label) ON (n.prop)
  CREATE_CONSTRAINT,  // CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (n:Label) REQUIRE n.prop IS
                      // UNIQUE
  DROP_INDEX,         // DROP INDEX name [IF EXISTS]
  DROP_CONSTRAINT,    // DROP CONSTRAINT name [IF EXISTS]
  SHOW_INDEXES,
  SHOW_CONSTRAINTS,
};

enum class ExplainMode : uint8_t { NONE, EXPLAIN, PROFILE };

struct SchemaCommand {
  std::string name;  // may be empty for CREATE (a name is generated)
  bool ifNotExists = false;
  bool ifExists = false;
  std::string variable;  // the n of FOR (n:Label); REQUIRE/ON must use it
  std::string label;
  std::string property;
  SourceRange range;
};

struct Statement {
  StatementKind kind = StatementKind::QUERY;
  ExplainMode explain = ExplainMode::NONE;
  // USING PERIODIC COMMIT [n]: the older spelling of CALL { } IN TRANSACTIONS around the query.
  bool periodicCommit = false;
  std::optional<int64_t> periodicCommitSize;
  std::unique_ptr<QueryStatement> query;  // for QUERY
  SchemaCommand schema;                   // for the others
  SourceRange range;
};

}  // namespace rollcall::ast
