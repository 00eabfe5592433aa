// algo.*: graph algorithms over projections of the graph.
#include "engine/procedures/procedure_families.h"

namespace rollcall {

const std::vector<ProcedureInfo>& algoProcedures() {
  static const std::vector<ProcedureInfo> list = {};
  return list;
}

}  // namespace rollcall
