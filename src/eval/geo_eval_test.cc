// Gold reading (character offsets to bytes, entities, CDATA) and the scoring measures.
#include "eval/geo_eval.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace dateline::eval {
namespace {

TEST(GeoEval, ReadsCharacterOffsetsAsBytes) {
  std::string path = ::testing::TempDir() + "/geo_gold_" + std::to_string(::getpid()) + ".xml";
  std::ofstream(path) << "<articles><article docid=\"1\"><text><![CDATA[Café in Ségou & Mopti.]]></text>"
                         "<toponyms><toponym><start>8</start><end>13</end><phrase>Ségou</phrase>"
                         "<gaztag geonameid=\"1\"><lat>13.4</lat><lon>-6.2</lon></gaztag></toponym>"
                         "<toponym><start>0</start><end>4</end><phrase>Café</phrase></toponym>"
                         "</toponyms></article>"
                         "<article file=\"2\"><text>A &amp; B in Gao</text><toponyms><toponym>"
                         "<start>9</start><end>12</end><latitude>16.3</latitude><longitude>-0.04</longitude>"
                         "</toponym></toponyms></article></articles>";
  auto gold = ReadGeoGold(path);
  ASSERT_TRUE(gold.ok());
  ASSERT_EQ(gold->size(), 2u);
  const auto& a = (*gold)[0];
  ASSERT_EQ(a.toponyms.size(), 1u);
  EXPECT_EQ(a.without_coordinates, 1u);
  EXPECT_EQ(a.text.substr(a.toponyms[0].span.start, a.toponyms[0].span.size()), "Ségou");
  const auto& b = (*gold)[1];
  ASSERT_EQ(b.toponyms.size(), 1u);
  EXPECT_EQ(b.text.substr(b.toponyms[0].span.start, b.toponyms[0].span.size()), "Gao");
}

TEST(GeoEval, NoArticlesIsAnError) {
  std::string path = ::testing::TempDir() + "/geo_empty_" + std::to_string(::getpid()) + ".xml";
  std::ofstream(path) << "<articles></articles>";
  EXPECT_FALSE(ReadGeoGold(path).ok());
  EXPECT_FALSE(ReadGeoGold(path + ".missing").ok());
}

TEST(GeoEval, Scores) {
  GeoGoldArticle g;
  g.toponyms = {{{0, 5}, 18.44, 1.41, "Kidal"}, {{10, 14}, 16.27, -0.04, "Gao"}, {{20, 25}, 0, 0, "X"}};
  PlaceMention near_kidal, far_gao, spurious;
  near_kidal.span = {0, 5};
  near_kidal.lat = 18.44;
  near_kidal.lon = 1.41;
  far_gao.span = {12, 16};  // overlaps "Gao" partly
  far_gao.lat = 12.65;      // Bamako: ~800 km away
  far_gao.lon = -8.0;
  spurious.span = {30, 34};
  GeoScore s;
  ScoreArticle(g, {near_kidal, far_gao, spurious}, &s);
  EXPECT_EQ(s.gold, 3u);
  EXPECT_EQ(s.found, 2u);
  EXPECT_EQ(s.within_161, 1u);
  EXPECT_EQ(s.predicted, 3u);
  EXPECT_EQ(s.predicted_matching, 2u);
  EXPECT_NEAR(s.accuracy_161(), 0.5, 1e-9);
  EXPECT_GT(s.MedianKm(), 300);
  EXPECT_GT(s.Auc(), 0.0);
  EXPECT_LT(s.Auc(), 1.0);
}

}  // namespace
}  // namespace dateline::eval
