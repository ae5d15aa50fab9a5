#!/usr/bin/env bash
# API tests of `dateline serve` (tests/web/api_test.py) on a store built from
# tests/web/articles.jsonl, hand-coded events and synthetic events (tests/web/fixture.py); a
# second server with --token checks ingest over HTTP.
# Usage: tests/api_server.sh PATH/TO/dateline [SHARED_DIR]. Needs python3.
set -euo pipefail
bin=$(realpath "$1")
cd "$(dirname "$0")/.."
command -v python3 >/dev/null || { echo "skipped: needs python3"; exit 77; }
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
start() {  # start OUT DB ARGS...: runs a server on a free port; sets $url
  local out=$1 db=$2; shift 2
  "$bin" serve --db "$db" --port 0 "$@" >"$tmp/$out.out" 2>"$tmp/$out.err" &
  pids+=($!)
  for _ in $(seq 50); do grep -q listening "$tmp/$out.out" 2>/dev/null && break; sleep 0.1; done
  url=$(sed -n 's/^listening on //p' "$tmp/$out.out")
  [ -n "$url" ] || { echo "server did not start:"; cat "$tmp/$out.err"; exit 1; }
}
"$bin" ingest --quiet --db "$tmp/t.db" tests/web/articles.jsonl 2>/dev/null
python3 tests/web/fixture.py "$tmp/t.db"
python3 tests/web/fixture.py "$tmp/t.db" --synthetic 500 --seed 3
cp "$tmp/t.db" "$tmp/w.db"
start ro "$tmp/t.db"
ro=$url
# The in-memory event index loads in the background; test it once loaded.
for _ in $(seq 100); do curl -s "$ro/healthz" | grep -q '"index":"ready"' && break; sleep 0.1; done
start sql "$tmp/t.db" --no-index
sql=$url
token=test-token-0123456789abcdef
start rw "$tmp/w.db" --token "$token"
echo "-- with the event index"
python3 tests/web/api_test.py "$ro" "$tmp/t.db" "$url" "$token"
echo "-- SQL only (--no-index)"
python3 tests/web/api_test.py "$sql" "$tmp/t.db"
echo "-- the index and SQL answer alike"
python3 tests/web/index_vs_sql.py "$ro" "$sql"
# The index follows writes by other processes (PRAGMA data_version, checked once a second).
python3 tests/web/fixture.py "$tmp/t.db" --synthetic 10 --seed 99
want=$(sqlite3 "$tmp/t.db" 'SELECT count(*) FROM events')
got=""
for _ in $(seq 60); do
  got=$(curl -s "$ro/api/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  [ "$got" = "$want" ] && break
  sleep 0.2
done
[ "$got" = "$want" ] || { echo "FAIL index did not reload: $got events, store has $want"; exit 1; }
echo "ok   the index reloads after another process writes ($want events)"
# A missing store or a bad option is a usage error, not a crash.
if "$bin" serve --db "$tmp/none.db" --port 0 >/dev/null 2>"$tmp/e1"; then echo "FAIL serve on a missing store"; exit 1; fi
grep -q "not an event store\|unable to open\|cannot" "$tmp/e1" || { echo "FAIL unclear message: $(cat "$tmp/e1")"; exit 1; }
if "$bin" serve --db "$tmp/t.db" --token short --port 0 >/dev/null 2>&1; then echo "FAIL short token accepted"; exit 1; fi
echo "ok   missing store and short token refused"
