#pragma once
// Factories of the physical operators, one per logical operator kind. Each operator keeps a
// reference to its logical operator (configuration) and owns its execution state.
#include <memory>

#include "engine/exec/physical_operator.h"
#include "engine/planner/logical_operator.h"

namespace rollcall {

using OperatorPtr = std::unique_ptr<PhysicalOperator>;

OperatorPtr makeNodeScan(const NodeScanOp& op);
OperatorPtr makeIndexSeek(const IndexSeekOp& op);
OperatorPtr makeExpand(const ExpandOp& op);
OperatorPtr makeExpandCount(const ExpandCountOp& op);
OperatorPtr makeVarExpand(const VarExpandOp& op);
OperatorPtr makeShortestPath(const ShortestPathOp& op);
OperatorPtr makeFilter(const FilterOp& op);
OperatorPtr makeProject(const ProjectOp& op);
OperatorPtr makeUnwind(const UnwindOp& op);
OperatorPtr makeOptional(const OptionalOp& op, SubPlanInstance inner);
OperatorPtr makeValueHashJoin(const ValueHashJoinOp& op, SubPlanInstance build);
OperatorPtr makeAggregate(const AggregateOp& op);
OperatorPtr makeDistinct(const DistinctOp& op);
OperatorPtr makeSort(const SortOp& op);
OperatorPtr makeTopCandidates(const TopCandidatesOp& op);
OperatorPtr makeSkip(const SkipOp& op);
OperatorPtr makeLimit(const LimitOp& op);
OperatorPtr makeUnion(const UnionOp& op, std::vector<OperatorPtr> inputs);
OperatorPtr makeEager();
OperatorPtr makeEmpty();
OperatorPtr makeCreate(const CreateOp& op);
OperatorPtr makeSet(const SetOp& op);
OperatorPtr makeDelete(const DeleteOp& op);
OperatorPtr makeMerge(const MergeOp& op, SubPlanInstance match);
OperatorPtr makeLoadCsv(const LoadCsvOp& op);
OperatorPtr makeProcedureCall(const ProcedureCallOp& op);
OperatorPtr makeCallSubquery(const CallSubqueryOp& op, SubPlanInstance body);

// Evaluates SKIP/LIMIT counts: a non-negative integer, or a SyntaxError as Neo4j reports it.
int64_t evaluateCount(const BoundExpression& expr, ExecContext& ctx, const char* clause);

}  // namespace rollcall
