#!/usr/bin/env bash
# `make demo`: annotate the bundled example articles and show what was found.
# (The event store and the web map extend this script as they land.)
set -euo pipefail
build=${1:-build}
cd "$(dirname "$0")/.."
"$build/dateline" annotate data/examples ../shared/seed/kidal-2023-10-31.txt 2>/dev/null \
  | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    if "error" in d: continue
    print(f"{d[\"id\"][:24]:24}  published={d[\"published\"]}  sentences={len(d[\"sentences\"])}  events={len(d[\"events\"])}")
' || true
