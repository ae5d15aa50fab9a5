#include "store/dates.h"

#include <gtest/gtest.h>

namespace dateline::store {
namespace {

TEST(ParseDayRange, CoversTheValuesPrecision) {
  struct Case { const char* value; const char* lo; const char* hi; };
  const Case cases[] = {
      {"2023-10-31", "2023-10-31", "2023-10-31"},
      {"2023-10-31T15:10", "2023-10-31", "2023-10-31"},
      {"2023-10", "2023-10-01", "2023-10-31"},
      {"2024-02", "2024-02-01", "2024-02-29"},
      {"2023-W44", "2023-10-30", "2023-11-05"},
      {"2021-W01", "2021-01-04", "2021-01-10"},
      {"2023-Q2", "2023-04-01", "2023-06-30"},
      {"2023", "2023-01-01", "2023-12-31"},
  };
  for (const Case& c : cases) {
    auto r = ParseDayRange(c.value);
    ASSERT_TRUE(r) << c.value;
    EXPECT_EQ(FormatDay(r->lo), c.lo) << c.value;
    EXPECT_EQ(FormatDay(r->hi), c.hi) << c.value;
  }
}

TEST(ParseDayRange, RejectsWhatIsNotADate) {
  for (const char* v : {"", "PAST_REF", "P3D", "2023-13", "2023-02-30", "23-10-31", "2023-W60", "20x3"}) {
    EXPECT_FALSE(ParseDayRange(v)) << v;
  }
}

TEST(FormatDayLong, WritesAcledStyle) {
  EXPECT_EQ(FormatDayLong(DaysFromCivil(2023, 10, 31)), "31 October 2023");
  EXPECT_EQ(FormatDayLong(DaysFromCivil(2017, 1, 5)), "5 January 2017");
}

TEST(DaysFromCivil, RoundTrips) {
  for (int32_t d = -800000; d < 800000; d += 997) {
    int y;
    unsigned m, dd;
    CivilFromDays(d, &y, &m, &dd);
    EXPECT_EQ(DaysFromCivil(y, m, dd), d);
  }
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
}

}  // namespace
}  // namespace dateline::store
