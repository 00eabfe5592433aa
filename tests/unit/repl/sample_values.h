#pragma once
// Hand-made values of every kind for the printer tests: entities carry snapshots as query
// results do.
#include <memory>
#include <string>
#include <vector>

#include "engine/common/date.h"
#include "engine/common/value.h"
#include "engine/main/query_result.h"

namespace rollcall::repl::testing {

inline Value node(storage::NodeId id, std::vector<std::string> labels, ValueMap properties) {
  auto snapshot = std::make_shared<NodeSnapshot>();
  snapshot->labels = std::move(labels);
  snapshot->properties = std::move(properties);
  return Value(NodeValue{id, snapshot});
}

inline Value rel(storage::RelId id, std::string type, storage::NodeId start, storage::NodeId end,
                 ValueMap properties) {
  auto snapshot = std::make_shared<RelSnapshot>();
  snapshot->type = std::move(type);
  snapshot->properties = std::move(properties);
  return Value(RelValue{id, 0, start, end, snapshot});
}

inline Value date(int year, int month, int day) { return Value(*dateFromYmd({year, month, day})); }

// (Ann:Student)-[:ATTENDED]->(s:Session)<-[:TAUGHT_BY... reversed]-(i:Instructor)
inline Value samplePath() {
  PathValue path;
  path.nodes = {node(1, {"Student"}, {{"name", Value("Ann")}}).asNode(),
                node(2, {"Session"}, {}).asNode(), node(3, {"Instructor"}, {}).asNode()};
  path.rels = {rel(10, "ATTENDED", 1, 2, {}).asRel(),
               rel(11, "TAUGHT_BY", 3, 2, {{"hours", Value(2)}}).asRel()};
  return Value(std::move(path));
}

inline QueryResult result(std::vector<std::string> columns, std::vector<std::vector<Value>> rows) {
  QueryResult r;
  r.columns = std::move(columns);
  r.rows = std::move(rows);
  return r;
}

}  // namespace rollcall::repl::testing
