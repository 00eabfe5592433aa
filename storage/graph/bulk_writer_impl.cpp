#include "storage/graph/bulk_writer_impl.h"

#include <algorithm>
#include <exception>
#include <functional>
#include <latch>
#include <mutex>
#include <thread>

#include "storage/codec/property_codec.h"
#include "storage/common/property_format.h"
#include "storage/graph/index_entries.h"

namespace rollcall::storage {

using keys::CountKind;
using kv::Cf;

namespace {

// Runs the tasks on the calling thread and one helper, each taking the next task left; the
// first exception (in task order) is rethrown after both are done.
void runOnTwoThreads(std::vector<std::function<void()>>& tasks) {
  std::atomic<size_t> next = 0;
  std::vector<std::exception_ptr> errors(tasks.size());
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < tasks.size();) {
      try {
        tasks[i]();
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  std::thread helper(work);
  work();
  helper.join();
  for (auto& error : errors) {
    if (error) std::rethrow_exception(error);
  }
}

// Already sorted by key, without repeats or nulls: what loaders usually pass.
bool isNormal(const Properties& properties) {
  for (size_t i = 0; i < properties.size(); ++i) {
    if (properties[i].second.isNull()) return false;
    if (i > 0 && properties[i - 1].first >= properties[i].first) return false;
  }
  return true;
}

}  // namespace

std::unique_ptr<BulkWriter> GraphStoreImpl::bulkWriter() {
  return std::make_unique<BulkWriterImpl>(*this);
}

BulkWriterImpl::BulkWriterImpl(GraphStoreImpl& store)
    : store_(store),
      kv_(store.kv()),
      indexes_(store.rocksCatalog().indexSnapshot()),
      firstNode_(store.nextNodeId()),
      firstRel_(store.nextRelId()),
      hadRels_(store.relCount() > 0) {
  store_.acquireWriter(this);
  nodes_ = newSink(Cf::NODES);
}

BulkWriterImpl::~BulkWriterImpl() { store_.releaseWriter(this); }

std::unique_ptr<kv::SstSink> BulkWriterImpl::newSink(Cf cf) {
  return std::make_unique<kv::SstSink>(kv_, cf, kv::bulkFilePath(kv_.dir(), fileCounter_++));
}

NodeId BulkWriterImpl::addNode(const std::vector<LabelId>& labels, Properties properties) {
  if (!isNormal(properties)) normaliseProperties(properties);
  std::vector<LabelId> sortedCopy;
  const std::vector<LabelId>* sorted = &labels;
  if (!std::is_sorted(labels.begin(), labels.end()) ||
      std::adjacent_find(labels.begin(), labels.end()) != labels.end()) {
    sortedCopy = labels;
    std::sort(sortedCopy.begin(), sortedCopy.end());
    sortedCopy.erase(std::unique(sortedCopy.begin(), sortedCopy.end()), sortedCopy.end());
    sorted = &sortedCopy;
  }
  NodeId id = store_.allocateNodeId();
  record_.clear();
  codec::encodeNodeRecord(record_, *sorted, properties);
  char key[8];
  storeU64(key, id);
  nodes_->put(rocksdb::Slice(key, 8), record_);
  for (LabelId label : *sorted) labelNodes_[label].push_back(id);
  rememberLabelSet(*sorted);
  stats_.nodeChanged({}, {}, *sorted, properties);
  for (auto& entry : indexEntriesOf(id, *sorted, properties, *indexes_)) {
    indexEntries_.push_back({std::move(entry.key), entry.index, *entry.value});
  }
  ++nodesAdded_;
  return id;
}

void BulkWriterImpl::checkEndpoint(NodeId node) {
  if (node >= firstNode_ && node < store_.nextNodeId()) return;
  if (node < firstNode_ && knownNodes_.count(node)) return;
  std::string value;
  if (node >= firstNode_ || !kv_.get(Cf::NODES, keys::u64Key(node), &value)) {
    throw StorageError(StorageErrorKind::NOT_FOUND, "node " + std::to_string(node) + " not found");
  }
  knownNodes_.insert(node);
}

// Only recorded here: the relationship files are written by finish().
RelId BulkWriterImpl::addRel(RelTypeId type, NodeId start, NodeId end, Properties properties) {
  checkEndpoint(start);
  checkEndpoint(end);
  if (pendingRels_.size() >= UINT32_MAX) {
    throw StorageError(StorageErrorKind::INVALID_ARGUMENT,
                       "too many relationships in one bulk load");
  }
  if (!properties.empty()) {
    normaliseProperties(properties);
    for (const auto& entry : properties) {
      deltas_[keys::relPropertyCountKey(type, entry.first)] += 1;
    }
    std::string encoded;
    codec::encodeProperties(encoded, properties);
    relProperties_.emplace_back(uint32_t(pendingRels_.size()), std::move(encoded));
  }
  pendingRels_.push_back({start, end, type});
  return store_.allocateRelId();
}

// Most loaders index one key per node.
void BulkWriterImpl::reserveNodes(size_t count) {
  nodeLabelSet_.reserve(nodeLabelSet_.size() + count);
  if (!indexes_->empty()) indexEntries_.reserve(indexEntries_.size() + count);
}

void BulkWriterImpl::reserveRels(size_t count) {
  pendingRels_.reserve(pendingRels_.size() + count);
}

void BulkWriterImpl::addCountDeltas() {
  deltas_[keys::countKey(CountKind::NODES)] += int64_t(nodesAdded_);
  for (const auto& [label, nodes] : labelNodes_) {
    deltas_[keys::countKey(CountKind::LABEL, label)] += int64_t(nodes.size());
  }
  deltas_[keys::countKey(CountKind::RELS)] += int64_t(pendingRels_.size());
  for (const auto& rel : pendingRels_) ++relsPerType_[rel.type];
  for (const auto& [type, count] : relsPerType_) {
    deltas_[keys::countKey(CountKind::REL_TYPE, type)] += int64_t(count);
  }
}

// Every file is independent of the others, so they are built on two threads: relationship
// records in id ranges, type chunks, the node files, and adjacency in node ranges, which waits
// for the neighbour lists to be grouped. A unique violation still writes nothing: files that
// are not ingested are deleted.
void BulkWriterImpl::finish() {
  if (finished_) {
    throw StorageError(StorageErrorKind::INVALID_ARGUMENT, "bulk writer is already finished");
  }
  addCountDeltas();
  std::vector<rocksdb::IngestExternalFileArg> args;
  nodes_->finish(args);
  constexpr size_t PARTS = 4;
  std::vector<Files> files(2 * PARTS + 3);
  adjacencyRange();
  std::latch grouped(2);
  std::atomic<bool> groupingFailed = false;
  auto group = [&](Direction dir) {
    try {
      groupAdjacency(dir);
    } catch (...) {
      groupingFailed = true;
      grouped.count_down();
      throw;
    }
    grouped.count_down();
  };
  std::once_flag bounded;
  std::vector<StatsDelta> partStats(PARTS);
  std::vector<size_t> nodeBounds;
  std::vector<std::function<void()>> tasks = {
      [&] { group(Direction::OUT); },
      [&] { group(Direction::IN); },
      [&] {
        checkUnique();
        writeIndexes(files[0]);
        writeLabels(files[0]);
      },
      [&] { writeRelTypes(files[1]); },
  };
  size_t rels = pendingRels_.size();
  for (size_t part = 0; part < PARTS; ++part) {
    tasks.push_back(
        [&, part] { writeRels(rels * part / PARTS, rels * (part + 1) / PARTS, files[2 + part]); });
  }
  for (size_t part = 0; part < PARTS; ++part) {
    tasks.push_back([&, part] {
      grouped.wait();  // the grouping tasks were taken first, so they are running or done
      if (groupingFailed) return;  // its error is rethrown
      std::call_once(bounded, [&] { nodeBounds = adjacencyBounds(PARTS); });
      writeAdjacency(nodeBounds[part], nodeBounds[part + 1], files[2 + PARTS + part],
                     partStats[part]);
    });
  }
  runOnTwoThreads(tasks);
  for (auto& stats : partStats) stats_.merge(std::move(stats));
  writeMeta(files.back());
  for (Files& group : files) {
    for (auto& sink : group) sink->finish(args);
  }
  kv::ingest(kv_, args);
  store_.statsChanged();
  store_.columns().clear();
  finished_ = true;
  store_.releaseWriter(this);
}

}  // namespace rollcall::storage
