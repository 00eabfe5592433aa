// Shortest paths: algo.bfs(source, config) YIELD node, distance; algo.dijkstra(source, config)
// YIELD node, cost; algo.shortestPath(source, target, config) YIELD path, cost.
#include <algorithm>
#include <numeric>

#include "engine/common/error.h"
#include "engine/procedures/algo_run.h"
#include "engine/procedures/procedure_families.h"
#include "storage/analytics/paths.h"
#include "storage/graph/transaction.h"

namespace rollcall {

namespace an = storage::analytics;

namespace {

struct PathRun {
  std::shared_ptr<EngineRunControl> control;
  std::shared_ptr<an::GraphView> view;
  AlgoProjection projection;
  an::Vertex source = 0;
};

an::Vertex vertexOf(AlgoConfig& config, const an::GraphView& view, const Value& node,
                    std::string_view what) {
  auto v = view.vertexOf(node.asNode().id);
  if (!v) config.fail(what, "is a node outside the projection (see its labels and types)");
  return *v;
}

// Paths follow stored relationships, so the co-attendance graph (which has none) is not offered.
PathRun prepare(ExecContext& ctx, AlgoConfig& config, const Value& source, std::string_view name) {
  PathRun run;
  run.control = std::make_shared<EngineRunControl>(ctx, name);
  run.projection = readProjection(ctx, config, an::Orientation::NATURAL, false);
  if (run.projection.coAttendance) config.fail("coAttendance", "is not supported for paths");
  run.view = std::make_shared<an::GraphView>(
      buildProjection(ctx, config, run.projection, *run.control));
  run.source = vertexOf(config, *run.view, source, "source");
  return run;
}

// The vertices reached, nearest first (ties by vertex number).
std::vector<an::Vertex> reachedInOrder(const an::ShortestPaths& paths) {
  std::vector<an::Vertex> out;
  for (an::Vertex v = 0; v < paths.distance.size(); ++v)
    if (paths.distance[v] != an::UNREACHED) out.push_back(v);
  std::stable_sort(out.begin(), out.end(), [&](an::Vertex a, an::Vertex b) {
    return paths.distance[a] < paths.distance[b];
  });
  return out;
}

ProcedureRowsPtr distanceRows(PathRun run, an::ShortestPaths paths, bool hops) {
  auto shared = std::make_shared<an::ShortestPaths>(std::move(paths));
  auto order = std::make_shared<std::vector<an::Vertex>>(reachedInOrder(*shared));
  auto fill = [view = run.view, shared, order, hops](size_t i, std::vector<Value>& f) {
    an::Vertex v = (*order)[i];
    f[0] = Value(NodeValue{view->nodeId(v), nullptr});
    double d = shared->distance[v];
    f[1] = hops ? Value(static_cast<int64_t>(d)) : Value(d);
  };
  return generatedRows(order->size(), fill, run.control);
}

ProcedureRowsPtr bfs(ExecContext& ctx, std::span<const Value> args) {
  AlgoConfig config("algo.bfs", args[1], 0);
  PathRun run = prepare(ctx, config, args[0], "algo.bfs");
  auto maxDepth = config.optionalInteger("maxDepth", 0, UINT32_MAX);
  config.finish();
  std::optional<uint32_t> depth;
  if (maxDepth) depth = static_cast<uint32_t>(*maxDepth);
  auto paths = an::bfs(*run.view, run.source, depth, *run.control);
  return distanceRows(std::move(run), std::move(paths), true);
}

an::ShortestPaths dijkstra(AlgoConfig& config, const PathRun& run) {
  try {
    return an::dijkstra(*run.view, run.source, *run.control);
  } catch (const an::ProjectionError& e) {
    config.fail("weight", e.what());
  }
}

ProcedureRowsPtr dijkstraAll(ExecContext& ctx, std::span<const Value> args) {
  AlgoConfig config("algo.dijkstra", args[1], 0);
  PathRun run = prepare(ctx, config, args[0], "algo.dijkstra");
  config.finish();
  auto paths = dijkstra(config, run);
  return distanceRows(std::move(run), std::move(paths), false);
}

// The stored relationship behind one step of a path: of the projection's types, the way the
// projection reads them, the lightest when weighted (the one the cost counted).
RelValue relBetween(ExecContext& ctx, const storage::analytics::ProjectionSpec& spec,
                    storage::NodeId from, storage::NodeId to) {
  std::vector<storage::Direction> dirs;
  if (spec.orientation != an::Orientation::REVERSE) dirs.push_back(storage::Direction::OUT);
  if (spec.orientation != an::Orientation::NATURAL) dirs.push_back(storage::Direction::IN);
  std::optional<RelValue> best;
  double bestWeight = 0;
  std::vector<storage::Edge> edges, part;
  for (auto dir : dirs) {
    edges.clear();
    if (spec.types.empty()) {
      ctx.txn->neighboursAllTypes(from, dir, edges);
    } else {
      for (auto type : spec.types) {
        ctx.txn->neighbours(from, type, dir, part);
        edges.insert(edges.end(), part.begin(), part.end());
      }
    }
    for (const auto& e : edges) {
      if (e.other != to) continue;
      double w = an::relationshipWeight(*ctx.txn, e.rel, spec);
      if (best && w >= bestWeight) continue;
      bool out = dir == storage::Direction::OUT;
      best = RelValue{e.rel, e.type, out ? from : to, out ? to : from, nullptr};
      bestWeight = w;
    }
  }
  RC_ASSERT(best.has_value());
  return *best;
}

ProcedureRowsPtr shortestPath(ExecContext& ctx, std::span<const Value> args) {
  AlgoConfig config("algo.shortestPath", args[2], 0);
  PathRun run = prepare(ctx, config, args[0], "algo.shortestPath");
  an::Vertex target = vertexOf(config, *run.view, args[1], "target");
  config.finish();
  auto paths = run.view->weighted() ? dijkstra(config, run)
                                    : an::bfs(*run.view, run.source, std::nullopt, *run.control);
  std::vector<std::vector<Value>> rows;
  auto vertices = an::pathTo(paths, run.source, target);
  if (!vertices.empty()) {
    PathValue path;
    for (size_t i = 0; i < vertices.size(); ++i) {
      storage::NodeId id = run.view->nodeId(vertices[i]);
      if (i > 0) path.rels.push_back(relBetween(ctx, run.projection.spec, path.nodes.back().id, id));
      path.nodes.push_back(NodeValue{id, nullptr});
    }
    rows.push_back({Value(std::move(path)), Value(paths.distance[target])});
  }
  return rowsOf(std::move(rows));
}

}  // namespace

std::vector<ProcedureInfo> pathProcedures() {
  return {
      {"algo.bfs",
       {{"source", ProcType::NODE}, {"config", ProcType::MAP, true}},
       {{"node", ProcType::NODE}, {"distance", ProcType::INTEGER}},
       "Breadth-first search from source: every node reached and its distance in hops, nearest "
       "first. Keys: the projection's, maxDepth.",
       false, bfs},
      {"algo.dijkstra",
       {{"source", ProcType::NODE}, {"config", ProcType::MAP, true}},
       {{"node", ProcType::NODE}, {"cost", ProcType::FLOAT}},
       "Dijkstra from source: every node reached and the cost of its cheapest path (by the "
       "weight property, hops without one), cheapest first.",
       false, dijkstraAll},
      {"algo.shortestPath",
       {{"source", ProcType::NODE}, {"target", ProcType::NODE}, {"config", ProcType::MAP, true}},
       {{"path", ProcType::PATH}, {"cost", ProcType::FLOAT}},
       "The cheapest path from source to target (Dijkstra when a weight is given, fewest hops "
       "otherwise) and its cost; no row when target is unreachable.",
       false, shortestPath},
  };
}

}  // namespace rollcall
