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
      // The region is Tombouctou; its seat Timbuktu lends it its name.
      {"Fighting broke out in the Timbuktu region.", "Timbuktu region", "MLI", "ADM1", 3},
      {"Fighting broke out in Timbuktu.", "Timbuktu", "MLI", "PPLA", 1},
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
      // An ordinary first word that is only an alternate name (Perth's "Part") is the word; a
      // demonym in that place stays a place.
      {"Part of the parliament building was set on fire.", "Part", nullptr, "", 0},
      {"Iraqi officials said so.", "Iraqi", "IRQ", "country", 4},
      // A town said to lie in a region that does not hold it is another place of that name.
      {"Soldiers clashed with gunmen near Doma, in the Mopti region.", "Doma", "MLI", "unresolved", 3},
      {"Denver, Indianapolis and Louisville voted.", "Indianapolis", "USA", "", 1},
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
                         ".", "\xc3\xa9", "Gao", "Mopti", "County", "Walker", "Huntsville",
                         // unresolved toponyms and their cues
                         "Zorbat", "Kewa", "village", "between", "circle", "25", "km", "from",
                         "Boni", "Kokang", "Myanmar", "border", "with", "China", "Chinese", "Tin",
                         "area", "outskirts", "north", "a"};
  uint32_t seed = 12345;
  for (int doc_i = 0; doc_i < 200; ++doc_i) {
    std::string text;
    int n = 1 + static_cast<int>((seed = seed * 1103515245 + 12345) % 60);
    for (int k = 0; k < n; ++k) {
      seed = seed * 1103515245 + 12345;
      text += words[(seed >> 8) % (sizeof(words) / sizeof(words[0]))];
      text += ((seed >> 4) % 3) ? " " : "";
    }
    Document doc = Annotate(*pipeline, text, doc_i % 2 ? "MLI" : "");
    for (const auto& p : doc.places) {
      ASSERT_LT(p.span.start, p.span.end) << text;
      ASSERT_LE(p.span.end, doc.article.text.size()) << text;
      ASSERT_TRUE(p.sentence == kNone || p.sentence < doc.sentences.size()) << text;
      ASSERT_GE(p.precision, 1);
      ASSERT_LE(p.precision, 4);
      ASSERT_FALSE(p.name.empty());
      if (p.feature_code == "unresolved") {
        ASSERT_EQ(p.geonameid, 0) << text;
        ASSERT_GE(p.precision, 2) << text;  // never a made-up exact point
        ASSERT_FALSE(p.country.empty()) << text;
      }
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

namespace dateline::geo {
namespace {

// Unknown names with a strong cue are kept as unresolved toponyms, placed at the finest known
// unit named with them (ACLED's geo_precision 2 and 3), never at a made-up point.
TEST(Geoparser, UnresolvedNamesTakeTheFinestKnownUnit) {
  const Pipeline* pipeline = testing::DefaultPipeline();
  if (!pipeline) GTEST_SKIP() << "no default gazetteer";
  struct Case {
    const char* text;
    const char* surface;  // the unknown name
    int precision;        // 2 near a known town, 3 a division's centroid, 4 the country
    const char* admin1;   // of the unit it was placed at
    const char* admin2;
    double lat, lon;      // the unit's point (within 0.3 degrees)
  };
  const Case cases[] = {
      // The cercle (second level) is finer than the region: the cercle's seat, Djenne.
      {"Gunmen burned a granary in Sokoura, circle of Djenne, Mopti region.", "Sokoura", 3, "Mopti",
       "Djenne Cercle", 13.91, -4.55},
      // Only the region: its centroid, from its cities500 places.
      {"Militants raided the village of Fakala, Segou region, at night.", "Fakala", 3, "S\u00e9gou", "", 13.6, -5.9},
      // A known town named with it: near that town.
      {"Unknown gunmen attacked the village of Tiwal on the road between Boni and Douentza.", "Tiwal", 2,
       "Mopti", "Douentza Cercle", 15.0, -2.95},
      {"A trader was kidnapped in Dinangourou, 40 km from Douentza, on Monday.", "Dinangourou", 2, "Mopti",
       "Douentza Cercle", 15.0, -2.95},
      // A known name far from the place it is said to be near is another place of that name.
      {"A herder was shot in Atara, 25 km from Niafunke, on Friday.", "Atara", 2, "Tombouctou",
       "Niafunke Cercle", 15.93, -3.99},
      // A gazetteer name ("Tin") that is only the start of an unknown one.
      {"Gunmen attacked a post in Tin-Hama, Gao region, at dawn.", "Tin-Hama", 3, "Gao", "", 16.2, 0.8},
      // Nothing finer than the country (the hint): precision 4 at the country's point.
      {"Dozos attacked the Fulani village of Kewa, killing three.", "Kewa", 4, "", "", 17.0, -4.0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc = testing::Annotate(*pipeline, c.text, "MLI");
    const PlaceMention* p = Find(doc, c.surface);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->feature_code, "unresolved");
    EXPECT_EQ(p->name, c.surface);
    EXPECT_EQ(p->geonameid, 0);
    EXPECT_EQ(p->country, "MLI");
    EXPECT_EQ(p->precision, c.precision);
    if (c.precision < 4) {
      EXPECT_EQ(p->admin1, c.admin1);
      EXPECT_EQ(p->admin2, c.admin2);
    }
    EXPECT_NEAR(p->lat, c.lat, 0.3);
    EXPECT_NEAR(p->lon, c.lon, 0.3);
  }
}

// Weak cues do not invent places: an unknown word after "in" with no hierarchy (and no country
// hint), a person's age, a possessive, a street.
TEST(Geoparser, UnknownNamesWithoutStrongCueAreNotPlaces) {
  const Pipeline* pipeline = testing::DefaultPipeline();
  if (!pipeline) GTEST_SKIP() << "no default gazetteer";
  for (const char* text : {"The mayor spoke in Ploverton on Tuesday.",
                           "She lives in Ploverton, completed the course and left.",
                           "Police said Dana Ploverton, 45, was released.",
                           "He broke up a fight between Ploverton Jones, 23, and a neighbour.",
                           "They paved the alleys between Ploverton and Seventh streets.",
                           "The daughter of Missy and Ploverton Wilkinson won.",
                           "Students in the village of Ploverton's old school sat down.",
                           "The town hall named it the capital of Ploverton culture."}) {
    SCOPED_TRACE(text);
    Document doc = testing::Annotate(*pipeline, text);
    EXPECT_EQ(Find(doc, "Ploverton"), nullptr);
  }
  // With an explicit country hint (a local report, an ACLED note) "in X" is enough: the name is
  // kept, at the country's point; the other weak cues still are not.
  Document doc = testing::Annotate(*pipeline, "The mayor spoke in Ploverton on Tuesday.", "USA");
  const PlaceMention* p = Find(doc, "Ploverton");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->feature_code, "unresolved");
  EXPECT_EQ(p->country, "USA");
  EXPECT_EQ(p->precision, 4);
  for (const char* text : {"Police said Dana Ploverton, 45, was released.",
                           "The town hall named it the capital of Ploverton culture."}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(Find(testing::Annotate(*pipeline, text, "USA"), "Ploverton"), nullptr);
  }
}

// The document's countries veto a far-away minor sense in another country: the Indonesian
// village Kokang, Watampone (Sulawesi) by its alternate name Boni. A name so vetoed stays an
// unresolved toponym placed in the article's country.
TEST(Geoparser, CountryContextVetoesFarAwayMinorPlaces) {
  const Pipeline* pipeline = testing::DefaultPipeline();
  if (!pipeline) GTEST_SKIP() << "no default gazetteer";
  struct Case {
    const char* text;
    const char* hint;
    const char* surface;
    const char* country;
    int precision;
  };
  const Case cases[] = {
      {"Rebels in Myanmar said they now hold much of the Kokang region in northern Shan state.", "",
       "Kokang region", "MMR", 3},
      {"Soldiers were ambushed on the outskirts of Boni on Sunday.", "MLI", "Boni", "MLI", 4},
      {"Soldiers were ambushed on the road between Boni and Douentza.", "MLI", "Boni", "MLI", 2},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    Document doc = testing::Annotate(*pipeline, c.text, c.hint);
    const PlaceMention* p = Find(doc, c.surface);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->country, c.country);
    EXPECT_EQ(p->feature_code, "unresolved");
    EXPECT_EQ(p->precision, c.precision);
  }
  // Without the article's countries nothing is vetoed: the only Kokang is a sense like any other.
  Document doc = testing::Annotate(*pipeline, "They travelled to Kokang last year.");
  const PlaceMention* p = Find(doc, "Kokang");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "IDN");
}

// A country adjective or the far side of a border is a modifier: evidence, not a location.
TEST(Geoparser, BorderAndAdjectiveCountriesAreModifiers) {
  const Pipeline* pipeline = testing::DefaultPipeline();
  if (!pipeline) GTEST_SKIP() << "no default gazetteer";
  Document doc = testing::Annotate(
      *pipeline, "Rebels took a post on Myanmar's border with China and two towns along the Chinese border.");
  const PlaceMention* myanmar = Find(doc, "Myanmar");
  const PlaceMention* china = Find(doc, "China");
  const PlaceMention* chinese = Find(doc, "Chinese");
  ASSERT_NE(myanmar, nullptr);
  ASSERT_NE(china, nullptr);
  ASSERT_NE(chinese, nullptr);
  EXPECT_FALSE(myanmar->modifier);
  EXPECT_TRUE(china->modifier);
  EXPECT_TRUE(chinese->modifier);
}

// A country inside a longer actor's name says whose forces, not where: "Military Forces of France
// clashed with rebels in Mali" happened in Mali.
TEST(Geoparser, CountryInsideAnActorNameIsAModifier) {
  const Pipeline* pipeline = testing::DefaultPipeline();
  if (!pipeline) GTEST_SKIP() << "no default gazetteer";
  Document doc = testing::Annotate(*pipeline, "Military Forces of France clashed with rebels in Mali on Monday.");
  const PlaceMention* france = Find(doc, "France");
  const PlaceMention* mali = Find(doc, "Mali");
  ASSERT_NE(france, nullptr);
  ASSERT_NE(mali, nullptr);
  EXPECT_TRUE(france->modifier);
  EXPECT_FALSE(mali->modifier);
}

// The builder gives a member-less cercle its same-named seat: "Douentza Cercle" at Douentza.
TEST(Geoparser, CercleTakesItsSeatTown) {
  const Pipeline* pipeline = testing::DefaultPipeline();
  if (!pipeline) GTEST_SKIP() << "no default gazetteer";
  Document doc = testing::Annotate(*pipeline, "Gunmen were active across the Douentza circle.", "MLI");
  const PlaceMention* p = Find(doc, "Douentza circle");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->feature_code, "ADM2");
  EXPECT_EQ(p->precision, 3);
  EXPECT_NEAR(p->lat, 15.0, 0.05);
  EXPECT_NEAR(p->lon, -2.95, 0.05);
}

}  // namespace
}  // namespace dateline::geo
