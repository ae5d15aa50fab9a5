#include "store/dates.h"

#include <cstdio>

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
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

int32_t DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

void CivilFromDays(int32_t z, int* y, unsigned* m, unsigned* d) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = static_cast<int>(yoe) + era * 400 + (*m <= 2);
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
