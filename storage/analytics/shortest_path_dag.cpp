#include "storage/analytics/shortest_path_dag.h"

#include <boost/range/iterator_range.hpp>
#include <functional>
#include <queue>

namespace rollcall::storage::analytics {

ShortestPathDag::ShortestPathDag(const CsrGraph& graph, bool weighted)
    : graph_(graph),
      weighted_(weighted),
      distance_(boost::num_vertices(graph), UNREACHED),
      pathCount_(boost::num_vertices(graph), 0.0),
      done_(weighted ? boost::num_vertices(graph) : 0, 0) {}

void ShortestPathDag::reset() {
  for (Vertex v : settled_) {
    distance_[v] = UNREACHED;
    pathCount_[v] = 0;
    if (weighted_) done_[v] = 0;
  }
  settled_.clear();
}

void ShortestPathDag::search(Vertex source) {
  reset();
  distance_[source] = 0;
  pathCount_[source] = 1;
  if (weighted_) {
    dijkstra(source);
  } else {
    breadthFirst(source);
  }
}

void ShortestPathDag::breadthFirst(Vertex source) {
  // settled_ doubles as the queue: BFS settles vertices in the order it discovers them.
  settled_.push_back(source);
  for (size_t head = 0; head < settled_.size(); ++head) {
    Vertex u = settled_[head];
    double next = distance_[u] + 1;
    for (auto e : boost::make_iterator_range(boost::out_edges(u, graph_))) {
      Vertex v = boost::target(e, graph_);
      if (distance_[v] == UNREACHED) {
        distance_[v] = next;
        settled_.push_back(v);
      }
      if (distance_[v] == next) pathCount_[v] += pathCount_[u];
    }
  }
}

void ShortestPathDag::dijkstra(Vertex source) {
  using Entry = std::pair<double, Vertex>;  // ties broken by vertex number: repeatable runs
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
  queue.push({0.0, source});
  while (!queue.empty()) {
    auto [dist, u] = queue.top();
    queue.pop();
    if (done_[u] || dist > distance_[u]) continue;  // a stale entry
    done_[u] = 1;
    settled_.push_back(u);
    for (auto e : boost::make_iterator_range(boost::out_edges(u, graph_))) {
      Vertex v = boost::target(e, graph_);
      if (v == u) continue;
      double through = dist + graph_[e].weight;
      if (through < distance_[v]) {
        distance_[v] = through;
        pathCount_[v] = pathCount_[u];
        queue.push({through, v});
      } else if (through == distance_[v] && !done_[v]) {
        pathCount_[v] += pathCount_[u];
      }
    }
  }
}

}  // namespace rollcall::storage::analytics
