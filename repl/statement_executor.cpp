#include "repl/statement_executor.h"

#include <chrono>
#include <sstream>

#include "engine/common/error.h"
#include "engine/main/error_context.h"
#include "repl/printer/table_printer.h"
#include "repl/progress_line.h"
#include "storage/common/storage_error.h"

namespace rollcall::repl {
namespace {

// Runs `action`, turning every escaping exception into a reported error.
template <typename Action>
bool reportingErrors(Action action, std::string_view location, std::ostream& err) {
  try {
    action();
    return true;
  } catch (const CypherError& e) {
    reportError(e.what(), location, err);
  } catch (const storage::StorageError& e) {
    reportError(std::string("StorageError: ") + e.what(), location, err);
  } catch (const std::exception& e) {
    reportError(std::string("InternalError: ") + e.what(), location, err);
  }
  return false;
}

}  // namespace

bool runReportingErrors(const std::function<void()>& action, std::ostream& err) {
  return reportingErrors(action, {}, err);
}

std::unique_ptr<Database> openDatabase(const std::string& dir, DatabaseOptions options,
                                       std::ostream& err) {
  std::unique_ptr<Database> db;
  if (!options.progress) options.progress = terminalProgressLine();
  reportingErrors([&] { db = std::make_unique<Database>(dir, std::move(options)); }, {}, err);
  return db;
}

void reportError(std::string_view message, std::string_view location, std::ostream& err) {
  size_t lineEnd = message.find('\n');
  err << message.substr(0, lineEnd) << '\n';
  if (!location.empty()) err << location << '\n';
  if (lineEnd != std::string_view::npos && lineEnd + 1 < message.size()) {
    std::string_view rest = message.substr(lineEnd + 1);
    err << rest << (rest.back() == '\n' ? "" : "\n");
  }
  err.flush();
}

void printNotifications(const std::vector<Notification>& notifications, std::string_view statement,
                        std::string_view location, std::ostream& err) {
  for (const Notification& n : notifications) {
    err << "Warning: " << n.message << '\n';
    if (!location.empty()) err << location << '\n';
    err << positionContext(statement, n.offset) << '\n';
  }
  err.flush();
}

bool executeStatement(const StatementRun& run, std::string_view statement,
                      std::string_view location) {
  // Rendered into a buffer first so a failure while printing leaves no partial output.
  std::ostringstream rendered;
  std::vector<Notification> notifications;
  bool ok = reportingErrors(
      [&] {
        auto started = std::chrono::steady_clock::now();
        QueryResult result = run.db.execute(statement, run.params);
        std::chrono::duration<double, std::milli> elapsed =
            std::chrono::steady_clock::now() - started;
        if (run.format == OutputFormat::TABLE && (run.timing || run.maxRows || run.maxWidth)) {
          TableOptions options;
          if (run.timing) options.elapsedMs = elapsed.count();
          options.maxRows = run.maxRows;
          options.maxWidth = run.maxWidth;
          printTable(result, rendered, options);
        } else {
          printResult(run.format, result, rendered);
        }
        notifications = std::move(result.notifications);
      },
      location, run.err);
  if (!ok) return false;
  if (run.warnings) printNotifications(notifications, statement, location, run.err);
  run.out << rendered.str() << std::flush;
  return true;
}

}  // namespace rollcall::repl
