#pragma once
// Procedures: named routines called with CALL name(args) YIELD fields, each producing rows.
// Built in, looked up by exact name (procedure names are case-sensitive, as in Neo4j); the
// binder resolves a call once and the ProcedureCall operator runs it for each input row.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/value.h"

namespace rollcall {

struct ExecContext;

// Cypher types of arguments and fields, as SHOW PROCEDURES prints them.
enum class ProcType : uint8_t { ANY, BOOLEAN, INTEGER, FLOAT, NUMBER, STRING, MAP, LIST, NODE, PATH };
std::string_view procTypeName(ProcType type);  // "MAP", "NODE", ...
// Whether a (non-null) value is of the type; an INTEGER passes as FLOAT or NUMBER.
bool valueHasType(const Value& value, ProcType type);

struct ProcedureParam {
  std::string_view name;
  ProcType type = ProcType::ANY;
  bool optional = false;  // may be left out; then null, or {} for a MAP
};

struct ProcedureField {
  std::string_view name;
  ProcType type = ProcType::ANY;
};

// The rows of one call, pulled one at a time: an algorithm computes everything first and then
// hands out rows from its arrays, so a million-row result is never a million Values at once.
class ProcedureRows {
 public:
  virtual ~ProcedureRows() = default;
  // Fills `fields` (sized to the procedure's outputs) with the next row; false at the end.
  virtual bool next(std::vector<Value>& fields) = 0;
};
using ProcedureRowsPtr = std::unique_ptr<ProcedureRows>;

// `args` holds one value per parameter, checked against their types, defaults filled in.
using ProcedureFn = ProcedureRowsPtr (*)(ExecContext& ctx, std::span<const Value> args);

struct ProcedureInfo {
  std::string_view name;  // "algo.pageRank"
  std::vector<ProcedureParam> params;
  std::vector<ProcedureField> outputs;
  std::string_view description;
  bool writes = false;  // stores something: the statement then runs as a write
  ProcedureFn run = nullptr;
};

// nullptr when there is no procedure of that name.
const ProcedureInfo* lookupProcedure(std::string_view name);
// The procedure a mistyped name most likely meant (same name in another case, or a few edits
// away); empty when none is close.
std::string_view closestProcedure(std::string_view name);
// Every procedure, sorted by name.
std::span<const ProcedureInfo* const> allProcedures();
// "algo.pageRank(config = {} :: MAP) :: (node :: NODE, score :: FLOAT)"
std::string procedureSignature(const ProcedureInfo& proc);

// Rows from a materialised table (small results: db.labels()).
ProcedureRowsPtr rowsOf(std::vector<std::vector<Value>> rows);

}  // namespace rollcall
