#include <algorithm>
#include <utility>

#include "storage/analytics/components.h"
#include "storage/analytics/simple_graph.h"

namespace rollcall::storage::analytics {

namespace {

constexpr size_t PROGRESS_EVERY = 1 << 14;

// Vertices sorted by degree with counting sort: `vert` lists them, `pos` says where each is and
// `bin[d]` where degree d starts.
struct DegreeBuckets {
  std::vector<uint32_t> degree, bin, pos;
  std::vector<Vertex> vert;
};

DegreeBuckets bucketByDegree(const SimpleGraph& s) {
  size_t n = s.vertexCount();
  DegreeBuckets b;
  b.degree.resize(n);
  uint32_t maxDegree = 0;
  for (Vertex v = 0; v < n; ++v) maxDegree = std::max(maxDegree, b.degree[v] = s.degree(v));
  b.bin.assign(maxDegree + 1, 0);
  for (Vertex v = 0; v < n; ++v) ++b.bin[b.degree[v]];
  uint32_t start = 0;
  for (auto& count : b.bin) start += std::exchange(count, start);
  b.pos.resize(n);
  b.vert.resize(n);
  for (Vertex v = 0; v < n; ++v) {
    b.pos[v] = b.bin[b.degree[v]]++;
    b.vert[b.pos[v]] = v;
  }
  // The placing loop moved each bin's start to the next bin's; move them back.
  for (size_t d = maxDegree; d > 0; --d) b.bin[d] = b.bin[d - 1];
  if (!b.bin.empty()) b.bin[0] = 0;
  return b;
}

}  // namespace

// Batagelj and Zaversnik's O(m) peeling (2003): take vertices in order of current degree; each
// one taken lowers its higher-degree neighbours by one, moving them one bucket down in place.
std::vector<uint64_t> coreNumbers(const GraphView& view, RunControl& control) {
  SimpleGraph s = simpleUndirected(view, control);
  size_t n = s.vertexCount();
  control.reserve(n * 4 * sizeof(uint32_t) + n * sizeof(uint64_t), "core numbers");
  DegreeBuckets b = bucketByDegree(s);
  for (size_t i = 0; i < n; ++i) {
    Vertex v = b.vert[i];
    for (Vertex u : s.neighboursOf(v)) {
      if (b.degree[u] <= b.degree[v]) continue;
      uint32_t du = b.degree[u], pu = b.pos[u], pw = b.bin[du];
      Vertex w = b.vert[pw];
      std::swap(b.vert[pu], b.vert[pw]);
      b.pos[u] = pw, b.pos[w] = pu;
      ++b.bin[du];
      --b.degree[u];
    }
    if (i % PROGRESS_EVERY == 0) control.progress("core numbers", i, n);
  }
  return {b.degree.begin(), b.degree.end()};
}

}  // namespace rollcall::storage::analytics
