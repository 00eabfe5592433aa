// BulkWriter::finish(): unique checks, then the sorted files built from memory.
#include <algorithm>

#include "storage/codec/big_endian.h"
#include "storage/columns/column_keys.h"
#include "storage/columns/column_store.h"
#include "storage/graph/bulk_writer_impl.h"
#include "storage/graph/index_entries.h"
#include "storage/graph/stats_records.h"

namespace rollcall::storage {

using kv::Cf;

namespace {

std::string_view valuePrefix(const std::string& key) {
  return std::string_view(key).substr(0, key.size() - INDEX_NODE_SUFFIX);
}

NodeId entryNode(const std::string& key) { return codec::getU64(key, key.size() - 8); }

}  // namespace

// Against each other and against committed entries; nothing is written on a violation.
void BulkWriterImpl::checkUnique() {
  // Nodes are usually added in key order per label: sort only past the sorted prefix, then merge.
  auto less = [](const auto& a, const auto& b) { return a.key < b.key; };
  auto sorted = std::is_sorted_until(indexEntries_.begin(), indexEntries_.end(), less);
  std::sort(sorted, indexEntries_.end(), less);
  std::inplace_merge(indexEntries_.begin(), sorted, indexEntries_.end(), less);
  std::unique_ptr<rocksdb::Iterator> it(kv_.db().NewIterator({}, kv_.cf(Cf::INDEX)));
  for (size_t i = 0; i < indexEntries_.size(); ++i) {
    const auto& entry = indexEntries_[i];
    if (!entry.index->unique) continue;
    auto prefix = valuePrefix(entry.key);
    rocksdb::Slice slice(prefix.data(), prefix.size());
    NodeId existing = 0;
    bool clash = i > 0 && valuePrefix(indexEntries_[i - 1].key) == prefix;
    if (clash) existing = entryNode(indexEntries_[i - 1].key);
    if (!clash) {
      it->Seek(slice);
      clash = it->Valid() && it->key().starts_with(slice);
      if (!it->Valid()) kv::check(it->status(), "unique check failed");
      if (clash) existing = codec::getU64(it->key().data() + prefix.size());
    }
    if (clash) {
      throw uniqueViolation(store_.catalog(), existing, entry.index->label, entry.index->key,
                            entry.value);
    }
  }
}

void BulkWriterImpl::writeLabels(Files& out) {
  if (labelNodes_.empty()) return;
  auto sink = newSink(Cf::LABELS);
  for (const auto& [label, nodes] : labelNodes_) {
    for (NodeId node : nodes) sink->put(keys::labelKey(label, node), "");
  }
  sink->close();
  out.push_back(std::move(sink));
}

void BulkWriterImpl::writeIndexes(Files& out) {
  if (indexEntries_.empty()) return;
  auto sink = newSink(Cf::INDEX);
  for (const auto& entry : indexEntries_) sink->put(entry.key, "");
  sink->close();
  out.push_back(std::move(sink));
}

void BulkWriterImpl::writeMeta(Files& out) {
  std::map<std::string, std::string> meta;
  for (const auto& [key, delta] : deltas_) {
    std::string value;
    codec::putU64(value, uint64_t(int64_t(store_.readCount(key)) + delta));
    meta[key] = value;
  }
  for (auto& [key, value] : mergedStatsRecords(kv_, stats_)) meta[key] = std::move(value);
  std::string next;
  codec::putU64(next, store_.nextNodeId());
  meta[keys::META_NEXT_NODE] = next;
  next.clear();
  codec::putU64(next, store_.nextRelId());
  meta[keys::META_NEXT_REL] = next;
  // A new column epoch, ingested with the data: every stored column chunk stops matching
  // (column_store.h), whatever node chunks the load wrote.
  next.clear();
  codec::putU64(next, newColumnStamp());
  meta[keys::COLUMN_EPOCH] = next;
  auto sink = newSink(Cf::META);
  for (const auto& [key, value] : meta) sink->put(key, value);
  sink->close();
  out.push_back(std::move(sink));
}

}  // namespace rollcall::storage
