#!/usr/bin/env bash
# The authored examples (data/examples, used by `make demo`) all read cleanly: one JSON line per
# article (16), no error lines, nothing on stderr, exit status 0, and the text layer found what
# each page states (a publication date for every article, datelines where the pages have them).
set -u
bin=$1
out=$(mktemp); err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$bin" annotate --disable actors --disable syntax --disable times --disable places --disable events data/examples > "$out" 2> "$err"
rc=$?
fail=0
[ "$rc" -eq 0 ] || { echo "FAIL: exit status $rc"; fail=1; }
[ ! -s "$err" ] || { echo "FAIL: stderr: $(head -3 "$err")"; fail=1; }
[ "$(wc -l < "$out")" -eq 16 ] || { echo "FAIL: $(wc -l < "$out") lines, want 16"; fail=1; }
! grep -q '"error"' "$out" || { echo "FAIL: error lines"; fail=1; }
[ "$(grep -c '"published":null' "$out")" -eq 1 ] || { echo "FAIL: want only the Barsalogho text without a date"; fail=1; }
[ "$(grep -c '"dateline":{' "$out")" -eq 15 ] || { echo "FAIL: $(grep -c '"dateline":{' "$out") datelines, want 15"; fail=1; }
[ "$(grep -c '"sentences":\[{' "$out")" -eq 16 ] || { echo "FAIL: an article without sentences"; fail=1; }
[ "$fail" -eq 0 ] && echo "examples_annotate: passed"
exit "$fail"
