#pragma once
// duration.between and duration.inMonths / inDays / inSeconds (temporal_between.cpp).
#include <span>

#include "engine/exec/function/function_registry.h"

namespace rollcall::function {

Value durationBetween(FunctionContext& ctx, std::span<const Value> args);
Value durationInMonths(FunctionContext& ctx, std::span<const Value> args);
Value durationInDays(FunctionContext& ctx, std::span<const Value> args);
Value durationInSeconds(FunctionContext& ctx, std::span<const Value> args);

}  // namespace rollcall::function
