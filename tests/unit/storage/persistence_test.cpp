#include "storage/common/storage_error.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

TEST_F(StoreTest, EverythingSurvivesReopen) {
  auto person = label("Person");
  auto name = key("name");
  auto knows = relType("KNOWS");
  store_->createIndex({"uniq_name", person, name, true});
  auto txn = store_->begin();
  NodeId a = txn->createNode({person}, {{name, "Ann"}});
  NodeId b = txn->createNode({person}, {{name, "Bob"}});
  RelId r = txn->createRel(knows, a, b, {});
  txn->commit();
  auto del = store_->begin();
  NodeId gone = del->createNode({}, {});
  del->commit();
  del = store_->begin();
  del->deleteNode(gone);
  del->commit();
  del.reset();

  reopen();
  auto& catalog = store_->catalog();
  EXPECT_EQ(catalog.findLabel("Person"), person);
  EXPECT_EQ(catalog.findRelType("KNOWS"), knows);
  EXPECT_EQ(catalog.findPropKey("name"), name);
  EXPECT_EQ(catalog.labelName(person), "Person");
  ASSERT_EQ(catalog.indexes().size(), 1u);
  EXPECT_TRUE(catalog.indexes()[0].unique);
  EXPECT_EQ(store_->nodeCount(), 2u);
  EXPECT_EQ(store_->relCount(), 1u);
  EXPECT_EQ(store_->labelCount(person), 2u);
  EXPECT_EQ(store_->relTypeCount(knows), 1u);
  auto read = store_->begin();
  EXPECT_EQ(read->indexSeek(person, name, "Bob"), std::vector<NodeId>{b});
  EXPECT_EQ(read->getRel(r)->end, b);
  EXPECT_THROW(read->createNode({person}, {{name, "Ann"}}), StorageError);
  read->rollback();
  auto write = store_->begin();
  NodeId c = write->createNode({}, {});
  RelId r2 = write->createRel(knows, b, c, {});
  EXPECT_GT(c, gone);  // ids are never reused, even after a delete and a reopen
  EXPECT_GT(r2, r);
}

TEST_F(StoreTest, RollbackLeavesNothingBehind) {
  auto person = label("Person");
  auto name = key("name");
  store_->createIndex({"uniq_name", person, name, true});
  auto txn = store_->begin();
  NodeId a = txn->createNode({person}, {{name, "Ann"}});
  txn->commit();
  {
    auto failing = store_->begin();
    NodeId b = failing->createNode({person}, {{name, "Bob"}});
    failing->createRel(relType("R"), a, b, {});
    failing->setNodeProperty(a, key("age"), 3);
    EXPECT_THROW(failing->createNode({person}, {{name, "Ann"}}), StorageError);
  }  // destroyed without commit: rolled back
  auto explicitRollback = store_->begin();
  explicitRollback->createNode({person}, {});
  explicitRollback->rollback();
  EXPECT_EQ(store_->nodeCount(), 1u);
  EXPECT_EQ(store_->relCount(), 0u);
  EXPECT_EQ(store_->labelCount(person), 1u);
  auto read = store_->begin();
  EXPECT_TRUE(read->indexSeek(person, name, "Bob").empty());
  EXPECT_TRUE(read->nodeProperty(a, key("age")).isNull());
  auto all = read->scanAllNodes();
  EXPECT_EQ(drain(*all), std::vector<NodeId>{a});
  auto rels = read->scanAllRels();
  EXPECT_TRUE(drain(*rels).empty());
}

TEST_F(StoreTest, OneWriterAtATime) {
  auto first = store_->begin();
  auto second = store_->begin();
  first->createNode({}, {});
  EXPECT_EQ(second->nodeExists(0), false);  // reads are fine
  try {
    second->createNode({}, {});
    FAIL();
  } catch (const StorageError& e) {
    EXPECT_EQ(e.kind(), StorageErrorKind::INVALID_ARGUMENT);
  }
  first->commit();
  second->createNode({}, {});
  second->commit();
  EXPECT_EQ(store_->nodeCount(), 2u);
}

TEST(OpenTest, ReadOnlyAndMissing) {
  auto dir = uniqueTempDir("open");
  EXPECT_THROW(GraphStore::open(dir, {.createIfMissing = false}), StorageError);
  {
    auto store = GraphStore::open(dir);
    auto txn = store->begin();
    txn->createNode({store->catalog().getOrCreateLabel("A")}, {});
    txn->commit();
  }
  {
    auto store = GraphStore::open(dir, {.readOnly = true});
    EXPECT_EQ(store->nodeCount(), 1u);
    EXPECT_THROW(store->begin()->createNode({}, {}), StorageError);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace rollcall::storage::testing
