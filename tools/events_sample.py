#!/usr/bin/env python3
"""Precision check of the events layer on ordinary news (issue 4).

Runs `dateline annotate` over the LGL articles (../shared/data/geo/lgl.xml) and the India police
articles (../shared/data/corpus/india-police-events-docs.jsonl), reports events per 1,000
sentences for each, and prints a seeded random sample of coded events as a Markdown table
(sentence, code, ACLED type, sides, trigger) with an empty verdict column for a human to fill.
The corpora are read from ../shared and never copied into the project.

Usage: tools/events_sample.py [--dateline build/dateline] [--shared ../shared] [--n 50] [--seed 4]
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def lgl_articles(path):
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        yield {"id": "lgl-" + art.get("docid", ""), "text": text}


def india_articles(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            d = json.loads(line)
            yield {"id": "india-" + str(d.get("doc_id")), "text": d.get("doc_text", "")}


def annotate(dateline, articles):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for a in articles:
            tmp.write(json.dumps(a) + "\n")
        name = tmp.name
    try:
        out = subprocess.run([dateline, "annotate", "--text", "--threads", "1", name], check=True,
                             capture_output=True, text=True).stdout
    finally:
        os.unlink(name)
    return [json.loads(l) for l in out.split("\n") if l.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dateline", default="build/dateline")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=4)
    args = ap.parse_args()
    corpora = [("LGL", lgl_articles(os.path.join(args.shared, "data/geo/lgl.xml"))),
               ("India police", india_articles(os.path.join(args.shared, "data/corpus/india-police-events-docs.jsonl")))]
    pool = []
    for name, arts in corpora:
        docs = annotate(args.dateline, arts)
        sentences = sum(len(d.get("sentences", [])) for d in docs)
        events = 0
        for d in docs:
            text = d.get("text", "")
            raw = text.encode("utf-8")
            sents = d.get("sentences", [])
            for e in d.get("events", []):
                events += 1
                s = sents[e["sentence"]] if e["sentence"] < len(sents) else {"start": 0, "end": 0}
                sentence = raw[s["start"]:s["end"]].decode("utf-8", "replace").replace("\n", " ").replace("|", "/")
                side = lambda x: (x or {}).get("text", "-") if x else "-"
                ev = e.get("evidence", {}) or {}
                trig = ev.get("trigger") or []
                trigger = raw[trig[0]:trig[1]].decode("utf-8", "replace") if trig else ""
                pool.append((name, d.get("id"), sentence, e["cameo"], (e.get("acled") or {}).get("event_type", ""),
                             side(e.get("source")), side(e.get("target")), trigger, e.get("mood", ""),
                             e.get("negated", False)))
        print(f"{name}: {len(docs)} articles, {sentences} sentences, {events} events, "
              f"{1000.0 * events / max(sentences, 1):.1f} events per 1,000 sentences", file=sys.stderr)
    rng = random.Random(args.seed)
    sample = rng.sample(pool, min(args.n, len(pool)))
    print("| # | corpus | sentence | trigger | code | ACLED type | source -> target | mood | verdict |")
    print("|---|---|---|---|---|---|---|---|---|")
    for i, (corpus, _, sentence, cameo, etype, src, tgt, trig, mood, neg) in enumerate(sample, 1):
        if len(sentence) > 300:
            sentence = sentence[:300] + "..."
        m = mood + (" negated" if neg else "")
        print(f"| {i} | {corpus} | {sentence} | {trig} | {cameo} | {etype} | {src} -> {tgt} | {m} |  |")


if __name__ == "__main__":
    main()
