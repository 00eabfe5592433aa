#!/usr/bin/env bash
# Renders a `rollcall report` page in headless Chromium (Debian's chromium-headless-shell, or
# chromium) to a PNG, and optionally dumps the DOM the page's scripts left (the report's test
# reads its status there):
#   scripts/report-screenshot.sh REPORT.html OUT.png [DOM.html] [WIDTHxHEIGHT]
# The README's docs/report.png is made with:
#   scripts/report-screenshot.sh build/release/demo-report.html docs/report.png
set -euo pipefail
page=$(realpath "$1")
png=$2
dom=${3:-}
size=${4:-1100,1700}
size=${size/x/,}

browser=$(command -v chromium-headless-shell || command -v chromium || true)
if [ -z "$browser" ]; then
  echo "report-screenshot: no chromium-headless-shell or chromium (scripts/install-deps.sh)" >&2
  exit 2
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# --no-sandbox: Chromium's sandbox refuses to start as root (containers, CI).
# --virtual-time-budget: lets the page's scripts finish before the capture, however busy the
# machine; `timeout` bounds a browser that hangs.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile"
       --virtual-time-budget=10000 --window-size="$size")
timeout 180 "$browser" "${flags[@]}" --screenshot="$(realpath -m "$png")" "file://$page" \
  >/dev/null 2>"$profile/screenshot.log" || { cat "$profile/screenshot.log" >&2; exit 1; }
if [ -n "$dom" ]; then
  timeout 180 "$browser" "${flags[@]}" --dump-dom "file://$page" >"$dom" \
    2>"$profile/dom.log" || { cat "$profile/dom.log" >&2; exit 1; }
fi
echo "report-screenshot: wrote $png"
