#include "tests/queries/runner/case_check.h"

#include <algorithm>
#include <sstream>

#include "engine/common/error.h"
#include "tests/queries/runner/json_params.h"
#include "tests/queries/runner/value_render.h"

namespace rollcall::qtest {
namespace {

using Table = std::vector<std::vector<std::string>>;

std::map<std::string, int64_t> statsMap(const QueryStats& s) {
  return {{"nodes_created", s.nodesCreated},
          {"nodes_deleted", s.nodesDeleted},
          {"relationships_created", s.relationshipsCreated},
          {"relationships_deleted", s.relationshipsDeleted},
          {"properties_set", s.propertiesSet},
          {"labels_added", s.labelsAdded},
          {"labels_removed", s.labelsRemoved},
          {"indexes_added", s.indexesAdded},
          {"indexes_removed", s.indexesRemoved},
          {"constraints_added", s.constraintsAdded},
          {"constraints_removed", s.constraintsRemoved}};
}

std::string joinRow(const std::vector<std::string>& cells) {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) out += (i ? " | " : "") + cells[i];
  return out;
}

std::string printTable(const std::vector<std::string>& columns, const Table& rows) {
  std::string out = "    " + joinRow(columns) + "\n";
  for (const auto& row : rows) out += "    " + joinRow(row) + "\n";
  if (rows.empty()) out += "    (no rows)\n";
  return out;
}

Table renderRows(const QueryResult& r) {
  Table rows;
  for (const auto& row : r.rows) {
    std::vector<std::string> cells;
    for (const Value& v : row) cells.push_back(renderValue(v));
    rows.push_back(std::move(cells));
  }
  return rows;
}

std::string header(const Case& c, const std::string& location) {
  std::ostringstream out;
  out << location << ": case " << c.name << "\n  query:\n    " << c.query << "\n";
  for (const auto& [name, json] : c.params) out << "  param " << name << " = " << json << "\n";
  return out.str();
}

std::string checkError(const Expectation& e, const CypherError& err) {
  std::string cls(errorClassName(err.errorClass()));
  bool ok = cls == *e.errorClass && (!e.errorDetail || err.detail() == *e.errorDetail) &&
            (!e.errorMessage || std::string(err.what()).find(*e.errorMessage) != std::string::npos);
  if (ok) return "";
  return "  expected error: " + *e.errorClass + " " + e.errorDetail.value_or("") +
         (e.errorMessage ? " containing \"" + *e.errorMessage + "\"" : "") +
         "\n  actual error: " + err.what() + "\n";
}

std::string checkStats(const Expectation& e, const QueryStats& stats) {
  std::string out;
  auto actual = statsMap(stats);
  for (const auto& [key, want] : e.stats) {
    if (actual[key] != want)
      out += "  stats " + key + ": expected " + std::to_string(want) + ", actual " +
             std::to_string(actual[key]) + "\n";
  }
  return out;
}

std::string checkTable(const Expectation& e, const QueryResult& r) {
  Table actual = renderRows(r);
  Table expected = e.rows;
  if (!e.ordered) {
    std::sort(actual.begin(), actual.end());
    std::sort(expected.begin(), expected.end());
  }
  if (r.columns == e.columns && actual == expected) return "";
  return std::string("  expected (") + (e.ordered ? "ordered" : "unordered, sorted") + "):\n" +
         printTable(e.columns, expected) + "  actual:\n" + printTable(r.columns, actual);
}

// The plan's lines without their "  (est. rows N)" suffixes.
std::vector<std::string> planShape(const std::string& plan) {
  std::vector<std::string> lines;
  std::istringstream in(plan);
  for (std::string line; std::getline(in, line);) {
    auto est = line.rfind("  (est. rows ");
    if (est != std::string::npos) line.erase(est);
    lines.push_back(line);
  }
  return lines;
}

std::string checkPlan(const std::vector<std::string>& expected, const QueryResult& r) {
  std::vector<std::string> actual = planShape(r.plan);
  if (actual == expected) return "";
  std::string out = "  expected plan:\n";
  for (const auto& l : expected) out += "    " + l + "\n";
  return out + "  actual plan (with estimates):\n" + r.plan;
}

std::string checkResult(const Expectation& e, const QueryResult& r) {
  if (e.plan) return checkPlan(*e.plan, r);
  if (e.errorClass) {
    return "  expected error: " + *e.errorClass + " " + e.errorDetail.value_or("") +
           "\n  actual: success\n" + printTable(r.columns, renderRows(r));
  }
  std::string out = checkStats(e, r.stats);
  if (!e.ignoreResult) out += checkTable(e, r);
  return out;
}

}  // namespace

std::string runAndCheck(Database& db, const Case& c, const std::string& location) {
  std::string problem;
  try {
    QueryResult r = db.execute(c.query, parseParams(c.params));
    problem = checkResult(c.expect, r);
  } catch (const CypherError& err) {
    problem = c.expect.errorClass ? checkError(c.expect, err)
                                  : std::string("  unexpected error: ") + err.what() + "\n";
  } catch (const std::exception& ex) {
    problem = std::string("  unexpected non-Cypher exception: ") + ex.what() + "\n";
  }
  return problem.empty() ? "" : header(c, location) + problem;
}

}  // namespace rollcall::qtest
