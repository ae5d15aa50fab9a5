// ACLED location agreement on a two-event fixture (quoted notes, monadic duplicate rows).
#include "eval/geo_acled.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace dateline::eval {
namespace {

TEST(GeoAcled, ScoresFixture) {
  PipelineOptions o;
  o.disabled_stages = {"events"};
  auto p = Pipeline::Create(o);
  ASSERT_TRUE(p.ok());
  std::string gaz = (*p)->options().gen_dir + "/gazetteer.bin";
  if (::access(gaz.c_str(), R_OK) != 0) GTEST_SKIP() << "no default gazetteer";
  std::string path = ::testing::TempDir() + "/acled_" + std::to_string(::getpid()) + ".csv";
  std::ofstream(path) << "event_id_cnty,location,latitude,longitude,notes,iso3\n"
                         "MLI1,Kidal,18.4411,1.4078,\"On 3 May, gunmen attacked a post in Kidal, \"\"killing\"\" two.\",MLI\n"
                         "MLI1,Kidal,18.4411,1.4078,\"On 3 May, gunmen attacked a post in Kidal, \"\"killing\"\" two.\",MLI\n"
                         "MLI2,Zzyzxville,14.0,-4.0,\"On 4 May, gunmen attacked\na post in Bamako.\",MLI\n";
  std::vector<std::string> misses;
  auto s = ScoreAcledLocations(path, **p, gaz, 0, &misses);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->events, 2u);  // the duplicate row is the same event
  EXPECT_EQ(s->within_25, 1u);
  EXPECT_EQ(s->miss25_not_in_gazetteer, 1u);
  EXPECT_EQ(misses.size(), 1u);
  EXPECT_FALSE(ScoreAcledLocations(path + ".none", **p, gaz, 0, nullptr).ok());
}

}  // namespace
}  // namespace dateline::eval
