#pragma once
// BulkWriter over sorted-file ingestion. Nodes and relationship records stream straight into
// files (ids only grow); label lists, index entries and adjacency are collected in memory and
// written sorted by finish(). Only .cpp files include this header.
#include <map>
#include <unordered_set>

#include "storage/graph/bulk_writer.h"
#include "storage/graph/graph_store_impl.h"
#include "storage/kv/sst_sink.h"

namespace rollcall::storage {

class BulkWriterImpl final : public BulkWriter {
 public:
  explicit BulkWriterImpl(GraphStoreImpl& store);
  ~BulkWriterImpl() override;

  NodeId addNode(const std::vector<LabelId>& labels, Properties properties) override;
  RelId addRel(RelTypeId type, NodeId start, NodeId end, Properties properties) override;
  void finish() override;

 private:
  struct PendingRel {
    NodeId start;
    NodeId end;
    RelTypeId type;
  };
  struct PendingIndexEntry {
    std::string key;
    const IndexInfo* index;
    PropertyValue value;
  };

  std::unique_ptr<kv::SstSink> newSink(kv::Cf cf);
  void checkEndpoint(NodeId node);
  void checkUnique();
  void writeLabels(std::vector<rocksdb::IngestExternalFileArg>& args);
  void writeIndexes(std::vector<rocksdb::IngestExternalFileArg>& args);
  void writeAdjacency(std::vector<rocksdb::IngestExternalFileArg>& args);
  void writeMeta(std::vector<rocksdb::IngestExternalFileArg>& args);
  void writeNodeLists(NodeId node, Direction dir, uint32_t* begin, uint32_t* end, kv::SstSink& adj,
                      kv::SstSink& degree);

  GraphStoreImpl& store_;
  kv::KvStore& kv_;
  RocksCatalog::IndexList indexes_;
  NodeId firstNode_;
  RelId firstRel_;
  bool hadRels_;  // degrees of existing nodes must be added to, not written afresh
  bool finished_ = false;
  size_t fileCounter_ = 0;
  std::unique_ptr<kv::SstSink> nodes_;
  std::unique_ptr<kv::SstSink> rels_;
  struct TypeChunks {  // the rel_types file of one type and its unfinished last chunk
    std::unique_ptr<kv::SstSink> sink;
    std::string chunk;
    RelId first = 0;
  };
  void flushChunk(RelTypeId type, TypeChunks& chunks);
  std::map<RelTypeId, TypeChunks> relTypes_;
  std::vector<std::unique_ptr<kv::SstSink>> sinks_;  // finished files awaiting ingestion
  std::map<LabelId, std::vector<NodeId>> labelNodes_;
  std::vector<PendingIndexEntry> indexEntries_;
  std::vector<PendingRel> pendingRels_;
  std::unordered_set<NodeId> knownNodes_;  // committed nodes already checked
  CountDeltas deltas_;
};

}  // namespace rollcall::storage
