// Table-driven tests of the temporal tagger: each case is a sentence, a publication date, the
// expression's text and its expected TIMEX3 value, type and (for ranges) end value.
#include "time/temporal_tagger.h"

#include <gtest/gtest.h>

#include "time/test_document.h"

namespace dateline::time {
namespace {

struct Case {
  const char* text;
  const char* published;
  const char* expr;       // expected mention text
  const char* value;
  const char* type = "DATE";
  const char* end_value = "";
};

const TimeMention* Find(const Document& doc, std::string_view expr) {
  for (const auto& t : doc.times)
    if (doc.raw(t.span) == expr) return &t;
  return nullptr;
}

std::string Dump(const Document& doc) {
  std::string s;
  for (const auto& t : doc.times)
    s += "[" + std::string(doc.raw(t.span)) + " = " + t.value + " " + t.type + "] ";
  return s;
}

TEST(TemporalTagger, NormalisesAgainstPublicationDate) {
  const Case kCases[] = {
      {"UN soldiers Tuesday left a camp in Kidal.", "2023-10-31", "Tuesday", "2023-10-31"},
      {"The talks will resume on Tuesday.", "2023-10-30", "Tuesday", "2023-10-31"},
      {"Gunmen attacked the village on Friday.", "2023-10-31", "Friday", "2023-10-27"},
      {"The rulers in June ordered the peacekeepers out.", "2023-10-31", "June", "2023-06"},
      {"Elections were held in December.", "2023-10-31", "December", "2022-12"},
      {"Elections will be held in February.", "2023-10-31", "February", "2024-02"},
      {"Troops began withdrawing as early as July.", "2023-10-31", "July", "2023-07"},
      {"The force was to leave by the end of the year.", "2023-10-31", "the end of the year", "2023"},
      {"It happened on 31 October 2023 in Gao.", "2023-11-02", "31 October 2023", "2023-10-31"},
      {"Bamako (APP - 31st Oct, 2023) Troops left.", "2023-10-31", "31st Oct, 2023", "2023-10-31"},
      {"The attack took place Oct. 31 near Gao.", "2023-11-02", "Oct. 31", "2023-10-31"},
      {"On October 31, 2023, gunmen attacked Gao.", "2023-11-02", "October 31, 2023", "2023-10-31"},
      {"On 3 March 2018, gunmen attacked Gao.", "2018-03-05", "3 March 2018", "2018-03-03"},
      {"On December 30, militants ambushed a patrol.", "2019-01-01", "December 30", "2018-12-30"},
      {"A convoy was hit yesterday.", "2023-10-31", "yesterday", "2023-10-30"},
      {"Fighting intensified last week.", "2023-10-31", "last week", "2023-W43"},
      {"Clashes erupted earlier this month.", "2023-10-31", "earlier this month", "2023-10"},
      {"Rockets hit the camp overnight.", "2023-10-31", "overnight", "2023-10-30TNI", "TIME"},
      {"We left Kidal this morning.", "2023-10-31", "this morning", "2023-10-31TMO", "TIME"},
      {"Shots were heard late Tuesday.", "2023-11-02", "late Tuesday", "2023-10-31"},
      {"Fighting raged between 3 and 5 May.", "2023-10-31", "between 3 and 5 May", "2023-05-03",
       "DATE", "2023-05-05"},
      {"Gunmen struck around 21 October.", "2023-10-31", "21 October", "2023-10-21"},
      {"Following a coup in 2020, the army took power.", "2023-10-31", "2020", "2020"},
      {"The siege lasted for three days.", "2023-10-31", "three days", "P3D", "DURATION"},
      {"They meet every Friday.", "2023-10-31", "every Friday", "XXXX-WXX-5", "SET"},
      {"Prices rose in the third quarter.", "1989-10-26", "the third quarter", "1989-Q3"},
      {"Sales fell a year ago.", "1989-10-26", "a year ago", "1988"},
      {"The vote is scheduled for next year.", "1998-02-13", "next year", "1999"},
      {"Officials said now is the time.", "1998-02-13", "now", "PRESENT_REF"},
      {"He arrived Wednesday night.", "1998-02-13", "Wednesday night", "1998-02-11TNI", "TIME"},
      {"The deal was signed on 1998-02-10 in Paris.", "1998-02-13", "1998-02-10", "1998-02-10"},
      {"Growth slowed in the 1990s.", "2003-01-01", "the 1990s", "199"},
      {"The strike ended at 5 p.m. yesterday.", "2023-10-31", "5 p.m. yesterday", "2023-10-30T17:00", "TIME"},
      {"The strike ended at 5 p.m.", "2023-10-31", "5 p.m.", "2023-10-31T17:00", "TIME"},
      {"Rebels took the town two weeks ago.", "2023-10-31", "two weeks ago", "2023-W42"},
      {"He was rescued on Thanksgiving Day.", "2000-01-07", "Thanksgiving Day", "1999-11-25"},
      {"It snowed in the winter of nineteen ninety-four.", "2000-01-07",
       "the winter of nineteen ninety-four", "1994-WI"},
      {"Profit rose from the year-earlier quarter.", "1989-10-26", "the year-earlier quarter", "1988"},
      {"The group was founded in June last year.", "2023-10-31", "June last year", "2022-06"},
      {"Sales rose 5% in the third quarter. A year earlier they fell.", "1989-10-26",
       "A year earlier", "1988-Q3"},
      {"Troops patrolled the area from Sunday to Thursday.", "2023-10-31",
       "from Sunday to Thursday", "2023-10-22", "DATE", "2023-10-26"},
      {"Troops will patrol the area from Sunday to Thursday.", "2023-10-31",
       "from Sunday to Thursday", "2023-11-05", "DATE", "2023-11-09"},
      {"Clashes went on between Friday and Sunday.", "2023-10-31", "between Friday and Sunday",
       "2023-10-27", "DATE", "2023-10-29"},
      {"JNIM claimed the ambush on October, 27th.", "2023-10-31", "October, 27th", "2023-10-27"},
      {"The vote will take place on 2 January.", "2023-12-30", "2 January", "2024-01-02"},
  };
  for (const auto& c : kCases) {
    Document doc = MakeDocument(c.text, c.published);
    TagTimes(doc);
    const TimeMention* t = Find(doc, c.expr);
    ASSERT_NE(t, nullptr) << c.text << " -> " << Dump(doc);
    EXPECT_EQ(t->value, c.value) << c.text;
    EXPECT_EQ(t->type, c.type) << c.text;
    EXPECT_EQ(t->end_value, c.end_value) << c.text;
  }
}

TEST(TemporalTagger, FlagsYearsUsedAsModifiers) {
  Document doc = MakeDocument("They signed the 2014 and 2015 peace deals.", "2023-10-31");
  TagTimes(doc);
  ASSERT_EQ(doc.times.size(), 2u) << Dump(doc);
  EXPECT_TRUE(doc.times[0].modifier);
  EXPECT_TRUE(doc.times[1].modifier);
  Document doc2 = MakeDocument(
      "Such a move would contravene peace deals struck with Bamako in 2014 and 2015.", "2023-10-31");
  TagTimes(doc2);
  ASSERT_EQ(doc2.times.size(), 2u) << Dump(doc2);
  EXPECT_TRUE(doc2.times[0].modifier);
  Document doc3 = MakeDocument("Rebels seized the town in 2012.", "2023-10-31");
  TagTimes(doc3);
  ASSERT_EQ(doc3.times.size(), 1u);
  EXPECT_FALSE(doc3.times[0].modifier);
}

TEST(TemporalTagger, IgnoresNonTemporalWords) {
  const char* kTexts[] = {
      "The president may sign the law.", "Thousands march in the capital.",
      "He said 1,500 people fled.", "They killed 2000 cattle.", "Mon dieu, sat the man.",
  };
  for (const char* text : kTexts) {
    Document doc = MakeDocument(text, "2023-10-31");
    TagTimes(doc);
    EXPECT_TRUE(doc.times.empty()) << text << " -> " << Dump(doc);
  }
}

TEST(TemporalTagger, WithoutReferenceDateLeavesPlaceholders) {
  Document doc = MakeDocument("Gunmen attacked the village on Friday in June.", "");
  TagTimes(doc);
  ASSERT_EQ(doc.times.size(), 2u) << Dump(doc);
  EXPECT_EQ(doc.times[0].value, "XXXX-WXX-5");
  EXPECT_EQ(doc.times[1].value, "XXXX-06");
}

}  // namespace
}  // namespace dateline::time
