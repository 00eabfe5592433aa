#include "storage/analytics/community_graph.h"

#include <boost/range/iterator_range.hpp>

namespace rollcall::storage::analytics {

namespace {

// Calls visit(u, v, w) once per adjacency entry to make and loop(u, w) once per self-loop edge.
template <typename Visit, typename Loop>
void forEachEntry(const GraphView& view, Visit visit, Loop loop) {
  const auto& g = view.graph();
  for (Vertex u = 0; u < view.vertexCount(); ++u) {
    for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
      Vertex v = boost::target(e, g);
      double w = view.weighted() ? view.weight(e) : 1.0;
      if (u == v) {
        loop(u, view.undirected() ? w / 2 : w);  // an undirected view holds a loop twice
      } else {
        visit(u, v, w);
        if (!view.undirected()) visit(v, u, w);
      }
    }
  }
}

}  // namespace

CommunityGraph communityGraphOf(const GraphView& view, RunControl& control) {
  size_t n = view.vertexCount();
  uint64_t entries = view.edgeCount() * (view.undirected() ? 1 : 2);
  control.reserve((n + 1) * sizeof(uint64_t) + n * 2 * sizeof(double) +
                      entries * (sizeof(Vertex) + sizeof(double)),
                  "community graph");
  CommunityGraph g;
  g.offsets.assign(n + 1, 0);
  g.loops.assign(n, 0.0);
  g.degree.assign(n, 0.0);
  forEachEntry(
      view, [&](Vertex u, Vertex, double) { ++g.offsets[u + 1]; }, [](Vertex, double) {});
  for (size_t v = 0; v < n; ++v) g.offsets[v + 1] += g.offsets[v];
  g.targets.resize(g.offsets[n]);
  g.weights.resize(g.offsets[n]);
  std::vector<uint64_t> next(g.offsets.begin(), g.offsets.end() - 1);
  forEachEntry(
      view,
      [&](Vertex u, Vertex v, double w) {
        g.targets[next[u]] = v, g.weights[next[u]++] = w;
        g.degree[u] += w;
      },
      [&](Vertex u, double w) { g.loops[u] += w, g.degree[u] += 2 * w; });
  double degreeSum = 0;
  for (double d : g.degree) degreeSum += d;
  g.totalWeight = degreeSum / 2;
  return g;
}

namespace {

// The vertices of each community, by counting sort: community c's are
// members[start[c]..start[c+1]).
struct Members {
  std::vector<uint64_t> start;
  std::vector<Vertex> members;
};

Members membersOf(const std::vector<uint32_t>& communityOf, uint32_t count) {
  Members m;
  m.start.assign(count + 1, 0);
  for (uint32_t c : communityOf) ++m.start[c + 1];
  for (uint32_t c = 0; c < count; ++c) m.start[c + 1] += m.start[c];
  m.members.resize(communityOf.size());
  std::vector<uint64_t> next(m.start.begin(), m.start.end() - 1);
  for (Vertex v = 0; v < communityOf.size(); ++v) m.members[next[communityOf[v]]++] = v;
  return m;
}

}  // namespace

CommunityGraph aggregate(const CommunityGraph& g, const std::vector<uint32_t>& communityOf,
                         uint32_t count) {
  auto [start, members] = membersOf(communityOf, count);
  CommunityGraph out;
  out.offsets.assign(count + 1, 0);
  out.loops.assign(count, 0.0);
  out.degree.assign(count, 0.0);
  out.totalWeight = g.totalWeight;
  std::vector<double> toCommunity(count, 0.0);
  std::vector<char> seen(count, 0);
  std::vector<uint32_t> touched;
  for (uint32_t c = 0; c < count; ++c) {
    double inside = 0;  // each inner edge is met from both ends
    for (uint64_t i = start[c]; i < start[c + 1]; ++i) {
      Vertex u = members[i];
      out.loops[c] += g.loops[u];
      out.degree[c] += g.degree[u];
      for (uint64_t j = g.offsets[u]; j < g.offsets[u + 1]; ++j) {
        uint32_t d = communityOf[g.targets[j]];
        if (d == c) {
          inside += g.weights[j];
          continue;
        }
        if (!seen[d]) seen[d] = 1, touched.push_back(d);
        toCommunity[d] += g.weights[j];
      }
    }
    out.loops[c] += inside / 2;
    for (uint32_t d : touched) {
      out.targets.push_back(d), out.weights.push_back(toCommunity[d]);
      toCommunity[d] = 0.0, seen[d] = 0;
    }
    touched.clear();
    out.offsets[c + 1] = out.targets.size();
  }
  return out;
}

double modularityOf(const CommunityGraph& g, const std::vector<uint32_t>& communityOf,
                    uint32_t count) {
  if (g.totalWeight == 0) return 0;
  std::vector<double> inside(count, 0.0), total(count, 0.0);
  for (Vertex u = 0; u < g.vertexCount(); ++u) {
    uint32_t c = communityOf[u];
    total[c] += g.degree[u];
    inside[c] += g.loops[u];
    for (uint64_t j = g.offsets[u]; j < g.offsets[u + 1]; ++j)
      if (communityOf[g.targets[j]] == c) inside[c] += g.weights[j] / 2;
  }
  double m = g.totalWeight, q = 0;
  for (uint32_t c = 0; c < count; ++c)
    q += inside[c] / m - (total[c] / (2 * m)) * (total[c] / (2 * m));
  return q;
}

}  // namespace rollcall::storage::analytics
