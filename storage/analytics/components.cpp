#include "storage/analytics/components.h"

#include <boost/graph/incremental_components.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>

namespace rollcall::storage::analytics {

namespace {

// Renumbers per-vertex representatives so that components are numbered 0.. in the order of
// their smallest vertex.
template <typename RepresentativeOf>
Components numberBySmallestVertex(size_t n, RepresentativeOf representativeOf) {
  Components out;
  out.componentOf.assign(n, 0);
  std::vector<uint64_t> numberOf(n, UINT64_MAX);
  for (size_t v = 0; v < n; ++v) {
    size_t rep = representativeOf(v);
    if (numberOf[rep] == UINT64_MAX) numberOf[rep] = out.count++;
    out.componentOf[v] = numberOf[rep];
  }
  return out;
}

}  // namespace

Components weaklyConnectedComponents(const GraphView& view, RunControl& control) {
  const auto& g = view.graph();
  size_t n = view.vertexCount();
  control.reserve(n * 3 * sizeof(size_t), "weakly connected components");
  std::vector<size_t> rank(n), parent(n);
  // Property maps rather than raw pointers: BGL finds get() for them by argument lookup.
  auto rankMap = boost::make_iterator_property_map(rank.begin(), boost::identity_property_map());
  auto parentMap =
      boost::make_iterator_property_map(parent.begin(), boost::identity_property_map());
  boost::disjoint_sets<decltype(rankMap), decltype(parentMap)> sets(rankMap, parentMap);
  boost::initialize_incremental_components(g, sets);
  boost::incremental_components(g, sets);
  return numberBySmallestVertex(n, [&](size_t v) { return sets.find_set(v); });
}

}  // namespace rollcall::storage::analytics
