#include "loaders/csv/csv_error.h"

#include <utility>

namespace rollcall::csv {
namespace {

// "path:line:column: message", dropping the parts that are unknown (0), like compilers do.
std::string formatWhat(const std::string& path, uint64_t line, uint64_t column,
                       const std::string& message) {
  std::string what = path;
  if (line > 0) {
    what.append(":").append(std::to_string(line));
    if (column > 0) what.append(":").append(std::to_string(column));
  }
  return what.append(": ").append(message);
}

}  // namespace

CsvError::CsvError(std::string path, uint64_t line, uint64_t column, std::string message)
    : std::runtime_error(formatWhat(path, line, column, message)),
      path_(std::move(path)),
      line_(line),
      column_(column),
      message_(std::move(message)) {}

}  // namespace rollcall::csv
