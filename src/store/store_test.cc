#include "store/pg_store.h"
#include "store/store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace dateline::store {
namespace {

class TempDb {
 public:
  TempDb() {
    path_ = std::filesystem::temp_directory_path() /
            ("dateline_store_test_" + std::to_string(getpid()) + "_" + std::to_string(counter_++) + ".db");
    Remove();
  }
  ~TempDb() { Remove(); }
  std::string path() const { return path_.string(); }

 private:
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_.string() + suffix);
  }
  static inline int counter_ = 0;
  std::filesystem::path path_;
};

// An article with one sentence reporting a clash, hand-annotated as the later stages would.
Document Report(const std::string& id, const std::string& source, const std::string& text,
                const std::string& date, double lat, int64_t killed) {
  Document d;
  d.article.id = id;
  d.article.text = text;
  d.article.source = source;
  d.published = "2023-11-01";
  d.body = {0, static_cast<uint32_t>(text.size())};
  d.sentences.push_back({{0, static_cast<uint32_t>(text.size())}, 0, 0});
  ActorMention army;
  army.code = "MLIMIL";
  army.name = "Military of Mali";
  army.sentence = 0;
  ActorMention jnim;
  jnim.code = "MLIREBJNM";
  jnim.name = "JNIM";
  jnim.sentence = 0;
  d.actors = {army, jnim};
  PlaceMention kidal;
  kidal.name = "Kidal";
  kidal.geonameid = 2455290;
  kidal.country = "MLI";
  kidal.admin1 = "Kidal";
  kidal.lat = lat;
  kidal.lon = 1.40778;
  kidal.precision = 1;
  d.places = {kidal};
  Event e;
  e.id = id + ":0";
  e.sentence = 0;
  e.sources = {0};
  e.targets = {1};
  e.cameo = "190";
  e.cameo_root = "19";
  e.quad_class = 4;
  e.plover.type = "ASSAULT";
  e.acled.disorder_type = "Political violence";
  e.acled.event_type = "Battles";
  e.acled.sub_event_type = "Armed clash";
  e.date = date;
  e.date_precision = 1;
  e.location = 0;
  e.fatalities = Fatalities{killed, killed, killed};
  d.events = {e};
  return d;
}

// The same suite runs against SQLite and, when DATELINE_TEST_PG_URL names a scratch PostgreSQL
// database (tests/store_postgres.sh starts one), against PostgreSQL.
class StoreBackends : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres") {
      const char* url = std::getenv("DATELINE_TEST_PG_URL");
      if (!url || !*url) GTEST_SKIP() << "no DATELINE_TEST_PG_URL (tests/store_postgres.sh sets it)";
      url_ = url;
    }
  }
  // A fresh, empty store location.
  std::string Fresh() {
    if (GetParam() == "postgres") {
      Status s = ResetPostgresForTests(url_);
      EXPECT_TRUE(s.ok()) << s.ToString();
      return url_;
    }
    files_.push_back(std::make_unique<TempDb>());
    return files_.back()->path();
  }
  std::unique_ptr<EventStore> OpenStore(const std::string& url) {
    auto s = EventStore::Open(url);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }

 private:
  std::string url_;
  std::vector<std::unique_ptr<TempDb>> files_;
};

INSTANTIATE_TEST_SUITE_P(Backends, StoreBackends, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

StoreOutcome Store(EventStore& s, const Document& d) {
  EXPECT_TRUE(s.BeginBatch().ok());
  auto r = s.StoreDocument(d);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(s.CommitBatch().ok());
  return r.ok() ? *r : StoreOutcome{};
}

TEST_P(StoreBackends, StoresAnArticleOnce) {
  auto s = OpenStore(Fresh());
  ASSERT_TRUE(s);
  Document d = Report("a1", "AFP", "Soldiers clashed with JNIM fighters near Kidal, killing five.",
                      "2023-10-31", 18.44111, 5);
  StoreOutcome first = Store(*s, d);
  EXPECT_TRUE(first.inserted);
  EXPECT_EQ(first.new_events, 1);
  StoreOutcome again = Store(*s, d);
  EXPECT_FALSE(again.inserted);
  EXPECT_EQ(again.article_id, first.article_id);
  auto c = s->Counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->articles, 1);
  EXPECT_EQ(c->sentences, 1);
  EXPECT_EQ(c->mentions, 1);
  EXPECT_EQ(c->events, 1);
}

TEST_P(StoreBackends, ReopensAndShowsAnArticle) {
  std::string url = Fresh();
  {
    auto s = OpenStore(GetParam() == "sqlite" ? "sqlite:" + url : url);
    ASSERT_TRUE(s);
    Store(*s, Report("a1", "AFP", "Five killed near Kidal.", "2023-10-31", 18.44, 5));
  }
  auto s = OpenStore(url);  // migrations already applied: nothing to do
  ASSERT_TRUE(s);
  for (const char* key : {"a1", "1"}) {
    auto a = s->GetArticle(key);
    ASSERT_TRUE(a.ok()) << key;
    EXPECT_EQ(a->key, "a1");
    EXPECT_EQ(a->source, "AFP");
    ASSERT_EQ(a->sentences.size(), 1u);
    EXPECT_EQ(a->sentences[0].text, "Five killed near Kidal.");
    EXPECT_NE(a->annotation_json.find("\"schema\":1"), std::string::npos);
  }
  EXPECT_EQ(s->GetArticle("nope").status().code(), Status::Code::kNotFound);
  auto events = s->EventsOfArticle(1);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].reports.at(0).sentence_text, "Five killed near Kidal.");
}

TEST_P(StoreBackends, ClustersReportsAcrossArticlesAndSplits) {
  auto s = OpenStore(Fresh());
  ASSERT_TRUE(s);
  EventStore& st = *s;
  Store(st, Report("a1", "AFP", "Soldiers and JNIM fought at Kidal; five died.", "2023-10-31", 18.44111, 5));
  StoreOutcome b = Store(st, Report("a2", "Reuters", "Six people were killed in fighting in Kidal.", "2023-10-31", 18.45, 6));
  EXPECT_EQ(b.merged, 1);
  // A clash in Gao the same day, and one in Kidal a week later: separate events.
  StoreOutcome c = Store(st, Report("a3", "AP", "Clashes in Gao left five dead.", "2023-10-31", 16.27, 5));
  StoreOutcome d = Store(st, Report("a4", "AP", "New clashes in Kidal killed five.", "2023-11-07", 18.44111, 5));
  EXPECT_EQ(c.new_events, 1);
  EXPECT_EQ(d.new_events, 1);
  EventQuery q;
  q.with_reports = true;
  q.since = "2023-10-31";
  q.until = "2023-10-31";
  auto events = st.QueryEvents(q);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 2u);
  const EventRow* kidal = nullptr;
  for (const auto& e : *events) if (e.event.num_reports == 2) kidal = &e;
  ASSERT_NE(kidal, nullptr);
  EXPECT_EQ(kidal->event.num_sources, 2);
  EXPECT_EQ(kidal->reports.size(), 2u);
  EXPECT_EQ(kidal->event.facts.fatalities->low, 5);
  EXPECT_EQ(kidal->event.facts.fatalities->high, 6);

  auto split = st.SplitEvent(kidal->event.id, std::nullopt);
  ASSERT_TRUE(split.ok()) << split.status().ToString();
  EXPECT_EQ(split->size(), 1u);
  auto counts = st.Counts();
  EXPECT_EQ(counts->events, 4);
  EXPECT_EQ(counts->links, 4);
  EXPECT_EQ(st.SplitEvent(999, std::nullopt).status().code(), Status::Code::kNotFound);
}

TEST_P(StoreBackends, FiltersEvents) {
  auto s = OpenStore(Fresh());
  ASSERT_TRUE(s);
  EventStore& st = *s;
  Store(st, Report("a1", "AFP", "Soldiers and JNIM fought at Kidal; five died.", "2023-10-31", 18.44111, 5));
  Store(st, Report("a3", "AP", "Clashes in Gao left forty dead.", "2023-10-20", 16.27, 40));
  struct Case {
    const char* name;
    void (*set)(EventQuery&);
    size_t expected;
  };
  const Case cases[] = {
      {"all", [](EventQuery&) {}, 2},
      {"since", [](EventQuery& q) { q.since = "2023-10-25"; }, 1},
      {"until month", [](EventQuery& q) { q.until = "2023-10"; }, 2},
      {"country", [](EventQuery& q) { q.country = "MLI"; }, 2},
      {"other country", [](EventQuery& q) { q.country = "NER"; }, 0},
      {"admin1", [](EventQuery& q) { q.admin1 = "kidal"; }, 2},
      {"near Kidal", [](EventQuery& q) { q.near = EventQuery::Near{18.44, 1.41, 50}; }, 1},
      {"type PLOVER", [](EventQuery& q) { q.type = "assault"; }, 2},
      {"type ACLED", [](EventQuery& q) { q.type = "Armed clash"; }, 2},
      {"type CAMEO", [](EventQuery& q) { q.type = "19"; }, 2},
      {"type CAMEO other", [](EventQuery& q) { q.type = "14"; }, 0},
      {"actor code", [](EventQuery& q) { q.actor = "MLI"; }, 2},
      {"actor name", [](EventQuery& q) { q.actor = "jnim"; }, 2},
      {"min fatalities", [](EventQuery& q) { q.min_fatalities = 10; }, 1},
      {"text", [](EventQuery& q) { q.text = "forty dead"; }, 1},
      {"text with FTS syntax", [](EventQuery& q) { q.text = "Kidal\" OR *"; }, 0},
      {"limit", [](EventQuery& q) { q.limit = 1; }, 1},
  };
  for (const Case& c : cases) {
    EventQuery q;
    c.set(q);
    auto r = st.QueryEvents(q);
    ASSERT_TRUE(r.ok()) << c.name << ": " << r.status().ToString();
    EXPECT_EQ(r->size(), c.expected) << c.name;
  }
  EventQuery bad;
  bad.since = "yesterday";
  EXPECT_EQ(st.QueryEvents(bad).status().code(), Status::Code::kInvalidArgument);
}

TEST_P(StoreBackends, DumpIsOrderIndependent) {
  Document a = Report("a1", "AFP", "One.", "2023-10-31", 18.44, 5);
  Document b = Report("a2", "AP", "Two.", "2023-10-20", 16.27, 40);
  std::string first;
  {
    auto s1 = OpenStore(Fresh());
    ASSERT_TRUE(s1);
    Store(*s1, a);
    Store(*s1, b);
    first = s1->Dump().value();
  }
  auto s2 = OpenStore(Fresh());
  ASSERT_TRUE(s2);
  Store(*s2, b);
  Store(*s2, a);
  EXPECT_EQ(first, s2->Dump().value());
  EXPECT_NE(first.find("article "), std::string::npos);
}

TEST_P(StoreBackends, WorkQueueOnlyOnPostgres) {
  auto s = OpenStore(Fresh());
  ASSERT_TRUE(s);
  auto added = s->Enqueue({"/a.jsonl", "/b.jsonl", "/a.jsonl"});
  if (GetParam() == "sqlite") {
    EXPECT_EQ(added.status().code(), Status::Code::kUnsupported);
    return;
  }
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  EXPECT_EQ(*added, 2);
  auto item = s->ClaimWork();
  ASSERT_TRUE(item.ok() && item->has_value());
  EXPECT_EQ((*item)->input, "/a.jsonl");
  ASSERT_TRUE(s->FinishWork(**item, "test").ok());
  auto counts = s->QueueCounts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->first, 1);
  EXPECT_EQ(counts->second, 1);
}

TEST(EventStore, RejectsBadUrls) {
  EXPECT_FALSE(EventStore::Open("sqlite:").ok());
  EXPECT_FALSE(EventStore::Open("/nonexistent-dir/x/y.db").ok());
}

}  // namespace
}  // namespace dateline::store
