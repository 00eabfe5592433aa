// Binding of WITH and RETURN: items, aggregation, DISTINCT, ORDER BY, SKIP, LIMIT, WHERE.
#include <algorithm>
#include <map>
#include <set>

#include "engine/binder/binder.h"
#include "engine/binder/expression_slots.h"

namespace rollcall {
namespace {

std::vector<ItemSource> collectItems(Binder& b, const ast::ProjectionBody& body, bool isReturn) {
  std::vector<ItemSource> items;
  if (body.star) {
    if (isReturn && b.scope().variables().empty() && body.items.empty()) {
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

// What a projected expression is known to be: values built from literals, operators and
// properties are never nodes or relationships, so MATCH (x) on them is a type conflict.
VarType staticType(const BoundExpression& expr) {
  switch (expr.kind) {
    case BoundExprKind::CONSTANT:
    case BoundExprKind::LIST:
    case BoundExprKind::MAP:
    case BoundExprKind::UNARY:
    case BoundExprKind::BINARY:
    case BoundExprKind::CHAIN:
    case BoundExprKind::IS_NULL:
    case BoundExprKind::PROPERTY:
    case BoundExprKind::LIST_COMPREHENSION:
    case BoundExprKind::QUANTIFIER:
    case BoundExprKind::PATTERN_EXISTS:
    case BoundExprKind::PATTERN_COUNT:
    case BoundExprKind::PATTERN_COMPREHENSION:
    case BoundExprKind::HAS_LABELS:
      return VarType::SCALAR;
    case BoundExprKind::PATH_BUILD:
      return VarType::PATH;
    default:
      return VarType::VALUE;
  }
}

VarType typeOfSlot(const Scope& scope, Slot slot) {
  for (const auto& [name, var] : scope.variables()) {
    if (var.slot == slot) return var.type;
  }
  return VarType::VALUE;
}

// An expression mixing an aggregate with a variable that is not a grouping key has no single
// value per group (`RETURN n.name + count(*)`). A grouping key that is a variable or a property
// access may be named inside (`RETURN me.age, me.age + count(*)`: its text reads the key's slot);
// a more complex key may not, even when projected, as in Neo4j.
void checkAggregationKeys(const BoundProjection& proj) {
  std::set<Slot> allowed;
  for (const auto& agg : proj.aggregates) allowed.insert(agg.out);
  for (const auto& [slot, expr] : proj.groups) {
    if (expr->kind == BoundExprKind::SLOT || expr->kind == BoundExprKind::PROPERTY) {
      allowed.insert(slot);
    }
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

// An ORDER BY key after aggregation that combines an aggregate with a grouping key follows the
// rule of the items: the key must be a variable or a property access
// (`ORDER BY me.age + you.age + count(*)` is ambiguous even with `me.age + you.age` returned).
void checkOrderKeyMixing(const BoundProjection& proj, const BoundExpression& key, uint32_t at) {
  std::set<Slot> aggregateSlots, complexKeys;
  for (const auto& agg : proj.aggregates) aggregateSlots.insert(agg.out);
  for (const auto& [slot, expr] : proj.groups) {
    if (expr->kind != BoundExprKind::SLOT && expr->kind != BoundExprKind::PROPERTY) {
      complexKeys.insert(slot);
    }
  }
  std::vector<Slot> used;
  collectSlots(key, used);
  bool aggregate = false, complex = false;
  for (Slot s : used) {
    aggregate |= aggregateSlots.count(s) > 0;
    complex |= complexKeys.count(s) > 0;
  }
  if (aggregate && complex) {
    throw syntaxError("AmbiguousAggregationExpression",
                      "An ORDER BY key mixes an aggregate with a grouping expression that is "
                      "not a variable or a property access",
                      at);
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
  std::vector<bool> aggregatingItem = findAggregatingItems(sources);
  out->aggregating =
      std::any_of(aggregatingItem.begin(), aggregatingItem.end(), [](bool b) { return b; });
  staticTypes_.assign(sources.size(), VarType::VALUE);

  Scope oldScope = scope_;
  std::map<std::string, Slot> keyTexts;
  out->items.resize(sources.size());
  // Grouping keys first, so aggregating items can refer to them by their text.
  for (int pass = 0; pass < 2; ++pass) {
    bool aggregatePass = pass == 1;
    aggregates = aggregatePass ? &out->aggregates : nullptr;
    groupKeyTexts = aggregatePass ? &keyTexts : nullptr;
    for (size_t i = 0; i < sources.size(); ++i) {
      if (aggregatingItem[i] != aggregatePass) continue;
      bindItem(*out, sources[i], i, oldScope);
      if (!aggregatePass) keyTexts[sources[i].text] = out->items[i].slot;
    }
  }
  aggregates = nullptr;
  groupKeyTexts = nullptr;
  if (out->aggregating) checkAggregationKeys(*out);

  Scope newScope;
  std::map<std::string, Slot> byText;
  for (size_t i = 0; i < sources.size(); ++i) {
    const auto& item = out->items[i];
    newScope.add(item.name, Variable{item.slot, staticTypes_[i]});
    out->outputSlots.push_back(item.slot);
    out->columns.push_back(item.name);
    byText[sources[i].text] = item.slot;
    byText[item.name] = item.slot;
  }
  bindOrderBy(*out, body, oldScope, newScope, byText);
  scope_ = Scope();
  if (body.skip) out->skip = bindExpression(*body.skip);
  if (body.limit) out->limit = bindExpression(*body.limit);
  // WITH ... WHERE, like ORDER BY, still sees the variables from before the projection unless
  // rows were merged by aggregation or DISTINCT.
  scope_ = sortScopeFor(*out, oldScope, newScope);
  // After merging, an expression that was projected may still be named by its text:
  // WITH DISTINCT a.name AS name WHERE a.name = 'B'.
  if (out->aggregating || out->distinct) groupKeyTexts = &byText;
  if (where) out->where = bindWhere(*where);
  groupKeyTexts = nullptr;
  scope_ = newScope;
  return out;
}

std::vector<bool> Binder::findAggregatingItems(const std::vector<ItemSource>& sources) {
  // A throwaway binding that only counts aggregate calls; the real binding follows.
  std::vector<AggregateSpec> probe;
  std::vector<bool> flags;
  aggregates = &probe;
  for (const auto& src : sources) {
    size_t before = probe.size();
    if (src.expr) bindExpression(*src.expr);
    flags.push_back(probe.size() > before);
  }
  aggregates = nullptr;
  return flags;
}

void Binder::bindItem(BoundProjection& out, const ItemSource& src, size_t index,
                      const Scope& oldScope) {
  BoundExprPtr expr =
      src.expr ? bindExpression(*src.expr) : std::make_unique<SlotRef>(0, src.starSlot);
  bool isSlot = expr->kind == BoundExprKind::SLOT;
  Slot slot = isSlot ? expr->cast<SlotRef>().slot : newSlot();
  if (staticTypes_.size() <= index) staticTypes_.resize(index + 1);
  staticTypes_[index] = isSlot ? typeOfSlot(oldScope, slot) : staticType(*expr);
  bool groupKey = out.aggregating && !groupKeyTexts;
  if (groupKey) {
    out.groups.emplace_back(slot, std::move(expr));
    out.items[index] = BoundProjectionItem{slot, src.name, nullptr};
  } else {
    out.items[index] = BoundProjectionItem{slot, src.name, isSlot ? nullptr : std::move(expr)};
  }
}

Scope Binder::sortScopeFor(const BoundProjection& out, const Scope& oldScope,
                           const Scope& newScope) {
  if (out.aggregating || out.distinct) return newScope;
  Scope scope = oldScope;
  for (const auto& [name, var] : newScope.variables()) scope.add(name, var);
  return scope;
}

// ORDER BY sees the projected names, and what sortScopeFor allows. After aggregation it sees
// only the projection, in which an aggregate is named by its text (`RETURN avg(p.age) AS a
// ORDER BY avg(p.age) DESC`); an aggregate that is not projected is an error.
void Binder::bindOrderBy(BoundProjection& out, const ast::ProjectionBody& body,
                         const Scope& oldScope, const Scope& newScope,
                         const std::map<std::string, Slot>& byText) {
  for (const auto& key : body.orderBy) {
    auto it = byText.find(textOf(key.expr->range));
    if (it != byText.end()) {
      out.orderBy.push_back(
          SortKey{std::make_unique<SlotRef>(key.expr->range.begin, it->second), key.descending});
      continue;
    }
    scope_ = sortScopeFor(out, oldScope, newScope);
    if (out.aggregating) {
      groupKeyTexts = &byText;
      orderByAfterAggregation = true;
    }
    out.orderBy.push_back(SortKey{bindExpression(*key.expr), key.descending});
    orderByAfterAggregation = false;
    groupKeyTexts = nullptr;
    if (out.aggregating) checkOrderKeyMixing(out, *out.orderBy.back().expr, key.expr->range.begin);
  }
}

}  // namespace rollcall
