#pragma once
// Shared by the built-in function files: argument checks that raise Neo4j's errors, and the
// per-topic tables the registry gathers.
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "engine/common/error.h"
#include "engine/common/value.h"
#include "engine/exec/function/function_registry.h"

namespace rollcall::function {

// A runtime argument of the wrong type: TypeError "InvalidArgumentValue", as the openCypher TCK
// expects of functions (the compile-time form, InvalidArgumentType, is the binder's business).
[[noreturn]] void wrongType(std::string_view fn, const Value& arg, std::string_view expected);

// The argument as an integer; floats are not accepted where Neo4j requires an INTEGER.
int64_t requireInt(std::string_view fn, const Value& arg);
// INT or FLOAT as double.
double requireNumber(std::string_view fn, const Value& arg);
const std::string& requireString(std::string_view fn, const Value& arg);

// Java-like trimming of the characters up to and including the space (what Neo4j's number parsing
// ignores around a number).
std::string_view trimControl(std::string_view s);

// String helpers shared with size() and reverse(): code points, not bytes.
std::string reverseCodePoints(const std::string& s);
int64_t codePointCount(const std::string& s);

std::unique_ptr<AggregateState> createPercentileCont(bool distinct);
std::unique_ptr<AggregateState> createPercentileDisc(bool distinct);

std::span<const ScalarFunctionInfo> stringFunctions();
std::span<const ScalarFunctionInfo> numericFunctions();
std::span<const ScalarFunctionInfo> listFunctions();
std::span<const ScalarFunctionInfo> conversionFunctions();
std::span<const ScalarFunctionInfo> entityFunctions();
std::span<const ScalarFunctionInfo> temporalFunctions();
std::span<const AggregateFunctionInfo> aggregateFunctions();

}  // namespace rollcall::function
