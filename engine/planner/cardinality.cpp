// The cost model's estimates (docs/engine.md, "The cost model").
#include "engine/planner/cardinality.h"

#include <algorithm>
#include <cmath>

#include "engine/planner/logical_operator.h"

namespace rollcall {
namespace {

using storage::Direction;

// Fallbacks where the statistics cannot answer, close to Neo4j's defaults.
constexpr double UNKNOWN_EQUALITY = 0.1;   // equality on an unlabelled node or a computed value
constexpr double UNKNOWN_RANGE = 1.0 / 3;  // range without numeric bounds
constexpr double STRING_MATCH = 0.1;       // STARTS WITH, ENDS WITH, CONTAINS, =~
constexpr double UNKNOWN_PREDICATE = 0.5;
constexpr int64_t VAR_LENGTH_HOPS_MODELLED = 4;  // hops past the minimum counted for `*`

double clamp01(double x) { return std::clamp(x, 0.0, 1.0); }

// Directions, as seen from the `from` node, that a pattern direction reads.
std::vector<Direction> readDirections(ast::RelDirection d) {
  if (d == ast::RelDirection::RIGHT) return {Direction::OUT};
  if (d == ast::RelDirection::LEFT) return {Direction::IN};
  return {Direction::OUT, Direction::IN};
}

Direction opposite(Direction d) { return d == Direction::OUT ? Direction::IN : Direction::OUT; }

// `n.key` on a slot, or null.
const PropertyRef* slotProperty(const BoundExpression& e) {
  if (e.kind != BoundExprKind::PROPERTY) return nullptr;
  const auto& p = e.cast<PropertyRef>();
  return p.object->kind == BoundExprKind::SLOT ? &p : nullptr;
}

std::optional<double> numericConstant(const BoundExpression& e) {
  if (e.kind != BoundExprKind::CONSTANT) return std::nullopt;
  const Value& v = e.cast<ConstantExpr>().value;
  if (v.isNumber()) return v.asNumber();
  if (v.kind() == Value::Kind::DATE) return double(v.asDate().days);
  return std::nullopt;
}

ast::BinaryOp mirrored(ast::BinaryOp op) {
  switch (op) {
    case ast::BinaryOp::LT:
      return ast::BinaryOp::GT;
    case ast::BinaryOp::LE:
      return ast::BinaryOp::GE;
    case ast::BinaryOp::GT:
      return ast::BinaryOp::LT;
    case ast::BinaryOp::GE:
      return ast::BinaryOp::LE;
    default:
      return op;
  }
}

}  // namespace

std::optional<storage::LabelId> CardinalityModel::narrowest(
    const std::vector<storage::LabelId>& labels) {
  std::optional<storage::LabelId> best;
  for (auto l : labels) {
    if (!best || stats_.labelNodes(l) < stats_.labelNodes(*best)) best = l;
  }
  return best;
}

double CardinalityModel::nodesWithLabels(const std::vector<storage::LabelId>& labels) {
  auto label = narrowest(labels);
  if (!label) return stats_.nodes();
  double rows = stats_.labelNodes(*label);
  // Each further label keeps its share of all nodes.
  for (auto l : labels) {
    if (l != *label) rows *= stats_.nodes() > 0 ? stats_.labelNodes(l) / stats_.nodes() : 0;
  }
  return rows;
}

double CardinalityModel::seekRows(storage::LabelId label, storage::PropKeyId key, bool unique) {
  const auto& p = stats_.property(label, key);
  if (p.count == 0) return 0;
  if (unique) return 1;
  return double(p.count) / std::max(1.0, p.distinct);
}

// Relationships of `type` in direction `dir` from nodes with `labels` (all of the type when the
// node has no label).
double CardinalityModel::typedRels(const std::vector<storage::LabelId>& labels,
                                   storage::RelTypeId type, Direction dir) {
  auto label = narrowest(labels);
  if (!label) return stats_.relsOfType(type);
  return double(stats_.degree(*label, type, dir).rels);
}

// Rows per input row of one hop. The far node's labels keep the share of the type's
// relationships whose far end has them.
double CardinalityModel::oneHop(const ExpandShape& shape, bool checkToLabels) {
  if (shape.unknownType) return 0;
  double from = nodesWithLabels(shape.fromLabels);
  if (from <= 0) return 0;
  std::vector<storage::RelTypeId> types = shape.types;
  if (types.empty()) types = stats_.relTypes();
  double rows = 0;
  for (auto type : types) {
    double typeRels = stats_.relsOfType(type);
    if (typeRels <= 0) continue;
    for (Direction dir : readDirections(shape.direction)) {
      double out = typedRels(shape.fromLabels, type, dir);
      double share = 1;
      if (checkToLabels && !shape.toLabels.empty()) {
        share = clamp01(typedRels(shape.toLabels, type, opposite(dir)) / typeRels);
        for (auto l : shape.toLabels) {
          if (stats_.labelNodes(l) == 0) share = 0;
        }
      }
      rows += out * share / from;
    }
  }
  return rows;
}

// A variable-length step repeats the average branching; an unbounded one is modelled over a
// few hops past its minimum (real graphs close cycles, and relationship uniqueness stops walks).
double CardinalityModel::hopsFactor(const ExpandShape& shape, double perHop) {
  if (!shape.varLength) return perHop;
  int64_t lo = shape.varLength->min.value_or(1);
  int64_t hi = shape.varLength->max.value_or(lo + VAR_LENGTH_HOPS_MODELLED);
  hi = std::min(hi, lo + VAR_LENGTH_HOPS_MODELLED);
  double total = 0;
  for (int64_t k = lo; k <= hi; ++k) total += std::pow(perHop, double(k));
  return total;
}

double CardinalityModel::expandReads(const ExpandShape& shape) {
  return hopsFactor(shape, oneHop(shape, /*checkToLabels=*/false));
}

double CardinalityModel::expandRows(const ExpandShape& shape) {
  double reads = expandReads(shape);
  double all = oneHop(shape, false);
  double kept = oneHop(shape, true);
  return all > 0 ? reads * kept / all : 0;
}

double CardinalityModel::closingRows(const ExpandShape& shape) {
  double to = nodesWithLabels(shape.toLabels);
  return to > 0 ? expandRows(shape) / to : 0;
}

double CardinalityModel::propertyEquality(const PropertyRef& prop, const LabelsOf& labelsOf) {
  const auto* labels = labelsOf(prop.object->cast<SlotRef>().slot);
  if (!labels || labels->empty()) return UNKNOWN_EQUALITY;
  auto label = narrowest(*labels);
  double nodes = stats_.labelNodes(*label);
  if (nodes <= 0) return 0;
  const auto& p = stats_.property(*label, prop.keyId);
  if (p.count == 0) return 0;
  return clamp01(double(p.count) / nodes / std::max(1.0, p.distinct));
}

double CardinalityModel::propertyPresent(const PropertyRef& prop, const LabelsOf& labelsOf) {
  const auto* labels = labelsOf(prop.object->cast<SlotRef>().slot);
  if (!labels || labels->empty()) return UNKNOWN_PREDICATE;
  auto label = narrowest(*labels);
  double nodes = stats_.labelNodes(*label);
  return nodes > 0 ? clamp01(double(stats_.property(*label, prop.keyId).count) / nodes) : 0;
}

// `n.key < bound`: the share of [min, max] below the bound, of the nodes that have the key.
double CardinalityModel::propertyRange(const PropertyRef& prop, ast::BinaryOp op,
                                       const BoundExpression& bound, const LabelsOf& labelsOf) {
  const auto* labels = labelsOf(prop.object->cast<SlotRef>().slot);
  auto value = numericConstant(bound);
  if (!labels || labels->empty() || !value) return UNKNOWN_RANGE;
  const auto& p = stats_.property(*narrowest(*labels), prop.keyId);
  if (!p.min || !p.max) return UNKNOWN_RANGE * propertyPresent(prop, labelsOf);
  double width = *p.max - *p.min;
  double below = width > 0 ? clamp01((*value - *p.min) / width) : (*value >= *p.min ? 1 : 0);
  bool less = op == ast::BinaryOp::LT || op == ast::BinaryOp::LE;
  double share = less ? below : 1 - below;
  // At least one value's worth: a bound at the edge still keeps the nodes equal to it.
  share = std::max(
      share, propertyEquality(prop, labelsOf) / std::max(1e-12, propertyPresent(prop, labelsOf)));
  return clamp01(share) * propertyPresent(prop, labelsOf);
}

double CardinalityModel::comparison(const BinaryOpExpr& cmp, const LabelsOf& labelsOf) {
  const PropertyRef* left = slotProperty(*cmp.left);
  const PropertyRef* right = slotProperty(*cmp.right);
  const PropertyRef* prop = left ? left : right;
  const BoundExpression& other = left ? *cmp.right : *cmp.left;
  ast::BinaryOp op = left ? cmp.op : mirrored(cmp.op);
  switch (op) {
    case ast::BinaryOp::EQ:
      return prop ? propertyEquality(*prop, labelsOf) : UNKNOWN_EQUALITY;
    case ast::BinaryOp::NE:
      return prop ? propertyPresent(*prop, labelsOf) - propertyEquality(*prop, labelsOf)
                  : 1 - UNKNOWN_EQUALITY;
    case ast::BinaryOp::LT:
    case ast::BinaryOp::LE:
    case ast::BinaryOp::GT:
    case ast::BinaryOp::GE:
      return prop ? propertyRange(*prop, op, other, labelsOf) : UNKNOWN_RANGE;
    case ast::BinaryOp::IN: {
      if (!left) return UNKNOWN_PREDICATE;
      double items = cmp.right->kind == BoundExprKind::LIST
                         ? double(cmp.right->cast<ListBuild>().items.size())
                         : 10;  // a parameter or computed list: assume a short one
      if (cmp.right->kind == BoundExprKind::CONSTANT &&
          cmp.right->cast<ConstantExpr>().value.kind() == Value::Kind::LIST) {
        items = double(cmp.right->cast<ConstantExpr>().value.asList().size());
      }
      return clamp01(items * propertyEquality(*left, labelsOf));
    }
    case ast::BinaryOp::STARTS_WITH:
    case ast::BinaryOp::ENDS_WITH:
    case ast::BinaryOp::CONTAINS:
    case ast::BinaryOp::REGEX_MATCH:
      return left ? STRING_MATCH * propertyPresent(*left, labelsOf) : STRING_MATCH;
    default:
      return UNKNOWN_PREDICATE;
  }
}

double CardinalityModel::hasLabels(const HasLabelsOp& has, const LabelsOf& labelsOf) {
  if (has.object->kind != BoundExprKind::SLOT) return UNKNOWN_PREDICATE;
  const auto* known = labelsOf(has.object->cast<SlotRef>().slot);
  std::vector<storage::LabelId> base = known ? *known : std::vector<storage::LabelId>{};
  double before = nodesWithLabels(base);
  if (before <= 0) return 0;
  for (auto l : has.labels) {
    if (std::find(base.begin(), base.end(), l) == base.end()) base.push_back(l);
  }
  return clamp01(nodesWithLabels(base) / before);
}

// Operands as independent events, as for two-operand AND/OR/XOR; arithmetic is no predicate.
double CardinalityModel::chainSelectivity(const ChainOpExpr& chain, const LabelsOf& labelsOf) {
  ast::BinaryOp op = chain.ops[0];
  if (op != ast::BinaryOp::AND && op != ast::BinaryOp::OR && op != ast::BinaryOp::XOR) {
    return UNKNOWN_PREDICATE;
  }
  double acc = selectivity(*chain.operands[0], labelsOf);
  for (size_t i = 1; i < chain.operands.size(); ++i) {
    double r = selectivity(*chain.operands[i], labelsOf);
    acc = op == ast::BinaryOp::AND  ? acc * r
          : op == ast::BinaryOp::OR ? acc + r - acc * r
                                    : acc + r - 2 * acc * r;
  }
  return acc;
}

// The sub-plan's estimate is its expected matches per outer row, λ; with matches spread as a
// Poisson count, a row has at least one with probability 1 - e^-λ.
double CardinalityModel::patternExists(const PatternExistsExpr& exists) {
  if (!exists.plan || exists.plan->estimatedRows < 0) return UNKNOWN_PREDICATE;
  return 1 - std::exp(-exists.plan->estimatedRows);
}

double CardinalityModel::selectivity(const BoundExpression& e, const LabelsOf& labelsOf) {
  switch (e.kind) {
    case BoundExprKind::CONSTANT: {
      const Value& v = e.cast<ConstantExpr>().value;
      return v.kind() == Value::Kind::BOOL && v.asBool() ? 1 : 0;
    }
    case BoundExprKind::IS_NULL: {
      const auto& n = e.cast<IsNullOpExpr>();
      const PropertyRef* prop = slotProperty(*n.operand);
      double present = prop ? propertyPresent(*prop, labelsOf) : 1 - UNKNOWN_EQUALITY;
      return n.negated ? present : 1 - present;
    }
    case BoundExprKind::HAS_LABELS:
      return hasLabels(e.cast<HasLabelsOp>(), labelsOf);
    case BoundExprKind::PATTERN_EXISTS:
      return patternExists(e.cast<PatternExistsExpr>());
    case BoundExprKind::UNARY: {
      const auto& u = e.cast<UnaryOpExpr>();
      if (u.op != ast::UnaryOp::NOT) return UNKNOWN_PREDICATE;
      return 1 - selectivity(*u.operand, labelsOf);
    }
    case BoundExprKind::BINARY: {
      const auto& b = e.cast<BinaryOpExpr>();
      if (b.op == ast::BinaryOp::AND || b.op == ast::BinaryOp::OR || b.op == ast::BinaryOp::XOR) {
        double l = selectivity(*b.left, labelsOf), r = selectivity(*b.right, labelsOf);
        if (b.op == ast::BinaryOp::AND) return l * r;
        if (b.op == ast::BinaryOp::OR) return l + r - l * r;
        return l + r - 2 * l * r;
      }
      return comparison(b, labelsOf);
    }
    case BoundExprKind::CHAIN:
      return chainSelectivity(e.cast<ChainOpExpr>(), labelsOf);
    default:
      return UNKNOWN_PREDICATE;
  }
}

}  // namespace rollcall
