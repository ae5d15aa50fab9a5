#include "store/sqlite_store.h"

#include <algorithm>
#include <cmath>
#include <variant>

#include "base/hash.h"
#include "base/json_writer.h"
#include "pipeline/json_output.h"
#include "store/schema.h"
#include "store/sqlite_util.h"

namespace dateline::store {
namespace {

using sqlite::Db;
using sqlite::Stmt;

#define RETURN_IF_ERROR DATELINE_RETURN_IF_ERROR

// Binds values to consecutive parameters; zero and empty text bind NULL (unknown).
struct Binder {
  Stmt& st;
  int i;
  void Text(std::string_view v) { st.BindText(i++, v); }
  void Int(int64_t v) { st.Bind(i++, v); }
  void IntOrNull(int64_t v) { v ? st.Bind(i++, v) : st.BindNull(i++); }
  void Real(double v) { st.Bind(i++, v); }
  void Null() { st.BindNull(i++); }
};

// Binds EventFacts at parameters first .. first + kFactsColumnCount - 1; returns the next index.
int BindFacts(Stmt& st, int first, const EventFacts& f) {
  Binder b{st, first};
  b.Text(f.date);
  b.Text(f.date_end);
  if (f.days) {
    b.Int(f.days->lo);
    b.Int(f.days->hi);
  } else {
    b.Null();
    b.Null();
  }
  b.IntOrNull(f.date_precision);
  b.Text(f.place_name);
  b.IntOrNull(f.geonameid);
  b.Text(f.country);
  b.Text(f.admin1);
  b.Text(f.admin2);
  if (f.has_place) {
    b.Real(f.lat);
    b.Real(f.lon);
  } else {
    b.Null();
    b.Null();
  }
  b.IntOrNull(f.geo_precision);
  b.Text(f.cameo);
  b.Text(f.cameo_root);
  b.IntOrNull(f.quad_class);
  b.Real(f.goldstein);
  b.Text(f.plover_type);
  b.Text(f.plover_mode);
  if (f.plover_context.empty()) b.Null();
  else b.Text(JsonStringArray(f.plover_context));
  b.Text(f.acled_disorder);
  b.Text(f.acled_event);
  b.Text(f.acled_sub_event);
  b.IntOrNull(f.inter1);
  b.IntOrNull(f.inter2);
  b.IntOrNull(f.interaction);
  for (const ActorFacts* a : {&f.source, &f.target}) {
    b.Text(a->code);
    b.Text(a->name);
    b.Text(a->acled);
    b.Text(a->assoc);
    b.IntOrNull(a->inter);
  }
  if (f.fatalities) {
    b.Int(f.fatalities->low);
    b.Int(f.fatalities->best);
    b.Int(f.fatalities->high);
  } else {
    b.Null();
    b.Null();
    b.Null();
  }
  return b.i;
}

// Reads EventFacts from columns c .. c + kFactsColumnCount - 1.
EventFacts ReadFacts(const Stmt& st, int c) {
  EventFacts f;
  f.date = st.Text(c++);
  f.date_end = st.Text(c++);
  if (!st.IsNull(c)) f.days = DayRange{static_cast<int32_t>(st.Int(c)), static_cast<int32_t>(st.Int(c + 1))};
  c += 2;
  f.date_precision = static_cast<int>(st.IntOr(c++, 0));
  f.place_name = st.Text(c++);
  f.geonameid = st.IntOr(c++, 0);
  f.country = st.Text(c++);
  f.admin1 = st.Text(c++);
  f.admin2 = st.Text(c++);
  f.has_place = !st.IsNull(c);
  f.lat = st.Double(c++);
  f.lon = st.Double(c++);
  f.geo_precision = static_cast<int>(st.IntOr(c++, 0));
  f.cameo = st.Text(c++);
  f.cameo_root = st.Text(c++);
  f.quad_class = static_cast<int>(st.IntOr(c++, 0));
  f.goldstein = st.Double(c++);
  f.plover_type = st.Text(c++);
  f.plover_mode = st.Text(c++);
  f.plover_context = ParseJsonStringArray(st.TextView(c++));
  f.acled_disorder = st.Text(c++);
  f.acled_event = st.Text(c++);
  f.acled_sub_event = st.Text(c++);
  f.inter1 = static_cast<int>(st.IntOr(c++, 0));
  f.inter2 = static_cast<int>(st.IntOr(c++, 0));
  f.interaction = static_cast<int>(st.IntOr(c++, 0));
  for (ActorFacts* a : {&f.source, &f.target}) {
    a->code = st.Text(c++);
    a->name = st.Text(c++);
    a->acled = st.Text(c++);
    a->assoc = st.Text(c++);
    a->inter = static_cast<int>(st.IntOr(c++, 0));
  }
  if (!st.IsNull(c + 1)) f.fatalities = Fatalities{st.IntOr(c, 0), st.Int(c + 1), st.IntOr(c + 2, 0)};
  return f;
}

std::string Placeholders(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += i ? ", ?" : "?";
  return s;
}

// SQL function dl_km(lat1, lon1, lat2, lon2): great-circle distance, for --near.
void SqlKm(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  for (int i = 0; i < 4; ++i) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) { sqlite3_result_null(ctx); return; }
  }
  sqlite3_result_double(ctx, HaversineKm(sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1]),
                                         sqlite3_value_double(argv[2]), sqlite3_value_double(argv[3])));
}

const std::string kEventCols =
    "e.id, e.num_reports, e.num_sources, e.first_reported, e.last_reported, " + FactsColumnList("e.");

EventRecord ReadEvent(const Stmt& st) {
  EventRecord ev;
  ev.id = st.Int(0);
  ev.num_reports = static_cast<int>(st.Int(1));
  ev.num_sources = static_cast<int>(st.Int(2));
  ev.first_reported = st.Text(3);
  ev.last_reported = st.Text(4);
  ev.facts = ReadFacts(st, 5);
  return ev;
}

const std::string kMentionCols =
    "m.id, m.article_id, m.sentence, m.negated, m.mood, a.source, substr(a.published, 1, 10), " +
    FactsColumnList("m.");

MentionRecord ReadMention(const Stmt& st) {
  MentionRecord m;
  m.id = st.Int(0);
  m.article_id = st.Int(1);
  m.sentence = st.IsNull(2) ? kNone : static_cast<uint32_t>(st.Int(2));
  m.negated = st.Int(3) != 0;
  m.mood = st.Text(4);
  m.outlet = st.Text(5);
  if (m.outlet.empty()) m.outlet = "article:" + std::to_string(m.article_id);
  m.reported = st.Text(6);
  m.facts = ReadFacts(st, 7);
  return m;
}

class SqliteStore final : public EventStore {
 public:
  explicit SqliteStore(StoreOptions options) : options_(std::move(options)) {}
  // Lets SQLite refresh the planner's statistics where they have drifted (its documented
  // practice for short-lived connections); cheap when nothing changed.
  ~SqliteStore() override {
    if (db_.get()) db_.Exec("PRAGMA optimize");
  }

  Status Init(const std::string& path) {
    RETURN_IF_ERROR(db_.Open(path));
    RETURN_IF_ERROR(db_.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                             "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;"));
    sqlite3_create_function(db_.get(), "dl_km", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                            SqlKm, nullptr, nullptr);
    RETURN_IF_ERROR(Migrate());
    return Prepare();
  }

  Status BeginBatch() override { return db_.Exec("BEGIN IMMEDIATE"); }
  Status CommitBatch() override { return db_.Exec("COMMIT"); }
  Status RollbackBatch() override { return db_.Exec("ROLLBACK"); }

  StatusOr<StoreOutcome> StoreDocument(const Document& doc) override;
  StatusOr<ArticleRow> GetArticle(std::string_view key) override;
  StatusOr<std::vector<ArticleRow>> ListArticles(int limit) override;
  StatusOr<std::vector<EventRow>> QueryEvents(const EventQuery& query) override;
  StatusOr<std::vector<EventRow>> EventsOfArticle(int64_t article_id) override;
  StatusOr<std::vector<int64_t>> SplitEvent(int64_t event_id,
                                            std::optional<int64_t> mention_id) override;
  StatusOr<StoreCounts> Counts() override;
  StatusOr<std::string> Dump() override;

 private:
  Status Migrate();
  Status Prepare();
  StatusOr<int64_t> PlaceId(const PlaceMention& p);
  StatusOr<int64_t> ActorId(const ActorMention& a);
  // Places the mention in an event (existing or new); returns true when it merged.
  StatusOr<bool> Cluster(const MentionRecord& m);
  StatusOr<std::vector<MentionRecord>> MentionsOf(int64_t event_id);
  Status Recompute(int64_t event_id);
  StatusOr<int64_t> NewEvent(const MentionRecord& m);
  Status Log(const char* action, int64_t mention, int64_t event, std::optional<int64_t> from,
             std::optional<double> score);
  Status Reports(EventRow* row);

  StoreOptions options_;
  Db db_;
  Stmt insert_article_, find_article_by_hash_, insert_sentence_, insert_fts_;
  Stmt insert_place_, find_place_, insert_actor_, find_actor_;
  Stmt insert_mention_, insert_link_, mentions_of_;
  // Candidate queries by variant: bit 0 typed, bit 1 same country, bit 2 within a bounding box.
  Stmt candidates_[8];
  Stmt insert_event_, update_event_, insert_log_, reports_;
};

Status SqliteStore::Migrate() {
  RETURN_IF_ERROR(db_.Exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL,"
                           " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))"));
  Stmt q;
  RETURN_IF_ERROR(q.Prepare(db_, "SELECT coalesce(max(version), 0) FROM schema_version"));
  Status st;
  int64_t version = q.Step(&st) ? q.Int(0) : 0;
  RETURN_IF_ERROR(st);
  const auto& migrations = SqliteMigrations();
  if (version > static_cast<int64_t>(migrations.size())) {
    return Status::Unsupported("database schema version " + std::to_string(version) +
                               " is newer than this dateline (" + std::to_string(migrations.size()) + ")");
  }
  for (size_t v = static_cast<size_t>(version); v < migrations.size(); ++v) {
    RETURN_IF_ERROR(db_.Exec("BEGIN IMMEDIATE"));
    Status s = db_.Exec(migrations[v]);
    if (s.ok()) s = db_.Exec("INSERT INTO schema_version(version) VALUES (" + std::to_string(v + 1) + ")");
    if (!s.ok()) {
      db_.Exec("ROLLBACK");
      return Status::Corruption("migration " + std::to_string(v + 1) + " failed: " + s.message());
    }
    RETURN_IF_ERROR(db_.Exec("COMMIT"));
  }
  return Status::Ok();
}

Status SqliteStore::Prepare() {
  const std::string facts = FactsColumnList();
  const std::string facts_q = Placeholders(kFactsColumnCount);
  RETURN_IF_ERROR(insert_article_.Prepare(db_,
      "INSERT INTO articles (key, hash, url, source, title, published, country, origin, line,"
      " metadata, text, annotation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      " ON CONFLICT (hash) DO NOTHING"));
  RETURN_IF_ERROR(find_article_by_hash_.Prepare(db_, "SELECT id FROM articles WHERE hash = ?"));
  RETURN_IF_ERROR(insert_sentence_.Prepare(db_,
      "INSERT INTO sentences (article_id, idx, start_byte, end_byte, text) VALUES (?, ?, ?, ?, ?)"));
  RETURN_IF_ERROR(insert_fts_.Prepare(db_, "INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)"));
  RETURN_IF_ERROR(insert_place_.Prepare(db_,
      "INSERT INTO places (name, geonameid, country, admin1, admin2, feature_code, lat, lon, precision)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
  RETURN_IF_ERROR(find_place_.Prepare(db_,
      "SELECT id FROM places WHERE name = ? AND geonameid = ? AND country = ?"));
  RETURN_IF_ERROR(insert_actor_.Prepare(db_,
      "INSERT INTO actors (code, name, acled_name, country, kind, entity_id, inter)"
      " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
  RETURN_IF_ERROR(find_actor_.Prepare(db_, "SELECT id FROM actors WHERE code = ? AND name = ?"));
  RETURN_IF_ERROR(insert_mention_.Prepare(db_,
      "INSERT INTO mentions (article_id, key, sentence, negated, mood, attributed, confidence,"
      " place_id, source_actor_id, target_actor_id, evidence, " + facts + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " +
      facts_q + ")"));
  // Candidates: events whose day range can meet the mention's (?1..?3), of a compatible type
  // (?4..?6), in the same country (?7), inside a box around the mention (?8..?11). The filters
  // are a superset of dedup's rules, so they only save decoding events MatchScore would reject.
  for (int v = 0; v < 8; ++v) {
    std::string sql = "SELECT " + kEventCols +
                      " FROM events e WHERE e.day_lo BETWEEN ?1 AND ?2 AND e.day_hi >= ?3";
    if (v & 1) {
      sql += " AND (e.cameo_root IN (?4, ?5) OR e.acled_event = ?6 OR"
             " (e.cameo_root IS NULL AND e.acled_event IS NULL))";
    }
    if (v & 2) sql += " AND e.country = ?7";
    if (v & 4) {
      sql += " AND (e.lat IS NULL OR e.geo_precision >= 4 OR"
             " (e.lat BETWEEN ?8 AND ?9 AND e.lon BETWEEN ?10 AND ?11))";
    }
    // In id order, so ties go to the oldest event whatever plan the statistics pick (a killed
    // and re-run ingest must cluster exactly like a clean one).
    RETURN_IF_ERROR(candidates_[v].Prepare(db_, sql + " ORDER BY e.id"));
  }
  RETURN_IF_ERROR(insert_link_.Prepare(db_,
      "INSERT OR REPLACE INTO event_mentions (mention_id, event_id, score) VALUES (?, ?, ?)"));
  RETURN_IF_ERROR(mentions_of_.Prepare(db_,
      "SELECT " + kMentionCols + " FROM event_mentions em JOIN mentions m ON m.id = em.mention_id"
      " JOIN articles a ON a.id = m.article_id WHERE em.event_id = ? ORDER BY m.id"));
  RETURN_IF_ERROR(insert_event_.Prepare(db_,
      "INSERT INTO events (num_reports, num_sources, first_reported, last_reported, " + facts +
      ") VALUES (?, ?, ?, ?, " + facts_q + ")"));
  std::string set;
  for (int i = 0; i < kFactsColumnCount; ++i) set += std::string(", ") + kFactsColumns[i] + " = ?";
  RETURN_IF_ERROR(update_event_.Prepare(db_,
      "UPDATE events SET num_reports = ?, num_sources = ?, first_reported = ?, last_reported = ?,"
      " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')" + set + " WHERE id = ?"));
  RETURN_IF_ERROR(insert_log_.Prepare(db_,
      "INSERT INTO merge_log (action, mention_id, event_id, from_event_id, score) VALUES (?, ?, ?, ?, ?)"));
  RETURN_IF_ERROR(reports_.Prepare(db_,
      "SELECT m.id, m.article_id, a.key, a.source, a.url, a.published, m.sentence, s.text"
      " FROM event_mentions em JOIN mentions m ON m.id = em.mention_id"
      " JOIN articles a ON a.id = m.article_id"
      " LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
      " WHERE em.event_id = ? ORDER BY m.id"));
  return Status::Ok();
}

StatusOr<StoreOutcome> SqliteStore::StoreDocument(const Document& doc) {
  StoreOutcome out;
  const Article& a = doc.article;
  std::string hash = HashHex(a.text);
  std::string annotation;
  AppendDocumentJson(doc, JsonOutputOptions{}, &annotation);
  if (!annotation.empty() && annotation.back() == '\n') annotation.pop_back();
  const std::string& title = doc.title ? *doc.title : std::string();
  Stmt& ins = insert_article_;
  ins.Bind(1, a.id.empty() ? hash : a.id).Bind(2, hash).Bind(3, a.url).Bind(4, a.source);
  ins.BindText(5, title).Bind(6, doc.published).Bind(7, a.country).Bind(8, a.origin);
  a.line ? ins.Bind(9, static_cast<int64_t>(a.line)) : ins.BindNull(9);
  ins.Bind(10, ArticleMetadataJson(doc)).Bind(11, a.text).Bind(12, annotation);
  RETURN_IF_ERROR(ins.Run());
  if (sqlite3_changes(db_.get()) == 0) {
    find_article_by_hash_.Bind(1, hash);
    Status st;
    if (find_article_by_hash_.Step(&st)) out.article_id = find_article_by_hash_.Int(0);
    find_article_by_hash_.Reset();
    RETURN_IF_ERROR(st);
    return out;
  }
  out.inserted = true;
  out.article_id = sqlite3_last_insert_rowid(db_.get());
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Span& s = doc.sentences[i].span;
    std::string_view text = s.end <= a.text.size() && s.start <= s.end ? doc.raw(s) : std::string_view();
    insert_sentence_.Bind(1, out.article_id).Bind(2, static_cast<int64_t>(i))
        .Bind(3, int64_t{s.start}).Bind(4, int64_t{s.end}).Bind(5, text);
    RETURN_IF_ERROR(insert_sentence_.Run());
    insert_fts_.Bind(1, static_cast<int64_t>(sqlite3_last_insert_rowid(db_.get()))).Bind(2, text);
    RETURN_IF_ERROR(insert_fts_.Run());
  }
  for (const Event& e : doc.events) {
    MentionRecord m = MentionFromEvent(doc, e, out.article_id, options_.dedup);
    std::optional<int64_t> place, source, target;
    if (e.location < doc.places.size()) {
      auto id = PlaceId(doc.places[e.location]);
      if (!id.ok()) return id.status();
      place = *id;
    }
    if (!e.sources.empty() && e.sources[0] < doc.actors.size()) {
      auto id = ActorId(doc.actors[e.sources[0]]);
      if (!id.ok()) return id.status();
      source = *id;
    }
    if (!e.targets.empty() && e.targets[0] < doc.actors.size()) {
      auto id = ActorId(doc.actors[e.targets[0]]);
      if (!id.ok()) return id.status();
      target = *id;
    }
    Stmt& im = insert_mention_;
    im.Bind(1, out.article_id).Bind(2, e.id);
    e.sentence == kNone ? im.BindNull(3) : im.Bind(3, int64_t{e.sentence});
    im.Bind(4, e.negated ? 1 : 0).Bind(5, e.mood).Bind(6, e.attributed ? 1 : 0).Bind(7, e.confidence);
    place ? im.Bind(8, *place) : im.BindNull(8);
    source ? im.Bind(9, *source) : im.BindNull(9);
    target ? im.Bind(10, *target) : im.BindNull(10);
    im.Bind(11, EvidenceJson(e));
    BindFacts(im, 12, m.facts);
    RETURN_IF_ERROR(im.Run());
    m.id = sqlite3_last_insert_rowid(db_.get());
    ++out.mentions;
    if (!CountsAsEvent(m, options_.dedup)) continue;
    auto merged = Cluster(m);
    if (!merged.ok()) return merged.status();
    ++(*merged ? out.merged : out.new_events);
  }
  return out;
}

StatusOr<int64_t> SqliteStore::PlaceId(const PlaceMention& p) {
  insert_place_.Bind(1, p.name).Bind(2, p.geonameid).Bind(3, p.country).BindText(4, p.admin1)
      .BindText(5, p.admin2).BindText(6, p.feature_code).Bind(7, p.lat).Bind(8, p.lon).Bind(9, p.precision);
  RETURN_IF_ERROR(insert_place_.Run());
  find_place_.Bind(1, p.name).Bind(2, p.geonameid).Bind(3, p.country);
  Status st;
  int64_t id = find_place_.Step(&st) ? find_place_.Int(0) : 0;
  find_place_.Reset();
  RETURN_IF_ERROR(st);
  return id;
}

StatusOr<int64_t> SqliteStore::ActorId(const ActorMention& a) {
  insert_actor_.Bind(1, a.code).Bind(2, a.name).BindText(3, a.acled_name).BindText(4, a.country)
      .BindText(5, a.kind).BindText(6, a.entity_id).Bind(7, a.inter);
  RETURN_IF_ERROR(insert_actor_.Run());
  find_actor_.Bind(1, a.code).Bind(2, a.name);
  Status st;
  int64_t id = find_actor_.Step(&st) ? find_actor_.Int(0) : 0;
  find_actor_.Reset();
  RETURN_IF_ERROR(st);
  return id;
}

StatusOr<bool> SqliteStore::Cluster(const MentionRecord& m) {
  const DedupOptions& o = options_.dedup;
  int64_t best_id = 0;
  double best_score = 0;
  if (Clusterable(m.facts, o)) {
    const EventFacts& f = m.facts;
    bool typed = !f.cameo_root.empty() || !f.acled_event.empty();
    bool country = !f.country.empty();
    bool boxed = f.has_place && f.geo_precision < 4 && f.geo_precision > 0;
    Stmt& q = candidates_[(typed ? 1 : 0) | (country ? 2 : 0) | (boxed ? 4 : 0)];
    int64_t lo = f.days->lo - o.date_slack_days, hi = f.days->hi + o.date_slack_days;
    q.Bind(1, lo - o.max_span_days).Bind(2, hi).Bind(3, lo);
    if (typed) {
      std::string partner = !o.force_family ? "" : f.cameo_root == "18" ? "19" : f.cameo_root == "19" ? "18" : "";
      q.BindText(4, f.cameo_root).BindText(5, partner).BindText(6, f.acled_event);
    }
    if (country) q.Bind(7, f.country);
    if (boxed) {
      // The widest radius any pair can use, in degrees (a degree of latitude is ~111 km).
      double km = std::max({o.km_town, o.km_near, o.km_region});
      double dlat = km / 110.0, dlon = km / (110.0 * std::max(0.05, std::cos(f.lat * M_PI / 180)));
      q.Bind(8, f.lat - dlat).Bind(9, f.lat + dlat).Bind(10, f.lon - dlon).Bind(11, f.lon + dlon);
    }
    Status st;
    while (q.Step(&st)) {
      EventRecord ev = ReadEvent(q);
      auto score = MatchScore(f, ev.facts, o);
      if (score && *score > best_score) { best_score = *score; best_id = ev.id; }
    }
    q.Reset();
    RETURN_IF_ERROR(st);
  }
  if (best_id == 0) {
    auto id = NewEvent(m);
    if (!id.ok()) return id.status();
    return false;
  }
  insert_link_.Bind(1, m.id).Bind(2, best_id).Bind(3, best_score);
  RETURN_IF_ERROR(insert_link_.Run());
  RETURN_IF_ERROR(Log("merge", m.id, best_id, std::nullopt, best_score));
  RETURN_IF_ERROR(Recompute(best_id));
  return true;
}

StatusOr<int64_t> SqliteStore::NewEvent(const MentionRecord& m) {
  EventRecord ev = Aggregate({m});
  Stmt& ie = insert_event_;
  ie.Bind(1, ev.num_reports).Bind(2, ev.num_sources).BindText(3, ev.first_reported).BindText(4, ev.last_reported);
  BindFacts(ie, 5, ev.facts);
  RETURN_IF_ERROR(ie.Run());
  int64_t id = sqlite3_last_insert_rowid(db_.get());
  insert_link_.Bind(1, m.id).Bind(2, id).BindNull(3);
  RETURN_IF_ERROR(insert_link_.Run());
  RETURN_IF_ERROR(Log("new", m.id, id, std::nullopt, std::nullopt));
  return id;
}

StatusOr<std::vector<MentionRecord>> SqliteStore::MentionsOf(int64_t event_id) {
  std::vector<MentionRecord> out;
  mentions_of_.Bind(1, event_id);
  Status st;
  while (mentions_of_.Step(&st)) out.push_back(ReadMention(mentions_of_));
  mentions_of_.Reset();
  RETURN_IF_ERROR(st);
  return out;
}

Status SqliteStore::Recompute(int64_t event_id) {
  auto mentions = MentionsOf(event_id);
  if (!mentions.ok()) return mentions.status();
  EventRecord ev = Aggregate(*mentions);
  Stmt& u = update_event_;
  u.Bind(1, ev.num_reports).Bind(2, ev.num_sources).BindText(3, ev.first_reported).BindText(4, ev.last_reported);
  int next = BindFacts(u, 5, ev.facts);
  u.Bind(next, event_id);
  return u.Run();
}

Status SqliteStore::Log(const char* action, int64_t mention, int64_t event, std::optional<int64_t> from,
                        std::optional<double> score) {
  insert_log_.Bind(1, action).Bind(2, mention).Bind(3, event);
  from ? insert_log_.Bind(4, *from) : insert_log_.BindNull(4);
  score ? insert_log_.Bind(5, *score) : insert_log_.BindNull(5);
  return insert_log_.Run();
}

StatusOr<std::vector<int64_t>> SqliteStore::SplitEvent(int64_t event_id, std::optional<int64_t> mention_id) {
  auto mentions = MentionsOf(event_id);
  if (!mentions.ok()) return mentions.status();
  if (mentions->empty()) return Status::NotFound("no event " + std::to_string(event_id));
  std::vector<MentionRecord> detach;
  if (mention_id) {
    for (const auto& m : *mentions) if (m.id == *mention_id) detach.push_back(m);
    if (detach.empty()) {
      return Status::NotFound("mention " + std::to_string(*mention_id) + " is not part of event " +
                              std::to_string(event_id));
    }
    if (mentions->size() == 1) return std::vector<int64_t>{};
  } else {
    detach.assign(mentions->begin() + 1, mentions->end());
  }
  std::vector<int64_t> created;
  RETURN_IF_ERROR(BeginBatch());
  auto fail = [&](Status s) { RollbackBatch(); return s; };
  for (const auto& m : detach) {
    auto id = NewEvent(m);  // relinks the mention (INSERT OR REPLACE on its link)
    if (!id.ok()) return fail(id.status());
    Status s = Log("split", m.id, *id, event_id, std::nullopt);
    if (!s.ok()) return fail(s);
    created.push_back(*id);
  }
  if (detach.size() == mentions->size()) {  // the founder was detached: the old event is empty
    Status s = db_.Exec("DELETE FROM events WHERE id = " + std::to_string(event_id));
    if (!s.ok()) return fail(s);
  } else {
    Status s = Recompute(event_id);
    if (!s.ok()) return fail(s);
  }
  RETURN_IF_ERROR(CommitBatch());
  return created;
}

StatusOr<ArticleRow> SqliteStore::GetArticle(std::string_view key) {
  Stmt q;
  RETURN_IF_ERROR(q.Prepare(db_,
      "SELECT id, key, hash, url, source, title, published, origin, metadata, ingested_at, text,"
      " annotation FROM articles WHERE hash = ?1 OR key = ?1 OR CAST(id AS TEXT) = ?1"
      " ORDER BY (CAST(id AS TEXT) = ?1) DESC, (key = ?1) DESC LIMIT 1"));
  q.Bind(1, key);
  Status st;
  if (!q.Step(&st)) {
    RETURN_IF_ERROR(st);
    return Status::NotFound("no article " + std::string(key));
  }
  ArticleRow r;
  r.id = q.Int(0);
  r.key = q.Text(1);
  r.hash = q.Text(2);
  r.url = q.Text(3);
  r.source = q.Text(4);
  r.title = q.Text(5);
  r.published = q.Text(6);
  r.origin = q.Text(7);
  r.metadata_json = q.Text(8);
  r.ingested_at = q.Text(9);
  r.text = q.Text(10);
  r.annotation_json = q.Text(11);
  Stmt s;
  RETURN_IF_ERROR(s.Prepare(db_, "SELECT idx, start_byte, end_byte, text FROM sentences"
                                 " WHERE article_id = ? ORDER BY idx"));
  s.Bind(1, r.id);
  while (s.Step(&st)) {
    r.sentences.push_back({static_cast<int>(s.Int(0)), static_cast<uint32_t>(s.Int(1)),
                           static_cast<uint32_t>(s.Int(2)), s.Text(3)});
  }
  RETURN_IF_ERROR(st);
  r.sentence_count = static_cast<int>(r.sentences.size());
  return r;
}

StatusOr<std::vector<ArticleRow>> SqliteStore::ListArticles(int limit) {
  Stmt q;
  RETURN_IF_ERROR(q.Prepare(db_,
      "SELECT a.id, a.key, a.hash, a.source, a.title, a.published, a.origin,"
      " (SELECT count(*) FROM sentences s WHERE s.article_id = a.id)"
      " FROM articles a ORDER BY a.id LIMIT ?"));
  q.Bind(1, int64_t{limit > 0 ? limit : -1});
  std::vector<ArticleRow> out;
  Status st;
  while (q.Step(&st)) {
    ArticleRow r;
    r.id = q.Int(0);
    r.key = q.Text(1);
    r.hash = q.Text(2);
    r.source = q.Text(3);
    r.title = q.Text(4);
    r.published = q.Text(5);
    r.origin = q.Text(6);
    r.sentence_count = static_cast<int>(q.Int(7));
    out.push_back(std::move(r));
  }
  RETURN_IF_ERROR(st);
  return out;
}

Status SqliteStore::Reports(EventRow* row) {
  reports_.Bind(1, row->event.id);
  Status st;
  while (reports_.Step(&st)) {
    ReportRow r;
    r.mention_id = reports_.Int(0);
    r.article_id = reports_.Int(1);
    r.article_key = reports_.Text(2);
    r.outlet = reports_.Text(3);
    r.url = reports_.Text(4);
    r.published = reports_.Text(5);
    r.sentence = static_cast<int>(reports_.IntOr(6, -1));
    r.sentence_text = reports_.Text(7);
    row->reports.push_back(std::move(r));
  }
  reports_.Reset();
  return st;
}

StatusOr<std::vector<EventRow>> SqliteStore::QueryEvents(const EventQuery& q) {
  using Value = std::variant<int64_t, double, std::string>;
  std::vector<Value> binds;
  std::string where;
  auto add = [&](const std::string& clause) { where += where.empty() ? " WHERE " : " AND "; where += clause; };
  if (q.since) {
    auto r = ParseDayRange(*q.since);
    if (!r) return Status::InvalidArgument("--since: not a date: " + *q.since);
    add("e.day_hi >= ?");
    binds.emplace_back(int64_t{r->lo});
  }
  if (q.until) {
    auto r = ParseDayRange(*q.until);
    if (!r) return Status::InvalidArgument("--until: not a date: " + *q.until);
    add("e.day_lo <= ?");
    binds.emplace_back(int64_t{r->hi});
  }
  if (q.country) { add("e.country = ?"); binds.emplace_back(*q.country); }
  if (q.admin1) { add("e.admin1 = ? COLLATE NOCASE"); binds.emplace_back(*q.admin1); }
  if (q.near) {
    // A bounding box the indexes and the planner can use first, then the exact distance.
    double dlat = q.near->km / 111.0;
    double dlon = q.near->km / (111.0 * std::max(0.01, std::cos(q.near->lat * M_PI / 180)));
    add("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ? AND dl_km(e.lat, e.lon, ?, ?) <= ?");
    for (double v : {q.near->lat - dlat, q.near->lat + dlat, q.near->lon - dlon, q.near->lon + dlon,
                     q.near->lat, q.near->lon, q.near->km}) binds.emplace_back(v);
  }
  if (q.type) {
    const std::string& t = *q.type;
    bool digits = !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) {
      add("e.cameo LIKE ?");
      binds.emplace_back(t + "%");
    } else {
      add("(e.plover_type = ? COLLATE NOCASE OR e.acled_event = ? COLLATE NOCASE OR"
          " e.acled_sub_event = ? COLLATE NOCASE OR e.acled_disorder = ? COLLATE NOCASE)");
      for (int i = 0; i < 4; ++i) binds.emplace_back(t);
    }
  }
  if (q.actor) {
    const std::string& t = *q.actor;
    bool code = !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
    if (code) {
      add("(e.source_code LIKE ? OR e.target_code LIKE ?)");
      binds.emplace_back(t + "%");
      binds.emplace_back(t + "%");
    } else {
      add("(e.source_name LIKE ? OR e.target_name LIKE ? OR e.source_acled LIKE ? OR e.target_acled LIKE ?"
          " OR e.source_assoc LIKE ? OR e.target_assoc LIKE ?)");
      for (int i = 0; i < 6; ++i) binds.emplace_back("%" + t + "%");
    }
  }
  if (q.min_fatalities) { add("e.fatalities_best >= ?"); binds.emplace_back(*q.min_fatalities); }
  if (q.text) {
    // Each word becomes a quoted FTS5 phrase, so user text is never FTS syntax.
    std::string match;
    std::string word;
    auto flush = [&] {
      if (word.empty()) return;
      std::string quoted = "\"";
      for (char c : word) { if (c == '"') quoted += '"'; quoted += c; }
      match += (match.empty() ? "" : " ") + quoted + "\"";
      word.clear();
    };
    for (char c : *q.text) { if (c == ' ' || c == '\t') flush(); else word += c; }
    flush();
    if (!match.empty()) {
      add("e.id IN (SELECT em.event_id FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
          " JOIN mentions m ON m.article_id = s.article_id AND m.sentence = s.idx"
          " JOIN event_mentions em ON em.mention_id = m.id WHERE sentences_fts MATCH ?)");
      binds.emplace_back(match);
    }
  }
  std::string sql = "SELECT " + kEventCols + " FROM events e" + where +
                    " ORDER BY e.day_lo DESC, e.id DESC LIMIT ?";
  binds.emplace_back(int64_t{q.limit > 0 ? q.limit : -1});
  Stmt st;
  RETURN_IF_ERROR(st.Prepare(db_, sql));
  for (size_t i = 0; i < binds.size(); ++i) {
    int idx = static_cast<int>(i + 1);
    std::visit([&](const auto& v) { st.Bind(idx, v); }, binds[i]);
  }
  std::vector<EventRow> out;
  Status s;
  while (st.Step(&s)) out.push_back({ReadEvent(st), {}});
  RETURN_IF_ERROR(s);
  if (q.with_reports) for (auto& row : out) RETURN_IF_ERROR(Reports(&row));
  return out;
}

StatusOr<std::vector<EventRow>> SqliteStore::EventsOfArticle(int64_t article_id) {
  Stmt st;
  RETURN_IF_ERROR(st.Prepare(db_,
      "SELECT " + kEventCols + " FROM events e WHERE e.id IN (SELECT em.event_id FROM event_mentions em"
      " JOIN mentions m ON m.id = em.mention_id WHERE m.article_id = ?) ORDER BY e.id"));
  st.Bind(1, article_id);
  std::vector<EventRow> out;
  Status s;
  while (st.Step(&s)) out.push_back({ReadEvent(st), {}});
  RETURN_IF_ERROR(s);
  for (auto& row : out) RETURN_IF_ERROR(Reports(&row));
  return out;
}

StatusOr<StoreCounts> SqliteStore::Counts() {
  Stmt q;
  RETURN_IF_ERROR(q.Prepare(db_,
      "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences),"
      " (SELECT count(*) FROM mentions), (SELECT count(*) FROM events),"
      " (SELECT count(*) FROM event_mentions)"));
  Status st;
  StoreCounts c;
  if (q.Step(&st)) c = {q.Int(0), q.Int(1), q.Int(2), q.Int(3), q.Int(4)};
  RETURN_IF_ERROR(st);
  return c;
}

StatusOr<std::string> SqliteStore::Dump() {
  std::string out;
  Stmt q;
  RETURN_IF_ERROR(q.Prepare(db_,
      "SELECT a.hash, (SELECT count(*) FROM sentences s WHERE s.article_id = a.id),"
      " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a ORDER BY a.hash"));
  Status st;
  while (q.Step(&st)) {
    out += "article " + q.Text(0) + " " + std::to_string(q.Int(1)) + " " + std::to_string(q.Int(2)) + "\n";
  }
  RETURN_IF_ERROR(st);
  RETURN_IF_ERROR(q.Prepare(db_,
      "SELECT group_concat(k, ' ') FROM (SELECT em.event_id AS e, a.hash || ':' || m.key AS k"
      " FROM event_mentions em JOIN mentions m ON m.id = em.mention_id"
      " JOIN articles a ON a.id = m.article_id ORDER BY e, k) GROUP BY e"));
  std::vector<std::string> events;
  while (q.Step(&st)) events.push_back("event " + q.Text(0) + "\n");
  RETURN_IF_ERROR(st);
  std::sort(events.begin(), events.end());
  for (const auto& e : events) out += e;
  return out;
}

}  // namespace

StatusOr<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path, const StoreOptions& options) {
  auto store = std::make_unique<SqliteStore>(options);
  RETURN_IF_ERROR(store->Init(path));
  return std::unique_ptr<EventStore>(std::move(store));
}

}  // namespace dateline::store
