// Tests of event dating on hand-made documents, and the seed article's checks (issue 6).
#include "time/event_date.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "time/quantities.h"
#include "time/temporal_tagger.h"
#include "time/test_document.h"

namespace dateline::time {
namespace {

Document Annotate(std::string_view text, std::string_view published) {
  Document doc = MakeDocument(text, published);
  TagTimes(doc);
  TagQuantities(doc);
  return doc;
}

// The trigger's span: the first occurrence of `word` in the document.
Span SpanOf(const Document& doc, std::string_view word, uint32_t* sentence) {
  size_t at = doc.article.text.find(word);
  EXPECT_NE(at, std::string::npos) << word;
  Span span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + word.size())};
  for (uint32_t s = 0; s < doc.sentences.size(); ++s)
    if (doc.sentences[s].span.start <= span.start && span.start < doc.sentences[s].span.end)
      *sentence = s;
  return span;
}

struct Case {
  const char* text;
  const char* published;
  const char* trigger;
  const char* date;
  const char* date_end;
  int precision;
  const char* rule;
};

TEST(ChooseEventDate, PrefersTheTriggersClause) {
  const Case kCases[] = {
      {"UN soldiers Tuesday left a camp in Kidal.", "2023-10-31", "left", "2023-10-31", "", 1,
       "clause"},
      {"On 3 March 2018, gunmen attacked a convoy near Gao.", "2018-03-05", "attacked",
       "2018-03-03", "", 1, "clause"},
      {"Following a coup in 2020, the rulers in June ordered the peacekeepers out.", "2023-10-31",
       "ordered", "2023-06", "", 3, "clause"},
      {"Fighting raged between 3 and 5 May around the town.", "2023-10-31", "Fighting",
       "2023-05-03", "2023-05-05", 2, "clause"},
      {"Clashes erupted last week in the north.", "2023-10-31", "Clashes", "2023-10-23",
       "2023-10-29", 2, "clause"},
      {"Gunmen attacked the village; the army arrived on Friday.", "2023-10-31", "attacked",
       "2023-10-27", "", 1, "sentence"},
      {"Gunmen attacked the village near Gao.", "2023-10-31", "attacked", "2023-10-31", "", 2,
       "published"},
      {"They would contravene the 2014 and 2015 peace deals.", "2023-10-31", "contravene",
       "2023-10-31", "", 2, "published"},
      {"The siege of the camp lasted for three days.", "2023-10-31", "siege", "2023-10-31", "", 2,
       "published"},
      // A date right after a reporting verb dates the report, not the event.
      {"The army said on Friday that troops raided the camp from Sunday to Thursday.",
       "2023-10-31", "raided", "2023-10-22", "2023-10-26", 2, "clause"},
      {"The army said Friday that troops raided the camp.", "2023-10-31", "raided", "2023-10-27",
       "", 1, "sentence"},
      {"Rebels announced on Monday the capture of the town.", "2023-10-31", "announced",
       "2023-10-30", "", 1, "clause"},
      // Dates of other, earlier matters: in a relative clause or after "of" on an event noun.
      {"Troops arrested the organiser of the attack which killed 19 people in March 2016.",
       "2023-10-31", "arrested", "2023-10-31", "", 2, "published"},
      {"The camp, which was built in 2014, was shelled; no one was hurt.", "2023-10-31",
       "shelled", "2023-10-31", "", 2, "published"},
      {"Gunmen shot a herder in reprisal, possibly, for the events of 14 October.", "2023-10-31",
       "shot", "2023-10-31", "", 2, "published"},
      {"Gunmen who attacked the camp on Sunday fled north.", "2023-10-31", "attacked",
       "2023-10-29", "", 1, "clause"},
      // Year roll-over: a past day or weekday in late December read in early January.
      {"Gunmen attacked the village on 30 December.", "2019-01-02", "attacked", "2018-12-30", "",
       1, "clause"},
      {"Gunmen attacked the village on Sunday.", "2019-01-02", "attacked", "2018-12-30", "", 1,
       "clause"},
      {"On the night of 31 December to 1 January, gunmen attacked the village.", "2019-01-03",
       "attacked", "2018-12-31", "2019-01-01", 2, "clause"},
  };
  for (const auto& c : kCases) {
    Document doc = Annotate(c.text, c.published);
    uint32_t sentence = 0;
    Span trigger = SpanOf(doc, c.trigger, &sentence);
    Event e;
    ChooseEventDate(doc, sentence, trigger, &e);
    ASSERT_TRUE(e.date.has_value()) << c.text;
    EXPECT_EQ(*e.date, c.date) << c.text;
    EXPECT_EQ(e.date_end.value_or(""), c.date_end) << c.text;
    EXPECT_EQ(e.date_precision, c.precision) << c.text;
    EXPECT_EQ(e.evidence.date_rule, c.rule) << c.text;
  }
}

// An undated sentence takes the narrative's date from the sentences just before it.
TEST(ChooseEventDate, CarriesTheNarrativesDate) {
  struct C { const char* text; const char* trigger; const char* date; const char* rule; };
  const C kCases[] = {
      {"Gunmen raided Dioura on Monday. They killed five soldiers.", "killed", "2023-10-30",
       "previous"},
      {"On 12 October, militants ambushed a patrol. The convoy lost two trucks. Troops burned "
       "the camp.",
       "burned", "2023-10-12", "previous"},
      {"Gunmen raided Dioura on Monday. Separately, bandits looted a shop.", "looted",
       "2023-10-31", "published"},
      {"The army said on Monday it was ready. Gunmen looted a shop.", "looted", "2023-10-31",
       "published"},
      {"Gunmen raided Dioura on Monday. A trader said. Police came. Troops burned the camp.",
       "burned", "2023-10-31", "published"},
  };
  for (const auto& c : kCases) {
    Document doc = Annotate(c.text, "2023-10-31");
    uint32_t sentence = 0;
    Span trigger = SpanOf(doc, c.trigger, &sentence);
    Event e;
    ChooseEventDate(doc, sentence, trigger, &e);
    EXPECT_EQ(e.date.value_or(""), c.date) << c.text;
    EXPECT_EQ(e.evidence.date_rule, c.rule) << c.text;
  }
}

TEST(ChooseEventDate, UsesTheSyntaxClauseWhenGiven) {
  // "Rebels said on Monday that they attacked Gao on Friday": the syntax stage puts the trigger
  // "attacked" in the clause "they attacked Gao on Friday".
  Document doc = Annotate("Rebels said on Monday that they attacked Gao on Friday.", "2023-10-31");
  ASSERT_EQ(doc.times.size(), 2u);
  uint32_t attacked = 0, that = 0;
  for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
    if (doc.norm(doc.tokens[k]) == "attacked") attacked = k;
    if (doc.norm(doc.tokens[k]) == "that") that = k;
  }
  Event e;
  ChooseEventDate(doc, 0, attacked, that + 1, static_cast<uint32_t>(doc.tokens.size()), &e);
  EXPECT_EQ(e.date.value_or(""), "2023-10-27");
  EXPECT_EQ(e.evidence.date_rule, "clause");
  SetEventFatalities(doc, 0, &e);
  EXPECT_FALSE(e.fatalities.has_value());
}

TEST(ChooseEventDate, NoDateWithoutPublicationOrExpression) {
  Document doc = Annotate("Gunmen attacked the village.", "");
  Event e;
  ChooseEventDate(doc, 0, {7, 15}, &e);
  EXPECT_FALSE(e.date.has_value());
  EXPECT_EQ(e.date_precision, 0);
}

std::string ReadSeed() {
  std::ifstream in(std::string(DATELINE_SHARED_DIR) + "/seed/kidal-2023-10-31.txt");
  if (!in) return "";
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const TimeMention* FindTime(const Document& doc, std::string_view text, std::string_view after) {
  size_t from = doc.article.text.find(after);
  for (const auto& t : doc.times)
    if (doc.raw(t.span) == text && t.span.start >= from) return &t;
  return nullptr;
}

TEST(Seed, KidalArticle) {
  std::string text = ReadSeed();
  if (text.empty()) GTEST_SKIP() << "../shared/seed/kidal-2023-10-31.txt is absent";
  Document doc = Annotate(text, "2023-10-31");
  const TimeMention* tuesday = FindTime(doc, "Tuesday", "UN soldiers");
  ASSERT_NE(tuesday, nullptr);
  EXPECT_EQ(tuesday->value, "2023-10-31");
  const TimeMention* june = FindTime(doc, "June", "military rulers");
  ASSERT_NE(june, nullptr);
  EXPECT_EQ(june->value, "2023-06");
  const TimeMention* july = FindTime(doc, "July", "as early as");
  ASSERT_NE(july, nullptr);
  EXPECT_EQ(july->value, "2023-07");
  const TimeMention* end = FindTime(doc, "the end of the year", "");
  ASSERT_NE(end, nullptr);
  EXPECT_EQ(end->value, "2023");
  for (const char* year : {"2014", "2015"}) {
    const TimeMention* y = FindTime(doc, year, "peace deals");
    ASSERT_NE(y, nullptr) << year;
    EXPECT_TRUE(y->modifier) << year;
  }
  // The withdrawal: dated Tuesday 31 October 2023 at day precision; the 180 is cumulative and
  // is not its toll.
  uint32_t sentence = 0;
  Span left = SpanOf(doc, "Tuesday left", &sentence);
  left.start += 8;
  Event e;
  ChooseEventDate(doc, sentence, left, &e);
  EXPECT_EQ(e.date.value_or(""), "2023-10-31");
  EXPECT_EQ(e.date_precision, 1);
  bool found = false;
  for (const auto& q : doc.quantities) {
    if (doc.raw(q.span).substr(0, 3) == "180") {
      found = true;
      EXPECT_TRUE(q.cumulative);
      EXPECT_EQ(q.kind, "killed");
    }
  }
  EXPECT_TRUE(found);
  uint32_t s180 = 0;
  SpanOf(doc, "has seen 180", &s180);
  EXPECT_FALSE(EventFatalities(doc, s180, false).has_value());
  EXPECT_FALSE(EventFatalities(doc, sentence).has_value());
}

}  // namespace
}  // namespace dateline::time
