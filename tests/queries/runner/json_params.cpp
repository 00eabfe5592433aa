#include "tests/queries/runner/json_params.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace rollcall::qtest {
namespace {

Value fromJson(const nlohmann::json& j) {
  if (j.is_null()) return Value::null();
  if (j.is_boolean()) return Value(j.get<bool>());
  if (j.is_number_integer()) return Value(j.get<int64_t>());
  if (j.is_number()) return Value(j.get<double>());
  if (j.is_string()) return Value(j.get<std::string>());
  if (j.is_array()) {
    ValueList list;
    for (const auto& item : j) list.push_back(fromJson(item));
    return Value(std::move(list));
  }
  ValueMap map;
  for (const auto& [key, item] : j.items()) map.emplace_back(key, fromJson(item));
  return Value(std::move(map));
}

}  // namespace

Parameters parseParams(const std::vector<std::pair<std::string, std::string>>& specs) {
  Parameters params;
  for (const auto& [name, text] : specs) {
    nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) throw std::invalid_argument("bad JSON for param " + name + ": " + text);
    params[name] = fromJson(j);
  }
  return params;
}

}  // namespace rollcall::qtest
