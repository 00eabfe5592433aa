#pragma once
// The label scan that reads columns (column_scan_operator.cpp): the mapper uses it for a
// NodeByLabelScan directly under a Filter that compares the scanned node's properties with
// constants.
#include <vector>

#include "engine/exec/operators/operators.h"

namespace rollcall {

// `node.key <op> constant` (constant: a literal or a parameter, evaluated once per scan),
// `node.key IS NOT NULL` (constant null), or whether the node has a step of a one-hop pattern
// (`(s)-[:ATTENDED]->(:Session)`, `NOT (s)-[:ATTENDED]->()`: `steps`, read from degrees when
// the far node's labels are implied by the statistics, else left to the filter).
struct ColumnPredicate {
  enum class Op : uint8_t { EQ, NE, LT, LE, GT, GE, IS_NOT_NULL, HAS_STEP, HAS_NO_STEP };
  storage::PropKeyId key = 0;
  Op op = Op::EQ;
  const BoundExpression* constant = nullptr;
  const ExpandOp* steps = nullptr;
};

// The conjuncts of `predicate` (a chain of ANDs, or one predicate) that are column predicates
// on `node`. The filter keeps checking the whole predicate: these only narrow the scan.
std::vector<ColumnPredicate> columnPredicates(const BoundExpression& predicate, Slot node);

OperatorPtr makeColumnScan(const NodeScanOp& op, std::vector<ColumnPredicate> predicates);

}  // namespace rollcall
