// `dateline eval geo FILE.xml`: runs the pipeline over a geoparsing gold corpus (LGL, GeoWebNews)
// and prints Gritta et al.'s measures (see src/eval/geo_eval.h). --misses lists gold toponyms
// not found or placed more than 161 km away, for error analysis.
#include <cstdio>
#include <memory>

#include "cli/eval_registry.h"
#include "cli/pipeline_flags.h"
#include "eval/geo_eval.h"

namespace dateline::cli {
namespace {

struct EvalGeoArgs {
  std::string path;
  bool misses = false;
  bool json = false;
  int limit = 0;
};

int RunEvalGeo(const EvalGeoArgs& args) {
  auto gold = eval::ReadGeoGold(args.path);
  if (!gold.ok()) {
    std::fprintf(stderr, "dateline eval geo: %s\n", gold.status().ToString().c_str());
    return kExitInputProblem;
  }
  PipelineOptions options;
  options.disabled_stages = {"events"};
  auto pipeline = CreatePipelineOrReport(options, "eval geo");
  if (!pipeline) return kExitUsage;
  bool has_places = false;
  for (const auto& s : pipeline->stages()) has_places |= s->name() == "places";
  if (!has_places) {
    std::fprintf(stderr, "dateline eval geo: no gazetteer (build it: see docs/geo.md)\n");
    return kExitUsage;
  }
  eval::GeoScore score;
  size_t articles = 0, no_coords = 0, bad = 0;
  for (const auto& a : *gold) {
    if (args.limit > 0 && articles >= static_cast<size_t>(args.limit)) break;
    ++articles;
    no_coords += a.without_coordinates;
    bad += a.bad_offsets;
    Document doc;
    doc.article.text = a.text;
    doc.article.id = a.id;
    pipeline->Process(doc);
    size_t before = score.errors_km.size(), gold_before = score.gold;
    eval::ScoreArticle(a, doc.places, &score);
    if (args.misses) {
      // Re-derive per-toponym outcomes for this article.
      eval::GeoScore one;
      for (const auto& g : a.toponyms) {
        eval::GeoGoldArticle single;
        single.toponyms = {g};
        eval::GeoScore s1;
        eval::ScoreArticle(single, doc.places, &s1);
        std::string_view surface = std::string_view(a.text).substr(g.span.start, g.span.size());
        if (s1.found == 0) {
          std::printf("MISS\t%s\t%.*s\n", a.id.c_str(), static_cast<int>(surface.size()), surface.data());
        } else if (s1.within_161 == 0) {
          const PlaceMention* p = nullptr;
          for (const auto& q : doc.places)
            if (q.span.start < g.span.end && g.span.start < q.span.end) { p = &q; break; }
          std::printf("FAR\t%s\t%.*s\t%.0f km\t%s %s %s %s\n", a.id.c_str(), static_cast<int>(surface.size()),
                      surface.data(), s1.errors_km[0], p->name.c_str(), p->feature_code.c_str(),
                      p->admin1.c_str(), p->country.c_str());
        }
      }
    }
    (void)before;
    (void)gold_before;
  }
  std::printf(
      "%s: %zu articles, %zu gold toponyms with coordinates (%zu without coordinates, %zu bad offsets)\n"
      "found %.3f (%zu), accuracy@161km %.3f, median error %.1f km, mean error %.0f km, AUC %.3f\n"
      "recognition precision %.3f (%zu of %zu predicted places overlap a gold toponym)\n",
      args.path.c_str(), articles, score.gold, no_coords, bad, score.found_share(), score.found,
      score.accuracy_161(), score.MedianKm(), score.MeanKm(), score.Auc(), score.precision(),
      score.predicted_matching, score.predicted);
  std::printf("by predicted precision (found, within 161 km):");
  for (int k = 1; k <= 4; ++k)
    std::printf(" %d: %zu, %.3f;", k, score.found_by_precision[k],
                score.found_by_precision[k]
                    ? static_cast<double>(score.within_by_precision[k]) / score.found_by_precision[k]
                    : 0.0);
  std::printf("\n");
  return kExitOk;
}

std::function<int()> Setup(CLI::App* sub) {
  auto args = std::make_shared<EvalGeoArgs>();
  sub->add_option("file", args->path, "LGL or GeoWebNews XML (../shared/data/geo/lgl.xml)")->required();
  sub->add_flag("--misses", args->misses, "List gold toponyms missed or placed beyond 161 km");
  sub->add_option("--limit", args->limit, "Evaluate only the first N articles");
  return [args] { return RunEvalGeo(*args); };
}

}  // namespace

DATELINE_EVAL("geo", "Geoparsing: toponyms found, accuracy within 161 km, median error, AUC", Setup);

}  // namespace dateline::cli
