// ISO 3166 country facts the exports need beyond the ISO3 code the pipeline carries: ACLED's
// numeric "iso" column and its English country name. Covers the countries of the regions
// Dateline's dictionaries cover (Africa, the Middle East, Eastern Europe, South and Southeast
// Asia, Latin America's conflict zones); others export with an empty iso and the ISO3 as name.
#ifndef DATELINE_STORE_COUNTRIES_H_
#define DATELINE_STORE_COUNTRIES_H_

#include <string_view>

namespace dateline::store {

struct CountryInfo {
  const char* iso3;
  int numeric;
  const char* name;
};

// nullptr when the code is not in the table.
const CountryInfo* FindCountry(std::string_view iso3);

}  // namespace dateline::store

#endif  // DATELINE_STORE_COUNTRIES_H_
