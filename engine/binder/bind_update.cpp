// Binding of CREATE, MERGE, SET, REMOVE and DELETE.
#include <map>

#include "engine/binder/binder.h"

namespace rollcall {
namespace {

BoundExprPtr bindProperties(Binder& b, const ast::ExprPtr& props) {
  return props ? b.bindExpression(*props) : nullptr;
}

// Points a create spec bound on its own slots at the slots of the MERGE's match branch.
void remapSlots(CreateSpec& spec, std::map<Slot, Slot>& to) {
  auto map = [&](Slot& s) {
    if (to.count(s)) s = to[s];
  };
  for (auto& n : spec.nodes) map(n.slot);
  for (auto& r : spec.rels) {
    map(r.slot);
    map(r.from);
    map(r.to);
  }
}

}  // namespace

void Binder::bindCreatePart(const ast::PatternPart& part, CreateSpec& spec,
                            std::vector<Slot>* nodePositions, std::vector<Slot>* relPositions) {
  rejectShortestPath(part, "CREATE");
  std::vector<Slot> nodeSlots;
  auto bindNode = [&](const ast::NodePattern& node) {
    const Variable* var = node.variable.empty() ? nullptr : scope_.find(node.variable);
    if (var) {
      if (!node.labels.empty() || node.properties || part.chain.empty()) {
        throw syntaxError("VariableAlreadyBound",
                          "Can't create node `" + node.variable +
                              "` with labels or properties "
                              "here. The variable is already declared in this context",
                          node.range.begin);
      }
      nodeSlots.push_back(var->slot);
      return;
    }
    CreateNodeSpec n;
    n.slot = newSlot();
    for (const auto& label : node.labels) n.labels.push_back(labelId(label));
    n.properties = bindProperties(*this, node.properties);
    if (!node.variable.empty()) scope_.add(node.variable, Variable{n.slot, VarType::NODE});
    nodeSlots.push_back(n.slot);
    spec.nodes.push_back(std::move(n));
  };
  bindNode(part.start);
  std::vector<Slot> relSlots;
  for (const auto& [rel, node] : part.chain) {
    bindNode(node);
    if (rel.types.size() != 1) {
      throw syntaxError("NoSingleRelationshipType",
                        "A single relationship type must be specified for CREATE", rel.range.begin);
    }
    if (rel.direction == ast::RelDirection::UNDIRECTED && !allowUndirected_) {
      throw syntaxError("RequiresDirectedRelationship",
                        "Only directed relationships are supported in CREATE", rel.range.begin);
    }
    if (rel.varLength) {
      throw syntaxError("CreatingVarLength",
                        "Variable length relationships cannot be used in CREATE", rel.range.begin);
    }
    if (!rel.variable.empty() && scope_.find(rel.variable)) {
      throw syntaxError("VariableAlreadyBound", "Variable `" + rel.variable + "` already declared",
                        rel.range.begin);
    }
    CreateRelSpec r;
    r.slot = newSlot();
    r.type = relTypeId(rel.types[0]);
    Slot left = nodeSlots[nodeSlots.size() - 2], right = nodeSlots.back();
    bool forward = rel.direction != ast::RelDirection::LEFT;  // MERGE creates -[]- as -[]->
    r.from = forward ? left : right;
    r.to = forward ? right : left;
    r.properties = bindProperties(*this, rel.properties);
    if (!rel.variable.empty()) scope_.add(rel.variable, Variable{r.slot, VarType::REL});
    relSlots.push_back(r.slot);
    spec.rels.push_back(std::move(r));
  }
  if (nodePositions) *nodePositions = nodeSlots;
  if (relPositions) *relPositions = relSlots;
  if (!part.pathVariable.empty()) {
    auto path = std::make_unique<PathBuildExpr>(part.range.begin);
    path->nodeSlots = nodeSlots;
    path->relSlots = relSlots;
    path->relIsList.assign(relSlots.size(), false);
    Slot slot = newSlot();
    scope_.add(part.pathVariable, Variable{slot, VarType::PATH});
    spec.paths.emplace_back(slot, std::move(path));
  }
}

BoundClausePtr Binder::bindCreate(const ast::CreateClause& clause) {
  auto out = std::make_unique<BoundCreate>();
  for (const auto& part : clause.pattern) bindCreatePart(part, out->spec);
  return out;
}

BoundClausePtr Binder::bindMerge(const ast::MergeClause& clause) {
  auto out = std::make_unique<BoundMerge>();
  for (const auto& [name, var] : scope_.variables()) out->boundBefore.push_back(var.slot);
  Scope before = scope_;
  std::vector<Slot> newSlots;
  rejectShortestPath(clause.pattern, "MERGE");
  out->pattern = bindPatternPart(clause.pattern, newSlots);
  for (const auto& rel : clause.pattern.chain) {
    if (rel.first.types.size() != 1) {
      throw syntaxError("NoSingleRelationshipType",
                        "A single relationship type must be specified for MERGE",
                        rel.first.range.begin);
    }
    if (rel.first.varLength) {
      throw syntaxError("CreatingVarLength",
                        "Variable length relationships cannot be used in MERGE",
                        rel.first.range.begin);
    }
  }
  // The create branch binds the same pattern again from the scope before MERGE, then reuses the
  // match branch's slots so both branches fill the same variables.
  Scope afterMatch = scope_;
  scope_ = before;
  std::vector<Slot> nodePositions, relPositions;
  allowUndirected_ = true;
  bindCreatePart(clause.pattern, out->create, &nodePositions, &relPositions);
  allowUndirected_ = false;
  out->create.rejectNullProperties = true;
  scope_ = afterMatch;
  std::map<Slot, Slot> toMatchSlot;
  for (size_t i = 0; i < nodePositions.size(); ++i)
    toMatchSlot[nodePositions[i]] = out->pattern.nodes[i].slot;
  for (size_t i = 0; i < relPositions.size(); ++i)
    toMatchSlot[relPositions[i]] = out->pattern.rels[i].slot;
  remapSlots(out->create, toMatchSlot);
  if (!out->create.paths.empty()) {
    out->create.paths[0].first = *out->pattern.pathSlot;
    auto& path = static_cast<PathBuildExpr&>(*out->create.paths[0].second);
    for (auto& s : path.nodeSlots) s = toMatchSlot.count(s) ? toMatchSlot[s] : s;
    for (auto& s : path.relSlots) s = toMatchSlot.count(s) ? toMatchSlot[s] : s;
  }
  for (const auto& item : clause.onMatch) out->onMatch.push_back(bindSetItem(item));
  for (const auto& item : clause.onCreate) out->onCreate.push_back(bindSetItem(item));
  return out;
}

BoundSetItem Binder::bindSetItem(const ast::SetItem& item) {
  BoundSetItem out;
  out.offset = item.range.begin;
  switch (item.kind) {
    case ast::SetItemKind::PROPERTY: {
      const auto& prop = item.target->cast<ast::PropertyExpr>();
      out.kind = SetKind::PROPERTY;
      out.target = bindExpression(*prop.object);
      out.key = prop.key;
      out.keyId = propKeyId(prop.key);
      out.value = bindExpression(*item.value);
      return out;
    }
    case ast::SetItemKind::REPLACE_MAP:
    case ast::SetItemKind::MERGE_MAP:
      out.kind =
          item.kind == ast::SetItemKind::REPLACE_MAP ? SetKind::REPLACE_MAP : SetKind::MERGE_MAP;
      out.target = bindExpression(*item.target);
      out.value = bindExpression(*item.value);
      return out;
    case ast::SetItemKind::LABELS:
      out.kind = SetKind::ADD_LABELS;
      out.target = bindExpression(*item.target);
      for (const auto& label : item.labels) out.labels.push_back(labelId(label));
      return out;
  }
  return out;
}

BoundClausePtr Binder::bindSet(const ast::SetClause& clause) {
  auto out = std::make_unique<BoundSet>();
  for (const auto& item : clause.items) out->items.push_back(bindSetItem(item));
  return out;
}

BoundClausePtr Binder::bindRemove(const ast::RemoveClause& clause) {
  auto out = std::make_unique<BoundSet>();
  for (const auto& item : clause.items) {
    BoundSetItem bound;
    bound.offset = item.range.begin;
    if (item.kind == ast::RemoveItemKind::PROPERTY) {
      const auto& prop = item.target->cast<ast::PropertyExpr>();
      bound.kind = SetKind::REMOVE_PROPERTY;
      bound.target = bindExpression(*prop.object);
      bound.key = prop.key;
      bound.keyId = propKeyId(prop.key);
    } else {
      bound.kind = SetKind::REMOVE_LABELS;
      bound.target = bindExpression(*item.target);
      for (const auto& label : item.labels) bound.labels.push_back(labelId(label));
    }
    out->items.push_back(std::move(bound));
  }
  return out;
}

BoundClausePtr Binder::bindDelete(const ast::DeleteClause& clause) {
  auto out = std::make_unique<BoundDelete>();
  out->detach = clause.detach;
  for (const auto& target : clause.targets) {
    if (target->kind != ast::ExprKind::VARIABLE && target->kind != ast::ExprKind::INDEX &&
        target->kind != ast::ExprKind::FUNCTION_CALL && target->kind != ast::ExprKind::PROPERTY) {
      throw syntaxError("InvalidDelete", "DELETE expects a variable, not an arbitrary expression",
                        target->range.begin);
    }
    out->targets.push_back(bindExpression(*target));
  }
  return out;
}

}  // namespace rollcall
