// Filtered queries over a generated store of 1,000,000 events (issue 7: <= 100 ms each).
//
// The generator writes synthetic events straight into the events table of a database created by
// EventStore::Open (so the schema and indexes are the real ones): ten years of events in 40
// countries, six ACLED event types with their CAMEO roots, 30 actors, fatalities with a long
// tail. The file is generated once and reused: $DATELINE_BENCH_DB, default
// /tmp/dateline_bench_events_1m.db (never in the source tree). Each benchmark runs one query of
// `dateline events` through EventStore::QueryEvents and reports its wall-clock latency.
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "store/records.h"
#include "store/sqlite_util.h"
#include "store/store.h"

namespace dateline::store {
namespace {

constexpr int64_t kEvents = 1000000;

std::string DbPath() {
  const char* env = std::getenv("DATELINE_BENCH_DB");
  return env ? env : "/tmp/dateline_bench_events_1m.db";
}

struct Type { const char* acled; const char* sub; const char* cameo; const char* plover; };
const Type kTypes[] = {
    {"Battles", "Armed clash", "190", "ASSAULT"},
    {"Violence against civilians", "Attack", "180", "ASSAULT"},
    {"Explosions/Remote violence", "Shelling/artillery/missile attack", "195", "ASSAULT"},
    {"Protests", "Peaceful protest", "141", "PROTEST"},
    {"Riots", "Violent demonstration", "145", "PROTEST"},
    {"Strategic developments", "Arrests", "173", "COERCE"},
};

Status Generate(const std::string& path) {
  {
    auto store = EventStore::Open(path);  // creates the schema
    if (!store.ok()) return store.status();
  }
  sqlite::Db db;
  DATELINE_RETURN_IF_ERROR(db.Open(path));
  DATELINE_RETURN_IF_ERROR(db.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; BEGIN"));
  sqlite::Stmt ins;
  std::string cols = "num_reports, num_sources, first_reported, last_reported, " + FactsColumnList();
  std::string q = "?, ?, ?, ?";
  for (int i = 0; i < kFactsColumnCount; ++i) q += ", ?";
  DATELINE_RETURN_IF_ERROR(ins.Prepare(db, "INSERT INTO events (" + cols + ") VALUES (" + q + ")"));
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> unit(0, 1);
  const int32_t first_day = DaysFromCivil(2015, 1, 1), days = 3653;
  for (int64_t i = 0; i < kEvents; ++i) {
    int c = static_cast<int>(rng() % 40);
    const Type& t = kTypes[rng() % 6];
    int32_t day = first_day + static_cast<int32_t>(rng() % days);
    double lat = -20 + c * 1.2 + unit(rng) * 4, lon = -15 + c * 1.5 + unit(rng) * 4;
    int64_t fat = static_cast<int64_t>(std::floor(std::pow(unit(rng), 4) * 60));
    char country[4] = {static_cast<char>('A' + c / 26), static_cast<char>('A' + c % 26), 'X', 0};
    if (c == 0) { country[0] = 'M'; country[1] = 'L'; country[2] = 'I'; }
    std::string actor = std::string(country) + (rng() % 2 ? "MIL" : "REB") + std::to_string(rng() % 15);
    std::string date = FormatDay(day);
    int p = 1;
    auto b = [&](auto v) { ins.Bind(p++, v); };
    b(int64_t{1 + static_cast<int64_t>(rng() % 4)}); b(int64_t{1}); b(date); b(date);
    b(date); ins.BindNull(p++); b(int64_t{day}); b(int64_t{day}); b(int64_t{1});
    b("Town " + std::to_string(rng() % 500)); b(int64_t{static_cast<int64_t>(rng() % 100000)});
    b(std::string(country)); b("Region " + std::to_string(rng() % 12)); b("District " + std::to_string(rng() % 40));
    b(lat); b(lon); b(int64_t{1});
    b(std::string(t.cameo)); b(std::string(t.cameo, 2)); b(int64_t{4}); b(-9.0);
    b(std::string(t.plover)); ins.BindNull(p++); ins.BindNull(p++);
    b(std::string("Political violence")); b(std::string(t.acled)); b(std::string(t.sub));
    b(int64_t{1}); b(int64_t{2}); b(int64_t{12});
    b(actor); b("Actor " + actor); b("Actor " + actor); ins.BindNull(p++); b(int64_t{1});
    ins.BindNull(p++); ins.BindNull(p++); ins.BindNull(p++); ins.BindNull(p++); ins.BindNull(p++);
    b(fat); b(fat); b(fat);
    DATELINE_RETURN_IF_ERROR(ins.Run());
  }
  DATELINE_RETURN_IF_ERROR(db.Exec("COMMIT; ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);"));
  return Status::Ok();
}

EventStore* Store() {
  static std::unique_ptr<EventStore> store = [] {
    std::string path = DbPath();
    bool ready = false;
    if (std::filesystem::exists(path)) {
      auto s = EventStore::Open(path);
      ready = s.ok() && (*s)->Counts().ok() && (*s)->Counts()->events == kEvents;
    }
    if (!ready) {
      for (const char* x : {"", "-wal", "-shm"}) std::filesystem::remove(path + x);
      std::fprintf(stderr, "generating %lld events into %s ...\n", static_cast<long long>(kEvents), path.c_str());
      Status st = Generate(path);
      if (!st.ok()) std::fprintf(stderr, "generator: %s\n", st.ToString().c_str());
    }
    auto s = EventStore::Open(path);
    return s.ok() ? std::move(*s) : nullptr;
  }();
  return store.get();
}

void RunQuery(benchmark::State& state, EventQuery q) {
  EventStore* store = Store();
  if (!store) { state.SkipWithError("no store"); return; }
  size_t rows = 0;
  for (auto _ : state) {
    auto r = store->QueryEvents(q);
    if (!r.ok()) { state.SkipWithError(r.status().ToString().c_str()); return; }
    rows = r->size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["rows"] = static_cast<double>(rows);
}

void BM_Latest(benchmark::State& s) { RunQuery(s, EventQuery{}); }
void BM_CountryMonth(benchmark::State& s) {
  EventQuery q;
  q.country = "MLI";
  q.since = "2023-10";
  q.until = "2023-10";
  RunQuery(s, q);
}
void BM_TypeSinceDeaths(benchmark::State& s) {
  EventQuery q;
  q.type = "Battles";
  q.since = "2023-01-01";
  q.min_fatalities = 10;
  RunQuery(s, q);
}
void BM_Near(benchmark::State& s) {
  EventQuery q;
  q.near = EventQuery::Near{-18.0, -13.0, 50};
  q.since = "2020-01-01";
  RunQuery(s, q);
}
void BM_ActorCode(benchmark::State& s) {
  EventQuery q;
  q.actor = "MLIMIL";
  q.until = "2016-12-31";
  RunQuery(s, q);
}
void BM_Admin1Year(benchmark::State& s) {
  EventQuery q;
  q.country = "MLI";
  q.admin1 = "Region 3";
  q.since = "2022";
  q.until = "2022";
  RunQuery(s, q);
}
void BM_ManyDeaths(benchmark::State& s) {
  EventQuery q;
  q.min_fatalities = 55;
  RunQuery(s, q);
}
void BM_CountryAll(benchmark::State& s) {  // no limit: every event of one country in a year
  EventQuery q;
  q.country = "MLI";
  q.since = "2019";
  q.until = "2019";
  q.limit = 0;
  RunQuery(s, q);
}
BENCHMARK(BM_Latest)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_CountryMonth)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_TypeSinceDeaths)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Near)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ActorCode)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Admin1Year)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ManyDeaths)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_CountryAll)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace dateline::store

BENCHMARK_MAIN();
