#include "storage/graph/bulk_writer_impl.h"

#include <unistd.h>

#include <algorithm>

#include "storage/codec/property_codec.h"
#include "storage/common/property_format.h"
#include "storage/graph/index_entries.h"

namespace rollcall::storage {

using keys::CountKind;
using kv::Cf;

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
  rels_ = newSink(Cf::RELS);
}

BulkWriterImpl::~BulkWriterImpl() { store_.releaseWriter(this); }

std::unique_ptr<kv::SstSink> BulkWriterImpl::newSink(Cf cf) {
  std::string path = kv_.dir() + "/bulk-" + std::to_string(::getpid()) + "-" +
                     std::to_string(fileCounter_++) + ".sst";
  return std::make_unique<kv::SstSink>(kv_, cf, path);
}

NodeId BulkWriterImpl::addNode(const std::vector<LabelId>& labels, Properties properties) {
  normaliseProperties(properties);
  std::vector<LabelId> sorted = labels;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  NodeId id = store_.allocateNodeId();
  std::string record;
  codec::encodeNodeRecord(record, sorted, properties);
  nodes_->put(keys::u64Key(id), record);
  for (LabelId label : sorted) {
    labelNodes_[label].push_back(id);
    deltas_[keys::countKey(CountKind::LABEL, label)] += 1;
  }
  for (auto& entry : indexEntriesOf(id, sorted, properties, *indexes_)) {
    indexEntries_.push_back({std::move(entry.key), entry.index, *entry.value});
  }
  deltas_[keys::countKey(CountKind::NODES)] += 1;
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

RelId BulkWriterImpl::addRel(RelTypeId type, NodeId start, NodeId end, Properties properties) {
  checkEndpoint(start);
  checkEndpoint(end);
  normaliseProperties(properties);
  RelId id = store_.allocateRelId();
  std::string record;
  codec::encodeRelRecord(record, type, start, end, properties);
  rels_->put(keys::u64Key(id), record);
  auto& chunks = relTypes_[type];
  if (!chunks.sink) chunks.sink = newSink(Cf::REL_TYPES);
  if (chunks.chunk.empty()) chunks.first = id;
  codec::putU64(chunks.chunk, id);
  codec::putU64(chunks.chunk, start);
  codec::putU64(chunks.chunk, end);
  if (chunks.chunk.size() == keys::CHUNK_ENTRIES * keys::REL_TYPE_ENTRY_SIZE) {
    flushChunk(type, chunks);
  }
  pendingRels_.push_back({start, end, type});
  deltas_[keys::countKey(CountKind::RELS)] += 1;
  deltas_[keys::countKey(CountKind::REL_TYPE, type)] += 1;
  return id;
}

void BulkWriterImpl::flushChunk(RelTypeId type, TypeChunks& chunks) {
  if (chunks.chunk.empty()) return;
  chunks.sink->put(keys::relTypeKey(type, chunks.first), chunks.chunk);
  chunks.chunk.clear();
}

void BulkWriterImpl::finish() {
  if (finished_) {
    throw StorageError(StorageErrorKind::INVALID_ARGUMENT, "bulk writer is already finished");
  }
  checkUnique();
  std::vector<rocksdb::IngestExternalFileArg> args;
  nodes_->finish(args);
  rels_->finish(args);
  for (auto& [type, chunks] : relTypes_) {
    flushChunk(type, chunks);
    chunks.sink->finish(args);
  }
  writeLabels(args);
  writeIndexes(args);
  writeAdjacency(args);
  writeMeta(args);
  kv::ingest(kv_, args);
  finished_ = true;
  store_.releaseWriter(this);
}

}  // namespace rollcall::storage
