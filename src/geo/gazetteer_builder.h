// The gazetteer compiler: GeoNames tab-separated dumps plus the admin code tables and the
// world-countries list in, one gazetteer.bin (see gazetteer_format.h) out. Used by
// `dateline gazetteer build` and by the build itself (CMake runs it to make the default
// gazetteer from cities500). Offline code: the annotating pipeline never links against it at run
// time, it only maps the file this writes.
#ifndef DATELINE_GEO_GAZETTEER_BUILDER_H_
#define DATELINE_GEO_GAZETTEER_BUILDER_H_

#include <string>
#include <vector>

#include "dateline/status.h"

namespace dateline::geo {

struct GazetteerBuildOptions {
  // GeoNames "geoname" table dumps: cities500.txt, cities1000.txt, allCountries.txt, XX.txt.
  std::vector<std::string> place_files;
  std::string admin1_file;     // admin1CodesASCII.txt (required for admin names)
  std::string admin2_file;     // admin2Codes.txt (optional)
  std::string countries_file;  // world-countries countries.json (required)
  // GeoNames feature classes kept from the place files besides the admin rows. Default: "P"
  // (populated places). "PLTHS" adds areas, terrain, water and spots from allCountries.txt.
  std::string feature_classes = "P";
  std::string output;
};

struct GazetteerBuildStats {
  size_t places = 0, admin1 = 0, admin2 = 0, countries = 0, names = 0, skipped_rows = 0;
  size_t seats = 0;  // second-level divisions placed at their same-named seat town
  size_t seat_aliases = 0;  // first-level divisions that took their seat's names ("Timbuktu")
  size_t bytes = 0;
};

Status BuildGazetteer(const GazetteerBuildOptions& options, GazetteerBuildStats* stats);

}  // namespace dateline::geo

#endif  // DATELINE_GEO_GAZETTEER_BUILDER_H_
