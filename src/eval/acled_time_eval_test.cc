// Tests of the ACLED-notes date and fatality reader: what a note's date is anchored on, and when
// a chosen range or month covers ACLED's day. Sentences are written for the tests.
#include "eval/acled_time_eval.h"

#include <gtest/gtest.h>

namespace dateline::eval {
namespace {

TEST(AcledTimeEval, AnchorsTheChosenDate) {
  struct C { const char* note; const char* published; const char* date; const char* anchor; };
  const C kCases[] = {
      {"Gunmen attacked a checkpoint this morning in Sofara.", "2018-01-03", "2018-01-03",
       "writing-day"},
      {"A convoy was ambushed last night near Tessit.", "2018-01-03", "2018-01-02", "writing-day"},
      {"Bandits looted a shop yesterday in Kona.", "2018-01-03", "2018-01-02", "writing-day"},
      {"On 1 January, gunmen attacked a checkpoint in Sofara.", "2018-01-03", "2018-01-01",
       "calendar"},
      {"Gunmen attacked a checkpoint on Monday in Sofara.", "2018-01-03", "2018-01-01",
       "calendar"},
      {"Gunmen attacked a checkpoint in Sofara.", "2018-01-03", "2018-01-03", ""},
  };
  for (const auto& c : kCases) {
    AcledNoteResult r = ReadAcledNote(c.note, c.published);
    EXPECT_EQ(r.date, c.date) << c.note;
    EXPECT_EQ(r.date_anchor, c.anchor) << c.note;
  }
}

TEST(AcledTimeEval, CountsTheNotesToll) {
  AcledNoteResult r =
      ReadAcledNote("Militants ambushed a patrol near Dia, 3 soldiers killed. The war has killed "
                    "thousands of people.",
                    "2018-01-03");
  EXPECT_EQ(r.fatalities, 3);
  EXPECT_TRUE(r.datable == false);
}

TEST(AcledTimeEval, RangesAndMonthsCoverTheirDays) {
  struct C { const char* date; const char* end; const char* gold; bool covers; };
  const C kCases[] = {
      {"2018-07-05", "", "2018-07-05", true},
      {"2018-07-05", "", "2018-07-06", false},
      {"2018-07-05", "2018-07-10", "2018-07-08", true},
      {"2018-07-05", "2018-07-10", "2018-07-11", false},
      {"2018-07", "", "2018-07-15", true},
      {"2018-07", "", "2018-08-01", false},
      {"2018", "", "2018-07-15", false},
      {"", "", "2018-07-15", false},
  };
  for (const auto& c : kCases)
    EXPECT_EQ(CoversDay(c.date, c.end, c.gold), c.covers) << c.date << ".." << c.end << " " << c.gold;
}

}  // namespace
}  // namespace dateline::eval
