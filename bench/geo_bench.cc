// Gazetteer and geoparser speed and size, on the default gazetteer (build/data/gazetteer.bin):
//   BM_GazetteerOpen     map + validate the file (the load time a process pays once);
//   BM_Geoparse          recognition + resolution over the LGL articles (../shared/data/geo),
//                        already tokenised; items/s = toponyms resolved per second, one thread;
//   BM_ResidentMemory    resident set size after opening the gazetteer and touching every page
//                        (the whole file resident: the worst case), reported as counters.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <fstream>

#include "dateline/pipeline.h"
#include "eval/geo_eval.h"
#include "geo/gazetteer.h"
#include "geo/geoparser.h"

namespace {

using namespace dateline;

std::string GazetteerPath() { return ResolveDefaults(PipelineOptions{}).gen_dir + "/gazetteer.bin"; }

long RssKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  return -1;
}

void BM_GazetteerOpen(benchmark::State& state) {
  for (auto _ : state) {
    auto g = geo::Gazetteer::Open(GazetteerPath());
    if (!g.ok()) {
      state.SkipWithError(g.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(g->get());
  }
}
BENCHMARK(BM_GazetteerOpen)->Unit(benchmark::kMillisecond);

void BM_ResidentMemory(benchmark::State& state) {
  long before = RssKb();
  auto g = geo::Gazetteer::Open(GazetteerPath());
  if (!g.ok()) {
    state.SkipWithError(g.status().ToString().c_str());
    return;
  }
  uint64_t sum = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < (*g)->size(); ++i) sum += (*g)->name((*g)->entry(i)).size();
    for (uint64_t h = 0; h < 4096; ++h) sum += (*g)->LookupHash(h * 0x9E3779B97F4A7C15ull).size();
  }
  benchmark::DoNotOptimize(sum);
  state.counters["rss_mb"] = static_cast<double>(RssKb()) / 1024.0;
  state.counters["rss_added_mb"] = static_cast<double>(RssKb() - before) / 1024.0;
  state.counters["file_mb"] = static_cast<double>((*g)->file_size()) / 1e6;
}
BENCHMARK(BM_ResidentMemory)->Iterations(1);

void BM_Geoparse(benchmark::State& state) {
  auto gold = eval::ReadGeoGold(std::string(DATELINE_SHARED_DIR) + "/data/geo/lgl.xml");
  if (!gold.ok()) {
    state.SkipWithError("../shared/data/geo/lgl.xml absent");
    return;
  }
  PipelineOptions o;
  o.disabled_stages = {"places", "events", "actors", "syntax", "times"};
  auto text_only = Pipeline::Create(o);
  auto g = geo::Gazetteer::Open(GazetteerPath());
  if (!text_only.ok() || !g.ok()) {
    state.SkipWithError("no pipeline or gazetteer");
    return;
  }
  std::vector<Document> docs;
  for (const auto& a : *gold) {
    Document d;
    d.article.text = a.text;
    (*text_only)->Process(d);
    docs.push_back(std::move(d));
  }
  geo::Geoparser parser(**g);
  int64_t toponyms = 0;
  for (auto _ : state) {
    for (auto& d : docs) {
      parser.Process(d);
      toponyms += static_cast<int64_t>(d.places.size());
    }
  }
  state.SetItemsProcessed(toponyms);
  state.counters["articles"] = static_cast<double>(docs.size());
}
BENCHMARK(BM_Geoparse)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
