#include "store/dedup_eval.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

namespace dateline::store {
namespace {

TEST(ScorePairs, CountsPairs) {
  struct Case {
    std::vector<std::string> gold;
    std::vector<int64_t> predicted;
    double precision, recall;
  };
  const Case cases[] = {
      {{"a", "a", "b", "b"}, {1, 1, 2, 2}, 1.0, 1.0},
      {{"a", "a", "b", "b"}, {1, 1, 1, 1}, 2.0 / 6, 1.0},  // everything merged
      {{"a", "a", "b", "b"}, {1, 2, 3, 4}, 1.0, 0.0},      // nothing merged
      {{"a", "a", "a", "b"}, {1, 1, 2, 2}, 0.5, 1.0 / 3},
  };
  for (const Case& c : cases) {
    PairwiseScore s = ScorePairs(c.gold, c.predicted);
    EXPECT_DOUBLE_EQ(s.precision(), c.precision);
    EXPECT_DOUBLE_EQ(s.recall(), c.recall);
  }
}

std::string WriteCsv() {
  std::string path = (std::filesystem::temp_directory_path() / ("dedup_eval_" + std::to_string(getpid()) + ".csv")).string();
  std::ofstream out(path);
  out << "event_id_cnty,event_date,time_precision,disorder_type,event_type,sub_event_type,actor1,inter1,"
         "iso3,country,admin1,admin2,location,latitude,longitude,geo_precision,fatalities,notes\n"
         "MLI1,30 December 2018,1,Political violence,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,2,"
         "MLI,Mali,Koulikoro,Banamba,Sebete,14.0336,-7.1451,2,2,\"Secret note, never copied.\"\n"
         "MLI1,30 December 2018,1,Political violence,Battles,Armed clash,Military Forces of Mali (2013-2020),1,"
         "MLI,Mali,Koulikoro,Banamba,Sebete,14.0336,-7.1451,2,2,\"Secret note, never copied.\"\n"
         "MLI2,2 January 2019,2,Political violence,Violence against civilians,Attack,Unidentified Armed Group (Mali),3,"
         "MLI,Mali,Mopti,Bankass,Koulogon,14.12,-3.43,1,37,\"Secret note, never copied.\"\n";
  return path;
}

TEST(GenerateReports, WritesTwoToFourOwnReportsPerEvent) {
  std::string path = WriteCsv();
  auto events = ReadAcledForDedup(path);
  std::filesystem::remove(path);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].actor2, "Military Forces of Mali (2013-2020)");  // from the second row
  EXPECT_EQ((*events)[0].date, "2018-12-30");
  for (uint64_t seed : {1, 2, 3}) {
    auto reports = GenerateReports(*events, seed);
    std::map<std::string, int> per_event;
    std::set<std::string> texts, outlets_mli1;
    for (const auto& r : reports) {
      ++per_event[r.gold];
      texts.insert(r.doc.article.text);
      EXPECT_EQ(r.doc.article.text.find("Secret note"), std::string::npos);
      ASSERT_EQ(r.doc.events.size(), 1u);
      const Event& e = r.doc.events[0];
      if (r.gold == "MLI1") {
        outlets_mli1.insert(*r.doc.article.source);
        EXPECT_EQ(*e.date, "2018-12-30");
        EXPECT_EQ(e.acled.event_type, "Battles");
      } else {
        EXPECT_EQ(e.date_precision, 2);  // ACLED time precision 2: a week
        EXPECT_EQ(*e.date, "2018-12-31");
        EXPECT_EQ(*e.date_end, "2019-01-06");
      }
      EXPECT_EQ(r.doc.sentences.size(), 2u);
      EXPECT_NE(ReportJsonl(r).find("\"gold_event\":\"" + r.gold + "\""), std::string::npos);
    }
    for (const auto& [id, n] : per_event) {
      EXPECT_GE(n, 2) << id;
      EXPECT_LE(n, 4) << id;
    }
    EXPECT_EQ(texts.size(), reports.size());  // worded differently
    EXPECT_EQ(outlets_mli1.size(), static_cast<size_t>(per_event["MLI1"]));  // distinct outlets
  }
}

TEST(ReadAcledForDedup, RejectsOtherFiles) {
  EXPECT_FALSE(ReadAcledForDedup("/nonexistent.csv").ok());
}

}  // namespace
}  // namespace dateline::store
