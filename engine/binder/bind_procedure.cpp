// Binding of CALL name(args) YIELD ...: the procedure by name, its arguments against its
// parameters, and each yielded field to a new variable.
#include "engine/binder/binder.h"
#include "engine/procedures/procedure.h"

namespace rollcall {

namespace {

CypherError procedureNotFound(const ast::CallProcedureClause& clause) {
  std::string message = "There is no procedure with the name `" + clause.name + "`";
  std::string_view close = closestProcedure(clause.name);
  if (!close.empty()) message += " (did you mean `" + std::string(close) + "`?)";
  message += "; SHOW PROCEDURES lists them";
  return CypherError(ErrorClass::PROCEDURE_ERROR, "ProcedureNotFound", message,
                     clause.nameRange.begin);
}

void checkArgumentCount(const ast::CallProcedureClause& clause, const ProcedureInfo& proc) {
  size_t required = 0;
  for (const auto& p : proc.params) required += !p.optional;
  size_t given = clause.args.size();
  if (given > proc.params.size()) {
    throw syntaxError("InvalidNumberOfArguments",
                      "Procedure call provides too many arguments: got " + std::to_string(given) +
                          " expected no more than " + std::to_string(proc.params.size()) + ": " +
                          procedureSignature(proc),
                      clause.nameRange.begin);
  }
  if (given < required) {
    throw syntaxError("InvalidNumberOfArguments",
                      "Procedure call does not provide the required number of arguments: got " +
                          std::to_string(given) + " expected at least " +
                          std::to_string(required) + ": " + procedureSignature(proc),
                      clause.nameRange.begin);
  }
}

VarType varTypeOf(ProcType type) {
  switch (type) {
    case ProcType::NODE: return VarType::NODE;
    case ProcType::PATH: return VarType::PATH;
    case ProcType::ANY:
    case ProcType::LIST:
    case ProcType::MAP: return VarType::VALUE;
    default: return VarType::SCALAR;
  }
}

}  // namespace

void Binder::bindProcedureArguments(const ast::CallProcedureClause& clause,
                                    const ProcedureInfo& proc, ProcedureCallSpec& spec) {
  if (!clause.hasArgumentList) {
    // CALL db.labels, or CALL algo.bfs with $source and $config given as parameters: Neo4j
    // takes a standalone call's arguments from the parameters of the same names.
    for (const auto& param : proc.params) {
      auto it = params().find(std::string(param.name));
      if (it == params().end() && !param.optional) {
        throw syntaxError("InvalidNumberOfArguments",
                          "Procedure call without parentheses needs the parameter $" +
                              std::string(param.name) + ": " + procedureSignature(proc),
                          clause.nameRange.begin);
      }
      if (it == params().end())
        spec.args.push_back(nullptr);
      else
        spec.args.push_back(
            std::make_unique<ParameterRef>(clause.nameRange.begin, std::string(param.name)));
      spec.argOffsets.push_back(clause.nameRange.begin);
    }
    return;
  }
  checkArgumentCount(clause, proc);
  for (size_t i = 0; i < proc.params.size(); ++i) {
    bool given = i < clause.args.size();
    spec.args.push_back(given ? bindExpression(*clause.args[i]) : nullptr);
    spec.argOffsets.push_back(given ? clause.args[i]->range.begin : clause.range.end);
  }
}

void Binder::bindYields(const ast::CallProcedureClause& clause, const ProcedureInfo& proc,
                        BoundCallProcedure& out, bool standalone) {
  std::vector<ast::YieldItem> items = clause.yields;
  if (!clause.hasYield || clause.yieldStar) {
    if (!standalone && !clause.yieldStar && !proc.outputs.empty()) {
      throw syntaxError("InvalidClauseComposition",
                        "A procedure called inside a query must name what it yields: CALL " +
                            clause.name + "(...) YIELD " + std::string(proc.outputs[0].name),
                        clause.range.begin);
    }
    for (const auto& field : proc.outputs) {
      items.push_back({std::string(field.name), std::string(field.name), clause.range});
    }
  }
  for (const auto& item : items) {
    size_t index = 0;
    while (index < proc.outputs.size() && proc.outputs[index].name != item.field) ++index;
    if (index == proc.outputs.size()) {
      std::string signature = procedureSignature(proc);
      throw syntaxError("UnknownProcedureOutput",
                        "Unknown procedure output: `" + item.field + "`; " + clause.name +
                            " yields " + signature.substr(signature.rfind(" :: (") + 4),
                        item.range.begin);
    }
    if (scope().find(item.alias)) {
      throw syntaxError("VariableAlreadyBound",
                        "Variable `" + item.alias + "` already declared", item.range.begin);
    }
    Slot slot = newSlot();
    scope().add(item.alias, Variable{slot, varTypeOf(proc.outputs[index].type)});
    out.call.yields.emplace_back(index, slot);
    out.yieldSlots.push_back(slot);
    out.columns.push_back(item.alias);
  }
}

BoundClausePtr Binder::bindCallProcedure(const ast::CallProcedureClause& clause, bool standalone) {
  const ProcedureInfo* proc = lookupProcedure(clause.name);
  if (!proc) throw procedureNotFound(clause);
  if (!clause.hasArgumentList && !standalone) {
    throw syntaxError("InvalidArgumentPassingMode",
                      "Procedure call inside a query does not support passing arguments "
                      "implicitly; write " + clause.name + "(...)",
                      clause.nameRange.begin);
  }
  auto out = std::make_unique<BoundCallProcedure>();
  out->call.procedure = proc;
  out->call.offset = clause.range.begin;
  bindProcedureArguments(clause, *proc, out->call);
  bindYields(clause, *proc, *out, standalone);
  if (clause.where) out->where = bindWhere(*clause.where);
  return out;
}

}  // namespace rollcall
