#pragma once
// Test fixture: a throwaway PostgreSQL 15 cluster in a fresh temporary folder, reachable only
// through a Unix socket in that folder, stopped and deleted by the destructor.
#include <sys/types.h>

#include <string>

#include "tests/unit/export/sqlite_db.h"

namespace rollcall::sqltest {

class PgCluster {
 public:
  // The superuser initdb creates; every connection uses it (trust authentication).
  static constexpr const char* SUPERUSER = "rollcall";

  // initdb + postgres, waiting until the server accepts connections. Throws std::runtime_error
  // with a clear message when PostgreSQL 15 is not installed or the server does not come up.
  // As root, initdb and the server run as `nobody`: PostgreSQL refuses to run as root.
  PgCluster();
  ~PgCluster();
  PgCluster(const PgCluster&) = delete;
  PgCluster& operator=(const PgCluster&) = delete;

  // One cluster per test process, started on first use: initdb alone takes seconds.
  static PgCluster& shared();

  // A new empty database, so tests sharing the cluster do not see each other's tables.
  std::string createDatabase();

  struct ScriptResult {
    int exitStatus;      // psql's: 0 on success, 3 when a statement failed (ON_ERROR_STOP)
    std::string errors;  // psql's stderr
  };
  // Loads a script the way users load an export: psql -v ON_ERROR_STOP=1 -X -q -f FILE
  // (COPY ... FROM stdin blocks need psql; libpq alone cannot run them from a file).
  ScriptResult loadFile(const std::string& database, const std::string& path);

  // Runs one query via libpq. Values come back in PostgreSQL's text format (booleans t/f,
  // dates YYYY-MM-DD, floats shortest round-trip); NULL is std::nullopt. Throws on error.
  SqlRows query(const std::string& database, const std::string& sql);

  const std::string& folder() const { return folder_; }

 private:
  std::string connInfo(const std::string& database) const;
  void initdb();
  void startServer();
  void waitUntilReady();
  void stop();

  std::string folder_;  // data/ inside, the socket and logs beside it
  pid_t server_ = -1;
  int nextDatabase_ = 0;
};

}  // namespace rollcall::sqltest
