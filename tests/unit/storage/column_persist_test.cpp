// Stored column chunks (storage/columns/column_store.h): the codec of every layout and its
// rejection of malformed values; a chunk stored by one process's cache is read, not built, by
// the next; every kind of committed write, and a bulk load, makes the stored chunks of what
// they wrote stale (the next read builds them again and gets the committed state), a rollback
// does not; a read-only store reads them and writes nothing; a format 4 database is upgraded
// when opened for writing and read as before when opened read-only.
#include <rocksdb/write_batch.h>

#include <functional>
#include <map>

#include "storage/codec/big_endian.h"
#include "storage/codec/keys.h"
#include "storage/codec/property_codec.h"
#include "storage/columns/column_build.h"
#include "storage/columns/column_cache.h"
#include "storage/columns/column_codec.h"
#include "storage/columns/column_keys.h"
#include "storage/graph/bulk_writer.h"
#include "storage/kv/kv_store.h"
#include "tests/unit/storage/storage_test_util.h"

namespace rollcall::storage::testing {
namespace {

using Layout = PropertyChunk::Layout;

void expectSameProperty(const PropertyChunk& a, const PropertyChunk& b) {
  ASSERT_EQ(a.layout, b.layout);
  for (size_t s = 0; s < COLUMN_CHUNK_SIZE; ++s) {
    ASSERT_EQ(a.has(s), b.has(s)) << "slot " << s;
    ASSERT_EQ(a.get(s), b.get(s)) << "slot " << s;
  }
}

PropertyChunk chunkOf(const std::vector<std::pair<size_t, PropertyValue>>& values) {
  std::vector<PropertyValue> all(COLUMN_CHUNK_SIZE);
  for (const auto& [slot, value] : values) all[slot] = value;
  return PropertyChunk::fromValues(std::move(all));
}

void expectCorrupt(const std::function<void()>& decode, const std::string& what) {
  try {
    decode();
    ADD_FAILURE() << what << ": decoded";
  } catch (const StorageError& e) {
    EXPECT_EQ(e.kind(), StorageErrorKind::CORRUPTION) << what << ": " << e.what();
  }
}

TEST(ColumnCodecTest, PropertyLayoutsRoundTrip) {
  std::vector<PropertyChunk> chunks = {
      chunkOf({}),
      chunkOf({{0, true}, {7, false}, {4095, true}}),
      chunkOf({{1, int64_t{-5}}, {2, INT64_MAX}, {3, INT64_MIN}, {4000, int64_t{0}}}),
      chunkOf({{0, 2.5}, {9, -0.0}, {10, 1e300}}),
      chunkOf({{5, PropertyValue(Date{-1})}, {6, PropertyValue(Date{19358})}}),
      chunkOf({{0, "Alice"}, {1, ""}, {4095, std::string(300, 'x')}}),
      chunkOf({{0, int64_t{1}}, {1, "one"}, {2, PropertyList{1, "a", true}}, {3, 1.5}}),
  };
  std::vector<Layout> layouts = {Layout::EMPTY, Layout::BOOL,   Layout::INT,  Layout::DOUBLE,
                                 Layout::DATE,  Layout::STRING, Layout::MIXED};
  for (size_t i = 0; i < chunks.size(); ++i) {
    ASSERT_EQ(chunks[i].layout, layouts[i]);
    std::string payload;
    encodePropertyChunk(payload, chunks[i]);
    expectSameProperty(decodePropertyChunk(payload), chunks[i]);
  }
}

TEST(ColumnCodecTest, LabelsDegreesAndStampsRoundTrip) {
  LabelChunk empty, some;
  some.members.set(0);
  some.members.set(4095);
  for (const auto& chunk : {empty, some}) {
    std::string payload;
    encodeLabelChunk(payload, chunk);
    EXPECT_EQ(decodeLabelChunk(payload).members.words, chunk.members.words);
  }
  std::string none;
  encodeLabelChunk(none, empty);
  EXPECT_TRUE(none.empty());  // an empty chunk is stored as its stamp alone

  std::vector<DegreeColumn> columns(2);
  columns[0] = {3, Direction::OUT, {}};
  columns[0].degrees.degrees[1] = 7;
  columns[0].degrees.degrees[4095] = DegreeChunk::DEGREE_OVERFLOW;
  columns[1] = {4, Direction::IN, {}};
  columns[1].degrees.degrees[2] = 300;
  std::string payload;
  encodeDegreeColumns(payload, columns);
  auto back = decodeDegreeColumns(payload);
  ASSERT_EQ(back.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(back[i].type, columns[i].type);
    EXPECT_EQ(back[i].dir, columns[i].dir);
    EXPECT_EQ(back[i].degrees.degrees, columns[i].degrees.degrees);
  }
  std::string stamp;
  encodeColumnStamp(stamp, {1, UINT64_MAX});
  EXPECT_EQ(decodeColumnStamp(stamp), (ColumnStamp{1, UINT64_MAX}));
}

TEST(ColumnCodecTest, MalformedValuesAreCorruption) {
  std::string ints, strings, mixed, bools, degrees;
  encodePropertyChunk(ints, chunkOf({{1, int64_t{5}}, {2, int64_t{300}}}));
  encodePropertyChunk(strings, chunkOf({{1, "abc"}}));
  encodePropertyChunk(mixed, chunkOf({{1, int64_t{1}}, {2, "x"}}));
  encodePropertyChunk(bools, chunkOf({{1, true}}));
  std::vector<DegreeColumn> columns(1);
  encodeDegreeColumns(degrees, columns);
  for (const std::string* value : {&ints, &strings, &mixed, &bools}) {
    for (size_t cut = 0; cut < value->size(); ++cut) {
      expectCorrupt([&] { decodePropertyChunk(value->substr(0, cut)); },
                    "property cut at " + std::to_string(cut));
    }
    expectCorrupt([&] { decodePropertyChunk(*value + "z"); }, "property with a trailing byte");
  }
  std::string badLayout = ints;
  badLayout[0] = 9;
  expectCorrupt([&] { decodePropertyChunk(badLayout); }, "unknown layout");
  std::string badBool = bools;
  badBool.back() = 4;  // zigzag 2
  expectCorrupt([&] { decodePropertyChunk(badBool); }, "boolean 2");
  std::string longString = strings;
  longString[longString.size() - 4] = char(100);
  expectCorrupt([&] { decodePropertyChunk(longString); }, "string longer than the value");
  std::string emptyPresent(1, char(Layout::INT));
  emptyPresent += std::string(512, '\0');
  expectCorrupt([&] { decodePropertyChunk(emptyPresent); }, "no value present");

  expectCorrupt([&] { decodeLabelChunk(std::string(511, '\1')); }, "short bitmap");
  expectCorrupt([&] { decodeLabelChunk(std::string(513, '\1')); }, "long bitmap");
  for (size_t cut : {size_t{0}, size_t{3}, degrees.size() - 1}) {
    expectCorrupt([&] { decodeDegreeColumns(degrees.substr(0, cut)); }, "degrees cut");
  }
  std::string badDir = degrees;
  badDir[5] = 2;
  expectCorrupt([&] { decodeDegreeColumns(badDir); }, "direction 2");
  std::string hugeCount;
  codec::putVarint(hugeCount, uint64_t{1} << 40);
  expectCorrupt([&] { decodeDegreeColumns(hugeCount); }, "huge column count");
  std::string bigDegree = degrees.substr(0, degrees.size() - 1);
  codec::putVarint(bigDegree, uint64_t{1} << 33);
  expectCorrupt([&] { decodeDegreeColumns(bigDegree); }, "degree above 32 bits");
  expectCorrupt([&] { decodeColumnStamp("short"); }, "short stamp");
}

// A graph in two column chunks: Person nodes with `age` and `name`, KNOWS relationships.
class ColumnPersistTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    person_ = label("Person");
    admin_ = label("Admin");
    age_ = key("age");
    name_ = key("name");
    knows_ = relType("KNOWS");
    auto txn = store_->begin();
    for (size_t i = 0; i < NODES; ++i) {
      Properties props{{age_, int64_t(i % 90)}, {name_, "p" + std::to_string(i)}};
      ids_.push_back(txn->createNode({person_}, props));
    }
    for (size_t i = 0; i + 1 < NODES; i += 3) txn->createRel(knows_, ids_[i], ids_[i + 1], {});
    txn->commit();
    store_.reset();
  }

  // Reads every column of node `id`'s chunk through a cache over a new KvStore and checks each
  // against a build from the records; returns {builds, loads} of that cache.
  std::pair<uint64_t, uint64_t> readColumns(NodeId id, bool readOnly = false) {
    kv::KvStore kv(dir_, /*createIfMissing=*/false, readOnly);
    ColumnCache cache(kv, ColumnCache::DEFAULT_BUDGET);
    uint64_t c = columnChunkOf(id);
    for (LabelId l : {person_, admin_}) {
      EXPECT_EQ(cache.label(l, c)->members.words, buildLabelChunk(kv, nullptr, l, c).members.words);
    }
    for (PropKeyId k : {age_, name_}) {
      expectSameProperty(*cache.property(k, c), buildPropertyChunk(kv, nullptr, k, c));
    }
    std::map<Direction, DegreeChunk> fresh;
    buildDegreeChunks(kv, nullptr, c, [&](RelTypeId, Direction d, DegreeChunk&& chunk) {
      fresh[d] = std::move(chunk);
    });
    for (Direction d : {Direction::OUT, Direction::IN}) {
      EXPECT_EQ(cache.degree(knows_, d, c)->degrees, fresh[d].degrees);
    }
    return {cache.builds(), cache.loads()};
  }
  // 2 labels + 2 property keys + 1 degree key (both directions) per node chunk.
  static constexpr uint64_t COLUMNS = 5;

  // The number of stored column chunks ("col:" keys other than the stamps).
  size_t storedChunks() {
    kv::KvStore kv(dir_, /*createIfMissing=*/false, /*readOnly=*/true);
    std::unique_ptr<rocksdb::Iterator> it(kv.db().NewIterator({}, kv.cf(kv::Cf::META)));
    size_t n = 0;
    for (it->Seek(keys::COLUMN_PREFIX); it->Valid() && it->key().starts_with(keys::COLUMN_PREFIX);
         it->Next()) {
      char kind = it->key()[4];
      n += kind == 'L' || kind == 'D' || kind == 'P';
    }
    return n;
  }

  static constexpr size_t NODES = COLUMN_CHUNK_SIZE + 100;
  LabelId person_, admin_;
  PropKeyId age_, name_;
  RelTypeId knows_;
  std::vector<NodeId> ids_;
};

TEST_F(ColumnPersistTest, ASecondProcessReadsStoredChunks) {
  EXPECT_EQ(readColumns(ids_[10]), std::make_pair(COLUMNS, uint64_t{0}));
  EXPECT_EQ(storedChunks(), COLUMNS);
  EXPECT_EQ(readColumns(ids_[10]), std::make_pair(uint64_t{0}, COLUMNS));
  // The other node chunk was never read: built, then read.
  EXPECT_EQ(readColumns(ids_.back()), std::make_pair(COLUMNS, uint64_t{0}));
  EXPECT_EQ(readColumns(ids_.back()), std::make_pair(uint64_t{0}, COLUMNS));
}

// Each kind of write, committed by a store opened after the chunks were stored: the next
// reader builds the written chunk again (and gets the committed state, checked against a fresh
// build), and still reads the untouched one.
TEST_F(ColumnPersistTest, CommittedWritesMakeStoredChunksStale) {
  NodeId a = ids_[1], b = ids_[2], other = ids_.back();
  ASSERT_NE(columnChunkOf(a), columnChunkOf(other));
  std::vector<std::pair<std::string, std::function<void(Transaction&)>>> writes = {
      {"property value", [&](Transaction& t) { t.setNodeProperty(a, age_, int64_t{99}); }},
      {"property type", [&](Transaction& t) { t.setNodeProperty(a, age_, "old"); }},
      {"property removed", [&](Transaction& t) { t.setNodeProperty(a, name_, PropertyValue()); }},
      {"label added", [&](Transaction& t) { t.addLabel(a, admin_); }},
      {"label removed", [&](Transaction& t) { t.removeLabel(b, person_); }},
      {"relationship created", [&](Transaction& t) { t.createRel(knows_, b, a, {}); }},
      {"relationship deleted",
       [&](Transaction& t) {
         std::vector<Edge> edges;
         t.neighbours(b, knows_, Direction::OUT, edges);
         t.deleteRel(edges.at(0).rel);
       }},
      {"node deleted", [&](Transaction& t) { t.deleteNode(ids_[5]); }},
  };
  readColumns(a);
  readColumns(other);
  for (auto& [what, write] : writes) {
    SCOPED_TRACE(what);
    store_ = GraphStore::open(dir_, {.createIfMissing = false});
    auto txn = store_->begin();
    write(*txn);
    txn->commit();
    txn.reset();
    store_.reset();
    EXPECT_EQ(readColumns(a).first, COLUMNS);  // built: what was stored is stale
    EXPECT_EQ(readColumns(a), std::make_pair(uint64_t{0}, COLUMNS));
    EXPECT_EQ(readColumns(other), std::make_pair(uint64_t{0}, COLUMNS));
  }
}

TEST_F(ColumnPersistTest, ARollbackLeavesStoredChunksValid) {
  readColumns(ids_[1]);
  store_ = GraphStore::open(dir_, {.createIfMissing = false});
  auto txn = store_->begin();
  txn->setNodeProperty(ids_[1], age_, int64_t{99});
  txn->addLabel(ids_[1], admin_);
  txn->createRel(knows_, ids_[1], ids_[2], {});
  txn->rollback();
  txn.reset();
  store_.reset();
  EXPECT_EQ(readColumns(ids_[1]), std::make_pair(uint64_t{0}, COLUMNS));
}

TEST_F(ColumnPersistTest, ABulkLoadMakesEveryStoredChunkStale) {
  readColumns(ids_[1]);
  readColumns(ids_.back());
  store_ = GraphStore::open(dir_, {.createIfMissing = false});
  auto bulk = store_->bulkWriter();
  NodeId added = bulk->addNode({person_, admin_}, {{age_, int64_t{7}}});
  bulk->addRel(knows_, ids_.back(), added, {});
  bulk->finish();
  bulk.reset();
  store_.reset();
  ASSERT_EQ(columnChunkOf(added), columnChunkOf(ids_.back()));
  EXPECT_EQ(readColumns(ids_.back()).first, COLUMNS);
  EXPECT_EQ(readColumns(ids_[1]).first, COLUMNS);  // not written, but a load may write anything
}

TEST_F(ColumnPersistTest, ReadOnlyReadsStoredChunksAndWritesNone) {
  EXPECT_EQ(readColumns(ids_[1], /*readOnly=*/true).first, COLUMNS);
  EXPECT_EQ(readColumns(ids_[1], /*readOnly=*/true).first, COLUMNS);
  EXPECT_EQ(storedChunks(), 0u);
  readColumns(ids_[1]);
  EXPECT_EQ(readColumns(ids_[1], /*readOnly=*/true), std::make_pair(uint64_t{0}, COLUMNS));
}

// A format 4 database (no stored chunk, no stamps): read-only it is read as before and left
// alone; the first open for writing makes it format 5, after which chunks are stored.
TEST_F(ColumnPersistTest, FormatFourIsUpgradedWhenOpenedForWriting) {
  {
    kv::KvStore kv(dir_, /*createIfMissing=*/false, /*readOnly=*/false);
    rocksdb::WriteBatch batch;
    std::string four;
    codec::putU32(four, 4);
    batch.Put(kv.cf(kv::Cf::META), keys::META_FORMAT, four);
    kv.write(batch);
  }
  {
    kv::KvStore kv(dir_, /*createIfMissing=*/false, /*readOnly=*/true);
    EXPECT_EQ(kv.formatVersion(), 4u);
  }
  EXPECT_EQ(readColumns(ids_[1], /*readOnly=*/true).first, COLUMNS);
  EXPECT_EQ(storedChunks(), 0u);
  store_ = GraphStore::open(dir_, {.createIfMissing = false});
  EXPECT_TRUE(store_->indexSeeksAvailable());
  store_.reset();
  {
    kv::KvStore kv(dir_, /*createIfMissing=*/false, /*readOnly=*/true);
    EXPECT_EQ(kv.formatVersion(), kv::FORMAT_VERSION);
    EXPECT_EQ(kv::FORMAT_VERSION, 5u);
  }
  readColumns(ids_[1]);
  EXPECT_EQ(readColumns(ids_[1]), std::make_pair(uint64_t{0}, COLUMNS));
}

}  // namespace
}  // namespace rollcall::storage::testing
