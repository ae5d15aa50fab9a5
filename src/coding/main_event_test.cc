// Tests of the main-event choice: most severe ACLED type of the lead sentence, real events first.
#include "coding/main_event.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dateline::coding {
namespace {

struct Ev {
  uint32_t sentence;
  const char* type;  // ACLED event type, "" for none
  bool negated;
  const char* mood;
  const char* sub = "";
};

struct Case {
  const char* name;
  std::vector<Ev> events;
  uint32_t want;
};

TEST(MainEvent, PicksMostSevereTypeOfLeadSentence) {
  const std::vector<Case> cases = {
      {"empty", {}, kNone},
      {"untyped only", {{0, "", false, "asserted"}, {0, "", false, "asserted"}}, 0},
      {"arrest then execution",
       {{0, "Strategic developments", false, "asserted"}, {0, "Violence against civilians", false, "asserted"}},
       1},
      {"protest then riot", {{0, "Protests", false, "asserted"}, {0, "Riots", false, "asserted"}}, 1},
      {"abduction then execution",
       {{0, "Violence against civilians", false, "asserted", "Abduction/forced disappearance"},
        {0, "Violence against civilians", false, "asserted", "Attack"}},
       1},
      {"ties keep the first", {{0, "Battles", false, "asserted"}, {0, "Violence against civilians", false, "asserted"}}, 0},
      {"untyped event skipped", {{0, "", false, "asserted"}, {0, "Battles", false, "asserted"}}, 1},
      {"later sentence ignored",
       {{0, "Strategic developments", false, "asserted"}, {1, "Battles", false, "asserted"}},
       0},
      {"negated passed over",
       {{0, "Battles", true, "asserted"}, {1, "Strategic developments", false, "asserted"}},
       1},
      {"hypothetical passed over", {{0, "Battles", false, "hypothetical"}, {0, "Protests", false, "asserted"}}, 1},
      {"only negated events", {{0, "Protests", true, "asserted"}, {0, "Battles", true, "asserted"}}, 1},
  };
  for (const Case& c : cases) {
    Document doc;
    for (const Ev& e : c.events) {
      Event ev;
      ev.sentence = e.sentence;
      ev.acled.event_type = e.type;
      ev.acled.sub_event_type = e.sub;
      ev.negated = e.negated;
      ev.mood = e.mood;
      doc.events.push_back(ev);
    }
    EXPECT_EQ(MainEventIndex(doc), c.want) << c.name;
  }
}

// An attack that only robs is looting; an attack with a killing beside it stays the attack.
TEST(MainEvent, RobberyIsLooting) {
  auto make = [](const std::vector<std::pair<const char*, const char*>>& evs) {
    Document doc;
    for (const auto& [cameo, type] : evs) {
      Event ev;
      ev.sentence = 0;
      ev.cameo = cameo;
      ev.acled.event_type = type;
      ev.acled.sub_event_type = std::string(cameo).substr(0, 3) == "171" ? "Looting/property destruction" : "Attack";
      doc.events.push_back(ev);
    }
    return doc;
  };
  EXPECT_EQ(MainEventIndex(make({{"190", "Violence against civilians"}, {"1711", "Strategic developments"}})), 1u);
  EXPECT_EQ(MainEventIndex(make({{"190", "Violence against civilians"}, {"1711", "Strategic developments"},
                                 {"1823", "Violence against civilians"}})),
            0u);
  Document tolled = make({{"190", "Violence against civilians"}, {"1711", "Strategic developments"}});
  tolled.events[0].fatalities = Fatalities{};
  tolled.events[0].fatalities->best = 2;
  EXPECT_EQ(MainEventIndex(tolled), 0u);
  // Harassment that robs is the robbery too.
  EXPECT_EQ(MainEventIndex(make({{"180", "Violence against civilians"}, {"1711", "Strategic developments"}})), 1u);
}

TEST(MainEvent, SeverityOrder) {
  EXPECT_GT(AcledSeverity("Explosions/Remote violence"), AcledSeverity("Riots"));
  EXPECT_GT(AcledSeverity("Riots"), AcledSeverity("Protests"));
  EXPECT_GT(AcledSeverity("Protests"), AcledSeverity("Strategic developments"));
  EXPECT_EQ(AcledSeverity(""), -1);
}

}  // namespace
}  // namespace dateline::coding
