#include "storage/common/storage_error.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

class IndexTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    student = label("Student");
    id = key("student_id");
    name = key("name");
  }
  LabelId student;
  PropKeyId id, name;
};

TEST_F(IndexTest, IndexBuiltOverExistingDataAndMaintained) {
  auto txn = store_->begin();
  NodeId a = txn->createNode({student}, {{name, "Ann"}});
  NodeId b = txn->createNode({student}, {{name, "Bob"}});
  NodeId c = txn->createNode({}, {{name, "Ann"}});  // no label: not indexed
  txn->commit();
  store_->createIndex({"by_name", student, name, false});
  auto write = store_->begin();
  EXPECT_EQ(write->indexSeek(student, name, "Ann"), std::vector<NodeId>{a});
  NodeId d = write->createNode({student}, {{name, "Ann"}});
  EXPECT_EQ(write->indexSeek(student, name, "Ann"), (std::vector<NodeId>{a, d}));
  write->setNodeProperty(a, name, "Zed");
  write->addLabel(c, student);
  write->removeLabel(b, student);
  write->commit();
  auto read = store_->begin();
  EXPECT_EQ(read->indexSeek(student, name, "Ann"), (std::vector<NodeId>{c, d}));
  EXPECT_EQ(read->indexSeek(student, name, "Zed"), std::vector<NodeId>{a});
  EXPECT_TRUE(read->indexSeek(student, name, "Bob").empty());
  EXPECT_TRUE(read->indexSeek(student, name, "An").empty());  // no prefix matches
  read.reset();
  auto del = store_->begin();
  del->deleteNode(d);
  EXPECT_EQ(del->indexSeek(student, name, "Ann"), std::vector<NodeId>{c});
}

// Numbers are keyed by value (format 4): 1 and 1.0 are one key; other types keep theirs.
TEST_F(IndexTest, NumbersByValueOtherTypesExact) {
  store_->createIndex({"by_id", student, id, false});
  auto txn = store_->begin();
  NodeId i = txn->createNode({student}, {{id, int64_t{1}}});
  NodeId d = txn->createNode({student}, {{id, 1.0}});
  NodeId l = txn->createNode({student}, {{id, PropertyList{1, 2}}});
  NodeId dt = txn->createNode({student}, {{id, Date{-3}}});
  EXPECT_EQ(txn->indexSeek(student, id, int64_t{1}), (std::vector<NodeId>{i, d}));
  EXPECT_EQ(txn->indexSeek(student, id, 1.0), (std::vector<NodeId>{i, d}));
  EXPECT_EQ(txn->indexSeek(student, id, PropertyList{1, 2}), std::vector<NodeId>{l});
  EXPECT_TRUE(txn->indexSeek(student, id, PropertyList{1}).empty());
  EXPECT_EQ(txn->indexSeek(student, id, Date{-3}), std::vector<NodeId>{dt});
}

TEST_F(IndexTest, UniqueViolationMessageAndNothingWritten) {
  store_->createIndex({"uniq", student, id, true});
  auto txn = store_->begin();
  NodeId first = txn->createNode({student}, {{id, 7}});
  txn->commit();
  auto write = store_->begin();
  NodeId other = write->createNode({}, {{id, 7}});
  try {
    write->createNode({student}, {{id, 7}});
    FAIL();
  } catch (const StorageError& e) {
    EXPECT_EQ(e.kind(), StorageErrorKind::UNIQUE_VIOLATION);
    EXPECT_EQ(std::string(e.what()), "Node(" + std::to_string(first) +
                                         ") already exists with label `Student` and property "
                                         "`student_id` = 7");
  }
  EXPECT_THROW(write->addLabel(other, student), StorageError);
  EXPECT_FALSE(write->hasLabel(other, student));  // the failed call changed nothing
}

TEST_F(IndexTest, UniqueIndexOnDuplicatesFailsAndChangesNothing) {
  auto txn = store_->begin();
  NodeId a = txn->createNode({student}, {{name, "Ann"}});
  txn->createNode({student}, {{name, "Ann"}});
  txn->commit();
  try {
    store_->createIndex({"uniq_name", student, name, true});
    FAIL();
  } catch (const StorageError& e) {
    EXPECT_EQ(e.kind(), StorageErrorKind::UNIQUE_VIOLATION);
    EXPECT_EQ(std::string(e.what()), "Node(" + std::to_string(a) +
                                         ") already exists with label `Student` and property "
                                         "`name` = 'Ann'");
  }
  EXPECT_TRUE(store_->catalog().indexes().empty());
  store_->createIndex({"by_name", student, name, false});
  store_->dropIndex("by_name");
  EXPECT_FALSE(store_->catalog().findIndexByName("by_name"));
  auto read = store_->begin();
  EXPECT_THROW(read->indexSeek(student, name, "Ann"), StorageError);
}

}  // namespace
}  // namespace rollcall::storage::testing
