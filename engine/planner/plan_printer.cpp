// EXPLAIN output: the logical plan as an indented tree, root first.
#include <cstdio>

#include "engine/planner/planner.h"

namespace rollcall {
namespace {

const char* opName(LogicalOpKind k) {
  switch (k) {
    case LogicalOpKind::ARGUMENT:
      return "Argument";
    case LogicalOpKind::NODE_SCAN:
      return "NodeScan";
    case LogicalOpKind::INDEX_SEEK:
      return "NodeIndexSeek";
    case LogicalOpKind::EXPAND:
      return "Expand";
    case LogicalOpKind::VAR_EXPAND:
      return "VarLengthExpand";
    case LogicalOpKind::SHORTEST_PATH:
      return "ShortestPath";
    case LogicalOpKind::FILTER:
      return "Filter";
    case LogicalOpKind::OPTIONAL:
      return "Optional";
    case LogicalOpKind::PROJECT:
      return "Projection";
    case LogicalOpKind::AGGREGATE:
      return "Aggregation";
    case LogicalOpKind::DISTINCT:
      return "Distinct";
    case LogicalOpKind::SORT:
      return "Sort";
    case LogicalOpKind::SKIP:
      return "Skip";
    case LogicalOpKind::LIMIT:
      return "Limit";
    case LogicalOpKind::UNWIND:
      return "Unwind";
    case LogicalOpKind::UNION:
      return "Union";
    case LogicalOpKind::EAGER:
      return "Eager";
    case LogicalOpKind::CREATE:
      return "Create";
    case LogicalOpKind::MERGE:
      return "Merge";
    case LogicalOpKind::SET:
      return "Set";
    case LogicalOpKind::DELETE:
      return "Delete";
    case LogicalOpKind::LOAD_CSV:
      return "LoadCSV";
    case LogicalOpKind::CALL_SUBQUERY:
      return "CallSubquery";
    case LogicalOpKind::PROCEDURE_CALL:
      return "ProcedureCall";
    case LogicalOpKind::PRODUCE_RESULTS:
      return "ProduceResults";
    case LogicalOpKind::EMPTY:
      return "EmptyResult";
    case LogicalOpKind::EXPAND_COUNT:
      return "ExpandCount";
    case LogicalOpKind::VALUE_HASH_JOIN:
      return "ValueHashJoin";
    case LogicalOpKind::TOP_CANDIDATES:
      return "TopCandidates";
  }
  return "?";
}

std::string label(const LogicalOperator& op) {
  std::string name = opName(op.kind);
  if (op.kind == LogicalOpKind::EXPAND && op.cast<ExpandOp>().into) name = "ExpandInto";
  if (op.kind == LogicalOpKind::SORT && op.cast<SortOp>().limit) name = "Top";
  if (op.kind == LogicalOpKind::NODE_SCAN && !op.cast<NodeScanOp>().label) name = "AllNodesScan";
  if (op.kind == LogicalOpKind::NODE_SCAN && op.cast<NodeScanOp>().label) name = "NodeByLabelScan";
  return op.details.empty() ? name : name + " " + op.details;
}

std::vector<const LogicalOperator*> subPlans(const LogicalOperator& op) {
  switch (op.kind) {
    case LogicalOpKind::OPTIONAL:
      return {op.cast<OptionalOp>().inner.get()};
    case LogicalOpKind::MERGE:
      return {op.cast<MergeOp>().match.get()};
    case LogicalOpKind::VALUE_HASH_JOIN:
      return {op.cast<ValueHashJoinOp>().build.get()};
    case LogicalOpKind::CALL_SUBQUERY:
      return {op.cast<CallSubqueryOp>().body.get()};
    case LogicalOpKind::UNION: {
      std::vector<const LogicalOperator*> out;
      for (const auto& in : op.cast<UnionOp>().inputs) out.push_back(in.get());
      return out;
    }
    default:
      return {};
  }
}

void print(const LogicalOperator& op, int depth, std::string& out) {
  out += std::string(static_cast<size_t>(depth) * 2, ' ') + "+ " + label(op);
  if (op.estimatedRows >= 0) out += "  (est. rows " + formatEstimate(op.estimatedRows) + ")";
  out += "\n";
  for (const auto* sub : subPlans(op)) print(*sub, depth + 2, out);
  if (op.child) print(*op.child, depth + 1, out);
}

}  // namespace

std::string formatEstimate(double rows) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), rows >= 10 ? "%.0f" : "%.2g", rows);
  return buf;
}

std::string describePlan(const LogicalOperator& root) {
  std::string out;
  print(root, 0, out);
  return out;
}

}  // namespace rollcall
