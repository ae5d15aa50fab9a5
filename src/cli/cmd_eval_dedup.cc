// `dateline eval dedup [--acled FILE] [--seed N] [--write FILE] [--pipeline]`: measures event
// dedup on reports generated from an ACLED export (src/store/dedup_eval.h). By default the
// generated reports' oracle annotations are stored (dedup measured alone); with --pipeline the
// report texts go through the whole pipeline first (extraction and dedup together). Prints
// pairwise precision, recall and F1. --write also saves the reports as JSON Lines for `ingest`.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>

#include "cli/dedup_flags.h"
#include "cli/eval_registry.h"
#include "cli/pipeline_flags.h"
#include "store/dedup_eval.h"
#include "store/store.h"

namespace dateline::cli {
namespace {

struct DedupEvalArgs {
  std::string acled = "../shared/data/acled/mali-2017-2018.csv";
  uint64_t seed = 1;
  std::string write;
  std::string db;
  bool pipeline = false;
  PipelineFlags flags;
  store::DedupOptions dedup;
};

int Fail(const std::string& msg) {
  std::fprintf(stderr, "dateline eval dedup: %s\n", msg.c_str());
  return kExitInputProblem;
}

int RunDedupEval(const DedupEvalArgs& args) {
  auto events = store::ReadAcledForDedup(args.acled);
  if (!events.ok()) return Fail(events.status().ToString());
  std::vector<store::GeneratedReport> reports = store::GenerateReports(*events, args.seed);
  if (!args.write.empty()) {
    FILE* f = std::fopen(args.write.c_str(), "wb");
    if (!f) return Fail("cannot write " + args.write);
    for (const auto& r : reports) {
      std::string line = store::ReportJsonl(r);
      std::fwrite(line.data(), 1, line.size(), f);
    }
    std::fclose(f);
  }
  std::unique_ptr<Pipeline> pipeline;
  if (args.pipeline) {
    PipelineOptions options;
    ReaderOptions reader_options;
    RunnerOptions runner_options;
    if (!args.flags.ToOptions(&options, &reader_options, &runner_options)) return kExitUsage;
    auto p = Pipeline::Create(options);
    if (!p.ok()) return Fail(p.status().ToString());
    pipeline = std::move(*p);
  }
  std::string db = args.db;
  bool temp = db.empty();
  if (temp) db = (std::filesystem::temp_directory_path() / ("dateline_dedup_eval_" + std::to_string(getpid()) + ".db")).string();
  auto cleanup = [&] {
    if (temp) for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(db + s);
  };
  store::StoreOptions store_options;
  store_options.dedup = args.dedup;
  auto st = store::EventStore::Open(db, store_options);
  if (!st.ok()) return Fail(st.status().ToString());
  std::vector<int64_t> article_ids;
  (*st)->BeginBatch();
  for (const auto& r : reports) {
    Document doc;
    if (pipeline) {
      doc.article = r.doc.article;
      pipeline->Process(doc);
    } else {
      doc = r.doc;
    }
    auto out = (*st)->StoreDocument(doc);
    if (!out.ok()) { cleanup(); return Fail(out.status().ToString()); }
    article_ids.push_back(out->article_id);
  }
  (*st)->CommitBatch();
  // Every mention of every report, labelled with its report's ACLED event.
  std::vector<std::string> gold;
  std::vector<int64_t> predicted;
  size_t without = 0;
  for (size_t i = 0; i < reports.size(); ++i) {
    auto evs = (*st)->EventsOfArticle(article_ids[i]);
    if (!evs.ok()) { cleanup(); return Fail(evs.status().ToString()); }
    size_t n = 0;
    for (const auto& e : *evs) {
      for (const auto& rep : e.reports) {
        if (rep.article_id != article_ids[i]) continue;
        gold.push_back(reports[i].gold);
        predicted.push_back(e.event.id);
        ++n;
      }
    }
    if (n == 0) {  // a report that yielded no event still counts: its gold pairs are missed
      ++without;
      gold.push_back(reports[i].gold);
      predicted.push_back(-static_cast<int64_t>(i) - 1);
    }
  }
  auto counts = (*st)->Counts();
  store::PairwiseScore s = store::ScorePairs(gold, predicted);
  std::printf("acled events      %zu\n", events->size());
  std::printf("reports           %zu (%s)\n", reports.size(), args.pipeline ? "pipeline" : "oracle annotations");
  std::printf("reports w/o event %zu\n", without);
  std::printf("items scored      %zu (mentions, plus each report without one as a singleton)\n", gold.size());
  std::printf("events formed     %lld\n", counts.ok() ? static_cast<long long>(counts->events) : -1LL);
  std::printf("pairs             gold %llu, predicted %llu, correct %llu\n",
              static_cast<unsigned long long>(s.gold_pairs), static_cast<unsigned long long>(s.predicted_pairs),
              static_cast<unsigned long long>(s.true_pairs));
  std::printf("precision         %.4f\nrecall            %.4f\nF1                %.4f\n", s.precision(), s.recall(), s.f1());
  cleanup();
  return kExitOk;
}

std::function<int()> Setup(CLI::App* sub) {
  auto args = std::make_shared<DedupEvalArgs>();
  sub->add_option("--acled", args->acled, "ACLED CSV export (default: ../shared/data/acled/mali-2017-2018.csv)");
  sub->add_option("--seed", args->seed, "Generator seed (default: 1)");
  sub->add_option("--write", args->write, "Also write the generated reports as JSON Lines here");
  sub->add_option("--db", args->db, "Keep the resulting store here (default: a temporary file)");
  sub->add_flag("--pipeline", args->pipeline, "Annotate the report texts with the pipeline instead of using the oracle annotations");
  args->flags.Add(sub);
  AddDedupFlags(sub, &args->dedup);
  return [args] { return RunDedupEval(*args); };
}

}  // namespace

DATELINE_EVAL("dedup", "Dedup pairwise P/R/F1 on reports generated from ACLED events", Setup);

}  // namespace dateline::cli
