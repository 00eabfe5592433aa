// ProcedureCall: runs a procedure for each input row and extends the row with each row it
// yields.
#include "engine/common/value_ops.h"
#include "engine/exec/evaluator.h"
#include "engine/exec/operators/operators.h"
#include "engine/procedures/procedure.h"

namespace rollcall {
namespace {

// Null or an absent optional argument takes the parameter's default; otherwise the value must
// have the parameter's type.
Value checkedArgument(const ProcedureInfo& proc, size_t i, Value value, uint32_t offset) {
  const ProcedureParam& param = proc.params[i];
  if (value.isNull()) {
    if (param.type == ProcType::MAP) return Value(ValueMap{});
    return value;
  }
  if (!valueHasType(value, param.type)) {
    throw typeError("InvalidArgumentType",
                    "Type mismatch for argument `" + std::string(param.name) + "` of " +
                        std::string(proc.name) + ": expected " +
                        std::string(procTypeName(param.type)) + " but was " +
                        typeName(value),
                    offset);
  }
  return value;
}

class ProcedureCallOperator : public PerRowOperator {
 public:
  explicit ProcedureCallOperator(const ProcedureCallOp& op)
      : PerRowOperator("ProcedureCall", op.details), spec_(op.spec) {}

 protected:
  void startRow(ExecContext& ctx, Row& in) override {
    const ProcedureInfo& proc = *spec_.procedure;
    std::vector<Value> args;
    for (size_t i = 0; i < spec_.args.size(); ++i) {
      Value v = spec_.args[i] ? evaluate(*spec_.args[i], in, ctx) : Value();
      args.push_back(checkedArgument(proc, i, std::move(v), spec_.argOffsets[i]));
    }
    try {
      rows_ = proc.run(ctx, args);
    } catch (CypherError& e) {
      // Procedures know their arguments' values, not where the call stands in the query.
      if (!e.offset()) e.setOffset(spec_.offset);
      throw;
    }
    fields_.assign(proc.outputs.size(), Value());
  }

  bool process(ExecContext& ctx, Row& in, RowBatch& out) override {
    while (out.size() < BATCH_SIZE) {
      if (!rows_->next(fields_)) return true;
      out.push_back(in);
      for (const auto& [field, slot] : spec_.yields) out.back()[slot] = fields_[field];
      if (out.size() % 1024 == 0) ctx.checkLimits();
    }
    return false;
  }

 private:
  const ProcedureCallSpec& spec_;
  ProcedureRowsPtr rows_;
  std::vector<Value> fields_;
};

}  // namespace

OperatorPtr makeProcedureCall(const ProcedureCallOp& op) {
  return std::make_unique<ProcedureCallOperator>(op);
}

}  // namespace rollcall
