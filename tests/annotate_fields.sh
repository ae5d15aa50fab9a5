#!/usr/bin/env bash
# Fields of the annotate contract (docs/annotate.md) that only some articles carry, each checked on
# a sentence written for the test: the dateline's region, a year that only modifies a noun, a
# count that is part of another, a running total, and a discard phrase.
# Usage: tests/annotate_fields.sh PATH/TO/dateline
set -u
bin=$1
fail=0
check() {  # check NAME JSON_TEXT PATTERN: the annotation of one article contains PATTERN (grep -E)
  local out
  out=$(printf '{"id":"%s","published":"2024-05-14","text":"%s"}\n' "$1" "$2" | "$bin" annotate - 2>&1)
  if echo "$out" | grep -Eq -- "$3"; then echo "ok   $1"; else echo "FAIL $1: no match for $3 in: ${out:0:600}"; fail=1; fi
}
check region 'KIDAL, Mali (Reuters) - Gunmen attacked a camp on Monday.' '"dateline":\{"place":"Kidal","agency":"Reuters","start":0,"end":[0-9]+,"region":"Mali"\}'
check no-region 'BAMAKO (AFP) - Gunmen attacked a camp on Monday.' '"region":null\}'
check modifier 'Rebels said the 2015 peace deal was dead.' '"text":"2015","value":"2015","precision":"year","type":"DATE","modifier":true'
check subset 'Twelve people were killed, including three soldiers killed at the checkpoint.' '"text":"three soldiers"[^}]*"subset":true'
check cumulative 'The war has killed 10,000 people since it began in April last year.' '"cumulative":true'
check discard 'Mali beat Senegal in the Africa Cup of Nations quarter-final on Sunday.' '"discards":\[\{"start":[0-9]+'
check no-discard 'Gunmen attacked a camp near Gao on Monday.' '"discards":\[\]'
[ "$fail" -eq 0 ] && echo "annotate_fields: passed"
exit "$fail"
