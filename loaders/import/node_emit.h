#pragma once
// Turns buffered rows into nodes and relationships: new ones through the BulkWriter, and the
// SET of 00_nodes.cypher on nodes that already exist through one transaction.
#include <cstdint>
#include <functional>
#include <set>
#include <utility>
#include <vector>

#include "loaders/import/graph_schema.h"
#include "loaders/import/node_rows.h"
#include "storage/graph/graph_store.h"

namespace rollcall::loaders {

/// The properties the script SETs from a row, nulls included (a null SET removes a property).
using SetProperties = std::function<void(const KeyedRow& row, storage::Properties& out)>;

SetProperties studentProperties(const GraphTokens& tokens, const StudentRows& rows);
SetProperties sessionProperties(const GraphTokens& tokens, const SessionRows& rows);

/// Adds a node for every row whose key has none yet; returns the rows whose node existed.
std::vector<const KeyedRow*> emitKeyed(storage::BulkWriter& writer, storage::LabelId label,
                                       storage::PropKeyId key, const KeyedRows& rows,
                                       NodeDirectory& directory, const SetProperties& properties,
                                       uint64_t& created);

/// Sets, on nodes that existed, the properties whose value the file changes; returns how many.
uint64_t updateExisting(storage::Transaction& txn, const std::vector<const KeyedRow*>& rows,
                        const NodeDirectory& directory, const SetProperties& properties);

/// The node of every name, adding those `existing` lacks.
std::vector<storage::NodeId> emitNames(storage::BulkWriter& writer, storage::LabelId label,
                                       storage::PropKeyId key, const NameList& names,
                                       const NameDirectory& existing, uint64_t& created);

using NodePairs = std::set<std::pair<storage::NodeId, storage::NodeId>>;

/// Adds (session)-[type]->(named node) for each pair not in `existing`.
void emitNamePairs(storage::BulkWriter& writer, storage::RelTypeId type, const PairList& pairs,
                   const NodeDirectory& sessions, const std::vector<storage::NodeId>& nameNodes,
                   const NodePairs& existing, uint64_t& created);

}  // namespace rollcall::loaders
