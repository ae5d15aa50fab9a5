// Civil-date arithmetic after Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms"
// (days_from_civil / civil_from_days): exact for the proleptic Gregorian calendar, no tables.
#include "time/calendar.h"

#include <cstdio>

namespace dateline::time {

int64_t DaysFromCivil(CivilDate d) {
  int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (d.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return {y, m, d};
}

CivilDate AddDays(CivilDate d, int64_t n) { return CivilFromDays(DaysFromCivil(d) + n); }

int IsoWeekday(CivilDate d) {
  int64_t z = DaysFromCivil(d);  // 1970-01-01 was a Thursday (4)
  int64_t w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year > 0 && year < 10000 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

void IsoWeek(CivilDate d, int* iso_year, int* week) {
  // The ISO week belongs to the year of its Thursday.
  CivilDate thursday = AddDays(d, 4 - IsoWeekday(d));
  *iso_year = thursday.year;
  int64_t jan1 = DaysFromCivil({thursday.year, 1, 1});
  *week = static_cast<int>((DaysFromCivil(thursday) - jan1) / 7 + 1);
}

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t at, size_t n, int* out) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  CivilDate d;
  if (!num(0, 4, &d.year) || !num(5, 2, &d.month) || !num(8, 2, &d.day)) return std::nullopt;
  if (!IsValidDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

std::string FormatDay(CivilDate d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string FormatMonth(int year, int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string FormatYear(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::string FormatWeek(CivilDate d) {
  int y, w;
  IsoWeek(d, &y, &w);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", y, w);
  return buf;
}

}  // namespace dateline::time
