// `dateline eval acled FILE.csv [pipeline options]`: development evaluation against an ACLED
// export (see src/eval/acled_eval.h). Prints one line per measure: name, hits/total, share.
#include <algorithm>
#include <cstdio>
#include <memory>

#include "cli/eval_registry.h"
#include "cli/pipeline_flags.h"
#include "eval/acled_eval.h"

namespace dateline::cli {
namespace {

struct EvalArgs {
  std::string path;
  PipelineFlags flags;
  bool no_country_hint = false;
  size_t examples = 0;
  bool by_actor = false;
  bool event_misses = false;
};

int RunAcled(const EvalArgs& args) {
  PipelineOptions options;
  ReaderOptions reader_options;
  RunnerOptions runner_options;
  if (!args.flags.ToOptions(&options, &reader_options, &runner_options)) return kExitUsage;
  auto pipeline = CreatePipelineOrReport(options, "eval acled");
  if (!pipeline) return kExitUsage;
  auto events = eval::ReadAcledEvents(args.path);
  if (!events.ok()) {
    std::fprintf(stderr, "dateline eval acled: %s\n", events.status().ToString().c_str());
    return kExitInputProblem;
  }
  eval::AcledEvalOptions eo;
  eo.country_hint = !args.no_country_hint;
  eo.max_examples = args.examples;
  eo.event_misses = args.event_misses;
  eval::AcledReport r = eval::EvaluateAcled(*events, *pipeline, eo);
  std::printf("events\t%zu\n", r.events);
  for (const auto& m : r.measures)
    std::printf("%s\t%zu/%zu\t%.4f\t%s\n", m.name.c_str(), m.hits, m.total, m.share(), m.help.c_str());
  if (args.by_actor) {
    std::vector<std::pair<size_t, std::string>> rows;
    for (const auto& [name, v] : r.actor1_misses) rows.push_back({v.second, name});
    std::sort(rows.rbegin(), rows.rend());
    for (const auto& [miss, name] : rows) {
      if (!miss) break;
      std::printf("miss\t%zu/%zu\t%s\n", miss, r.actor1_misses[name].first, name.c_str());
    }
  }
  for (const auto& ex : r.miss_examples) std::printf("example\t%s\n", ex.c_str());
  for (const auto& ex : r.event_misses) std::printf("event-miss\t%s\n", ex.c_str());
  return kExitOk;
}

std::function<int()> Setup(CLI::App* acled) {
  auto args = std::make_shared<EvalArgs>();
  acled->add_option("file", args->path, "ACLED CSV export")->required();
  args->flags.Add(acled);
  acled->add_flag("--no-country-hint", args->no_country_hint, "Do not give articles the export's country");
  acled->add_option("--examples", args->examples, "Print up to N missed events");
  acled->add_flag("--by-actor", args->by_actor, "Print misses per ACLED actor 1");
  acled->add_flag("--event-misses", args->event_misses,
                  "Print every note whose main event misses ACLED's type, sub-type or interaction "
                  "(id | gold type/sub/interaction | main event | all events | notes)");
  return [args] { return RunAcled(*args); };
}

}  // namespace

DATELINE_EVAL("acled", "Score recognition against an ACLED CSV export (notes as articles)", Setup);

}  // namespace dateline::cli
