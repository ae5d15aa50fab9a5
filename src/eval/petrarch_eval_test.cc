// Tests of the PETRARCH validation harness: record parsing and Correct/Uncoded/Extra scoring.
#include "eval/petrarch_eval.h"

#include <gtest/gtest.h>

namespace dateline::eval {
namespace {

constexpr char kSuite[] = R"(<Validation>
<Environment>
  <Verbfile>verbs.txt</Verbfile>
  <Actorfile>actors.txt</Actorfile>
  <Include>valid DEMO VERB</Include>
</Environment>
<Sentences>
<!-- <Sentence category="DEMO" id="COMMENTED" date="19950101"></Sentence> -->
<Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true">
<EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
<Text>
Arnor is about to restore full diplomatic ties
with Gondor &amp; Osgiliath.
</Text>
</Sentence>
<Sentence category="VERB" date="19950102" id="VERB-01" evaluate="false">
<EventCoding noevents="True" />
<Text>Nothing.</Text>
</Sentence>
</Sentences>
</Validation>)";

TEST(PetrarchSuite, ParsesRecordsAndEnvironment) {
  auto suite = ParsePetrarchSuite(kSuite, "/data/suite/records.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->verbfile, "/data/suite/verbs.txt");
  EXPECT_EQ(suite->actorfile, "/data/suite/actors.txt");
  EXPECT_EQ(suite->include, (std::vector<std::string>{"DEMO", "VERB"}));
  ASSERT_EQ(suite->records.size(), 2u);
  const PetrarchRecord& r = suite->records[0];
  EXPECT_EQ(r.id, "DEMO-01");
  EXPECT_TRUE(r.evaluate);
  ASSERT_EQ(r.expected.size(), 1u);
  EXPECT_EQ(r.expected[0].source, "ARN");
  EXPECT_EQ(r.expected[0].code, "050");
  EXPECT_EQ(r.text, "Arnor is about to restore full diplomatic ties with Gondor & Osgiliath.");
  EXPECT_FALSE(suite->records[1].evaluate);
  EXPECT_TRUE(suite->records[1].expected.empty());
}

TEST(PetrarchSuite, ScoresCorrectUncodedExtra) {
  struct Case {
    std::vector<PetrarchCoding> expected, produced;
    int correct, uncoded, extra, exact;
  } cases[] = {
      {{{"ARN", "GON", "050"}}, {{"ARN", "GON", "050"}}, 1, 0, 0, 1},
      {{{"ARN", "GON", "050"}}, {}, 0, 1, 0, 0},
      {{}, {{"ARN", "---", "010"}}, 0, 0, 1, 0},
      {{{"ARN", "GON", "050"}, {"GON", "ARN", "050"}}, {{"ARN", "GON", "050"}, {"ARN", "GON", "050"}}, 1, 1, 0, 0},
  };
  for (const Case& c : cases) {
    CategoryScore s;
    ScoreRecord(c.expected, c.produced, &s);
    EXPECT_EQ(s.records, 1);
    EXPECT_EQ(s.correct, c.correct);
    EXPECT_EQ(s.uncoded, c.uncoded);
    EXPECT_EQ(s.extra, c.extra);
    EXPECT_EQ(s.exact, c.exact);
  }
}

TEST(PetrarchSuite, RejectsUnterminatedInput) {
  EXPECT_FALSE(ParsePetrarchSuite("<Sentence id=\"x\">", "x.xml").ok());
  EXPECT_FALSE(ParsePetrarchSuite("<!-- never closed", "x.xml").ok());
}

}  // namespace
}  // namespace dateline::eval
