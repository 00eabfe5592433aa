#include <algorithm>
#include <cctype>

#include "engine/common/error.h"
#include "engine/parser/literal_decoder.h"
#include "engine/parser/transformer.h"

namespace rollcall::parser {

ast::Pattern Transformer::transformPattern(P::PatternContext& ctx) {
  ast::Pattern pattern;
  for (auto* part : ctx.patternPart()) pattern.push_back(transformPatternPart(*part));
  return pattern;
}

ast::PatternPart Transformer::transformPatternPart(P::PatternPartContext& ctx) {
  ast::PatternPart part;
  part.range = rangeOf(ctx);
  part.pathVariable = variableName(ctx.variable());
  if (auto* shortest = ctx.shortestPathPattern()) {
    part.shortest = shortestPathKind(*shortest->symbolicName());
    part.start = transformNode(*shortest->nodePattern());
    appendChain({shortest->patternChain()}, part);
    return part;
  }
  part.start = transformNode(*ctx.nodePattern());
  appendChain(ctx.patternChain(), part);
  return part;
}

ast::ShortestPath Transformer::shortestPathKind(P::SymbolicNameContext& ctx) const {
  std::string fn = ctx.getText();
  std::transform(fn.begin(), fn.end(), fn.begin(), [](unsigned char c) { return std::tolower(c); });
  if (fn == "shortestpath") return ast::ShortestPath::SHORTEST;
  if (fn == "allshortestpaths") return ast::ShortestPath::ALL;
  throw syntaxError("UnexpectedSyntax",
                    "Invalid input '" + ctx.getText() +
                        "': expected shortestPath, "
                        "allShortestPaths or a pattern",
                    rangeOf(ctx).begin);
}

void Transformer::appendChain(const std::vector<P::PatternChainContext*>& chain,
                              ast::PatternPart& part) {
  for (auto* link : chain) {
    part.chain.emplace_back(transformRel(*link->relationshipPattern()),
                            transformNode(*link->nodePattern()));
  }
}

ast::NodePattern Transformer::transformNode(P::NodePatternContext& ctx) {
  ast::NodePattern node;
  node.range = rangeOf(ctx);
  node.variable = variableName(ctx.variable());
  if (auto* labels = ctx.nodeLabels()) node.labels = transformLabels(*labels);
  if (auto* props = ctx.properties()) node.properties = transformProperties(*props);
  return node;
}

std::vector<std::string> Transformer::transformLabels(P::NodeLabelsContext& ctx) {
  std::vector<std::string> labels;
  for (auto* label : ctx.schemaName()) labels.push_back(name(*label));
  return labels;
}

ast::RelPattern Transformer::transformRel(P::RelationshipPatternContext& ctx) {
  ast::RelPattern rel;
  rel.range = rangeOf(ctx);
  bool left = ctx.LT() != nullptr;
  bool right = ctx.GT() != nullptr;
  // <--> points both ways, which Neo4j reads as "either direction", like --.
  if (left && !right) {
    rel.direction = ast::RelDirection::LEFT;
  } else if (right && !left) {
    rel.direction = ast::RelDirection::RIGHT;
  } else {
    rel.direction = ast::RelDirection::UNDIRECTED;
  }
  if (auto* detail = ctx.relationshipDetail()) transformRelDetail(*detail, rel);
  return rel;
}

void Transformer::transformRelDetail(P::RelationshipDetailContext& ctx, ast::RelPattern& rel) {
  rel.variable = variableName(ctx.variable());
  if (auto* types = ctx.relationshipTypes()) {
    for (auto* type : types->schemaName()) rel.types.push_back(name(*type));
  }
  if (auto* length = ctx.variableLength()) rel.varLength = transformVarLength(*length);
  if (auto* props = ctx.properties()) rel.properties = transformProperties(*props);
}

ast::VarLength Transformer::transformVarLength(P::VariableLengthContext& ctx) {
  auto bound = [&](antlr4::Token* token) -> std::optional<int64_t> {
    if (!token) return std::nullopt;
    return decodeInteger(token->getText(), /*negated=*/false, offsetOf(token));
  };
  ast::VarLength length;
  length.min = bound(ctx.minHops);
  length.max = bound(ctx.maxHops);
  if (!ctx.RANGE()) length.max = length.min;  // *2 means exactly two hops
  return length;
}

}  // namespace rollcall::parser
