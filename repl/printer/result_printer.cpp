#include "repl/printer/result_printer.h"

#include <cctype>
#include <vector>

#include "repl/printer/csv_printer.h"
#include "repl/printer/json_printer.h"
#include "repl/printer/table_printer.h"

namespace rollcall::repl {
namespace {

void addCount(std::vector<std::string>& parts, int64_t n, std::string_view verb,
              std::string_view singular, std::string_view plural) {
  if (n == 0) return;
  parts.push_back(std::string(verb) + " " + std::to_string(n) + " " +
                  std::string(n == 1 ? singular : plural));
}

}  // namespace

std::optional<OutputFormat> parseOutputFormat(std::string_view name) {
  if (name == "table") return OutputFormat::TABLE;
  if (name == "csv") return OutputFormat::CSV;
  if (name == "json") return OutputFormat::JSON;
  return std::nullopt;
}

std::string_view outputFormatName(OutputFormat format) {
  switch (format) {
    case OutputFormat::TABLE:
      return "table";
    case OutputFormat::CSV:
      return "csv";
    case OutputFormat::JSON:
      return "json";
  }
  return "table";
}

void printResult(OutputFormat format, const QueryResult& result, std::ostream& out) {
  switch (format) {
    case OutputFormat::TABLE:
      return printTable(result, out);
    case OutputFormat::CSV:
      return printCsv(result, out);
    case OutputFormat::JSON:
      return printJson(result, out);
  }
}

std::string statsSummary(const QueryStats& s) {
  std::vector<std::string> parts;
  addCount(parts, s.nodesCreated, "created", "node", "nodes");
  addCount(parts, s.nodesDeleted, "deleted", "node", "nodes");
  addCount(parts, s.relationshipsCreated, "created", "relationship", "relationships");
  addCount(parts, s.relationshipsDeleted, "deleted", "relationship", "relationships");
  addCount(parts, s.propertiesSet, "set", "property", "properties");
  addCount(parts, s.labelsAdded, "added", "label", "labels");
  addCount(parts, s.labelsRemoved, "removed", "label", "labels");
  addCount(parts, s.indexesAdded, "added", "index", "indexes");
  addCount(parts, s.indexesRemoved, "removed", "index", "indexes");
  addCount(parts, s.constraintsAdded, "added", "constraint", "constraints");
  addCount(parts, s.constraintsRemoved, "removed", "constraint", "constraints");
  std::string line;
  for (const std::string& part : parts) line += (line.empty() ? "" : ", ") + part;
  if (!line.empty()) line[0] = char(std::toupper(static_cast<unsigned char>(line[0])));
  return line;
}

}  // namespace rollcall::repl
