#pragma once
// Shared by Expand and VarExpand: reading neighbour lists and relationship uniqueness.
#include <vector>

#include "engine/exec/exec_context.h"
#include "engine/planner/logical_operator.h"
#include "storage/graph/transaction.h"

namespace rollcall {

// A relationship reached from a node, with its orientation resolved.
struct Step {
  RelValue rel;
  storage::NodeId other = 0;
};

// All relationships of `types` (any when empty) around `node` in `dir`. Undirected patterns read
// both lists; a self-loop is reported once.
void readSteps(storage::Transaction& txn, storage::NodeId node,
               const std::vector<storage::RelTypeId>& types, ast::RelDirection dir,
               std::vector<Step>& out);
// The same, keeping only the relationships whose other end is `target` (ExpandInto: most
// entries of the list read are not it, and need no Step).
void readStepsTo(storage::Transaction& txn, storage::NodeId node,
                 const std::vector<storage::RelTypeId>& types, ast::RelDirection dir,
                 storage::NodeId target, std::vector<Step>& out);

// The far ends of readSteps's relationships, for a directed pattern (an undirected one would
// need readSteps's care of self-loops).
void readNeighbourIds(storage::Transaction& txn, storage::NodeId node,
                      const std::vector<storage::RelTypeId>& types, ast::RelDirection dir,
                      std::vector<storage::NodeId>& out);

// How many relationships readSteps would return (one degree read per type and direction).
uint64_t stepCount(storage::Transaction& txn, storage::NodeId node,
                   const std::vector<storage::RelTypeId>& types, ast::RelDirection dir);

ast::RelDirection reverseDirection(ast::RelDirection dir);

// True when relationship `id` is already bound elsewhere in the same MATCH.
bool relAlreadyUsed(const Row& row, const RelUniqueness& unique, storage::RelId id);

}  // namespace rollcall
