// Tests of the ACLED evaluation helpers and of the whole evaluation on a two-event export.
#include "eval/acled_eval.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace dateline::eval {
namespace {

TEST(AcledEval, Dates) {
  EXPECT_EQ(AcledDateToIso("30 December 2018"), "2018-12-30");
  EXPECT_EQ(AcledDateToIso("1 March 2017"), "2017-03-01");
  EXPECT_EQ(AcledDateToIso("yesterday"), "");
  EXPECT_EQ(AddDays("2018-12-30", 2), "2019-01-01");
  EXPECT_EQ(AddDays("2016-02-28", 2), "2016-03-01");
  EXPECT_EQ(AcledNameKey("Military Forces of Mali (2013-2020) Gendarmerie"), "military forces of mali");
  EXPECT_EQ(AcledNameKey("Civilians (Mali)"), "civilians (mali)");
}

TEST(AcledEval, ReadsAndScoresEvents) {
  std::string path = ::testing::TempDir() + "/acled_eval_test.csv";
  {
    std::ofstream out(path);
    out << "event_id_cnty,event_date,actor1,inter1,notes,iso3\n"
           "MLI1,30 December 2018,Military Forces of Mali (2013-2020),1,\"On December 30, soldiers, it is said, "
           "clashed with militants.\",MLI\n"
           "MLI1,30 December 2018,Unidentified Armed Group (Mali),3,\"On December 30, soldiers, it is said, "
           "clashed with militants.\",MLI\n"
           "MLI2,31 December 2018,Protesters (Mali),6,\"Students marched in Bamako.\",MLI\n";
  }
  auto events = ReadAcledEvents(path);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].actor2, "Unidentified Armed Group (Mali)");
  EXPECT_EQ((*events)[0].inter2, 3);
  EXPECT_EQ((*events)[0].notes, "On December 30, soldiers, it is said, clashed with militants.");
  EXPECT_EQ((*events)[1].date, "2018-12-31");
  PipelineOptions options;
  options.default_dicts = false;  // no dictionaries: nothing can be recognised
  auto pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok());
  AcledReport r = EvaluateAcled(*events, **pipeline, {});
  ASSERT_GE(r.measures.size(), 4u);
  EXPECT_EQ(r.measures[0].name, "actor1.inter");
  EXPECT_EQ(r.measures[0].total, 2u);
  EXPECT_EQ(r.measures[0].hits, 0u);
  std::remove(path.c_str());
}

const Measure* Find(const AcledReport& r, const std::string& name) {
  for (const auto& m : r.measures)
    if (m.name == name) return &m;
  return nullptr;
}

// The event measures compare the note's main event with ACLED's coding of it.
TEST(AcledEval, ScoresTheMainEvent) {
  std::string path = ::testing::TempDir() + "/acled_eval_events.csv";
  {
    std::ofstream out(path);
    out << "event_id_cnty,event_date,event_type,sub_event_type,actor1,inter1,interaction,latitude,"
           "longitude,notes,fatalities,iso3\n"
           "MLI9,30 December 2018,Battles,Armed clash,Military Forces of Mali (2013-2020),1,12,18.44,"
           "1.41,\"On 30 December 2018, Malian soldiers clashed with JNIM militants near Kidal, "
           "killing three militants.\",3,MLI\n"
           "MLI10,31 December 2018,Protests,Peaceful protest,Protesters (Mali),6,60,12.65,-8.0,"
           "\"The weather was mild.\",0,MLI\n";
  }
  auto events = ReadAcledEvents(path);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].event_type, "Battles");
  EXPECT_EQ((*events)[0].interaction, 12);
  EXPECT_EQ((*events)[0].fatalities, 3);
  auto pipeline = Pipeline::Create(PipelineOptions{});
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  AcledReport r = EvaluateAcled(*events, **pipeline, {});
  const Measure* any = Find(r, "event.any");
  const Measure* type = Find(r, "event.type");
  const Measure* date = Find(r, "event.date");
  ASSERT_TRUE(any && type && date);
  // The clash is an event of ACLED's type on its day; the weather note is no event at all.
  EXPECT_EQ(any->total, 2u);
  EXPECT_EQ(any->hits, 1u);
  EXPECT_EQ(type->hits, 1u);
  EXPECT_EQ(date->hits, 1u);
  std::remove(path.c_str());
}

// Regression guard for the actor dictionaries and recogniser on the ACLED development notes
// (issue 3 target: 0.85; measured 0.81 when this test was written).
TEST(AcledEval, MaliDevelopmentNotes) {
  std::string path = std::string(DATELINE_SHARED_DIR) + "/data/acled/mali-2017-2018.csv";
  if (!std::ifstream(path)) GTEST_SKIP() << "../shared/data/acled is absent";
  auto events = ReadAcledEvents(path);
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(events->size(), 1224u);
  auto pipeline = Pipeline::Create(PipelineOptions{});
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  AcledReport r = EvaluateAcled(*events, **pipeline, {});
  EXPECT_GE(r.measures[0].share(), 0.80) << r.measures[0].hits << "/" << r.measures[0].total;
}

}  // namespace
}  // namespace dateline::eval
