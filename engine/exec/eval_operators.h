#pragma once
// Evaluation of operators, subscripts, list iteration, paths and sub-plans (split from
// evaluator.cpp).
#include "engine/binder/bound_expression.h"
#include "engine/exec/exec_context.h"

namespace rollcall {

Value evalUnary(const UnaryOpExpr& e, const Row& row, ExecContext& ctx);
Value evalBinary(const BinaryOpExpr& e, const Row& row, ExecContext& ctx);
Value evalChain(const ChainOpExpr& e, const Row& row, ExecContext& ctx);
Value evalIndex(const IndexOpExpr& e, const Row& row, ExecContext& ctx);
Value evalSlice(const SliceOpExpr& e, const Row& row, ExecContext& ctx);
Value evalListComprehension(const ListComprehensionOp& e, const Row& row, ExecContext& ctx);
Value evalQuantifier(const QuantifierOp& e, const Row& row, ExecContext& ctx);
Value evalReduce(const ReduceOp& e, const Row& row, ExecContext& ctx);
Value evalPathBuild(const PathBuildExpr& e, const Row& row, ExecContext& ctx);

// eval_subqueries.cpp
Value evalPatternExists(const PatternExistsExpr& e, const Row& row, ExecContext& ctx);
Value evalPatternCount(const PatternCountExpr& e, const Row& row, ExecContext& ctx);
Value evalPatternComprehension(const PatternComprehensionOp& e, const Row& row, ExecContext& ctx);

// `x IN list` with three-valued logic.
Value inList(const Value& x, const Value& list, uint32_t offset);

}  // namespace rollcall
