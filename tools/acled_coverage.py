#!/usr/bin/env python3
"""Report which ACLED actor names of an ACLED CSV export the dictionaries can produce.

Reads the actor1/actor2/assoc_actor_1/assoc_actor_2 columns of an ACLED export (for
evaluation only; nothing from it is written anywhere) and checks every distinct name
against the `acled` values of actor records and the `acled` templates of agent records
in data/actors (templates are matched with the country filled in and an optional regime
period "(YYYY-YYYY)" / "(YYYY-)" after the country name).

Usage: python3 tools/acled_coverage.py ACLED.csv [DATA_DIR]
Standard library only.
"""
import collections
import csv
import glob
import os
import re
import sys

PERIOD = r"(?: \(\d{4}-(?:\d{4})?\))?"


def load(directory):
    names, templates = set(), set()
    for p in glob.glob(os.path.join(directory, "*.txt")):
        for line in open(p, encoding="utf-8"):
            m = re.match(r"^acled:\s*(.+?)\s*$", line)
            if not m:
                continue
            v = m.group(1)
            (templates if "{country}" in v else names).add(v)
    return names, templates


def strip_period(name):
    return re.sub(r" \(\d{4}-(?:\d{4})?\)", "", name)


def main():
    csv_path = sys.argv[1]
    d = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "data", "actors")
    names, templates = load(d)
    plain = {strip_period(n) for n in names}
    regs = [re.compile("^" + re.escape(t).replace(re.escape("{country}"), r"[^()]+?" + PERIOD) + "$")
            for t in templates]
    seen = collections.Counter()
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for col in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
                for n in (row.get(col) or "").split(";"):
                    if n.strip():
                        seen[n.strip()] += 1
    covered, missing = 0, []
    for n, c in seen.most_common():
        if n in names or strip_period(n) in plain or any(r.match(n) for r in regs):
            covered += c
        else:
            missing.append((c, n))
    total = sum(seen.values())
    print(f"{len(seen)} distinct ACLED names, {total} mentions; "
          f"covered {covered} mentions ({100.0 * covered / max(total, 1):.1f}%)")
    for c, n in missing:
        print(f"  missing {c:5d}  {n}")


if __name__ == "__main__":
    main()
