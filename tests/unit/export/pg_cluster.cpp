#include "tests/unit/export/pg_cluster.h"

#include <libpq-fe.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <thread>

#include "tests/unit/export/child_process.h"

namespace rollcall::sqltest {

namespace {

namespace fs = std::filesystem;

const std::string BIN = "/usr/lib/postgresql/15/bin/";

std::string makeFolder() {
  std::string pattern = (fs::temp_directory_path() / "rollcall-pg-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  if (::geteuid() == 0) {
    auto [uid, gid] = nobodyIds();
    if (::chown(pattern.c_str(), uid, gid) != 0) throw std::runtime_error("chown failed");
  }
  return pattern;
}

using Connection = std::unique_ptr<PGconn, void (*)(PGconn*)>;
using Result = std::unique_ptr<PGresult, void (*)(PGresult*)>;

SqlRows rowsOf(PGresult* result) {
  SqlRows rows(static_cast<size_t>(PQntuples(result)));
  for (int r = 0; r < PQntuples(result); ++r) {
    for (int c = 0; c < PQnfields(result); ++c) {
      if (PQgetisnull(result, r, c)) {
        rows[r].push_back(std::nullopt);
      } else {
        rows[r].push_back(std::string(PQgetvalue(result, r, c), PQgetlength(result, r, c)));
      }
    }
  }
  return rows;
}

}  // namespace

PgCluster::PgCluster() {
  if (!fs::exists(BIN + "initdb") || !fs::exists(BIN + "postgres") || !fs::exists(BIN + "psql")) {
    throw std::runtime_error("PostgreSQL 15 is not installed (" + BIN +
                             "{initdb,postgres,psql} missing): run scripts/install-deps.sh");
  }
  folder_ = makeFolder();
  try {
    initdb();
    startServer();
    waitUntilReady();
  } catch (...) {
    stop();  // the destructor does not run for an object whose constructor threw
    throw;
  }
}

PgCluster::~PgCluster() { stop(); }

void PgCluster::stop() {
  if (server_ > 0) {
    ::kill(server_, SIGINT);  // "fast" shutdown: ends sessions, no waiting for clients
    waitChild(server_);
    server_ = -1;
  }
  std::error_code ignored;
  if (!folder_.empty()) fs::remove_all(folder_, ignored);
  folder_.clear();
}

PgCluster& PgCluster::shared() {
  static std::unique_ptr<PgCluster> cluster;
  static std::string failure;  // remembered, so a broken install fails every test quickly
  if (!cluster && failure.empty()) {
    try {
      cluster = std::make_unique<PgCluster>();
    } catch (const std::exception& e) {
      failure = e.what();
    }
  }
  if (!cluster) throw std::runtime_error(failure);
  return *cluster;
}

void PgCluster::initdb() {
  ChildOptions options{.workDir = folder_,
                       .stdoutPath = folder_ + "/initdb.log",
                       .stderrPath = folder_ + "/initdb.log",
                       .dropRoot = true};
  // --no-sync: the cluster is thrown away, and fsync dominates initdb's time.
  int status = runChild({BIN + "initdb", "-D", folder_ + "/data", "-U", SUPERUSER, "--auth=trust",
                         "--encoding=UTF8", "--locale=C", "--no-sync"},
                        options);
  if (status != 0) {
    throw std::runtime_error("initdb failed (" + std::to_string(status) + "):\n" +
                             readFile(folder_ + "/initdb.log"));
  }
}

void PgCluster::startServer() {
  ChildOptions options{.workDir = folder_,
                       .stdoutPath = folder_ + "/server.log",
                       .stderrPath = folder_ + "/server.log",
                       .dropRoot = true,
                       .dieWithParent = true};
  // No TCP at all: the socket lives in the folder, so clusters of parallel tests never clash.
  server_ = startChild(
      {BIN + "postgres", "-D", folder_ + "/data", "-k", folder_, "-c", "listen_addresses=", "-c",
       "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off"},
      options);
}

void PgCluster::waitUntilReady() {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (PQping(connInfo("postgres").c_str()) != PQPING_OK) {
    int status = 0;
    if (::waitpid(server_, &status, WNOHANG) == server_) {
      server_ = -1;
      throw std::runtime_error("postgres exited at startup:\n" + readFile(folder_ + "/server.log"));
    }
    if (std::chrono::steady_clock::now() > deadline) {
      throw std::runtime_error("postgres not ready after 60 s:\n" +
                               readFile(folder_ + "/server.log"));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

std::string PgCluster::connInfo(const std::string& database) const {
  // The folder comes from mkdtemp and database names from createDatabase: nothing to quote.
  return "host=" + folder_ + " user=" + SUPERUSER + " dbname=" + database;
}

std::string PgCluster::createDatabase() {
  std::string name = "db" + std::to_string(nextDatabase_++);
  query("postgres", "CREATE DATABASE " + name);
  return name;
}

PgCluster::ScriptResult PgCluster::loadFile(const std::string& database, const std::string& path) {
  std::string errors = folder_ + "/psql.err";
  ChildOptions options;  // psql runs as the caller: it only reads the script
  options.workDir = folder_;
  options.stderrPath = errors;
  int status = runChild({BIN + "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", folder_, "-U",
                         SUPERUSER, "-d", database, "-f", path},
                        options);
  return {status, readFile(errors)};
}

SqlRows PgCluster::query(const std::string& database, const std::string& sql) {
  Connection conn(PQconnectdb(connInfo(database).c_str()), PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK) {
    throw std::runtime_error(std::string("postgres: cannot connect: ") +
                             PQerrorMessage(conn.get()));
  }
  Result result(PQexec(conn.get(), sql.c_str()), PQclear);
  auto status = PQresultStatus(result.get());
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    throw std::runtime_error(std::string("postgres: ") + PQerrorMessage(conn.get()));
  }
  return rowsOf(result.get());
}

}  // namespace rollcall::sqltest
