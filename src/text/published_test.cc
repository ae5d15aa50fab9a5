#include "text/published.h"

#include <gtest/gtest.h>

#include "text/metadata.h"

namespace dateline {
namespace {

struct Case {
  std::string text;
  std::string iso;  // empty: no date expected
};

TEST(FindDateTime, Formats) {
  const std::vector<Case> cases = {
      {"Published October 31, 2023 | 03:10 PM", "2023-10-31T15:10"},
      {"date 2023-10-31 Open Menu", "2023-10-31"},
      {"Updated: Oct. 31, 2023 at 9:05 a.m. EST", "2023-10-31T09:05-05:00"},
      {"Tue 31 Oct 2023 15.10 GMT", "2023-10-31T15:10+00:00"},
      {"31st Oct, 2023", "2023-10-31"},
      {"Published on 3 May 2024, 12:45 (IST)", "2024-05-03T12:45+05:30"},
      {"2023-10-31T15:10:00Z", "2023-10-31T15:10:00+00:00"},
      {"2023-10-31 15:10", "2023-10-31T15:10"},
      {"Posted: 12 of March, 2022 - 12:00 AM", "2022-03-12T00:00"},
      {"Monday, February 5, 2024 18:30 UTC+3", "2024-02-05T18:30+03:00"},
      {"This story is from March 10, 2002", "2002-03-10"},
      {"May 3", ""},              // no year
      {"February 30, 2023", ""},  // no such day
      {"at 15:10 on Tuesday", ""},
      {"Published October 31, 2023 | 25:10", "2023-10-31"},  // not a time
  };
  for (const Case& c : cases) {
    auto m = FindDateTime(c.text);
    if (c.iso.empty()) {
      EXPECT_FALSE(m.has_value()) << c.text << " -> " << (m ? m->iso : "");
    } else {
      ASSERT_TRUE(m.has_value()) << c.text;
      EXPECT_EQ(m->iso, c.iso) << c.text;
    }
  }
}

TEST(FindDateTime, ReportsTheSpan) {
  std::string s = "Faizan Hashmi Published October 31, 2023 | 03:10 PM";
  auto m = FindDateTime(s);
  ASSERT_TRUE(m);
  EXPECT_EQ(s.substr(m->begin, m->end - m->begin), "October 31, 2023 | 03:10 PM");
  EXPECT_TRUE(m->has_time);
}

TEST(NormalizeIsoDateTime, Forms) {
  EXPECT_EQ(NormalizeIsoDateTime("2023-10-31"), "2023-10-31");
  EXPECT_EQ(NormalizeIsoDateTime("2023-10-31T15:10:00.123+0500"), "2023-10-31T15:10:00+05:00");
  EXPECT_EQ(NormalizeIsoDateTime("31/10/2023"), std::nullopt);
  EXPECT_EQ(NormalizeIsoDateTime("2024-02-30T10:00"), std::nullopt);
  EXPECT_EQ(NormalizeIsoDateTime("2023-02-29"), std::nullopt);
  EXPECT_EQ(NormalizeIsoDateTime("2024-02-29"), "2024-02-29");
  EXPECT_EQ(NormalizeIsoDateTime("2024-02-20T99:99"), "2024-02-20");
}

TEST(Zones, KnownAndAmbiguous) {
  EXPECT_EQ(ZoneOffsetMinutes("PKT"), 300);
  EXPECT_EQ(ZoneOffsetMinutes("eat"), 180);
  EXPECT_EQ(ZoneOffsetMinutes("CST"), std::nullopt);
  EXPECT_EQ(MonthNumber("Sept"), 9);
  EXPECT_EQ(MonthNumber("Mayo"), 0);
}

}  // namespace
}  // namespace dateline
