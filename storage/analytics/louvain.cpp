#include <numeric>
#include <string>

#include "storage/analytics/communities.h"
#include "storage/analytics/community_graph.h"

namespace rollcall::storage::analytics {

namespace {

constexpr uint64_t PROGRESS_EVERY = 4096;

// One level's local moving: each vertex in number order joins the neighbouring community that
// gains most modularity (staying where it is unless another gains strictly more), sweep after
// sweep until a sweep moves nothing or gains less than the tolerance.
class LocalMoving {
 public:
  LocalMoving(const CommunityGraph& g, const LouvainOptions& options, RunControl& control,
              std::string phase)
      : g_(g),
        options_(options),
        control_(control),
        phase_(std::move(phase)),
        communityOf_(g.vertexCount()),
        total_(g.degree),
        toCommunity_(g.vertexCount(), 0.0),
        seen_(g.vertexCount(), 0) {
    std::iota(communityOf_.begin(), communityOf_.end(), 0);
  }

  // Returns whether any vertex moved; communityOf() holds the result. A sweep's modularity gain
  // is the sum of its moves' gains, so no sweep pays for a modularity pass over the graph.
  bool run() {
    bool movedAny = false;
    uint32_t n = static_cast<uint32_t>(g_.vertexCount());
    for (uint32_t sweep = 0; sweep < options_.maxIterations; ++sweep) {
      uint64_t moves = 0;
      double gained = 0;
      for (Vertex u = 0; u < n; ++u) {
        double gain = moveVertex(u);
        if (gain >= 0) ++moves, gained += gain;
        if (++work_ % PROGRESS_EVERY == 0) control_.progress(phase_, u, n);
      }
      if (moves == 0) break;
      movedAny = true;
      if (gained / g_.totalWeight < options_.tolerance) break;
    }
    return movedAny;
  }

  std::vector<uint32_t>& communityOf() { return communityOf_; }

 private:
  // Moves u to its best community; returns the modularity gain times m, or -1 when u stays.
  // Each community's gain is k_u,c − Σtot_c · k_u / 2m, Σtot_c without u.
  double moveVertex(Vertex u) {
    uint32_t from = communityOf_[u];
    double ku = g_.degree[u], twoM = 2 * g_.totalWeight;
    touch(from);
    for (uint64_t j = g_.offsets[u]; j < g_.offsets[u + 1]; ++j) {
      uint32_t c = communityOf_[g_.targets[j]];
      touch(c);
      toCommunity_[c] += g_.weights[j];
    }
    total_[from] -= ku;
    uint32_t best = from;
    double stayGain = toCommunity_[from] - total_[from] * ku / twoM, bestGain = stayGain;
    for (uint32_t c : touched_) {
      double gain = toCommunity_[c] - total_[c] * ku / twoM;
      if (gain > bestGain) best = c, bestGain = gain;
    }
    total_[best] += ku;
    communityOf_[u] = best;
    for (uint32_t c : touched_) toCommunity_[c] = 0.0, seen_[c] = 0;
    touched_.clear();
    return best == from ? -1 : bestGain - stayGain;
  }

  void touch(uint32_t c) {
    if (!seen_[c]) seen_[c] = 1, touched_.push_back(c);
  }

  const CommunityGraph& g_;
  const LouvainOptions& options_;
  RunControl& control_;
  std::string phase_;
  std::vector<uint32_t> communityOf_;
  std::vector<double> total_;        // Σtot: weighted degree of each community
  std::vector<double> toCommunity_;  // k_u,c for the vertex being moved
  std::vector<char> seen_;
  std::vector<uint32_t> touched_;
  uint64_t work_ = 0;
};

}  // namespace

Communities louvain(const GraphView& view, const LouvainOptions& options, RunControl& control) {
  CommunityGraph original = communityGraphOf(view, control);
  size_t n = view.vertexCount();
  // Moving state beside the graph, and aggregated levels that together are no bigger than it.
  control.reserve(n * (2 * sizeof(uint32_t) + 2 * sizeof(double)) +
                      original.targets.size() * (sizeof(Vertex) + sizeof(double)),
                  "louvain");
  std::vector<uint32_t> vertexIn(n);  // each original vertex's vertex in the current level
  std::iota(vertexIn.begin(), vertexIn.end(), 0);
  if (original.totalWeight == 0) return communitiesOf(original, std::move(vertexIn), 0);
  CommunityGraph level;
  const CommunityGraph* g = &original;
  double quality = modularityOf(original, vertexIn, static_cast<uint32_t>(n));
  uint32_t levels = 0;
  while (levels < options.maxLevels) {
    LocalMoving moving(*g, options, control, "louvain level " + std::to_string(levels + 1));
    if (!moving.run()) break;
    ++levels;
    auto& communityOf = moving.communityOf();
    uint32_t count = numberByFirstVertex(communityOf, g->vertexCount());
    for (auto& v : vertexIn) v = communityOf[v];
    double after = modularityOf(*g, communityOf, count);
    if (after - quality < options.tolerance) break;
    quality = after;
    level = aggregate(*g, communityOf, count);
    g = &level;
  }
  return communitiesOf(original, std::move(vertexIn), levels);
}

}  // namespace rollcall::storage::analytics
