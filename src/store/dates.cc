// See dates.h. Day arithmetic is src/base/civil.h's, shared with the time stage.
#include "store/dates.h"

#include <cstdio>

#include "base/civil.h"

namespace dateline::store {
namespace {

bool Digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

unsigned DaysInMonth(int y, unsigned m) {
  return static_cast<unsigned>(dateline::DaysInMonth(y, static_cast<int>(m)));
}

int32_t DaysFromCivil(int y, unsigned m, unsigned d) {
  return static_cast<int32_t>(dateline::DaysFromCivil(y, static_cast<int>(m), static_cast<int>(d)));
}

void CivilFromDays(int32_t z, int* y, unsigned* m, unsigned* d) {
  YearMonthDay c = dateline::CivilFromDays(z);
  *y = c.year;
  *m = static_cast<unsigned>(c.month);
  *d = static_cast<unsigned>(c.day);
}

std::optional<DayRange> ParseDayRange(std::string_view v) {
  int y, m, d;
  if (!Digits(v, 0, 4, &y) || y < 1000) return std::nullopt;
  if (v.size() == 4) return DayRange{DaysFromCivil(y, 1, 1), DaysFromCivil(y, 12, 31)};
  if (v[4] != '-') return std::nullopt;
  if (v.size() >= 7 && v[5] == 'W') {  // ISO week: the week with the year's first Thursday is 1
    int w;
    if (!Digits(v, 6, 2, &w) || w < 1 || w > 53) return std::nullopt;
    int32_t jan4 = DaysFromCivil(y, 1, 4);
    int weekday = ((jan4 + 3) % 7 + 7) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
    int32_t monday = jan4 - weekday + (w - 1) * 7;
    return DayRange{monday, monday + 6};
  }
  if (v.size() >= 7 && v[5] == 'Q') {
    int q;
    if (!Digits(v, 6, 1, &q) || q < 1 || q > 4) return std::nullopt;
    unsigned m1 = static_cast<unsigned>(q * 3 - 2);
    return DayRange{DaysFromCivil(y, m1, 1), DaysFromCivil(y, m1 + 2, DaysInMonth(y, m1 + 2))};
  }
  if (!Digits(v, 5, 2, &m) || m < 1 || m > 12) return std::nullopt;
  unsigned um = static_cast<unsigned>(m);
  if (v.size() == 7) return DayRange{DaysFromCivil(y, um, 1), DaysFromCivil(y, um, DaysInMonth(y, um))};
  if (v[7] != '-' || !Digits(v, 8, 2, &d) || d < 1 || static_cast<unsigned>(d) > DaysInMonth(y, um)) {
    return std::nullopt;
  }
  if (v.size() > 10 && v[10] != 'T' && v[10] != ' ') return std::nullopt;
  int32_t day = DaysFromCivil(y, um, static_cast<unsigned>(d));
  return DayRange{day, day};
}

std::string FormatDay(int32_t day) {
  int y;
  unsigned m, d;
  CivilFromDays(day, &y, &m, &d);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

std::string FormatDayLong(int32_t day) {
  static const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                  "July",    "August",   "September", "October", "November", "December"};
  int y;
  unsigned m, d;
  CivilFromDays(day, &y, &m, &d);
  return std::to_string(d) + " " + kMonths[m - 1] + " " + std::to_string(y);
}

}  // namespace dateline::store
