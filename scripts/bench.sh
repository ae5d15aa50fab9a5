#!/usr/bin/env bash
# `make bench`: runs every Google Benchmark binary in the build tree (median of repetitions) and
# prints the machine description first. Results to commit go to bench/results/ by hand, with the
# description, so that figures are always read beside the machine they came from.
set -euo pipefail
build=${1:-build}
cd "$(dirname "$0")/.."
scripts/machine-info.sh
for b in "$build"/*_bench; do
  [ -x "$b" ] || continue
  echo "== $(basename "$b")"
  "$b" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true 2>&1 | grep -E "median|^Benchmark|---" || true
done
