#include <string>

#include "storage/analytics/communities.h"
#include "storage/analytics/community_graph.h"

namespace rollcall::storage::analytics {

namespace {

constexpr uint64_t PROGRESS_EVERY = 4096;

// Total edge weight per label around one vertex, cleared after each use.
struct LabelTally {
  std::vector<double> weight;
  std::vector<char> seen;
  std::vector<uint32_t> touched;
  explicit LabelTally(size_t n) : weight(n, 0.0), seen(n, 0) {}
};

// The label of highest total weight among u's neighbours (self-loops are not neighbours),
// the smallest on ties; u's own label when it has no neighbours.
uint32_t heaviestLabel(const CommunityGraph& g, Vertex u, const std::vector<uint32_t>& label,
                       LabelTally& tally) {
  for (uint64_t j = g.offsets[u]; j < g.offsets[u + 1]; ++j) {
    uint32_t l = label[g.targets[j]];
    if (!tally.seen[l]) tally.seen[l] = 1, tally.touched.push_back(l);
    tally.weight[l] += g.weights[j];
  }
  uint32_t best = label[u];
  bool first = true;
  for (uint32_t l : tally.touched) {
    double w = tally.weight[l];
    if (first || w > tally.weight[best] || (w == tally.weight[best] && l < best)) best = l;
    first = false;
  }
  for (uint32_t l : tally.touched) tally.weight[l] = 0.0, tally.seen[l] = 0;
  tally.touched.clear();
  return best;
}

}  // namespace

// Asynchronous: each vertex sees the labels its predecessors took in the same sweep.
// ranLevels counts sweeps, the last quiet one included.
Communities labelPropagation(const GraphView& view, const LabelPropagationOptions& options,
                             RunControl& control) {
  CommunityGraph g = communityGraphOf(view, control);
  size_t n = g.vertexCount();
  control.reserve(n * (2 * sizeof(uint32_t) + sizeof(double)), "label propagation");
  std::vector<uint32_t> label(n);
  for (Vertex v = 0; v < n; ++v) label[v] = v;
  LabelTally tally(n);
  uint32_t sweeps = 0;
  while (sweeps < options.maxIterations) {
    ++sweeps;
    bool changed = false;
    for (Vertex u = 0; u < n; ++u) {
      uint32_t l = heaviestLabel(g, u, label, tally);
      changed |= l != label[u];
      label[u] = l;
      if (u % PROGRESS_EVERY == 0)
        control.progress("label propagation sweep " + std::to_string(sweeps), u, n);
    }
    if (!changed) break;
  }
  return communitiesOf(g, std::move(label), sweeps);
}

}  // namespace rollcall::storage::analytics
