#!/usr/bin/env bash
# The map page in a real browser (tests/web/browser_test.mjs): builds a small store from
# tests/web/articles.jsonl plus hand-coded events (tests/web/fixture.py) and some synthetic ones,
# serves it on a free loopback port and drives Debian's chromium with playwright-core.
# Usage: tests/web_browser.sh PATH/TO/dateline [SHARED_DIR]. Exit 77 (skipped) without chromium,
# node or the npm packages. The screenshot is kept in tests/artifacts/web-map.png.
set -euo pipefail
bin=$(realpath "$1")
cd "$(dirname "$0")/.."
chromium=${CHROMIUM:-/usr/bin/chromium}
modules=$PWD/third_party/node_modules
if [ ! -x "$chromium" ] || ! command -v node >/dev/null || [ ! -d "$modules/playwright-core" ]; then
  echo "skipped: needs chromium ($chromium), node and third_party/node_modules/playwright-core (make setup)"
  exit 77
fi
tmp=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
"$bin" ingest --quiet --db "$tmp/t.db" tests/web/articles.jsonl >/dev/null
python3 tests/web/fixture.py "$tmp/t.db"
python3 tests/web/fixture.py "$tmp/t.db" --synthetic 300 --seed 7
"$bin" serve --db "$tmp/t.db" --port 0 >"$tmp/out" 2>"$tmp/err" &
pid=$!
for _ in $(seq 50); do grep -q listening "$tmp/out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$tmp/out")
if [ -z "$url" ]; then echo "server did not start:"; cat "$tmp/err"; exit 1; fi
timeout 120 node tests/web/browser_test.mjs "$url/" tests/artifacts "$modules"
