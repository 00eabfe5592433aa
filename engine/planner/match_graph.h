#pragma once
// MATCH planning's inner workings (plan_match.cpp, match_graph.cpp, join_order.cpp): the clause
// as a graph of node variables and relationships, its filters, and the join order the cost model
// picks over it.
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/binder/bound_statement.h"
#include "engine/planner/cardinality.h"

namespace rollcall {

struct QueryGraphNode {
  Slot slot = 0;
  std::vector<BoundNodePattern*> patterns;  // every occurrence of the variable in the clause
  std::vector<storage::LabelId> labels;     // all occurrences' labels, first seen first
  bool boundBefore = false;
  int component = 0;
};

struct QueryGraphEdge {
  BoundRelPattern* rel = nullptr;
  int from = 0;  // node indexes in pattern order: `rel.direction` reads from `from` to `to`
  int to = 0;
};

// A predicate waiting for its inputs. `nodes` is the mask of graph nodes it reads (a relationship
// counts as both its ends); `outside` when it reads a slot the clause's graph does not bind
// before the end (another component, a path).
struct MatchFilter {
  BoundExprPtr predicate;
  std::vector<Slot> deps;
  uint64_t nodes = 0;
  bool outside = false;
  bool readsBefore = false;  // reads a slot bound before the clause
  double selectivity = 1;
  // `left = right`: the nodes each side reads and whether it reads slots bound before, for a
  // hash join between components.
  std::optional<std::array<uint64_t, 2>> sideNodes;
  std::array<bool, 2> sideReadsBefore{};
  // `n.key = value` with `value` known before the clause: an index seek can consume it.
  std::optional<int> seekNode;
  storage::PropKeyId seekKey = storage::INVALID_TOKEN;
  bool valueOnLeft = false;
  // `n.key IN list` instead: one seek per element; `seekValues` elements when the list is a
  // literal, else unknown (-1).
  bool seekIn = false;
  int64_t seekValues = -1;
};

struct QueryGraph {
  std::vector<QueryGraphNode> nodes;
  std::vector<QueryGraphEdge> edges;
  std::vector<MatchFilter> filters;
  int components = 0;

  int nodeIndex(Slot slot) const;
  const std::vector<storage::LabelId>* labelsOf(Slot slot) const;
  ExpandShape shape(int edge, int from) const;  // the edge read from node `from`
};

// `n.key = value` for a pattern's property map entry (moves its value).
BoundExprPtr propertyEquals(Slot slot, BoundPropertyFilter& f);

// Builds the graph of `match`: moves every node pattern's labels and property maps, and the
// WHERE conjuncts, into the graph and its filters (estimated with `model`).
QueryGraph buildQueryGraph(BoundMatch& match, CardinalityModel& model);

// How a component's first node is found.
struct NodeAccess {
  enum class Kind : uint8_t { ARGUMENT, LABEL_SCAN, ALL_NODES, INDEX_SEEK, EMPTY };
  Kind kind = Kind::ALL_NODES;
  storage::LabelId label = storage::INVALID_TOKEN;
  int seekFilter = -1;  // the filter an index seek consumes
  double rows = 0;      // nodes found, before the node's other filters
  double cost = 0;
};

// Expand `edge` from graph node `from` to `to` (ExpandInto when `to` is bound by then).
struct JoinStep {
  int edge = 0;
  int from = 0;
  int to = 0;
};

struct ComponentOrder {
  int component = 0;
  int start = -1;  // -1: the component starts from nodes bound before the clause
  NodeAccess access;
  std::vector<JoinStep> steps;
  double rows = 0;  // rows out per input row
  double cost = 0;
  // The equality filter on which this component is hash-joined to the ones before it, or -1
  // (then it runs once per row of the ones before: nested loops).
  int hashJoinFilter = -1;
};

// Chooses, by estimated cost, where each component starts and the order of its expansions, and
// the order in which components are combined: each after the first either runs once per row of
// the ones before (nested loops) or, given an equality between the two, is hash-joined to them.
// `indexes` is the catalog whose indexes may be seeked, or null when the store cannot seek them
// (GraphStore::indexSeeksAvailable): then every start is a scan.
std::vector<ComponentOrder> chooseJoinOrder(const QueryGraph& graph, CardinalityModel& model,
                                            PlanStatistics& stats, const storage::Catalog* indexes);

}  // namespace rollcall
