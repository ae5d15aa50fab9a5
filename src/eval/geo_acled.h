// Location agreement with ACLED: each event's note (one row per event_id_cnty) is annotated, a
// location is chosen (DocumentLocation until the events stage picks event locations), and its
// distance to ACLED's latitude/longitude is measured. Misses beyond 25 km are split into "the
// ACLED location's name is not in the gazetteer for that country" (a missing village: a
// gazetteer-coverage gap) and "it is" (a recognition, resolution or choice error).
#ifndef DATELINE_EVAL_GEO_ACLED_H_
#define DATELINE_EVAL_GEO_ACLED_H_

#include <string>
#include <vector>

#include "dateline/pipeline.h"
#include "dateline/status.h"

namespace dateline::eval {

struct AcledGeoScore {
  size_t events = 0, located = 0;  // located: a place was chosen
  size_t country_fallback = 0;     // located at the note's country only: no place named
  size_t within_161 = 0, within_25 = 0;
  size_t miss25_not_in_gazetteer = 0, miss25_in_gazetteer = 0;  // misses beyond 25 km, by cause
  std::vector<double> errors_km;
};

// Reads an ACLED CSV export (header row with event_id_cnty, notes, latitude, longitude, location,
// iso3 or country) and scores the pipeline's locations. limit > 0: first N events only.
// misses: when non-null, gets one line per event beyond 25 km (for error analysis).
StatusOr<AcledGeoScore> ScoreAcledLocations(const std::string& csv_path, const Pipeline& pipeline,
                                            const std::string& gazetteer_path, size_t limit,
                                            std::vector<std::string>* misses);

}  // namespace dateline::eval

#endif  // DATELINE_EVAL_GEO_ACLED_H_
