#!/usr/bin/env bash
# Regression: repeatable options (--disable, --dict) take one value per use, so a path after them
# is read as a path (it was once swallowed as a second value, and stdin was read instead).
set -u
bin=$1
cd "$(dirname "$0")/.."
ex=data/examples/somalia-mogadishu-lido-2024-08-03.txt
n=$("$bin" annotate --disable actors --disable times "$ex" < /dev/null | wc -l)
[ "$n" = 1 ] || { echo "FAIL: '--disable actors --disable times PATH' gave $n output lines, want 1"; exit 1; }
out=$("$bin" annotate --disable actors "$ex" < /dev/null)
case "$out" in *'"actors":[]'*) ;; *) echo "FAIL: --disable actors left an actors layer"; exit 1 ;; esac
"$bin" annotate --dict nonsense "$ex" > /dev/null 2>&1 < /dev/null
rc=$?
[ "$rc" = 2 ] || { echo "FAIL: --dict without KIND=PATH exited $rc, want 2"; exit 1; }
echo "cli_flags: ok"
