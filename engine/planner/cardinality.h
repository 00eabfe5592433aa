#pragma once
// The cost model's estimates: how many nodes a label scan or index seek finds, how many rows an
// expansion produces, what fraction of rows a predicate keeps. Formulas in docs/engine.md
// ("The cost model"). Every estimate assumes independence between labels, properties and
// relationships, as Neo4j's and Kuzu's planners do.
#include <functional>
#include <optional>
#include <vector>

#include "engine/binder/bound_expression.h"
#include "engine/parser/ast/pattern.h"
#include "engine/planner/plan_statistics.h"

namespace rollcall {

// The labels a node variable is known to have (its pattern's), or null for other slots.
using LabelsOf = std::function<const std::vector<storage::LabelId>*(Slot)>;

// A relationship step as the model sees it.
struct ExpandShape {
  std::vector<storage::LabelId> fromLabels;
  std::vector<storage::RelTypeId> types;                   // empty: any type
  bool unknownType = false;                                // a named type no relationship ever had
  ast::RelDirection direction = ast::RelDirection::RIGHT;  // as read from the `from` node
  std::vector<storage::LabelId> toLabels;
  std::optional<ast::VarLength> varLength;
};

class CardinalityModel {
 public:
  explicit CardinalityModel(PlanStatistics& stats) : stats_(stats) {}

  // Nodes having every label (all nodes when `labels` is empty).
  double nodesWithLabels(const std::vector<storage::LabelId>& labels);
  // Nodes with `label` whose `key` equals one given value.
  double seekRows(storage::LabelId label, storage::PropKeyId key, bool unique);

  // Adjacency entries read per input row when expanding (before the far node's labels are
  // checked) and rows produced per input row (after).
  double expandReads(const ExpandShape& shape);
  double expandRows(const ExpandShape& shape);
  // Expected relationships between one given `from` node and one given `to` node (ExpandInto).
  double closingRows(const ExpandShape& shape);

  // Fraction of rows for which `predicate` is true.
  double selectivity(const BoundExpression& predicate, const LabelsOf& labelsOf);

 private:
  double typedRels(const std::vector<storage::LabelId>& labels, storage::RelTypeId type,
                   storage::Direction dir);
  double oneHop(const ExpandShape& shape, bool checkToLabels);
  double hopsFactor(const ExpandShape& shape, double perHop);
  double comparison(const BinaryOpExpr& cmp, const LabelsOf& labelsOf);
  double propertyEquality(const PropertyRef& prop, const LabelsOf& labelsOf);
  double propertyRange(const PropertyRef& prop, ast::BinaryOp op, const BoundExpression& bound,
                       const LabelsOf& labelsOf);
  double propertyPresent(const PropertyRef& prop, const LabelsOf& labelsOf);
  double hasLabels(const HasLabelsOp& has, const LabelsOf& labelsOf);
  double chainSelectivity(const ChainOpExpr& chain, const LabelsOf& labelsOf);
  double patternExists(const PatternExistsExpr& exists);
  // The label of `labels` with the fewest nodes: its statistics describe the variable best.
  std::optional<storage::LabelId> narrowest(const std::vector<storage::LabelId>& labels);

  PlanStatistics& stats_;
};

}  // namespace rollcall
