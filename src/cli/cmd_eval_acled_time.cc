// `dateline eval acled-time CSV`: event dates and fatalities read from ACLED notes by the time
// stage's helpers (see src/eval/acled_time_eval.h). --errors prints every mismatch.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/eval_registry.h"
#include "eval/acled_time_eval.h"

namespace dateline::cli {
namespace {

struct Args {
  std::string csv;
  bool errors = false;
};

int Run(const Args& args) {
  auto scores = eval::EvaluateAcledTime(args.csv);
  if (!scores.ok()) {
    std::fprintf(stderr, "dateline eval acled-time: %s\n", scores.status().ToString().c_str());
    return kExitInputProblem;
  }
  const auto& s = *scores;
  std::printf("%s: %d events\n", args.csv.c_str(), s.events);
  std::printf("  event date equal to ACLED's: %.3f (%d/%d)\n", s.DateAccuracy(), s.date_correct,
              s.events);
  int dated = 0, dated_correct = 0;
  for (const auto& [rule, n] : s.rules) {
    if (rule == "clause" || rule == "sentence") {
      dated += n;
      dated_correct += s.rules_correct.at(rule);
    }
  }
  std::printf("    among notes whose event an expression dates: %.3f (%d/%d)\n",
              dated ? double(dated_correct) / dated : 0.0, dated_correct, dated);
  std::printf("    among notes with a datable expression: %.3f (%d/%d)\n",
              s.datable ? double(s.datable_correct) / s.datable : 0.0, s.datable_correct,
              s.datable);
  for (const auto& [anchor, n] : s.anchors) {
    if (anchor.empty()) continue;
    std::printf("    dated by a %-11s expression: %.3f (%d/%d)\n", anchor.c_str(),
                n ? double(s.anchors_correct.at(anchor)) / n : 0.0, s.anchors_correct.at(anchor),
                n);
    if (anchor == "calendar")
      std::printf("      ACLED's day inside the chosen range, week or month: %.3f (%d/%d)\n",
                  s.calendar ? double(s.calendar_covers) / s.calendar : 0.0, s.calendar_covers,
                  s.calendar);
  }
  for (const auto& [rule, n] : s.rules)
    std::printf("    rule %-10s %5d events, %5d correct\n", rule.empty() ? "(none)" : rule.c_str(),
                n, s.rules_correct.at(rule));
  std::printf("  fatalities equal to ACLED's: %.3f (%d/%d); where ACLED > 0: %d/%d\n",
              s.FatalityAccuracy(), s.fatalities_correct, s.events, s.gold_nonzero_correct,
              s.gold_nonzero);
  if (args.errors) {
    for (const auto& m : s.mistakes)
      std::printf("%s\tdate %s/%s (%s %s)\tfatalities %lld/%lld\n", m.event_id.c_str(),
                  m.date.c_str(), m.gold_date.c_str(), m.date_rule.c_str(), m.date_anchor.c_str(),
                  static_cast<long long>(m.fatalities), static_cast<long long>(m.gold_fatalities));
  }
  return kExitOk;
}

std::function<int()> Setup(CLI::App* sub) {
  auto args = std::make_shared<Args>();
  sub->add_option("csv", args->csv, "ACLED export (CSV with event_id_cnty, event_date, notes, fatalities)")
      ->required();
  sub->add_flag("--errors", args->errors, "Print every date or fatality mismatch");
  return [args] { return Run(*args); };
}

}  // namespace

DATELINE_EVAL("acled-time", "Event dates and fatalities read from ACLED notes (time stage)", Setup);

}  // namespace dateline::cli
