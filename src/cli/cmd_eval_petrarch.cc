// `dateline eval petrarch FILE.xml`: runs a PETRARCH validation suite (see src/eval/petrarch_eval.h)
// with the dictionaries its <Environment> names, plus any --dict given, and prints the scores.
#include <cstdio>
#include <memory>

#include "cli/eval_registry.h"
#include "cli/pipeline_flags.h"
#include "eval/petrarch_eval.h"

namespace dateline::cli {
namespace {

struct Args {
  std::string path;
  std::vector<std::string> dicts;
  bool details = false;
};

int Run(const Args& args) {
  auto suite = eval::ReadPetrarchSuite(args.path);
  if (!suite.ok()) {
    std::fprintf(stderr, "dateline eval petrarch: %s\n", suite.status().ToString().c_str());
    return kExitInputProblem;
  }
  std::vector<std::pair<std::string, std::string>> extra;
  for (const auto& d : args.dicts) {
    size_t eq = d.find('=');
    if (eq == std::string::npos) {
      std::fprintf(stderr, "dateline eval petrarch: --dict wants KIND=PATH, got %s\n", d.c_str());
      return kExitUsage;
    }
    extra.emplace_back(d.substr(0, eq), d.substr(eq + 1));
  }
  auto pipeline = CreatePipelineOrReport(eval::SuiteOptions(*suite, extra), "eval petrarch");
  if (!pipeline) return kExitUsage;
  eval::PetrarchReport report = eval::EvaluatePetrarch(*suite, *pipeline);
  std::printf("suite: %s\nverbs: %s\nactors: %s\nstages:", args.path.c_str(), suite->verbfile.c_str(),
              suite->actorfile.c_str());
  for (const auto& s : pipeline->stages()) std::printf(" %s", std::string(s->name()).c_str());
  std::printf("\n%s", eval::FormatReport(report).c_str());
  if (args.details) {
    for (const auto& l : report.details) std::printf("%s\n", l.c_str());
  }
  return kExitOk;
}

std::function<int()> Setup(CLI::App* sub) {
  auto args = std::make_shared<Args>();
  sub->add_option("file", args->path, "Validation records (.xml)")->required();
  sub->add_option("--dict", args->dicts, "Extra dictionary KIND=PATH (verbs=data/events adds Dateline's event lexicon)");
  sub->add_flag("--details", args->details, "List every record that was not coded exactly right");
  return [args] { return Run(*args); };
}

}  // namespace

DATELINE_EVAL("petrarch", "PETRARCH validation suite: Correct/Uncoded/Extra, TP% and FP% per category", Setup);

}  // namespace dateline::cli
