// Boolean, comparison and string-predicate operators with openCypher's three-valued logic.
#include <optional>
#include <regex>
#include <utility>

#include "engine/common/value_ops.h"
#include "engine/exec/eval_operators.h"
#include "engine/exec/evaluator.h"

namespace rollcall {
namespace {

using ast::BinaryOp;

bool isLogical(BinaryOp op) {
  return op == BinaryOp::AND || op == BinaryOp::OR || op == BinaryOp::XOR;
}

// Whether `l` alone settles `l op r`: AND and OR short-circuit and never evaluate `r`.
bool decides(BinaryOp op, const Value& l) {
  if (l.kind() != Value::Kind::BOOL) return false;
  return op == BinaryOp::AND ? !l.asBool() : op == BinaryOp::OR && l.asBool();
}

// Three-valued AND/OR/XOR of two booleans or nulls.
Value combineLogical(BinaryOp op, const Value& l, const Value& r) {
  bool anyNull = l.isNull() || r.isNull();
  if (op == BinaryOp::AND) {
    if (decides(op, l) || decides(op, r)) return Value(false);
    return anyNull ? Value() : Value(true);
  }
  if (op == BinaryOp::OR) {
    if (decides(op, l) || decides(op, r)) return Value(true);
    return anyNull ? Value() : Value(false);
  }
  return anyNull ? Value() : Value(l.asBool() != r.asBool());
}

Value evalLogical(const BinaryOpExpr& e, const Row& row, ExecContext& ctx) {
  Value l = requireBoolean(evaluate(*e.left, row, ctx), e.left->offset);
  if (decides(e.op, l)) return l;
  Value r = requireBoolean(evaluate(*e.right, row, ctx), e.right->offset);
  return combineLogical(e.op, l, r);
}

// The left fold the nested operators would compute, stopping where AND or OR is decided.
Value evalLogicalChain(const ChainOpExpr& e, const Row& row, ExecContext& ctx) {
  const auto& operands = e.operands;
  Value acc = requireBoolean(evaluate(*operands[0], row, ctx), operands[0]->offset);
  for (size_t i = 0; i < e.ops.size(); ++i) {
    if (decides(e.ops[i], acc)) return acc;
    Value r = requireBoolean(evaluate(*operands[i + 1], row, ctx), operands[i + 1]->offset);
    acc = combineLogical(e.ops[i], acc, r);
  }
  return acc;
}

Value evalComparison(BinaryOp op, const Value& l, const Value& r) {
  if (op == BinaryOp::EQ) return cypherEquals(l, r);
  if (op == BinaryOp::NE) {
    Value eq = cypherEquals(l, r);
    return eq.isNull() ? eq : Value(!eq.asBool());
  }
  switch (op) {
    case BinaryOp::LT:
      return cypherCompareOp(l, r, CompareOp::LT);
    case BinaryOp::LE:
      return cypherCompareOp(l, r, CompareOp::LE);
    case BinaryOp::GT:
      return cypherCompareOp(l, r, CompareOp::GT);
    default:
      return cypherCompareOp(l, r, CompareOp::GE);
  }
}

Value evalStringPredicate(BinaryOp op, const Value& l, const Value& r, uint32_t offset) {
  if (l.kind() != Value::Kind::STRING || r.kind() != Value::Kind::STRING) return Value();
  const std::string& s = l.asString();
  const std::string& t = r.asString();
  switch (op) {
    case BinaryOp::STARTS_WITH:
      return Value(s.compare(0, t.size(), t) == 0 && s.size() >= t.size());
    case BinaryOp::ENDS_WITH:
      return Value(s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0);
    case BinaryOp::CONTAINS:
      return Value(s.find(t) != std::string::npos);
    default:
      break;
  }
  // Java's inline case-insensitivity flag, common in Cypher queries; std::regex has no inline
  // flags.
  auto flags = std::regex::ECMAScript;
  std::string pattern = t;
  if (pattern.rfind("(?i)", 0) == 0) {
    flags |= std::regex::icase;
    pattern = pattern.substr(4);
  }
  try {
    return Value(std::regex_match(s, std::regex(pattern, flags)));
  } catch (const std::regex_error&) {
    throw argumentError("InvalidArgumentValue", "Invalid regular expression: " + t, offset);
  }
}

Value evalArithmetic(BinaryOp op, const Value& l, const Value& r) {
  switch (op) {
    case BinaryOp::ADD:
      return add(l, r);
    case BinaryOp::SUB:
      return subtract(l, r);
    case BinaryOp::MUL:
      return multiply(l, r);
    case BinaryOp::DIV:
      return divide(l, r);
    case BinaryOp::MOD:
      return modulo(l, r);
    default:
      return power(l, r);
  }
}

}  // namespace

Value inList(const Value& x, const Value& list, uint32_t offset) {
  if (list.isNull()) return Value();
  if (list.kind() != Value::Kind::LIST) {
    throw typeError("InvalidArgumentType", "Expected a List for IN but was " + typeName(list),
                    offset);
  }
  bool sawNull = false;
  for (const Value& item : list.asList()) {
    Value eq = cypherEquals(x, item);
    if (eq.isNull())
      sawNull = true;
    else if (eq.asBool())
      return Value(true);
  }
  return sawNull ? Value() : Value(false);
}

Value evalUnary(const UnaryOpExpr& e, const Row& row, ExecContext& ctx) {
  Value v = evaluate(*e.operand, row, ctx);
  try {
    switch (e.op) {
      case ast::UnaryOp::NOT: {
        v = requireBoolean(v, e.operand->offset);
        return v.isNull() ? v : Value(!v.asBool());
      }
      case ast::UnaryOp::MINUS:
        return negate(v);
      case ast::UnaryOp::PLUS:
        if (v.isNull() || v.isNumber()) return v;
        throw typeError("InvalidArgumentType", "Cannot apply unary + to " + typeName(v));
    }
  } catch (CypherError& err) {
    if (!err.offset()) err.setOffset(e.offset);
    throw;
  }
  return v;
}

namespace {

Value chainStep(const ChainOpExpr& e, size_t i, const Value& l, const Value& r) {
  try {
    return evalArithmetic(e.ops[i], l, r);
  } catch (CypherError& err) {
    if (!err.offset()) err.setOffset(e.offset);
    throw;
  }
}

}  // namespace

// Strings joined by `+` go to one buffer: a new string per term would copy the growing prefix
// every time, quadratic in the length of the chain.
Value evalChain(const ChainOpExpr& e, const Row& row, ExecContext& ctx) {
  if (isLogical(e.ops[0])) return evalLogicalChain(e, row, ctx);
  Value acc = evaluate(*e.operands[0], row, ctx);
  std::optional<std::string> text;  // acc's string while it is being appended to
  for (size_t i = 0; i < e.ops.size(); ++i) {
    Value r = evaluate(*e.operands[i + 1], row, ctx);
    bool isString = r.kind() == Value::Kind::STRING;
    if (e.ops[i] == BinaryOp::ADD && isString && (text || acc.kind() == Value::Kind::STRING)) {
      if (!text) text = acc.asString();
      *text += r.asString();
      continue;
    }
    if (text) acc = Value(std::move(*std::exchange(text, std::nullopt)));
    acc = chainStep(e, i, acc, r);
  }
  if (text) acc = Value(std::move(*text));
  return acc;
}

Value evalBinary(const BinaryOpExpr& e, const Row& row, ExecContext& ctx) {
  switch (e.op) {
    case BinaryOp::AND:
    case BinaryOp::OR:
    case BinaryOp::XOR:
      return evalLogical(e, row, ctx);
    default:
      break;
  }
  Value l = evaluate(*e.left, row, ctx);
  Value r = evaluate(*e.right, row, ctx);
  try {
    switch (e.op) {
      case BinaryOp::EQ:
      case BinaryOp::NE:
      case BinaryOp::LT:
      case BinaryOp::LE:
      case BinaryOp::GT:
      case BinaryOp::GE:
        return evalComparison(e.op, l, r);
      case BinaryOp::IN:
        return inList(l, r, e.offset);
      case BinaryOp::STARTS_WITH:
      case BinaryOp::ENDS_WITH:
      case BinaryOp::CONTAINS:
      case BinaryOp::REGEX_MATCH:
        return evalStringPredicate(e.op, l, r, e.offset);
      default:
        return evalArithmetic(e.op, l, r);
    }
  } catch (CypherError& err) {
    if (!err.offset()) err.setOffset(e.offset);
    throw;
  }
}

}  // namespace rollcall
