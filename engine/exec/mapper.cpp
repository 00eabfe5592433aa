#include "engine/exec/mapper.h"

#include "engine/exec/operators/column_scan.h"
#include "engine/exec/operators/degree_top.h"
#include "engine/exec/operators/operators.h"

namespace rollcall {
namespace {

class Mapper {
 public:
  explicit Mapper(ExecContext& ctx) : ctx_(ctx) {}

  SubPlanInstance instantiate(const LogicalOperator& root) {
    SubPlanInstance sub;
    sub.root = map(root);
    sub.arguments = std::move(arguments_);
    RC_ASSERT(!sub.arguments.empty());
    return sub;
  }

 private:
  OperatorPtr map(const LogicalOperator& op) {
    if (op.kind == LogicalOpKind::TOP_CANDIDATES && isDegreeTop(op.cast<TopCandidatesOp>())) {
      return mapDegreeTop(op);
    }
    OperatorPtr phys = create(op);
    phys->setEstimatedRows(op.estimatedRows);
    const LogicalOperator* input = op.child.get();
    // An aggregation that folds an Expand runs that expand itself, over the expand's input.
    if (op.kind == LogicalOpKind::AGGREGATE && op.cast<AggregateOp>().foldsExpand) {
      input = input->child.get();
    }
    if (input) phys->child = input == op.child.get() ? mapInput(op, *input) : map(*input);
    return phys;
  }

  // A label scan right under a Filter that compares the scanned node's properties with
  // constants reads columns and passes on only the nodes that can pass.
  OperatorPtr mapInput(const LogicalOperator& op, const LogicalOperator& input) {
    if (op.kind != LogicalOpKind::FILTER || input.kind != LogicalOpKind::NODE_SCAN) {
      return map(input);
    }
    const auto& scan = input.cast<NodeScanOp>();
    auto predicates = columnPredicates(*op.cast<FilterOp>().predicate, scan.node);
    if (!scan.label || predicates.empty()) return map(input);
    OperatorPtr phys = makeColumnScan(scan, std::move(predicates));
    phys->setEstimatedRows(input.estimatedRows);
    phys->child = map(*input.child);
    return phys;
  }

  // TopCandidates <- ExpandCount <- NodeByLabelScan <- Argument: one operator over columns,
  // reading the Argument.
  OperatorPtr mapDegreeTop(const LogicalOperator& op) {
    OperatorPtr phys = makeDegreeTop(op.cast<TopCandidatesOp>());
    phys->setEstimatedRows(op.estimatedRows);
    phys->child = map(*op.child->child->child);
    return phys;
  }

  SubPlanInstance nested(const LogicalOperator& op) { return Mapper(ctx_).instantiate(op); }

  OperatorPtr create(const LogicalOperator& op) {
    switch (op.kind) {
      case LogicalOpKind::ARGUMENT: {
        auto arg = std::make_unique<ArgumentOperator>();
        arguments_.push_back(arg.get());
        return arg;
      }
      case LogicalOpKind::NODE_SCAN:
        return makeNodeScan(op.cast<NodeScanOp>());
      case LogicalOpKind::INDEX_SEEK:
        return makeIndexSeek(op.cast<IndexSeekOp>());
      case LogicalOpKind::EXPAND:
        return makeExpand(op.cast<ExpandOp>());
      case LogicalOpKind::EXPAND_COUNT:
        return makeExpandCount(op.cast<ExpandCountOp>());
      case LogicalOpKind::VAR_EXPAND:
        return makeVarExpand(op.cast<VarExpandOp>());
      case LogicalOpKind::SHORTEST_PATH:
        return makeShortestPath(op.cast<ShortestPathOp>());
      case LogicalOpKind::FILTER:
        return makeFilter(op.cast<FilterOp>());
      case LogicalOpKind::OPTIONAL: {
        const auto& o = op.cast<OptionalOp>();
        return makeOptional(o, nested(*o.inner));
      }
      case LogicalOpKind::PROJECT:
        return makeProject(op.cast<ProjectOp>());
      case LogicalOpKind::AGGREGATE:
        return makeAggregate(op.cast<AggregateOp>());
      case LogicalOpKind::DISTINCT:
        return makeDistinct(op.cast<DistinctOp>());
      case LogicalOpKind::SORT:
        return makeSort(op.cast<SortOp>());
      case LogicalOpKind::TOP_CANDIDATES:
        return makeTopCandidates(op.cast<TopCandidatesOp>());
      case LogicalOpKind::SKIP:
        return makeSkip(op.cast<SkipOp>());
      case LogicalOpKind::LIMIT:
        return makeLimit(op.cast<LimitOp>());
      case LogicalOpKind::UNWIND:
        return makeUnwind(op.cast<UnwindOp>());
      default:
        return createOther(op);
    }
  }

  OperatorPtr createOther(const LogicalOperator& op) {
    switch (op.kind) {
      case LogicalOpKind::UNION: {
        const auto& u = op.cast<UnionOp>();
        std::vector<OperatorPtr> inputs;
        // Each input has its own ARGUMENT leaf; a sub-plan's row is fed to all of them.
        for (const auto& in : u.inputs) inputs.push_back(map(*in));
        return makeUnion(u, std::move(inputs));
      }
      case LogicalOpKind::EAGER:
        return makeEager();
      case LogicalOpKind::EMPTY:
        return makeEmpty();
      case LogicalOpKind::CREATE:
        return makeCreate(op.cast<CreateOp>());
      case LogicalOpKind::SET:
        return makeSet(op.cast<SetOp>());
      case LogicalOpKind::DELETE:
        return makeDelete(op.cast<DeleteOp>());
      case LogicalOpKind::MERGE: {
        const auto& m = op.cast<MergeOp>();
        return makeMerge(m, nested(*m.match));
      }
      case LogicalOpKind::LOAD_CSV:
        return makeLoadCsv(op.cast<LoadCsvOp>());
      case LogicalOpKind::PROCEDURE_CALL:
        return makeProcedureCall(op.cast<ProcedureCallOp>());
      case LogicalOpKind::CALL_SUBQUERY: {
        const auto& c = op.cast<CallSubqueryOp>();
        return makeCallSubquery(c, nested(*c.body));
      }
      case LogicalOpKind::VALUE_HASH_JOIN: {
        const auto& j = op.cast<ValueHashJoinOp>();
        return makeValueHashJoin(j, nested(*j.build));
      }
      default:
        throw internalError("operator kind has no physical form");
    }
  }

  ExecContext& ctx_;
  std::vector<ArgumentOperator*> arguments_;
};

}  // namespace

void SubPlanInstance::setRow(const Row& row) {
  for (ArgumentOperator* argument : arguments) argument->setRow(row);
}

SubPlanInstance instantiatePlan(const LogicalOperator& root, ExecContext& ctx) {
  return Mapper(ctx).instantiate(root);
}

}  // namespace rollcall
