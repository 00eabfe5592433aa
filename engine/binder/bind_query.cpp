// Binding of whole queries: clause sequences, UNION, UNWIND, LOAD CSV, CALL { }.
#include <algorithm>

#include "engine/binder/binder.h"
#include "engine/binder/writing_clause.h"
#include "engine/common/nearest_name.h"
#include "engine/parser/ast/statement.h"
#include "engine/procedures/procedure.h"
#include "storage/catalog/catalog.h"
#include "storage/graph/graph_store.h"

namespace rollcall {
namespace {

bool queryWrites(const ast::QueryStatement& query) {
  return firstWritingClause(query).has_value();
}

}  // namespace

BoundCallSubquery::BoundCallSubquery() = default;
BoundCallSubquery::~BoundCallSubquery() = default;

Binder::Binder(storage::GraphStore& store, Planner& planner, const Parameters& params,
               std::string_view query, bool createTokens)
    : store_(store),
      planner_(planner),
      params_(params),
      query_(query),
      createTokens_(createTokens) {}

storage::Catalog& Binder::catalog() { return store_.catalog(); }

std::string Binder::textOf(ast::SourceRange range) const {
  if (range.end <= range.begin || range.end > query_.size()) return "";
  return std::string(query_.substr(range.begin, range.end - range.begin));
}

namespace {

template <typename Id>
std::vector<std::string_view> namesOf(const std::vector<std::pair<Id, std::string>>& tokens) {
  std::vector<std::string_view> out;
  for (const auto& [id, name] : tokens) out.push_back(name);
  return out;
}

}  // namespace

// `kind` is "label", "relationship type" or "property key"; the position is the name's first
// occurrence inside `where` (else its start).
void Binder::noteUnknown(const char* kind, const char* code, const std::string& name,
                         ast::SourceRange where, const std::vector<std::string_view>& known) {
  std::string fullCode = std::string("Neo.ClientNotification.Statement.") + code;
  std::string quoted = std::string(kind) + " '" + name + "'";
  for (const Notification& n : notifications) {
    if (n.code == fullCode && n.message.starts_with(quoted)) return;
  }
  std::string message = std::string(kind) + " '" + name + "' does not exist";
  std::string near = nearestName(name, known);
  if (!near.empty()) message += " (did you mean '" + near + "'?)";
  uint32_t offset = where.begin;
  if (where.end > where.begin && where.end <= query_.size()) {
    size_t at = query_.substr(where.begin, where.end - where.begin).find(name);
    if (at != std::string_view::npos) offset = where.begin + uint32_t(at);
  }
  notifications.push_back(Notification{std::move(fullCode), std::move(message), offset});
}

storage::LabelId Binder::labelId(const std::string& name, ast::SourceRange where) {
  if (createTokens_) return catalog().getOrCreateLabel(name);
  auto id = catalog().findLabel(name);
  if (!id) noteUnknown("label", "UnknownLabelWarning", name, where, namesOf(catalog().labels()));
  return id.value_or(storage::INVALID_TOKEN);
}
storage::RelTypeId Binder::relTypeId(const std::string& name, ast::SourceRange where) {
  if (createTokens_) return catalog().getOrCreateRelType(name);
  auto id = catalog().findRelType(name);
  if (!id) {
    noteUnknown("relationship type", "UnknownRelationshipTypeWarning", name, where,
                namesOf(catalog().relTypes()));
  }
  return id.value_or(storage::INVALID_TOKEN);
}
storage::PropKeyId Binder::existingPropKeyId(const std::string& name) {
  if (createTokens_) return catalog().getOrCreatePropKey(name);
  return catalog().findPropKey(name).value_or(storage::INVALID_TOKEN);
}

storage::PropKeyId Binder::propKeyId(const std::string& name, ast::SourceRange where) {
  if (createTokens_) return catalog().getOrCreatePropKey(name);
  auto id = catalog().findPropKey(name);
  if (!id) {
    noteUnknown("property key", "UnknownPropertyKeyWarning", name, where,
                namesOf(catalog().propKeys()));
  }
  return id.value_or(storage::INVALID_TOKEN);
}

std::unique_ptr<BoundQuery> Binder::bindQuery(const ast::QueryStatement& query) {
  auto out = std::make_unique<BoundQuery>();
  hasWrites_ = queryWrites(query);
  createTokens_ = createTokens_ || hasWrites_;
  // The parts of a UNION run one after another, each on rows of its own that the union copies
  // its columns out of, so they share slots: rows are as wide as the widest part rather than
  // all parts together (100,000 parts made rows of 100,000 slots, and the union quadratic).
  uint32_t widest = 0;
  for (size_t i = 0; i < query.parts.size(); ++i) {
    scope_.clear();
    slotCount_ = 0;
    out->parts.push_back(bindSingleQuery(query.parts[i]));
    widest = std::max(widest, slotCount_);
  }
  checkUnion(query, *out);
  slotCount_ = widest;
  out->rowWidth = slotCount_;
  out->hasWrites = hasWrites_;
  return out;
}

BoundSingleQuery Binder::bindSingleQuery(const ast::SingleQuery& query) {
  BoundSingleQuery out;
  for (size_t i = 0; i < query.clauses.size(); ++i) {
    bool last = i + 1 == query.clauses.size();
    out.clauses.push_back(bindClause(*query.clauses[i], last, query.clauses.size() == 1));
  }
  const ast::Clause& last = *query.clauses.back();
  if (last.kind == ast::ClauseKind::RETURN) {
    const auto& proj = out.clauses.back()->cast<BoundProjection>();
    out.resultSlots = proj.outputSlots;
    out.columns = proj.columns;
  } else if (last.kind == ast::ClauseKind::CALL_PROCEDURE && query.clauses.size() == 1) {
    // A standalone CALL returns what it yields.
    const auto& call = out.clauses.back()->cast<BoundCallProcedure>();
    out.resultSlots = call.yieldSlots;
    out.columns = call.columns;
  } else if (!isUpdateClause(last.kind) && last.kind != ast::ClauseKind::CALL_SUBQUERY) {
    throw syntaxError("InvalidClauseComposition",
                      "Query cannot conclude with this clause (must be a RETURN clause, an update "
                      "clause, a CALL subquery or a procedure CALL standing alone)",
                      last.range.begin);
  }
  return out;
}

BoundClausePtr Binder::bindClause(const ast::Clause& clause, bool last, bool only) {
  switch (clause.kind) {
    case ast::ClauseKind::MATCH:
      return bindMatch(clause.cast<ast::MatchClause>());
    case ast::ClauseKind::UNWIND:
      return bindUnwind(clause.cast<ast::UnwindClause>());
    case ast::ClauseKind::WITH: {
      const auto& with = clause.cast<ast::WithClause>();
      return bindProjection(with.body, with.where.get(), false);
    }
    case ast::ClauseKind::RETURN:
      if (!last) {
        throw syntaxError("InvalidClauseComposition",
                          "RETURN can only be used at the end of the query", clause.range.begin);
      }
      return bindProjection(clause.cast<ast::ReturnClause>().body, nullptr, true);
    case ast::ClauseKind::CREATE:
      return bindCreate(clause.cast<ast::CreateClause>());
    case ast::ClauseKind::MERGE:
      return bindMerge(clause.cast<ast::MergeClause>());
    case ast::ClauseKind::SET:
      return bindSet(clause.cast<ast::SetClause>());
    case ast::ClauseKind::REMOVE:
      return bindRemove(clause.cast<ast::RemoveClause>());
    case ast::ClauseKind::DELETE:
      return bindDelete(clause.cast<ast::DeleteClause>());
    case ast::ClauseKind::LOAD_CSV:
      return bindLoadCsv(clause.cast<ast::LoadCsvClause>());
    case ast::ClauseKind::CALL_SUBQUERY:
      return bindCallSubquery(clause.cast<ast::CallSubqueryClause>());
    case ast::ClauseKind::CALL_PROCEDURE:
      return bindCallProcedure(clause.cast<ast::CallProcedureClause>(), only);
  }
  throw internalError("unknown clause kind");
}

BoundClausePtr Binder::bindUnwind(const ast::UnwindClause& clause) {
  auto out = std::make_unique<BoundUnwind>();
  out->list = bindExpression(*clause.list);
  if (scope_.find(clause.alias)) {
    throw syntaxError("VariableAlreadyBound", "Variable `" + clause.alias + "` already declared",
                      clause.range.begin);
  }
  out->out = newSlot();
  scope_.add(clause.alias, Variable{out->out, VarType::VALUE});
  return out;
}

BoundClausePtr Binder::bindLoadCsv(const ast::LoadCsvClause& clause) {
  auto out = std::make_unique<BoundLoadCsv>();
  out->url = bindExpression(*clause.url);
  out->withHeaders = clause.withHeaders;
  if (clause.fieldTerminator) {
    if (clause.fieldTerminator->size() != 1) {
      throw syntaxError("InvalidFieldTerminator", "FIELDTERMINATOR must be a single character",
                        clause.range.begin);
    }
    out->fieldTerminator = (*clause.fieldTerminator)[0];
  }
  if (scope_.find(clause.alias)) {
    throw syntaxError("VariableAlreadyBound", "Variable `" + clause.alias + "` already declared",
                      clause.range.begin);
  }
  out->out = newSlot();
  out->lineSlot = newSlot();
  out->fileSlot = newSlot();
  csvSlots = std::make_pair(out->lineSlot, out->fileSlot);
  scope_.add(clause.alias, Variable{out->out, VarType::VALUE});
  return out;
}

// The parts of a UNION return the same columns, and are joined all by UNION or all by UNION ALL.
void Binder::checkUnion(const ast::QueryStatement& query, BoundQuery& out) {
  for (size_t i = 1; i < out.parts.size(); ++i) {
    if (out.parts[i].columns != out.parts[0].columns) {
      throw syntaxError("DifferentColumnsInUnion",
                        "All sub queries in an UNION must have the same return column names",
                        query.parts[i].range.begin);
    }
  }
  if (!query.unionAll.empty()) {
    bool all = query.unionAll[0];
    for (bool u : query.unionAll) {
      if (u != all) {
        throw syntaxError("InvalidClauseComposition", "Invalid combination of UNION and UNION ALL");
      }
    }
    out.unionAll = all;
  }
  out.columns = out.parts[0].columns;
}

BoundClausePtr Binder::bindCallSubquery(const ast::CallSubqueryClause& clause) {
  auto out = std::make_unique<BoundCallSubquery>();
  out->inTransactions = clause.inTransactions;
  if (clause.batchSize) out->batchSize = bindExpression(*clause.batchSize);
  // A subquery sees the outer variables (imported implicitly, as with Neo4j's old-style
  // correlated CALL) and adds what its RETURN names.
  Scope outer = scope_;
  out->body = std::make_unique<BoundQuery>();
  for (const auto& part : clause.body->parts) {
    scope_ = outer;
    out->body->parts.push_back(bindSingleQuery(part));
  }
  checkUnion(*clause.body, *out->body);
  Scope after = outer;
  for (size_t i = 0; i < out->body->columns.size(); ++i) {
    after.add(out->body->columns[i], Variable{out->body->parts[0].resultSlots[i], VarType::VALUE});
  }
  scope_ = after;
  return out;
}

}  // namespace rollcall
