#include "repl/params.h"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "engine/common/date.h"
#include "engine/parser/parser.h"
#include "repl/temporal_json.h"

namespace rollcall::repl {
namespace {

using nlohmann::json;

constexpr std::pair<std::string_view, double> SPECIAL_FLOATS[] = {
    {"NaN", std::numeric_limits<double>::quiet_NaN()},
    {"-Infinity", -std::numeric_limits<double>::infinity()},
    {"Infinity", std::numeric_limits<double>::infinity()},
};

// nlohmann::json rejects NaN and Infinity; rewrite those tokens (outside strings) to the tagged
// form before parsing.
std::string tagSpecialFloats(std::string_view text) {
  std::string out;
  bool inString = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (inString) {
      if (c == '\\' && i + 1 < text.size())
        out += text[i++];
      else if (c == '"')
        inString = false;
    } else if (c == '"') {
      inString = true;
    } else {
      bool replaced = false;
      for (const auto& [token, value] : SPECIAL_FLOATS) {
        if (text.substr(i, token.size()) != token) continue;
        out += "{\"~float\":\"" + std::string(token) + "\"}";
        i += token.size() - 1;
        replaced = true;
        break;
      }
      if (replaced) continue;
    }
    out += text[i];
  }
  return out;
}

Value specialFloat(const json& tag) {
  for (const auto& [token, value] : SPECIAL_FLOATS) {
    if (tag.is_string() && tag.get<std::string>() == token) return Value(value);
  }
  throw ParamError("~float must be \"NaN\", \"Infinity\" or \"-Infinity\"");
}

Value temporalValue(const std::string& tag, const json& text) {
  if (text.is_string()) {
    if (auto v = temporalFromTag(tag, text.get<std::string>())) return *v;
  }
  if (tag == "date") {
    throw ParamError("~date must be an ISO date string like \"2024-05-01\", got " + text.dump());
  }
  throw ParamError("~" + tag + " must be the text of a " + tag + " value, got " + text.dump());
}

Value toValue(const json& j, size_t depth);

Value objectToValue(const json& j, size_t depth) {
  if (j.size() == 1 && j.begin().key().starts_with("~") &&
      isTemporalTag(std::string_view(j.begin().key()).substr(1))) {
    return temporalValue(j.begin().key().substr(1), j.begin().value());
  }
  if (j.size() == 1 && j.contains("~float")) return specialFloat(j["~float"]);
  ValueMap map;
  for (const auto& [key, item] : j.items()) map.emplace_back(key, toValue(item, depth + 1));
  return Value(std::move(map));
}

// Values nest as deeply as a query's expressions may: converting, printing and freeing a value
// recurse once per level, and a --param or :param value is not limited in length.
Value toValue(const json& j, size_t depth) {
  if (j.is_structured() && depth >= MAX_NESTING_DEPTH) {
    throw ParamError("lists and maps nest deeper than " + std::to_string(MAX_NESTING_DEPTH) +
                     " levels");
  }
  switch (j.type()) {
    case json::value_t::boolean:
      return Value(j.get<bool>());
    case json::value_t::number_integer:
      return Value(j.get<int64_t>());
    case json::value_t::number_unsigned: {
      uint64_t u = j.get<uint64_t>();
      if (u > uint64_t(std::numeric_limits<int64_t>::max()))
        throw ParamError("integer " + j.dump() + " is out of the 64-bit range");
      return Value(int64_t(u));
    }
    case json::value_t::number_float:
      return Value(j.get<double>());
    case json::value_t::string:
      return Value(j.get<std::string>());
    case json::value_t::array: {
      ValueList list;
      for (const json& item : j) list.push_back(toValue(item, depth + 1));
      return Value(std::move(list));
    }
    case json::value_t::object:
      return objectToValue(j, depth);
    default:
      return Value::null();
  }
}

}  // namespace

Value valueFromJson(std::string_view text) {
  json parsed;
  try {
    parsed = json::parse(tagSpecialFloats(text));
  } catch (const json::exception& e) {  // parse_error, and out_of_range for 1e999
    std::string what = e.what();
    // Drop nlohmann's "[json.exception.parse_error.101] " prefix: users need the position only.
    size_t bracket = what.find("] ");
    throw ParamError("invalid JSON: " +
                     (bracket == std::string::npos ? what : what.substr(bracket + 2)));
  }
  return toValue(parsed, /*depth=*/0);
}

std::pair<std::string, Value> parseParamAssignment(std::string_view assignment) {
  size_t eq = assignment.find('=');
  if (eq == std::string_view::npos || eq == 0)
    throw ParamError("parameter '" + std::string(assignment) + "' is not of the form NAME=JSON");
  std::string name(assignment.substr(0, eq));
  try {
    return {name, valueFromJson(assignment.substr(eq + 1))};
  } catch (const ParamError& e) {
    throw ParamError("parameter '" + name + "': " + e.what());
  }
}

Parameters parseParamAssignments(const std::vector<std::string>& assignments) {
  Parameters params;
  for (const std::string& a : assignments) {
    auto [name, value] = parseParamAssignment(a);
    params.insert_or_assign(std::move(name), std::move(value));
  }
  return params;
}

}  // namespace rollcall::repl
