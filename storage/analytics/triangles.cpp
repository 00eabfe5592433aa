#include "storage/analytics/components.h"
#include "storage/analytics/simple_graph.h"

namespace rollcall::storage::analytics {

namespace {

constexpr size_t PROGRESS_EVERY = 1 << 14;

// Each edge kept only from its lower-ranked end (rank: degree, then vertex number). Every
// triangle is then found exactly once, from its lowest-ranked corner, and no vertex keeps more
// than O(√m) forward neighbours, which bounds the intersections.
SimpleGraph forwardEdges(const SimpleGraph& s) {
  size_t n = s.vertexCount();
  auto before = [&](Vertex a, Vertex b) {
    return s.degree(a) < s.degree(b) || (s.degree(a) == s.degree(b) && a < b);
  };
  SimpleGraph f;
  f.offsets.assign(n + 1, 0);
  f.neighbours.reserve(s.neighbours.size() / 2);
  for (Vertex u = 0; u < n; ++u) {
    for (Vertex v : s.neighboursOf(u))
      if (before(u, v)) f.neighbours.push_back(v);  // stays sorted by vertex number
    f.offsets[u + 1] = f.neighbours.size();
  }
  return f;
}

// Counts common entries of two sorted lists, crediting each to `count`.
void countCommon(std::span<const Vertex> a, std::span<const Vertex> b, std::vector<uint64_t>& count,
                 uint64_t& found) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++count[a[i]], ++found, ++i, ++j;
    }
  }
}

}  // namespace

Triangles triangles(const GraphView& view, RunControl& control) {
  SimpleGraph s = simpleUndirected(view, control);
  size_t n = s.vertexCount();
  control.reserve(s.neighbours.size() / 2 * sizeof(Vertex) + n * 3 * sizeof(uint64_t), "triangles");
  SimpleGraph f = forwardEdges(s);
  Triangles out;
  out.triangles.assign(n, 0);
  for (Vertex u = 0; u < n; ++u) {
    for (Vertex v : f.neighboursOf(u)) {
      uint64_t found = 0;
      countCommon(f.neighboursOf(u), f.neighboursOf(v), out.triangles, found);
      out.triangles[u] += found, out.triangles[v] += found;
    }
    if (u % PROGRESS_EVERY == 0) control.progress("triangles", u, n);
  }
  out.coefficient.assign(n, 0.0);
  for (Vertex v = 0; v < n; ++v) {
    double d = static_cast<double>(s.degree(v));
    if (d >= 2) out.coefficient[v] = 2.0 * out.triangles[v] / (d * (d - 1));
  }
  return out;
}

}  // namespace rollcall::storage::analytics
