#include "storage/common/property_format.h"
#include "storage/common/storage_error.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

using Kind = StorageErrorKind;

TEST_F(StoreTest, CreateAndReadNodeWithEveryValueType) {
  auto person = label("Person"), student = label("Student");
  auto b = key("b"), i = key("i"), d = key("d"), s = key("s"), dt = key("dt"), l = key("l");
  PropertyList list{PropertyValue(int64_t{1}), PropertyValue("x"), PropertyValue(2.5)};
  auto txn = store_->begin();
  NodeId id = txn->createNode({student, person}, {{s, "Ann\0B"},
                                                  {b, true},
                                                  {i, int64_t{-7}},
                                                  {d, 1.5},
                                                  {dt, Date{19000}},
                                                  {l, list},
                                                  {key("n"), PropertyValue()}});
  auto check = [&](Transaction& t) {
    auto node = t.getNode(id);
    ASSERT_TRUE(node);
    EXPECT_EQ(node->labels, (std::vector<LabelId>{person, student}));
    ASSERT_EQ(node->properties.size(), 6u);  // the null one is absent
    EXPECT_EQ(t.nodeProperty(id, b), PropertyValue(true));
    EXPECT_EQ(t.nodeProperty(id, i), PropertyValue(int64_t{-7}));
    EXPECT_EQ(t.nodeProperty(id, d), PropertyValue(1.5));
    EXPECT_EQ(t.nodeProperty(id, s), PropertyValue("Ann"));
    EXPECT_EQ(t.nodeProperty(id, dt), PropertyValue(Date{19000}));
    EXPECT_EQ(t.nodeProperty(id, l), PropertyValue(list));
    EXPECT_TRUE(t.nodeProperty(id, key("n")).isNull());
    EXPECT_TRUE(t.hasLabel(id, person));
    EXPECT_FALSE(t.hasLabel(id, label("Other")));
  };
  check(*txn);  // own writes
  txn->commit();
  auto read = store_->begin();
  check(*read);
  EXPECT_FALSE(read->getNode(id + 100));
  EXPECT_TRUE(read->nodeProperty(id + 100, b).isNull());
}

TEST_F(StoreTest, PropertyValueEquality) {
  EXPECT_NE(PropertyValue(int64_t{1}), PropertyValue(1.0));
  EXPECT_EQ(PropertyValue(PropertyList{1, "a"}), PropertyValue(PropertyList{1, "a"}));
  EXPECT_NE(PropertyValue(PropertyList{1}), PropertyValue(PropertyList{1, 2}));
  EXPECT_EQ(PropertyValue(), PropertyValue());
  EXPECT_NE(PropertyValue(), PropertyValue(false));
}

TEST_F(StoreTest, UpdateLabelsAndProperties) {
  auto a = label("A"), b = label("B");
  auto k = key("k");
  auto txn = store_->begin();
  NodeId id = txn->createNode({a}, {{k, 1}});
  EXPECT_TRUE(txn->addLabel(id, b));
  EXPECT_FALSE(txn->addLabel(id, b));
  EXPECT_TRUE(txn->removeLabel(id, a));
  EXPECT_FALSE(txn->removeLabel(id, a));
  txn->setNodeProperty(id, k, "two");
  txn->setNodeProperty(id, key("other"), 3.0);
  txn->setNodeProperty(id, key("other"), PropertyValue());
  txn->commit();
  auto read = store_->begin();
  EXPECT_EQ(read->nodeLabels(id), std::vector<LabelId>{b});
  EXPECT_EQ(read->nodeProperties(id), (Properties{{k, "two"}}));
  EXPECT_EQ(store_->labelCount(a), 0u);
  EXPECT_EQ(store_->labelCount(b), 1u);
  auto write = store_->begin();
  write->setNodeProperties(id, {{key("z"), 1}});
  EXPECT_EQ(write->nodeProperties(id), (Properties{{key("z"), 1}}));
}

TEST_F(StoreTest, WritesToMissingEntitiesThrowNotFound) {
  auto txn = store_->begin();
  auto expectKind = [](Kind kind, auto&& fn) {
    try {
      fn();
      FAIL() << "no exception";
    } catch (const StorageError& e) {
      EXPECT_EQ(e.kind(), kind) << e.what();
    }
  };
  expectKind(Kind::NOT_FOUND, [&] { txn->setNodeProperty(42, key("k"), 1); });
  expectKind(Kind::NOT_FOUND, [&] { txn->addLabel(42, label("A")); });
  expectKind(Kind::NOT_FOUND, [&] { txn->deleteNode(42); });
  expectKind(Kind::NOT_FOUND, [&] { txn->deleteRel(42); });
  expectKind(Kind::NOT_FOUND, [&] { txn->createRel(relType("R"), 1, 2, {}); });
}

TEST_F(StoreTest, LabelScanAndCountsAndDelete) {
  auto a = label("A"), b = label("B");
  auto txn = store_->begin();
  std::vector<NodeId> as;
  for (int i = 0; i < 10; ++i) {
    NodeId id = txn->createNode(i % 2 ? std::vector<LabelId>{a} : std::vector<LabelId>{a, b}, {});
    as.push_back(id);
  }
  txn->commit();
  EXPECT_EQ(store_->nodeCount(), 10u);
  EXPECT_EQ(store_->labelCount(a), 10u);
  EXPECT_EQ(store_->labelCount(b), 5u);
  auto write = store_->begin();
  write->deleteNode(as[0]);
  auto cursor = write->scanLabel(a);
  auto ids = drain(*cursor);
  EXPECT_EQ(ids, std::vector<NodeId>(as.begin() + 1, as.end()));
  write->commit();
  EXPECT_EQ(store_->nodeCount(), 9u);
  EXPECT_EQ(store_->labelCount(b), 4u);
  auto read = store_->begin();
  auto all = read->scanAllNodes();
  EXPECT_EQ(drain(*all).size(), 9u);
}

}  // namespace
}  // namespace rollcall::storage::testing


namespace rollcall::storage::testing {
namespace {

TEST(PropertyFormatTest, MessagesRenderValuesReadably) {
  EXPECT_EQ(formatValue(PropertyValue(Date{0})), "1970-01-01");
  EXPECT_EQ(formatValue(PropertyValue(Date{19358})), "2023-01-01");
  EXPECT_EQ(formatValue(PropertyValue(Date{-1})), "1969-12-31");
  EXPECT_EQ(formatValue(PropertyValue(PropertyList{1, "a", true})), "[1, 'a', true]");
  EXPECT_EQ(formatValue(PropertyValue(2.5)), "2.5");
  EXPECT_EQ(formatValue(PropertyValue()), "null");
}

}  // namespace
}  // namespace rollcall::storage::testing
