// Seed checks of toponym recognition and resolution against the default gazetteer (cities500):
// the Kidal article's places, cues, hierarchy, abbreviations, and names that are not places.
#include "geo/geoparser.h"

#include <gtest/gtest.h>

#include <cmath>

#include "geo/geo_test_util.h"

namespace dateline::geo {
namespace {

using testing::Annotate;
using testing::DefaultPipeline;

const PlaceMention* Find(const Document& doc, std::string_view surface, int nth = 0) {
  for (const auto& p : doc.places)
    if (doc.raw(p.span) == surface && nth-- == 0) return &p;
  return nullptr;
}

#define REQUIRE_GAZETTEER()                                                    \
  const Pipeline* pipeline = DefaultPipeline();                                \
  if (!pipeline) GTEST_SKIP() << "no default gazetteer (build/data/gazetteer.bin)"

TEST(Geoparser, KidalIsTheMalianTown) {
  REQUIRE_GAZETTEER();
  Document doc = Annotate(*pipeline, "UN peacekeepers left a camp in the strategic town of Kidal on Tuesday.");
  const PlaceMention* p = Find(doc, "Kidal");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->geonameid, 2455290);
  EXPECT_EQ(p->country, "MLI");
  EXPECT_NEAR(p->lat, 18.44, 0.05);
  EXPECT_NEAR(p->lon, 1.41, 0.05);
  EXPECT_EQ(p->precision, 1);
  EXPECT_EQ(Find(doc, "UN"), nullptr);  // an acronym, not the Indian village Un
}

TEST(Geoparser, DatelineBamakoIsTheCapital) {
  REQUIRE_GAZETTEER();
  Document doc = Annotate(*pipeline, "BAMAKO, Oct 31 (Reuters) - The last peacekeepers left on Tuesday.");
  const PlaceMention* p = Find(doc, "BAMAKO");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "MLI");
  EXPECT_EQ(p->feature_code, "PPLC");
  EXPECT_EQ(p->precision, 1);
}

TEST(Geoparser, CountryMentionHasCountryPrecision) {
  REQUIRE_GAZETTEER();
  Document doc = Annotate(*pipeline, "Troops moved into Mali's volatile north.");
  const PlaceMention* p = Find(doc, "Mali");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "MLI");
  EXPECT_EQ(p->feature_code, "country");
  EXPECT_EQ(p->precision, 4);
  EXPECT_EQ(p->geonameid, 0);  // not a fake GeoNames point
}

struct Case {
  const char* text;
  const char* surface;
  const char* country;  // nullptr: must not be a place
  const char* feature;  // empty: any
  int precision;        // 0: any
};

TEST(Geoparser, Table) {
  REQUIRE_GAZETTEER();
  const Case cases[] = {
      {"Fighting broke out in the Kidal region.", "Kidal region", "MLI", "ADM1", 3},
      {"Clashes near Douentza (Douentza, Mopti) left two dead.", "Mopti", "MLI", "ADM1", 3},
      {"Clashes near Douentza left two dead.", "Douentza", "MLI", "", 2},
      {"Malian soldiers were deployed.", "Malian", "MLI", "country", 4},
      {"Officials in the U.S. said so.", "U.S.", "USA", "country", 4},
      {"Officials in the UK said so.", "UK", "GBR", "country", 4},
      {"A woman of Alexandria, La., was arrested.", "Alexandria", "USA", "", 1},
      {"A woman of Alexandria, La., was arrested.", "La", "USA", "ADM1", 3},
      {"Gov. Jackson spoke on Monday.", "Jackson", nullptr, "", 0},
      {"Chiquita Raquel Henry, 19, was arrested.", "Henry", nullptr, "", 0},
      {"The Bamako-based group denied it.", "Bamako", "MLI", "", 0},
      {"Militants attacked a post north of Gao.", "Gao", "MLI", "", 2},
      {"March was a quiet month.", "March", nullptr, "", 0},
      {"Sunnis and Shiites met in Baghdad on Monday.", "Baghdad", "IRQ", "PPLC", 1},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc = Annotate(*pipeline, c.text);
    const PlaceMention* p = Find(doc, c.surface);
    if (!c.country) {
      EXPECT_EQ(p, nullptr);
      continue;
    }
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->country, c.country);
    if (*c.feature) EXPECT_EQ(p->feature_code, c.feature);
    if (c.precision) EXPECT_EQ(p->precision, c.precision);
  }
}

TEST(Geoparser, OneSensePerNamePerArticle) {
  REQUIRE_GAZETTEER();
  Document doc = Annotate(*pipeline,
                          "Alexandria police responded in Rapides Parish, Louisiana. Later, Alexandria "
                          "officials met.");
  const PlaceMention* a = Find(doc, "Alexandria", 0);
  const PlaceMention* b = Find(doc, "Alexandria", 1);
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->geonameid, b->geonameid);
  EXPECT_EQ(a->admin1, "Louisiana");
}

TEST(Geoparser, CountryHintDecides) {
  REQUIRE_GAZETTEER();
  // Kidal is also a village in East Java; an Indonesian article means that one.
  Document doc = Annotate(*pipeline, "Residents of Kidal village gathered in Malang.", "IDN");
  const PlaceMention* p = Find(doc, "Kidal");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "IDN");
}

TEST(Geoparser, EmptyAndOddInputDoNotCrash) {
  REQUIRE_GAZETTEER();
  for (const char* t : {"", " ", "(", ", , ,", "\xff\xfe", "KIDAL KIDAL KIDAL", "In In In In."}) {
    Document doc = Annotate(*pipeline, t);
    for (const auto& p : doc.places) EXPECT_LE(p.span.end, doc.article.text.size());
  }
}

TEST(Geoparser, RandomTokenSoupKeepsInvariants) {
  REQUIRE_GAZETTEER();
  const char* words[] = {"Kidal", "Mali", "region", ",", "(", ")", "in", "near", "the", "town", "of",
                         "U.S.", "La.", "-", "based", "Malian", "Gov.", "North", "Carolina", "St.",
                         "Louis", "BAMAKO", "'s", "Henry", "Police", "and", "Bosnia", "Herzegovina",
                         ".", "\xc3\xa9", "Gao", "Mopti", "County", "Walker", "Huntsville"};
  uint32_t seed = 12345;
  for (int doc_i = 0; doc_i < 200; ++doc_i) {
    std::string text;
    int n = 1 + static_cast<int>((seed = seed * 1103515245 + 12345) % 60);
    for (int k = 0; k < n; ++k) {
      seed = seed * 1103515245 + 12345;
      text += words[(seed >> 8) % (sizeof(words) / sizeof(words[0]))];
      text += ((seed >> 4) % 3) ? " " : "";
    }
    Document doc = Annotate(*pipeline, text);
    for (const auto& p : doc.places) {
      ASSERT_LT(p.span.start, p.span.end) << text;
      ASSERT_LE(p.span.end, doc.article.text.size()) << text;
      ASSERT_TRUE(p.sentence == kNone || p.sentence < doc.sentences.size()) << text;
      ASSERT_GE(p.precision, 1);
      ASSERT_LE(p.precision, 4);
      ASSERT_FALSE(p.name.empty());
    }
  }
}

}  // namespace
}  // namespace dateline::geo

namespace dateline::geo {
namespace {

// Regression: named armed groups were geocoded as towns ("Wagner" -> Wagner, South Dakota;
// "Defense of the Homeland" -> Homeland, California) because only people and organisations
// blocked toponyms.
TEST(Geoparser, NamedArmedGroupsAreNotPlaces) {
  const Pipeline* pipeline = testing::DefaultPipeline();
  if (!pipeline) GTEST_SKIP() << "no default gazetteer (build/data/gazetteer.bin)";
  Document doc = testing::Annotate(*pipeline,
      "Wagner fighters and the Volunteers for the Defense of the Homeland attacked a village near "
      "Djibo on Sunday.");
  for (const auto& p : doc.places) {
    EXPECT_NE(p.country, "USA") << doc.raw(p.span) << " resolved to " << p.name;
  }
}

}  // namespace
}  // namespace dateline::geo
