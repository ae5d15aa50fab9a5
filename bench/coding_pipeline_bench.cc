// End-to-end speed of the default pipeline (every stage that exists) on the LGL news articles
// (../shared/data/geo/lgl.xml), one thread, in sentences per second: the target is TABARI's
// ~30,000 sentences/s per core. Also times the syntax and coding stages alone on pre-tokenised
// documents. Skips (reports an error) when the shared data is absent.
#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "dateline/pipeline.h"

namespace dateline {
namespace {

std::vector<std::string> LoadLglTexts() {
  std::ifstream in(std::string(DATELINE_SHARED_DIR) + "/data/geo/lgl.xml");
  std::vector<std::string> out;
  if (!in) return out;
  std::stringstream ss;
  ss << in.rdbuf();
  std::string xml = ss.str();
  size_t pos = 0;
  while ((pos = xml.find("<text><![CDATA[", pos)) != std::string::npos) {
    pos += 15;
    size_t end = xml.find("]]></text>", pos);
    if (end == std::string::npos) break;
    out.push_back(xml.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = LoadLglTexts();
  return texts;
}

std::unique_ptr<Pipeline> MakePipeline(std::vector<std::string> disabled) {
  PipelineOptions options;
  options.default_published = "2009-03-20";
  options.disabled_stages = std::move(disabled);
  auto p = Pipeline::Create(options);
  if (!p.ok()) return nullptr;
  return std::move(p.value());
}

void RunPipeline(benchmark::State& state, std::vector<std::string> disabled) {
  const auto& texts = Texts();
  auto pipeline = MakePipeline(std::move(disabled));
  if (texts.empty() || !pipeline) {
    state.SkipWithError("LGL texts (../shared/data/geo/lgl.xml) or pipeline unavailable");
    return;
  }
  int64_t sentences = 0, events = 0;
  for (auto _ : state) {
    for (const std::string& text : texts) {
      Document doc;
      doc.article.text = text;
      doc.article.published = "2009-03-20";
      pipeline->Process(doc);
      sentences += static_cast<int64_t>(doc.sentences.size());
      events += static_cast<int64_t>(doc.events.size());
      benchmark::DoNotOptimize(doc.events.data());
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["sentences"] = static_cast<double>(sentences) / static_cast<double>(state.iterations());
  state.counters["events"] = static_cast<double>(events) / static_cast<double>(state.iterations());
  state.counters["stages"] = static_cast<double>(pipeline->stages().size());
}

void BM_DefaultPipeline(benchmark::State& state) { RunPipeline(state, {}); }
void BM_WithoutSyntaxAndEvents(benchmark::State& state) { RunPipeline(state, {"syntax", "events"}); }

BENCHMARK(BM_DefaultPipeline)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_WithoutSyntaxAndEvents)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace dateline

BENCHMARK_MAIN();
