// Event location rules over annotated sentences: verb-pp, clause, dateline, article.
#include "geo/event_location.h"

#include <gtest/gtest.h>

#include "geo/geo_test_util.h"

namespace dateline::geo {
namespace {

using testing::Annotate;
using testing::DefaultPipeline;

Span SpanOf(const Document& doc, std::string_view word, size_t from = 0) {
  size_t p = doc.article.text.find(word, from);
  EXPECT_NE(p, std::string::npos) << word;
  return {static_cast<uint32_t>(p), static_cast<uint32_t>(p + word.size())};
}

uint32_t SentenceOf(const Document& doc, Span s) {
  for (uint32_t i = 0; i < doc.sentences.size(); ++i)
    if (doc.sentences[i].span.start <= s.start && s.end <= doc.sentences[i].span.end) return i;
  return kNone;
}

struct Case {
  const char* text;
  const char* trigger;
  const char* place;  // expected surface of the chosen place ("" = none)
  const char* rule;
};

TEST(EventLocation, Rules) {
  const Pipeline* pipeline = DefaultPipeline();
  if (!pipeline) GTEST_SKIP() << "no default gazetteer";
  const Case cases[] = {
      {"Mali said peacekeepers left a camp in the strategic town of Kidal on Tuesday.", "left", "Kidal",
       "verb-pp"},
      {"In Gao, gunmen attacked a convoy heading to Mali's north.", "attacked", "Gao", "verb-pp"},
      {"Mopti officials said gunmen attacked a convoy.", "attacked", "Mopti", "clause"},
      {"Timbuktu is calm. Gunmen attacked a convoy on Monday. Timbuktu residents fled.", "attacked",
       "Timbuktu", "article"},
      {"Gunmen attacked a convoy on Monday.", "attacked", "", ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc = Annotate(*pipeline, c.text);
    Span trig = SpanOf(doc, c.trigger);
    std::string rule;
    uint32_t k = ChooseEventLocation(doc, SentenceOf(doc, trig), trig, &rule);
    EXPECT_EQ(rule, c.rule);
    if (!*c.place) {
      EXPECT_EQ(k, kNone);
      continue;
    }
    ASSERT_NE(k, kNone);
    EXPECT_EQ(doc.raw(doc.places[k].span), c.place);
  }
}

// A place that is the object of an act done to places (fighting, taking territory) locates it;
// the object of an accusation does not.
TEST(EventLocation, PlaceAsTheVerbsObject) {
  const Pipeline* pipeline = DefaultPipeline();
  if (!pipeline) GTEST_SKIP() << "no default gazetteer";
  Document doc = Annotate(*pipeline, "Rebels said they had taken Goma, the largest city in eastern Congo.");
  Span trig = SpanOf(doc, "taken");
  std::string rule;
  uint32_t k = ChooseEventLocation(doc, SentenceOf(doc, trig), trig, &rule, /*object_is_place=*/true);
  ASSERT_NE(k, kNone);
  EXPECT_EQ(doc.raw(doc.places[k].span), "Goma");
  EXPECT_EQ(rule, "verb-pp");
  k = ChooseEventLocation(doc, SentenceOf(doc, trig), trig, &rule, /*object_is_place=*/false);
  ASSERT_NE(k, kNone);
  EXPECT_NE(doc.raw(doc.places[k].span), "Goma");
}

TEST(EventLocation, DatelineInActorsCountry) {
  const Pipeline* pipeline = DefaultPipeline();
  if (!pipeline) GTEST_SKIP() << "no default gazetteer";
  Document doc = Annotate(*pipeline, "BAMAKO - Soldiers clashed with rebels. Paris reacted later.");
  doc.dateline = DatelineInfo{"BAMAKO", std::nullopt, SpanOf(doc, "BAMAKO")};
  Span trig = SpanOf(doc, "clashed");
  ActorMention soldiers;
  soldiers.span = SpanOf(doc, "Soldiers");
  soldiers.sentence = SentenceOf(doc, trig);
  soldiers.country = "MLI";
  doc.actors.push_back(soldiers);
  std::string rule;
  // The dateline sits in the event's sentence here, so the clause rule finds it first.
  uint32_t k = ChooseEventLocation(doc, SentenceOf(doc, trig), trig, &rule);
  ASSERT_NE(k, kNone);
  EXPECT_EQ(doc.places[k].country, "MLI");
  // No place in the event's sentence: the dateline wins when it is in the actors' country.
  Document doc2 = Annotate(*pipeline, "BAMAKO - The statement came late. Soldiers clashed with rebels.");
  doc2.dateline = DatelineInfo{"BAMAKO", std::nullopt, SpanOf(doc2, "BAMAKO")};
  Span trig2 = SpanOf(doc2, "clashed");
  ActorMention a2;
  a2.span = SpanOf(doc2, "Soldiers");
  a2.sentence = SentenceOf(doc2, trig2);
  a2.country = "MLI";
  doc2.actors.push_back(a2);
  k = ChooseEventLocation(doc2, a2.sentence, trig2, &rule);
  EXPECT_EQ(rule, "dateline");
  ASSERT_NE(k, kNone);
  EXPECT_EQ(doc2.raw(doc2.places[k].span), "BAMAKO");
  // Actors of another country: the dateline does not locate their event.
  for (auto& a : doc2.actors) a.country = "FRA";
  k = ChooseEventLocation(doc2, a2.sentence, trig2, &rule);
  EXPECT_EQ(rule, "article");
}

}  // namespace
}  // namespace dateline::geo

namespace dateline::geo {
namespace {

TEST(EventLocation, DocumentLocationPrefersPlaceInLocativePhrase) {
  const Pipeline* pipeline = testing::DefaultPipeline();
  if (!pipeline) GTEST_SKIP() << "no default gazetteer";
  struct Case {
    const char* text;
    const char* place;
    const char* rule;
  };
  const Case cases[] = {
      {"On Monday, Malian soldiers from Bamako clashed with militants near Gao.", "Bamako", "first-pp"},
      {"Mali: Gao residents protested on Monday.", "Gao", "first-place"},
      {"Malian soldiers clashed with militants.", "Malian", "article"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc = testing::Annotate(*pipeline, c.text);
    std::string rule;
    uint32_t k = DocumentLocation(doc, &rule);
    ASSERT_NE(k, kNone);
    EXPECT_EQ(doc.raw(doc.places[k].span), c.place);
    EXPECT_EQ(rule, c.rule);
  }
}

}  // namespace
}  // namespace dateline::geo

namespace dateline::geo {
namespace {

// A bureau dateline and a foreign country's adjective do not locate the events of a story about
// places elsewhere in the dateline's country (the Laukkai report from Yangon).
TEST(EventLocation, BureauDatelineAndBorderCountryDoNotLocate) {
  const Pipeline* pipeline = testing::DefaultPipeline();
  if (!pipeline) GTEST_SKIP() << "no default gazetteer";
  Document doc = testing::Annotate(*pipeline,
                                   "YANGON (AFP) - Rebels said they had captured the town of Hpawlaing on "
                                   "Myanmar's border with China. Fighting went on across the Kokang region "
                                   "in northern Shan state. The rebels also seized several posts along the "
                                   "Chinese border.");
  std::string rule;
  Span trig = SpanOf(doc, "captured");
  uint32_t k = ChooseEventLocation(doc, SentenceOf(doc, trig), trig, &rule);
  ASSERT_NE(k, kNone);
  EXPECT_EQ(doc.raw(doc.places[k].span), "Hpawlaing");
  EXPECT_EQ(doc.places[k].country, "MMR");
  trig = SpanOf(doc, "seized");
  k = ChooseEventLocation(doc, SentenceOf(doc, trig), trig, &rule);
  ASSERT_NE(k, kNone);
  EXPECT_EQ(doc.places[k].country, "MMR");
  EXPECT_NE(doc.raw(doc.places[k].span), "YANGON");
  EXPECT_EQ(rule, "article");
}

}  // namespace
}  // namespace dateline::geo
