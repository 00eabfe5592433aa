// Binding of WITH and RETURN: items, aggregation, DISTINCT, ORDER BY, SKIP, LIMIT, WHERE.
#include <map>
#include <set>

#include "engine/binder/binder.h"
#include "engine/binder/expression_slots.h"

namespace rollcall {
namespace {

struct ItemSource {
  const ast::Expression* expr = nullptr;  // null for the variables of `*`
  std::string name;
  std::string text;  // source text, for matching ORDER BY expressions to items
  Slot starSlot = 0;
};

std::vector<ItemSource> collectItems(Binder& b, const ast::ProjectionBody& body, bool isReturn) {
  std::vector<ItemSource> items;
  if (body.star) {
    if (b.scope().variables().empty() && body.items.empty()) {
      throw syntaxError("NoVariablesInScope",
                        "RETURN * is not allowed when there are no variables in scope");
    }
    for (const auto& [name, var] : b.scope().variables()) {
      items.push_back(ItemSource{nullptr, name, name, var.slot});
    }
  }
  std::set<std::string> seen;
  for (const auto& item : items) seen.insert(item.name);
  for (const auto& item : body.items) {
    std::string text = b.textOf(item.expr->range);
    if (!isReturn && item.alias.empty() && item.expr->kind != ast::ExprKind::VARIABLE) {
      throw syntaxError("NoExpressionAlias", "Expression in WITH must be aliased (use AS)",
                        item.expr->range.begin);
    }
    std::string name = item.alias.empty() ? text : item.alias;
    if (!seen.insert(name).second) {
      throw syntaxError(
          "ColumnNameConflict",
          "Multiple result columns with the same name `" + name + "` are not supported",
          item.range.begin);
    }
    items.push_back(ItemSource{item.expr.get(), name, text, 0});
  }
  return items;
}

VarType typeOfSlot(const Scope& scope, Slot slot) {
  for (const auto& [name, var] : scope.variables()) {
    if (var.slot == slot) return var.type;
  }
  return VarType::VALUE;
}

// An expression mixing an aggregate with a variable that is not a grouping key has no single
// value per group (`RETURN n.name + count(*)`).
void checkAggregationKeys(const BoundProjection& proj) {
  std::set<Slot> allowed;
  for (const auto& agg : proj.aggregates) allowed.insert(agg.out);
  for (const auto& [slot, expr] : proj.groups) {
    if (expr->kind == BoundExprKind::SLOT) allowed.insert(slot);
  }
  for (const auto& item : proj.items) {
    if (!item.expr) continue;
    std::vector<Slot> used;
    collectSlots(*item.expr, used);
    for (Slot s : used) {
      if (!allowed.count(s)) {
        throw syntaxError("AmbiguousAggregationExpression",
                          "Expression `" + item.name +
                              "` mixes aggregation with values that are "
                              "not grouping keys",
                          item.expr->offset);
      }
    }
  }
}

}  // namespace

std::unique_ptr<BoundProjection> Binder::bindProjection(const ast::ProjectionBody& body,
                                                        const ast::Expression* where,
                                                        bool isReturn) {
  auto out = std::make_unique<BoundProjection>();
  out->isReturn = isReturn;
  out->distinct = body.distinct;
  std::vector<ItemSource> sources = collectItems(*this, body, isReturn);

  std::vector<BoundExprPtr> bound;
  std::vector<bool> hasAggregate;
  aggregates = &out->aggregates;
  for (const auto& src : sources) {
    size_t before = out->aggregates.size();
    bound.push_back(src.expr ? bindExpression(*src.expr)
                             : std::make_unique<SlotRef>(0, src.starSlot));
    hasAggregate.push_back(out->aggregates.size() > before);
  }
  aggregates = nullptr;
  out->aggregating = !out->aggregates.empty();

  Scope oldScope = scope_;
  Scope newScope;
  std::map<std::string, Slot> byText;
  for (size_t i = 0; i < sources.size(); ++i) {
    BoundExprPtr& expr = bound[i];
    bool isSlot = expr->kind == BoundExprKind::SLOT;
    Slot slot = isSlot ? expr->cast<SlotRef>().slot : newSlot();
    if (out->aggregating && !hasAggregate[i]) {
      out->groups.emplace_back(slot, std::move(expr));
      out->items.push_back(BoundProjectionItem{slot, sources[i].name, nullptr});
    } else {
      out->items.push_back(
          BoundProjectionItem{slot, sources[i].name, isSlot ? nullptr : std::move(expr)});
    }
    VarType type = isSlot ? typeOfSlot(oldScope, slot) : VarType::VALUE;
    newScope.add(sources[i].name, Variable{slot, type});
    out->outputSlots.push_back(slot);
    out->columns.push_back(sources[i].name);
    byText[sources[i].text] = slot;
    byText[sources[i].name] = slot;
  }

  if (out->aggregating) checkAggregationKeys(*out);

  // ORDER BY sees the projected names and, unless rows were merged by aggregation or DISTINCT,
  // the variables from before the projection.
  Scope sortScope = (out->aggregating || out->distinct) ? newScope : oldScope;
  if (!out->aggregating && !out->distinct) {
    for (const auto& [name, var] : newScope.variables()) sortScope.add(name, var);
  }
  for (const auto& key : body.orderBy) {
    auto it = byText.find(textOf(key.expr->range));
    if (it != byText.end()) {
      out->orderBy.push_back(
          SortKey{std::make_unique<SlotRef>(key.expr->range.begin, it->second), key.descending});
      continue;
    }
    scope_ = sortScope;
    out->orderBy.push_back(SortKey{bindExpression(*key.expr), key.descending});
  }
  scope_ = Scope();
  if (body.skip) out->skip = bindExpression(*body.skip);
  if (body.limit) out->limit = bindExpression(*body.limit);
  scope_ = newScope;
  if (where) out->where = bindExpression(*where);
  return out;
}

}  // namespace rollcall
