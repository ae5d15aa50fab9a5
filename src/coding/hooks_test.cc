// Tests of the coding stage's fatalities hook: which events take the sentence's toll.
#include "coding/hooks.h"

#include <gtest/gtest.h>

#include "text/sentences.h"
#include "time/quantities.h"
#include "time/temporal_tagger.h"

namespace dateline::coding {
namespace {

TEST(CodingHooks, FatalitiesGoToViolentEventsInCameoOrAcled) {
  Document doc;
  doc.article.text = "Soldiers arrested and executed four herders near Dalo.";
  doc.published = "2023-10-31";
  doc.body = {0, static_cast<uint32_t>(doc.article.text.size())};
  SplitSentences(doc, doc.body);
  time::TagTimes(doc);
  time::TagQuantities(doc);
  struct C { int quad; const char* root; const char* acled_type; bool toll; };
  const C kCases[] = {
      {4, "18", "Violence against civilians", true},
      {4, "17", "Violence against civilians", true},  // an arrest that ends in executions
      {4, "14", "Riots", true},
      {4, "17", "Strategic developments", false},
      {3, "14", "Protests", false},
      {4, "19", "", true},
  };
  EventAnchor anchor;
  anchor.sentence = 0;
  for (const auto& c : kCases) {
    Event e;
    e.sentence = 0;
    e.quad_class = c.quad;
    e.cameo_root = c.root;
    e.acled.event_type = c.acled_type;
    DefaultCodingHooks().choose_fatalities(doc, anchor, &e);
    EXPECT_EQ(e.fatalities.has_value(), c.toll) << c.root << " " << c.acled_type;
    if (e.fatalities) EXPECT_EQ(e.fatalities->best, 4);
  }
}

}  // namespace
}  // namespace dateline::coding
