// Binding of MATCH patterns, pattern predicates and EXISTS { } and COUNT { } subqueries.
#include <algorithm>
#include <utility>

#include "engine/binder/binder.h"
#include "engine/binder/expression_slots.h"
#include "engine/planner/planner.h"

namespace rollcall {
namespace {

VarType requireType(const Variable& var, VarType want, const std::string& name, uint32_t offset) {
  if (var.type != want && var.type != VarType::VALUE) {
    throw syntaxError("VariableTypeConflict",
                      "Variable `" + name + "` already declared with another type", offset);
  }
  return want;
}

// shortestPath's relationship has a variable length that starts at 0 or 1 hops.
void checkShortestPath(const ast::PatternPart& part) {
  const ast::RelPattern& rel = part.chain.front().first;
  if (!rel.varLength) {
    throw semanticError("InvalidShortestPath",
                        "shortestPath and allShortestPaths need a variable-length relationship, "
                        "such as [*] or [:ATTENDED*..6]",
                        rel.range.begin);
  }
  if (rel.varLength->min.value_or(1) > 1) {
    throw semanticError("InvalidShortestPath",
                        "the minimal length of a shortest path must be 0 or 1", rel.range.begin);
  }
}

}  // namespace

void rejectShortestPath(const ast::PatternPart& part, const std::string& clause) {
  if (part.shortest == ast::ShortestPath::NONE) return;
  throw syntaxError("InvalidShortestPath",
                    "shortestPath and allShortestPaths cannot be used in " + clause,
                    part.range.begin);
}

std::vector<BoundPropertyFilter> Binder::bindPropertyFilters(const ast::Expression* props) {
  std::vector<BoundPropertyFilter> out;
  if (!props || props->kind != ast::ExprKind::MAP) return out;
  for (const auto& [key, value] : props->cast<ast::MapExpr>().entries) {
    out.push_back(BoundPropertyFilter{propKeyId(key, props->range), key, bindExpression(*value)});
  }
  return out;
}

BoundNodePattern Binder::bindNodePattern(const ast::NodePattern& node,
                                         std::vector<Slot>& newSlots) {
  BoundNodePattern out;
  out.name = node.variable;
  const Variable* var = node.variable.empty() ? nullptr : scope_.find(node.variable);
  if (var) {
    requireType(*var, VarType::NODE, node.variable, node.range.begin);
    out.slot = var->slot;
  } else {
    out.slot = newSlot();
    newSlots.push_back(out.slot);
    if (!node.variable.empty()) scope_.add(node.variable, Variable{out.slot, VarType::NODE});
  }
  for (const auto& label : node.labels) out.labels.push_back(labelId(label, node.range));
  if (node.properties && node.properties->kind == ast::ExprKind::PARAMETER) {
    throw syntaxError("InvalidParameterUse",
                      "Parameter maps cannot be used in MATCH or MERGE patterns; use WHERE "
                      "n.key = $param.key instead",
                      node.properties->range.begin);
  }
  return out;
}

BoundRelPattern Binder::bindRelPattern(const ast::RelPattern& rel, std::vector<Slot>& newSlots) {
  BoundRelPattern out;
  out.name = rel.variable;
  out.direction = rel.direction;
  out.varLength = rel.varLength;
  VarType type = rel.varLength ? VarType::REL_LIST : VarType::REL;
  const Variable* var = rel.variable.empty() ? nullptr : scope_.find(rel.variable);
  if (var) {
    requireType(*var, type, rel.variable, rel.range.begin);
    if (std::find(newSlots.begin(), newSlots.end(), var->slot) != newSlots.end()) {
      throw syntaxError("RelationshipUniquenessViolation",
                        "Cannot use the same relationship variable '" + rel.variable +
                            "' for multiple relationships",
                        rel.range.begin);
    }
    out.slot = var->slot;
  } else {
    out.slot = newSlot();
    newSlots.push_back(out.slot);
    if (!rel.variable.empty()) scope_.add(rel.variable, Variable{out.slot, type});
  }
  for (const auto& t : rel.types) {
    storage::RelTypeId id = relTypeId(t, rel.range);
    if (id == storage::INVALID_TOKEN) {
      out.hasUnknownType = true;
    } else if (std::find(out.types.begin(), out.types.end(), id) == out.types.end()) {
      out.types.push_back(id);  // [:T|T] matches each relationship once
    }
  }
  if (rel.varLength) out.probe = newSlot();
  return out;
}

BoundPatternPart Binder::bindPatternPart(const ast::PatternPart& part,
                                         std::vector<Slot>& newSlots) {
  BoundPatternPart out;
  if (part.shortest != ast::ShortestPath::NONE) checkShortestPath(part);
  out.shortest = part.shortest;
  out.nodes.push_back(bindNodePattern(part.start, newSlots));
  for (const auto& [rel, node] : part.chain) {
    out.rels.push_back(bindRelPattern(rel, newSlots));
    out.nodes.push_back(bindNodePattern(node, newSlots));
  }
  // Property maps are bound once every variable of the part is in scope.
  out.nodes[0].properties = bindPropertyFilters(part.start.properties.get());
  for (size_t i = 0; i < part.chain.size(); ++i) {
    out.rels[i].properties = bindPropertyFilters(part.chain[i].first.properties.get());
    out.nodes[i + 1].properties = bindPropertyFilters(part.chain[i].second.properties.get());
  }
  if (!part.pathVariable.empty()) {
    if (scope_.find(part.pathVariable)) {
      throw syntaxError("VariableAlreadyBound",
                        "Variable `" + part.pathVariable + "` already declared", part.range.begin);
    }
    auto path = std::make_unique<PathBuildExpr>(part.range.begin);
    for (const auto& n : out.nodes) path->nodeSlots.push_back(n.slot);
    for (const auto& r : out.rels) {
      path->relSlots.push_back(r.slot);
      path->relIsList.push_back(r.varLength.has_value());
    }
    out.pathSlot = newSlot();
    out.pathExpr = std::move(path);
    newSlots.push_back(*out.pathSlot);
    scope_.add(part.pathVariable, Variable{*out.pathSlot, VarType::PATH});
  }
  return out;
}

std::unique_ptr<BoundMatch> Binder::bindMatch(const ast::MatchClause& clause) {
  auto out = std::make_unique<BoundMatch>();
  out->optional = clause.optional;
  for (const auto& [name, var] : scope_.variables()) out->boundBefore.push_back(var.slot);
  for (const auto& part : clause.pattern)
    out->parts.push_back(bindPatternPart(part, out->newSlots));
  if (clause.where) out->where = bindWhere(*clause.where);
  return out;
}

// The pattern's new variables, its WHERE and its projection live in a scope of their own; the
// sub-plan starts from an Argument holding the outer row.
BoundExprPtr Binder::bindPatternComprehension(const ast::PatternComprehensionExpr& expr) {
  Scope saved = scope_;
  auto bound = std::make_unique<BoundMatch>();
  for (const auto& [name, var] : scope_.variables()) bound->boundBefore.push_back(var.slot);
  bound->parts.push_back(bindPatternPart(*expr.pattern, bound->newSlots));
  if (expr.where) bound->where = bindWhere(*expr.where);
  auto out = std::make_unique<PatternComprehensionOp>(expr.range.begin);
  out->projection = bindExpression(*expr.projection);
  scope_ = saved;
  out->dependencies = bound->boundBefore;
  std::sort(out->dependencies.begin(), out->dependencies.end());
  out->plan = planner_.planMatch(std::make_unique<ArgumentOp>(), *bound);
  return out;
}

BoundExprPtr Binder::bindPatternExists(const ast::PatternPart* part, const ast::MatchClause* match,
                                       uint32_t offset) {
  auto out = std::make_unique<PatternExistsExpr>(offset);
  planSubquery(part, match, offset, *out);
  return out;
}

BoundExprPtr Binder::bindPatternCount(const ast::MatchClause& match, uint32_t offset) {
  auto out = std::make_unique<PatternCountExpr>(offset);
  planSubquery(nullptr, &match, offset, *out);
  return out;
}

// A pattern predicate (`part`, which may not introduce variables) or the MATCH of EXISTS { } or
// COUNT { } (`match`), planned from an Argument holding the outer row; its variables stay inside.
void Binder::planSubquery(const ast::PatternPart* part, const ast::MatchClause* match,
                          uint32_t offset, SubPlanExpr& out) {
  Scope saved = scope_;
  auto bound = std::make_unique<BoundMatch>();
  for (const auto& [name, var] : scope_.variables()) bound->boundBefore.push_back(var.slot);
  if (part) {
    bound->parts.push_back(bindPatternPart(*part, bound->newSlots));
    for (const auto& name : scope_.names()) {
      if (!saved.find(name)) {
        throw syntaxError("UndefinedVariable",
                          "A pattern expression may not introduce new variables: `" + name + "`",
                          offset);
      }
    }
  } else {
    for (const auto& p : match->pattern)
      bound->parts.push_back(bindPatternPart(p, bound->newSlots));
    // The WHERE runs per match of the sub-plan: an aggregate there has no group to fold over.
    auto* outerAggregates = std::exchange(aggregates, nullptr);
    if (match->where) bound->where = bindWhere(*match->where);
    aggregates = outerAggregates;
  }
  scope_ = saved;
  // Everything bound outside that the pattern could read is a dependency.
  out.dependencies = bound->boundBefore;
  std::sort(out.dependencies.begin(), out.dependencies.end());
  out.plan = planner_.planMatch(std::make_unique<ArgumentOp>(), *bound);
}

}  // namespace rollcall
