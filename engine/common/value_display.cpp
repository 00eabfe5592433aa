// Human-readable rendering of values for the shell's printers and string concatenation.
#include <charconv>
#include <cmath>

#include "engine/common/date.h"
#include "engine/common/value_ops.h"
#include "engine/common/value_temporal.h"
#include "storage/common/property_format.h"

namespace rollcall {
namespace {

using Kind = Value::Kind;

void appendValue(std::string& out, const Value& v, bool bare);

void appendQuoted(std::string& out, const std::string& s) {
  out += '\'';
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
  out += '\'';
}

void appendEntries(std::string& out, const ValueMap& m) {
  out += '{';
  for (size_t i = 0; i < m.size(); ++i) {
    if (i > 0) out += ", ";
    out += m[i].first + ": ";
    appendValue(out, m[i].second, /*bare=*/false);
  }
  out += '}';
}

void appendProperties(std::string& out, const ValueMap& m) {
  if (m.empty()) return;
  out += ' ';
  appendEntries(out, m);
}

void appendNode(std::string& out, const NodeValue& n) {
  out += '(';
  if (!n.snapshot) {
    out += '#' + std::to_string(n.id) + ')';
    return;
  }
  for (const auto& label : n.snapshot->labels) out += ':' + label;
  std::string props;
  appendProperties(props, n.snapshot->properties);
  out += (n.snapshot->labels.empty() && !props.empty()) ? props.substr(1) : props;
  out += ')';
}

void appendRel(std::string& out, const RelValue& r) {
  out += '[';
  if (!r.snapshot) {
    out += '#' + std::to_string(r.id) + ']';
    return;
  }
  out += ':' + r.snapshot->type;
  appendProperties(out, r.snapshot->properties);
  out += ']';
}

// Each relationship's arrow shows its own direction along the path.
void appendPath(std::string& out, const PathValue& p) {
  out += '<';
  for (size_t i = 0; i < p.nodes.size(); ++i) {
    appendNode(out, p.nodes[i]);
    if (i >= p.rels.size()) continue;
    bool forward = p.rels[i].start == p.nodes[i].id;
    out += forward ? "-" : "<-";
    appendRel(out, p.rels[i]);
    out += forward ? "->" : "-";
  }
  out += '>';
}

void appendList(std::string& out, const ValueList& l) {
  out += '[';
  for (size_t i = 0; i < l.size(); ++i) {
    if (i > 0) out += ", ";
    appendValue(out, l[i], /*bare=*/false);
  }
  out += ']';
}

void appendValue(std::string& out, const Value& v, bool bare) {
  switch (v.kind()) {
    case Kind::NUL:
      out += "null";
      return;
    case Kind::BOOL:
      out += v.asBool() ? "true" : "false";
      return;
    case Kind::INT:
      out += std::to_string(v.asInt());
      return;
    case Kind::FLOAT:
      out += formatFloat(v.asFloat());
      return;
    case Kind::STRING:
      if (bare) {
        out += v.asString();
      } else {
        appendQuoted(out, v.asString());
      }
      return;
    case Kind::DATE:
    case Kind::LOCAL_TIME:
    case Kind::TIME:
    case Kind::LOCAL_DATETIME:
    case Kind::DATETIME:
    case Kind::DURATION:
      out += storage::formatValue(temporalToProperty(v));
      return;
    case Kind::LIST:
      appendList(out, v.asList());
      return;
    case Kind::MAP:
      appendEntries(out, v.asMap());
      return;
    case Kind::NODE:
      appendNode(out, v.asNode());
      return;
    case Kind::REL:
      appendRel(out, v.asRel());
      return;
    case Kind::PATH:
      appendPath(out, v.asPath());
      return;
  }
}

}  // namespace

std::string formatFloat(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  std::string out(buf, end);
  if (out.find_first_of(".e") == std::string::npos) out += ".0";
  return out;
}

std::string toDisplayString(const Value& v, bool topLevelBare) {
  std::string out;
  appendValue(out, v, topLevelBare);
  return out;
}

}  // namespace rollcall
