#include "tests/queries/runner/value_render.h"

#include <charconv>
#include <cmath>

#include "engine/common/date.h"
#include "engine/common/value_ops.h"

namespace rollcall::qtest {
namespace {

std::string renderFloat(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  std::string s(buf, end);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

std::string renderString(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    switch (c) {
      case '\'':
        out += "\\'";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
  return out + "'";
}

std::string renderMap(const ValueMap& m) {
  std::string out = "{";
  for (size_t i = 0; i < m.size(); ++i) {
    if (i > 0) out += ", ";
    out += m[i].first + ": " + renderValue(m[i].second);
  }
  return out + "}";
}

std::string renderList(const ValueList& l) {
  std::string out = "[";
  for (size_t i = 0; i < l.size(); ++i) {
    if (i > 0) out += ", ";
    out += renderValue(l[i]);
  }
  return out + "]";
}

std::string renderNode(const NodeValue& n) {
  if (!n.snapshot) return "(#" + std::to_string(n.id) + ")";
  std::string out = "(";
  for (const std::string& label : n.snapshot->labels) out += ":" + label;
  if (!n.snapshot->properties.empty()) {
    if (!n.snapshot->labels.empty()) out += " ";
    out += renderMap(n.snapshot->properties);
  }
  return out + ")";
}

std::string renderRel(const RelValue& r) {
  if (!r.snapshot) return "[#" + std::to_string(r.id) + "]";
  std::string out = "[:" + r.snapshot->type;
  if (!r.snapshot->properties.empty()) out += " " + renderMap(r.snapshot->properties);
  return out + "]";
}

std::string renderPath(const PathValue& p) {
  std::string out = "<";
  for (size_t i = 0; i < p.nodes.size(); ++i) {
    out += renderNode(p.nodes[i]);
    if (i == p.rels.size()) break;
    bool forward = p.rels[i].start == p.nodes[i].id;
    out += (forward ? "-" : "<-") + renderRel(p.rels[i]) + (forward ? "->" : "-");
  }
  return out + ">";
}

}  // namespace

std::string renderValue(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::NUL:
      return "null";
    case Value::Kind::BOOL:
      return v.asBool() ? "true" : "false";
    case Value::Kind::INT:
      return std::to_string(v.asInt());
    case Value::Kind::FLOAT:
      return renderFloat(v.asFloat());
    case Value::Kind::STRING:
      return renderString(v.asString());
    case Value::Kind::DATE:
      return "date('" + formatIsoDate(v.asDate()) + "')";
    case Value::Kind::LOCAL_TIME:
      return "localtime('" + toDisplayString(v) + "')";
    case Value::Kind::TIME:
      return "time('" + toDisplayString(v) + "')";
    case Value::Kind::LOCAL_DATETIME:
      return "localdatetime('" + toDisplayString(v) + "')";
    case Value::Kind::DATETIME:
      return "datetime('" + toDisplayString(v) + "')";
    case Value::Kind::DURATION:
      return "duration('" + toDisplayString(v) + "')";
    case Value::Kind::LIST:
      return renderList(v.asList());
    case Value::Kind::MAP:
      return renderMap(v.asMap());
    case Value::Kind::NODE:
      return renderNode(v.asNode());
    case Value::Kind::REL:
      return renderRel(v.asRel());
    case Value::Kind::PATH:
      return renderPath(v.asPath());
  }
  return "?";
}

}  // namespace rollcall::qtest
