#pragma once
// Rendering query results for the command line: one printer per output format.
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "engine/main/query_result.h"

namespace rollcall::repl {

enum class OutputFormat : uint8_t { TABLE, CSV, JSON };

// "table", "csv", "json"; nullopt for anything else.
std::optional<OutputFormat> parseOutputFormat(std::string_view name);
std::string_view outputFormatName(OutputFormat format);

// Writes everything one statement produced, ending with a newline.
void printResult(OutputFormat format, const QueryResult& result, std::ostream& out);

// "Created 2 nodes, set 4 properties"; empty when the statement changed nothing.
std::string statsSummary(const QueryStats& stats);

}  // namespace rollcall::repl
