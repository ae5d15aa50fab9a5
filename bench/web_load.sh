#!/usr/bin/env bash
# Load test of `dateline serve` (issue 8): wrk on loopback, 50 connections, 30 s, against
# /api/events with filters on a generated store of 1,000,000 events (tests/web/fixture.py
# --synthetic: random types, places in 24 conflict areas, dates 2018-2024, one sentence each).
# Each run cycles through a mix of filtered queries (bench/web_load.lua); the figures to compare
# with the target (>= 1,000 requests/s, p99 <= 100 ms) are the "requests/s" and "p99" lines.
#
# Usage: bench/web_load.sh [BUILD_DIR] [DB] [DURATION]   (DB is generated when missing: minutes)
set -euo pipefail
build=${1:-build}
db=${2:-/tmp/dateline-web-1m.db}
duration=${3:-30s}
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 1; }
if [ ! -f "$db" ]; then
  echo "generating $db (1,000,000 events)..."
  "$build/dateline" ingest --quiet --db "$db" tests/web/articles.jsonl 2>/dev/null
  python3 tests/web/fixture.py "$db"
  python3 tests/web/fixture.py "$db" --synthetic 999995 --seed 12
fi
port=${WEB_BENCH_PORT:-18790}
"$build/dateline" serve --db "$db" --port "$port" --threads 64 >/dev/null 2>/tmp/web_load.err &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
# Wait for the in-memory event index (loaded in the background at start).
for _ in $(seq 600); do curl -sf "http://127.0.0.1:$port/healthz" | grep -q '"index":"ready"' && break; sleep 0.2; done
scripts/machine-info.sh
echo "events: $(sqlite3 "$db" 'SELECT count(*) FROM events')"
echo

run() {  # run NAME PATHS...
  local name=$1; shift
  local paths
  paths=$(printf '%s\n' "$@")
  for p in "$@"; do curl -sf -o /dev/null "http://127.0.0.1:$port$p" || { echo "FAILED: $p"; exit 1; }; done
  echo "== $name ($# paths, e.g. $1)"
  WEB_PATHS=$paths wrk -t2 -c50 -d"$duration" --timeout 5s -s bench/web_load.lua "http://127.0.0.1:$port" \
    | grep -E "requests/s|latency p50|non-2xx|Requests/sec"
  echo
}

# The map's list: filters as a user combines them, 50 events per page.
run "events, mixed filters, limit 50" \
  "/api/events?country=MLI&since=2023-01-01&limit=50" \
  "/api/events?country=NGA&type=Battles&limit=50" \
  "/api/events?since=2022-06&until=2022-09&min_fatalities=5&limit=50" \
  "/api/events?type=Protests&country=UKR&limit=50" \
  "/api/events?actor=SDNREB&since=2020&limit=50" \
  "/api/events?near=13.5,2.1,100&limit=50" \
  "/api/events?admin1=Borno&until=2021-12-31&limit=50" \
  "/api/events?type=19&country=SOM&min_fatalities=1&limit=50"
run "events, default page (100), one filter" "/api/events?country=COD"
run "events, full-text filter" "/api/events?text=ambushed&country=MLI&limit=50" "/api/events?text=shelled%20Aleppo&limit=50"
