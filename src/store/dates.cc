// See dates.h. Day arithmetic and TIMEX values' day ranges are src/base/civil.h's, shared with
// the time stage.
#include "store/dates.h"

#include <cstdio>

#include "base/civil.h"

namespace dateline::store {
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
  auto r = DaysOfValue(v);
  if (!r) return std::nullopt;
  return DayRange{static_cast<int32_t>(r->first), static_cast<int32_t>(r->second)};
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
