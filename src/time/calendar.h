// Proleptic Gregorian calendar arithmetic for normalising temporal expressions: civil dates to
// day numbers and back (Howard Hinnant's days_from_civil algorithm), weekdays, ISO 8601 weeks and
// TIMEX3 value formatting. Everything is pure and works on the injected reference date; nothing
// here reads the clock.
#ifndef DATELINE_TIME_CALENDAR_H_
#define DATELINE_TIME_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dateline::time {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  bool operator==(const CivilDate&) const = default;
};

// Days since 1970-01-01 (may be negative).
int64_t DaysFromCivil(CivilDate d);
CivilDate CivilFromDays(int64_t days);
CivilDate AddDays(CivilDate d, int64_t n);
// 1 = Monday ... 7 = Sunday (ISO 8601).
int IsoWeekday(CivilDate d);
int DaysInMonth(int year, int month);
bool IsValidDate(int year, int month, int day);
// ISO 8601 week-numbering year and week of d.
void IsoWeek(CivilDate d, int* iso_year, int* week);

// "2023-10-31", "2023-10-31T15:10..." -> the date; nullopt when malformed.
std::optional<CivilDate> ParseIsoDate(std::string_view s);

// TIMEX3 value strings.
std::string FormatDay(CivilDate d);             // 2023-10-31
std::string FormatMonth(int year, int month);   // 2023-10
std::string FormatYear(int year);               // 2023
std::string FormatWeek(CivilDate d);            // 2023-W44

}  // namespace dateline::time

#endif  // DATELINE_TIME_CALENDAR_H_
