// Differential test of the column answers: seeded random writes (nodes with random labels and
// properties of random types, property sets and removals, label changes, node and relationship
// creation and deletion), committed, rolled back or committed-and-continued at random; after
// every transaction a fresh transaction's answers (with its chunks built) equal an in-memory
// model's, and so do the writer's own answers before it ends.
#include <optional>
#include <random>

#include "storage/common/storage_error.h"
#include "tests/unit/storage/column_test_util.h"

namespace rollcall::storage::testing {
namespace {

class ColumnRandomTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    tokens_ = {{label("L0"), label("L1"), label("L2")},
               {key("k0"), key("k1"), key("k2"), key("k3")},
               {relType("T0"), relType("T1")}};
  }

  uint64_t pick(uint64_t n) { return rng_() % n; }
  bool chance(int percent) { return int(pick(100)) < percent; }

  PropertyValue anyValue(size_t typeIndex) {
    switch (typeIndex % 6) {
      case 0:
        return PropertyValue(int64_t(pick(7)) - 3);
      case 1:
        return PropertyValue(std::string(pick(4), char('a' + pick(3))));
      case 2:
        return PropertyValue(double(pick(9)) / 4 - 1);
      case 3:
        return PropertyValue(Date{int32_t(pick(5)) - 2});
      case 4:
        return PropertyValue(chance(50));
      default:
        return PropertyValue(PropertyList{PropertyValue(int64_t(pick(3))), "x"});
    }
  }
  // Mostly the key's own type (k0 int, k1 string, k2 double, k3 date), so chunks keep narrow
  // layouts for a while and change to MIXED and back.
  PropertyValue valueFor(size_t keyIndex) { return anyValue(chance(85) ? keyIndex : pick(6)); }
  std::vector<LabelId> randomLabels() {
    std::vector<LabelId> out;
    for (LabelId l : tokens_.labels) {
      if (chance(40)) out.push_back(l);
    }
    return out;
  }
  Properties randomProperties() {
    Properties out;
    for (size_t i = 0; i < tokens_.keys.size(); ++i) {
      if (chance(50)) out.emplace_back(tokens_.keys[i], valueFor(i));
    }
    return out;
  }
  // A random existing node of `model` (none when empty).
  std::optional<NodeId> anyNode(const ColumnModel& model) {
    if (model.nodes.empty()) return std::nullopt;
    auto it = model.nodes.lower_bound(pick(model.nodes.rbegin()->first + 1));
    return it == model.nodes.end() ? model.nodes.begin()->first : it->first;
  }

  void randomWrite(Transaction& txn, ColumnModel& model, std::vector<NodeId>& touched);
  void expectFresh(const std::vector<NodeId>& touched);
  void expectWriter(Transaction& writer, const ColumnModel& working,
                    const std::vector<NodeId>& touched);
  std::vector<NodeId> sample(const std::vector<NodeId>& touched, NodeId end) {
    std::vector<NodeId> out = touched;
    for (int i = 0; i < 40; ++i) out.push_back(pick(end + 1));
    return out;
  }

  std::mt19937_64 rng_{20261204};
  ColumnTokens tokens_;
  ColumnModel committed_;
};

void ColumnRandomTest::randomWrite(Transaction& txn, ColumnModel& model,
                                   std::vector<NodeId>& touched) {
  uint64_t op = pick(100);
  auto node = anyNode(model);
  if (op < 25 || !node) {
    touched.push_back(model.createNode(txn, randomLabels(), randomProperties()));
  } else if (op < 45) {
    size_t k = pick(tokens_.keys.size());
    model.setProperty(txn, *node, tokens_.keys[k], chance(20) ? PropertyValue() : valueFor(k));
  } else if (op < 55) {
    model.addLabel(txn, *node, tokens_.labels[pick(tokens_.labels.size())]);
  } else if (op < 65) {
    model.removeLabel(txn, *node, tokens_.labels[pick(tokens_.labels.size())]);
  } else if (op < 75) {
    if (model.connected(*node)) {
      EXPECT_THROW(txn.deleteNode(*node), StorageError);  // and changes nothing
    } else {
      model.deleteNode(txn, *node);
    }
  } else if (op < 90) {
    NodeId other = *anyNode(model);
    touched.push_back(other);
    model.createRel(txn, tokens_.types[pick(tokens_.types.size())], *node, other);
  } else if (!model.rels.empty()) {
    auto it = model.rels.lower_bound(pick(model.rels.rbegin()->first + 1));
    if (it == model.rels.end()) it = model.rels.begin();
    touched.push_back(it->second.start);
    touched.push_back(it->second.end);
    model.deleteRel(txn, it->first);
  }
  if (node) touched.push_back(*node);
}

void ColumnRandomTest::expectFresh(const std::vector<NodeId>& touched) {
  auto read = store_->begin();
  auto ids = sample(touched, read->nodeIdEnd());
  for (int pass = 0; pass < 2; ++pass) {
    ASSERT_NO_FATAL_FAILURE(expectPointReads(*read, committed_, tokens_, ids));
  }
  ASSERT_NO_FATAL_FAILURE(expectColumns(*read, committed_, tokens_, read->nodeIdEnd()));
  ASSERT_NO_FATAL_FAILURE(expectPointReads(*read, committed_, tokens_, ids));
}

// Point reads of the sample; the columns of one random chunk and token (a written chunk is
// built from 4,096 point reads per token).
void ColumnRandomTest::expectWriter(Transaction& writer, const ColumnModel& working,
                                    const std::vector<NodeId>& touched) {
  NodeId end = writer.nodeIdEnd();
  ASSERT_NO_FATAL_FAILURE(expectPointReads(writer, working, tokens_, sample(touched, end)));
  uint64_t chunk = pick(columnChunkOf(end) + 1);
  NodeId first = columnChunkStart(chunk);
  LabelId l = tokens_.labels[pick(tokens_.labels.size())];
  PropKeyId k = tokens_.keys[pick(tokens_.keys.size())];
  auto labels = writer.labelColumn(l, chunk);
  auto values = writer.propertyColumn(k, chunk);
  for (size_t s = 0; s < COLUMN_CHUNK_SIZE; ++s) {
    ASSERT_EQ(labels->members.test(s), working.hasLabel(first + s, l)) << "slot " << s;
    ASSERT_EQ(values->get(s), working.property(first + s, k)) << "slot " << s;
  }
  auto scan = writer.scanLabel(l);
  ASSERT_EQ(drain(*scan), working.withLabel(l));
}

TEST_F(ColumnRandomTest, ColumnAnswersMatchAModel) {
  {
    // Fills most of chunk 0, so the random nodes land in chunks 0 and 1.
    auto txn = store_->begin();
    for (int i = 0; i < 4000; ++i) committed_.createNode(*txn, randomLabels(), randomProperties());
    txn->commit();
  }
  ASSERT_NO_FATAL_FAILURE(expectFresh({}));
  int ops = 0, transactions = 0, commits = 0;
  while (ops < 2000) {
    SCOPED_TRACE("transaction " + std::to_string(transactions) + ", op " + std::to_string(ops));
    ++transactions;
    ColumnModel working = committed_;
    std::vector<NodeId> touched;
    auto writer = store_->begin();
    auto writeSome = [&] {
      for (uint64_t n = 1 + pick(12); n > 0; --n, ++ops) randomWrite(*writer, working, touched);
    };
    writeSome();
    if (chance(10)) {
      writer->commitAndContinue();
      committed_ = working;
      ASSERT_NO_FATAL_FAILURE(expectFresh(touched));
      writeSome();
    }
    if (chance(15)) {
      ASSERT_NO_FATAL_FAILURE(expectWriter(*writer, working, touched));
    }
    uint64_t end = pick(100);
    if (end < 70) {
      writer->commit();
      committed_ = working;
      ++commits;
    } else if (end < 90) {
      writer->rollback();
    } else {
      writer.reset();
    }
    ASSERT_NO_FATAL_FAILURE(expectFresh(touched));
  }
  EXPECT_GT(commits, transactions / 2);
  SCOPED_TRACE("after reopening");
  reopen();
  auto read = store_->begin();
  ASSERT_NO_FATAL_FAILURE(expectColumnsMatch(*read, committed_, tokens_, read->nodeIdEnd()));
}

}  // namespace
}  // namespace rollcall::storage::testing
