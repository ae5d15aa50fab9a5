#!/usr/bin/env python3
"""Interim checker for Dateline's own dictionaries (data/actors/*.txt).

It mirrors the contract in docs/dictionaries.md (record format, keys, value
syntax) until the C++ `dateline dict check` linter exists; when the two
disagree, docs/dictionaries.md wins and this script must be fixed.

Checks:
  * records are `key: value` runs separated by blank lines; comments start at a
    `#` at line start or after a space;
  * the first line names the record type (actor, country, agent, discard) and id;
  * ids are well formed and unique per kind across all files;
  * only known keys, keys repeat only where the format allows it;
  * required keys (actor: name, code, kind; country: iso2, name, region;
    agent: forms, code; discard: phrase, scope);
  * codes are upper-case alphanumeric, 3-15 characters, start with an ISO3 code
    from countries.txt or IGO/IMG/NGO; date ranges
    `FROM..TO` well formed (FROM < TO) and dated codes of one record do not overlap;
  * `country:` values and `role:` countries are ISO3 codes defined in countries.txt;
  * sector, kind, inter (0-8), scope, metonym, igo, wikidata values;
  * warnings (not errors) for aliases shared by several actor records and for
    forms shared by several agent records, and for terms shared by actors, agents and
    countries.

Usage: python3 tools/check_dicts.py [DIR]   (default: data/actors next to tools/)
Standard library only.  Exit status 1 when there are errors.
"""
import collections
import datetime
import glob
import os
import re
import sys

SECTORS = set("GOV MIL POL JUD LEG ELI REB INS SEP OPP PTY COP CVL MED EDU BUS NGO IGO PKO "
              "HLH REF LAB REL ETH AGR UAF SPY CRM".split())
KINDS = {"state", "igo", "ngo", "armed-group", "militia", "ethnic-group", "person", "company",
         "media", "party", "location"}
# key -> repeatable?
KEYS = {
    "actor": {"actor": False, "name": False, "alias": True, "code": True, "country": False,
              "sector": False, "kind": False, "acled": False, "inter": False,
              "wikidata": False, "role": True, "metonym": False},
    "country": {"country": False, "iso2": False, "name": False, "alias": True, "demonym": False,
                "capital": False, "metonym": False, "region": False, "cameo": False},
    "agent": {"agent": False, "forms": False, "code": False, "inter": False, "acled": False,
              "kind": False, "igo": False},
    "discard": {"discard": False, "phrase": True, "scope": False, "topic": False},
}
REQUIRED = {"actor": ["name", "code", "kind"], "country": ["iso2", "name", "region"],
            "agent": ["forms", "code"], "discard": ["phrase", "scope"]}
ID_RE = re.compile(r"^[a-z0-9._-]+$")
CODE_RE = re.compile(r"^[A-Z0-9]{3,15}$")
DATE_RE = r"\d{4}-\d{2}-\d{2}"
# non-country code prefixes: IGO intergovernmental, IMG international militarized group,
# NGO non-governmental organisation (CAMEO conventions)
CODE_PREFIXES = {"IGO", "IMG", "NGO"}
RANGE_RE = re.compile(rf"^({DATE_RE})?\.\.({DATE_RE})?$")


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []
        self.records = []  # (file, line, type, dict key -> list of values)
        self.agent_forms = collections.defaultdict(list)

    def err(self, f, ln, msg):
        self.errors.append(f"{f}:{ln}: error: {msg}")

    def warn(self, f, ln, msg):
        self.warnings.append(f"{f}:{ln}: warning: {msg}")

    # ---------------------------------------------------------------- parsing
    @staticmethod
    def strip_comment(line):
        if line.lstrip().startswith("#"):
            return ""
        m = re.search(r"\s#", line)
        if m:
            line = line[:m.start()]
        return line.strip()

    def parse(self, path):
        name = os.path.basename(path)
        cur, start = None, 0
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        for i, raw in enumerate(lines + [""], 1):
            if "\t" in raw:
                self.err(name, i, "tab character")
            if raw.strip() == "":
                if cur:
                    self.records.append((name, start, cur))
                cur = None
                continue
            line = self.strip_comment(raw)
            if not line:
                continue  # comment-only lines do not end a record
            m = re.match(r"^([a-z0-9_]+):(?:\s+(.*))?$", line)
            if not m:
                self.err(name, i, f"not a `key: value` line: {raw!r}")
                continue
            key, val = m.group(1), (m.group(2) or "").strip()
            if cur is None:
                if key not in KEYS:
                    self.err(name, i, f"record must start with actor/country/agent/discard, got {key!r}")
                    cur = {"__type": "bad"}
                else:
                    cur = {"__type": key}
                start = i
            if cur["__type"] == "bad":
                continue
            cur.setdefault(key, []).append((i, val))

    # --------------------------------------------------------------- checking
    def date(self, f, ln, s):
        try:
            return datetime.date.fromisoformat(s)
        except ValueError:
            self.err(f, ln, f"invalid date {s!r}")
            return None

    def rng(self, f, ln, s):
        m = RANGE_RE.match(s)
        if not m or s == "..":
            self.err(f, ln, f"bad date range {s!r} (want FROM..TO, either side may be empty)")
            return None
        a = self.date(f, ln, m.group(1)) if m.group(1) else datetime.date.min
        b = self.date(f, ln, m.group(2)) if m.group(2) else datetime.date.max
        if a is None or b is None:
            return None
        if a >= b:
            self.err(f, ln, f"empty date range {s!r} (FROM inclusive, TO exclusive)")
            return None
        return (a, b)

    def run(self, directory):
        files = sorted(glob.glob(os.path.join(directory, "*.txt")))
        cfile = os.path.join(directory, "countries.txt")
        # countries first so that other files can be checked against them
        files.sort(key=lambda p: p != cfile)
        for p in files:
            self.parse(p)
        isos = {r["country"][0][1] for _, _, r in self.records if r["__type"] == "country"}
        ids = {}
        alias_owner = collections.defaultdict(list)
        counts = collections.Counter()
        for f, ln, r in self.records:
            t = r["__type"]
            counts[(f, t)] += 1
            rid = r[t][0][1]
            spec = KEYS[t]
            for k, vals in r.items():
                if k == "__type":
                    continue
                if k not in spec:
                    self.err(f, vals[0][0], f"unknown key {k!r} in {t} record")
                elif len(vals) > 1 and not spec[k]:
                    self.err(f, vals[1][0], f"key {k!r} may not repeat")
                for li, v in vals:
                    if v == "":
                        self.err(f, li, f"empty value for {k!r}")
            for k in REQUIRED[t]:
                if k not in r:
                    self.err(f, ln, f"{t} {rid}: missing required key {k!r}")
            # id
            if t == "country":
                if not re.match(r"^[A-Z]{3}$", rid):
                    self.err(f, ln, f"country id must be ISO3 upper case: {rid!r}")
            elif not ID_RE.match(rid):
                self.err(f, ln, f"bad id {rid!r} (want [a-z0-9._-]+)")
            if (t, rid) in ids:
                self.err(f, ln, f"duplicate {t} id {rid!r} (first at {ids[(t, rid)]})")
            ids[(t, rid)] = f"{f}:{ln}"
            getattr(self, "check_" + t)(f, ln, rid, r, isos, alias_owner)
        for a, owners in sorted(alias_owner.items()):
            if len({o for o, _ in owners}) > 1:
                self.warn(owners[0][1], "", f"name/alias {a!r} used by several actors: "
                          + ", ".join(sorted({o for o, _ in owners})))
        # terms shared across kinds (actor alias = country alias or agent form)
        country_terms = collections.defaultdict(set)
        for f, ln, r in self.records:
            if r["__type"] != "country":
                continue
            for k in ("name", "alias", "demonym", "capital", "metonym"):
                for _, v in r.get(k, []):
                    for t in v.split(" | "):
                        if t.strip():
                            country_terms[t.strip().casefold()].add(r["country"][0][1])
        for t in sorted(set(alias_owner) | set(self.agent_forms)):
            kinds = []
            if t in alias_owner:
                kinds.append("actor " + ", ".join(sorted({o for o, _ in alias_owner[t]})))
            if t in self.agent_forms:
                kinds.append("agent " + ", ".join(sorted({o for o, _ in self.agent_forms[t]})))
            if t in country_terms:
                kinds.append("country " + ", ".join(sorted(country_terms[t])))
            if len(kinds) > 1:
                self.warn("(all files)", "", f"term {t!r} used by several kinds: " + "; ".join(kinds))
        for a, owners in sorted(self.agent_forms.items()):
            if len({o for o, _ in owners}) > 1:
                self.warn(owners[0][1], "", f"agent form {a!r} used by several agents: "
                          + ", ".join(sorted({o for o, _ in owners})))
        return counts

    def one(self, r, k):
        return r[k][0][1] if k in r else None

    def check_inter(self, f, r):
        if "inter" in r:
            li, v = r["inter"][0]
            if not re.match(r"^[0-8]$", v):
                self.err(f, li, f"inter must be 0-8: {v!r}")

    def check_actor(self, f, ln, rid, r, isos, alias_owner):
        dated = []
        for li, v in r.get("code", []):
            parts = v.split()
            if len(parts) not in (1, 2):
                self.err(f, li, f"bad code line {v!r}")
                continue
            if not CODE_RE.match(parts[0]):
                self.err(f, li, f"bad code {parts[0]!r} (upper-case alnum, 3-15 chars)")
            elif parts[0][:3] not in isos and parts[0][:3] not in CODE_PREFIXES:
                self.err(f, li, f"code {parts[0]!r} must start with an ISO3 code from "
                         f"countries.txt or one of {sorted(CODE_PREFIXES)}")
            if len(parts) == 2:
                rg = self.rng(f, li, parts[1])
                if rg:
                    dated.append((rg, li))
        dated.sort()
        for (a, la), (b, lb) in zip(dated, dated[1:]):
            if b[0] < a[1]:
                self.err(f, lb, f"actor {rid}: dated code overlaps the one at line {la}")
        c = self.one(r, "country")
        if c and c not in isos:
            self.err(f, r["country"][0][0], f"unknown country {c!r}")
        s = self.one(r, "sector")
        if s and s not in SECTORS:
            self.err(f, r["sector"][0][0], f"unknown sector {s!r}")
        k = self.one(r, "kind")
        if k and k not in KINDS:
            self.err(f, r["kind"][0][0], f"unknown kind {k!r}")
        self.check_inter(f, r)
        w = self.one(r, "wikidata")
        if w and not re.match(r"^Q\d+$", w):
            self.err(f, r["wikidata"][0][0], f"bad wikidata id {w!r}")
        m = self.one(r, "metonym")
        if m and m != "yes":
            self.err(f, r["metonym"][0][0], "metonym must be 'yes'")
        for li, v in r.get("role", []):
            parts = v.split()
            if len(parts) != 3:
                self.err(f, li, f"role must be 'ROLE COUNTRY FROM..TO': {v!r}")
                continue
            if parts[1] not in isos and not parts[1].startswith("IGO"):
                self.err(f, li, f"role: unknown country {parts[1]!r}")
            self.rng(f, li, parts[2])
        names = [self.one(r, "name") or ""]
        for li, v in r.get("alias", []):
            for a in v.split(" | "):
                if not a.strip():
                    self.err(f, li, "empty alias in list")
                names.append(a.strip())
        for n in names:
            if n:
                alias_owner[n.casefold()].append((rid, f))

    def check_country(self, f, ln, rid, r, isos, alias_owner):
        iso2 = self.one(r, "iso2")
        if iso2 and not re.match(r"^[A-Z]{2}$", iso2):
            self.err(f, r["iso2"][0][0], f"bad iso2 {iso2!r}")
        cam = self.one(r, "cameo")
        if cam and not re.match(r"^[A-Z]{3}$", cam):
            self.err(f, r["cameo"][0][0], f"bad cameo country code {cam!r}")

    def check_agent(self, f, ln, rid, r, isos, alias_owner):
        for li, v in r.get("forms", []):
            for a in v.split(" | "):
                if not a.strip():
                    self.err(f, li, "empty form in list")
                else:
                    self.agent_forms[a.strip().casefold()].append((rid, f))
        c = self.one(r, "code")
        if c and c not in SECTORS:
            self.err(f, r["code"][0][0], f"agent code must be a sector code: {c!r}")
        k = self.one(r, "kind")
        if k and k not in KINDS:
            self.err(f, r["kind"][0][0], f"unknown kind {k!r}")
        self.check_inter(f, r)
        g = self.one(r, "igo")
        if g and g != "yes":
            self.err(f, r["igo"][0][0], "igo must be 'yes'")
        a = self.one(r, "acled")
        if a and "{" in a and "{country}" not in a:
            self.err(f, r["acled"][0][0], "acled template: only {country} is substituted")

    def check_discard(self, f, ln, rid, r, isos, alias_owner):
        s = self.one(r, "scope")
        if s and s not in ("sentence", "story"):
            self.err(f, r["scope"][0][0], f"scope must be sentence or story: {s!r}")


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data", "actors")
    ch = Checker()
    counts = ch.run(d)
    isos = [r["country"][0][1] for _, _, r in ch.records if r["__type"] == "country"]
    dup = [k for k, v in collections.Counter(isos).items() if v > 1]
    if dup:
        ch.errors.append(f"countries.txt: duplicate ISO3 codes {dup}")
    for w in ch.warnings:
        print(w)
    for e in ch.errors:
        print(e)
    print("records:")
    tot = 0
    for (f, t), n in sorted(counts.items()):
        print(f"  {f:24s} {t:8s} {n:5d}")
        tot += n
    print(f"  {'total':24s} {'':8s} {tot:5d}")
    print(f"{len(ch.errors)} error(s), {len(ch.warnings)} warning(s)")
    sys.exit(1 if ch.errors else 0)


if __name__ == "__main__":
    main()
