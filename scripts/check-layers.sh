#!/usr/bin/env bash
# Fails when a lower layer includes a higher one.
# Layers, bottom to top: storage, loaders/csv (leaf) <- engine <- loaders <- repl.
set -euo pipefail
root=${1:-$(dirname "$0")/..}
cd "$root"

# folder : project include prefixes it may use
rules=(
  "storage:storage/"
  "loaders/csv:loaders/csv/"
  "engine:storage/ loaders/csv/ engine/"
  "loaders:storage/ loaders/ engine/"
  "repl:storage/ loaders/ engine/ repl/"
)
bad=0
for rule in "${rules[@]}"; do
  folder=${rule%%:*}
  allowed=${rule#*:}
  [ -d "$folder" ] || continue
  while IFS= read -r line; do
    file=${line%%:*}
    inc=$(sed -E 's/.*#include "([^"]+)".*/\1/' <<<"${line#*:}")
    case "$inc" in
      storage/*|engine/*|loaders/*|repl/*) ;;
      *) continue ;;  # relative or generated headers
    esac
    ok=0
    for prefix in $allowed; do
      [[ "$inc" == "$prefix"* ]] && ok=1
    done
    # loaders/csv is a leaf: files under loaders/ but outside csv/ are checked by the loaders rule.
    if [ "$folder" = "loaders" ] && [[ "$file" == loaders/csv/* ]]; then continue; fi
    if [ $ok -eq 0 ]; then
      echo "layering violation: $file includes \"$inc\""
      bad=1
    fi
  done < <(grep -rHE '^\s*#\s*include "' "$folder" --include='*.h' --include='*.cpp' || true)
done
if [ $bad -eq 0 ]; then echo "layering: ok"; fi
exit $bad
