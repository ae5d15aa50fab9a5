#!/usr/bin/env python3
"""API tests of `dateline serve` over HTTP, against the store it serves (tests/api_server.sh).

Expected answers are computed independently with plain SQL on the same SQLite file, so a wrong
filter, a lost page or a miscounted bucket shows up as a difference. Also: every bad parameter
gets 400 with a message naming it, huge limits are capped, injection attempts change nothing,
unknown ids get 404, and errors are JSON.

Usage: api_test.py BASE_URL DB [TOKEN_BASE_URL TOKEN]
"""
import json
import sqlite3
import sys
import urllib.error
import urllib.parse
import urllib.request

base, db_path = sys.argv[1], sys.argv[2]
token_base, token = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else (None, None)
db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def get(path, params=None, base_url=None, raw=False, headers=None, method="GET", data=None):
    url = (base_url or base) + path
    if params is not None:
        url += "?" + (params if isinstance(params, str) else urllib.parse.urlencode(params))
    req = urllib.request.Request(url, headers=headers or {}, method=method, data=data)
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            body, status, hdrs = r.read(), r.status, r.headers
    except urllib.error.HTTPError as e:
        body, status, hdrs = e.read(), e.code, e.headers
    if raw:
        return status, body, hdrs
    try:
        return status, json.loads(body), hdrs
    except ValueError:
        return status, {"__not_json__": body[:200]}, hdrs


def expect_error(path, params, status, word, **kw):
    s, body, _ = get(path, params, **kw)
    msg = body.get("error", "") if isinstance(body, dict) else ""
    check(s == status and word.lower() in msg.lower(),
          f"{path}?{params if isinstance(params, str) else urllib.parse.urlencode(params or {})} -> {s} {msg!r}")


def fixture_event(article_key):
    """The event the fixture (not the pipeline) coded in this article: its first fx mention's."""
    return db.execute("SELECT em.event_id FROM event_mentions em JOIN mentions m ON m.id = em.mention_id"
                      " WHERE m.key LIKE ? ORDER BY m.id LIMIT 1", (article_key + ":fx%",)).fetchone()[0]


def kidal_id():
    return fixture_event("fixture-kidal-1")


def count(where="", args=()):
    return db.execute("SELECT count(*) FROM events e " + where, args).fetchone()[0]


def all_pages(params, limit):
    ids, cursor, pages = [], None, 0
    while True:
        p = dict(params, limit=limit)
        if cursor:
            p["cursor"] = cursor
        s, body, _ = get("/api/events", p)
        if s != 200:
            check(False, f"page {pages} of {params}: {s} {body}")
            return ids
        ids += [e["id"] for e in body["events"]]
        pages += 1
        cursor = body["next_cursor"]
        if not cursor or pages > 1000:
            return ids


# Health, OpenAPI, config.
s, body, _ = get("/healthz")
check(s == 200 and body.get("status") == "ok", "/healthz")
s, doc, _ = get("/api/openapi.json")
check(s == 200 and doc.get("openapi", "").startswith("3.") and "/api/events" in doc["paths"], "OpenAPI 3 document")
for path in doc["paths"]:
    p = path.replace("{id}", "1")
    st, _, _ = get(p, {"q": "Mali"} if p in ("/api/actors", "/api/places") else None)
    if path == "/api/articles":
        continue  # POST only
    check(st == 200, f"documented path {path} answers ({st})")
s, body, hdrs = get("/api/events")
check("Access-Control-Allow-Origin" not in hdrs, "no CORS headers unless configured")

# Every event, page by page, in order, none lost or repeated.
total = count()
ids = all_pages({}, 37)
expected = [r[0] for r in db.execute("SELECT id FROM events ORDER BY day_lo DESC, id DESC")]
check(ids == expected, f"pagination returns all {total} events once, newest first ({len(ids)} returned)")
s, body, _ = get("/api/events")
check(body["count"] == min(100, total) and body["limit"] == 100, "default page size 100")

# Filters, against SQL.
cases = [
    ({"country": "MLI"}, "WHERE country = 'MLI'"),
    ({"country": "mli"}, "WHERE country = 'MLI'"),
    ({"since": "2023-10-01", "until": "2023-12"}, "WHERE day_hi >= 19631 AND day_lo <= 19722"),
    ({"since": "2021"}, "WHERE day_hi >= 18628"),
    ({"type": "Battles"}, "WHERE acled_event = 'Battles'"),
    ({"type": "peaceful protest"}, "WHERE acled_sub_event = 'Peaceful protest'"),
    ({"type": "19"}, "WHERE cameo LIKE '19%'"),
    ({"actor": "NGAMIL"}, "WHERE source_code LIKE 'NGAMIL%' OR target_code LIKE 'NGAMIL%'"),
    ({"actor": "of Mali"}, "WHERE source_name LIKE '%of Mali%' OR target_name LIKE '%of Mali%' OR source_acled LIKE '%of Mali%' OR target_acled LIKE '%of Mali%'"),
    ({"min_fatalities": "10"}, "WHERE fatalities_best >= 10"),
    ({"admin1": "kidal"}, "WHERE admin1 = 'Kidal' COLLATE NOCASE"),
    ({"country": "NGA", "min_fatalities": "5", "type": "Battles"},
     "WHERE country = 'NGA' AND fatalities_best >= 5 AND acled_event = 'Battles'"),
]
for params, where in cases:
    want = [r[0] for r in db.execute(f"SELECT id FROM events {where} ORDER BY day_lo DESC, id DESC")]
    got = all_pages(params, 1000)
    check(got == want and len(want) > 0, f"filter {params}: {len(got)} events, SQL says {len(want)}")

def fts_ids(match):
    return [r[0] for r in db.execute(
        "SELECT id FROM events WHERE id IN (SELECT em.event_id FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
        " JOIN mentions m ON m.article_id = s.article_id AND m.sentence = s.idx"
        " JOIN event_mentions em ON em.mention_id = m.id WHERE sentences_fts MATCH ?) ORDER BY day_lo DESC, id DESC", (match,))]


kaduna = fixture_event("fixture-kaduna")
s, body, _ = get("/api/events", {"text": "drone"})
got = [e["id"] for e in body["events"]]
check(got == fts_ids('"drone"') and kaduna in got, f"text filter finds the drone strike ({got})")
s, body, _ = get("/api/events", {"text": "jihadists attacked"})
got = [e["id"] for e in body["events"]]
check(got == fts_ids('"jihadists" "attacked"') and kidal_id() in got, f"text filter with two words ({got})")
s, body, _ = get("/api/events", {"near": "18.44,1.41,30", "limit": 1000})
near_ids = {e["id"] for e in body["events"]}
kidal = kidal_id()
check(kidal in near_ids and all(abs(e["place"]["lat"] - 18.44) < 0.3 for e in body["events"]), f"near filter ({len(near_ids)} events)")
s, body, _ = get("/api/events", {"bbox": "-5,10,5,20", "limit": 1000})
check(body["count"] == count("WHERE lat BETWEEN 10 AND 20 AND lon BETWEEN -5 AND 5"), "bbox filter")

# Formats.
s, body, hdrs = get("/api/events", {"format": "geojson", "country": "MLI", "limit": 1000})
check(s == 200 and body["type"] == "FeatureCollection" and len(body["features"]) == count("WHERE country='MLI'")
      and body["features"][0]["geometry"]["type"] == "Point" and "application/geo+json" in hdrs["Content-Type"], "GeoJSON")
s, raw, hdrs = get("/api/events", {"format": "csv", "limit": 5}, raw=True)
lines = raw.decode().strip().split("\r\n")
check(s == 200 and lines[0].startswith("id,date,") and len(lines) == 6 and hdrs["X-Next-Cursor"], "CSV with a header and the cursor header")

# Limits are capped, not refused.
s, body, _ = get("/api/events", {"limit": "100000000"})
check(s == 200 and body["limit"] == 1000 and body["count"] == min(total, 1000), "huge limit capped to 1000")
s, body, _ = get("/api/events", {"limit": "99999999999999999999999"})
check(s == 200 and body["limit"] == 1000, "absurd limit capped to 1000")

# Bad parameters: 400 naming the parameter.
for params, word in [
    ({"since": "2023-13-01"}, "since"), ({"since": "2023-02-30"}, "since"), ({"until": "yesterday"}, "until"),
    ({"since": "2024-01-01", "until": "2023-01-01"}, "since"), ({"country": "MALI"}, "country"),
    ({"country": "M1"}, "country"), ({"near": "100,0,10"}, "near"), ({"near": "10,10"}, "near"),
    ({"near": "10,10,-1"}, "near"), ({"near": "nan,1,1"}, "near"), ({"bbox": "1,2,3"}, "bbox"),
    ({"limit": "abc"}, "limit"), ({"limit": "0"}, "limit"), ({"limit": "-5"}, "limit"),
    ({"min_fatalities": "-1"}, "min_fatalities"), ({"min_fatalities": "1e3"}, "min_fatalities"),
    ({"format": "xml"}, "format"), ({"cursor": "garbage"}, "cursor"), ({"cursor": "d1_x"}, "cursor"),
    ({"foo": "1"}, "unknown parameter"), ({"text": "a" * 300}, "text"), ({"actor": ""}, "actor"),
    ({"type": "Battles\x01"}, "control"),
]:
    expect_error("/api/events", params, 400, word)
expect_error("/api/events", "country=MLI&country=NER", 400, "more than once")
expect_error("/api/stats", {"bucket": "year"}, 400, "bucket")
expect_error("/api/stats", {"since": "x"}, 400, "since")
expect_error("/api/clusters", {"zoom": "x"}, 400, "zoom")
expect_error("/api/clusters", {"bbox": "10,0,0,0"}, 400, "bbox")
expect_error("/api/actors", {}, 400, "q")
expect_error("/api/actors", {"q": "x" * 100}, 400, "q")
expect_error("/api/places", {"q": "Kid", "limit": "x"}, 400, "limit")

# Injection attempts: refused or inert, and the store is unchanged.
before = count()
for params in [{"actor": "' OR 1=1 --"}, {"actor": "x'); DROP TABLE events; --"},
               {"text": "\" OR 1=1; DROP TABLE events; --"}, {"text": "NEAR(drone strike) OR *"},
               {"admin1": "Kidal' OR '1'='1"}, {"type": "Battles' OR 'a'='a"}, {"actor": "%"}, {"actor": "_"}]:
    s, body, _ = get("/api/events", params)
    check(s == 200 and body["count"] == 0, f"injection attempt {params} matches nothing ({s}, {body.get('count')})")
expect_error("/api/events", {"country": "MLI' OR '1'='1"}, 400, "country")
s, body, _ = get("/api/actors", {"q": "%"})
check(s == 200 and body["actors"] == [], "LIKE wildcards in autocomplete are literal")
check(count() == before and db.execute("SELECT count(*) FROM sentences").fetchone()[0] > 0, "the store is unchanged")

# One event with its reports and marked spans.
s, ev, _ = get(f"/api/events/{kidal}")
fx_reports = [r for r in ev.get("reports", []) if ":fx" in r["mention_key"]]
check(s == 200 and len(fx_reports) == 2 and ev["num_reports"] == len(ev["reports"]), "event with its two fixture reports")
r0 = fx_reports[0]["sentence"]
marked = {(x["kind"], r0["text"].encode()[x["start"]:x["end"]].decode()) for x in r0["spans"]}
check({("actor", "Suspected jihadists"), ("verb", "attacked"), ("place", "Kidal"), ("date", "on Monday")} <= marked,
      f"spans are byte offsets into the sentence ({sorted(marked)})")
check("".join(seg["text"] for seg in r0["segments"]) == r0["text"], "segments rebuild the sentence")
check(any(seg["marks"] == ["verb"] and seg["text"] == "attacked" for seg in r0["segments"]), "segments carry the marks")
check(ev["reports"][0]["article"]["url"].startswith("https://"), "report links to its source")
expect_error("/api/events/99999999", None, 404, "no event")
expect_error("/api/events/abc", None, 400, "positive integer")
expect_error("/api/events/-1", None, 400, "positive integer")
expect_error("/api/events/0", None, 400, "positive integer")
expect_error("/api/events/1%27%20OR%201=1", None, 400, "positive integer")
expect_error("/api/events/1", {"x": "1"}, 400, "no parameters")

# Articles.
s, art, _ = get("/api/articles/fixture-kaduna")
check(s == 200 and art["key"] == "fixture-kaduna" and art["sentences"] and art["events"], "article by key")
s, art2, _ = get(f"/api/articles/{art['id']}")
check(s == 200 and art2["key"] == "fixture-kaduna" and art2["text"] == art["text"], "article by row id")
expect_error("/api/articles/99999999", None, 404, "no article")
expect_error("/api/articles/no-such-article", None, 404, "no article")

# Stats and clusters against SQL.
s, st, _ = get("/api/stats", {"bucket": "month"})
check(s == 200 and st["total"] == total and sum(b["events"] for b in st["timeline"]) + st["undated"] == total,
      "stats: the monthly timeline adds up")
months = db.execute("SELECT strftime('%Y-%m-01', day_lo * 86400, 'unixepoch'), count(*) FROM events"
                    " WHERE day_lo IS NOT NULL GROUP BY 1 ORDER BY 1").fetchall()
check([(b["start"], b["events"]) for b in st["timeline"]] == [tuple(m) for m in months], "stats: months match SQL")
s, st, _ = get("/api/stats", {"bucket": "week", "country": "MLI"})
check(s == 200 and st["total"] == count("WHERE country='MLI'") and all(
    __import__("datetime").date.fromisoformat(b["start"]).weekday() == 0 for b in st["timeline"]), "stats: weeks start on Monday")
types = dict(db.execute("SELECT coalesce(acled_event, plover_type, 'Other'), count(*) FROM events GROUP BY 1").fetchall())
check({t["type"]: t["events"] for t in st["types"]} != {} and
      {t["type"]: t["events"] for t in get("/api/stats")[1]["types"]} == types, "stats: counts by type")
for zoom in ("2", "6", "99"):
    s, cl, _ = get("/api/clusters", {"zoom": zoom})
    check(s == 200 and cl["total"] == count("WHERE lat IS NOT NULL") and
          all(c["id"] is not None for c in cl["cells"] if c["count"] == 1), f"clusters at zoom {zoom}: {len(cl['cells'])} cells hold every event")

# Autocomplete.
s, body, _ = get("/api/actors", {"q": "mali"})
check(s == 200 and any(a["name"] == "Military of Mali" for a in body["actors"]), "actor autocomplete")
s, body, _ = get("/api/places", {"q": "Kid"})
check(s == 200 and body["places"] and body["places"][0]["name"] == "Kidal", "place autocomplete")

# Errors are JSON; unknown endpoints; ingest is off without a token.
expect_error("/api/nothing", None, 404, "no such endpoint")
expect_error("/api/articles", None, 403, "disabled", method="POST", data=b"text")
s, raw, _ = get("/api/events", {"text": "x" * 20000}, raw=True)
check(s in (400, 414) and b"error" in raw, f"over-long request URI refused ({s})")

if token_base:
    auth = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    expect_error("/api/articles", None, 401, "token", base_url=token_base, method="POST", data=b'{"text":"x"}',
                 headers={"Authorization": "Bearer wrong", "Content-Type": "application/json"})
    expect_error("/api/articles", None, 400, "text", base_url=token_base, method="POST", data=b'{"title":"x"}', headers=auth)
    expect_error("/api/articles", None, 400, "unknown field", base_url=token_base, method="POST",
                 data=b'{"text":"x","bogus":1}', headers=auth)
    expect_error("/api/articles", None, 400, "json", base_url=token_base, method="POST", data=b'{"text":', headers=auth)
    expect_error("/api/articles", None, 400, "utf-8", base_url=token_base, method="POST", data=b'\xff\xfe', 
                 headers={"Authorization": "Bearer " + token, "Content-Type": "text/plain"})
    expect_error("/api/articles", None, 413, "too large", base_url=token_base, method="POST",
                 data=b"x" * (3 << 20), headers=auth)
    body = json.dumps({"id": "posted-1", "title": "Posted", "published": "2024-01-02",
                       "text": "GAO, 2 January 2024 - Gunmen attacked a market in Gao on Monday, killing five people."}).encode()
    s, out, _ = get("/api/articles", None, base_url=token_base, method="POST", data=body, headers=auth)
    check(s == 201 and out.get("inserted") is True and out.get("sentences", 0) >= 1, f"POST stores an article ({s} {out})")
    s, art, _ = get("/api/articles/posted-1", base_url=token_base)
    check(s == 200 and art["title"] == "Posted" and art["sentences"], "the posted article can be read back")
    s, out, _ = get("/api/articles", None, base_url=token_base, method="POST", data=body, headers=auth)
    check(s == 201 and out.get("inserted") is False, "posting the same text again stores nothing new")

print(f"api tests: {len(failures)} failed" if failures else "api tests: all passed")
sys.exit(1 if failures else 0)
