#include "text/agencies.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

struct Case {
  std::string text;
  std::vector<std::string> agencies;
};

TEST(FindAgencies, Mentions) {
  const std::vector<Case> cases = {
      {"several sources told AFP.", {"AFP"}},
      {"KIDAL, Mali (Reuters) - Rebels, AFP reported.", {"Reuters", "AFP"}},
      {"the Associated Press reported; Xinhua said", {"AP", "Xinhua"}},
      {"(APP - UrduPoint)", {"APP"}},
      {"according to the Associated Press of Pakistan", {"APP"}},
      {"KYIV, Ukraine (AP) \xE2\x80\x94 drones", {"AP"}},
      {"AP reported that", {"AP"}},
      {"Police in AP said", {}},      // Andhra Pradesh, not the agency
      {"PTI leader Imran Khan", {}},  // the party, not the agency
      {"told PTI on Monday", {"PTI"}},
      {"AFPX and XAFP are not agencies", {}},
      {"Anadolu Agency and TASS, then dpa news agency", {"Anadolu", "TASS", "DPA"}},
      {"AFP, AFP and Agence France-Presse", {"AFP"}},
      {"EFE and ANSA", {"EFE", "ANSA"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got;
    FindAgencies(c.text, &got);
    EXPECT_EQ(got, c.agencies) << c.text;
  }
}

TEST(CanonicalAgency, Names) {
  EXPECT_EQ(CanonicalAgency("Agence France-Presse"), "AFP");
  EXPECT_EQ(CanonicalAgency("REUTERS"), "Reuters");
  EXPECT_EQ(CanonicalAgency("reuters"), "Reuters");
  EXPECT_EQ(CanonicalAgency("APP"), "APP");
  EXPECT_EQ(CanonicalAgency("UrduPoint"), "");
}

}  // namespace
}  // namespace dateline
