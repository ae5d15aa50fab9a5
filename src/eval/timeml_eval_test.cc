// Tests of the TimeML reader and scorer, and of the ACLED note reader.
#include "eval/timeml_eval.h"

#include <gtest/gtest.h>

#include "eval/acled_time_eval.h"

namespace dateline::eval {
namespace {

constexpr char kDoc[] = R"(<?xml version="1.0" ?>
<TimeML><DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" temporalFunction="false" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
<TEXT>The vote passed <TIMEX3 tid="t1" type="DATE" value="1998-02-13" functionInDocument="NONE">Friday</TIMEX3> &amp; a referendum follows <TIMEX3 tid="t2" type="DATE" value="1999">next year</TIMEX3> after <TIMEX3 tid="t3" type="DURATION" value="P210Y">210 years</TIMEX3>.</TEXT>
</TimeML>)";

TEST(Timeml, StripsTagsAndMapsSpans) {
  auto doc = ParseTimeml(kDoc);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->dct, "1998-02-13");
  EXPECT_EQ(doc->id, "T1");
  EXPECT_EQ(doc->text, "The vote passed Friday & a referendum follows next year after 210 years.");
  ASSERT_EQ(doc->timexes.size(), 3u);
  const auto& t = doc->timexes[1];
  EXPECT_EQ(doc->text.substr(t.span.start, t.span.size()), "next year");
  EXPECT_EQ(t.type, "DATE");
  EXPECT_EQ(t.value, "1999");
}

TEST(Timeml, ScoresDateAndTimeOnly) {
  auto doc = ParseTimeml(kDoc);
  ASSERT_TRUE(doc.ok());
  TimemlScores s;
  ScoreTimemlDocument(*doc, &s);
  EXPECT_EQ(s.gold, 2);  // the DURATION is not scored
  EXPECT_EQ(s.gold_matched, 2);
  EXPECT_EQ(s.value_correct, 2);
  EXPECT_DOUBLE_EQ(s.ValueAccuracy(), 1.0);
}

TEST(Timeml, RejectsBrokenFiles) {
  EXPECT_FALSE(ParseTimeml("<TimeML>no text</TimeML>").ok());
  EXPECT_FALSE(ParseTimeml("<TEXT><TIMEX3 type=\"DATE\">x</TEXT>").ok());
  EXPECT_FALSE(ParseTimeml("<TEXT>x</TIMEX3></TEXT>").ok());
}

TEST(AcledNote, DatesAndCountsANote) {
  auto gold = ParseAcledDate("30 December 2018");
  ASSERT_TRUE(gold.has_value());
  EXPECT_EQ(time::FormatDay(*gold), "2018-12-30");
  EXPECT_FALSE(ParseAcledDate("31 Foo 2018").has_value());
  AcledNoteResult r = ReadAcledNote(
      "On December 30, presumed Katiba Macina militants ambushed a National Guard patrol "
      "between Toubakoro and Sebete, two soldiers killed and two others wounded.",
      "2019-01-01");
  EXPECT_EQ(r.date, "2018-12-30");
  EXPECT_EQ(r.date_rule, "clause");
  EXPECT_EQ(r.fatalities, 2);
}

}  // namespace
}  // namespace dateline::eval
