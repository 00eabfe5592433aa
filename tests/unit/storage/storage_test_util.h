#pragma once
// Shared fixture: a fresh database directory under /tmp, removed afterwards.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "storage/graph/graph_store.h"

namespace rollcall::storage::testing {

inline std::string uniqueTempDir(const std::string& tag) {
  static std::atomic<int> counter{0};
  auto dir =
      std::filesystem::temp_directory_path() /
      ("rollcall-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(dir);
  return dir.string();
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = uniqueTempDir("storage");
    store_ = GraphStore::open(dir_);
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  void reopen() {
    store_.reset();
    store_ = GraphStore::open(dir_);
  }
  // Reopens with a column cache of `bytes` (storage/columns/column_cache.h).
  void openWithCache(size_t bytes) {
    store_.reset();
    OpenOptions options;
    options.columnCacheBytes = bytes;
    store_ = GraphStore::open(dir_, options);
  }
  LabelId label(const char* name) { return store_->catalog().getOrCreateLabel(name); }
  RelTypeId relType(const char* name) { return store_->catalog().getOrCreateRelType(name); }
  PropKeyId key(const char* name) { return store_->catalog().getOrCreatePropKey(name); }

  std::string dir_;
  std::unique_ptr<GraphStore> store_;
};

template <typename Cursor>
auto drain(Cursor& cursor) {
  using Entry = std::conditional_t<std::is_base_of_v<NodeCursor, Cursor>, NodeId, RelEntry>;
  std::vector<Entry> out;
  Entry buf[3];  // small on purpose: exercises refills
  while (size_t n = cursor.next(buf, 3)) out.insert(out.end(), buf, buf + n);
  return out;
}

// (relationship, other node) of a neighbour list, in list order.
using Pairs = std::vector<std::pair<RelId, NodeId>>;

inline Pairs neighbourPairs(Transaction& txn, NodeId node, RelTypeId type, Direction dir) {
  std::vector<Edge> edges;
  txn.neighbours(node, type, dir, edges);
  Pairs out;
  for (const auto& e : edges) out.emplace_back(e.rel, e.other);
  return out;
}

}  // namespace rollcall::storage::testing
