#!/usr/bin/env bash
# An interrupted ingest, re-run, gives the same store as one clean run: ingest ~2,000 generated
# articles, SIGKILL the process once some batches are committed, run the same command again, and
# compare the canonical dumps (article hashes with sentence and mention counts, event clusters).
set -uo pipefail
dateline=$1
here=$(cd "$(dirname "$0")" && pwd)
source "$here/store_fixtures/gen_articles.sh"
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

gen_articles 2000 > "$tmp/in.jsonl"
args=(ingest --quiet --threads 1 --batch 25)

"$dateline" "${args[@]}" --db "$tmp/clean.db" "$tmp/in.jsonl" 2>/dev/null || fail "clean run"
"$dateline" show --db "$tmp/clean.db" --dump > "$tmp/clean.dump"
grep -c '^article ' "$tmp/clean.dump" | grep -qx 2000 || fail "clean run did not store 2000 articles"

"$dateline" "${args[@]}" --db "$tmp/killed.db" "$tmp/in.jsonl" 2>/dev/null &
pid=$!
# Kill once at least one batch is committed but (normally) before the end.
for _ in $(seq 1 400); do
  n=$("$dateline" show --db "$tmp/killed.db" --stats 2>/dev/null | sed -n 's/^articles //p')
  [ "${n:-0}" -ge 100 ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.02
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
pid=
partial=$("$dateline" show --db "$tmp/killed.db" --stats | sed -n 's/^articles //p')
echo "articles stored when killed: $partial of 2000"
"$dateline" "${args[@]}" --db "$tmp/killed.db" "$tmp/in.jsonl" 2>/dev/null || fail "re-run"
"$dateline" show --db "$tmp/killed.db" --dump > "$tmp/killed.dump"
diff -q "$tmp/clean.dump" "$tmp/killed.dump" >/dev/null || { diff "$tmp/clean.dump" "$tmp/killed.dump" | head; fail "dumps differ"; }
[ "$partial" -lt 2000 ] || echo "note: the first run finished before it could be killed"
echo "ok"
