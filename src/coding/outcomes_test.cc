// Tests of outcome-death folding through the default pipeline, on sentences written for the test:
// one incident stays one event carrying its toll; separate deaths stay separate events.
#include "coding/outcomes.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "dateline/pipeline.h"

namespace dateline::coding {
namespace {

class OutcomesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto p = Pipeline::Create(PipelineOptions{});
    ASSERT_TRUE(p.ok()) << p.status().message();
    pipeline_ = p->release();
  }
  static Document Annotate(const std::string& text) {
    Document doc;
    doc.article.id = "t";
    doc.article.text = text;
    doc.article.published = "2022-03-10";
    doc.article.country = "MLI";
    pipeline_->Process(doc);
    return doc;
  }
  static Pipeline* pipeline_;
};
Pipeline* OutcomesTest::pipeline_ = nullptr;

struct Case {
  const char* text;
  size_t events;          // events coded in the whole text
  const char* first_type;  // ACLED event type of the first event
  int64_t first_toll;     // its best fatality count, -1 for none
};

TEST_F(OutcomesTest, DeathsOfAnIncidentAreItsToll) {
  const Case cases[] = {
      {"Rebels clashed with soldiers near Gao on Monday, killing four people.", 1, "Battles", 4},
      {"Five people were killed near Gao on Monday when rebels clashed with soldiers.", 1, "Battles", 5},
      {"On Monday, rebels clashed with soldiers near Gao; six people were killed.", 1, "Battles", 6},
      {"Gunmen attacked a village near Mopti on Monday, killing three civilians.", 1, "Violence against civilians", 3},
      {"Two people were killed in the Mopti region on Monday when gunmen attacked a village near Bandiagara.", 1,
       "Violence against civilians", 2},
      // An unknown village in a region, and a country named only inside an actor's name.
      {"Two people were killed near Tadjalt, in the Gao region on Monday when rebels clashed with soldiers.", 1,
       "Battles", 2},
      {"Four people were killed in Tadjalt on Monday when rebels clashed with Military Forces of Mali.", 1, "Battles", 4},
      // Fighting that kills: the deaths are the battle's toll and its sides are the "between" pair.
      {"Fighting broke out between rebels and soldiers near Gao on Monday, killing four people.", 1, "Battles", 4},
      {"Fighting between rebels and soldiers killed seven people near Gao on Monday.", 1, "Battles", 7},
      {"Clashes between rebels and soldiers killed three people near Gao on Monday.", 1, "Battles", 3},
  };
  for (const Case& c : cases) {
    Document doc = Annotate(c.text);
    ASSERT_EQ(doc.events.size(), c.events) << c.text;
    const Event& e = doc.events[0];
    EXPECT_EQ(e.acled.event_type, c.first_type) << c.text;
    ASSERT_TRUE(e.fatalities.has_value()) << c.text;
    EXPECT_EQ(e.fatalities->best, c.first_toll) << c.text;
    EXPECT_EQ(e.id, "t:1");
  }
}

// Accidents are no conflict events; an attack in the same article still is.
TEST_F(OutcomesTest, AccidentsAreNoEvents) {
  Document doc = Annotate(
      "A woman was killed on Monday when a neighbour accidentally hit her with his car. Gunmen killed two "
      "farmers near Gao on Tuesday. Three people were injured in a road accident in Mopti.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sentence, 1u);
  EXPECT_EQ(doc.events[0].id, "t:1");
}

// A pronoun in reported speech is the speaker of the nearest reporting verb before it, not of a
// relative clause's ("which the U.N. says ...").
TEST_F(OutcomesTest, PronounIsTheNearestSpeaker) {
  Document doc = Annotate(
      "Fighters of the rebel group, which the U.N. says is backed by Niger, said on Monday they had taken Gao.");
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_FALSE(doc.events[0].sources.empty());
  EXPECT_NE(doc.actors[doc.events[0].sources[0]].code.rfind("IGOUNO", 0), 0u);
}

// A weapon that exists is no event; an explosion that there was is one.
TEST_F(OutcomesTest, ExistingWeaponIsNoEvent) {
  EXPECT_TRUE(Annotate("There is a deep mine up there that has been flooding for years.").events.empty());
  EXPECT_TRUE(Annotate("There was a bomb in the car, police said.").events.empty());
  EXPECT_EQ(Annotate("There was an explosion near the market in Gao on Monday.").events.size(), 1u);
}

TEST_F(OutcomesTest, SeparateDeathsStay) {
  // A killing by a named perpetrator beside another act, and deaths in another sentence, are
  // events of their own.
  Document doc = Annotate(
      "Rebels clashed with soldiers near Gao on Monday. Two civilians were killed in Mopti on Tuesday.");
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_NE(doc.events[0].sentence, doc.events[1].sentence);
  EXPECT_EQ(doc.events[1].id, "t:2");
}

TEST_F(OutcomesTest, KillingIsNotFoldedIntoAnAbduction) {
  // "abducted and killed" is a killing (ACLED: an attack), not an abduction with a toll.
  Document doc = Annotate("Gunmen abducted and killed three teachers near Mopti on Monday.");
  bool killing = false;
  for (const Event& e : doc.events) killing |= e.cameo == "1823";
  EXPECT_TRUE(killing);
}

}  // namespace
}  // namespace dateline::coding
