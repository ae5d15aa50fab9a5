// Speed of temporal and quantity recognition together (the time stage's work), one thread, on
// text already split into sentences and tokens (the text stage is not timed):
//   BM_TimeStage/india     1,257 Times of India articles (../shared/data/corpus), lower-cased;
//   BM_TimeStage/timebank  TimeBank + AQUAINT article texts (../shared/data/time), news English
//                          dense in dates.
// items/s = tokens per second. Target (issue 6): >= 1,000,000 tokens/s per core.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "eval/timeml_eval.h"
#include "text/sentences.h"
#include "time/quantities.h"
#include "time/temporal_tagger.h"

namespace {

using namespace dateline;

// Decodes the JSON string value of `key` in one JSON Lines record (enough for this corpus).
std::string JsonString(const std::string& line, const std::string& key) {
  size_t at = line.find("\"" + key + "\"");
  if (at == std::string::npos) return "";
  at = line.find('"', line.find(':', at) + 1);
  std::string out;
  for (size_t i = at + 1; i < line.size(); ++i) {
    char c = line[i];
    if (c == '"') break;
    if (c != '\\' || i + 1 >= line.size()) {
      out.push_back(c);
      continue;
    }
    char e = line[++i];
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'u':
        if (i + 4 < line.size()) {
          AppendUtf8(static_cast<char32_t>(std::stoul(line.substr(i + 1, 4), nullptr, 16)), &out);
          i += 4;
        }
        break;
      default: out.push_back(e);
    }
  }
  return out;
}

Document Prepare(std::string text, const std::string& published) {
  Document doc;
  doc.article.text = std::move(text);
  RepairUtf8(&doc.article.text);
  doc.published = published;
  doc.body = {0, static_cast<uint32_t>(doc.article.text.size())};
  SplitSentences(doc, doc.body);
  return doc;
}

std::vector<Document> LoadIndia() {
  std::vector<Document> docs;
  std::ifstream in(std::string(DATELINE_SHARED_DIR) + "/data/corpus/india-police-events-docs.jsonl");
  std::string line;
  while (std::getline(in, line)) docs.push_back(Prepare(JsonString(line, "doc_text"), "2002-03-15"));
  return docs;
}

std::vector<Document> LoadTimebank() {
  std::vector<Document> docs;
  namespace fs = std::filesystem;
  for (const char* sub : {"/data/time/timebank", "/data/time/aquaint"}) {
    std::error_code ec;
    for (const auto& f : fs::directory_iterator(std::string(DATELINE_SHARED_DIR) + sub, ec)) {
      std::ifstream in(f.path());
      std::stringstream ss;
      ss << in.rdbuf();
      auto parsed = eval::ParseTimeml(ss.str());
      if (parsed.ok()) docs.push_back(Prepare(parsed->text, parsed->dct));
    }
  }
  return docs;
}

void Run(benchmark::State& state, std::vector<Document> docs) {
  if (docs.empty()) {
    state.SkipWithError("corpus not found under ../shared");
    return;
  }
  size_t tokens = 0;
  for (const auto& d : docs) tokens += d.tokens.size();
  size_t found = 0;
  for (auto _ : state) {
    for (auto& d : docs) {
      d.times.clear();
      d.quantities.clear();
      time::TagTimes(d);
      time::TagQuantities(d);
      found += d.times.size() + d.quantities.size();
    }
  }
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens));
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["docs"] = static_cast<double>(docs.size());
}

void BM_TimeStage_India(benchmark::State& state) { Run(state, LoadIndia()); }
void BM_TimeStage_Timebank(benchmark::State& state) { Run(state, LoadTimebank()); }

BENCHMARK(BM_TimeStage_India)->Name("BM_TimeStage/india")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TimeStage_Timebank)->Name("BM_TimeStage/timebank")->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
