#!/usr/bin/env bash
# Runs the libFuzzer targets built in BUILD_DIR (make fuzz-build) for SECONDS each:
#   scripts/fuzz.sh BUILD_DIR SECONDS [TARGET...]     (targets: cypher csv params records)
# Per target: replay every input of tests/fuzz/regressions/TARGET (inputs that once crashed),
# gather seeds from the test suite into BUILD_DIR/seeds/TARGET, then fuzz, growing the corpus in
# BUILD_DIR/corpus/TARGET. Exits non-zero on any crash, leak, timeout, out-of-memory or
# sanitizer report, naming the saved input and the command that reproduces it.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "$1" && pwd)
SECONDS_EACH=$2
shift 2
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(cypher csv params records)

# The largest input worth trying: statements and JSON are short; a CSV needs a few lines and a
# statistics record is 4,121 bytes.
max_len() {
  case $1 in
    csv | records) echo 8192 ;;
    *) echo 4096 ;;
  esac
}

seed() {
  local target=$1 dir=$BUILD/seeds/$1
  rm -rf "$dir"
  if [ "$target" = records ]; then
    "$BUILD/fuzz_records_seeds" "$dir"
  else
    python3 "$ROOT/scripts/fuzz_seeds.py" "$target" "$dir"
  fi
}

# Each regression input runs once, alone: a failure names the file.
replay() {
  local target=$1 dir=$ROOT/tests/fuzz/regressions/$1
  local inputs=("$dir"/*)
  [ -e "${inputs[0]}" ] || return 0
  echo "fuzz: $target: replaying ${#inputs[@]} regression inputs"
  "$BUILD/fuzz_$target" -rss_limit_mb=2048 -timeout=10 "${inputs[@]}" > "$BUILD/logs/$target-regressions.log" 2>&1
}

run() {
  local target=$1 artifacts=$BUILD/artifacts/$1/
  mkdir -p "$BUILD/corpus/$target" "$artifacts"
  echo "fuzz: $target: fuzzing for ${SECONDS_EACH}s"
  # -rss_limit_mb also caps a single allocation (malloc_limit_mb), so an allocation a corrupt
  # count asks for is a failure here, as it would be an outage in use.
  "$BUILD/fuzz_$target" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$(max_len "$target")" -print_final_stats=1 -artifact_prefix="$artifacts" \
    "$BUILD/corpus/$target" "$BUILD/seeds/$target" > "$BUILD/logs/$target.log" 2>&1
}

report_failure() {
  local target=$1 log=$2
  echo "fuzz: $target FAILED; the report (full log: $log):"
  grep -E 'ERROR|SUMMARY|Test unit written|uncaught|InternalError|Running:' "$log" | head -20
  for input in "$BUILD/artifacts/$target"/*; do
    [ -e "$input" ] && echo "  reproduce: $BUILD/fuzz_$target $input"
  done
  echo "  fix it, then add the input to tests/fuzz/regressions/$target/"
}

mkdir -p "$BUILD/logs"
failed=()
for target in "${TARGETS[@]}"; do
  if [ ! -x "$BUILD/fuzz_$target" ]; then
    echo "fuzz: no target '$target' in $BUILD (targets: cypher csv params records)"
    exit 2
  fi
  started=$(date +%s)
  if ! replay "$target"; then
    report_failure "$target" "$BUILD/logs/$target-regressions.log"
    failed+=("$target")
    continue
  fi
  seed "$target" > /dev/null
  if ! run "$target"; then
    report_failure "$target" "$BUILD/logs/$target.log"
    failed+=("$target")
    continue
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$BUILD/logs/$target.log" | grep -o '[0-9]*$')
  echo "fuzz: $target passed: ${runs:-?} inputs in $(($(date +%s) - started))s," \
    "corpus $(ls "$BUILD/corpus/$target" | wc -l) files"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]}"
  exit 1
fi
echo "fuzz: all passed"
