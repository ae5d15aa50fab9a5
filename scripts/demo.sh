#!/usr/bin/env bash
# `make demo`: ingest the bundled example articles (data/examples/, plus the shared Kidal seed
# article when present) into ./dateline.db and print the deduplicated events as a table; while
# the events stage is not there yet, print the stored articles instead. Running it again stores
# nothing new (articles are keyed by content hash).
# Ends by serving the map at http://localhost:8080 when run from a terminal (see the end).
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

# Last, the map (docs/api.md) at http://localhost:8080. Serving runs until Ctrl-C, so it starts only
# when someone is watching (stdout is a terminal, and not CI=true) or when DATELINE_DEMO_SERVE=1;
# DATELINE_DEMO_SERVE=0 skips it.
serve=${DATELINE_DEMO_SERVE:-}
if [ -z "$serve" ]; then
  if [ -t 1 ] && [ "${CI:-}" != "true" ]; then serve=1; else serve=0; fi
fi
if [ "$serve" = 1 ]; then
  echo
  echo "Map of the events: http://localhost:${DATELINE_DEMO_PORT:-8080}   (Ctrl-C to stop)"
  exec "$build/dateline" serve --db "$db" --port "${DATELINE_DEMO_PORT:-8080}"
fi
