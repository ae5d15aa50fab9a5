// Storing into SQLite, annotation excluded: documents are built in memory as the pipeline would
// leave them (about 2.5 KB of text, 20 sentences, 2 coded events each, half of which repeat an
// earlier event so dedup merges), then stored through EventStore in batches of 256 articles into
// a fresh database file. Reports articles/s of wall-clock time (items_per_second), with and
// without events. Target (issue 7): >= 2,000/s.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <random>

#include "store/store.h"

namespace dateline::store {
namespace {

std::vector<Document> MakeDocuments(int n, bool with_events) {
  static const char* kTowns[] = {"Kidal", "Gao", "Timbuktu", "Mopti", "Menaka", "Djibo", "Niamey", "Goma"};
  static const double kLat[] = {18.44, 16.27, 16.77, 14.49, 15.92, 14.10, 13.51, -1.68};
  static const double kLon[] = {1.41, -0.04, -3.01, -4.20, 2.40, -1.63, 2.11, 29.22};
  std::mt19937 rng(7);
  std::vector<Document> docs(n);
  for (int i = 0; i < n; ++i) {
    Document& d = docs[i];
    d.article.id = "bench-" + std::to_string(i);
    d.article.source = "Outlet " + std::to_string(i % 13);
    d.published = "2023-10-" + std::to_string(10 + i % 18);
    for (int s = 0; s < 20; ++s) {
      uint32_t start = static_cast<uint32_t>(d.article.text.size());
      d.article.text += "Sentence " + std::to_string(s) + " of report " + std::to_string(i) +
                        " says armed men attacked a checkpoint near the town on Tuesday night, officials said. ";
      d.sentences.push_back({{start, static_cast<uint32_t>(d.article.text.size() - 1)}, 0, 0});
    }
    d.body = {0, static_cast<uint32_t>(d.article.text.size())};
    ActorMention army;
    army.code = "MLIMIL";
    army.name = "Military of Mali";
    ActorMention jnim;
    jnim.code = "MLIREBJNM";
    jnim.name = "JNIM";
    d.actors = {army, jnim};
    for (int e = 0; e < (with_events ? 2 : 0); ++e) {
      // Half of the events repeat one of ~n/2 real-world events, the rest are new.
      int world = (e == 0) ? static_cast<int>(rng() % (n / 2 + 1)) : n + i;
      int t = world % 8;
      PlaceMention p;
      p.name = kTowns[t];
      p.geonameid = 1000 + t;
      p.country = t == 7 ? "COD" : "MLI";
      p.lat = kLat[t] + (world / 8 % 40) * 0.5;  // distinct events are > 25 km apart
      p.lon = kLon[t];
      p.precision = 1;
      d.places.push_back(p);
      Event ev;
      ev.id = d.article.id + ":" + std::to_string(e);
      ev.sentence = static_cast<uint32_t>(e * 3);
      ev.sources = {0};
      ev.targets = {1};
      ev.cameo = world % 3 ? "190" : "183";
      ev.cameo_root = ev.cameo.substr(0, 2);
      ev.quad_class = 4;
      ev.acled.event_type = world % 3 ? "Battles" : "Explosions/Remote violence";
      char date[16];
      std::snprintf(date, sizeof date, "2023-%02d-%02d", 1 + world % 12, 1 + world % 28);
      ev.date = date;
      ev.date_precision = 1;
      ev.location = static_cast<uint32_t>(d.places.size() - 1);
      ev.fatalities = Fatalities{world % 9, world % 9, world % 9};
      d.events.push_back(ev);
    }
  }
  return docs;
}

void BM_StoreArticles(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  std::vector<Document> docs = MakeDocuments(n, state.range(1) != 0);
  std::string path = (std::filesystem::temp_directory_path() / ("dateline_ingest_bench_" + std::to_string(getpid()) + ".db")).string();
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
    auto store = EventStore::Open(path);
    if (!store.ok()) { state.SkipWithError(store.status().ToString().c_str()); return; }
    state.ResumeTiming();
    int in_batch = 0;
    for (const Document& d : docs) {
      if (in_batch == 0) (*store)->BeginBatch();
      auto r = (*store)->StoreDocument(d);
      if (!r.ok()) { state.SkipWithError(r.status().ToString().c_str()); return; }
      if (++in_batch == 256) { (*store)->CommitBatch(); in_batch = 0; }
    }
    if (in_batch) (*store)->CommitBatch();
    state.PauseTiming();
    auto c = (*store)->Counts();
    state.counters["events"] = static_cast<double>(c->events);
    state.counters["mentions"] = static_cast<double>(c->mentions);
    store->reset();
    state.ResumeTiming();
  }
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
  state.SetItemsProcessed(state.iterations() * n);
}
// Args: articles, with events (0: articles and sentences only; 1: plus mentions and dedup).
BENCHMARK(BM_StoreArticles)->Args({5000, 0})->Args({5000, 1})->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

}  // namespace
}  // namespace dateline::store

BENCHMARK_MAIN();
