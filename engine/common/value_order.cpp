// The total order of ORDER BY, and the equivalence (with its hash) of grouping and DISTINCT.
#include <cmath>
#include <cstring>
#include <functional>

#include "engine/common/value_ops.h"
#include "engine/common/value_temporal.h"

namespace rollcall {
namespace {

using Kind = Value::Kind;

int sign(auto a, auto b) { return a < b ? -1 : (a > b ? 1 : 0); }

bool isNaN(const Value& v) { return v.kind() == Kind::FLOAT && std::isnan(v.asFloat()); }

// Rank of a value's type in ORDER BY, as Neo4j: MAP < NODE < REL < LIST < PATH < DATETIME
// < LOCAL DATETIME < DATE < TIME < LOCAL TIME < DURATION < STRING < BOOL < NUMBER < NaN < NULL.
constexpr int NAN_RANK = 14;

int orderRank(const Value& v) {
  switch (v.kind()) {
    case Kind::MAP:
      return 0;
    case Kind::NODE:
      return 1;
    case Kind::REL:
      return 2;
    case Kind::LIST:
      return 3;
    case Kind::PATH:
      return 4;
    case Kind::DATETIME:
      return 5;
    case Kind::LOCAL_DATETIME:
      return 6;
    case Kind::DATE:
      return 7;
    case Kind::TIME:
      return 8;
    case Kind::LOCAL_TIME:
      return 9;
    case Kind::DURATION:
      return 10;
    case Kind::STRING:
      return 11;
    case Kind::BOOL:
      return 12;
    case Kind::INT:
      return 13;
    case Kind::FLOAT:
      return isNaN(v) ? NAN_RANK : 13;
    case Kind::NUL:
      return 15;
  }
  return 15;
}

int orderLists(const ValueList& a, const ValueList& b) {
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (int c = orderCompare(a[i], b[i])) return c;
  }
  return sign(a.size(), b.size());
}

int orderMaps(const ValueMap& a, const ValueMap& b) {
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (int c = a[i].first.compare(b[i].first)) return sign(c, 0);
    if (int c = orderCompare(a[i].second, b[i].second)) return c;
  }
  return sign(a.size(), b.size());
}

int orderPaths(const PathValue& a, const PathValue& b) {
  for (size_t i = 0; i < a.nodes.size() && i < b.nodes.size(); ++i) {
    if (int c = sign(a.nodes[i].id, b.nodes[i].id)) return c;
    if (i < a.rels.size() && i < b.rels.size()) {
      if (int c = sign(a.rels[i].id, b.rels[i].id)) return c;
    }
  }
  return sign(a.nodes.size(), b.nodes.size());
}

size_t mix(size_t h, size_t v) { return (h ^ v) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL; }

// Integral floats hash as the integer they equal, so that 1 and 1.0 collide as they must.
size_t hashNumber(const Value& v) {
  if (v.kind() == Kind::INT) return std::hash<int64_t>{}(v.asInt());
  double d = v.asFloat();
  if (std::isnan(d)) return 0x7ff8ULL;
  if (d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
    return std::hash<int64_t>{}(static_cast<int64_t>(d));
  }
  return std::hash<double>{}(d);
}

}  // namespace

int orderCompare(const Value& a, const Value& b) {
  int ra = orderRank(a);
  int rb = orderRank(b);
  if (ra != rb) return sign(ra, rb);
  switch (a.kind()) {
    case Kind::MAP:
      return orderMaps(a.asMap(), b.asMap());
    case Kind::NODE:
      return sign(a.asNode().id, b.asNode().id);
    case Kind::REL:
      return sign(a.asRel().id, b.asRel().id);
    case Kind::LIST:
      return orderLists(a.asList(), b.asList());
    case Kind::PATH:
      return orderPaths(a.asPath(), b.asPath());
    case Kind::NUL:
      return 0;
    default:
      if (a.isTemporal()) return temporalOrder(a, b);
      break;
  }
  if (ra == NAN_RANK) return 0;  // NaN and NaN
  // Comparable within the remaining families: a definite sign.
  return *cypherCompare(a, b);
}

bool equivalent(const Value& a, const Value& b) { return orderCompare(a, b) == 0; }

size_t hashValue(const Value& v) {
  size_t h = static_cast<size_t>(v.isNumber() ? Kind::INT : v.kind()) * 0x51ed27ULL;
  switch (v.kind()) {
    case Kind::NUL:
      return h;
    case Kind::BOOL:
      return mix(h, v.asBool());
    case Kind::INT:
    case Kind::FLOAT:
      return mix(h, hashNumber(v));
    case Kind::STRING:
      return mix(h, std::hash<std::string>{}(v.asString()));
    case Kind::DATE:
      return mix(h, std::hash<int32_t>{}(v.asDate().days));
    case Kind::LOCAL_TIME:
    case Kind::TIME:
    case Kind::LOCAL_DATETIME:
    case Kind::DATETIME:
    case Kind::DURATION:
      return mix(h, temporalHash(v));
    case Kind::NODE:
      return mix(h, std::hash<uint64_t>{}(v.asNode().id));
    case Kind::REL:
      return mix(h, std::hash<uint64_t>{}(v.asRel().id));
    case Kind::LIST:
      for (const Value& e : v.asList()) h = mix(h, hashValue(e));
      return h;
    case Kind::MAP:
      for (const auto& [k, e] : v.asMap())
        h = mix(mix(h, std::hash<std::string>{}(k)), hashValue(e));
      return h;
    case Kind::PATH:
      for (const auto& n : v.asPath().nodes) h = mix(h, n.id);
      for (const auto& r : v.asPath().rels) h = mix(h, r.id);
      return h;
  }
  return h;
}

}  // namespace rollcall
