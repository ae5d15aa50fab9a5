#include "store/pg_store.h"

#ifdef DATELINE_HAVE_POSTGRES

#include <libpq-fe.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "base/hash.h"
#include "pipeline/json_output.h"
#include "store/schema.h"

namespace dateline::store {
namespace {

#define RETURN_IF_ERROR DATELINE_RETURN_IF_ERROR

// Text parameters for PQexecParams; nullopt is SQL NULL.
class Params {
 public:
  // PostgreSQL text cannot hold NUL bytes; a space keeps every offset valid.
  Params& Str(std::string_view s) {
    std::string v(s);
    std::replace(v.begin(), v.end(), '\0', ' ');
    v_.push_back(std::move(v));
    return *this;
  }
  Params& Text(std::string_view s) { return s.empty() ? Null() : Str(s); }  // empty is NULL
  Params& Opt(const std::optional<std::string>& s) { return s ? Str(*s) : Null(); }
  Params& Int(int64_t i) { v_.push_back(std::to_string(i)); return *this; }
  Params& IntOrNull(int64_t i) { return i ? Int(i) : Null(); }
  Params& Real(double d) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    v_.push_back(std::string(buf));
    return *this;
  }
  Params& Null() { v_.push_back(std::nullopt); return *this; }
  int size() const { return static_cast<int>(v_.size()); }
  std::vector<const char*> Pointers() const {
    std::vector<const char*> p;
    for (const auto& v : v_) p.push_back(v ? v->c_str() : nullptr);
    return p;
  }

 private:
  std::vector<std::optional<std::string>> v_;
};

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};

class Result {
 public:
  explicit Result(PGresult* r) : r_(r) {}
  int rows() const { return PQntuples(r_.get()); }
  bool null(int row, int col) const { return PQgetisnull(r_.get(), row, col); }
  std::string str(int row, int col) const { return PQgetvalue(r_.get(), row, col); }
  int64_t i64(int row, int col, int64_t fallback = 0) const {
    return null(row, col) ? fallback : std::strtoll(PQgetvalue(r_.get(), row, col), nullptr, 10);
  }
  double f64(int row, int col) const { return null(row, col) ? 0 : std::strtod(PQgetvalue(r_.get(), row, col), nullptr); }

 private:
  std::unique_ptr<PGresult, ResultDeleter> r_;
};

void AddFacts(Params& p, const EventFacts& f) {
  p.Text(f.date).Text(f.date_end);
  if (f.days) p.Int(f.days->lo).Int(f.days->hi);
  else p.Null().Null();
  p.IntOrNull(f.date_precision).Text(f.place_name).IntOrNull(f.geonameid);
  p.Text(f.country).Text(f.admin1).Text(f.admin2);
  if (f.has_place) p.Real(f.lat).Real(f.lon);
  else p.Null().Null();
  p.IntOrNull(f.geo_precision).Text(f.cameo).Text(f.cameo_root).IntOrNull(f.quad_class).Real(f.goldstein);
  p.Text(f.plover_type).Text(f.plover_mode);
  if (f.plover_context.empty()) p.Null();
  else p.Str(JsonStringArray(f.plover_context));
  p.Text(f.acled_disorder).Text(f.acled_event).Text(f.acled_sub_event);
  p.IntOrNull(f.inter1).IntOrNull(f.inter2).IntOrNull(f.interaction);
  for (const ActorFacts* a : {&f.source, &f.target}) {
    p.Text(a->code).Text(a->name).Text(a->acled).Text(a->assoc).IntOrNull(a->inter);
  }
  if (f.fatalities) p.Int(f.fatalities->low).Int(f.fatalities->best).Int(f.fatalities->high);
  else p.Null().Null().Null();
}

EventFacts ReadFacts(const Result& r, int row, int c) {
  EventFacts f;
  f.date = r.str(row, c++);
  f.date_end = r.str(row, c++);
  if (!r.null(row, c)) f.days = DayRange{static_cast<int32_t>(r.i64(row, c)), static_cast<int32_t>(r.i64(row, c + 1))};
  c += 2;
  f.date_precision = static_cast<int>(r.i64(row, c++));
  f.place_name = r.str(row, c++);
  f.geonameid = r.i64(row, c++);
  f.country = r.str(row, c++);
  f.admin1 = r.str(row, c++);
  f.admin2 = r.str(row, c++);
  f.has_place = !r.null(row, c);
  f.lat = r.f64(row, c++);
  f.lon = r.f64(row, c++);
  f.geo_precision = static_cast<int>(r.i64(row, c++));
  f.cameo = r.str(row, c++);
  f.cameo_root = r.str(row, c++);
  f.quad_class = static_cast<int>(r.i64(row, c++));
  f.goldstein = r.f64(row, c++);
  f.plover_type = r.str(row, c++);
  f.plover_mode = r.str(row, c++);
  f.plover_context = ParseJsonStringArray(r.str(row, c++));
  f.acled_disorder = r.str(row, c++);
  f.acled_event = r.str(row, c++);
  f.acled_sub_event = r.str(row, c++);
  f.inter1 = static_cast<int>(r.i64(row, c++));
  f.inter2 = static_cast<int>(r.i64(row, c++));
  f.interaction = static_cast<int>(r.i64(row, c++));
  for (ActorFacts* a : {&f.source, &f.target}) {
    a->code = r.str(row, c++);
    a->name = r.str(row, c++);
    a->acled = r.str(row, c++);
    a->assoc = r.str(row, c++);
    a->inter = static_cast<int>(r.i64(row, c++));
  }
  if (!r.null(row, c + 1)) f.fatalities = Fatalities{r.i64(row, c), r.i64(row, c + 1), r.i64(row, c + 2)};
  return f;
}

std::string Dollars(int first, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += (i ? ", $" : "$") + std::to_string(first + i);
  return s;
}

const std::string kEventCols =
    "e.id, e.num_reports, e.num_sources, e.first_reported, e.last_reported, " + FactsColumnList("e.");

EventRecord ReadEvent(const Result& r, int row) {
  EventRecord ev;
  ev.id = r.i64(row, 0);
  ev.num_reports = static_cast<int>(r.i64(row, 1));
  ev.num_sources = static_cast<int>(r.i64(row, 2));
  ev.first_reported = r.str(row, 3);
  ev.last_reported = r.str(row, 4);
  ev.facts = ReadFacts(r, row, 5);
  return ev;
}

constexpr int64_t kDedupLock = 0x44617465;  // advisory lock key serialising dedup ("Date")

class PgStore final : public EventStore {
 public:
  explicit PgStore(StoreOptions options) : options_(std::move(options)) {}
  ~PgStore() override {
    if (conn_) PQfinish(conn_);
  }

  Status Init(const std::string& url) {
    conn_ = PQconnectdb(url.c_str());
    if (PQstatus(conn_) != CONNECTION_OK) {
      return Status::IoError("cannot connect to PostgreSQL: " + std::string(PQerrorMessage(conn_)));
    }
    RETURN_IF_ERROR(Run("SET client_min_messages = warning"));
    return Migrate();
  }

  Status BeginBatch() override {
    locked_ = false;
    return Run("BEGIN");
  }
  Status CommitBatch() override { return Run("COMMIT"); }
  Status RollbackBatch() override { return Run("ROLLBACK"); }
  StatusOr<StoreOutcome> StoreDocument(const Document& doc) override;
  StatusOr<ArticleRow> GetArticle(std::string_view key) override;
  StatusOr<std::vector<ArticleRow>> ListArticles(int limit) override;
  StatusOr<std::vector<EventRow>> QueryEvents(const EventQuery& query) override;
  StatusOr<std::vector<EventRow>> EventsOfArticle(int64_t article_id) override;
  StatusOr<std::vector<int64_t>> SplitEvent(int64_t event_id, std::optional<int64_t> mention_id) override;
  StatusOr<StoreCounts> Counts() override;
  StatusOr<std::string> Dump() override;
  StatusOr<int> Enqueue(const std::vector<std::string>& inputs) override;
  StatusOr<std::optional<WorkItem>> ClaimWork() override;
  Status FinishWork(const WorkItem& item, const std::string& worker) override;
  StatusOr<std::pair<int64_t, int64_t>> QueueCounts() override;

 private:
  StatusOr<Result> Exec(const std::string& sql, const Params& p = Params()) {
    auto ptrs = p.Pointers();
    // Without parameters the simple protocol runs several statements at once (migrations).
    PGresult* r = p.size() == 0 ? PQexec(conn_, sql.c_str())
                                : PQexecParams(conn_, sql.c_str(), p.size(), nullptr, ptrs.data(), nullptr, nullptr, 0);
    ExecStatusType st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      std::string msg = PQresultErrorMessage(r);
      PQclear(r);
      while (!msg.empty() && msg.back() == '\n') msg.pop_back();
      return Status::IoError("postgresql: " + msg);
    }
    return Result(r);
  }
  Status Run(const std::string& sql, const Params& p = Params()) {
    auto r = Exec(sql, p);
    return r.ok() ? Status::Ok() : r.status();
  }
  Status Migrate();
  StatusOr<bool> Cluster(const MentionRecord& m);
  StatusOr<int64_t> NewEvent(const MentionRecord& m);
  StatusOr<std::vector<MentionRecord>> MentionsOf(int64_t event_id);
  Status Recompute(int64_t event_id);
  Status Log(const char* action, int64_t mention, int64_t event, std::optional<int64_t> from,
             std::optional<double> score);
  Status Reports(EventRow* row);
  StatusOr<std::vector<EventRow>> Events(const std::string& sql, const Params& p, bool reports);

  StoreOptions options_;
  PGconn* conn_ = nullptr;
  bool locked_ = false;  // the writers' advisory lock is held by the open transaction
};

Status PgStore::Migrate() {
  // One migrator at a time across processes.
  RETURN_IF_ERROR(Run("SELECT pg_advisory_lock(" + std::to_string(kDedupLock + 1) + ")"));
  auto unlock = [&](Status s) {
    Run("SELECT pg_advisory_unlock(" + std::to_string(kDedupLock + 1) + ")");
    return s;
  };
  Status s = Run("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
  if (!s.ok()) return unlock(s);
  auto v = Exec("SELECT coalesce(max(version), 0) FROM schema_version");
  if (!v.ok()) return unlock(v.status());
  int64_t version = v->i64(0, 0);
  const auto& migrations = PostgresMigrations();
  if (version > static_cast<int64_t>(migrations.size())) {
    return unlock(Status::Unsupported("database schema version " + std::to_string(version) + " is newer than this dateline"));
  }
  for (size_t i = static_cast<size_t>(version); i < migrations.size(); ++i) {
    s = Run("BEGIN");
    if (s.ok()) s = Run(migrations[i]);
    if (s.ok()) s = Run("INSERT INTO schema_version(version) VALUES (" + std::to_string(i + 1) + ")");
    if (s.ok()) s = Run("COMMIT");
    if (!s.ok()) {
      Run("ROLLBACK");
      return unlock(Status::Corruption("migration " + std::to_string(i + 1) + " failed: " + s.message()));
    }
  }
  return unlock(Status::Ok());
}

StatusOr<StoreOutcome> PgStore::StoreDocument(const Document& doc) {
  // Writers take turns per transaction, and take their turn before their first insert: waiting
  // for the lock after inserting an article another writer also inserts would deadlock (each
  // waiting for the other's transaction).
  if (!locked_) {
    RETURN_IF_ERROR(Run("SELECT pg_advisory_xact_lock(" + std::to_string(kDedupLock) + ")"));
    locked_ = true;
  }
  StoreOutcome out;
  const Article& a = doc.article;
  std::string hash = HashHex(a.text);
  std::string annotation;
  AppendDocumentJson(doc, JsonOutputOptions{}, &annotation);
  if (!annotation.empty() && annotation.back() == '\n') annotation.pop_back();
  Params p;
  p.Str(a.id.empty() ? hash : a.id).Str(hash).Opt(a.url).Opt(a.source).Opt(doc.title).Opt(doc.published)
      .Opt(a.country).Str(a.origin);
  a.line ? p.Int(static_cast<int64_t>(a.line)) : p.Null();
  p.Str(ArticleMetadataJson(doc)).Str(a.text).Str(annotation);
  auto ins = Exec("INSERT INTO articles (key, hash, url, source, title, published, country, origin, line,"
                  " metadata, text, annotation) VALUES (" + Dollars(1, 12) + ")"
                  " ON CONFLICT (hash) DO NOTHING RETURNING id", p);
  if (!ins.ok()) return ins.status();
  if (ins->rows() == 0) {
    auto f = Exec("SELECT id FROM articles WHERE hash = $1", Params().Str(hash));
    if (!f.ok()) return f.status();
    if (f->rows()) out.article_id = f->i64(0, 0);
    return out;
  }
  out.inserted = true;
  out.article_id = ins->i64(0, 0);
  if (!doc.sentences.empty()) {  // one statement for all sentences
    Params sp;
    std::string sql = "INSERT INTO sentences (article_id, idx, start_byte, end_byte, text) VALUES ";
    int n = 1;
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const Span& s = doc.sentences[i].span;
      std::string_view text = s.end <= a.text.size() && s.start <= s.end ? doc.raw(s) : std::string_view();
      sp.Int(out.article_id).Int(static_cast<int64_t>(i)).Int(s.start).Int(s.end).Str(text);
      sql += (i ? ", (" : "(") + Dollars(n, 5) + ")";
      n += 5;
    }
    RETURN_IF_ERROR(Run(sql, sp));
  }
  for (const Event& e : doc.events) {
    MentionRecord m = MentionFromEvent(doc, e, out.article_id, options_.dedup);
    std::optional<int64_t> place, ids[2];
    if (e.location < doc.places.size()) {
      const PlaceMention& pl = doc.places[e.location];
      auto r = Exec("INSERT INTO places (name, geonameid, country, admin1, admin2, feature_code, lat, lon, precision)"
                    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (name, geonameid, country)"
                    " DO UPDATE SET name = EXCLUDED.name RETURNING id",
                    Params().Str(pl.name).Int(pl.geonameid).Str(pl.country).Text(pl.admin1).Text(pl.admin2)
                        .Text(pl.feature_code).Real(pl.lat).Real(pl.lon).Int(pl.precision));
      if (!r.ok()) return r.status();
      place = r->i64(0, 0);
    }
    const std::vector<uint32_t>* sides[2] = {&e.sources, &e.targets};
    for (int k = 0; k < 2; ++k) {
      if (sides[k]->empty() || (*sides[k])[0] >= doc.actors.size()) continue;
      const ActorMention& am = doc.actors[(*sides[k])[0]];
      auto r = Exec("INSERT INTO actors (code, name, acled_name, country, kind, entity_id, inter)"
                    " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code, name)"
                    " DO UPDATE SET code = EXCLUDED.code RETURNING id",
                    Params().Str(am.code).Str(am.name).Text(am.acled_name).Text(am.country).Text(am.kind)
                        .Text(am.entity_id).Int(am.inter));
      if (!r.ok()) return r.status();
      ids[k] = r->i64(0, 0);
    }
    Params mp;
    mp.Int(out.article_id).Str(e.id);
    e.sentence == kNone ? mp.Null() : mp.Int(e.sentence);
    mp.Int(e.negated ? 1 : 0).Str(e.mood).Int(e.attributed ? 1 : 0).Real(e.confidence);
    place ? mp.Int(*place) : mp.Null();
    ids[0] ? mp.Int(*ids[0]) : mp.Null();
    ids[1] ? mp.Int(*ids[1]) : mp.Null();
    mp.Str(EvidenceJson(e));
    AddFacts(mp, m.facts);
    auto r = Exec("INSERT INTO mentions (article_id, key, sentence, negated, mood, attributed, confidence,"
                  " place_id, source_actor_id, target_actor_id, evidence, " + FactsColumnList() + ") VALUES (" +
                  Dollars(1, 11 + kFactsColumnCount) + ") RETURNING id", mp);
    if (!r.ok()) return r.status();
    m.id = r->i64(0, 0);
    ++out.mentions;
    if (!CountsAsEvent(m, options_.dedup)) continue;
    auto merged = Cluster(m);
    if (!merged.ok()) return merged.status();
    ++(*merged ? out.merged : out.new_events);
  }
  return out;
}

StatusOr<bool> PgStore::Cluster(const MentionRecord& m) {
  const DedupOptions& o = options_.dedup;  // the writers' lock is held (StoreDocument)
  int64_t best_id = 0;
  double best_score = 0;
  if (Clusterable(m.facts, o)) {
    const EventFacts& f = m.facts;
    int64_t lo = f.days->lo - o.date_slack_days, hi = f.days->hi + o.date_slack_days;
    Params p;
    p.Int(lo - o.max_span_days).Int(hi).Int(lo);
    std::string sql = "SELECT " + kEventCols + " FROM events e WHERE e.day_lo BETWEEN $1 AND $2 AND e.day_hi >= $3";
    int n = 4;
    if (!f.cameo_root.empty() || !f.acled_event.empty()) {
      std::string partner = !o.force_family ? "" : f.cameo_root == "18" ? "19" : f.cameo_root == "19" ? "18" : "";
      sql += " AND (e.cameo_root IN ($4, $5) OR e.acled_event = $6 OR (e.cameo_root IS NULL AND e.acled_event IS NULL))";
      p.Text(f.cameo_root).Text(partner).Text(f.acled_event);
      n = 7;
    }
    if (!f.country.empty()) {
      sql += " AND e.country = $" + std::to_string(n++);
      p.Str(f.country);
    }
    if (f.has_place && f.geo_precision > 0 && f.geo_precision < 4) {
      double km = std::max({o.km_town, o.km_near, o.km_region});
      double dlat = km / 110.0, dlon = km / (110.0 * std::max(0.05, std::cos(f.lat * M_PI / 180)));
      sql += " AND (e.lat IS NULL OR e.geo_precision >= 4 OR (e.lat BETWEEN $" + std::to_string(n) + " AND $" +
             std::to_string(n + 1) + " AND e.lon BETWEEN $" + std::to_string(n + 2) + " AND $" + std::to_string(n + 3) + "))";
      p.Real(f.lat - dlat).Real(f.lat + dlat).Real(f.lon - dlon).Real(f.lon + dlon);
    }
    auto r = Exec(sql + " ORDER BY e.id", p);
    if (!r.ok()) return r.status();
    for (int i = 0; i < r->rows(); ++i) {
      EventRecord ev = ReadEvent(*r, i);
      auto score = MatchScore(f, ev.facts, o);
      if (score && *score > best_score) { best_score = *score; best_id = ev.id; }
    }
  }
  if (best_id == 0) {
    auto id = NewEvent(m);
    if (!id.ok()) return id.status();
    return false;
  }
  RETURN_IF_ERROR(Run("INSERT INTO event_mentions (mention_id, event_id, score) VALUES ($1, $2, $3)"
                      " ON CONFLICT (mention_id) DO UPDATE SET event_id = EXCLUDED.event_id, score = EXCLUDED.score",
                      Params().Int(m.id).Int(best_id).Real(best_score)));
  RETURN_IF_ERROR(Log("merge", m.id, best_id, std::nullopt, best_score));
  RETURN_IF_ERROR(Recompute(best_id));
  return true;
}

StatusOr<int64_t> PgStore::NewEvent(const MentionRecord& m) {
  EventRecord ev = Aggregate({m});
  Params p;
  p.Int(ev.num_reports).Int(ev.num_sources).Text(ev.first_reported).Text(ev.last_reported);
  AddFacts(p, ev.facts);
  auto r = Exec("INSERT INTO events (num_reports, num_sources, first_reported, last_reported, " + FactsColumnList() +
                ") VALUES (" + Dollars(1, 4 + kFactsColumnCount) + ") RETURNING id", p);
  if (!r.ok()) return r.status();
  int64_t id = r->i64(0, 0);
  RETURN_IF_ERROR(Run("INSERT INTO event_mentions (mention_id, event_id, score) VALUES ($1, $2, NULL)"
                      " ON CONFLICT (mention_id) DO UPDATE SET event_id = EXCLUDED.event_id, score = NULL",
                      Params().Int(m.id).Int(id)));
  RETURN_IF_ERROR(Log("new", m.id, id, std::nullopt, std::nullopt));
  return id;
}

StatusOr<std::vector<MentionRecord>> PgStore::MentionsOf(int64_t event_id) {
  auto r = Exec("SELECT m.id, m.article_id, m.sentence, m.negated, m.mood, a.source, substr(a.published, 1, 10), " +
                FactsColumnList("m.") + " FROM event_mentions em JOIN mentions m ON m.id = em.mention_id"
                " JOIN articles a ON a.id = m.article_id WHERE em.event_id = $1 ORDER BY m.id",
                Params().Int(event_id));
  if (!r.ok()) return r.status();
  std::vector<MentionRecord> out;
  for (int i = 0; i < r->rows(); ++i) {
    MentionRecord m;
    m.id = r->i64(i, 0);
    m.article_id = r->i64(i, 1);
    m.sentence = r->null(i, 2) ? kNone : static_cast<uint32_t>(r->i64(i, 2));
    m.negated = r->i64(i, 3) != 0;
    m.mood = r->str(i, 4);
    m.outlet = r->str(i, 5);
    if (m.outlet.empty()) m.outlet = "article:" + std::to_string(m.article_id);
    m.reported = r->str(i, 6);
    m.facts = ReadFacts(*r, i, 7);
    out.push_back(std::move(m));
  }
  return out;
}

Status PgStore::Recompute(int64_t event_id) {
  auto mentions = MentionsOf(event_id);
  if (!mentions.ok()) return mentions.status();
  EventRecord ev = Aggregate(*mentions);
  Params p;
  p.Int(ev.num_reports).Int(ev.num_sources).Text(ev.first_reported).Text(ev.last_reported);
  AddFacts(p, ev.facts);
  std::string set;
  for (int i = 0; i < kFactsColumnCount; ++i) set += std::string(", ") + kFactsColumns[i] + " = $" + std::to_string(5 + i);
  p.Int(event_id);
  return Run("UPDATE events SET num_reports = $1, num_sources = $2, first_reported = $3, last_reported = $4,"
             " updated_at = now()" + set + " WHERE id = $" + std::to_string(5 + kFactsColumnCount), p);
}

Status PgStore::Log(const char* action, int64_t mention, int64_t event, std::optional<int64_t> from,
                    std::optional<double> score) {
  Params p;
  p.Str(action).Int(mention).Int(event);
  from ? p.Int(*from) : p.Null();
  score ? p.Real(*score) : p.Null();
  return Run("INSERT INTO merge_log (action, mention_id, event_id, from_event_id, score) VALUES ($1, $2, $3, $4, $5)", p);
}

StatusOr<std::vector<int64_t>> PgStore::SplitEvent(int64_t event_id, std::optional<int64_t> mention_id) {
  RETURN_IF_ERROR(BeginBatch());
  auto fail = [&](Status s) { RollbackBatch(); return s; };
  auto mentions = MentionsOf(event_id);
  if (!mentions.ok()) return fail(mentions.status());
  if (mentions->empty()) return fail(Status::NotFound("no event " + std::to_string(event_id)));
  std::vector<MentionRecord> detach;
  if (mention_id) {
    for (const auto& m : *mentions) if (m.id == *mention_id) detach.push_back(m);
    if (detach.empty()) {
      return fail(Status::NotFound("mention " + std::to_string(*mention_id) + " is not part of event " + std::to_string(event_id)));
    }
    if (mentions->size() == 1) {
      RETURN_IF_ERROR(RollbackBatch());
      return std::vector<int64_t>{};
    }
  } else {
    detach.assign(mentions->begin() + 1, mentions->end());
  }
  std::vector<int64_t> created;
  for (const auto& m : detach) {
    auto id = NewEvent(m);
    if (!id.ok()) return fail(id.status());
    Status s = Log("split", m.id, *id, event_id, std::nullopt);
    if (!s.ok()) return fail(s);
    created.push_back(*id);
  }
  Status s = detach.size() == mentions->size() ? Run("DELETE FROM events WHERE id = $1", Params().Int(event_id))
                                               : Recompute(event_id);
  if (!s.ok()) return fail(s);
  RETURN_IF_ERROR(CommitBatch());
  return created;
}

StatusOr<ArticleRow> PgStore::GetArticle(std::string_view key) {
  auto r = Exec("SELECT id, key, hash, url, source, title, published, origin, metadata, ingested_at, text, annotation"
                " FROM articles WHERE hash = $1 OR key = $1 OR id::text = $1"
                " ORDER BY (id::text = $1) DESC, (key = $1) DESC LIMIT 1",
                Params().Str(key));
  if (!r.ok()) return r.status();
  if (r->rows() == 0) return Status::NotFound("no article " + std::string(key));
  ArticleRow a;
  a.id = r->i64(0, 0);
  a.key = r->str(0, 1);
  a.hash = r->str(0, 2);
  a.url = r->str(0, 3);
  a.source = r->str(0, 4);
  a.title = r->str(0, 5);
  a.published = r->str(0, 6);
  a.origin = r->str(0, 7);
  a.metadata_json = r->str(0, 8);
  a.ingested_at = r->str(0, 9);
  a.text = r->str(0, 10);
  a.annotation_json = r->str(0, 11);
  auto s = Exec("SELECT idx, start_byte, end_byte, text FROM sentences WHERE article_id = $1 ORDER BY idx",
                Params().Int(a.id));
  if (!s.ok()) return s.status();
  for (int i = 0; i < s->rows(); ++i) {
    a.sentences.push_back({static_cast<int>(s->i64(i, 0)), static_cast<uint32_t>(s->i64(i, 1)),
                           static_cast<uint32_t>(s->i64(i, 2)), s->str(i, 3)});
  }
  a.sentence_count = static_cast<int>(a.sentences.size());
  return a;
}

StatusOr<std::vector<ArticleRow>> PgStore::ListArticles(int limit) {
  Params p;
  limit > 0 ? p.Int(limit) : p.Null();
  auto r = Exec("SELECT a.id, a.key, a.hash, a.source, a.title, a.published, a.origin,"
                " (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) FROM articles a ORDER BY a.id LIMIT $1", p);
  if (!r.ok()) return r.status();
  std::vector<ArticleRow> out;
  for (int i = 0; i < r->rows(); ++i) {
    ArticleRow a;
    a.id = r->i64(i, 0);
    a.key = r->str(i, 1);
    a.hash = r->str(i, 2);
    a.source = r->str(i, 3);
    a.title = r->str(i, 4);
    a.published = r->str(i, 5);
    a.origin = r->str(i, 6);
    a.sentence_count = static_cast<int>(r->i64(i, 7));
    out.push_back(std::move(a));
  }
  return out;
}

Status PgStore::Reports(EventRow* row) {
  auto r = Exec("SELECT m.id, m.article_id, a.key, a.source, a.url, a.published, m.sentence, s.text"
                " FROM event_mentions em JOIN mentions m ON m.id = em.mention_id JOIN articles a ON a.id = m.article_id"
                " LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
                " WHERE em.event_id = $1 ORDER BY m.id", Params().Int(row->event.id));
  if (!r.ok()) return r.status();
  for (int i = 0; i < r->rows(); ++i) {
    row->reports.push_back({r->i64(i, 0), r->i64(i, 1), r->str(i, 2), r->str(i, 3), r->str(i, 4), r->str(i, 5),
                            static_cast<int>(r->i64(i, 6, -1)), r->str(i, 7)});
  }
  return Status::Ok();
}

StatusOr<std::vector<EventRow>> PgStore::Events(const std::string& sql, const Params& p, bool reports) {
  auto r = Exec(sql, p);
  if (!r.ok()) return r.status();
  std::vector<EventRow> out;
  for (int i = 0; i < r->rows(); ++i) out.push_back({ReadEvent(*r, i), {}});
  if (reports) for (auto& row : out) RETURN_IF_ERROR(Reports(&row));
  return out;
}

StatusOr<std::vector<EventRow>> PgStore::QueryEvents(const EventQuery& q) {
  Params p;
  std::string where;
  auto next = [&] { return "$" + std::to_string(p.size()); };
  auto add = [&](const std::string& clause) { where += (where.empty() ? " WHERE " : " AND ") + clause; };
  if (q.since) {
    auto r = ParseDayRange(*q.since);
    if (!r) return Status::InvalidArgument("--since: not a date: " + *q.since);
    p.Int(r->lo);
    add("e.day_hi >= " + next());
  }
  if (q.until) {
    auto r = ParseDayRange(*q.until);
    if (!r) return Status::InvalidArgument("--until: not a date: " + *q.until);
    p.Int(r->hi);
    add("e.day_lo <= " + next());
  }
  if (q.country) { p.Str(*q.country); add("e.country = " + next()); }
  if (q.admin1) { p.Str(*q.admin1); add("lower(e.admin1) = lower(" + next() + ")"); }
  if (q.near) {
    double dlat = q.near->km / 111.0;
    double dlon = q.near->km / (111.0 * std::max(0.01, std::cos(q.near->lat * M_PI / 180)));
    p.Real(q.near->lat - dlat); std::string a = next();
    p.Real(q.near->lat + dlat); std::string b = next();
    p.Real(q.near->lon - dlon); std::string c = next();
    p.Real(q.near->lon + dlon); std::string d = next();
    p.Real(q.near->lat); std::string lat = next();
    p.Real(q.near->lon); std::string lon = next();
    p.Real(q.near->km); std::string km = next();
    add("e.lat BETWEEN " + a + " AND " + b + " AND e.lon BETWEEN " + c + " AND " + d +
        " AND 12742.0176 * asin(least(1.0, sqrt(power(sin(radians(e.lat - " + lat + ") / 2), 2) + cos(radians(" + lat +
        ")) * cos(radians(e.lat)) * power(sin(radians(e.lon - " + lon + ") / 2), 2)))) <= " + km);
  }
  if (q.type) {
    const std::string& t = *q.type;
    bool digits = !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) {
      p.Str(t + "%");
      add("e.cameo LIKE " + next());
    } else {
      p.Str(t);
      std::string v = "lower(" + next() + ")";
      add("(lower(e.plover_type) = " + v + " OR lower(e.acled_event) = " + v + " OR lower(e.acled_sub_event) = " + v +
          " OR lower(e.acled_disorder) = " + v + ")");
    }
  }
  if (q.actor) {
    const std::string& t = *q.actor;
    bool code = !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
    if (code) {
      p.Str(t + "%");
      add("(e.source_code LIKE " + next() + " OR e.target_code LIKE " + next() + ")");
    } else {
      p.Str("%" + t + "%");
      std::string v = next();
      add("(e.source_name ILIKE " + v + " OR e.target_name ILIKE " + v + " OR e.source_acled ILIKE " + v +
          " OR e.target_acled ILIKE " + v + " OR e.source_assoc ILIKE " + v + " OR e.target_assoc ILIKE " + v + ")");
    }
  }
  if (q.min_fatalities) { p.Int(*q.min_fatalities); add("e.fatalities_best >= " + next()); }
  if (q.text) {
    p.Str(*q.text);
    add("e.id IN (SELECT em.event_id FROM sentences s JOIN mentions m ON m.article_id = s.article_id AND m.sentence = s.idx"
        " JOIN event_mentions em ON em.mention_id = m.id WHERE s.tsv @@ plainto_tsquery('simple', " + next() + "))");
  }
  q.limit > 0 ? p.Int(q.limit) : p.Null();
  return Events("SELECT " + kEventCols + " FROM events e" + where + " ORDER BY e.day_lo DESC, e.id DESC LIMIT " + next(),
                p, q.with_reports);
}

StatusOr<std::vector<EventRow>> PgStore::EventsOfArticle(int64_t article_id) {
  return Events("SELECT " + kEventCols + " FROM events e WHERE e.id IN (SELECT em.event_id FROM event_mentions em"
                " JOIN mentions m ON m.id = em.mention_id WHERE m.article_id = $1) ORDER BY e.id",
                Params().Int(article_id), true);
}

StatusOr<StoreCounts> PgStore::Counts() {
  auto r = Exec("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences), (SELECT count(*) FROM mentions),"
                " (SELECT count(*) FROM events), (SELECT count(*) FROM event_mentions)");
  if (!r.ok()) return r.status();
  return StoreCounts{r->i64(0, 0), r->i64(0, 1), r->i64(0, 2), r->i64(0, 3), r->i64(0, 4)};
}

StatusOr<std::string> PgStore::Dump() {
  std::string out;
  auto r = Exec("SELECT a.hash, (SELECT count(*) FROM sentences s WHERE s.article_id = a.id),"
                " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a ORDER BY a.hash COLLATE \"C\"");
  if (!r.ok()) return r.status();
  for (int i = 0; i < r->rows(); ++i) {
    out += "article " + r->str(i, 0) + " " + r->str(i, 1) + " " + r->str(i, 2) + "\n";
  }
  auto e = Exec("SELECT string_agg(a.hash || ':' || m.key, ' ' ORDER BY a.hash || ':' || m.key COLLATE \"C\")"
                " FROM event_mentions em JOIN mentions m ON m.id = em.mention_id JOIN articles a ON a.id = m.article_id"
                " GROUP BY em.event_id");
  if (!e.ok()) return e.status();
  std::vector<std::string> events;
  for (int i = 0; i < e->rows(); ++i) events.push_back("event " + e->str(i, 0) + "\n");
  std::sort(events.begin(), events.end());
  for (const auto& x : events) out += x;
  return out;
}

StatusOr<int> PgStore::Enqueue(const std::vector<std::string>& inputs) {
  int added = 0;
  for (const auto& in : inputs) {
    auto r = Exec("INSERT INTO work_queue (input) VALUES ($1) ON CONFLICT (input) DO NOTHING RETURNING id",
                  Params().Str(in));
    if (!r.ok()) return r.status();
    added += r->rows();
  }
  return added;
}

StatusOr<std::optional<WorkItem>> PgStore::ClaimWork() {
  RETURN_IF_ERROR(BeginBatch());
  auto r = Exec("SELECT id, input FROM work_queue WHERE state = 'pending' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED");
  if (!r.ok()) {
    RollbackBatch();
    return r.status();
  }
  if (r->rows() == 0) {
    RETURN_IF_ERROR(RollbackBatch());
    return std::optional<WorkItem>();
  }
  return std::optional<WorkItem>(WorkItem{r->i64(0, 0), r->str(0, 1)});
}

Status PgStore::FinishWork(const WorkItem& item, const std::string& worker) {
  Status s = Run("UPDATE work_queue SET state = 'done', attempts = attempts + 1, worker = $2, done_at = now() WHERE id = $1",
                 Params().Int(item.id).Str(worker));
  if (!s.ok()) {
    RollbackBatch();
    return s;
  }
  return CommitBatch();
}

StatusOr<std::pair<int64_t, int64_t>> PgStore::QueueCounts() {
  auto r = Exec("SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'done') FROM work_queue");
  if (!r.ok()) return r.status();
  return std::make_pair(r->i64(0, 0), r->i64(0, 1));
}

}  // namespace

StatusOr<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& url, const StoreOptions& options) {
  auto store = std::make_unique<PgStore>(options);
  RETURN_IF_ERROR(store->Init(url));
  return std::unique_ptr<EventStore>(std::move(store));
}

Status ResetPostgresForTests(const std::string& url) {
  PGconn* c = PQconnectdb(url.c_str());
  Status s;
  if (PQstatus(c) != CONNECTION_OK) {
    s = Status::IoError(PQerrorMessage(c));
  } else {
    PGresult* r = PQexec(c, "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    if (PQresultStatus(r) != PGRES_COMMAND_OK) s = Status::IoError(PQresultErrorMessage(r));
    PQclear(r);
  }
  PQfinish(c);
  return s;
}

}  // namespace dateline::store

#else  // !DATELINE_HAVE_POSTGRES

namespace dateline::store {

StatusOr<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& url, const StoreOptions&) {
  return Status::Unsupported("this dateline was built without PostgreSQL (libpq-dev): " + url);
}

Status ResetPostgresForTests(const std::string&) { return Status::Unsupported("built without PostgreSQL"); }

}  // namespace dateline::store

#endif  // DATELINE_HAVE_POSTGRES
