#!/usr/bin/env bash
# Issue #2, "Done when": `dateline annotate ../shared/seed/kidal-2023-10-31.txt` through the real
# binary. The full span-by-span expectations are in tests/golden/kidal-2023-10-31.golden (checked by
# text_test); this checks the command's JSON line itself. Exit 77 when ../shared is absent.
set -u
bin=$1
shared=${2:-../shared}
seed=$shared/seed/kidal-2023-10-31.txt
[ -f "$seed" ] || { echo "skipped: $seed is absent"; exit 77; }
out=$("$bin" annotate "$seed") || { echo "FAIL: exit status $?"; exit 1; }
fail=0
check() { printf '%s' "$out" | grep -q -- "$1" || { echo "FAIL: output lacks $1"; fail=1; }; }
check '"schema":1,'
check '"published":"2023-10-31T15:10"'
check '"author":"Faizan Hashmi"'
check '"dateline":{"place":"Bamako","agency":"APP","start":81,"end":145,"region":null}'
check '"agencies":\[[^]]*"AFP"'
check '"body":{"start":146,"end":1978}'
check '"sentences":\[{"start":146,"end":348},'
n=$(printf '%s' "$out" | grep -o '"sentences":\[[^]]*\]' | grep -o '"start"' | wc -l)
[ "$n" -eq 12 ] || { echo "FAIL: $n sentences, want 12"; fail=1; }
body_start=$(head -c 146 "$seed" | wc -c)
[ "$(tail -c +$((body_start + 1)) "$seed" | head -c 24)" = "UN soldiers Tuesday left" ] || { echo "FAIL: body does not start at 'UN soldiers Tuesday left'"; fail=1; }
[ "$fail" -eq 0 ] && echo "seed_annotate: passed"
exit "$fail"
