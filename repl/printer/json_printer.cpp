#include "repl/printer/json_printer.h"

#include <cstdio>

#include "engine/common/date.h"
#include "engine/common/value_ops.h"
#include "repl/temporal_json.h"

namespace rollcall::repl {
namespace {

void appendMap(const ValueMap& map, std::string& out) {
  out += '{';
  for (size_t i = 0; i < map.size(); ++i) {
    if (i > 0) out += ',';
    appendJsonString(map[i].first, out);
    out += ':';
    appendJsonValue(map[i].second, out);
  }
  out += '}';
}

void appendNode(const NodeValue& node, std::string& out) {
  out += "{\"~node\":{\"id\":" + std::to_string(node.id) + ",\"labels\":[";
  if (node.snapshot) {
    for (size_t i = 0; i < node.snapshot->labels.size(); ++i) {
      if (i > 0) out += ',';
      appendJsonString(node.snapshot->labels[i], out);
    }
  }
  out += "],\"properties\":";
  appendMap(node.snapshot ? node.snapshot->properties : ValueMap{}, out);
  out += "}}";
}

// `direction` is empty outside paths.
void appendRel(const RelValue& rel, std::string_view direction, std::string& out) {
  out += "{\"~rel\":{\"id\":" + std::to_string(rel.id) + ",\"type\":";
  appendJsonString(rel.snapshot ? rel.snapshot->type : std::string(), out);
  out += ",\"start\":" + std::to_string(rel.start) + ",\"end\":" + std::to_string(rel.end);
  if (!direction.empty()) out += ",\"direction\":\"" + std::string(direction) + "\"";
  out += ",\"properties\":";
  appendMap(rel.snapshot ? rel.snapshot->properties : ValueMap{}, out);
  out += "}}";
}

void appendPath(const PathValue& path, std::string& out) {
  out += "{\"~path\":[";
  for (size_t i = 0; i < path.nodes.size(); ++i) {
    if (i > 0) {
      const RelValue& rel = path.rels[i - 1];
      out += ',';
      appendRel(rel, rel.start == path.nodes[i - 1].id ? "->" : "<-", out);
      out += ',';
    }
    appendNode(path.nodes[i], out);
  }
  out += "]}";
}

void appendList(const ValueList& list, std::string& out) {
  out += '[';
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ',';
    appendJsonValue(list[i], out);
  }
  out += ']';
}

void appendStat(std::string_view key, int64_t n, std::string& out) {
  if (out.back() != '{') out += ',';
  out += '"';
  out += key;
  out += "\":" + std::to_string(n);
}

void appendStats(const QueryStats& s, std::string& out) {
  out += '{';
  appendStat("nodes_created", s.nodesCreated, out);
  appendStat("nodes_deleted", s.nodesDeleted, out);
  appendStat("relationships_created", s.relationshipsCreated, out);
  appendStat("relationships_deleted", s.relationshipsDeleted, out);
  appendStat("properties_set", s.propertiesSet, out);
  appendStat("labels_added", s.labelsAdded, out);
  appendStat("labels_removed", s.labelsRemoved, out);
  out += '}';
}

}  // namespace

void appendJsonString(std::string_view text, std::string& out) {
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out += c;  // UTF-8 passes through unchanged
        }
    }
  }
  out += '"';
}

// {"~date": "2024-05-01"}, {"~datetime": "2024-05-01T09:00+02:00[Europe/Paris]"}, ...: the
// value's text under its type's tag, which --param reads back (params.cpp).
void appendTemporal(const Value& v, std::string& out) {
  out += "{\"~";
  out += temporalTag(v.kind());
  out += "\":";
  appendJsonString(toDisplayString(v), out);
  out += "}";
}

void appendJsonValue(const Value& v, std::string& out) {
  switch (v.kind()) {
    case Value::Kind::NUL:
      out += "null";
      return;
    case Value::Kind::BOOL:
      out += v.asBool() ? "true" : "false";
      return;
    case Value::Kind::INT:
      out += std::to_string(v.asInt());
      return;
    case Value::Kind::FLOAT:
      out += formatFloat(v.asFloat());  // NaN, Infinity and -Infinity as bare tokens
      return;
    case Value::Kind::STRING:
      return appendJsonString(v.asString(), out);
    case Value::Kind::DATE:
    case Value::Kind::LOCAL_TIME:
    case Value::Kind::TIME:
    case Value::Kind::LOCAL_DATETIME:
    case Value::Kind::DATETIME:
    case Value::Kind::DURATION:
      return appendTemporal(v, out);
    case Value::Kind::LIST:
      return appendList(v.asList(), out);
    case Value::Kind::MAP:
      return appendMap(v.asMap(), out);
    case Value::Kind::NODE:
      return appendNode(v.asNode(), out);
    case Value::Kind::REL:
      return appendRel(v.asRel(), "", out);
    case Value::Kind::PATH:
      return appendPath(v.asPath(), out);
  }
}

std::string jsonResultLine(const QueryResult& result) {
  std::string out = "{\"columns\":[";
  for (size_t i = 0; i < result.columns.size(); ++i) {
    if (i > 0) out += ',';
    appendJsonString(result.columns[i], out);
  }
  out += "],\"rows\":[";
  for (size_t r = 0; r < result.rows.size(); ++r) {
    if (r > 0) out += ',';
    appendList(result.rows[r], out);
  }
  out += "],\"stats\":";
  appendStats(result.stats, out);
  if (!result.plan.empty()) {
    out += ",\"plan\":";
    appendJsonString(result.plan, out);
  }
  if (!result.notifications.empty()) {
    out += ",\"notifications\":[";
    for (size_t i = 0; i < result.notifications.size(); ++i) {
      const Notification& n = result.notifications[i];
      out += i > 0 ? ",{\"code\":" : "{\"code\":";
      appendJsonString(n.code, out);
      out += ",\"message\":";
      appendJsonString(n.message, out);
      out += ",\"offset\":" + std::to_string(n.offset) + "}";
    }
    out += ']';
  }
  out += '}';
  return out;
}

void printJson(const QueryResult& result, std::ostream& out) {
  out << jsonResultLine(result) << '\n';
}

}  // namespace rollcall::repl
