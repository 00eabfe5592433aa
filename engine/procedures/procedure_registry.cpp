// The table of built-in procedures, assembled from each family's list.
#include <algorithm>

#include "engine/common/nearest_name.h"
#include "engine/procedures/procedure.h"
#include "engine/procedures/procedure_families.h"

namespace rollcall {

namespace {

std::vector<const ProcedureInfo*> buildTable() {
  std::vector<const ProcedureInfo*> table;
  for (auto family : {&dbProcedures, &algoProcedures}) {
    for (const ProcedureInfo& proc : family()) table.push_back(&proc);
  }
  std::sort(table.begin(), table.end(),
            [](const ProcedureInfo* a, const ProcedureInfo* b) { return a->name < b->name; });
  return table;
}

const std::vector<const ProcedureInfo*>& table() {
  static const std::vector<const ProcedureInfo*> built = buildTable();
  return built;
}

class TableRows : public ProcedureRows {
 public:
  explicit TableRows(std::vector<std::vector<Value>> rows) : rows_(std::move(rows)) {}
  bool next(std::vector<Value>& fields) override {
    if (pos_ == rows_.size()) return false;
    fields = std::move(rows_[pos_++]);
    return true;
  }

 private:
  std::vector<std::vector<Value>> rows_;
  size_t pos_ = 0;
};

}  // namespace

std::string_view procTypeName(ProcType type) {
  switch (type) {
    case ProcType::ANY: return "ANY";
    case ProcType::BOOLEAN: return "BOOLEAN";
    case ProcType::INTEGER: return "INTEGER";
    case ProcType::FLOAT: return "FLOAT";
    case ProcType::NUMBER: return "NUMBER";
    case ProcType::STRING: return "STRING";
    case ProcType::MAP: return "MAP";
    case ProcType::LIST: return "LIST";
    case ProcType::NODE: return "NODE";
    case ProcType::PATH: return "PATH";
  }
  return "ANY";
}

bool valueHasType(const Value& value, ProcType type) {
  using K = Value::Kind;
  switch (type) {
    case ProcType::ANY: return true;
    case ProcType::BOOLEAN: return value.kind() == K::BOOL;
    case ProcType::INTEGER: return value.kind() == K::INT;
    case ProcType::FLOAT:
    case ProcType::NUMBER: return value.isNumber();
    case ProcType::STRING: return value.kind() == K::STRING;
    case ProcType::MAP: return value.kind() == K::MAP;
    case ProcType::LIST: return value.kind() == K::LIST;
    case ProcType::NODE: return value.kind() == K::NODE;
    case ProcType::PATH: return value.kind() == K::PATH;
  }
  return false;
}

const ProcedureInfo* lookupProcedure(std::string_view name) {
  const auto& procs = table();
  auto it = std::lower_bound(procs.begin(), procs.end(), name,
                             [](const ProcedureInfo* p, std::string_view n) { return p->name < n; });
  return it != procs.end() && (*it)->name == name ? *it : nullptr;
}

std::span<const ProcedureInfo* const> allProcedures() { return table(); }

std::string_view closestProcedure(std::string_view name) {
  std::vector<std::string_view> names;
  for (const ProcedureInfo* proc : table()) names.push_back(proc->name);
  std::string best = nearestName(name, names);
  for (std::string_view n : names) {
    if (n == best) return n;
  }
  return {};
}

std::string procedureSignature(const ProcedureInfo& proc) {
  std::string out = std::string(proc.name) + "(";
  for (size_t i = 0; i < proc.params.size(); ++i) {
    const auto& p = proc.params[i];
    if (i) out += ", ";
    out += std::string(p.name);
    if (p.optional) out += p.type == ProcType::MAP ? " = {}" : " = null";
    out += " :: " + std::string(procTypeName(p.type));
  }
  out += ") :: (";
  for (size_t i = 0; i < proc.outputs.size(); ++i) {
    if (i) out += ", ";
    out += std::string(proc.outputs[i].name) + " :: " +
           std::string(procTypeName(proc.outputs[i].type));
  }
  return out + ")";
}

ProcedureRowsPtr rowsOf(std::vector<std::vector<Value>> rows) {
  return std::make_unique<TableRows>(std::move(rows));
}

}  // namespace rollcall
