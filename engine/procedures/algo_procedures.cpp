// algo.*: graph algorithms over projections of the graph.
#include "engine/procedures/algo_measures.h"
#include "engine/procedures/procedure_families.h"

namespace rollcall {

const std::vector<ProcedureInfo>& algoProcedures() {
  static const std::vector<ProcedureInfo> list = [] {
    std::vector<ProcedureInfo> out = measureProcedures();
    for (auto& p : pathProcedures()) out.push_back(std::move(p));
    for (auto& p : coAttendanceProcedures()) out.push_back(std::move(p));
    return out;
  }();
  return list;
}

}  // namespace rollcall
