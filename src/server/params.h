// Validation of HTTP query parameters. Every value a client sends is checked here, before any SQL
// is built: unknown or repeated parameters, malformed dates, coordinates out of range and
// over-long strings are refused with a message that names the parameter and what it expects.
// The filters mirror `dateline events` (since, until, country, admin1, near, type, actor,
// min_fatalities, text); the SQL they become is in event_sql.h.
#ifndef DATELINE_SERVER_PARAMS_H_
#define DATELINE_SERVER_PARAMS_H_

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/status.h"
#include "store/dates.h"

namespace dateline::server {

// Query parameters as the HTTP layer hands them over (httplib::Params has this type).
using Params = std::multimap<std::string, std::string>;

struct EventFilter {
  std::optional<int32_t> since_day, until_day;  // days since 1970-01-01, inclusive
  std::optional<std::string> country;           // ISO3, upper case
  std::optional<std::string> admin1;
  struct Near { double lat, lon, km; };
  std::optional<Near> near;
  std::optional<std::string> type;   // CAMEO code prefix (digits) or PLOVER/ACLED name
  std::optional<std::string> actor;  // CAMEO-style code prefix (upper case) or words of a name
  std::optional<int64_t> min_fatalities;
  std::optional<std::string> text;   // words a reporting sentence contains
  struct Box { double west, south, east, north; };
  std::optional<Box> bbox;
};

// The names ParseEventFilter reads.
inline constexpr std::initializer_list<const char*> kFilterParams = {
    "since", "until", "country", "admin1", "near", "type", "actor", "min_fatalities", "text", "bbox"};

// Refuses parameters outside `allowed` and parameters given twice.
Status CheckParams(const Params& params, std::initializer_list<const char*> allowed,
                   std::initializer_list<const char*> more = {});
StatusOr<EventFilter> ParseEventFilter(const Params& params);

// The single value of a parameter, or nullopt when absent.
std::optional<std::string> Param(const Params& params, const char* name);
// An integer in [lo, hi]; values above hi are capped to hi when cap is true, refused otherwise.
StatusOr<std::optional<int64_t>> IntParam(const Params& params, const char* name, int64_t lo,
                                          int64_t hi, bool cap);

// YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date) as the first and last day it covers.
bool ParseDayRange(std::string_view value, int32_t* first, int32_t* last);
// Day arithmetic is the store's (days since 1970-01-01).
using store::DaysFromCivil;
using store::DaysInMonth;
using store::FormatDay;  // YYYY-MM-DD

}  // namespace dateline::server

#endif  // DATELINE_SERVER_PARAMS_H_
