// Adjacency of a bulk load: each neighbour list is built in memory and written once.
#include <algorithm>

#include "storage/codec/big_endian.h"
#include "storage/graph/bulk_writer_impl.h"

namespace rollcall::storage {

using kv::Cf;

namespace {

// Offsets of each node's relationships in `order`, grouped by node (a counting sort: node ids
// are dense). Relationships stay in id order within a node.
void groupByNode(const std::vector<uint32_t>& nodeOf, size_t nodes, std::vector<uint32_t>& offsets,
                 std::vector<uint32_t>& order) {
  offsets.assign(nodes + 1, 0);
  for (uint32_t n : nodeOf) ++offsets[n + 1];
  for (size_t i = 1; i <= nodes; ++i) offsets[i] += offsets[i - 1];
  order.resize(nodeOf.size());
  std::vector<uint32_t> next(offsets.begin(), offsets.end() - 1);
  for (uint32_t rel = 0; rel < nodeOf.size(); ++rel) order[next[nodeOf[rel]]++] = rel;
}

}  // namespace

void BulkWriterImpl::writeAdjacency(std::vector<rocksdb::IngestExternalFileArg>& args) {
  if (pendingRels_.empty()) return;
  NodeId lo = pendingRels_[0].start, hi = lo;
  for (const auto& r : pendingRels_) {
    lo = std::min({lo, r.start, r.end});
    hi = std::max({hi, r.start, r.end});
  }
  size_t nodes = hi - lo + 1;
  std::vector<uint32_t> outOffsets, inOffsets, outOrder, inOrder, nodeOf(pendingRels_.size());
  for (size_t i = 0; i < pendingRels_.size(); ++i) nodeOf[i] = uint32_t(pendingRels_[i].start - lo);
  groupByNode(nodeOf, nodes, outOffsets, outOrder);
  for (size_t i = 0; i < pendingRels_.size(); ++i) nodeOf[i] = uint32_t(pendingRels_[i].end - lo);
  groupByNode(nodeOf, nodes, inOffsets, inOrder);
  nodeOf = {};
  auto adj = newSink(Cf::ADJ);
  auto degree = newSink(Cf::DEGREE);
  for (size_t i = 0; i < nodes; ++i) {
    writeNodeLists(lo + i, Direction::OUT, outOrder.data() + outOffsets[i],
                   outOrder.data() + outOffsets[i + 1], *adj, *degree);
    writeNodeLists(lo + i, Direction::IN, inOrder.data() + inOffsets[i],
                   inOrder.data() + inOffsets[i + 1], *adj, *degree);
  }
  adj->finish(args);
  degree->finish(args);
  sinks_.push_back(std::move(adj));
  sinks_.push_back(std::move(degree));
}

// Writes the chunks and degree of each relationship type in [begin, end) (indexes into
// pendingRels_, ascending).
void BulkWriterImpl::writeNodeLists(NodeId node, Direction dir, uint32_t* begin, uint32_t* end,
                                    kv::SstSink& adj, kv::SstSink& degree) {
  auto typeOf = [&](uint32_t i) { return pendingRels_[i].type; };
  bool oneType = std::all_of(begin, end, [&](uint32_t i) { return typeOf(i) == typeOf(*begin); });
  if (!oneType)
    std::stable_sort(begin, end, [&](uint32_t a, uint32_t b) { return typeOf(a) < typeOf(b); });
  std::string value;
  for (uint32_t* run = begin; run != end;) {
    RelTypeId type = typeOf(*run);
    uint32_t* runEnd = std::find_if(run, end, [&](uint32_t i) { return typeOf(i) != type; });
    RelId lastChunk = 0;
    for (uint32_t* chunk = run; chunk != runEnd;) {
      uint32_t* chunkEnd = chunk + std::min<size_t>(keys::CHUNK_ENTRIES, runEnd - chunk);
      value.clear();
      for (uint32_t* e = chunk; e != chunkEnd; ++e) {
        const auto& r = pendingRels_[*e];
        codec::putU64(value, firstRel_ + *e);
        codec::putU64(value, dir == Direction::OUT ? r.end : r.start);
      }
      lastChunk = firstRel_ + *chunk;
      adj.put(keys::adjChunkKey(node, dir, type, lastChunk), value);
      chunk = chunkEnd;
    }
    uint64_t count = uint64_t(runEnd - run);
    std::string key = keys::adjPrefix(node, dir, type), old;
    if (hadRels_ && kv_.get(Cf::DEGREE, key, &old)) count += codec::getU64(old, 0);
    value.clear();
    codec::putU64(value, count);
    codec::putU64(value, lastChunk);  // see txn_adjacency.cpp
    degree.put(key, value);
    run = runEnd;
  }
}

}  // namespace rollcall::storage
