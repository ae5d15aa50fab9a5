// Great-circle distance on a spherical Earth (haversine, mean radius 6371.0088 km): the distance
// geoparsing evaluations (Gritta et al. 2018) and ACLED comparisons use.
#ifndef DATELINE_GEO_DISTANCE_H_
#define DATELINE_GEO_DISTANCE_H_

#include <cmath>

namespace dateline::geo {

inline double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0088 * std::asin(std::sqrt(std::min(1.0, a)));
}

}  // namespace dateline::geo

#endif  // DATELINE_GEO_DISTANCE_H_
