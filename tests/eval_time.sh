#!/bin/bash
# Whole-program check of `dateline eval timeml` and `dateline eval acled-time` on the shared
# development sets: the commands run, print their measures, and reach the issue-6 levels that
# the time stage meets today (TimeML value accuracy >= 0.85, ACLED fatalities >= 0.90).
# Usage: tests/eval_time.sh PATH/TO/dateline SHARED_DIR   (exit 77: data absent, skipped)
set -u
bin="$1"
shared="$2"
if [ ! -d "$shared/data/time/timebank" ] || [ ! -f "$shared/data/acled/mali-2017-2018.csv" ]; then
  echo "skip: $shared/data/time or $shared/data/acled absent"
  exit 77
fi
out=$("$bin" eval timeml "$shared/data/time/timebank" "$shared/data/time/aquaint") || exit 1
echo "$out"
acc=$(echo "$out" | awk '/^all:/{getline; for (i = 1; i <= NF; i++) if ($i == "accuracy") print $(i + 1)}')
awk -v a="$acc" 'BEGIN { exit !(a >= 0.85) }' || { echo "value accuracy $acc < 0.85"; exit 1; }
out=$("$bin" eval acled-time "$shared/data/acled/mali-2017-2018.csv") || exit 1
echo "$out"
fat=$(echo "$out" | awk '/fatalities equal/{print $5}')
awk -v a="$fat" 'BEGIN { exit !(a >= 0.90) }' || { echo "fatalities $fat < 0.90"; exit 1; }
exit 0
