// List and path functions, plus size() and reverse() which also take strings, and coalesce().
#include <limits>

#include "engine/common/value_ops.h"
#include "engine/exec/function/function_support.h"

namespace rollcall {
namespace {

using Kind = Value::Kind;

Value size(FunctionContext&, std::span<const Value> a) {
  switch (a[0].kind()) {
    case Kind::NUL:
      return Value();
    case Kind::LIST:
      return Value(static_cast<int64_t>(a[0].asList().size()));
    case Kind::STRING:
      return Value(function::codePointCount(a[0].asString()));
    default:
      function::wrongType("size", a[0], "a String or a List");
  }
}

// length() of a path counts relationships. Neo4j 5 dropped length() of a string: use size().
Value length(FunctionContext&, std::span<const Value> a) {
  switch (a[0].kind()) {
    case Kind::NUL:
      return Value();
    case Kind::PATH:
      return Value(static_cast<int64_t>(a[0].asPath().rels.size()));
    default:
      function::wrongType("length", a[0], "a Path");
  }
}

Value reverse(FunctionContext&, std::span<const Value> a) {
  switch (a[0].kind()) {
    case Kind::NUL:
      return Value();
    case Kind::STRING:
      return Value(function::reverseCodePoints(a[0].asString()));
    case Kind::LIST:
      return Value(ValueList(a[0].asList().rbegin(), a[0].asList().rend()));
    default:
      function::wrongType("reverse", a[0], "a String or a List");
  }
}

const ValueList* listArgument(std::string_view fn, const Value& v) {
  if (v.isNull()) return nullptr;
  if (v.kind() != Kind::LIST) function::wrongType(fn, v, "a List");
  return &v.asList();
}

Value head(FunctionContext&, std::span<const Value> a) {
  const ValueList* l = listArgument("head", a[0]);
  return l && !l->empty() ? l->front() : Value();
}

Value last(FunctionContext&, std::span<const Value> a) {
  const ValueList* l = listArgument("last", a[0]);
  return l && !l->empty() ? l->back() : Value();
}

Value tail(FunctionContext&, std::span<const Value> a) {
  const ValueList* l = listArgument("tail", a[0]);
  if (!l) return Value();
  if (l->empty()) return Value(ValueList{});
  return Value(ValueList(l->begin() + 1, l->end()));
}

Value coalesce(FunctionContext&, std::span<const Value> a) {
  for (const Value& v : a) {
    if (!v.isNull()) return v;
  }
  return Value();
}

int64_t rangeBound(const Value& v) {
  if (v.kind() != Kind::INT) {
    throw argumentError(
        "InvalidArgumentType",
        "Invalid input for function 'range()': expected an Integer but got " + typeName(v));
  }
  return v.asInt();
}

Value range(FunctionContext& ctx, std::span<const Value> a) {
  int64_t start = rangeBound(a[0]);
  int64_t end = rangeBound(a[1]);
  int64_t step = a.size() > 2 ? rangeBound(a[2]) : 1;
  if (step == 0) throw argumentError("NumberOutOfRange", "range() step must not be zero");
  ValueList out;
  if ((step > 0 && start > end) || (step < 0 && start < end)) return Value(std::move(out));
  __int128 count = (static_cast<__int128>(end) - start) / step + 1;
  // Checked before the list exists: range(1, 1000000000) would take 40 GB at once.
  __int128 bytes = count * __int128(sizeof(Value));
  static const MemoryBudget unlimited;  // for callers without a statement (tests)
  (ctx.memory ? *ctx.memory : unlimited)
      .require(uint64_t(std::min<__int128>(bytes, UINT64_MAX)), "range()");
  out.reserve(static_cast<size_t>(count));
  for (__int128 i = 0; i < count; ++i) {
    // A million values take milliseconds: a time limit or Ctrl-C is seen that often.
    if ((i & 0xFFFFF) == 0xFFFFF && ctx.checkInterrupts) ctx.checkInterrupts();
    out.emplace_back(static_cast<int64_t>(start + i * step));
  }
  return Value(std::move(out));
}

}  // namespace

namespace function {

std::span<const ScalarFunctionInfo> listFunctions() {
  static const ScalarFunctionInfo TABLE[] = {
      {"size", 1, 1, size},           {"length", 1, 1, length}, {"reverse", 1, 1, reverse},
      {"head", 1, 1, head},           {"last", 1, 1, last},     {"tail", 1, 1, tail},
      {"coalesce", 1, 255, coalesce}, {"range", 2, 3, range},
  };
  return TABLE;
}

}  // namespace function
}  // namespace rollcall
