#pragma once
// The weighted undirected graph community detection works on: direction dropped (a directed
// view is symmetrised, each relationship one undirected edge), parallel edges kept or summed,
// self-loops held apart. Louvain's aggregation levels are graphs of the same shape.
#include <cstdint>
#include <vector>

#include "storage/analytics/graph_view.h"

namespace rollcall::storage::analytics {

struct CommunityGraph {
  std::vector<uint64_t> offsets;  // vertexCount() + 1 entries into targets and weights
  std::vector<Vertex> targets;    // each non-loop edge appears from both of its ends
  std::vector<double> weights;
  std::vector<double> loops;   // weight of self-loops per vertex, each loop counted once
  std::vector<double> degree;  // weighted degree, self-loops counted twice (as NetworkX does)
  double totalWeight = 0;      // m: the sum of edge weights, each edge once

  size_t vertexCount() const { return degree.size(); }
};

CommunityGraph communityGraphOf(const GraphView& view, RunControl& control);

// One vertex per community of `communityOf` (numbered 0..count-1): edges between communities
// summed, edges inside one become its self-loop.
CommunityGraph aggregate(const CommunityGraph& g, const std::vector<uint32_t>& communityOf,
                         uint32_t count);

// NetworkX's modularity (resolution 1) of a partition numbered 0..count-1; 0 without edges.
double modularityOf(const CommunityGraph& g, const std::vector<uint32_t>& communityOf,
                    uint32_t count);

// Renumbers labels 0.. in the order of the first vertex carrying each; returns how many.
template <typename Label>
uint32_t numberByFirstVertex(std::vector<Label>& labels, size_t labelLimit) {
  std::vector<uint32_t> numberOf(labelLimit, UINT32_MAX);
  uint32_t count = 0;
  for (auto& label : labels) {
    if (numberOf[label] == UINT32_MAX) numberOf[label] = count++;
    label = numberOf[label];
  }
  return count;
}

// The answer for a labelling of the vertices of `g` (any labels below vertexCount()).
struct Communities;
Communities communitiesOf(const CommunityGraph& g, std::vector<uint32_t> labels,
                          uint32_t ranLevels);

}  // namespace rollcall::storage::analytics
