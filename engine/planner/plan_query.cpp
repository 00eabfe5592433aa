// Planning of clause sequences, projections, updates, UNION and subqueries.
#include <algorithm>

#include "engine/binder/expression_slots.h"
#include "engine/planner/planner.h"
#include "engine/procedures/procedure.h"
#include "storage/graph/graph_store.h"

namespace rollcall {
namespace {

bool isWrite(BoundClauseKind k) {
  return k == BoundClauseKind::CREATE || k == BoundClauseKind::MERGE || k == BoundClauseKind::SET ||
         k == BoundClauseKind::DELETE;
}

// Whether `op`'s pipeline reads the graph through a live scan or expansion, so that a write
// placed above it must not run until that read is finished (Eager).
bool readsGraph(const LogicalOperator* op) {
  for (; op; op = op->child.get()) {
    switch (op->kind) {
      case LogicalOpKind::NODE_SCAN:
      case LogicalOpKind::EXPAND:
      case LogicalOpKind::VAR_EXPAND:
      case LogicalOpKind::SHORTEST_PATH:
      case LogicalOpKind::OPTIONAL:
        return true;
      default:
        break;
    }
  }
  return false;
}

// The leaf of a sub-plan run once per row of `input`: the sub-plan's estimates then count the
// rows of all its runs, as PROFILE's actual rows do.
LogicalOpPtr argumentOver(const LogicalOperator* input) {
  auto arg = std::make_unique<ArgumentOp>();
  arg->estimatedRows = input && input->estimatedRows >= 0 ? input->estimatedRows : 1;
  return arg;
}

LogicalOpPtr eagerIfNeeded(LogicalOpPtr input) {
  if (!readsGraph(input.get())) return input;
  return chain(std::move(input), std::make_unique<EagerOp>());
}

}  // namespace

LogicalPlan Planner::plan(BoundQuery& query) {
  LogicalPlan plan;
  plan.columns = query.columns;
  plan.rowWidth = query.rowWidth;
  plan.hasWrites = query.hasWrites;
  if (query.parts.size() == 1) {
    plan.root = planSingleQuery(argumentOver(nullptr), query.parts[0]);
    plan.resultSlots = query.parts[0].resultSlots;
    return plan;
  }
  auto u = std::make_unique<UnionOp>();
  u->details = query.unionAll ? "UnionAll" : "Union";
  u->width = query.rowWidth;
  for (auto& part : query.parts) {
    u->inputs.push_back(planSingleQuery(argumentOver(nullptr), part));
    u->inputSlots.push_back(part.resultSlots);
  }
  for (Slot i = 0; i < query.columns.size(); ++i) plan.resultSlots.push_back(i);
  plan.root = std::move(u);
  if (!query.unionAll) {
    auto distinct = std::make_unique<DistinctOp>();
    distinct->slots = plan.resultSlots;
    plan.root = chain(std::move(plan.root), std::move(distinct));
  }
  return plan;
}

LogicalOpPtr Planner::planSingleQuery(LogicalOpPtr input, BoundSingleQuery& query) {
  for (size_t i = 0; i < query.clauses.size(); ++i) {
    bool readsFollow = false;
    for (size_t j = i + 1; j < query.clauses.size(); ++j) {
      auto k = query.clauses[j]->kind;
      readsFollow |= k == BoundClauseKind::MATCH || k == BoundClauseKind::MERGE;
    }
    input = planClause(std::move(input), *query.clauses[i], readsFollow);
  }
  return input;
}

LogicalOpPtr Planner::planClause(LogicalOpPtr input, BoundClause& clause, bool readsFollow) {
  if (isWrite(clause.kind)) input = eagerIfNeeded(std::move(input));
  LogicalOpPtr out;
  switch (clause.kind) {
    case BoundClauseKind::MATCH: {
      auto& match = clause.cast<BoundMatch>();
      if (!match.optional) return planMatch(std::move(input), match);
      auto opt = std::make_unique<OptionalOp>();
      opt->inner = planMatch(argumentOver(input.get()), match);
      opt->newSlots = match.newSlots;
      opt->details = "OPTIONAL MATCH";
      // Rows without a match still come out, once.
      opt->estimatedRows = std::max(opt->inner->estimatedRows, input->estimatedRows);
      return chain(std::move(input), std::move(opt));
    }
    case BoundClauseKind::UNWIND: {
      auto& u = clause.cast<BoundUnwind>();
      auto op = std::make_unique<UnwindOp>();
      op->list = std::move(u.list);
      op->out = u.out;
      return chain(std::move(input), std::move(op));
    }
    case BoundClauseKind::PROJECTION:
      return planProjection(std::move(input), clause.cast<BoundProjection>());
    case BoundClauseKind::CREATE: {
      auto op = std::make_unique<CreateOp>();
      op->spec = std::move(clause.cast<BoundCreate>().spec);
      out = chain(std::move(input), std::move(op));
      break;
    }
    case BoundClauseKind::MERGE:
      out = planMerge(std::move(input), clause.cast<BoundMerge>());
      break;
    case BoundClauseKind::SET: {
      auto op = std::make_unique<SetOp>();
      op->items = std::move(clause.cast<BoundSet>().items);
      out = chain(std::move(input), std::move(op));
      break;
    }
    case BoundClauseKind::DELETE: {
      auto& d = clause.cast<BoundDelete>();
      auto op = std::make_unique<DeleteOp>();
      op->targets = std::move(d.targets);
      op->detach = d.detach;
      out = chain(std::move(input), std::move(op));
      break;
    }
    case BoundClauseKind::LOAD_CSV: {
      auto& l = clause.cast<BoundLoadCsv>();
      auto op = std::make_unique<LoadCsvOp>();
      op->url = std::move(l.url);
      op->out = l.out;
      op->lineSlot = l.lineSlot;
      op->fileSlot = l.fileSlot;
      op->withHeaders = l.withHeaders;
      op->fieldTerminator = l.fieldTerminator;
      return chain(std::move(input), std::move(op));
    }
    case BoundClauseKind::CALL_SUBQUERY:
      return planCall(std::move(input), clause.cast<BoundCallSubquery>());
    case BoundClauseKind::CALL_PROCEDURE:
      return planProcedureCall(std::move(input), clause.cast<BoundCallProcedure>());
  }
  if (readsFollow) out = chain(std::move(out), std::make_unique<EagerOp>());
  return out;
}

// Whether the pipeline below writes: SKIP/LIMIT must then not stop pulling early, since every
// write of the statement happens whatever rows are returned.
static bool writesBelow(const LogicalOperator* op) {
  for (; op; op = op->child.get()) {
    switch (op->kind) {
      case LogicalOpKind::CREATE:
      case LogicalOpKind::MERGE:
      case LogicalOpKind::SET:
      case LogicalOpKind::DELETE:
        return true;
      default:
        break;
    }
  }
  return false;
}

// ORDER BY ... LIMIT k keeps k rows: the columns its keys do not read are computed after it, for
// those k rows only (`RETURN o.name, count(*) AS n ORDER BY n DESC LIMIT 10` reads 10 names, not
// one per group).
static std::unique_ptr<ProjectOp> splitAfterTop(ProjectOp& project, const BoundProjection& proj) {
  std::vector<Slot> keyReads;
  for (const auto& key : proj.orderBy) collectSlots(*key.expr, keyReads);
  auto late = std::make_unique<ProjectOp>();
  auto& items = project.items;
  for (auto it = items.begin(); it != items.end();) {
    if (std::find(keyReads.begin(), keyReads.end(), it->first) != keyReads.end()) {
      ++it;
      continue;
    }
    late->items.push_back(std::move(*it));
    it = items.erase(it);
  }
  return late;
}

// Whether `where` reads a slot that the projection's items compute.
static bool projectWrites(const BoundProjection& proj, const BoundExpression& where) {
  std::vector<Slot> reads;
  collectSlots(where, reads);
  return std::any_of(proj.items.begin(), proj.items.end(), [&](const BoundProjectionItem& item) {
    return item.expr && std::find(reads.begin(), reads.end(), item.slot) != reads.end();
  });
}

LogicalOpPtr Planner::planProjection(LogicalOpPtr input, BoundProjection& proj) {
  bool writes = writesBelow(input.get());
  if (proj.aggregating) {
    auto agg = std::make_unique<AggregateOp>();
    agg->groups = std::move(proj.groups);
    agg->aggregates = std::move(proj.aggregates);
    if (!rewriteGroupedCount(input, *agg)) agg->foldsExpand = canFoldExpand(*input, *agg);
    agg->groupsUnique = !agg->foldsExpand && groupsAreUnique(*input, *agg);
    if (!agg->foldsExpand && !agg->groupsUnique) {
      agg->uniqueUnlessNull = groupUniqueUnlessNull(*input, *agg, store_.catalog());
      agg->groupsUnique = agg->uniqueUnlessNull >= 0;
    }
    if (agg->foldsExpand) agg->details = "(folds Expand " + input->details + ")";
    // WITH's WHERE comes after its ORDER BY, SKIP and LIMIT: only without them may it move.
    bool whereFirst = proj.where && !proj.distinct && proj.orderBy.empty() && !proj.skip &&
                      !proj.limit && !projectWrites(proj, *proj.where);
    if (agg->groups.empty()) agg->estimatedRows = 1;  // else at most its input's rows
    input = chain(std::move(input), std::move(agg));
    if (whereFirst) pushCountFilter(input->cast<AggregateOp>(), proj.where);
  }
  auto project = std::make_unique<ProjectOp>();
  for (auto& item : proj.items) {
    if (item.expr) project->items.emplace_back(item.slot, std::move(item.expr));
  }
  std::unique_ptr<ProjectOp> late;
  if (!proj.orderBy.empty() && proj.limit && !proj.distinct) late = splitAfterTop(*project, proj);
  std::unique_ptr<SortOp> sort;
  if (!proj.orderBy.empty()) {
    sort = std::make_unique<SortOp>();
    sort->keys = std::move(proj.orderBy);
    if (!proj.skip && proj.limit) sort->limit = std::move(proj.limit);  // top-k
    if (!proj.distinct) input = placeTopCandidates(std::move(input), *project, *sort);
  }
  if (!project->items.empty()) input = chain(std::move(input), std::move(project));
  if (proj.distinct) {
    auto distinct = std::make_unique<DistinctOp>();
    distinct->slots = proj.outputSlots;
    input = chain(std::move(input), std::move(distinct));
  }
  if (sort) input = chain(std::move(input), std::move(sort));
  if (proj.skip) {
    auto skip = std::make_unique<SkipOp>();
    skip->count = std::move(proj.skip);
    input = chain(std::move(input), std::move(skip));
  }
  if (proj.limit) {
    auto limit = std::make_unique<LimitOp>();
    limit->count = std::move(proj.limit);
    limit->drainInput = writes;
    input = chain(std::move(input), std::move(limit));
  }
  if (late && !late->items.empty()) input = chain(std::move(input), std::move(late));
  if (proj.where) {
    auto filter = std::make_unique<FilterOp>();
    filter->predicate = std::move(proj.where);
    input = chain(std::move(input), std::move(filter));
  }
  return input;
}

LogicalOpPtr Planner::planMerge(LogicalOpPtr input, BoundMerge& merge) {
  BoundMatch match;
  match.boundBefore = merge.boundBefore;
  match.parts.push_back(std::move(merge.pattern));
  auto op = std::make_unique<MergeOp>();
  op->match = planMatch(argumentOver(input.get()), match);
  op->create = std::move(merge.create);
  op->onMatch = std::move(merge.onMatch);
  op->onCreate = std::move(merge.onCreate);
  return chain(std::move(input), std::move(op));
}

LogicalOpPtr Planner::planProcedureCall(LogicalOpPtr input, BoundCallProcedure& call) {
  // A writing procedure reads the whole graph before it writes anything, but what runs above
  // it must not see its input change underneath: the same Eager rule as any write.
  if (call.call.procedure->writes) input = eagerIfNeeded(std::move(input));
  auto op = std::make_unique<ProcedureCallOp>();
  op->details = std::string(call.call.procedure->name);
  op->spec = std::move(call.call);
  LogicalOpPtr out = chain(std::move(input), std::move(op));
  if (!call.where) return out;
  auto filter = std::make_unique<FilterOp>();
  filter->predicate = std::move(call.where);
  return chain(std::move(out), std::move(filter));
}

LogicalOpPtr Planner::planCall(LogicalOpPtr input, BoundCallSubquery& call) {
  auto op = std::make_unique<CallSubqueryOp>();
  BoundQuery& body = *call.body;
  op->returnsRows = !body.parts[0].resultSlots.empty();
  op->resultSlots = body.parts[0].resultSlots;
  if (body.parts.size() == 1) {
    op->body = planSingleQuery(argumentOver(input.get()), body.parts[0]);
  } else {
    // Every part starts from the outer row; the union copies each part's results to the first
    // part's slots, which the query after the CALL reads. Without ALL, duplicates go per outer
    // row (the sub-plan, and its Distinct, is opened again for each).
    auto u = std::make_unique<UnionOp>();
    u->details = body.unionAll ? "UnionAll" : "Union";
    u->outputSlots = body.parts[0].resultSlots;
    for (auto& part : body.parts) {
      u->inputs.push_back(planSingleQuery(argumentOver(input.get()), part));
      u->inputSlots.push_back(part.resultSlots);
    }
    op->body = std::move(u);
    if (!body.unionAll) {
      auto distinct = std::make_unique<DistinctOp>();
      distinct->slots = body.parts[0].resultSlots;
      op->body = chain(std::move(op->body), std::move(distinct));
    }
  }
  op->inTransactions = call.inTransactions;
  op->batchSize = std::move(call.batchSize);
  op->details = call.inTransactions ? "IN TRANSACTIONS" : "";
  return chain(std::move(input), std::move(op));
}

}  // namespace rollcall
