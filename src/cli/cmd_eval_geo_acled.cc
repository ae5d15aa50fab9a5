// `dateline eval geo-acled FILE.csv`: location agreement with ACLED on its own notes (see
// src/eval/geo_acled.h): share of events placed within 161 km and 25 km of ACLED's coordinates,
// and the misses beyond 25 km split into gazetteer gaps and wrong choices.
#include <cstdio>
#include <memory>

#include "cli/eval_registry.h"
#include "cli/pipeline_flags.h"
#include "eval/geo_acled.h"

namespace dateline::cli {
namespace {

struct Args {
  std::string path;
  size_t limit = 0;
  bool misses = false;
};

int Run(const Args& args) {
  PipelineOptions options;
  options.disabled_stages = {"events"};
  auto pipeline = CreatePipelineOrReport(options, "eval geo-acled");
  if (!pipeline) return kExitUsage;
  std::vector<std::string> misses;
  auto score = eval::ScoreAcledLocations(args.path, *pipeline, pipeline->options().gen_dir + "/gazetteer.bin",
                                         args.limit, args.misses ? &misses : nullptr);
  if (!score.ok()) {
    std::fprintf(stderr, "dateline eval geo-acled: %s\n", score.status().ToString().c_str());
    return kExitInputProblem;
  }
  for (const auto& m : misses) std::printf("%s\n", m.c_str());
  const auto& s = *score;
  auto share = [&](size_t n) { return s.events ? static_cast<double>(n) / s.events : 0.0; };
  std::printf(
      "%s: %zu events, %zu located (%.3f; %zu of them at the country centroid: no place named)\n"
      "within 161 km: %.3f (%zu); within 25 km: %.3f (%zu)\n"
      "beyond 25 km: %zu where ACLED's location name is not in the gazetteer within 25 km "
      "(coverage), %zu where it is (recognition/resolution/choice)\n",
      args.path.c_str(), s.events, s.located, share(s.located), s.country_fallback, share(s.within_161), s.within_161,
      share(s.within_25), s.within_25, s.miss25_not_in_gazetteer, s.miss25_in_gazetteer);
  for (const auto& [label, m] : {std::pair<const char*, const eval::AcledGeoMisses&>{"161", s.miss161},
                                 {"25", s.miss25}})
    std::printf(
        "beyond %s km: %zu coverage (no place named %zu, unknown name placed at a coarser unit %zu, "
        "country only %zu, another known place %zu), %zu resolution or choice\n",
        label, m.coverage(), m.no_place, m.unresolved, m.country, m.other_place, m.in_gazetteer);
  std::printf("by precision of the chosen place (events, within 161 km):");
  for (size_t p = 0; p < s.by_precision.size(); ++p)
    std::printf(" %zu: %zu, %zu;", p, s.by_precision[p], s.within_161_by_precision[p]);
  std::printf("\n");
  return kExitOk;
}

std::function<int()> Setup(CLI::App* sub) {
  auto args = std::make_shared<Args>();
  sub->add_option("file", args->path, "ACLED CSV export (../shared/data/acled/mali-2017-2018.csv)")->required();
  sub->add_option("--limit", args->limit, "First N events only");
  sub->add_flag("--misses", args->misses, "List events placed beyond 25 km");
  return [args] { return Run(*args); };
}

}  // namespace

DATELINE_EVAL("geo-acled", "Event location agreement with ACLED (within 161 km / 25 km) on its notes", Setup);

}  // namespace dateline::cli
