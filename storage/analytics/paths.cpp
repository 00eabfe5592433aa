#include "storage/analytics/paths.h"

#include <algorithm>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <boost/range/iterator_range.hpp>
#include <string>

namespace rollcall::storage::analytics {

namespace {

constexpr uint64_t PROGRESS_EVERY = 4096;

// The answer before the search: nothing reached, every vertex its own parent. The reservation
// counts Dijkstra's heap index (a size_t per vertex) too.
ShortestPaths unreachedFrom(const GraphView& view, Vertex source, RunControl& control,
                            std::string_view what) {
  size_t n = view.vertexCount();
  if (source >= n)
    throw ProjectionError("source vertex " + std::to_string(source) + " is not in the graph");
  control.reserve(n * (sizeof(double) + sizeof(Vertex) + sizeof(CsrEdge) + sizeof(size_t)), what);
  ShortestPaths out;
  out.distance.assign(n, UNREACHED);
  out.parent.resize(n);
  for (size_t v = 0; v < n; ++v) out.parent[v] = static_cast<Vertex>(v);
  out.via.resize(n);
  return out;
}

// Dijkstra's visitor: keeps the edge of each improvement (so the cheapest of parallel edges,
// the first of equal ones) and reports progress per vertex settled.
struct RecordingVisitor : boost::default_dijkstra_visitor {
  std::vector<CsrEdge>* via;
  RunControl* control;
  uint64_t* settled;
  uint64_t total;
  void edge_relaxed(const CsrEdge& e, const CsrGraph& g) { (*via)[boost::target(e, g)] = e; }
  void finish_vertex(Vertex, const CsrGraph&) {
    if (++*settled % PROGRESS_EVERY == 0) control->progress("dijkstra", *settled, total);
  }
};

}  // namespace

ShortestPaths bfs(const GraphView& view, Vertex source, std::optional<uint32_t> maxDepth,
                  RunControl& control) {
  const auto& g = view.graph();
  ShortestPaths out = unreachedFrom(view, source, control, "breadth-first search");
  std::vector<Vertex> queue{source};
  queue.reserve(view.vertexCount());
  out.distance[source] = 0;
  for (size_t head = 0; head < queue.size(); ++head) {
    Vertex u = queue[head];
    double next = out.distance[u] + 1;
    if (maxDepth && out.distance[u] >= *maxDepth) continue;
    for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
      Vertex v = boost::target(e, g);
      if (out.distance[v] == UNREACHED) {
        out.distance[v] = next, out.parent[v] = u, out.via[v] = e;
        queue.push_back(v);
      } else if (out.parent[v] == u && v != source && view.weight(e) < view.weight(out.via[v])) {
        out.via[v] = e;  // a cheaper parallel edge from the same parent
      }
    }
    if (head % PROGRESS_EVERY == 0) control.progress("breadth-first search", head, queue.size());
  }
  return out;
}

ShortestPaths dijkstra(const GraphView& view, Vertex source, RunControl& control) {
  const auto& g = view.graph();
  ShortestPaths out = unreachedFrom(view, source, control, "dijkstra");
  bool weighted = view.weighted();
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (weighted && view.weight(e) < 0)
      throw ProjectionError("dijkstra needs weights of at least 0; an edge weighs " +
                            std::to_string(view.weight(e)));
  auto weightOf = [&](const CsrEdge& e) { return weighted ? view.weight(e) : 1.0; };
  uint64_t settled = 0;
  RecordingVisitor visitor;
  visitor.via = &out.via, visitor.control = &control, visitor.settled = &settled;
  visitor.total = view.vertexCount();
  auto index = boost::get(boost::vertex_index, g);
  boost::dijkstra_shortest_paths(
      g, source,
      boost::weight_map(boost::make_function_property_map<CsrEdge>(weightOf))
          .predecessor_map(boost::make_iterator_property_map(out.parent.begin(), index))
          .distance_map(boost::make_iterator_property_map(out.distance.begin(), index))
          .distance_inf(UNREACHED)
          .visitor(visitor));
  return out;
}

std::vector<Vertex> pathTo(const ShortestPaths& paths, Vertex source, Vertex target) {
  if (target >= paths.distance.size() || paths.distance[target] == UNREACHED) return {};
  std::vector<Vertex> path{target};
  while (path.back() != source) {
    Vertex parent = paths.parent[path.back()];
    if (parent == path.back()) return {};  // `paths` was searched from another source
    path.push_back(parent);
  }
  std::reverse(path.begin(), path.end());
  return path;
}

}  // namespace rollcall::storage::analytics
