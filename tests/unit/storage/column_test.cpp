// The column answers of transactions (hasLabel, nodeProperty, degree, labelColumn,
// propertyColumn, scanLabel) after the store's column cache has built chunks, through commits,
// rollbacks, commitAndContinue, reopening, bulk loads and evictions.
#include "storage/graph/bulk_writer.h"
#include "tests/unit/storage/column_test_util.h"

namespace rollcall::storage::testing {
namespace {

using Layout = PropertyChunk::Layout;

class ColumnTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    a_ = label("A");
    b_ = label("B");
    k_ = key("k");
    t_ = key("t");
    r_ = relType("R");
    tokens_ = {{a_, b_}, {k_, t_}, {r_}};
  }
  // `count` nodes: A on even positions, B on multiples of 3, k = position; a chain of R from
  // each of the first ten to the next.
  void populate(size_t count) {
    auto txn = store_->begin();
    for (size_t i = 0; i < count; ++i) {
      std::vector<LabelId> labels;
      if (i % 2 == 0) labels.push_back(a_);
      if (i % 3 == 0) labels.push_back(b_);
      ids_.push_back(model_.createNode(*txn, labels, {{k_, int64_t(i)}}));
    }
    for (size_t i = 0; i < 10; ++i)
      rels_.push_back(model_.createRel(*txn, r_, ids_[i], ids_[i + 1]));
    txn->commit();
  }
  // A fresh transaction's answers equal `model` (default: the committed model).
  void expectCommitted(const ColumnModel& model) {
    auto read = store_->begin();
    ASSERT_NO_FATAL_FAILURE(expectColumnsMatch(*read, model, tokens_, read->nodeIdEnd()));
  }
  void expectCommitted() { expectCommitted(model_); }
  // Every column, and point reads of every 7th node (each chunk evicted from a tiny cache is
  // rebuilt after 32 more misses: reading every node would rebuild thousands of times).
  void expectSampled() {
    auto read = store_->begin();
    std::vector<NodeId> sample;
    for (NodeId id = 0; id < read->nodeIdEnd(); id += 7) sample.push_back(id);
    for (int pass = 0; pass < 2; ++pass) {
      ASSERT_NO_FATAL_FAILURE(expectPointReads(*read, model_, tokens_, sample));
    }
    ASSERT_NO_FATAL_FAILURE(expectColumns(*read, model_, tokens_, read->nodeIdEnd()));
  }
  std::shared_ptr<const PropertyChunk> column(PropKeyId key, NodeId node) {
    return store_->begin()->propertyColumn(key, columnChunkOf(node));
  }

  LabelId a_, b_;
  PropKeyId k_, t_;
  RelTypeId r_;
  ColumnTokens tokens_;
  ColumnModel model_;
  std::vector<NodeId> ids_;
  std::vector<RelId> rels_;
};

TEST_F(ColumnTest, CachedChunksFollowCommittedWrites) {
  populate(100);
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  EXPECT_EQ(column(k_, ids_[0])->layout, Layout::INT);
  auto commit = [&](auto&& write) {
    auto txn = store_->begin();
    write(*txn);
    txn->commit();
  };
  commit([&](Transaction& t) { model_.setProperty(t, ids_[5], k_, 500); });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  EXPECT_EQ(store_->begin()->nodeProperty(ids_[5], k_), PropertyValue(500));
  commit([&](Transaction& t) { model_.setProperty(t, ids_[6], k_, PropertyValue()); });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  EXPECT_FALSE(column(k_, ids_[6])->has(columnSlotOf(ids_[6])));
  EXPECT_TRUE(store_->begin()->nodeProperty(ids_[6], k_).isNull());

  commit([&](Transaction& t) { model_.setProperty(t, ids_[0], t_, 7); });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  EXPECT_EQ(column(t_, ids_[0])->layout, Layout::INT);
  commit([&](Transaction& t) { model_.setProperty(t, ids_[0], t_, "seven"); });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  auto strings = column(t_, ids_[0]);
  EXPECT_EQ(strings->layout, Layout::STRING);
  EXPECT_EQ(strings->stringAt(columnSlotOf(ids_[0])), "seven");
  PropertyList list{PropertyValue(1), PropertyValue("x")};
  commit([&](Transaction& t) { model_.setProperty(t, ids_[0], t_, list); });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  EXPECT_EQ(column(t_, ids_[0])->layout, Layout::MIXED);
  EXPECT_EQ(column(t_, ids_[0])->get(columnSlotOf(ids_[0])), PropertyValue(list));
  commit([&](Transaction& t) { model_.setProperty(t, ids_[7], k_, 2.5); });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  EXPECT_EQ(column(k_, ids_[0])->layout, Layout::MIXED);

  commit([&](Transaction& t) {
    model_.addLabel(t, ids_[1], b_);
    model_.removeLabel(t, ids_[0], a_);
  });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  EXPECT_FALSE(store_->begin()->hasLabel(ids_[0], a_));
  EXPECT_TRUE(store_->begin()->hasLabel(ids_[1], b_));

  commit([&](Transaction& t) { model_.deleteNode(t, ids_[50]); });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  auto read = store_->begin();
  EXPECT_FALSE(
      read->labelColumn(a_, columnChunkOf(ids_[50]))->members.test(columnSlotOf(ids_[50])));
  EXPECT_TRUE(read->nodeProperty(ids_[50], k_).isNull());
  read.reset();

  RelId extra = 0;
  commit([&](Transaction& t) {
    extra = model_.createRel(t, r_, ids_[20], ids_[21]);
    model_.createRel(t, r_, ids_[20], ids_[20]);  // a self-loop counts in both directions
    model_.deleteRel(t, rels_[0]);
  });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  read = store_->begin();
  EXPECT_EQ(read->degree(ids_[20], r_, Direction::OUT), 2u);
  EXPECT_EQ(read->degree(ids_[20], r_, Direction::IN), 1u);
  EXPECT_EQ(read->degree(ids_[0], r_, Direction::OUT), 0u);
  EXPECT_EQ(read->degree(ids_[1], r_, Direction::IN), 0u);
  read.reset();
  commit([&](Transaction& t) { model_.deleteRel(t, extra); });
  ASSERT_NO_FATAL_FAILURE(expectCommitted());

  NodeId added = 0;
  commit([&](Transaction& t) { added = model_.createNode(t, {a_}, {{k_, 1000}}); });
  ASSERT_EQ(columnChunkOf(added), columnChunkOf(ids_[0]));
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  EXPECT_EQ(drain(*store_->begin()->scanLabel(a_)).back(), added);
}

TEST_F(ColumnTest, WriterSeesOwnWritesReaderSeesCommitted) {
  populate(8300);  // the writer below writes chunks 0 and 2, not 1
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  ColumnModel working = model_;
  auto writer = store_->begin();
  working.setProperty(*writer, ids_[3], k_, 333);
  working.setProperty(*writer, ids_[4], k_, PropertyValue());
  working.setProperty(*writer, ids_[5], t_, "new");
  working.addLabel(*writer, ids_[1], a_);
  working.removeLabel(*writer, ids_[0], b_);
  working.deleteNode(*writer, ids_[60]);
  working.createRel(*writer, r_, ids_[30], ids_[31]);
  working.deleteRel(*writer, rels_[2]);
  NodeId added = working.createNode(*writer, {a_, b_}, {{k_, "added"}});
  {
    SCOPED_TRACE("writer");
    ASSERT_NO_FATAL_FAILURE(expectColumnsMatch(*writer, working, tokens_, writer->nodeIdEnd()));
  }
  EXPECT_EQ(writer->propertyColumn(k_, columnChunkOf(ids_[0]))->layout, Layout::INT);
  EXPECT_EQ(writer->propertyColumn(k_, columnChunkOf(added))->layout, Layout::MIXED);
  EXPECT_EQ(drain(*writer->scanLabel(a_)).back(), added);
  {
    SCOPED_TRACE("reader during the write");
    ASSERT_NO_FATAL_FAILURE(expectCommitted());
    auto reader = store_->begin();
    EXPECT_EQ(reader->propertyColumn(k_, columnChunkOf(added))->layout, Layout::INT);
    EXPECT_FALSE(reader->hasLabel(added, a_));
    EXPECT_TRUE(reader->nodeProperty(added, k_).isNull());
  }
  writer->commit();
  model_ = working;
  SCOPED_TRACE("after the commit");
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
}

TEST_F(ColumnTest, RollbackLeavesCommittedAnswers) {
  populate(300);
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  for (bool destroy : {false, true}) {
    SCOPED_TRACE(destroy ? "destroyed" : "rolled back");
    ColumnModel working = model_;
    auto writer = store_->begin();
    working.setProperty(*writer, ids_[3], k_, "rolled back");
    working.setProperty(*writer, ids_[8], k_, PropertyValue());
    working.addLabel(*writer, ids_[1], a_);
    working.removeLabel(*writer, ids_[2], a_);
    working.deleteNode(*writer, ids_[70]);
    working.createRel(*writer, r_, ids_[40], ids_[41]);
    working.deleteRel(*writer, rels_[1]);
    working.createNode(*writer, {a_}, {{k_, 1}});
    ASSERT_NO_FATAL_FAILURE(expectColumnsMatch(*writer, working, tokens_, writer->nodeIdEnd()));
    if (destroy) {
      writer.reset();
    } else {
      writer->rollback();
    }
    ASSERT_NO_FATAL_FAILURE(expectCommitted());
  }
}

TEST_F(ColumnTest, CommitAndContinueKeepsTheFirstPart) {
  populate(300);
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  ColumnModel working = model_;
  auto writer = store_->begin();
  working.setProperty(*writer, ids_[3], k_, "first");
  working.removeLabel(*writer, ids_[0], a_);
  working.createRel(*writer, r_, ids_[50], ids_[51]);
  NodeId first = working.createNode(*writer, {b_}, {{t_, Date{3}}});
  writer->commitAndContinue();
  model_ = working;
  {
    SCOPED_TRACE("reader after the first part");
    ASSERT_NO_FATAL_FAILURE(expectCommitted());
  }
  {
    SCOPED_TRACE("writer after the first part");
    ASSERT_NO_FATAL_FAILURE(expectColumnsMatch(*writer, working, tokens_, writer->nodeIdEnd()));
  }
  working.setProperty(*writer, ids_[3], k_, "second");
  working.setProperty(*writer, first, t_, PropertyValue());
  working.addLabel(*writer, ids_[0], a_);
  working.deleteRel(*writer, rels_[0]);
  working.createNode(*writer, {a_}, {});
  {
    SCOPED_TRACE("writer in the second part");
    ASSERT_NO_FATAL_FAILURE(expectColumnsMatch(*writer, working, tokens_, writer->nodeIdEnd()));
  }
  writer->rollback();
  SCOPED_TRACE("after the rollback of the second part");
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  EXPECT_EQ(store_->begin()->nodeProperty(ids_[3], k_), PropertyValue("first"));
}

TEST_F(ColumnTest, ReopenGivesTheSameAnswers) {
  populate(200);
  {
    auto txn = store_->begin();
    model_.setProperty(*txn, ids_[9], t_, Date{-5});
    model_.setProperty(*txn, ids_[10], t_, true);
    model_.deleteNode(*txn, ids_[150]);
    txn->commit();
  }
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  reopen();
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  openWithCache(0);  // nothing stays cached: every answer is a point read or a fresh build
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
}

TEST_F(ColumnTest, BulkLoadClearsTheCache) {
  populate(100);
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  auto bulk = store_->bulkWriter();
  std::vector<NodeId> added;
  for (int i = 0; i < 50; ++i) {
    Properties props{{k_, int64_t{1000 + i}}, {t_, "bulk"}};
    std::vector<LabelId> labels{a_};
    added.push_back(bulk->addNode(labels, props));
    model_.addNode(added.back(), labels, props);
  }
  for (int i = 0; i < 10; ++i) {
    model_.addRel(bulk->addRel(r_, ids_[i], added[i], {}), r_, ids_[i], added[i]);
    model_.addRel(bulk->addRel(r_, ids_[50], ids_[i], {}), r_, ids_[50], ids_[i]);
  }
  bulk->finish();
  bulk.reset();
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  auto read = store_->begin();
  EXPECT_EQ(read->degree(ids_[50], r_, Direction::OUT), 10u);
  EXPECT_EQ(read->degree(ids_[1], r_, Direction::IN), 2u);
  EXPECT_EQ(read->nodeProperty(added[7], k_), PropertyValue(1007));
}

TEST_F(ColumnTest, TinyCacheStillAnswersRight) {
  openWithCache(64 << 10);
  tokens_.keys.push_back(key("s"));
  {
    auto txn = store_->begin();
    for (int i = 0; i < 20000; ++i) {
      Properties props{{k_, int64_t{i}}};
      if (i % 7 == 0) props.emplace_back(tokens_.keys[2], "name" + std::to_string(i));
      ids_.push_back(
          model_.createNode(*txn, i % 5 == 0 ? std::vector{a_} : std::vector<LabelId>{}, props));
    }
    for (int i = 0; i + 1 < 20000; i += 100) model_.createRel(*txn, r_, ids_[i], ids_[i + 1]);
    txn->commit();
  }
  ASSERT_GE(columnChunkOf(ids_.back()), 4u);
  ASSERT_NO_FATAL_FAILURE(expectSampled());
  {
    auto txn = store_->begin();
    for (int i = 0; i < 20000; i += 997) model_.setProperty(*txn, ids_[i], k_, -i);
    model_.addLabel(*txn, ids_[19999], b_);
    txn->commit();
  }
  ASSERT_NO_FATAL_FAILURE(expectSampled());
}

TEST_F(ColumnTest, ScanLabelAcrossChunksInIdOrder) {
  auto c = label("C"), d = label("D"), none = label("None");
  tokens_.labels = {a_, b_, c, d, none};
  {
    auto txn = store_->begin();
    for (int i = 0; i < 10000; ++i) {
      std::vector<LabelId> labels;
      if (i % 3 == 0) labels.push_back(a_);
      if (i >= 4000 && i < 4200) labels.push_back(b_);
      if (i == 9999) labels.push_back(d);
      if (i == 0 || i == 4095 || i == 4096 || i == 8191 || i == 8192) labels.push_back(c);
      ids_.push_back(model_.createNode(*txn, labels, {}));
    }
    txn->commit();
  }
  ASSERT_EQ(columnChunkOf(ids_.back()), columnChunkOf(ids_[0]) + 2);
  ASSERT_NO_FATAL_FAILURE(expectCommitted());
  auto read = store_->begin();
  EXPECT_EQ(drain(*read->scanLabel(d)), std::vector<NodeId>{ids_[9999]});
  EXPECT_EQ(drain(*read->scanLabel(c)),
            (std::vector<NodeId>{ids_[0], ids_[4095], ids_[4096], ids_[8191], ids_[8192]}));
  EXPECT_TRUE(drain(*read->scanLabel(none)).empty());
  EXPECT_EQ(drain(*read->scanLabel(a_)).size(), 3334u);
  size_t withB = 0;
  for (uint64_t ch = columnChunkOf(ids_[0]); ch <= columnChunkOf(ids_.back()); ++ch) {
    withB += read->labelColumn(b_, ch)->members.count();
  }
  EXPECT_EQ(withB, 200u);
  read.reset();
  ColumnModel working = model_;
  auto writer = store_->begin();
  working.addLabel(*writer, ids_[5000], d);
  working.removeLabel(*writer, ids_[9999], d);
  EXPECT_EQ(drain(*writer->scanLabel(d)), std::vector<NodeId>{ids_[5000]});
  ASSERT_NO_FATAL_FAILURE(expectColumns(*writer, working, tokens_, writer->nodeIdEnd()));
}

}  // namespace
}  // namespace rollcall::storage::testing
