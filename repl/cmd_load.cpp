// `rollcall load attendance --db DIR --students F --sessions F --attendance F [--rejects FILE]`:
// the bulk attendance loader (loaders/import). On a terminal, stderr shows a progress bar per
// file with rows/s; the result is one summary line per file on stdout.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "loaders/csv/csv_error.h"
#include "loaders/import/attendance_loader.h"
#include "repl/commands.h"
#include "repl/statement_executor.h"
#include "storage/common/storage_error.h"

namespace rollcall::repl {
namespace {

struct LoadAttendanceOptions {
  std::string dbDir;
  loaders::AttendanceFiles files;
  std::string rejects;
};

// Physical lines of a file: the progress bar's 100%. One fast pass; the data stays cached for
// the load that follows.
uint64_t countLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<char> buf(1 << 20);
  uint64_t lines = 0;
  while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
    for (std::streamsize i = 0; i < in.gcount(); ++i) lines += buf[i] == '\n';
  }
  return lines;
}

// Redraws one line of stderr: "attendance.csv [#######.......]  48%  4,800,000 rows  1.9M rows/s".
class ProgressBar {
 public:
  ProgressBar(const loaders::AttendanceFiles& files, std::ostream& err) : err_(err) {
    for (const std::string* path : {&files.students, &files.sessions, &files.attendance}) {
      totals_.push_back(countLines(*path));
    }
  }

  void update(const loaders::LoadProgress& p) {
    if (p.rows == 0 && !p.fileDone) return;
    if (file_ != p.file) start(p.file);
    double seconds = std::chrono::duration<double>(Clock::now() - started_).count();
    uint64_t total = totals_[std::min<size_t>(index_, totals_.size() - 1)];
    double fraction = p.fileDone || total == 0 ? 1.0 : std::min(1.0, double(p.line) / total);
    draw(p, fraction, seconds > 0 ? p.rows / seconds : 0);
    if (p.fileDone) err_ << "\n";
  }

 private:
  using Clock = std::chrono::steady_clock;
  static constexpr int WIDTH = 30;

  void start(std::string_view file) {
    if (!file_.empty()) ++index_;
    file_ = std::string(file);
    started_ = Clock::now();
  }

  void draw(const loaders::LoadProgress& p, double fraction, double rate) {
    int filled = static_cast<int>(fraction * WIDTH);
    char line[160];
    std::snprintf(line, sizeof line, "\r%-16s [%s%s] %3d%%  %llu rows  %.2fM rows/s ",
                  file_.c_str(), std::string(filled, '#').c_str(),
                  std::string(WIDTH - filled, '.').c_str(), static_cast<int>(fraction * 100),
                  static_cast<unsigned long long>(p.rows), rate / 1e6);
    err_ << line << std::flush;
  }

  std::ostream& err_;
  std::vector<uint64_t> totals_;
  size_t index_ = 0;
  std::string file_;
  Clock::time_point started_;
};

void printSummary(const loaders::LoadSummary& s, const std::string& rejects, std::ostream& out) {
  for (const loaders::FileSummary* f : {&s.students, &s.sessions, &s.attendance}) {
    out << f->file << ": " << f->rows << " rows, " << f->loaded << " loaded, " << f->rejected
        << " rejected\n";
  }
  out << "created " << s.nodesCreated << " nodes, " << s.relationshipsCreated
      << " relationships; set " << s.propertiesSet << " properties\n";
  uint64_t rejected = s.students.rejected + s.sessions.rejected + s.attendance.rejected;
  if (rejected > 0 && !rejects.empty()) out << "rejected rows are listed in " << rejects << "\n";
}

int loadAttendanceFiles(const LoadAttendanceOptions& options, CliContext& ctx) {
  std::unique_ptr<Database> db = openDatabase(options.dbDir, {}, ctx.err);
  if (!db) return EXIT_FAILURE_STATEMENT;
  loaders::LoadOptions load;
  load.rejectsPath = options.rejects;
  std::unique_ptr<ProgressBar> bar;
  // Only the real stderr of a terminal gets a bar; tests and pipes get the summary alone.
  if (&ctx.err == &std::cerr && ::isatty(STDERR_FILENO)) {
    bar = std::make_unique<ProgressBar>(options.files, ctx.err);
    load.progress = [&bar](const loaders::LoadProgress& p) { bar->update(p); };
  }
  try {
    printSummary(loaders::loadAttendance(db->store(), options.files, load), options.rejects,
                 ctx.out);
  } catch (const csv::CsvError& e) {
    ctx.err << (bar ? "\n" : "") << "LoadError: " << e.what() << "\nnothing was loaded\n";
    return EXIT_FAILURE_STATEMENT;
  } catch (const storage::StorageError& e) {
    ctx.err << (bar ? "\n" : "") << "StorageError: " << e.what() << "\nnothing was loaded\n";
    return EXIT_FAILURE_STATEMENT;
  }
  return EXIT_OK;
}

}  // namespace

void registerLoadCommand(CLI::App& app, CliContext& ctx) {
  CLI::App* load = app.add_subcommand("load", "Bulk-load data files into a database");
  load->require_subcommand(1);
  auto options = std::make_shared<LoadAttendanceOptions>();
  CLI::App* cmd = load->add_subcommand(
      "attendance", "Students, sessions and attendance CSV files: the seed scripts' graph, fast");
  cmd->add_option("--db", options->dbDir, "Database directory (created when missing)")->required();
  cmd->add_option("--students", options->files.students, "students.csv")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--sessions", options->files.sessions, "sessions.csv")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--attendance", options->files.attendance, "attendance.csv")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--rejects", options->rejects,
                  "Write rows that are not loaded here (CSV: file,line,reason,record)");
  cmd->callback([options, &ctx] { ctx.exitCode = loadAttendanceFiles(*options, ctx); });
}

}  // namespace rollcall::repl
