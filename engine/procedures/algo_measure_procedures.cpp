// algo.<name>(config) YIELD node, <measure> and algo.<name>.write(config) for every measure
// algorithm.
#include <array>
#include <chrono>
#include <utility>

#include "engine/common/error.h"
#include "engine/procedures/algo_measures.h"
#include "engine/procedures/algo_run.h"
#include "storage/catalog/catalog.h"
#include "storage/graph/transaction.h"

namespace rollcall {

namespace an = storage::analytics;

namespace {

struct Computed {
  std::shared_ptr<EngineRunControl> control;
  std::shared_ptr<an::GraphView> view;
  std::shared_ptr<Measures> measures;
  int64_t computeMillis = 0;
};

std::string procedureName(const MeasureAlgorithm& algo, bool write) {
  return "algo." + std::string(algo.name) + (write ? ".write" : "");
}

Computed compute(const MeasureAlgorithm& algo, ExecContext& ctx, AlgoConfig& config,
                 bool write) {
  auto start = std::chrono::steady_clock::now();
  Computed out;
  out.control = std::make_shared<EngineRunControl>(ctx, procedureName(algo, write));
  AlgoProjection projection = readProjection(ctx, config, algo.orientation, algo.orientationFixed);
  out.view = std::make_shared<an::GraphView>(buildProjection(ctx, config, projection,
                                                             *out.control));
  out.control->reserve(out.view->vertexCount() * algo.fields.size() * sizeof(double),
                       "results");
  out.measures = std::make_shared<Measures>(algo.compute(config, *out.view, *out.control));
  out.computeMillis = millisSince(start);
  return out;
}

Value measureValue(const ProcedureField& field, double value) {
  if (field.type == ProcType::INTEGER) return Value(static_cast<int64_t>(value));
  return Value(value);
}

ProcedureRowsPtr stream(const MeasureAlgorithm& algo, ExecContext& ctx,
                        std::span<const Value> args) {
  AlgoConfig config(procedureName(algo, false), args[0], 0);
  Computed c = compute(algo, ctx, config, false);
  auto fill = [view = c.view, measures = c.measures, &algo](size_t i, std::vector<Value>& f) {
    f[0] = Value(NodeValue{view->nodeId(static_cast<an::Vertex>(i)), nullptr});
    for (size_t k = 0; k < algo.fields.size(); ++k)
      f[k + 1] = measureValue(algo.fields[k], measures->columns[k][i]);
  };
  return generatedRows(c.view->vertexCount(), fill, c.control);
}

// Stores the algorithm's first measure as `property` on every node of the projection.
int64_t writeBack(const MeasureAlgorithm& algo, ExecContext& ctx, const Computed& c,
                  storage::PropKeyId key) {
  const auto& values = c.measures->columns[0];
  for (size_t v = 0; v < values.size(); ++v) {
    storage::PropertyValue p = algo.fields[0].type == ProcType::INTEGER
                                   ? storage::PropertyValue(static_cast<int64_t>(values[v]))
                                   : storage::PropertyValue(values[v]);
    ctx.txn->setNodeProperty(c.view->nodeId(static_cast<an::Vertex>(v)), key, p);
    if (v % 4096 == 4095) c.control->progress("writing", v, values.size());
  }
  ctx.stats.propertiesSet += static_cast<int64_t>(values.size());
  return static_cast<int64_t>(values.size());
}

ProcedureRowsPtr write(const MeasureAlgorithm& algo, ExecContext& ctx,
                       std::span<const Value> args) {
  AlgoConfig config(procedureName(algo, true), args[0], 0);
  auto property = config.string("property");
  if (!property || property->empty()) config.fail("property", "must name the property to write");
  Computed c = compute(algo, ctx, config, true);
  auto start = std::chrono::steady_clock::now();
  int64_t written = writeBack(algo, ctx, c, ctx.catalog->getOrCreatePropKey(*property));
  std::vector<std::vector<Value>> rows;
  rows.push_back({Value(written), Value(static_cast<int64_t>(c.view->vertexCount())),
                  Value(static_cast<int64_t>(c.view->edgeCount())), Value(c.computeMillis),
                  Value(millisSince(start)), Value(c.measures->summary)});
  return rowsOf(std::move(rows));
}

// ProcedureFn is a plain function pointer, so each algorithm gets its own instantiation.
template <size_t I>
ProcedureRowsPtr streamAt(ExecContext& ctx, std::span<const Value> args) {
  return stream(measureAlgorithms()[I], ctx, args);
}
template <size_t I>
ProcedureRowsPtr writeAt(ExecContext& ctx, std::span<const Value> args) {
  return write(measureAlgorithms()[I], ctx, args);
}

constexpr size_t MAX_ALGORITHMS = 16;

template <size_t... I>
constexpr std::array<std::pair<ProcedureFn, ProcedureFn>, sizeof...(I)> entryPoints(
    std::index_sequence<I...>) {
  return {std::make_pair(&streamAt<I>, &writeAt<I>)...};
}

// Names and write descriptions live as long as the procedure table, which holds views of them.
struct Texts {
  std::vector<std::string> names;  // stream and write, per algorithm
  std::vector<std::string> writeDescriptions;
};
const Texts& texts() {
  static const Texts built = [] {
    Texts out;
    for (const auto& algo : measureAlgorithms()) {
      out.names.push_back(procedureName(algo, false));
      out.names.push_back(procedureName(algo, true));
      out.writeDescriptions.push_back(
          "Runs " + procedureName(algo, false) + " and stores its " +
          std::string(algo.fields[0].name) +
          " on every node of the projection as the property config.property; yields counts, "
          "timings and a summary.");
    }
    return out;
  }();
  return built;
}

}  // namespace

std::vector<ProcedureInfo> measureProcedures() {
  static constexpr auto entries = entryPoints(std::make_index_sequence<MAX_ALGORITHMS>());
  const auto& algos = measureAlgorithms();
  RC_ASSERT(algos.size() <= MAX_ALGORITHMS);
  std::vector<ProcedureInfo> out;
  const std::vector<ProcedureParam> config = {{"config", ProcType::MAP, true}};
  for (size_t i = 0; i < algos.size(); ++i) {
    std::vector<ProcedureField> fields = {{"node", ProcType::NODE}};
    fields.insert(fields.end(), algos[i].fields.begin(), algos[i].fields.end());
    out.push_back({texts().names[2 * i], config, fields, algos[i].description, false,
                   entries[i].first});
    out.push_back({texts().names[2 * i + 1], config,
                   {{"nodePropertiesWritten", ProcType::INTEGER},
                    {"nodes", ProcType::INTEGER},
                    {"relationships", ProcType::INTEGER},
                    {"computeMillis", ProcType::INTEGER},
                    {"writeMillis", ProcType::INTEGER},
                    {"summary", ProcType::MAP}},
                   texts().writeDescriptions[i], true, entries[i].second});
  }
  return out;
}

}  // namespace rollcall
