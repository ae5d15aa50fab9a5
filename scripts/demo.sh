#!/usr/bin/env bash
# `make demo`: ingest the bundled example articles (data/examples/, plus the shared Kidal seed
# article when present) into ./dateline.db and print the deduplicated events as a table; while
# the events stage is not there yet, print the stored articles instead. Running it again stores
# nothing new (articles are keyed by content hash).
# (The web map extends this script when it lands.)
set -euo pipefail
build=${1:-build}
cd "$(dirname "$0")/.."
inputs=()
[ -d data/examples ] && inputs+=(data/examples)
[ -f ../shared/seed/kidal-2023-10-31.txt ] && inputs+=(../shared/seed/kidal-2023-10-31.txt)
if [ ${#inputs[@]} -eq 0 ]; then
  echo "demo: no example articles found (data/examples/ is missing)" >&2
  exit 1
fi
db=dateline.db
# Problems with single inputs are reported on stderr and do not stop the demo.
"$build/dateline" ingest --db "$db" "${inputs[@]}" || true
events=$("$build/dateline" show --db "$db" --stats | sed -n 's/^events //p')
echo
if [ "${events:-0}" -gt 0 ]; then
  echo "Deduplicated events in $db (REPORTS = reports/distinct sources):"
  "$build/dateline" events --db "$db" --limit 0
  echo
  echo "Try: $build/dateline events --db $db --reports   |   --format acled   |   --format geojson"
else
  echo "No coded events yet (the events stage is not built); articles stored in $db:"
  "$build/dateline" show --db "$db" --list
  echo
  echo "Try: $build/dateline show --db $db 1"
fi
