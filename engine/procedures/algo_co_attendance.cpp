// The co-attendance graph as answers: algo.coAttendance(config) YIELD node1, node2, shared
// streams the pairs of students who attended sessions together; algo.studyGroups(config) YIELD
// groupId, size, members runs community detection (or components) on that graph.
#include <algorithm>
#include <numeric>

#include "engine/procedures/algo_run.h"
#include "engine/procedures/procedure_families.h"
#include "storage/analytics/co_attendance.h"
#include "storage/analytics/communities.h"
#include "storage/analytics/components.h"

#include <boost/range/iterator_range.hpp>

namespace rollcall {

namespace an = storage::analytics;

namespace {

ProcedureRowsPtr coAttendancePairs(ExecContext& ctx, std::span<const Value> args) {
  AlgoConfig config("algo.coAttendance", args[0], 0);
  auto spec = readCoAttendance(ctx, config);
  config.finish();
  auto control = std::make_shared<EngineRunControl>(ctx, "algo.coAttendance");
  auto view = std::make_shared<an::GraphView>(an::coAttendance(*ctx.txn, spec, *control));
  // Each pair once, from the lower vertex: the undirected view holds both ways.
  auto pairs = std::make_shared<std::vector<an::CsrEdge>>();
  for (an::Vertex v = 0; v < view->vertexCount(); ++v) {
    for (auto e : boost::make_iterator_range(boost::out_edges(v, view->graph())))
      if (boost::target(e, view->graph()) > v) pairs->push_back(e);
  }
  auto fill = [view, pairs](size_t i, std::vector<Value>& f) {
    const auto& e = (*pairs)[i];
    f[0] = Value(NodeValue{view->nodeId(boost::source(e, view->graph())), nullptr});
    f[1] = Value(NodeValue{view->nodeId(boost::target(e, view->graph())), nullptr});
    f[2] = Value(static_cast<int64_t>(view->weight(e)));
  };
  return generatedRows(pairs->size(), fill, control);
}

std::vector<uint64_t> groupsOf(AlgoConfig& config, const an::GraphView& view,
                               an::RunControl& control) {
  std::string algorithm = config.string("algorithm").value_or("louvain");
  if (algorithm == "louvain") return an::louvain(view, {}, control).communityOf;
  if (algorithm == "labelPropagation")
    return an::labelPropagation(view, {}, control).communityOf;
  if (algorithm == "wcc") return an::weaklyConnectedComponents(view, control).componentOf;
  config.fail("algorithm", "must be 'louvain', 'labelPropagation' or 'wcc', not '" + algorithm +
                               "'");
}

ProcedureRowsPtr studyGroups(ExecContext& ctx, std::span<const Value> args) {
  AlgoConfig config("algo.studyGroups", args[0], 0);
  auto spec = readCoAttendance(ctx, config);
  if (config.raw("minShared").isNull()) spec.minShared = 2;  // one shared session is chance
  int64_t minSize = config.integer("minSize", 2, 1, INT64_MAX);
  auto control = std::make_shared<EngineRunControl>(ctx, "algo.studyGroups");
  auto view = an::coAttendance(*ctx.txn, spec, *control);
  auto groupOf = groupsOf(config, view, *control);
  config.finish();
  std::vector<ValueList> members;
  for (an::Vertex v = 0; v < groupOf.size(); ++v) {
    if (groupOf[v] >= members.size()) members.resize(groupOf[v] + 1);
    members[groupOf[v]].emplace_back(NodeValue{view.nodeId(v), nullptr});
  }
  // Biggest groups first; groups keep the number the algorithm gave them.
  std::vector<size_t> order(members.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return members[a].size() > members[b].size(); });
  std::vector<std::vector<Value>> rows;
  for (size_t g : order) {
    if (static_cast<int64_t>(members[g].size()) < minSize) break;
    int64_t size = static_cast<int64_t>(members[g].size());
    rows.push_back({Value(static_cast<int64_t>(g)), Value(size), Value(std::move(members[g]))});
  }
  return rowsOf(std::move(rows));
}

}  // namespace

std::vector<ProcedureInfo> coAttendanceProcedures() {
  return {
      {"algo.coAttendance",
       {{"config", ProcType::MAP, true}},
       {{"node1", ProcType::NODE}, {"node2", ProcType::NODE}, {"shared", ProcType::INTEGER}},
       "Pairs of members (students) who attended at least minShared of the same gatherings "
       "(sessions), each pair once. Keys: members ('Student'), type ('ATTENDED'), gatherings "
       "('Session', or a list of session nodes), minShared (1).",
       false, coAttendancePairs},
      {"algo.studyGroups",
       {{"config", ProcType::MAP, true}},
       {{"groupId", ProcType::INTEGER}, {"size", ProcType::INTEGER}, {"members", ProcType::LIST}},
       "Groups of students who attend together: communities of the co-attendance graph, biggest "
       "first. Keys: those of algo.coAttendance (minShared 2), algorithm ('louvain', "
       "'labelPropagation' or 'wcc'), minSize (2).",
       false, studyGroups},
  };
}

}  // namespace rollcall
