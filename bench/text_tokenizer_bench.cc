// Micro-benchmarks of the text stage's parts on one article-sized page: tokenizer, sentence
// splitter (which tokenizes too), page cleaning and metadata, the agency scan, and the whole text
// stage. The page is the seed article from ../shared when present, else a page written here.
// bytes_per_second is the raw page size over the time of one call.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "pipeline/stages.h"
#include "text/agencies.h"
#include "text/metadata.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace dateline {
namespace {

const std::string& Page() {
  static const std::string page = [] {
    std::ifstream in(DATELINE_SHARED_DIR "/seed/kidal-2023-10-31.txt", std::ios::binary);
    if (in) {
      std::stringstream ss;
      ss << in.rdbuf();
      return ss.str();
    }
    return std::string(
        "Home | World | Africa\nOpen Menu\n\nBy Jane Doe\nPublished May 3, 2024 | 10:15 AM\n\n"
        "GOMA, DR Congo (Reuters) - M23 rebels said on Friday they had taken the town of Rubaya, "
        "a mining hub some 50 km (31 miles) north-west of Goma, after two days of fighting with "
        "the army and allied militias.\n\n\"We control Rubaya,\" a spokesman told Reuters. The "
        "U.N. "
        "mission said 15,000 people had fled. Lt. Col. Guillaume Njike, an army spokesman, denied "
        "it.\n\nShare this article\n");
  }();
  return page;
}

Document MakeDoc() {
  Document doc;
  doc.article.text = Page();
  return doc;
}

void BM_Tokenize(benchmark::State& state) {
  for (auto _ : state) {
    Document doc = MakeDoc();
    Tokenize(doc, {0, static_cast<uint32_t>(doc.article.text.size())});
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  state.SetBytesProcessed(state.iterations() * Page().size());
}
BENCHMARK(BM_Tokenize);

void BM_SplitSentences(benchmark::State& state) {
  for (auto _ : state) {
    Document doc = MakeDoc();
    SplitSentences(doc, {0, static_cast<uint32_t>(doc.article.text.size())});
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  state.SetBytesProcessed(state.iterations() * Page().size());
}
BENCHMARK(BM_SplitSentences);

void BM_ExtractPageMetadata(benchmark::State& state) {
  for (auto _ : state) {
    Document doc = MakeDoc();
    auto regions = ExtractPageMetadata(doc);
    benchmark::DoNotOptimize(regions.data());
  }
  state.SetBytesProcessed(state.iterations() * Page().size());
}
BENCHMARK(BM_ExtractPageMetadata);

void BM_FindAgencies(benchmark::State& state) {
  for (auto _ : state) {
    std::vector<std::string> out;
    FindAgencies(Page(), &out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * Page().size());
}
BENCHMARK(BM_FindAgencies);

void BM_TextStage(benchmark::State& state) {
  auto stage = MakeTextStage(ResolveDefaults({}));
  for (auto _ : state) {
    Document doc = MakeDoc();
    (*stage)->Process(doc);
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  state.SetBytesProcessed(state.iterations() * Page().size());
}
BENCHMARK(BM_TextStage);

}  // namespace
}  // namespace dateline

BENCHMARK_MAIN();
