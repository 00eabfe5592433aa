// rollcall demo: loads the bundled sample data through the seed LOAD CSV scripts, runs the
// attendance query pack, and tells the user how to go on querying that database.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/main/statement_splitter.h"
#include "repl/commands.h"
#include "repl/report/report_file.h"
#include "repl/statement_executor.h"
#include "storage/common/temporal/temporal_text.h"

namespace rollcall::repl {
namespace {

namespace fs = std::filesystem;

struct DemoOptions {
  std::string db = "rollcall-demo.db";
  std::string root = ROLLCALL_SOURCE_DIR;  // where data/sample and queries/ live
};

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<fs::path> cypherFiles(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".cypher") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The leading // comment lines of a query file: what the question asks.
std::string headerComment(const std::string& text) {
  std::string out, line;
  std::istringstream in(text);
  while (std::getline(in, line) && line.rfind("//", 0) == 0) out += "  " + line.substr(2) + "\n";
  return out;
}

bool runFile(Database& db, const fs::path& file, const StatementRun& run) {
  std::string text = readFile(file);
  for (const auto& stmt : splitStatements(text)) {
    std::string location =
        "  in " + file.string() + ", statement at line " + std::to_string(stmt.line);
    if (!executeStatement(run, stmt.text, location)) return false;
  }
  (void)db;
  return true;
}

// `path` as the user can type it from the current directory.
std::string fromHere(const fs::path& path) {
  std::error_code ec;
  fs::path relative = fs::relative(path, fs::current_path(ec), ec);
  return ec || relative.empty() ? path.string() : relative.string();
}

// How the user can run this binary from where they stand: `rollcall` when that name on the
// PATH is this binary, else its path relative to the current directory.
std::string invocation() {
  std::error_code ec;
  fs::path self = fs::canonical("/proc/self/exe", ec);
  if (ec) return "rollcall";
  const char* path = std::getenv("PATH");
  std::string_view dirs = path ? path : "";
  while (!dirs.empty()) {
    size_t colon = dirs.find(':');
    fs::path candidate = fs::path(std::string(dirs.substr(0, colon))) / "rollcall";
    if (fs::equivalent(candidate, self, ec)) return "rollcall";
    dirs = colon == std::string_view::npos ? "" : dirs.substr(colon + 1);
  }
  std::string text = fromHere(self);
  return text.find('/') == std::string::npos ? "./" + text : text;
}

bool loadSample(Database& db, const DemoOptions& options, const StatementRun& run) {
  fs::path data = fs::path(options.root) / "data" / "sample";
  db.setImportDir(data.string());
  run.out << "== Loading " << data.string() << " through the seed scripts ==\n";
  for (const auto& file : cypherFiles(fs::path(options.root) / "queries" / "seed")) {
    std::string name = file.filename().string();
    if (name[0] == 'q') continue;  // the seed's questions; the query pack asks them better
    run.out << "-- " << name << "\n";
    if (!runFile(db, file, run)) return false;
  }
  return true;
}

bool runQueryPack(Database& db, const DemoOptions& options, const StatementRun& run) {
  for (const auto& file : cypherFiles(fs::path(options.root) / "queries" / "attendance")) {
    run.out << "\n== " << file.filename().string() << " ==\n" << headerComment(readFile(file));
    if (!runFile(db, file, run)) return false;
  }
  return true;
}

// Beside the database: build/release/demo.db -> build/release/demo-report.html.
std::string reportPath(const std::string& db) {
  fs::path path(db);
  return (path.parent_path() / (path.stem().string() + "-report.html")).string();
}

bool writeSampleReport(Database& db, const std::string& dir, const std::string& path,
                       CliContext& ctx) {
  ctx.out << "\n== Report ==\n";
  auto bytes = writeReport(db, ReportScope{}, dir, path, ctx.err);
  if (!bytes) return false;
  ctx.out << "Wrote " << path << " (" << fileSizeText(*bytes) << ")\n";
  return true;
}

int runDemo(const DemoOptions& options, CliContext& ctx) {
  auto db = openDatabase(options.db, DatabaseOptions{}, ctx.err);
  if (!db) return EXIT_FAILURE_STATEMENT;
  // `today` is fixed two weeks after the sample's last session, so the demo's answers do not
  // change with the day it runs.
  Parameters params{{"name", Value("Alice")},
                    {"threshold", Value(0.5)},
                    {"today", Value(*temporal::parseDate("2024-04-01"))}};
  StatementRun run{*db, params, OutputFormat::TABLE, ctx.out, ctx.err};
  if (!loadSample(*db, options, run) || !runQueryPack(*db, options, run)) {
    return EXIT_FAILURE_STATEMENT;
  }
  std::string dir = options.db;
  std::string report = reportPath(dir);
  if (!writeSampleReport(*db, dir, report, ctx)) return EXIT_FAILURE_STATEMENT;
  std::string self = invocation();
  ctx.out << "\n== Done ==\nThe sample graph is in '" << dir << "'. Go on querying it:\n"
          << "  " << self << " shell --db " << dir << "\n"
          << "  " << self << " query --db " << dir
          << " \"MATCH (s:Student)-[:ATTENDED]->(x:Session) RETURN s.name, count(x)\"\n"
          << "  " << self << " run --db " << dir << " --param name='\"Bilel\"' "
          << fromHere(fs::path(options.root) / "queries/attendance/08_study_partners.cypher")
          << "\n"
          << "  " << self << " report --db " << dir << " -o " << report << "\n"
          << "Open " << report << " in a browser to see the sample's report.\n";
  if (self != "rollcall") ctx.out << "(`make install` puts rollcall on the PATH.)\n";
  return EXIT_OK;
}

}  // namespace

void registerDemoCommand(CLI::App& app, CliContext& ctx) {
  auto options = std::make_shared<DemoOptions>();
  CLI::App* cmd = app.add_subcommand(
      "demo", "Load the bundled sample data with the seed scripts and run the query pack");
  cmd->add_option("--db", options->db, "Database directory (created if missing)");
  cmd->add_option("--root", options->root, "Folder holding data/sample and queries/")
      ->check(CLI::ExistingDirectory);
  cmd->callback([options, &ctx] { ctx.exitCode = runDemo(*options, ctx); });
}

}  // namespace rollcall::repl
