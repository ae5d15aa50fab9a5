// Location agreement with ACLED: each event's note (one row per event_id_cnty) is annotated, a
// location is chosen (DocumentLocation until the events stage picks event locations), and its
// distance to ACLED's latitude/longitude is measured. Misses beyond 25 km are split into "the
// ACLED location's name is not in the gazetteer for that country" (a missing village: a
// gazetteer-coverage gap) and "it is" (a recognition, resolution or choice error); the coverage
// misses are split further by what the note gave the geoparser (AcledGeoMisses).
#ifndef DATELINE_EVAL_GEO_ACLED_H_
#define DATELINE_EVAL_GEO_ACLED_H_

#include <string>
#include <vector>

#include "dateline/pipeline.h"
#include "dateline/status.h"

namespace dateline::eval {

// The misses beyond a distance, by cause. ACLED's location name is either missing from the
// gazetteer within 25 km of ACLED's point (a coverage gap: a missing village), split by what the
// note gave the geoparser, or present (a recognition, resolution or choice error).
struct AcledGeoMisses {
  size_t no_place = 0;     // coverage: no place named at all, located at the note's country
  size_t unresolved = 0;   // coverage: an unknown name, placed at the finest known unit named with it
  size_t country = 0;      // coverage: only a country named (or a country adjective)
  size_t other_place = 0;  // coverage: another known town or division of the note chosen
  size_t in_gazetteer = 0; // ACLED's location is in the gazetteer: wrong resolution or choice
  size_t coverage() const { return no_place + unresolved + country + other_place; }
};

struct AcledGeoScore {
  size_t events = 0, located = 0;  // located: a place was chosen
  size_t country_fallback = 0;     // located at the note's country only: no place named
  size_t within_161 = 0, within_25 = 0;
  size_t miss25_not_in_gazetteer = 0, miss25_in_gazetteer = 0;  // misses beyond 25 km, by cause
  AcledGeoMisses miss161, miss25;  // the same, detailed, beyond 161 km and beyond 25 km
  std::vector<size_t> by_precision;  // events per precision of the chosen place (0: none, 1-4)
  std::vector<size_t> within_161_by_precision;
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
