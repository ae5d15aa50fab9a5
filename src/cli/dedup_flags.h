// Command-line flags for the dedup thresholds (store::DedupOptions), shared by `ingest` and
// `eval dedup`. Defaults come from DedupOptions; docs/store.md explains each rule.
#ifndef DATELINE_CLI_DEDUP_FLAGS_H_
#define DATELINE_CLI_DEDUP_FLAGS_H_

#include <CLI/CLI.hpp>

#include "store/dedup.h"

namespace dateline::cli {

inline void AddDedupFlags(CLI::App* app, store::DedupOptions* d) {
  app->add_option("--dedup-days", d->date_slack_days, "Dedup: day-precision dates this many days apart match")
      ->default_val(d->date_slack_days)->check(CLI::NonNegativeNumber);
  app->add_option("--dedup-km-town", d->km_town, "Dedup: radius (km) for town-precision places")
      ->default_val(d->km_town)->check(CLI::NonNegativeNumber);
  app->add_option("--dedup-km-near", d->km_near, "Dedup: radius (km) for 'near' places (precision 2)")
      ->default_val(d->km_near)->check(CLI::NonNegativeNumber);
  app->add_option("--dedup-km-region", d->km_region, "Dedup: radius (km) for region-precision places")
      ->default_val(d->km_region)->check(CLI::NonNegativeNumber);
  app->add_option("--dedup-fatality-slack", d->fatality_slack, "Dedup: death tolls this far apart match")
      ->default_val(d->fatality_slack)->check(CLI::NonNegativeNumber);
  app->add_option("--dedup-fatality-ratio", d->fatality_ratio, "Dedup: death tolls within this factor match")
      ->default_val(d->fatality_ratio)->check(CLI::PositiveNumber);
}

}  // namespace dateline::cli

#endif  // DATELINE_CLI_DEDUP_FLAGS_H_
