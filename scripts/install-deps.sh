#!/usr/bin/env bash
# Installs rollcall's build and test dependencies from Debian packages.
# Idempotent: packages already present are skipped, and apt is not touched at all
# when nothing is missing, so `make test` on a prepared machine stays offline.
set -euo pipefail

PACKAGES=(
  g++ cmake make ninja-build pkg-config
  librocksdb-dev            # storage engine
  libboost-graph-dev        # graph algorithms (storage/analytics, compressed_sparse_row_graph)
  antlr4 libantlr4-runtime-dev  # parser generator (build time) and its C++ runtime
  uuid-dev                  # Debian's antlr4 CMake target links -luuid, but the runtime's
                            # -dev package does not depend on uuid-dev
  libcli11-dev              # command line
  libedit-dev               # line editing and history in `rollcall shell`
  nlohmann-json3-dev        # --param values and JSON output
  libhowardhinnant-date-dev # IANA time zones for datetime (date/tz.h, libdate-tz)
  tzdata                    # the time zone rules date/tz reads (/usr/share/zoneinfo)
  libgtest-dev libgmock-dev # tests
  libbenchmark-dev          # bench/
  clang-14                  # the fuzz build (tests/fuzz): libFuzzer needs clang
  libclang-rt-14-dev        # libFuzzer and clang's sanitizer runtimes: clang-14 brings them
                            # only as a recommendation (of libclang-common-14-dev), and
                            # install-deps installs without recommends
  python3                   # tests/queries runner helpers and the TCK runner
  python3-networkx          # tests/unit/analytics checks the graph algorithms against NetworkX
  bsdutils                  # script(1): tests/unit/repl runs rollcall on a pty (progress line)
  tmux                      # tests/unit/repl drives the shell in a terminal (completion, timing)
  libsqlite3-dev sqlite3    # tests/unit/export loads SQL exports into SQLite; queries/sql by hand
  postgresql-15             # tests/unit/export starts a throwaway cluster (initdb, postgres)
  postgresql-client-15      # psql, which loads exports (COPY ... FROM stdin); postgresql-15
                            # depends on it already, listed because the tests call it directly
  libpq-dev                 # tests/unit/export queries the cluster through libpq
  chromium-headless-shell   # tests/unit/repl renders `rollcall report` pages (no script errors,
                            # a PNG); scripts/report-screenshot.sh makes docs/report.png. The
                            # headless shell alone: no desktop browser needed
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
