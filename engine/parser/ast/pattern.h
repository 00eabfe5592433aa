#pragma once
// Parsed graph patterns: (a:Label {k: v})-[r:T1|T2 *1..3 {k: v}]->(b).
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/parser/ast/expression.h"

namespace rollcall::ast {

struct NodePattern {
  std::string variable;             // empty when anonymous
  std::vector<std::string> labels;  // all must hold
  ExprPtr properties;               // MapExpr or ParameterExpr; may be null
  SourceRange range;
};

enum class RelDirection : uint8_t {
  RIGHT,       // (a)-[]->(b)
  LEFT,        // (a)<-[]-(b)
  UNDIRECTED,  // (a)-[]-(b)  (also <-[]-> , which Neo4j treats as undirected)
};

struct VarLength {
  std::optional<int64_t> min;  // `*` alone: both empty (1..unbounded)
  std::optional<int64_t> max;  // `*2`: min = max = 2
};

struct RelPattern {
  std::string variable;
  std::vector<std::string> types;  // any of them; empty means any type
  RelDirection direction = RelDirection::RIGHT;
  ExprPtr properties;  // MapExpr or ParameterExpr; may be null
  std::optional<VarLength> varLength;
  SourceRange range;
};

enum class ShortestPath : uint8_t {
  NONE,
  SHORTEST,  // shortestPath((a)-[*]-(b)): one shortest path per pair of ends
  ALL,       // allShortestPaths((a)-[*]-(b)): every path of the shortest length
};

struct PatternPart {
  std::string pathVariable;  // p = (a)-->(b); empty when none
  ShortestPath shortest = ShortestPath::NONE;  // then exactly one relationship in `chain`
  NodePattern start;
  std::vector<std::pair<RelPattern, NodePattern>> chain;
  SourceRange range;
};

using Pattern = std::vector<PatternPart>;

}  // namespace rollcall::ast
