#include <algorithm>
#include <map>
#include <set>

#include "loaders/export/script_writer.h"

namespace rollcall::loaders {

void orderTables(std::vector<TableSpec>& tables) {
  std::sort(tables.begin(), tables.end(),
            [](const TableSpec& a, const TableSpec& b) { return a.name < b.name; });
  std::map<std::string, std::set<std::string>> waitsFor;
  for (const TableSpec& t : tables) {
    for (const ForeignKeySpec& fk : t.foreignKeys) {
      if (fk.table != t.name) waitsFor[t.name].insert(fk.table);
    }
  }
  std::vector<TableSpec> ordered;
  std::vector<bool> placed(tables.size(), false);
  std::set<std::string> done;
  while (ordered.size() < tables.size()) {
    // The first table (by name) whose references are all placed; in a cycle, the first unplaced.
    size_t pick = tables.size();
    for (size_t i = 0; i < tables.size() && pick == tables.size(); ++i) {
      if (placed[i]) continue;
      const auto& deps = waitsFor[tables[i].name];
      bool ready = std::all_of(deps.begin(), deps.end(),
                               [&](const std::string& d) { return done.count(d) > 0; });
      if (ready) pick = i;
    }
    if (pick == tables.size()) pick = size_t(std::find(placed.begin(), placed.end(), false) - placed.begin());
    placed[pick] = true;
    done.insert(tables[pick].name);
    ordered.push_back(std::move(tables[pick]));
  }
  tables = std::move(ordered);
}

}  // namespace rollcall::loaders
