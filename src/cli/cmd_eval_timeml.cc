// `dateline eval timeml DIR...`: scores the temporal tagger on TimeML files (see
// src/eval/timeml_eval.h for the measures). --errors prints every mistake, for tuning.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/eval_registry.h"
#include "eval/timeml_eval.h"

namespace dateline::cli {
namespace {

struct Args {
  std::vector<std::string> dirs;
  bool errors = false;
};

int Run(const Args& args) {
  eval::TimemlScores total;
  for (const auto& dir : args.dirs) {
    auto scores = eval::EvaluateTimemlDir(dir);
    if (!scores.ok()) {
      std::fprintf(stderr, "dateline eval timeml: %s\n", scores.status().ToString().c_str());
      return kExitInputProblem;
    }
    const auto& s = *scores;
    std::printf("%s: %d documents, %d gold DATE/TIME, %d system DATE/TIME\n", dir.c_str(),
                s.documents, s.gold, s.system);
    std::printf("  recognition P %.3f R %.3f F1 %.3f | value accuracy %.3f (%d/%d) | value P %.3f R %.3f F1 %.3f\n",
                s.RecognitionPrecision(), s.RecognitionRecall(), s.RecognitionF1(),
                s.ValueAccuracy(), s.value_correct, s.overlapped, s.ValuePrecision(),
                s.ValueRecall(), s.ValueF1());
    total.documents += s.documents;
    total.gold += s.gold;
    total.system += s.system;
    total.gold_matched += s.gold_matched;
    total.system_matched += s.system_matched;
    total.overlapped += s.overlapped;
    total.value_correct += s.value_correct;
    for (const auto& e : s.errors) std::fprintf(stderr, "%s\n", e.c_str());
    if (args.errors)
      for (const auto& m : s.mistakes) std::printf("%s\n", m.c_str());
    total.errors.insert(total.errors.end(), s.errors.begin(), s.errors.end());
  }
  if (args.dirs.size() > 1) {
    std::printf("all: %d documents, %d gold DATE/TIME, %d system DATE/TIME\n", total.documents,
                total.gold, total.system);
    std::printf("  recognition P %.3f R %.3f F1 %.3f | value accuracy %.3f (%d/%d) | value P %.3f R %.3f F1 %.3f\n",
                total.RecognitionPrecision(), total.RecognitionRecall(), total.RecognitionF1(),
                total.ValueAccuracy(), total.value_correct, total.overlapped,
                total.ValuePrecision(), total.ValueRecall(), total.ValueF1());
  }
  return total.errors.empty() ? kExitOk : kExitInputProblem;
}

std::function<int()> Setup(CLI::App* sub) {
  auto args = std::make_shared<Args>();
  sub->add_option("dirs", args->dirs, "Directories of TimeML (.tml) files")->required();
  sub->add_flag("--errors", args->errors, "Print every recognition and value mistake");
  return [args] { return Run(*args); };
}

}  // namespace

DATELINE_EVAL("timeml", "Temporal expressions: recognition and value accuracy on TimeML files", Setup);

}  // namespace dateline::cli
