#!/usr/bin/env bash
# What the statement memory limit costs and how close its estimates are, at full size.
# For each query that holds rows (a top-k over a million groups, a full ORDER BY, DISTINCT,
# collect(), a million-row result): the median of 3 runs with the default limit, and the same
# with --baseline's binary (one without the limit, say) when given. Then, for a full ORDER BY and
# a 9-million-value collect(): the smallest limit (in 10 MiB steps) the statement fits in, next
# to the peak RSS it reaches with no limit, minus the process's RSS for a trivial query.
# Never run by `make test`.
#
#   bench/memory_limit_bench.sh --db DIR [--rollcall build/release/rollcall] [--baseline BIN]
set -euo pipefail

DB="" ROLLCALL="build/release/rollcall" BASELINE=""
usage() { echo "usage: $0 --db DIR [--rollcall BIN] [--baseline BIN]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --rollcall) ROLLCALL="$2"; shift 2 ;;
    --baseline) BASELINE="$2"; shift 2 ;;
    *) usage ;;
  esac
done
[ -n "$DB" ] || usage

QUERIES=(
  "MATCH (s:Student)-[:ATTENDED]->(:Session) RETURN s.name AS name, count(*) AS n ORDER BY n DESC LIMIT 3"
  "MATCH (s:Student) WITH s ORDER BY s.name RETURN count(*) AS n"
  "MATCH (s:Student) RETURN count(DISTINCT s.name) AS n"
  "MATCH (s:Student) RETURN size(collect(s.student_id)) AS n"
  "MATCH (s:Student) RETURN s.student_id AS id"
)

median_ms() {  # median_ms BIN QUERY [ARGS...]: median wall time of 3 runs
  local bin=$1 query=$2 times=() start end
  shift 2
  for _ in 1 2 3; do
    start=$(date +%s%N)
    "$bin" query --db "$DB" --format csv "$@" "$query" > /dev/null
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}

peak_kb() {  # peak_kb QUERY: the peak RSS of a run without a limit
  /usr/bin/time -f '%M' "$ROLLCALL" query --db "$DB" --format csv --memory-limit off "$1" \
    2>&1 >/dev/null | tail -1
}

smallest_limit_mib() {  # smallest_limit_mib QUERY: the smallest limit, 10 MiB steps, that fits
  local mib=10
  until "$ROLLCALL" query --db "$DB" --format csv --memory-limit "${mib}MiB" "$1" \
    > /dev/null 2>&1; do
    mib=$((mib + 10))
  done
  echo "$mib"
}

echo "== time with the default limit (ms, median of 3)"
for q in "${QUERIES[@]}"; do
  line="$(median_ms "$ROLLCALL" "$q")"
  [ -n "$BASELINE" ] && line="$line  baseline $(median_ms "$BASELINE" "$q")"
  echo "$line  $q"
done

echo "== estimate against measured memory"
base=$(peak_kb "RETURN 1 AS n")
for q in "MATCH (s:Student) WITH s, s.name AS name ORDER BY name RETURN count(*) AS n" \
         "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN size(collect(a * b)) AS n"; do
  echo "fits in $(smallest_limit_mib "$q") MiB; peak RSS growth $((($(peak_kb "$q") - base) / 1024)) MiB  $q"
done
