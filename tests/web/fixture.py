#!/usr/bin/env python3
"""Test and benchmark data for `dateline serve`.

fixture.py DB          adds hand-coded events to a store made by `dateline ingest --db DB
                       tests/web/articles.jsonl`: the articles and sentences are the real ones the
                       binary stored; the mentions, events and evidence spans are written here (found
                       by searching the stored sentences), so the web tests do not depend on the
                       state of the NLP stages.
fixture.py DB --synthetic N [--seed S]
                       adds N generated events (random types, places, dates and fatalities, one
                       mention and one sentence each, every 10 in one article) for load tests.

Only the store's schema (src/store/schema.cc) is assumed; every value is bound, never spliced.
"""
import argparse
import json
import random
import sqlite3
import sys
from datetime import date, timedelta

EPOCH = date(1970, 1, 1)


def day_number(iso):
    return (date.fromisoformat(iso) - EPOCH).days


# (article key, phrase that identifies the sentence, spans: role -> text in the sentence, facts)
EVENTS = [
    ("fixture-kidal-1", "Suspected jihadists attacked",
     {"source": "Suspected jihadists", "trigger": "attacked", "target": "an army post", "location": "Kidal", "date": "on Monday"},
     dict(date="2023-10-30", date_precision=1, place="Kidal", geonameid=2455290, country="MLI", admin1="Kidal",
          lat=18.44111, lon=1.40778, geo_precision=2, cameo="193", root="19", quad=4, goldstein=-10,
          plover="ASSAULT", mode="firearms", acled_disorder="Political violence", acled_event="Battles",
          acled_sub="Armed clash", interaction=12, source=("IMGMUS", "Islamist militants", "Unidentified Armed Group (Mali)"),
          target=("MLIMIL", "Military of Mali", "Military Forces of Mali (2021-)"), fat=(12, 12, 12))),
    ("fixture-kidal-2", "Gunmen stormed a military camp",
     {"source": "Gunmen", "trigger": "stormed", "target": "a military camp", "location": "Kidal region", "date": "on Monday"},
     None),  # a second report of the event above
    ("fixture-kidal-1", "traders closed their shops",
     {"source": "traders", "trigger": "closed their shops", "location": "Gao", "date": "on Tuesday"},
     dict(date="2023-10-31", date_precision=1, place="Gao", geonameid=2457163, country="MLI", admin1="Gao",
          lat=16.27167, lon=-0.04472, geo_precision=1, cameo="143", root="14", quad=3, goldstein=-6.5,
          plover="PROTEST", mode="strike-boycott", acled_disorder="Demonstrations", acled_event="Protests",
          acled_sub="Peaceful protest", interaction=60, source=("MLIBUS", "Traders (Mali)", "Protesters (Mali)"),
          target=None, fat=None)),
    ("fixture-niamey", "Thousands of demonstrators marched",
     {"source": "Thousands of demonstrators", "trigger": "marched", "location": "Niamey", "date": "on Saturday"},
     dict(date="2023-08-05", date_precision=1, place="Niamey", geonameid=2440485, country="NER", admin1="Niamey",
          lat=13.51366, lon=2.1098, geo_precision=1, cameo="141", root="14", quad=3, goldstein=-6.5,
          plover="PROTEST", mode="demonstrate", acled_disorder="Demonstrations", acled_event="Protests",
          acled_sub="Peaceful protest", interaction=60, source=("NERCVL", "Demonstrators (Niger)", "Protesters (Niger)"),
          target=None, fat=None)),
    ("fixture-kaduna", "A military drone strike hit a village",
     {"source": "A military drone", "trigger": "strike hit", "target": "a village", "location": "Kaduna State", "date": "on Sunday"},
     dict(date="2023-12-03", date_precision=1, place="Kaduna State", geonameid=2335722, country="NGA", admin1="Kaduna",
          lat=10.33333, lon=7.75, geo_precision=3, cameo="195", root="19", quad=4, goldstein=-10,
          plover="ASSAULT", mode="aerial", acled_disorder="Political violence", acled_event="Explosions/Remote violence",
          acled_sub="Air/drone strike", interaction=17, source=("NGAMIL", "Military of Nigeria", "Military Forces of Nigeria (2023-)"),
          target=("NGACVL", "Civilians (Nigeria)", "Civilians (Nigeria)"), fat=(85, 85, 120))),
    # An event with no place: the page lists it only when asked to include events off the map.
    ("fixture-niamey", "The march ended peacefully",
     {"source": "The march", "trigger": "ended peacefully", "location": "the national assembly"},
     dict(date="2023-08-05", date_precision=1, place=None, geonameid=None, country="NER", admin1=None,
          lat=None, lon=None, geo_precision=None, cameo="141", root="14", quad=3, goldstein=-6.5,
          plover="PROTEST", mode="demonstrate", acled_disorder="Demonstrations", acled_event="Protests",
          acled_sub="Peaceful protest", interaction=60, source=("NERCVL", "Demonstrators (Niger)", "Protesters (Niger)"),
          target=None, fat=None)),
]

FACT_COLS = ["date", "date_end", "day_lo", "day_hi", "date_precision", "place_name", "geonameid", "country",
             "admin1", "admin2", "lat", "lon", "geo_precision", "cameo", "cameo_root", "quad_class", "goldstein",
             "plover_type", "plover_mode", "plover_context", "acled_disorder", "acled_event", "acled_sub_event",
             "inter1", "inter2", "interaction", "source_code", "source_name", "source_acled", "source_assoc",
             "source_inter", "target_code", "target_name", "target_acled", "target_assoc", "target_inter",
             "fatalities_low", "fatalities_best", "fatalities_high"]


def fact_values(f):
    d = day_number(f["date"])
    src = f["source"] or (None, None, None)
    tgt = f["target"] or (None, None, None)
    fat = f["fat"] or (None, None, None)
    return [f["date"], None, d, d, f["date_precision"], f["place"], f["geonameid"], f["country"], f["admin1"], None,
            f["lat"], f["lon"], f["geo_precision"], f["cameo"], f["root"], f["quad"], f["goldstein"], f["plover"],
            f["mode"], "[]", f["acled_disorder"], f["acled_event"], f["acled_sub"], None, None, f["interaction"],
            src[0], src[1], src[2], None, None, tgt[0], tgt[1], tgt[2], None, None, fat[0], fat[1], fat[2]]


def byte_span(sentence, start_byte, text):
    i = sentence.find(text)
    if i < 0:
        sys.exit(f"fixture: '{text}' not in sentence '{sentence}'")
    a = start_byte + len(sentence[:i].encode())
    return [a, a + len(text.encode())]


def insert_fact_row(db, table, extra_cols, extra_vals, facts):
    cols = extra_cols + FACT_COLS
    db.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
               extra_vals + facts)
    return db.execute("SELECT last_insert_rowid()").fetchone()[0]


def add_fixture(db):
    last_event = None
    for key, phrase, spans, facts in EVENTS:
        row = db.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()
        if not row:
            sys.exit(f"fixture: article {key} is not in the store; ingest tests/web/articles.jsonl first")
        article_id = row[0]
        sent = db.execute("SELECT idx, start_byte, text FROM sentences WHERE article_id = ? AND instr(text, ?) > 0",
                          (article_id, phrase)).fetchone()
        if not sent:
            sys.exit(f"fixture: no sentence of {key} contains '{phrase}'")
        idx, start, text = sent
        evidence = {r: byte_span(text, start, t) for r, t in spans.items()}
        for r in ("source", "trigger", "target", "location", "date"):
            evidence.setdefault(r, None)
        evidence.update(location_rule="verb-pp", date_rule="verb-adverb")
        if facts is None:  # another report of the previous event
            event_id, values = last_event
            db.execute("UPDATE events SET num_reports = num_reports + 1, num_sources = num_sources + 1,"
                       " last_reported = ? WHERE id = ?",
                       (db.execute("SELECT published FROM articles WHERE id = ?", (article_id,)).fetchone()[0], event_id))
        else:
            values = fact_values(facts)
        n = db.execute("SELECT count(*) FROM mentions WHERE article_id = ?", (article_id,)).fetchone()[0]
        mention_id = insert_fact_row(
            db, "mentions", ["article_id", "key", "sentence", "negated", "mood", "attributed", "confidence", "evidence"],
            [article_id, f"{key}:fx{n}", idx, 0, "asserted", 0, 0.9, json.dumps(evidence)], values)
        if facts is not None:
            published = db.execute("SELECT published FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
            event_id = insert_fact_row(db, "events", ["num_reports", "num_sources", "first_reported", "last_reported"],
                                       [1, 1, published, published], values)
            last_event = (event_id, values)
            for code, name, acled in [facts["source"], facts["target"]] if facts["target"] else [facts["source"]]:
                db.execute("INSERT OR IGNORE INTO actors (code, name, acled_name) VALUES (?, ?, ?)", (code, name, acled))
            if facts["place"] is not None:
                db.execute("INSERT OR IGNORE INTO places (name, geonameid, country, admin1, lat, lon, precision)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)", (facts["place"], facts["geonameid"], facts["country"],
                                                             facts["admin1"], facts["lat"], facts["lon"], facts["geo_precision"]))
        db.execute("INSERT INTO event_mentions (mention_id, event_id, score) VALUES (?, ?, ?)",
                   (mention_id, event_id, None if facts is not None else 0.8))


# Synthetic events: a spread of ACLED types over places in a few countries, dates over 2018-2024.
TYPES = [
    ("Battles", "Armed clash", "Political violence", "ASSAULT", "19", "190", 4, 0.30),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Political violence", "ASSAULT", "18", "183", 4, 0.15),
    ("Violence against civilians", "Attack", "Political violence", "ASSAULT", "18", "180", 4, 0.20),
    ("Protests", "Peaceful protest", "Demonstrations", "PROTEST", "14", "141", 3, 0.20),
    ("Riots", "Violent demonstration", "Demonstrations", "PROTEST", "14", "145", 3, 0.05),
    ("Strategic developments", "Arrests", "Strategic developments", "COERCE", "17", "173", 4, 0.10),
]
PLACES = [  # name, country, admin1, lat, lon
    ("Kidal", "MLI", "Kidal", 18.44, 1.41), ("Gao", "MLI", "Gao", 16.27, -0.04), ("Mopti", "MLI", "Mopti", 14.49, -4.19),
    ("Timbuktu", "MLI", "Tombouctou", 16.77, -3.01), ("Bamako", "MLI", "Bamako", 12.65, -8.0),
    ("Niamey", "NER", "Niamey", 13.51, 2.11), ("Tillaberi", "NER", "Tillaberi", 14.21, 1.45),
    ("Ouagadougou", "BFA", "Centre", 12.37, -1.52), ("Djibo", "BFA", "Sahel", 14.1, -1.63),
    ("Maiduguri", "NGA", "Borno", 11.85, 13.16), ("Kaduna", "NGA", "Kaduna", 10.52, 7.44),
    ("Khartoum", "SDN", "Khartoum", 15.5, 32.56), ("El Fasher", "SDN", "North Darfur", 13.63, 25.35),
    ("Mogadishu", "SOM", "Banadir", 2.04, 45.34), ("Goma", "COD", "North Kivu", -1.68, 29.22),
    ("Bunia", "COD", "Ituri", 1.56, 30.25), ("Kabul", "AFG", "Kabul", 34.53, 69.17), ("Aleppo", "SYR", "Aleppo", 36.2, 37.16),
    ("Sanaa", "YEM", "Sanaa", 15.35, 44.21), ("Port-au-Prince", "HTI", "Ouest", 18.54, -72.34),
    ("Kharkiv", "UKR", "Kharkiv", 49.99, 36.23), ("Bakhmut", "UKR", "Donetsk", 48.6, 38.0),
    ("Culiacan", "MEX", "Sinaloa", 24.8, -107.39), ("Cabo Delgado", "MOZ", "Cabo Delgado", -12.33, 39.32),
]
ACTORS = [("MLIMIL", "Military of Mali"), ("IMGMUS", "Islamist militants"), ("NGAMIL", "Military of Nigeria"),
          ("SDNREB", "Rapid Support Forces"), ("SOMREB", "Al-Shabaab"), ("CODREB", "M23"), ("UKRMIL", "Military of Ukraine"),
          ("RUSMIL", "Military of Russia"), ("CVL", "Civilians"), ("OPP", "Protesters"), ("HTIREB", "Gang members")]


def add_synthetic(db, n, seed):
    rng = random.Random(seed)
    first_day = day_number("2018-01-01")
    weights = [t[7] for t in TYPES]
    words = ["attacked", "clashed with", "shelled", "ambushed", "protested against", "detained", "raided"]
    done = 0
    while done < n:
        batch = min(10, n - done)
        text_parts, sentences = [], []
        pos = 0
        facts_rows = []
        for i in range(batch):
            t = rng.choices(TYPES, weights)[0]
            name, country, admin1, lat, lon = rng.choice(PLACES)
            lat += rng.gauss(0, 0.6)
            lon += rng.gauss(0, 0.6)
            d = first_day + rng.randrange(365 * 7)
            src, tgt = rng.sample(ACTORS, 2)
            fat = int(rng.expovariate(0.25)) if t[2] == "Political violence" else 0
            verb = rng.choice(words)
            sent = f"{src[1]} {verb} {tgt[1]} near {name} on {(EPOCH + timedelta(days=d)).isoformat()}, killing {fat} people."
            b = len(sent.encode())
            sentences.append((i, pos, pos + b, sent))
            text_parts.append(sent)
            pos += b + 1
            facts_rows.append([(EPOCH + timedelta(days=d)).isoformat(), None, d, d, 1, name, 0, country, admin1, None,
                               round(lat, 5), round(lon, 5), 2, t[5], t[4], t[6], -10.0 if t[6] == 4 else -5.0, t[3],
                               None, "[]", t[2], t[0], t[1], None, None, None, src[0], src[1], None, None, None,
                               tgt[0], tgt[1], None, None, None, fat, fat, fat])
        text = " ".join(text_parts)
        key = f"synthetic-{seed}-{done}"
        db.execute("INSERT INTO articles (key, hash, source, title, published, metadata, text, annotation)"
                   " VALUES (?, ?, ?, ?, ?, '{}', ?, '{}')",
                   (key, key, "Synthetic", key, facts_rows[0][0], text))
        article_id = db.execute("SELECT last_insert_rowid()").fetchone()[0]
        for (idx, a, b, s), facts in zip(sentences, facts_rows):
            db.execute("INSERT INTO sentences (article_id, idx, start_byte, end_byte, text) VALUES (?, ?, ?, ?, ?)",
                       (article_id, idx, a, b, s))
            sid = db.execute("SELECT last_insert_rowid()").fetchone()[0]
            db.execute("INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)", (sid, s))
            ev = json.dumps({"source": [a, a + len(facts[27].encode())], "trigger": None, "target": None,
                             "location": None, "date": None, "location_rule": "", "date_rule": ""})
            mid = insert_fact_row(db, "mentions", ["article_id", "key", "sentence", "negated", "mood", "attributed",
                                                   "confidence", "evidence"],
                                  [article_id, f"{key}:{idx}", idx, 0, "asserted", 0, 0.5, ev], facts)
            eid = insert_fact_row(db, "events", ["num_reports", "num_sources", "first_reported", "last_reported"],
                                  [1, 1, facts[0], facts[0]], facts)
            db.execute("INSERT INTO event_mentions (mention_id, event_id) VALUES (?, ?)", (mid, eid))
        done += batch
        if done % 100000 == 0:
            print(f"fixture: {done} synthetic events", file=sys.stderr)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("db")
    p.add_argument("--synthetic", type=int, default=0)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    db = sqlite3.connect(args.db)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    with db:
        if args.synthetic:
            add_synthetic(db, args.synthetic, args.seed)
        else:
            add_fixture(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("ANALYZE")
    db.close()


if __name__ == "__main__":
    main()
