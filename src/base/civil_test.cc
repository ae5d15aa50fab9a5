// Tests of the shared calendar arithmetic and ACLED's long date style.
#include "base/civil.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace dateline {
namespace {

TEST(Civil, DayNumbersRoundTrip) {
  struct Case { int y, m, d; int64_t days; };
  const Case cases[] = {
      {1970, 1, 1, 0}, {1969, 12, 31, -1}, {2000, 2, 29, 11016}, {2023, 10, 31, 19661}, {1600, 3, 1, -135080},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DaysFromCivil(c.y, c.m, c.d), c.days) << c.y << "-" << c.m << "-" << c.d;
    EXPECT_EQ(CivilFromDays(c.days), (YearMonthDay{c.y, c.m, c.d})) << c.days;
  }
  for (int64_t z = -800000; z <= 800000; z += 997) {
    YearMonthDay d = CivilFromDays(z);
    EXPECT_TRUE(IsValidCivil(d.year, d.month, d.day)) << z;
    EXPECT_EQ(DaysFromCivil(d.year, d.month, d.day), z);
  }
}

TEST(Civil, MonthLengths) {
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 13), 0);
  EXPECT_FALSE(IsValidCivil(2023, 4, 31));
}

TEST(Civil, ParsesAcledLongDates) {
  struct Case { const char* text; bool ok; YearMonthDay want; };
  const Case cases[] = {
      {"31 October 2023", true, {2023, 10, 31}},
      {"01 March 2018", true, {2018, 3, 1}},
      {"5 jan 2019", true, {2019, 1, 5}},
      {"  29 February 2024 ", true, {2024, 2, 29}},
      {"29 February 2023", false, {}},
      {"31 Octobre 2023", false, {}},
      {"2023-10-31", false, {}},
      {"31 October", false, {}},
      {"31 October 2023 extra", false, {}},
      {"", false, {}},
  };
  for (const Case& c : cases) {
    auto got = ParseDayMonthYear(c.text);
    ASSERT_EQ(got.has_value(), c.ok) << c.text;
    if (c.ok) EXPECT_EQ(*got, c.want) << c.text;
  }
}

TEST(Civil, DaysOfTimexValues) {
  struct Case { const char* value; bool ok; const char* first; const char* last; };
  const Case cases[] = {
      {"2023", true, "2023-01-01", "2023-12-31"},       {"2023-Q2", true, "2023-04-01", "2023-06-30"},
      {"2024-02", true, "2024-02-01", "2024-02-29"},    {"2023-W44", true, "2023-10-30", "2023-11-05"},
      {"2023-10-31", true, "2023-10-31", "2023-10-31"}, {"2023-10-31T15:10", true, "2023-10-31", "2023-10-31"},
      {"2023-02-30", false, "", ""},                    {"PAST_REF", false, "", ""},
      {"P3D", false, "", ""},                           {"2023-10-31x", false, "", ""},
  };
  auto day = [](const char* iso) {
    int y = 0, m = 0, d = 0;
    std::sscanf(iso, "%d-%d-%d", &y, &m, &d);
    return DaysFromCivil(y, m, d);
  };
  for (const Case& c : cases) {
    auto r = DaysOfValue(c.value);
    ASSERT_EQ(r.has_value(), c.ok) << c.value;
    if (!c.ok) continue;
    EXPECT_EQ(r->first, day(c.first)) << c.value;
    EXPECT_EQ(r->second, day(c.last)) << c.value;
  }
}

}  // namespace
}  // namespace dateline
