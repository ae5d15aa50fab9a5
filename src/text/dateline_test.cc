#include "text/dateline.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

struct Case {
  std::string text;
  std::string place;   // empty: no dateline
  std::string agency;  // empty: none
  std::string region;
  std::string body;  // the text where the body starts
};

TEST(MatchDateline, Styles) {
  const std::vector<Case> cases = {
      {"Bamako, (APP - UrduPoint / Pakistan Point News - 31st Oct, 2023) UN soldiers left",
       "Bamako", "APP", "", "UN soldiers left"},
      {"KIDAL, Mali (Reuters) - Rebels said", "Kidal", "Reuters", "Mali", "Rebels said"},
      {"BAMAKO (AFP) \xE2\x80\x94 The junta said", "Bamako", "AFP", "", "The junta said"},
      {"Goma, DR Congo, May 3 (AFP) - M23 rebels", "Goma", "AFP", "DR Congo", "M23 rebels"},
      {"KYIV, Ukraine (AP) \xE2\x80\x94 Russian drones", "Kyiv", "AP", "Ukraine", "Russian drones"},
      {"MOGADISHU, Oct 31 (Reuters) - Al Shabaab", "Mogadishu", "Reuters", "", "Al Shabaab"},
      {"PORT SUDAN, Sudan \xE2\x80\x93 The army", "Port Sudan", "", "Sudan", "The army"},
      {"KHARTOUM (Xinhua) -- Clashes", "Khartoum", "Xinhua", "", "Clashes"},
      {"KABUL: A blast killed", "Kabul", "", "", "A blast killed"},
      {"ST. LOUIS (AP) \xE2\x80\x94 Police said", "St. Louis", "AP", "", "Police said"},
      {"ORLANDO, Fla. (AP) \xE2\x80\x94 A device", "Orlando", "AP", "Fla.", "A device"},
      {"HAMMOND, Ind. (AP) \xC2\x97 The DNR", "Hammond", "AP", "Ind.", "The DNR"},
      {"Patrick's Day. INDIANAPOLIS (AP) -- Police", "", "", "", ""},
      {"BAMAKO (AFP) \xE2\x80\x94\nThe junta said", "Bamako", "AFP", "", "The junta said"},
      // Not datelines.
      {"The Malian Army (FAMa) said on Tuesday", "", "", "", ""},
      {"Gunmen in Zamfara - a state in the northwest - killed", "", "", "", ""},
      {"UN soldiers Tuesday left a camp", "", "", "", ""},
      {"Kidal - The town", "", "", "", ""},           // a dash without capitals or an agency
      {"BAMAKO (AFP) \xE2\x80\x94", "", "", "", ""},  // nothing after it
      {"BREAKING NEWS: Gunmen attack", "", "", "", ""},
      {"UN: Troops leave", "", "", "", ""},
  };
  for (const Case& c : cases) {
    auto m = MatchDateline(c.text, 0);
    if (c.place.empty()) {
      EXPECT_FALSE(m.has_value()) << c.text << " -> " << (m ? m->info.place : "");
      continue;
    }
    ASSERT_TRUE(m.has_value()) << c.text;
    EXPECT_EQ(m->info.place, c.place) << c.text;
    EXPECT_EQ(m->info.agency.value_or(""), c.agency) << c.text;
    EXPECT_EQ(m->info.region, c.region) << c.text;
    EXPECT_EQ(c.text.substr(m->body_start), c.body) << c.text;
    EXPECT_EQ(m->info.span.start, 0u);
  }
}

TEST(MatchDateline, LowerCasedArchive) {
  std::string body(300, 'x');
  for (size_t i = 7; i < body.size(); i += 8) body[i] = ' ';
  std::string text = "new delhi: the ministry said " + body;
  auto m = MatchDateline(text, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->info.place, "New Delhi");
  EXPECT_FALSE(m->info.agency.has_value());
  EXPECT_EQ(text.substr(m->body_start, 12), "the ministry");
  // In ordinary text a lower-case word and a colon is no dateline.
  std::string normal = "police: The Ministry Said " + body;
  for (size_t i = 30; i < normal.size(); i += 4) normal[i] = 'X';
  EXPECT_FALSE(MatchDateline(normal, 0).has_value());
}

TEST(MatchDateline, SeedSpanAndDate) {
  std::string s = "Bamako, (APP - UrduPoint / Pakistan Point News - 31st Oct, 2023) UN soldiers";
  auto m = MatchDateline(s, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(s.substr(m->info.span.start, m->info.span.end - m->info.span.start),
            "Bamako, (APP - UrduPoint / Pakistan Point News - 31st Oct, 2023)");
  EXPECT_EQ(m->date_iso, "2023-10-31");
}

}  // namespace
}  // namespace dateline
