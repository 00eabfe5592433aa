#include "engine/parser/ast_printer.h"

namespace rollcall::ast {
namespace {

std::string joinNames(const std::vector<std::string>& names, const char* separator) {
  std::string out;
  for (const auto& name : names) out += separator + name;
  return out;
}

std::string printNode(const NodePattern& node) {
  std::string out = "(node";
  std::string spec = node.variable + joinNames(node.labels, ":");
  if (!spec.empty()) out += " " + spec;
  if (node.properties) out += " " + toString(*node.properties);
  return out + ")";
}

std::string printVarLength(const VarLength& length) {
  auto bound = [](const std::optional<int64_t>& b) { return b ? std::to_string(*b) : ""; };
  return " *" + bound(length.min) + ".." + bound(length.max);
}

std::string printRel(const RelPattern& rel) {
  static const char* const ARROWS[] = {"->", "<-", "--"};
  std::string out = std::string("(rel ") + ARROWS[static_cast<int>(rel.direction)];
  std::string spec = rel.variable;
  for (size_t i = 0; i < rel.types.size(); ++i) spec += (i == 0 ? ":" : "|") + rel.types[i];
  if (!spec.empty()) out += " " + spec;
  if (rel.varLength) out += printVarLength(*rel.varLength);
  if (rel.properties) out += " " + toString(*rel.properties);
  return out + ")";
}

std::string printPattern(const Pattern& pattern) {
  std::string out;
  for (const auto& part : pattern) out += " " + toString(part);
  return out;
}

std::string printItems(const ProjectionBody& body) {
  std::string out;
  if (body.distinct) out += " distinct";
  if (body.star) out += " *";
  for (const auto& item : body.items) {
    std::string expr = toString(*item.expr);
    out += item.alias.empty() ? " " + expr : " (as " + expr + " " + item.alias + ")";
  }
  if (!body.orderBy.empty()) {
    out += " (order-by";
    for (const auto& sort : body.orderBy) {
      out += " " + (sort.descending ? "(desc " + toString(*sort.expr) + ")" : toString(*sort.expr));
    }
    out += ")";
  }
  if (body.skip) out += " (skip " + toString(*body.skip) + ")";
  if (body.limit) out += " (limit " + toString(*body.limit) + ")";
  return out;
}

std::string printSetItems(const char* tag, const std::vector<SetItem>& items) {
  static const char* const KINDS[] = {"set-prop", "set-map", "set-merge", "set-labels"};
  std::string out = std::string("(") + tag;
  for (const auto& item : items) {
    out += std::string(" (") + KINDS[static_cast<int>(item.kind)] + " " + toString(*item.target);
    out += item.value ? " " + toString(*item.value) : joinNames(item.labels, " ");
    out += ")";
  }
  return out + ")";
}

std::string printMerge(const MergeClause& merge) {
  std::string out = "(merge " + toString(merge.pattern);
  if (!merge.onCreate.empty()) out += " " + printSetItems("on-create", merge.onCreate);
  if (!merge.onMatch.empty()) out += " " + printSetItems("on-match", merge.onMatch);
  return out + ")";
}

std::string printRemove(const RemoveClause& remove) {
  std::string out = "(remove";
  for (const auto& item : remove.items) {
    out += item.kind == RemoveItemKind::LABELS
               ? " (labels " + toString(*item.target) + joinNames(item.labels, " ") + ")"
               : " " + toString(*item.target);
  }
  return out + ")";
}

std::string printLoadCsv(const LoadCsvClause& load) {
  std::string out = "(load-csv";
  if (load.withHeaders) out += " headers";
  out += " " + toString(*load.url) + " " + load.alias;
  if (load.fieldTerminator) out += " (fieldterminator '" + *load.fieldTerminator + "')";
  return out + ")";
}

std::string printCall(const CallSubqueryClause& call) {
  std::string out = "(call-subquery " + toString(*call.body);
  if (call.inTransactions) {
    out += " (in-transactions";
    if (call.batchSize) out += " " + toString(*call.batchSize);
    out += ")";
  }
  return out + ")";
}

std::string printProcedureCall(const CallProcedureClause& call) {
  std::string out = "(call " + call.name;
  if (call.hasArgumentList) {
    out += " (args";
    for (const auto& arg : call.args) out += " " + toString(*arg);
    out += ")";
  }
  if (call.hasYield) {
    out += " (yield";
    if (call.yieldStar) out += " *";
    for (const auto& item : call.yields) {
      out += " " + item.field;
      if (item.alias != item.field) out += " as " + item.alias;
    }
    if (call.where) out += " (where " + toString(*call.where) + ")";
    out += ")";
  }
  return out + ")";
}

std::string printReading(const Clause& clause) {
  switch (clause.kind) {
    case ClauseKind::MATCH: {
      const auto& match = clause.cast<MatchClause>();
      std::string out = match.optional ? "(optional-match" : "(match";
      out += printPattern(match.pattern);
      if (match.where) out += " (where " + toString(*match.where) + ")";
      return out + ")";
    }
    case ClauseKind::UNWIND: {
      const auto& unwind = clause.cast<UnwindClause>();
      return "(unwind " + toString(*unwind.list) + " " + unwind.alias + ")";
    }
    case ClauseKind::WITH: {
      const auto& with = clause.cast<WithClause>();
      std::string where = with.where ? " (where " + toString(*with.where) + ")" : "";
      return "(with" + printItems(with.body) + where + ")";
    }
    case ClauseKind::RETURN:
      return "(return" + printItems(clause.cast<ReturnClause>().body) + ")";
    case ClauseKind::LOAD_CSV:
      return printLoadCsv(clause.cast<LoadCsvClause>());
    case ClauseKind::CALL_PROCEDURE:
      return printProcedureCall(clause.cast<CallProcedureClause>());
    default:
      return printCall(clause.cast<CallSubqueryClause>());
  }
}

std::string printSingle(const SingleQuery& single) {
  std::string out = "(single";
  for (const auto& clause : single.clauses) out += " " + toString(*clause);
  return out + ")";
}

std::string printSchema(const Statement& statement) {
  static const char* const KINDS[] = {"query",           "create-index",    "create-constraint",
                                      "drop-index",      "drop-constraint", "show-indexes",
                                      "show-constraints"};
  const SchemaCommand& cmd = statement.schema;
  std::string out = std::string("(") + KINDS[static_cast<int>(statement.kind)];
  if (!cmd.name.empty()) out += " " + cmd.name;
  if (cmd.ifNotExists) out += " if-not-exists";
  if (cmd.ifExists) out += " if-exists";
  if (!cmd.label.empty()) out += " " + cmd.variable + ":" + cmd.label + "." + cmd.property;
  return out + ")";
}

}  // namespace

std::string toString(const PatternPart& part) {
  std::string out = part.pathVariable.empty() ? "(part " : "(path " + part.pathVariable + " ";
  if (part.shortest == ShortestPath::SHORTEST) out += "shortest ";
  if (part.shortest == ShortestPath::ALL) out += "all-shortest ";
  out += printNode(part.start);
  for (const auto& [rel, node] : part.chain) out += " " + printRel(rel) + " " + printNode(node);
  return out + ")";
}

std::string toString(const Clause& clause) {
  switch (clause.kind) {
    case ClauseKind::CREATE:
      return "(create" + printPattern(clause.cast<CreateClause>().pattern) + ")";
    case ClauseKind::MERGE:
      return printMerge(clause.cast<MergeClause>());
    case ClauseKind::SET:
      return printSetItems("set", clause.cast<SetClause>().items);
    case ClauseKind::REMOVE:
      return printRemove(clause.cast<RemoveClause>());
    case ClauseKind::DELETE: {
      const auto& del = clause.cast<DeleteClause>();
      std::string out = del.detach ? "(detach-delete" : "(delete";
      for (const auto& target : del.targets) out += " " + toString(*target);
      return out + ")";
    }
    default:
      return printReading(clause);
  }
}

// Unions fold to the left: A UNION B UNION ALL C prints (union-all (union A B) C).
std::string toString(const QueryStatement& query) {
  std::string out = printSingle(query.parts[0]);
  for (size_t i = 1; i < query.parts.size(); ++i) {
    out = std::string(query.unionAll[i - 1] ? "(union-all " : "(union ") + out + " " +
          printSingle(query.parts[i]) + ")";
  }
  return out;
}

std::string toString(const Statement& statement) {
  if (statement.kind != StatementKind::QUERY) return printSchema(statement);
  std::string out = toString(*statement.query);
  if (statement.periodicCommit) {
    std::string size =
        statement.periodicCommitSize ? std::to_string(*statement.periodicCommitSize) + " " : "";
    out = "(periodic-commit " + size + out + ")";
  }
  if (statement.explain == ExplainMode::EXPLAIN) out = "(explain " + out + ")";
  if (statement.explain == ExplainMode::PROFILE) out = "(profile " + out + ")";
  return out;
}

}  // namespace rollcall::ast
