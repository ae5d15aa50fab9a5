// Tests of query-parameter validation and of the sentence segmentation used for highlighting.
#include "server/params.h"

#include <gtest/gtest.h>

#include "server/api.h"
#include "server/event_sql.h"

namespace dateline::server {
namespace {

TEST(ParseDayRange, AcceptsDaysMonthsYearsAndRefusesTheRest) {
  struct Case { const char* in; bool ok; const char* first; const char* last; };
  const Case cases[] = {
      {"2023-10-31", true, "2023-10-31", "2023-10-31"}, {"2024-02", true, "2024-02-01", "2024-02-29"},
      {"2023-02", true, "2023-02-01", "2023-02-28"},     {"1999", true, "1999-01-01", "1999-12-31"},
      {"2023-02-29", false, "", ""}, {"2023-13", false, "", ""}, {"2023-00-10", false, "", ""},
      {"23-10-01", false, "", ""},   {"2023/10/01", false, "", ""}, {"", false, "", ""},
      {"2023-10-31T00:00", false, "", ""}, {"0999", false, "", ""}, {"2023-1-01", false, "", ""},
  };
  for (const auto& c : cases) {
    int32_t a = 0, b = 0;
    ASSERT_EQ(ParseDayRange(c.in, &a, &b), c.ok) << c.in;
    if (c.ok) {
      EXPECT_EQ(FormatDay(a), c.first) << c.in;
      EXPECT_EQ(FormatDay(b), c.last) << c.in;
    }
  }
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(FormatDay(-1), "1969-12-31");
}

TEST(ParseEventFilter, ValidatesEveryParameter) {
  struct Case { Params in; bool ok; const char* word; };
  const Case cases[] = {
      {{{"country", "mli"}}, true, ""},
      {{{"country", "MALI"}}, false, "country"},
      {{{"since", "2024"}, {"until", "2023"}}, false, "since"},
      {{{"near", "12.5,-8,50"}}, true, ""},
      {{{"near", "12.5,-8"}}, false, "near"},
      {{{"near", "91,0,5"}}, false, "near"},
      {{{"near", "1,2,3,4"}}, false, "near"},
      {{{"near", "inf,0,5"}}, false, "near"},
      {{{"bbox", "-10,0,10,20"}}, true, ""},
      {{{"bbox", "10,0,-10,20"}}, false, "bbox"},
      {{{"min_fatalities", "12"}}, true, ""},
      {{{"min_fatalities", "twelve"}}, false, "min_fatalities"},
      {{{"min_fatalities", "-3"}}, false, "min_fatalities"},
      {{{"text", std::string(201, 'a')}}, false, "text"},
      {{{"actor", "a\nb"}}, false, "control"},
      {{{"type", ""}}, false, "empty"},
  };
  for (const auto& c : cases) {
    auto f = ParseEventFilter(c.in);
    EXPECT_EQ(f.ok(), c.ok) << c.in.begin()->first << "=" << c.in.begin()->second;
    if (!c.ok) EXPECT_NE(f.status().message().find(c.word), std::string::npos) << f.status().message();
  }
  auto f = ParseEventFilter({{"country", "mli"}});
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(*f->country, "MLI");
}

TEST(CheckParams, RefusesUnknownAndRepeatedParameters) {
  EXPECT_TRUE(CheckParams({{"country", "MLI"}, {"limit", "5"}}, kFilterParams, {"limit"}).ok());
  EXPECT_FALSE(CheckParams({{"countri", "MLI"}}, kFilterParams).ok());
  EXPECT_FALSE(CheckParams({{"country", "MLI"}, {"country", "NER"}}, kFilterParams).ok());
}

TEST(IntParam, CapsOrRefuses) {
  Params p = {{"limit", "5000"}};
  auto capped = IntParam(p, "limit", 1, 1000, true);
  ASSERT_TRUE(capped.ok());
  EXPECT_EQ(**capped, 1000);
  EXPECT_FALSE(IntParam(p, "limit", 1, 1000, false).ok());
  Params huge = {{"limit", "123456789012345678901234567890"}};
  EXPECT_EQ(IntParam(huge, "limit", 1, 1000, true).value(), 1000);
  EXPECT_FALSE(IntParam({{"limit", "1.5"}}, "limit", 1, 1000, true).ok());
  EXPECT_FALSE(IntParam({{"limit", ""}}, "limit", 1, 1000, true).ok());
  EXPECT_FALSE(IntParam({}, "limit", 1, 1000, true).value().has_value());
}

TEST(FtsQuery, QuotesEveryWord) {
  EXPECT_EQ(FtsQuery("drone strike"), "\"drone\" \"strike\"");
  EXPECT_EQ(FtsQuery("a\"b OR *"), "\"a\"\"b\" \"OR\" \"*\"");
  EXPECT_EQ(FtsQuery("   "), "");
}

TEST(BuildWhere, BindsValuesAndNeverSplicesThem) {
  EventFilter f;
  f.actor = "x' OR 1=1 --";
  f.country = "MLI";
  SqlWhere w = BuildWhere(f);
  EXPECT_EQ(w.sql.find("OR 1=1"), std::string::npos);
  EXPECT_EQ(w.binds.size(), 5u);  // country + four name columns
}

TEST(Segments, CutsAtSpansAndKeepsTheText) {
  const std::string s = "Rebels attacked Kidal on Monday.";
  std::vector<MarkSpan> spans = {{"actor", "source", 0, 6}, {"verb", "trigger", 7, 15},
                                 {"place", "location", 16, 21}, {"date", "date", 22, 31}};
  auto segs = Segments(s, spans);
  std::string joined;
  for (const auto& g : segs) joined += g.text;
  EXPECT_EQ(joined, s);
  ASSERT_EQ(segs.size(), 8u);
  EXPECT_EQ(segs[0].text, "Rebels");
  EXPECT_EQ(segs[0].marks, std::vector<std::string>{"actor"});
  EXPECT_TRUE(segs[1].marks.empty());
  EXPECT_EQ(segs[6].text, "on Monday");
  EXPECT_EQ(segs[6].marks, std::vector<std::string>{"date"});
}

TEST(Segments, OverlapsAndMultibyteBoundaries) {
  const std::string s = "Les rebelles ont attaqué Ménaka";  // é is two bytes
  // A span ending inside "é" is moved back to the character's start.
  auto segs = Segments(s, {{"verb", "trigger", 17, 24}, {"actor", "source", 0, 12}, {"actor", "x", 4, 12}});
  std::string joined;
  for (const auto& g : segs) joined += g.text;
  EXPECT_EQ(joined, s);
  for (const auto& g : segs) {
    ASSERT_FALSE(g.text.empty());
    EXPECT_NE(static_cast<unsigned char>(g.text[0]) & 0xC0, 0x80) << "segment starts mid-character";
  }
}

}  // namespace
}  // namespace dateline::server
