#!/usr/bin/env bash
# Runs every test through ctest and ends with one clear line: "N passed, N failed, N skipped".
set -uo pipefail
build=${1:-build}
cd "$(dirname "$0")/.."
log=$(mktemp)
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" --timeout 900 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
total=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\2/p' "$log" | tail -1)
failed=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\1/p' "$log" | tail -1)
skipped=$(grep -c "\*\*\*Skipped\|Not Run (Disabled)\| Skipped " "$log" || true)
rm -f "$log"
if [ -z "$total" ]; then
  echo "tests: ctest did not report a summary"
  exit 1
fi
passed=$((total - failed - skipped))
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$total" -eq 0 ]; then exit 1; fi
exit "$status"
