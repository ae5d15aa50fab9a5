#!/usr/bin/env bash
# dateline ingest / show / events end to end: ingesting the same input twice stores it once,
# show prints an article with numbered sentences, events answers in every format, bad
# arguments are usage errors.
set -uo pipefail
dateline=$1
here=$(cd "$(dirname "$0")" && pwd)
source "$here/store_fixtures/gen_articles.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

gen_articles 50 > "$tmp/a.jsonl"
mkdir "$tmp/dir"
printf 'GAO, Mali (Reuters) - Gunmen attacked a market in Gao on Monday.\n\nTwo people died.\n' > "$tmp/dir/one.txt"
cp "$tmp/dir/one.txt" "$tmp/dir/same-content.txt"   # same text under another name: stored once

"$dateline" ingest --quiet --db "$tmp/x.db" "$tmp/a.jsonl" "$tmp/dir" 2>"$tmp/err1" || fail "first ingest: $(cat "$tmp/err1")"
"$dateline" show --db "$tmp/x.db" --stats > "$tmp/s1" || fail "stats"
grep -qx 'articles 51' "$tmp/s1" || fail "expected 51 articles, got: $(cat "$tmp/s1")"
"$dateline" show --db "$tmp/x.db" --dump > "$tmp/d1" || fail "dump"
"$dateline" ingest --quiet --db "$tmp/x.db" "$tmp/dir" "$tmp/a.jsonl" 2>"$tmp/err2" || fail "second ingest"
grep -q '0 articles stored, 52 already present' "$tmp/err2" || fail "second ingest stored something: $(cat "$tmp/err2")"
"$dateline" show --db "$tmp/x.db" --stats > "$tmp/s2"
"$dateline" show --db "$tmp/x.db" --dump > "$tmp/d2"
cmp -s "$tmp/s1" "$tmp/s2" || fail "counts changed on re-ingest"
cmp -s "$tmp/d1" "$tmp/d2" || fail "dump changed on re-ingest"

"$dateline" show --db "$tmp/x.db" gen-00007 > "$tmp/show" || fail "show by id"
grep -q '^title: Report 7 from' "$tmp/show" || fail "show: no title"
grep -qE '^ +1 \[0-[0-9]+\] ' "$tmp/show" || fail "show: no numbered sentences: $(cat "$tmp/show")"
"$dateline" show --db "$tmp/x.db" no-such-article > /dev/null 2>&1; [ $? -eq 1 ] || fail "show of a missing id should exit 1"

"$dateline" events --db "$tmp/x.db" > "$tmp/ev" || fail "events"
head -1 "$tmp/ev" | grep -q '^ID ' || fail "events: no table header"
"$dateline" events --db "$tmp/x.db" --format acled > "$tmp/acled.csv" || fail "acled export"
head -1 "$tmp/acled.csv" | grep -q '^event_id_cnty,event_date,disorder_type' || fail "acled header"
"$dateline" events --db "$tmp/x.db" --format geojson > "$tmp/ev.geojson" || fail "geojson export"
grep -q '"FeatureCollection"' "$tmp/ev.geojson" || fail "geojson"
for f in csv jsonl gdelt plover; do
  "$dateline" events --db "$tmp/x.db" --format $f --text "market" --since 2023-01-01 > /dev/null || fail "format $f"
done
"$dateline" events --db "$tmp/x.db" --near 100,0,5 >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad --near should exit 2"
"$dateline" events --db "$tmp/x.db" --since soon >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad --since should exit 2"
"$dateline" ingest --db "$tmp/x.db" >/dev/null 2>&1; [ $? -eq 2 ] || fail "ingest without input should exit 2"
echo "ok"
