#!/usr/bin/env bash
# The PostgreSQL back end, on a throwaway server (tests/store_fixtures/pg.sh; skipped when the
# postgresql package is missing): the store test suite (store_test, same cases as SQLite),
# ingest twice, four concurrent ingest processes over overlapping inputs (nothing lost or
# doubled: the dump equals one SQLite run's), and `dateline work` with a worker killed by SIGKILL
# (its input returns to the queue; the result again equals one clean run).
set -uo pipefail
dateline=$1
here=$(cd "$(dirname "$0")" && pwd)
source "$here/store_fixtures/gen_articles.sh"
source "$here/store_fixtures/pg.sh"
fail() { echo "FAIL: $*"; exit 1; }

if "$dateline" show --db "postgresql:///x?host=/nonexistent" --stats 2>&1 | grep -q "built without PostgreSQL"; then
  echo "skip: dateline was built without libpq"; exit 77
fi
pg_start
tmp=$PG_DIR/work
mkdir "$tmp"

# 1. The store test suite against PostgreSQL.
store_test=$(dirname "$dateline")/store_test
if [ -x "$store_test" ]; then
  url=$(pg_newdb suite)
  DATELINE_TEST_PG_URL="$url" "$store_test" --gtest_filter='Backends/*postgres*' > "$tmp/suite.log" 2>&1 \
    || { tail -30 "$tmp/suite.log"; fail "store_test against PostgreSQL"; }
  grep -q "PASSED" "$tmp/suite.log" || fail "store_test ran no PostgreSQL test"
  grep -q "SKIPPED" "$tmp/suite.log" && fail "store_test skipped PostgreSQL tests"
fi

# Inputs: 8 files of 250 articles, the last two repeating the first two.
gen_articles 1500 > "$tmp/all.jsonl"
split -l 250 -d --additional-suffix=.jsonl "$tmp/all.jsonl" "$tmp/part"
cp "$tmp/part00.jsonl" "$tmp/part06.jsonl"
cp "$tmp/part01.jsonl" "$tmp/part07.jsonl"
parts=("$tmp"/part*.jsonl)
"$dateline" ingest --quiet --db "$tmp/ref.db" "${parts[@]}" 2>/dev/null || fail "reference SQLite ingest"
"$dateline" show --db "$tmp/ref.db" --dump > "$tmp/ref.dump"

# 2. Ingest twice.
url=$(pg_newdb twice)
"$dateline" ingest --quiet --db "$url" "${parts[@]}" 2>/dev/null || fail "ingest into PostgreSQL"
"$dateline" ingest --quiet --db "$url" "${parts[@]}" 2>"$tmp/err" || fail "second ingest into PostgreSQL"
grep -q '0 articles stored' "$tmp/err" || fail "second ingest stored articles: $(cat "$tmp/err")"
"$dateline" show --db "$url" --dump > "$tmp/twice.dump"
diff -q "$tmp/ref.dump" "$tmp/twice.dump" >/dev/null || fail "PostgreSQL store differs from SQLite's"

# 3. Four concurrent ingest processes, each over all inputs in a different order.
url=$(pg_newdb concurrent)
"$dateline" show --db "$url" --stats >/dev/null || fail "create schema"
pids=()
for k in 0 1 2 3; do
  order=("${parts[@]:$((k * 2))}" "${parts[@]:0:$((k * 2))}")
  "$dateline" ingest --quiet --batch 50 --db "$url" "${order[@]}" 2>"$tmp/c$k.err" &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || fail "a concurrent ingest failed: $(cat "$tmp"/c*.err)"; done
"$dateline" show --db "$url" --dump > "$tmp/concurrent.dump"
diff -q "$tmp/ref.dump" "$tmp/concurrent.dump" >/dev/null || { diff "$tmp/ref.dump" "$tmp/concurrent.dump" | head -5; fail "concurrent ingests lost or doubled articles"; }

# 4. Workers sharing the queue; one is killed while working.
url=$(pg_newdb work)
"$dateline" work --db "$url" --enqueue "${parts[@]}" 2>/dev/null || fail "enqueue"
"$dateline" work --db "$url" --threads 1 2>/dev/null &
victim=$!
sleep 0.3
kill -9 "$victim" 2>/dev/null
wait "$victim" 2>/dev/null
echo "after killing a worker: $("$dateline" work --db "$url" --status | tr '\n' ' ')"
w=()
for k in 0 1 2; do "$dateline" work --db "$url" --threads 1 2>"$tmp/w$k.err" & w+=($!); done
for p in "${w[@]}"; do wait "$p" || fail "a worker failed: $(cat "$tmp"/w*.err)"; done
"$dateline" show --db "$url" --dump > "$tmp/work.dump"
diff -q "$tmp/ref.dump" "$tmp/work.dump" >/dev/null || { diff "$tmp/ref.dump" "$tmp/work.dump" | head -5; fail "workers lost or doubled articles"; }
echo "ok"
