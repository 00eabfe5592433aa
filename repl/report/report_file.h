#pragma once
// Renders the whole report page and writes it to a file: what `rollcall report` and
// `rollcall demo` share.
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

#include "repl/report/report_queries.h"

namespace rollcall::repl {

// The page for `db` (named `dbName` in its heading) restricted to `scope`. Query errors throw.
std::string renderReport(Database& db, const ReportScope& scope, const std::string& dbName);

// Renders the report into `path`; returns the bytes written, or reports the error on `err`
// (as a failed statement's, or "error: cannot write PATH") and returns nothing.
std::optional<uint64_t> writeReport(Database& db, const ReportScope& scope,
                                    const std::string& dbName, const std::string& path,
                                    std::ostream& err);

// 41 KB, 2.3 MB: what the commands print after writing a report.
std::string fileSizeText(uint64_t bytes);

}  // namespace rollcall::repl
