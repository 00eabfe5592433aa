// Adjacency of a bulk load: each neighbour list is built in memory and written once.
#include <algorithm>

#include "storage/codec/big_endian.h"
#include "storage/codec/property_codec.h"
#include "storage/graph/bulk_writer_impl.h"

namespace rollcall::storage {

using kv::Cf;

namespace {

// Offsets of each node's relationships in `order`, grouped by node (a counting sort: node ids
// are dense). Relationships stay in id order within a node.
template <typename NodeOf>
void groupByNode(size_t rels, NodeOf nodeOf, size_t nodes, BigVector<uint32_t>& offsets,
                 BigVector<uint32_t>& order) {
  offsets.assign(nodes + 1, 0);
  for (uint32_t rel = 0; rel < rels; ++rel) ++offsets[nodeOf(rel) + 1];
  for (size_t i = 1; i <= nodes; ++i) offsets[i] += offsets[i - 1];
  order.resize(rels);
  BigVector<uint32_t> next(offsets.begin(), offsets.end() - 1);
  for (uint32_t rel = 0; rel < rels; ++rel) order[next[nodeOf(rel)]++] = rel;
}

}  // namespace

// The span of node ids the new relationships touch.
void BulkWriterImpl::adjacencyRange() {
  if (pendingRels_.empty()) return;
  NodeId lo = pendingRels_[0].start, hi = lo;
  for (const auto& r : pendingRels_) {
    lo = std::min({lo, r.start, r.end});
    hi = std::max({hi, r.start, r.end});
  }
  adjLo_ = lo;
  adjNodes_ = hi - lo + 1;
}

void BulkWriterImpl::groupAdjacency(Direction dir) {
  if (pendingRels_.empty()) return;
  NodeId lo = adjLo_;
  if (dir == Direction::OUT) {
    groupByNode(
        pendingRels_.size(), [&](uint32_t i) { return pendingRels_[i].start - lo; }, adjNodes_,
        outOffsets_, outOrder_);
  } else {
    groupByNode(
        pendingRels_.size(), [&](uint32_t i) { return pendingRels_[i].end - lo; }, adjNodes_,
        inOffsets_, inOrder_);
  }
}

// Node ranges of about equal work (list entries plus a few keys per node) for `parts` tasks.
std::vector<size_t> BulkWriterImpl::adjacencyBounds(size_t parts) const {
  auto work = [&](size_t node) {
    return uint64_t(outOffsets_[node]) + inOffsets_[node] + 4 * node;
  };
  if (adjNodes_ == 0) return std::vector<size_t>(parts + 1, 0);
  std::vector<size_t> bounds = {0};
  for (size_t part = 1; part < parts; ++part) {
    uint64_t target = work(adjNodes_) * part / parts;
    size_t lo = bounds.back(), hi = adjNodes_;
    while (lo < hi) {  // the first node whose work reaches the target
      size_t mid = lo + (hi - lo) / 2;
      if (work(mid) < target)
        lo = mid + 1;
      else
        hi = mid;
    }
    bounds.push_back(lo);
  }
  bounds.push_back(adjNodes_);
  return bounds;
}

// Adjacency and degree files of the nodes adjLo_ + [nodeBegin, nodeEnd): one file each per range,
// so two ranges can be written at once.
void BulkWriterImpl::writeAdjacency(size_t nodeBegin, size_t nodeEnd, Files& out,
                                    StatsDelta& stats) {
  if (nodeBegin == nodeEnd) return;
  auto adj = newSink(Cf::ADJ);
  auto degree = newSink(Cf::DEGREE);
  std::vector<LabelId> scratch;
  for (size_t i = nodeBegin; i < nodeEnd; ++i) {
    if (outOffsets_[i] == outOffsets_[i + 1] && inOffsets_[i] == inOffsets_[i + 1]) continue;
    auto labels = labelsOf(adjLo_ + i, scratch);
    writeNodeLists(adjLo_ + i, Direction::OUT, outOrder_.data() + outOffsets_[i],
                   outOrder_.data() + outOffsets_[i + 1], *adj, *degree, labels, stats);
    writeNodeLists(adjLo_ + i, Direction::IN, inOrder_.data() + inOffsets_[i],
                   inOrder_.data() + inOffsets_[i + 1], *adj, *degree, labels, stats);
  }
  adj->close();
  degree->close();
  out.push_back(std::move(adj));
  out.push_back(std::move(degree));
}

// Writes the chunks and degree of each relationship type in [begin, end) (indexes into
// pendingRels_, ascending).
void BulkWriterImpl::writeNodeLists(NodeId node, Direction dir, uint32_t* begin, uint32_t* end,
                                    kv::SstSink& adj, kv::SstSink& degree,
                                    std::span<const LabelId> labels, StatsDelta& stats) {
  if (begin == end) return;
  auto typeOf = [&](uint32_t i) { return pendingRels_[i].type; };
  bool oneType = std::all_of(begin, end, [&](uint32_t i) { return typeOf(i) == typeOf(*begin); });
  if (!oneType)
    std::stable_sort(begin, end, [&](uint32_t a, uint32_t b) { return typeOf(a) < typeOf(b); });
  std::string value;
  std::string key = keys::adjChunkKey(node, dir, 0, 0);
  for (uint32_t* run = begin; run != end;) {
    RelTypeId type = typeOf(*run);
    uint32_t* runEnd =
        oneType ? end : std::find_if(run, end, [&](uint32_t i) { return typeOf(i) != type; });
    storeU32(key.data() + 9, type);
    RelId lastChunk = 0;
    for (uint32_t* chunk = run; chunk != runEnd;) {
      uint32_t* chunkEnd = chunk + std::min<size_t>(keys::CHUNK_ENTRIES, runEnd - chunk);
      value.resize((chunkEnd - chunk) * keys::ADJ_ENTRY_SIZE);
      char* p = value.data();
      for (uint32_t* e = chunk; e != chunkEnd; ++e, p += keys::ADJ_ENTRY_SIZE) {
        const auto& r = pendingRels_[*e];
        storeU64(p, firstRel_ + *e);
        storeU64(p + 8, dir == Direction::OUT ? r.end : r.start);
      }
      lastChunk = firstRel_ + *chunk;
      storeU64(key.data() + keys::ADJ_PREFIX_SIZE, lastChunk);
      adj.put(key, value);
      chunk = chunkEnd;
    }
    uint64_t added = uint64_t(runEnd - run), count = added;
    rocksdb::Slice prefix(key.data(), keys::ADJ_PREFIX_SIZE);
    std::string old;
    if (hadRels_ && kv_.get(Cf::DEGREE, prefix, &old)) {
      count += codec::getU64(old, 0);
    }
    for (LabelId label : labels) stats.addRels(label, type, dir, int64_t(added), count);
    value.clear();
    codec::putU64(value, count);
    codec::putU64(value, lastChunk);  // see txn_adjacency.cpp
    degree.put(prefix, value);
    run = runEnd;
  }
}

// Consecutive nodes usually share their labels: the last set is checked before the map.
void BulkWriterImpl::rememberLabelSet(const std::vector<LabelId>& sorted) {
  uint32_t id;
  if (!labelSets_.empty() && nodeLabelSet_.size() > 0 &&
      labelSets_[nodeLabelSet_.back()] == sorted) {
    id = nodeLabelSet_.back();
  } else {
    auto [it, added] = labelSetIds_.try_emplace(sorted, uint32_t(labelSets_.size()));
    if (added) labelSets_.push_back(sorted);
    id = it->second;
  }
  nodeLabelSet_.push_back(id);
}

std::span<const LabelId> BulkWriterImpl::labelsOf(NodeId node, std::vector<LabelId>& scratch) {
  if (node >= firstNode_) return labelSets_[nodeLabelSet_[node - firstNode_]];
  std::string record;
  scratch.clear();
  if (kv_.get(Cf::NODES, keys::u64Key(node), &record)) scratch = codec::Reader(record).labels();
  return scratch;
}

}  // namespace rollcall::storage
