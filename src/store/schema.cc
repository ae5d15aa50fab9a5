#include "store/schema.h"

#include "store/records.h"

namespace dateline::store {

const std::vector<std::string>& SqliteMigrations() {
  static const std::vector<std::string> kMigrations = {
      // 1: articles, sentences (with full-text index), catalogs, mentions, events, links.
      "CREATE TABLE articles (\n"
      "  id INTEGER PRIMARY KEY,\n"
      "  key TEXT NOT NULL,               -- the article id (given, or derived from the hash)\n"
      "  hash TEXT NOT NULL UNIQUE,       -- content hash of the text: one row per distinct article\n"
      "  url TEXT, source TEXT, title TEXT, published TEXT, country TEXT,\n"
      "  origin TEXT, line INTEGER,\n"
      "  metadata TEXT NOT NULL,          -- JSON: author, dateline, agencies, format, warnings\n"
      "  text TEXT NOT NULL,\n"
      "  annotation TEXT NOT NULL,        -- the annotate contract line (docs/annotate.md)\n"
      "  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));\n"
      "CREATE INDEX articles_key ON articles(key);\n"
      "CREATE TABLE sentences (\n"
      "  id INTEGER PRIMARY KEY,\n"
      "  article_id INTEGER NOT NULL REFERENCES articles(id),\n"
      "  idx INTEGER NOT NULL, start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,\n"
      "  text TEXT NOT NULL,\n"
      "  UNIQUE (article_id, idx));\n"
      "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');\n"
      "CREATE TABLE places (\n"
      "  id INTEGER PRIMARY KEY, name TEXT NOT NULL, geonameid INTEGER NOT NULL, country TEXT NOT NULL,\n"
      "  admin1 TEXT, admin2 TEXT, feature_code TEXT, lat REAL, lon REAL, precision INTEGER,\n"
      "  UNIQUE (name, geonameid, country));\n"
      "CREATE TABLE actors (\n"
      "  id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, acled_name TEXT,\n"
      "  country TEXT, kind TEXT, entity_id TEXT, inter INTEGER,\n"
      "  UNIQUE (code, name));\n"
      "CREATE TABLE mentions (\n"
      "  id INTEGER PRIMARY KEY,\n"
      "  article_id INTEGER NOT NULL REFERENCES articles(id),\n"
      "  key TEXT NOT NULL,               -- Event::id, \"<article id>:<n>\"\n"
      "  sentence INTEGER,\n"
      "  negated INTEGER NOT NULL, mood TEXT NOT NULL, attributed INTEGER NOT NULL, confidence REAL,\n"
      "  place_id INTEGER REFERENCES places(id),\n"
      "  source_actor_id INTEGER REFERENCES actors(id), target_actor_id INTEGER REFERENCES actors(id),\n"
      "  evidence TEXT NOT NULL           -- JSON: spans and rules, as in the annotate contract\n" +
          FactsColumnDdl() +
          ");\n"
          "CREATE INDEX mentions_sentence ON mentions(article_id, sentence);\n"
          "CREATE TABLE events (\n"
          "  id INTEGER PRIMARY KEY,\n"
          "  num_reports INTEGER NOT NULL, num_sources INTEGER NOT NULL,\n"
          "  first_reported TEXT, last_reported TEXT,\n"
          "  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))" +
          FactsColumnDdl() +
          ");\n"
          // Dedup candidates come by type and a date window; queries by country, date, deaths.
          "CREATE INDEX events_root_day ON events(cameo_root, day_lo);\n"
          "CREATE INDEX events_acled_day ON events(acled_event, day_lo);\n"
          "CREATE INDEX events_day ON events(day_lo);\n"
          "CREATE INDEX events_country_day ON events(country, day_lo, day_hi, lat, lon, geo_precision,"
          " cameo_root, acled_event);\n"
          "CREATE INDEX events_fatalities ON events(fatalities_best);\n"
          "CREATE INDEX events_latlon ON events(lat, lon, day_lo);  -- --near: a latitude band\n"
          "CREATE TABLE event_mentions (\n"
          "  mention_id INTEGER PRIMARY KEY REFERENCES mentions(id),\n"
          "  event_id INTEGER NOT NULL REFERENCES events(id),\n"
          "  score REAL                       -- match score when merged; NULL for the founder\n"
          ");\n"
          "CREATE INDEX event_mentions_event ON event_mentions(event_id);\n"
          // Every clustering decision, so merges can be reviewed and undone.
          "CREATE TABLE merge_log (\n"
          "  id INTEGER PRIMARY KEY,\n"
          "  action TEXT NOT NULL,            -- new, merge, split\n"
          "  mention_id INTEGER NOT NULL, event_id INTEGER NOT NULL, from_event_id INTEGER,\n"
          "  score REAL,\n"
          "  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));\n"
          "CREATE INDEX merge_log_event ON merge_log(event_id);\n",
  };
  return kMigrations;
}

namespace {

// FactsColumnDdl() in PostgreSQL types.
std::string PgFactsDdl() {
  std::string ddl = FactsColumnDdl();
  std::string out;
  size_t pos = 0;
  while (pos < ddl.size()) {
    size_t end = ddl.find('\n', pos + 1);
    if (end == std::string::npos) end = ddl.size();
    std::string line = ddl.substr(pos, end - pos);
    for (auto [from, to] : {std::pair<const char*, const char*>{" INTEGER", " BIGINT"}, {" REAL", " DOUBLE PRECISION"}}) {
      size_t at = line.rfind(from);
      if (at != std::string::npos && at + std::string(from).size() == line.size()) line.replace(at, std::string(from).size(), to);
    }
    out += line;
    pos = end;
  }
  return out;
}

}  // namespace

const std::vector<std::string>& PostgresMigrations() {
  static const std::vector<std::string> kMigrations = {
      "CREATE TABLE articles (\n"
      "  id BIGSERIAL PRIMARY KEY, key TEXT NOT NULL, hash TEXT NOT NULL UNIQUE,\n"
      "  url TEXT, source TEXT, title TEXT, published TEXT, country TEXT, origin TEXT, line BIGINT,\n"
      "  metadata TEXT NOT NULL, text TEXT NOT NULL, annotation TEXT NOT NULL,\n"
      "  ingested_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'));\n"
      "CREATE INDEX articles_key ON articles(key);\n"
      "CREATE TABLE sentences (\n"
      "  id BIGSERIAL PRIMARY KEY, article_id BIGINT NOT NULL REFERENCES articles(id),\n"
      "  idx BIGINT NOT NULL, start_byte BIGINT NOT NULL, end_byte BIGINT NOT NULL, text TEXT NOT NULL,\n"
      "  tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,\n"
      "  UNIQUE (article_id, idx));\n"
      "CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);\n"
      "CREATE TABLE places (\n"
      "  id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, geonameid BIGINT NOT NULL, country TEXT NOT NULL,\n"
      "  admin1 TEXT, admin2 TEXT, feature_code TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,\n"
      "  precision BIGINT, UNIQUE (name, geonameid, country));\n"
      "CREATE TABLE actors (\n"
      "  id BIGSERIAL PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, acled_name TEXT,\n"
      "  country TEXT, kind TEXT, entity_id TEXT, inter BIGINT, UNIQUE (code, name));\n"
      "CREATE TABLE mentions (\n"
      "  id BIGSERIAL PRIMARY KEY, article_id BIGINT NOT NULL REFERENCES articles(id), key TEXT NOT NULL,\n"
      "  sentence BIGINT, negated BIGINT NOT NULL, mood TEXT NOT NULL, attributed BIGINT NOT NULL,\n"
      "  confidence DOUBLE PRECISION, place_id BIGINT REFERENCES places(id),\n"
      "  source_actor_id BIGINT REFERENCES actors(id), target_actor_id BIGINT REFERENCES actors(id),\n"
      "  evidence TEXT NOT NULL" + PgFactsDdl() + ");\n"
      "CREATE INDEX mentions_sentence ON mentions(article_id, sentence);\n"
      "CREATE TABLE events (\n"
      "  id BIGSERIAL PRIMARY KEY, num_reports BIGINT NOT NULL, num_sources BIGINT NOT NULL,\n"
      "  first_reported TEXT, last_reported TEXT,\n"
      "  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()" + PgFactsDdl() + ");\n"
      "CREATE INDEX events_root_day ON events(cameo_root, day_lo);\n"
      "CREATE INDEX events_acled_day ON events(acled_event, day_lo);\n"
      "CREATE INDEX events_day ON events(day_lo);\n"
      "CREATE INDEX events_country_day ON events(country, day_lo, day_hi, lat, lon, geo_precision,"
      " cameo_root, acled_event);\n"
      "CREATE INDEX events_fatalities ON events(fatalities_best);\n"
      "CREATE INDEX events_latlon ON events(lat, lon, day_lo);\n"
      "CREATE TABLE event_mentions (\n"
      "  mention_id BIGINT PRIMARY KEY REFERENCES mentions(id),\n"
      "  event_id BIGINT NOT NULL REFERENCES events(id), score DOUBLE PRECISION);\n"
      "CREATE INDEX event_mentions_event ON event_mentions(event_id);\n"
      "CREATE TABLE merge_log (\n"
      "  id BIGSERIAL PRIMARY KEY, action TEXT NOT NULL, mention_id BIGINT NOT NULL,\n"
      "  event_id BIGINT NOT NULL, from_event_id BIGINT, score DOUBLE PRECISION,\n"
      "  at TIMESTAMPTZ NOT NULL DEFAULT now());\n"
      "CREATE INDEX merge_log_event ON merge_log(event_id);\n"
      // The work queue: one row per input (a file); done once its articles are committed.
      "CREATE TABLE work_queue (\n"
      "  id BIGSERIAL PRIMARY KEY, input TEXT NOT NULL UNIQUE, state TEXT NOT NULL DEFAULT 'pending',\n"
      "  attempts BIGINT NOT NULL DEFAULT 0, worker TEXT, done_at TIMESTAMPTZ);\n"
      "CREATE INDEX work_queue_pending ON work_queue(id) WHERE state = 'pending';\n",
  };
  return kMigrations;
}

}  // namespace dateline::store
