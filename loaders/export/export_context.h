#pragma once
// What the pieces of one export share: the read transaction, the catalog, the survey, the notes
// for the user, and the key caches of the tables that relationships point into.
#include <functional>
#include <map>
#include <set>
#include <memory>
#include <string>
#include <vector>

#include "loaders/export/graph_survey.h"
#include "loaders/export/key_cache.h"
#include "loaders/export/table_spec.h"
#include "storage/graph/graph_store.h"

namespace rollcall::loaders {

// How one end of a relationship type is written: as the key of a node table, or as a raw node
// id when the end's nodes share no label (or that label's table has no key).
struct EndPlan {
  std::optional<storage::LabelId> label;  // the label every end node has, if any
  std::string table;                      // that label's table
  std::string refColumn;                  // the referenced column: the key, or node_id
  std::optional<storage::PropKeyId> key;  // the key property; none: node ids are written
  ColumnSpec keyColumn;                   // the referenced column's spec
};

class ExportContext {
 public:
  ExportContext(storage::GraphStore& store, storage::Transaction& txn, GraphSurvey survey)
      : store(store), txn(txn), catalog(store.catalog()), survey(std::move(survey)) {}

  storage::GraphStore& store;
  storage::Transaction& txn;
  storage::Catalog& catalog;
  GraphSurvey survey;
  std::vector<std::string> notes;

  // Calls visit(record) for the nodes with `label` (every node when none), in id order.
  void scanNodes(std::optional<storage::LabelId> label,
                 const std::function<void(const storage::NodeRecord&)>& visit);

  // Writes the end `node` of a relationship as `end` says (its key, or its id).
  void writeEnd(const EndPlan& end, storage::NodeId node, RowSink& sink);

  // Relationships will reference the nodes of `label` by key: the table writing those nodes
  // can fill their key cache on its way (saving a scan), through keysToFill().
  void referenceByKey(storage::LabelId label) { referenced_.insert(label); }
  // The cache to fill while writing the nodes of `label` (every one, in id order), or null when
  // nobody references them or the cache exists; sealKeys(label) when done.
  KeyCache* keysToFill(storage::LabelId label);
  void sealKeys(storage::LabelId label) { caches_.at(label)->seal(); }

 private:
  const KeyCache& keys(const EndPlan& end, RowSink& sink);
  std::map<storage::LabelId, std::unique_ptr<KeyCache>> caches_;
  std::set<storage::LabelId> referenced_;
};

// Finds `key` in properties sorted by key; null when absent.
const storage::PropertyValue& findProperty(const storage::Properties& properties,
                                           storage::PropKeyId key);

// Cells of `columns` from properties sorted by key (both ascend: one merge walk).
void writeProperties(const storage::Properties& properties,
                     const std::vector<storage::PropKeyId>& columns, RowSink& sink);

}  // namespace rollcall::loaders
