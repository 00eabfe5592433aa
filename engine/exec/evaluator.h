#pragma once
// Evaluates bound expressions against a row.
#include "engine/binder/bound_expression.h"
#include "engine/exec/exec_context.h"

namespace rollcall {

Value evaluate(const BoundExpression& expr, const Row& row, ExecContext& ctx);

// WHERE semantics: only true passes; false and null do not.
inline bool isTrue(const Value& v) { return v.kind() == Value::Kind::BOOL && v.asBool(); }

// A predicate's value must be boolean or null; anything else is a TypeError.
Value requireBoolean(const Value& v, uint32_t offset);

// Property of a node or relationship value (null when absent), used by SET and the evaluator.
Value entityProperty(ExecContext& ctx, const Value& entity, storage::PropKeyId key);

}  // namespace rollcall
