// The compiler and the mapped reader on a small fixture: names, codes, demonyms, admin names with
// and without type words, admin centroids from members, and damaged files failing cleanly.
#include "geo/gazetteer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "geo/gazetteer_builder.h"
#include "geo/name_key.h"

namespace dateline::geo {
namespace {

std::string TempPath(const std::string& name) {
  return ::testing::TempDir() + "/dateline_gaz_" + std::to_string(::getpid()) + "_" + name;
}

void Write(const std::string& path, const std::string& s) {
  std::ofstream(path, std::ios::binary) << s;
}

class GazetteerFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    Write(TempPath("countries.json"),
          R"([{"cca2":"ML","cca3":"MLI","latlng":[17,-4],"name":{"common":"Mali","official":"Republic of Mali"},)"
          R"("altSpellings":["ML","Mali"],"demonyms":{"eng":{"m":"Malian","f":"Malian"}}},)"
          R"({"cca2":"ID","cca3":"IDN","latlng":[-5,120],"name":{"common":"Indonesia","official":"Republic of Indonesia"},)"
          R"("altSpellings":["ID"],"demonyms":{"eng":{"m":"Indonesian","f":"Indonesian"}}},)"
          R"({"cca2":"US","cca3":"USA","latlng":[38,-97],"name":{"common":"United States","official":"United States of America"},)"
          R"("altSpellings":["US","USA"],"demonyms":{"eng":{"m":"American","f":"American"}}}])");
    Write(TempPath("admin1.txt"), "ML.10\tKidal\tKidal\t2597449\nML.04\tMopti\tMopti\t2453347\nXX.01\tNowhere\tNowhere\t1\n");
    Write(TempPath("admin2.txt"), "ML.04.1\tCercle de Douentza\tCercle de Douentza\t99\n");
    Write(TempPath("cities.txt"),
          "2455290\tKidal\tKidal\tKidal',Kidali\t18.44111\t1.40778\tP\tPPLA\tML\t\t10\t\t\t\t25617\t\t\tAfrica/Bamako\t2020-01-01\n"
          "2458334\tDouentza\tDouentza\t\t15.00155\t-2.94978\tP\tPPLA2\tML\t\t04\t1\t\t\t24005\t\t\tAfrica/Bamako\t2020-01-01\n"
          "1640057\tKidal\tKidal\tKidal\t-8.0224\t112.7085\tP\tPPLA4\tID\t\t08\t\t\t\t0\t\t\tAsia/Jakarta\t2022-12-31\n"
          "2453347\tMopti Region\tMopti Region\tRegion de Mopti\t14.5\t-4.0\tA\tADM1\tML\t\t04\t\t\t\t0\t\t\t\t2020-01-01\n"
          "bad line without tabs\n"
          "1\tNowhere\tNowhere\t\tnot-a-number\t0\tP\tPPL\tML\t\t\t\t\t\t0\t\t\t\t\n");
    GazetteerBuildOptions o;
    o.place_files = {TempPath("cities.txt")};
    o.admin1_file = TempPath("admin1.txt");
    o.admin2_file = TempPath("admin2.txt");
    o.countries_file = TempPath("countries.json");
    o.output = TempPath("gaz.bin");
    ASSERT_TRUE(BuildGazetteer(o, &stats_).ok());
    auto g = Gazetteer::Open(o.output);
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    gaz_ = std::move(g).value();
  }
  GazetteerBuildStats stats_;
  std::unique_ptr<Gazetteer> gaz_;
};

TEST_F(GazetteerFixture, BuildCounts) {
  EXPECT_EQ(stats_.places, 3u);
  EXPECT_EQ(stats_.countries, 3u);
  EXPECT_EQ(stats_.skipped_rows, 3u);  // XX admin row, line without tabs, bad latitude
}

TEST_F(GazetteerFixture, LookupSensesAndKinds) {
  auto kidal = gaz_->Lookup(NameKey("KIDAL"));
  int places = 0, admins = 0;
  for (const auto& n : kidal) {
    const GazEntry& e = gaz_->entry(n.entry);
    if (e.kind == EntryKind::kPlace) ++places;
    if (e.kind == EntryKind::kAdmin1) ++admins;
  }
  EXPECT_EQ(places, 2);  // Mali and Indonesia
  EXPECT_EQ(admins, 1);  // Kidal region, placed at its member town
  for (const auto& n : kidal) {
    const GazEntry& e = gaz_->entry(n.entry);
    if (e.kind == EntryKind::kAdmin1) {
      EXPECT_NEAR(e.lat, 18.44111, 1e-4);
      EXPECT_EQ(gaz_->iso3(e), "MLI");
    }
  }
  EXPECT_FALSE(gaz_->Lookup(NameKey("Kidali")).empty());  // alternate name
}

TEST_F(GazetteerFixture, AdminRowOfTheDumpGivesCoordinatesAndNames) {
  auto mopti = gaz_->Lookup(NameKey("Region de Mopti"));  // alternate name from the ADM1 row
  ASSERT_EQ(mopti.size(), 1u);
  const GazEntry& e = gaz_->entry(mopti[0].entry);
  EXPECT_EQ(e.kind, EntryKind::kAdmin1);
  EXPECT_NEAR(e.lat, 14.5, 1e-4);  // the row's point, not the member mean (Douentza, 15.0)
}

TEST_F(GazetteerFixture, AdminNamesWithAndWithoutTypeWord) {
  auto with = gaz_->Lookup(NameKey("Cercle de Douentza"));
  ASSERT_EQ(with.size(), 1u);
  EXPECT_TRUE(with[0].flags & kNameSuffixed);
  bool stripped = false;
  for (const auto& n : gaz_->Lookup(NameKey("Douentza")))
    if (n.flags & kNameStripped) stripped = true;
  EXPECT_TRUE(stripped);
}

TEST_F(GazetteerFixture, CountriesCodesDemonyms) {
  auto malian = gaz_->Lookup(NameKey("Malian"));
  ASSERT_EQ(malian.size(), 1u);
  EXPECT_TRUE(malian[0].flags & kNameDemonym);
  EXPECT_EQ(gaz_->FeatureCode(gaz_->entry(malian[0].entry)), "country");
  EXPECT_NE(gaz_->CountryEntry("MLI"), kNoIndex);
  EXPECT_EQ(gaz_->CountryEntry("MLI"), gaz_->CountryEntry("ML"));
  EXPECT_TRUE(gaz_->Lookup(NameKey("ML")).empty());  // two-letter codes other than US/UK are words
  EXPECT_FALSE(gaz_->Lookup(NameKey("Republic of Mali")).empty());
}

// A country's point is its GeoNames record's: world-countries' own latlng where the two agree
// (Mali), GeoNames' where world-countries departs from it (the United States, 235 km off).
TEST_F(GazetteerFixture, CountryPointsAreGeoNamesPoints) {
  struct Case {
    const char* iso;
    float lat, lon;
  };
  for (const Case& c : {Case{"ML", 17.0f, -4.0f}, Case{"US", 39.76f, -98.5f}}) {
    uint32_t i = gaz_->CountryEntry(c.iso);
    ASSERT_NE(i, kNoIndex) << c.iso;
    EXPECT_NEAR(gaz_->entry(i).lat, c.lat, 1e-3) << c.iso;
    EXPECT_NEAR(gaz_->entry(i).lon, c.lon, 1e-3) << c.iso;
  }
}

TEST(Gazetteer, DamagedFilesFailCleanly) {
  std::string path = TempPath("bad.bin");
  Write(path, "not a gazetteer at all, just some bytes that are long enough to read a header from it....");
  auto g = Gazetteer::Open(path);
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), Status::Code::kCorruption);
  Write(path, "DLG");
  EXPECT_FALSE(Gazetteer::Open(path).ok());
  EXPECT_EQ(Gazetteer::Open(TempPath("missing.bin")).status().code(), Status::Code::kNotFound);
}

TEST_F(GazetteerFixture, TruncatedAndWrongVersion) {
  std::ifstream in(TempPath("gaz.bin"), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string path = TempPath("cut.bin");
  Write(path, bytes.substr(0, bytes.size() / 2));
  EXPECT_EQ(Gazetteer::Open(path).status().code(), Status::Code::kCorruption);
  std::string v = bytes;
  v[8] = 99;  // version field
  Write(path, v);
  auto g = Gazetteer::Open(path);
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("version"), std::string::npos);
}

TEST(NameKey, Canonical) {
  const std::pair<const char*, const char*> cases[] = {
      {"St. Louis", "st louis"}, {"Côte d’Ivoire", "cote d ivoire"}, {"  Winston-Salem ", "winston salem"},
      {"SÉGOU", "segou"},        {"U.S.", "u s"},                    {"", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(NameKey(in), want) << in;
}

}  // namespace
}  // namespace dateline::geo
