// Speed of the actor lexicon: loading and compiling the shipped dictionaries, the phrase matcher
// alone (token ids + leftmost-longest matching), and whole actor recognition, over tokenized
// India police-event news (../shared/data/corpus/india-police-events-docs.jsonl; the benchmarks
// report an error when it is absent). Items processed = tokens, so items/s = tokens/s.
#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "dateline/pipeline.h"
#include "lexicon/lexicon.h"
#include "lexicon/recognizer.h"
#include "pipeline/stages.h"

namespace dateline {
namespace {

// Decodes the JSON string value of "doc_text" in one JSON Lines record (enough for this corpus).
std::string DocText(const std::string& line) {
  size_t p = line.find("\"doc_text\"");
  if (p == std::string::npos) return "";
  p = line.find('"', line.find(':', p) + 1);
  std::string out;
  for (size_t i = p + 1; i < line.size() && line[i] != '"'; ++i) {
    if (line[i] != '\\') { out += line[i]; continue; }
    char e = line[++i];
    if (e == 'n') out += '\n';
    else if (e == 't') out += '\t';
    else if (e == 'u') { out += ' '; i += 4; }
    else out += e;
  }
  return out;
}

struct Corpus {
  std::vector<Document> docs;
  size_t tokens = 0;
};

const Corpus& GetCorpus() {
  static Corpus* c = [] {
    auto* c = new Corpus;
    std::ifstream in(std::string(DATELINE_SHARED_DIR) + "/data/corpus/india-police-events-docs.jsonl");
    PipelineOptions options;
    auto text = MakeTextStage(options);
    std::string line;
    while (std::getline(in, line) && c->docs.size() < 2000) {
      Document d;
      d.article.text = DocText(line);
      if (d.article.text.empty()) continue;
      (*text)->Process(d);
      c->tokens += d.tokens.size();
      c->docs.push_back(std::move(d));
    }
    return c;
  }();
  return *c;
}

const lexicon::Lexicon& GetLexicon() {
  static std::unique_ptr<lexicon::Lexicon> lx = [] {
    auto r = lexicon::Lexicon::Load(ResolveDefaults(PipelineOptions{}));
    return r.ok() ? std::move(r).value() : nullptr;
  }();
  return *lx;
}

void BM_LexiconLoad(benchmark::State& state) {
  PipelineOptions options = ResolveDefaults(PipelineOptions{});
  size_t phrases = 0;
  for (auto _ : state) {
    auto lx = lexicon::Lexicon::Load(options);
    if (!lx.ok()) { state.SkipWithError(lx.status().ToString().c_str()); return; }
    phrases = (*lx)->matcher().num_phrases();
  }
  state.counters["phrases"] = static_cast<double>(phrases);
}
BENCHMARK(BM_LexiconLoad)->Unit(benchmark::kMillisecond);

void BM_MatcherMatch(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (c.docs.empty()) { state.SkipWithError("corpus absent"); return; }
  const lexicon::PhraseMatcher& m = GetLexicon().matcher();
  std::vector<uint32_t> ids;
  std::vector<lexicon::PhraseMatch> out;
  size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    for (const Document& d : c.docs) {
      m.TokenIds(d, &ids);
      out.clear();
      m.Match(d, ids, 0, static_cast<uint32_t>(d.tokens.size()), &out);
      matches += out.size();
    }
    benchmark::DoNotOptimize(matches);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.tokens));
  state.counters["matches_per_pass"] = static_cast<double>(matches);
  state.counters["tokens_per_pass"] = static_cast<double>(c.tokens);
}
BENCHMARK(BM_MatcherMatch)->Unit(benchmark::kMillisecond);

void BM_RecognizeActors(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (c.docs.empty()) { state.SkipWithError("corpus absent"); return; }
  const lexicon::Lexicon& lx = GetLexicon();
  std::vector<Document> docs = c.docs;
  size_t actors = 0;
  for (auto _ : state) {
    actors = 0;
    for (Document& d : docs) {
      lexicon::RecognizeActors(lx, d);
      actors += d.actors.size();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.tokens));
  state.counters["actors_per_pass"] = static_cast<double>(actors);
}
BENCHMARK(BM_RecognizeActors)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dateline

BENCHMARK_MAIN();
