#include "storage/analytics/communities.h"

#include <algorithm>
#include <stdexcept>

#include "storage/analytics/community_graph.h"

namespace rollcall::storage::analytics {

Communities communitiesOf(const CommunityGraph& g, std::vector<uint32_t> labels,
                          uint32_t ranLevels) {
  Communities out;
  uint32_t count = numberByFirstVertex(labels, g.vertexCount());
  out.count = count;
  out.modularity = modularityOf(g, labels, count);
  out.communityOf.assign(labels.begin(), labels.end());
  out.ranLevels = ranLevels;
  return out;
}

double modularity(const GraphView& view, const std::vector<uint64_t>& communityOf) {
  if (communityOf.size() != view.vertexCount())
    throw std::invalid_argument("modularity needs one community per vertex");
  // Any labels: number them densely first.
  std::vector<uint64_t> sorted = communityOf;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::vector<uint32_t> dense(communityOf.size());
  for (size_t v = 0; v < communityOf.size(); ++v)
    dense[v] = std::lower_bound(sorted.begin(), sorted.end(), communityOf[v]) - sorted.begin();
  CommunityGraph g = communityGraphOf(view, unwatched());
  return modularityOf(g, dense, static_cast<uint32_t>(sorted.size()));
}

}  // namespace rollcall::storage::analytics
