// The time stage's calendar: day arithmetic comes from src/base/civil.h (Hinnant's algorithms,
// shared with the store); weekdays, ISO weeks and TIMEX3 formatting are here.
#include "time/calendar.h"

#include <cstdio>

#include "base/civil.h"

namespace dateline::time {

int64_t DaysFromCivil(CivilDate d) { return dateline::DaysFromCivil(d.year, d.month, d.day); }

CivilDate CivilFromDays(int64_t z) {
  YearMonthDay c = dateline::CivilFromDays(z);
  return {c.year, c.month, c.day};
}

CivilDate AddDays(CivilDate d, int64_t n) { return CivilFromDays(DaysFromCivil(d) + n); }

int IsoWeekday(CivilDate d) {
  int64_t z = DaysFromCivil(d);  // 1970-01-01 was a Thursday (4)
  int64_t w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

int DaysInMonth(int year, int month) { return dateline::DaysInMonth(year, month); }

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
