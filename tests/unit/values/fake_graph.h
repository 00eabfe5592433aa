#pragma once
// In-memory stand-ins for the storage transaction and catalog, holding just what the entity
// functions read: labels, relationship types and properties. Everything else is unsupported.
#include <map>
#include <string>
#include <vector>

#include "engine/common/value.h"
#include "engine/exec/function/function_registry.h"
#include "storage/catalog/catalog.h"
#include "storage/graph/transaction.h"

namespace rollcall::test {

class FakeCatalog : public storage::Catalog {
 public:
  std::optional<storage::LabelId> findLabel(std::string_view name) const override;
  std::optional<storage::RelTypeId> findRelType(std::string_view name) const override;
  std::optional<storage::PropKeyId> findPropKey(std::string_view name) const override;
  storage::LabelId getOrCreateLabel(std::string_view name) override;
  storage::RelTypeId getOrCreateRelType(std::string_view name) override;
  storage::PropKeyId getOrCreatePropKey(std::string_view name) override;
  const std::string& labelName(storage::LabelId id) const override { return labels_[id]; }
  const std::string& relTypeName(storage::RelTypeId id) const override { return types_[id]; }
  const std::string& propKeyName(storage::PropKeyId id) const override { return keys_[id]; }
  std::vector<std::pair<storage::LabelId, std::string>> labels() const override { return {}; }
  std::vector<std::pair<storage::RelTypeId, std::string>> relTypes() const override { return {}; }
  std::vector<std::pair<storage::PropKeyId, std::string>> propKeys() const override { return {}; }
  std::vector<storage::IndexInfo> indexes() const override { return {}; }
  std::optional<storage::IndexInfo> findIndex(storage::LabelId, storage::PropKeyId) const override {
    return std::nullopt;
  }
  std::optional<storage::IndexInfo> findIndexByName(std::string_view) const override {
    return std::nullopt;
  }

 private:
  std::vector<std::string> labels_, types_, keys_;
};

class FakeTransaction : public storage::Transaction {
 public:
  explicit FakeTransaction(FakeCatalog& catalog) : catalog_(catalog) {}

  // Test set-up: returns the value the engine would carry for the new entity.
  NodeValue addNode(std::vector<std::string> labels, ValueMap properties);
  RelValue addRel(const std::string& type, const NodeValue& start, const NodeValue& end,
                  ValueMap properties);

  bool nodeExists(storage::NodeId id) override { return nodes_.count(id) != 0; }
  bool relExists(storage::RelId id) override { return rels_.count(id) != 0; }
  std::optional<storage::NodeRecord> getNode(storage::NodeId) override { return std::nullopt; }
  std::optional<storage::RelRecord> getRel(storage::RelId) override { return std::nullopt; }
  std::vector<storage::LabelId> nodeLabels(storage::NodeId id) override;
  bool hasLabel(storage::NodeId id, storage::LabelId label) override;
  storage::PropertyValue nodeProperty(storage::NodeId id, storage::PropKeyId key) override;
  storage::Properties nodeProperties(storage::NodeId id) override;
  storage::PropertyValue relProperty(storage::RelId id, storage::PropKeyId key) override;
  storage::Properties relProperties(storage::RelId id) override;
  std::unique_ptr<storage::NodeCursor> scanAllNodes() override { return nullptr; }
  std::unique_ptr<storage::NodeCursor> scanLabel(storage::LabelId) override { return nullptr; }
  std::unique_ptr<storage::NodeRecordCursor> scanNodeRecords(std::optional<storage::LabelId>) override {
    return nullptr;
  }
  std::unique_ptr<storage::RelCursor> scanAllRels() override { return nullptr; }
  std::unique_ptr<storage::RelCursor> scanRelType(storage::RelTypeId) override { return nullptr; }
  void neighbours(storage::NodeId, storage::RelTypeId, storage::Direction,
                  std::vector<storage::Edge>& out) override {
    out.clear();
  }
  void neighboursAllTypes(storage::NodeId, storage::Direction,
                          std::vector<storage::Edge>& out) override {
    out.clear();
  }
  uint64_t degree(storage::NodeId, storage::RelTypeId, storage::Direction) override { return 0; }
  uint64_t degreeAllTypes(storage::NodeId, storage::Direction) override { return 0; }
  std::vector<storage::NodeId> indexSeek(storage::LabelId, storage::PropKeyId,
                                         const storage::PropertyValue&) override {
    return {};
  }
  storage::NodeId createNode(const std::vector<storage::LabelId>&, storage::Properties) override;
  storage::RelId createRel(storage::RelTypeId, storage::NodeId, storage::NodeId,
                           storage::Properties) override;
  void setNodeProperty(storage::NodeId, storage::PropKeyId,
                       const storage::PropertyValue&) override {}
  void setNodeProperties(storage::NodeId, storage::Properties) override {}
  bool addLabel(storage::NodeId, storage::LabelId) override { return false; }
  bool removeLabel(storage::NodeId, storage::LabelId) override { return false; }
  void deleteNode(storage::NodeId) override {}
  void deleteRel(storage::RelId) override {}
  void setRelProperty(storage::RelId, storage::PropKeyId, const storage::PropertyValue&) override {}
  void setRelProperties(storage::RelId, storage::Properties) override {}
  uint64_t pendingWriteBytes() override { return 0; }
  void commit() override {}
  void commitAndContinue() override {}
  void rollback() override {}

 private:
  struct Entity {
    std::vector<storage::LabelId> labels;
    storage::Properties properties;
  };
  storage::Properties toStored(const ValueMap& properties);

  FakeCatalog& catalog_;
  std::map<storage::NodeId, Entity> nodes_;
  std::map<storage::RelId, Entity> rels_;
};

// A function context over a fake graph, with a fixed clock and a seeded generator.
struct FakeGraph {
  FakeCatalog catalog;
  FakeTransaction txn{catalog};
  std::mt19937_64 rng{42};
  FunctionContext ctx{&txn, &catalog, /*statementTimeMillis=*/1714564800123, &rng};
};

// Calls a scalar function by name; fails the test (throws) if the name is unknown.
Value call(FunctionContext& ctx, std::string_view name, std::vector<Value> args);
Value call(std::string_view name, std::vector<Value> args);

// Folds `rows` (each the argument list of one row) through a fresh aggregate state.
Value aggregate(std::string_view name, bool distinct, const std::vector<std::vector<Value>>& rows);

// Builders for literals in tests.
Value list(std::vector<Value> items);
Value map(ValueMap entries);
Value date(int year, int month, int day);

}  // namespace rollcall::test
