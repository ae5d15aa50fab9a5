// Calendar helpers for the store: TIMEX-style values (2023-10-31, 2023-10, 2023-W44, 2023) become
// closed intervals of day numbers (days since 1970-01-01), which is what dedup compares and what
// the events table indexes. Day arithmetic follows Howard Hinnant's civil-calendar algorithms.
#ifndef DATELINE_STORE_DATES_H_
#define DATELINE_STORE_DATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dateline::store {

struct DayRange {
  int32_t lo = 0, hi = 0;  // inclusive
  bool operator==(const DayRange&) const = default;
};

int32_t DaysFromCivil(int y, unsigned m, unsigned d);
unsigned DaysInMonth(int y, unsigned m);  // REQUIRES: 1 <= m <= 12
void CivilFromDays(int32_t z, int* y, unsigned* m, unsigned* d);

// The days a value covers: a day, an ISO week, a month, a quarter (2023-Q2) or a year. A
// date-time counts as its day. nullopt for anything else (PAST_REF, durations, garbage).
std::optional<DayRange> ParseDayRange(std::string_view value);

// "YYYY-MM-DD".
std::string FormatDay(int32_t day);
// ACLED's event_date style: "31 October 2023".
std::string FormatDayLong(int32_t day);

}  // namespace dateline::store

#endif  // DATELINE_STORE_DATES_H_
