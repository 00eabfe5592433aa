// The pending writes of one key family (storage/graph/pending_family.h), without a database: what
// a flush writes and in which order, deletes of keys the family never held (committed ones),
// reads after writes and deletes, remembered entries, commits and clears.
#include "storage/graph/pending_family.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace rollcall::storage::testing {
namespace {

// Records what a flush writes: "put key=value" or "del key".
class RecordingSink final : public PendingSink {
 public:
  void put(std::string_view key, std::string_view value) override {
    writes.push_back("put " + std::string(key) + "=" + std::string(value));
  }
  void del(std::string_view key) override { writes.push_back("del " + std::string(key)); }
  std::vector<std::string> writes;
};

// A remembered counter, as degrees are: zero is written as a delete; a commit doubles it (a
// stand-in for a chunk being sealed).
struct CounterTraits {
  using Value = int;
  static constexpr bool REMEMBERS = true;
  static constexpr size_t MAX_REMEMBERED = 3;
  static constexpr uint64_t VALUE_BYTES = 0;
  static void write(std::string_view key, int v, PendingSink& sink) {
    v == 0 ? sink.del(key) : sink.put(key, std::to_string(v));
  }
  static PendingRead read(int v, std::string* out) {
    if (v == 0) return PendingRead::TOMBSTONE;
    *out = std::to_string(v);
    return PendingRead::VALUE;
  }
  static void committed(int& v) { v *= 2; }
};

TEST(PendingMap, FlushWritesEachKeyOnceWithItsLatestValue) {
  PendingMap<RecordTraits> records;
  records.write("b") = "1";
  records.write("a") = "2";
  records.write("b") = "3";
  records.remove("c");  // a delete of a key it never held: a committed record
  RecordingSink sink;
  records.flush(sink);
  std::sort(sink.writes.begin(), sink.writes.end());  // a family that forgets: map order
  EXPECT_EQ(sink.writes, (std::vector<std::string>{"del c", "put a=2", "put b=3"}));
  EXPECT_EQ(records.size(), 0u);  // records are not remembered
  records.flush(sink);
  EXPECT_EQ(sink.writes.size(), 3u);
}

TEST(PendingMap, ReadsSeeWritesAndDeletes) {
  PendingMap<RecordTraits> records;
  std::string value;
  EXPECT_EQ(records.read("k", &value), PendingRead::ABSENT);
  records.write("k") = "v1";
  EXPECT_EQ(records.read("k", &value), PendingRead::VALUE);
  EXPECT_EQ(value, "v1");
  records.remove("k");
  EXPECT_EQ(records.read("k", &value), PendingRead::TOMBSTONE);
  EXPECT_EQ(records.find("k"), nullptr);
  records.write("k") = "v2";  // created again after the delete
  EXPECT_EQ(records.read("k", &value), PendingRead::VALUE);
  EXPECT_EQ(value, "v2");
  EXPECT_EQ(records.read("other", &value), PendingRead::ABSENT);
}

TEST(PendingLog, AnyOrderLogKeepsEveryWriteAndReadsTheLatest) {
  PendingLog labels(PendingLog::Order::ANY);
  std::string empty;
  EXPECT_TRUE(labels.append("n2", &empty));
  EXPECT_TRUE(labels.append("n1", &empty));
  EXPECT_TRUE(labels.append("n2", nullptr));  // created and deleted in one transaction
  std::string value = "x";
  EXPECT_EQ(labels.read("n2", &value), PendingRead::TOMBSTONE);
  EXPECT_EQ(labels.read("n1", &value), PendingRead::VALUE);
  EXPECT_EQ(value, "");
  EXPECT_EQ(labels.read("n3", &value), PendingRead::ABSENT);
  RecordingSink sink;
  labels.flush(sink);
  EXPECT_EQ(sink.writes, (std::vector<std::string>{"put n2=", "put n1=", "del n2"}));
}

TEST(PendingMap, RememberedEntriesStayCleanAfterAFlushAndPassThroughCommits) {
  PendingMap<CounterTraits> counters;
  bool wasHeld = true;
  int& x = counters.write(
      "x", [] { return 10; }, &wasHeld);
  EXPECT_FALSE(wasHeld);
  EXPECT_EQ(x, 10);  // loaded, as the first write of a list reads its last chunk
  ++x;
  counters.write(
      "x", [] { return -1; }, &wasHeld) += 1;  // present: not loaded again
  EXPECT_TRUE(wasHeld);
  counters.write("gone") = 0;
  RecordingSink sink;
  counters.flush(sink);
  EXPECT_EQ(sink.writes, (std::vector<std::string>{"put x=12", "del gone"}));
  EXPECT_FALSE(counters.holdsChanges());
  EXPECT_EQ(counters.size(), 2u);  // both remembered, clean
  ASSERT_NE(counters.find("x"), nullptr);
  EXPECT_EQ(*counters.find("x"), 12);

  counters.committed();
  EXPECT_EQ(*counters.find("x"), 24);
  EXPECT_EQ(*counters.find("gone"), 0);  // a value written as a delete, still known
  counters.flush(sink);
  EXPECT_EQ(sink.writes.size(), 2u);  // nothing held: nothing written

  counters.write("y") = 1;
  counters.write("z") = 1;
  counters.flush(sink);
  counters.committed();  // four entries, over MAX_REMEMBERED: all forgotten
  EXPECT_EQ(counters.size(), 0u);
}

TEST(PendingMap, ForgottenKeysAreNotWrittenAndAFailedLoadLeavesNothing) {
  PendingMap<CounterTraits> counters;
  counters.write("a") = 1;
  counters.write("b") = 2;
  counters.forget("a");
  EXPECT_THROW(counters.write("c", []() -> int { throw std::runtime_error("read failed"); }),
               std::runtime_error);
  EXPECT_EQ(counters.find("c"), nullptr);
  RecordingSink sink;
  counters.flush(sink);
  EXPECT_EQ(sink.writes, (std::vector<std::string>{"put b=2"}));
}

TEST(PendingMap, ClearDropsHeldChanges) {
  PendingMap<CounterTraits> counters;
  counters.write("a") = 1;
  counters.clear();
  RecordingSink sink;
  counters.flush(sink);
  EXPECT_TRUE(sink.writes.empty());
  EXPECT_EQ(counters.find("a"), nullptr);
}

TEST(PendingLog, AppendsAscendingKeysAndRefusesTheRest) {
  PendingLog log(PendingLog::Order::ASCENDING);
  std::string v1 = "one", v3 = "three", empty;
  EXPECT_TRUE(log.append("k1", &v1));
  EXPECT_TRUE(log.append("k2", nullptr));  // a delete of a committed record
  EXPECT_TRUE(log.append("k3", &v3));
  EXPECT_TRUE(log.append("k4", &empty));
  EXPECT_FALSE(log.append("k3", &v1));  // a rewrite: the caller flushes first
  EXPECT_FALSE(log.append("k0", &v1));

  std::string value;
  EXPECT_EQ(log.read("k1", &value), PendingRead::VALUE);
  EXPECT_EQ(value, "one");
  EXPECT_EQ(log.read("k2", &value), PendingRead::TOMBSTONE);
  EXPECT_EQ(log.read("k3", &value), PendingRead::VALUE);
  EXPECT_EQ(value, "three");
  EXPECT_EQ(log.read("k4", &value), PendingRead::VALUE);
  EXPECT_EQ(value, "");
  EXPECT_EQ(log.read("k5", &value), PendingRead::ABSENT);
  EXPECT_EQ(log.read("k", &value), PendingRead::ABSENT);

  RecordingSink sink;
  log.flush(sink);
  EXPECT_EQ(sink.writes,
            (std::vector<std::string>{"put k1=one", "del k2", "put k3=three", "put k4="}));
  EXPECT_TRUE(log.empty());
  EXPECT_TRUE(log.append("k0", &v1));  // empty again: any key starts it
  log.clear();
  EXPECT_EQ(log.read("k0", &value), PendingRead::ABSENT);
}

// Flushing whenever append refuses, as the transaction does, ends with the same writes as a map
// of the last value of each key.
TEST(PendingLog, FlushOnRefusalAgreesWithAMapOfLatestValues) {
  std::mt19937 rng(7);
  PendingLog log(PendingLog::Order::ASCENDING);
  std::map<std::string, std::string> batch, expected;
  struct Sink final : PendingSink {
    std::map<std::string, std::string>& out;
    explicit Sink(std::map<std::string, std::string>& o) : out(o) {}
    void put(std::string_view k, std::string_view v) override { out[std::string(k)] = v; }
    void del(std::string_view k) override { out.erase(std::string(k)); }
  } sink(batch);
  for (int i = 0; i < 2000; ++i) {
    std::string key = "r" + std::to_string(1000 + (i % 3 == 0 ? rng() % 500 : i / 2));
    bool remove = rng() % 5 == 0;
    std::string value = std::to_string(i);
    const std::string* written = remove ? nullptr : &value;
    if (!log.append(key, written)) {
      log.flush(sink);
      ASSERT_TRUE(log.append(key, written));
    }
    remove ? void(expected.erase(key)) : void(expected[key] = value);
    std::string read;
    ASSERT_EQ(log.read(key, &read), remove ? PendingRead::TOMBSTONE : PendingRead::VALUE);
    if (!remove) {
      ASSERT_EQ(read, value);
    }
  }
  log.flush(sink);
  EXPECT_EQ(batch, expected);
}

}  // namespace
}  // namespace rollcall::storage::testing
