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
  echo "== $name ($# distinct paths, e.g. $1)"
  # The server's own CPU time per request (from /proc), which does not depend on how busy the
  # machine is: what a request costs, beside what this machine delivered at this moment.
  local t0 t1 out
  t0=$(awk '{print $14+$15}' /proc/$pid/stat)
  out=$(WEB_PATHS=$paths wrk -t2 -c50 -d"$duration" --timeout 5s -s bench/web_load.lua "http://127.0.0.1:$port")
  t1=$(awk '{print $14+$15}' /proc/$pid/stat)
  echo "$out" | grep -E "requests/s|latency p50|non-2xx|Requests/sec"
  local reqs
  reqs=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
  python3 -c "t=($t1-$t0)/$(getconf CLK_TCK); r=$reqs; print(f'server cpu {t:.1f} s for {r} requests: {1000*t/max(r,1):.3f} ms per request ({r/max(t,1e-9):.0f} requests/s per core)')"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
}

# The map's list: filters as users combine them, 50 events per page. 400 distinct queries drawn
# with a fixed seed (country, dates, type, deaths, region, radius, actor), so no cache of recent
# answers could stand in for the query work.
mapfile -t mixed < <(python3 - <<'PY'
import random
import urllib.parse
r = random.Random(8)
countries = ["MLI", "NER", "BFA", "NGA", "SDN", "SOM", "COD", "AFG", "SYR", "YEM", "HTI", "UKR", "MEX", "MOZ"]
types = ["Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians", "19", "14", "political violence"]
places = [(18.44, 1.41), (13.51, 2.11), (11.85, 13.16), (15.5, 32.56), (2.04, 45.34), (48.6, 38.0), (34.53, 69.17)]
regions = ["Borno", "Kidal", "Gao", "Sahel", "North Kivu", "Donetsk", "Khartoum", "Banadir"]
actors = ["SDNREB", "MLIMIL", "NGAMIL", "UKRMIL", "SOMREB", "CODREB"]
for _ in range(400):
    p = {}
    kind = r.random()
    if kind < 0.5:
        p["country"] = r.choice(countries)
    elif kind < 0.65:
        la, lo = r.choice(places)
        p["near"] = f"{la},{lo},{r.choice([25, 50, 100, 200])}"
    elif kind < 0.8:
        p["admin1"] = r.choice(regions)
    elif kind < 0.9:
        p["actor"] = r.choice(actors)
    if r.random() < 0.6:
        y = r.randint(2018, 2024)
        p["since"] = f"{y}-{r.randint(1, 12):02d}"
        if r.random() < 0.5:
            p["until"] = f"{min(2024, y + r.randint(0, 2))}-12-31"
    if r.random() < 0.4:
        p["type"] = r.choice(types)
    if r.random() < 0.25:
        p["min_fatalities"] = r.choice([1, 3, 5, 10])
    p["limit"] = 50
    print("/api/events?" + urllib.parse.urlencode(p))
PY
)
run "events, 400 mixed filtered queries, limit 50" "${mixed[@]}"
run "events, default page (100), one filter" "/api/events?country=COD"
run "events, full-text filter (FTS5 row mask, cached per search)" "/api/events?text=ambushed&country=MLI&limit=50" "/api/events?text=shelled%20Aleppo&limit=50"
