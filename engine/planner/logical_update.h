#pragma once
// Logical operators that write, read files, or run sub-queries.
#include "engine/planner/logical_operator.h"

namespace rollcall {

struct CreateNodeSpec {
  Slot slot = 0;
  std::vector<storage::LabelId> labels;
  BoundExprPtr properties;  // evaluates to a map, or null
};

struct CreateRelSpec {
  Slot slot = 0;
  storage::RelTypeId type = 0;
  Slot from = 0;  // start node (after resolving the arrow's direction)
  Slot to = 0;
  BoundExprPtr properties;
};

// Nodes are created before relationships; slots already bound are not recreated.
struct CreateSpec {
  std::vector<CreateNodeSpec> nodes;
  std::vector<CreateRelSpec> rels;
  std::vector<std::pair<Slot, BoundExprPtr>> paths;  // path variables, built after creation
  bool rejectNullProperties = false;  // MERGE cannot create what it could never match
};

struct CreateOp : LogicalOpBase<LogicalOpKind::CREATE> {
  CreateSpec spec;
};

enum class SetKind : uint8_t {
  PROPERTY,
  REPLACE_MAP,
  MERGE_MAP,
  ADD_LABELS,
  REMOVE_PROPERTY,
  REMOVE_LABELS
};

struct BoundSetItem {
  SetKind kind = SetKind::PROPERTY;
  BoundExprPtr target;  // evaluates to a node, relationship (or null: no-op)
  std::string key;      // PROPERTY / REMOVE_PROPERTY
  storage::PropKeyId keyId = storage::INVALID_TOKEN;
  BoundExprPtr value;  // PROPERTY / REPLACE_MAP / MERGE_MAP
  std::vector<storage::LabelId> labels;
  uint32_t offset = 0;
};

struct SetOp : LogicalOpBase<LogicalOpKind::SET> {
  std::vector<BoundSetItem> items;  // SET and REMOVE share this operator
};

struct DeleteOp : LogicalOpBase<LogicalOpKind::DELETE> {
  std::vector<BoundExprPtr> targets;
  bool detach = false;
};

// MERGE: runs `match` (leaf ARGUMENT) per input row; rows found get `onMatch`, otherwise the
// pattern is created and gets `onCreate`.
struct MergeOp : LogicalOpBase<LogicalOpKind::MERGE> {
  LogicalOpPtr match;
  CreateSpec create;
  std::vector<BoundSetItem> onMatch;
  std::vector<BoundSetItem> onCreate;
};

struct LoadCsvOp : LogicalOpBase<LogicalOpKind::LOAD_CSV> {
  BoundExprPtr url;
  Slot out = 0;
  Slot lineSlot = 0;  // linenumber()
  Slot fileSlot = 0;  // file()
  bool withHeaders = false;
  char fieldTerminator = ',';
};

// CALL { ... } [IN TRANSACTIONS OF n ROWS]: runs `body` per input row. With transactions, the
// input is read eagerly and the work is committed every `batchSize` input rows.
struct CallSubqueryOp : LogicalOpBase<LogicalOpKind::CALL_SUBQUERY> {
  LogicalOpPtr body;
  bool inTransactions = false;
  BoundExprPtr batchSize;
  bool returnsRows = false;  // a unit subquery passes its input row through once
  // The slots of the body's RETURN: each output row is the input row with these set from a body
  // row (a body that aggregates builds rows of its own, without the outer row's other slots).
  std::vector<Slot> resultSlots;
};

struct ProcedureInfo;

// What a CALL of a procedure runs: the procedure, one argument per parameter (null: its
// default), and where each yielded field goes.
struct ProcedureCallSpec {
  const ProcedureInfo* procedure = nullptr;
  std::vector<BoundExprPtr> args;
  std::vector<uint32_t> argOffsets;  // where each argument stands in the query (for errors)
  std::vector<std::pair<size_t, Slot>> yields;  // output field index -> slot
  uint32_t offset = 0;                          // the CALL
};

// CALL name(args) YIELD ...: per input row, runs the procedure and produces the input row
// extended with each of its rows (none when it yields none).
struct ProcedureCallOp : LogicalOpBase<LogicalOpKind::PROCEDURE_CALL> {
  ProcedureCallSpec spec;
};

struct ProduceResultsOp : LogicalOpBase<LogicalOpKind::PRODUCE_RESULTS> {
  std::vector<Slot> slots;
  std::vector<std::string> names;
};

}  // namespace rollcall
