// Proleptic Gregorian calendar arithmetic shared by every stage: civil dates to day numbers (days
// since 1970-01-01, negative before) and back, after Howard Hinnant's days_from_civil and
// civil_from_days algorithms, and the long date style ACLED exports use ("31 October 2023").
// The time stage (src/time/calendar.h) and the store (src/store/dates.h) wrap these in their own
// types; nothing here reads the clock.
#ifndef DATELINE_BASE_CIVIL_H_
#define DATELINE_BASE_CIVIL_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

namespace dateline {

struct YearMonthDay {
  int year = 0, month = 0, day = 0;  // month 1..12, day 1..31
  bool operator==(const YearMonthDay&) const = default;
};

int64_t DaysFromCivil(int year, int month, int day);
YearMonthDay CivilFromDays(int64_t days);
int DaysInMonth(int year, int month);  // 0 for a month outside 1..12
bool IsValidCivil(int year, int month, int day);

// The days a TIMEX3 date value covers, first and last inclusive: a year (2023), a quarter
// (2023-Q2), a month (2023-10), an ISO week (2023-W44) or a day (2023-10-31; a date-time counts
// as its day). nullopt for anything else (PAST_REF, durations, malformed values).
std::optional<std::pair<int64_t, int64_t>> DaysOfValue(std::string_view value);

// "31 October 2023", "1 Jan 2019" (day, English month name or its three-letter abbreviation, any
// case, year): the date, or nullopt when malformed or not a real day.
std::optional<YearMonthDay> ParseDayMonthYear(std::string_view s);

}  // namespace dateline

#endif  // DATELINE_BASE_CIVIL_H_
