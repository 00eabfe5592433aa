#pragma once
// BulkWriter over sorted-file ingestion. Node records stream straight into a file (ids only
// grow); relationships are kept in memory (20 bytes each, plus their encoded properties when
// they have any) and, like labels, index entries and adjacency, written sorted by finish(),
// whose independent files are built on two threads. Only .cpp files include this header.
#include <cstring>
#include <map>
#include <span>
#include <unordered_set>

#include "storage/graph/bulk_memory.h"
#include "storage/graph/bulk_writer.h"
#include "storage/graph/graph_store_impl.h"
#include "storage/graph/stats_delta.h"
#include "storage/kv/sst_sink.h"

namespace rollcall::storage {

// Big-endian ids written in place (the bulk files' hot loops).
inline void storeU64(char* out, uint64_t v) {
  v = __builtin_bswap64(v);
  std::memcpy(out, &v, 8);
}
inline void storeU32(char* out, uint32_t v) {
  v = __builtin_bswap32(v);
  std::memcpy(out, &v, 4);
}

class BulkWriterImpl final : public BulkWriter {
 public:
  explicit BulkWriterImpl(GraphStoreImpl& store);
  ~BulkWriterImpl() override;

  NodeId addNode(const std::vector<LabelId>& labels, Properties properties) override;
  RelId addRel(RelTypeId type, NodeId start, NodeId end, Properties properties) override;
  void reserveNodes(size_t count) override;
  void reserveRels(size_t count) override;
  void finish() override;

 private:
#pragma pack(push, 4)
  struct PendingRel {  // packed: 20 bytes, the writer's memory per relationship
    NodeId start;
    NodeId end;
    RelTypeId type;
  };
#pragma pack(pop)
  struct PendingIndexEntry {
    std::string key;
    const IndexInfo* index;
    PropertyValue value;
  };
  using Files = std::vector<std::unique_ptr<kv::SstSink>>;

  std::unique_ptr<kv::SstSink> newSink(kv::Cf cf);
  void checkEndpoint(NodeId node);
  void checkUnique();
  void writeLabels(Files& out);
  void writeIndexes(Files& out);
  void writeRels(size_t begin, size_t end, Files& out);
  void writeRelTypes(Files& out);
  void writeAdjacency(size_t nodeBegin, size_t nodeEnd, Files& out, StatsDelta& stats);
  void writeMeta(Files& out);
  void adjacencyRange();
  void groupAdjacency(Direction dir);
  std::vector<size_t> adjacencyBounds(size_t parts) const;
  void writeNodeLists(NodeId node, Direction dir, uint32_t* begin, uint32_t* end, kv::SstSink& adj,
                      kv::SstSink& degree, std::span<const LabelId> labels, StatsDelta& stats);
  void rememberLabelSet(const std::vector<LabelId>& sorted);
  // Labels of a node the new relationships touch: new nodes from memory, others from the DB.
  std::span<const LabelId> labelsOf(NodeId node, std::vector<LabelId>& scratch);
  void addCountDeltas();

  GraphStoreImpl& store_;
  kv::KvStore& kv_;
  RocksCatalog::IndexList indexes_;
  NodeId firstNode_;
  RelId firstRel_;
  bool hadRels_;  // degrees of existing nodes must be added to, not written afresh
  bool finished_ = false;
  std::atomic<size_t> fileCounter_ = 0;
  std::unique_ptr<kv::SstSink> nodes_;
  std::string record_;  // addNode's buffer
  std::map<LabelId, BigVector<NodeId>> labelNodes_;
  BigVector<PendingIndexEntry> indexEntries_;
  BigVector<PendingRel> pendingRels_;
  // Encoded properties of the relationships that have some, by index in pendingRels_.
  std::vector<std::pair<uint32_t, std::string>> relProperties_;
  std::unordered_set<NodeId> knownNodes_;  // committed nodes already checked
  std::map<RelTypeId, uint64_t> relsPerType_;
  uint64_t nodesAdded_ = 0;
  // Neighbour lists: relationships grouped by node (offsets over [adjLo_, adjLo_ + nodes]).
  NodeId adjLo_ = 0;
  size_t adjNodes_ = 0;
  BigVector<uint32_t> outOffsets_, inOffsets_, outOrder_, inOrder_;
  CountDeltas deltas_;
  // Statistics of the new nodes (added by addNode) and, once finish() has built the neighbour
  // lists, of the new relationships.
  StatsDelta stats_;
  // Labels of each new node (index id - firstNode_) as an index into labelSets_: a load has a
  // handful of distinct label sets, so this costs 4 bytes per node.
  BigVector<uint32_t> nodeLabelSet_;
  std::vector<std::vector<LabelId>> labelSets_;
  std::map<std::vector<LabelId>, uint32_t> labelSetIds_;
};

}  // namespace rollcall::storage
