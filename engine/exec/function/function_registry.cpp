// Gathers the per-topic function tables into one case-insensitive index, built on first use.
#include "engine/exec/function/function_registry.h"

#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/common/value_ops.h"
#include "engine/exec/function/function_support.h"

namespace rollcall {
namespace {

std::string lowerCase(std::string_view name) {
  std::string out(name);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct Registry {
  std::unordered_map<std::string, const ScalarFunctionInfo*> scalars;
  std::unordered_map<std::string, const AggregateFunctionInfo*> aggregates;
  std::vector<std::string_view> names;

  Registry() {
    for (auto table : {function::stringFunctions(), function::numericFunctions(),
                       function::listFunctions(), function::conversionFunctions(),
                       function::entityFunctions(), function::temporalFunctions()}) {
      for (const auto& info : table) {
        RC_ASSERT(scalars.emplace(lowerCase(info.name), &info).second);
        names.push_back(info.name);
      }
    }
    for (const auto& info : function::aggregateFunctions()) {
      RC_ASSERT(aggregates.emplace(lowerCase(info.name), &info).second);
      names.push_back(info.name);
    }
  }
};

const Registry& registry() {
  static const Registry instance;
  return instance;
}

}  // namespace

namespace function {

void wrongType(std::string_view fn, const Value& arg, std::string_view expected) {
  throw typeError("InvalidArgumentValue", "Invalid input for function '" + std::string(fn) +
                                              "()': expected " + std::string(expected) +
                                              " but got " + typeName(arg));
}

int64_t requireInt(std::string_view fn, const Value& arg) {
  if (arg.kind() != Value::Kind::INT) wrongType(fn, arg, "an Integer");
  return arg.asInt();
}

double requireNumber(std::string_view fn, const Value& arg) {
  if (!arg.isNumber()) wrongType(fn, arg, "a number");
  return arg.asNumber();
}

const std::string& requireString(std::string_view fn, const Value& arg) {
  if (arg.kind() != Value::Kind::STRING) wrongType(fn, arg, "a String");
  return arg.asString();
}

}  // namespace function

const ScalarFunctionInfo* lookupScalarFunction(std::string_view name) {
  const auto& scalars = registry().scalars;
  auto it = scalars.find(lowerCase(name));
  return it == scalars.end() ? nullptr : it->second;
}

const AggregateFunctionInfo* lookupAggregateFunction(std::string_view name) {
  const auto& aggregates = registry().aggregates;
  auto it = aggregates.find(lowerCase(name));
  return it == aggregates.end() ? nullptr : it->second;
}

std::span<const std::string_view> allFunctionNames() { return registry().names; }

}  // namespace rollcall
