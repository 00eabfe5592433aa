#pragma once
// For the `rollcall report` tests: the sample database, the report's marked figures and table
// rows read back out of its HTML, and answers of Cypher run through the engine.
#include <regex>
#include <string>
#include <vector>

#include "engine/common/value_ops.h"
#include "engine/main/database.h"
#include "tests/unit/repl/cli_runner.h"

namespace rollcall::repl::testing {

inline std::string unescapeHtml(std::string text) {
  static const std::pair<const char*, const char*> ENTITIES[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, character] : ENTITIES) {
    for (size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1)) {
      text.replace(at, std::string(entity).size(), character);
    }
  }
  return text;
}

// The data-value of <span data-figure="KEY">; "<missing>" when the page has none.
inline std::string figure(const std::string& html, const std::string& key) {
  std::smatch m;
  std::regex marked("data-figure=\"" + key + "\" data-value=\"([^\"]*)\"");
  return std::regex_search(html, m, marked) ? unescapeHtml(m[1]) : "<missing>";
}

// The body rows of <table data-table="NAME">, each cell's text unescaped.
inline std::vector<std::vector<std::string>> tableRows(const std::string& html,
                                                       const std::string& name) {
  std::vector<std::vector<std::string>> rows;
  size_t start = html.find("data-table=\"" + name + "\"");
  if (start == std::string::npos) return rows;
  start = html.find("<tbody>", start);
  std::string body = html.substr(start, html.find("</tbody>", start) - start);
  std::regex row("<tr>(.*?)</tr>"), cell("<td[^>]*>(.*?)</td>");
  for (std::sregex_iterator r(body.begin(), body.end(), row), end; r != end; ++r) {
    std::string cells = (*r)[1];
    rows.emplace_back();
    for (std::sregex_iterator c(cells.begin(), cells.end(), cell); c != end; ++c) {
      rows.back().push_back(unescapeHtml((*c)[1]));
    }
  }
  return rows;
}

// A result's rows as the table shows them: display text, null as "".
inline std::vector<std::vector<std::string>> textRows(const QueryResult& result) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : result.rows) {
    rows.emplace_back();
    for (const Value& v : row) rows.back().push_back(v.isNull() ? "" : toDisplayString(v));
  }
  return rows;
}

class ReportTest : public CliTest {
 protected:
  // The sample, loaded through the seed scripts as `rollcall demo` loads it.
  void loadSample() {
    std::string root = ROLLCALL_SOURCE_DIR;
    std::string seed = root + "/queries/seed/";
    CliOutput r = run("run --db '" + db() + "' --import-dir '" + root + "/data/sample' '" + seed +
                      "00_nodes.cypher' '" + seed + "10_attended.cypher' '" + seed +
                      "11_taught_by.cypher' '" + seed + "12_belongs_to.cypher'");
    ASSERT_EQ(r.status, 0) << r.err;
  }

  // Writes the report with `options` and returns its HTML.
  std::string report(const std::string& options = "") {
    CliOutput r = run("report --db '" + db() + "' -o '" + path("report.html") + "' " + options);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(startsWith(r.out, "Wrote " + path("report.html"))) << r.out;
    return readWhole(path("report.html"));
  }

  QueryResult query(const std::string& cypher, const Parameters& params = {}) {
    Database database(db(), DatabaseOptions{.readOnly = true});
    return database.execute(cypher, params);
  }

  // The one value of a one-row, one-column answer, as display text.
  std::string scalar(const std::string& cypher, const Parameters& params = {}) {
    QueryResult result = query(cypher, params);
    EXPECT_EQ(result.rows.size(), 1u) << cypher;
    return result.rows.empty() ? "" : toDisplayString(result.rows[0][0]);
  }

  // A query file of the repository, its trailing semicolon dropped.
  static std::string queryFile(const std::string& relative) {
    std::string text = readWhole(std::string(ROLLCALL_SOURCE_DIR) + "/" + relative);
    return text.substr(0, text.rfind(';'));
  }
};

}  // namespace rollcall::repl::testing
