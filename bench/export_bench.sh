#!/usr/bin/env bash
# The SQL exporter at scale: exports a database to PostgreSQL and SQLite scripts (plain and
# --star), times each, and times loading each script into the real database: a throwaway
# PostgreSQL 15 cluster (initdb in a temporary folder, Unix socket only, run as `nobody` when
# root) and a fresh SQLite file. Prints one line per export; never run by `make test`.
#
#   bench/export_bench.sh --db DIR [--rollcall build/release/rollcall] [--work DIR]
#
# The database is usually made by:
#   rollcall generate --students 1000000 --sessions 100000 --attendance 10000000 --out gen
#   rollcall load attendance --db big.db --students gen/students.csv ...
set -euo pipefail

DB="" ROLLCALL="build/release/rollcall" WORK=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --rollcall) ROLLCALL="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    *) echo "usage: $0 --db DIR [--rollcall BIN] [--work DIR]" >&2; exit 2 ;;
  esac
done
[ -n "$DB" ] || { echo "usage: $0 --db DIR [--rollcall BIN] [--work DIR]" >&2; exit 2; }
WORK="${WORK:-$(mktemp -d /tmp/rollcall-export-bench.XXXXXX)}"
PG_BIN=/usr/lib/postgresql/15/bin
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then RUN_AS=(runuser -u nobody --); fi
chmod 777 "$WORK"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

start_postgres() {
  "${RUN_AS[@]}" "$PG_BIN/initdb" -D "$WORK/pg" --auth=trust -U bench -E UTF8 --locale=C \
    --no-sync >/dev/null
  "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -o "-k $WORK -c listen_addresses=''" \
    -l "$WORK/pg.log" -w start >/dev/null
}
stop_postgres() { "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null || true; }
trap 'stop_postgres; rm -rf "$WORK"' EXIT

# export <dialect> <extra flags...>: prints "seconds rows bytes" of the export.
export_one() {
  local out="$WORK/export.sql" t0 t1 rows
  t0=$(now)
  "$ROLLCALL" export sql --db "$DB" --dialect "$1" "${@:2}" -o "$out" >"$WORK/summary.txt"
  t1=$(now)
  rows=$(sed -E 's/.* ([0-9]+) rows.*/\1/' "$WORK/summary.txt")
  echo "$(elapsed "$t0" "$t1") $rows $(stat -c %s "$out")"
}

load_postgres() {
  local name="db$RANDOM" t0 t1
  psql -h "$WORK" -U bench -d postgres -X -q -c "CREATE DATABASE $name"
  chmod 644 "$WORK/export.sql"
  t0=$(now)
  psql -h "$WORK" -U bench -d "$name" -X -q -v ON_ERROR_STOP=1 -f "$WORK/export.sql" >/dev/null
  t1=$(now)
  elapsed "$t0" "$t1"
}

load_sqlite() {
  local t0 t1
  rm -f "$WORK/bench.sqlite"
  t0=$(now)
  sqlite3 "$WORK/bench.sqlite" <"$WORK/export.sql"
  t1=$(now)
  elapsed "$t0" "$t1"
}

start_postgres
printf "%-22s %10s %12s %10s %14s %10s\n" export rows "export s" "rows/s" "file MB" "load s"
for shape in "" "--star"; do
  for dialect in postgres sqlite; do
    read -r seconds rows bytes < <(export_one "$dialect" $shape)
    if [ "$dialect" = postgres ]; then load=$(load_postgres); else load=$(load_sqlite); fi
    printf "%-22s %10d %12.2f %10.0f %14.1f %10.2f\n" "$dialect $shape" "$rows" "$seconds" \
      "$(ratio "$rows" "$seconds")" "$(ratio "$bytes" 1048576)" "$load"
  done
done
