// See civil.h.
#include "base/civil.h"

#include <cctype>
#include <string>

namespace dateline {

int64_t DaysFromCivil(int year, int month, int day) {
  int64_t y = year - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

YearMonthDay CivilFromDays(int64_t z) {
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

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

bool IsValidCivil(int year, int month, int day) {
  return day >= 1 && day <= DaysInMonth(year, month);
}

std::optional<std::pair<int64_t, int64_t>> DaysOfValue(std::string_view v) {
  auto digits = [&](size_t pos, size_t n, int* out) {
    if (pos + n > v.size()) return false;
    int x = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (v[i] < '0' || v[i] > '9') return false;
      x = x * 10 + (v[i] - '0');
    }
    *out = x;
    return true;
  };
  int y, m, d;
  if (!digits(0, 4, &y) || y < 1000) return std::nullopt;
  if (v.size() == 4) return std::make_pair(DaysFromCivil(y, 1, 1), DaysFromCivil(y, 12, 31));
  if (v[4] != '-') return std::nullopt;
  if (v.size() >= 7 && v[5] == 'W') {  // ISO week: the week with the year's first Thursday is 1
    int w;
    if (!digits(6, 2, &w) || w < 1 || w > 53) return std::nullopt;
    int64_t jan4 = DaysFromCivil(y, 1, 4);
    int64_t weekday = ((jan4 + 3) % 7 + 7) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
    int64_t monday = jan4 - weekday + (w - 1) * 7;
    return std::make_pair(monday, monday + 6);
  }
  if (v.size() >= 7 && v[5] == 'Q') {
    int q;
    if (!digits(6, 1, &q) || q < 1 || q > 4) return std::nullopt;
    int m1 = q * 3 - 2;
    return std::make_pair(DaysFromCivil(y, m1, 1), DaysFromCivil(y, m1 + 2, DaysInMonth(y, m1 + 2)));
  }
  if (!digits(5, 2, &m) || m < 1 || m > 12) return std::nullopt;
  if (v.size() == 7) return std::make_pair(DaysFromCivil(y, m, 1), DaysFromCivil(y, m, DaysInMonth(y, m)));
  if (v[7] != '-' || !digits(8, 2, &d) || !IsValidCivil(y, m, d)) return std::nullopt;
  if (v.size() > 10 && v[10] != 'T' && v[10] != ' ') return std::nullopt;
  int64_t day = DaysFromCivil(y, m, d);
  return std::make_pair(day, day);
}

std::optional<YearMonthDay> ParseDayMonthYear(std::string_view s) {
  static const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                  "july",    "august",   "september", "october", "november", "december"};
  // Three space-separated fields.
  std::string_view f[3];
  size_t n = 0, i = 0;
  while (i < s.size() && n < 4) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) {
      if (n == 3) return std::nullopt;
      f[n++] = s.substr(i, j - i);
    }
    i = j;
  }
  if (n != 3) return std::nullopt;
  auto number = [](std::string_view v, int max_digits, int* out) {
    if (v.empty() || static_cast<int>(v.size()) > max_digits) return false;
    int x = 0;
    for (char c : v) {
      if (c < '0' || c > '9') return false;
      x = x * 10 + (c - '0');
    }
    *out = x;
    return true;
  };
  int day, year;
  if (!number(f[0], 2, &day) || !number(f[2], 4, &year)) return std::nullopt;
  std::string m(f[1]);
  for (char& c : m) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  int month = 0;
  for (int k = 0; k < 12 && month == 0; ++k) {
    std::string full = kMonths[k];
    if (m == full || (m.size() == 3 && full.compare(0, 3, m) == 0)) month = k + 1;
  }
  if (month == 0 || !IsValidCivil(year, month, day)) return std::nullopt;
  return YearMonthDay{year, month, day};
}

}  // namespace dateline
