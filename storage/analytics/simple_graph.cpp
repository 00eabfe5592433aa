#include "storage/analytics/simple_graph.h"

#include <algorithm>
#include <boost/range/iterator_range.hpp>

namespace rollcall::storage::analytics {

namespace {

constexpr size_t PROGRESS_EVERY = 4096;

// Calls visit(u, v) once per undirected adjacency entry to make: an undirected view already
// holds both directions, a directed one gets the reverse of each edge added.
template <typename Visit>
void forEachArc(const GraphView& view, Visit visit) {
  const auto& g = view.graph();
  for (Vertex u = 0; u < view.vertexCount(); ++u) {
    for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
      Vertex v = boost::target(e, g);
      if (u == v) continue;
      visit(u, v);
      if (!view.undirected()) visit(v, u);
    }
  }
}

// Sorts each vertex's list, drops repeats and closes the gaps they leave.
void sortAndDedupe(SimpleGraph& s, RunControl& control) {
  uint64_t write = 0;
  for (size_t v = 0; v < s.vertexCount(); ++v) {
    auto begin = s.neighbours.begin() + s.offsets[v];
    auto end = s.neighbours.begin() + s.offsets[v + 1];
    std::sort(begin, end);
    auto last = std::unique(begin, end);
    s.offsets[v] = write;
    write = std::copy(begin, last, s.neighbours.begin() + write) - s.neighbours.begin();
    if (v % PROGRESS_EVERY == 0) control.progress("simple graph", v, s.vertexCount());
  }
  s.offsets.back() = write;
  s.neighbours.resize(write);
  s.neighbours.shrink_to_fit();
}

}  // namespace

SimpleGraph simpleUndirected(const GraphView& view, RunControl& control) {
  size_t n = view.vertexCount();
  uint64_t entries = view.edgeCount() * (view.undirected() ? 1 : 2);
  control.reserve((n + 1) * sizeof(uint64_t) + entries * sizeof(Vertex), "simple graph");
  SimpleGraph s;
  s.offsets.assign(n + 1, 0);
  forEachArc(view, [&](Vertex u, Vertex) { ++s.offsets[u + 1]; });
  for (size_t v = 0; v < n; ++v) s.offsets[v + 1] += s.offsets[v];
  s.neighbours.resize(s.offsets[n]);
  std::vector<uint64_t> next(s.offsets.begin(), s.offsets.end() - 1);
  forEachArc(view, [&](Vertex u, Vertex v) { s.neighbours[next[u]++] = v; });
  next = {};
  sortAndDedupe(s, control);
  return s;
}

}  // namespace rollcall::storage::analytics
