#pragma once
// Shared by CREATE, MERGE and SET: creating pattern elements and applying SET/REMOVE items.
#include <vector>

#include "engine/exec/exec_context.h"
#include "engine/planner/logical_operator.h"
#include "storage/common/property_value.h"

namespace rollcall {

// Creates the nodes, relationships and paths of `spec` for one row, writing them into `row`.
void createPattern(ExecContext& ctx, const CreateSpec& spec, Row& row);

// Applies SET / REMOVE items to one row's entities, in order.
void applySetItems(ExecContext& ctx, const std::vector<BoundSetItem>& items, Row& row);

// A map value as stored properties (null entries dropped); TypeError for non-maps.
storage::Properties toStoredProperties(ExecContext& ctx, const Value& map, uint32_t offset);

}  // namespace rollcall
