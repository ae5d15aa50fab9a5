// Golden-style test of the seed article (../shared/seed/kidal-2023-10-31.txt) through the
// whole pipeline with the shipped dictionaries: each listed phrase must be recognised with the
// expected code (or a code with the expected parts), and AFP must be media, never a party.
#include <gtest/gtest.h>

#include <filesystem>

#include "dateline/pipeline.h"
#include "lexicon/dictionary.h"

namespace dateline {
namespace {

struct Expect {
  const char* text;       // raw text of the mention (first occurrence), or a part of it
  const char* code;       // exact code, or "" to check `contains` only
  const char* contains1;  // parts the code must contain
  const char* contains2;
};

// Short forms of Sahel groups in the shipped dictionaries, as ACLED's Mali notes write them.
TEST(SeedArticle, SahelGroupShortForms) {
  std::string data = std::string(DATELINE_SOURCE_DIR) + "/data/actors/armed_groups.txt";
  if (!std::filesystem::exists(data)) GTEST_SKIP() << "data/actors/armed_groups.txt is absent";
  struct Case {
    const char* text;
    const char* mention;
    const char* entity;
    int inter;
  };
  const Case kCases[] = {
      {"ASS militiamen killed four Dogon civilians.", "ASS militiamen", "mli.alliance-salvation-sahel", 4},
      {"AQM claimed the attack.", "AQM", "ag.aqim", 2},
      {"The IED was planted by Mourabitoune militants.", "Mourabitoune militants", "mli.al-mourabitoun", 2},
      {"A CMA post was attacked by Platform men.", "Platform men", "mli.platform", 3},
      {"Ganda Izo militiamen killed two traders.", "Ganda Izo militiamen", "mli.ganda-izo", 4},
      {"Dogon donzos attacked the hamlet.", "Dogon donzos", "", 4},  // lower-case hunters' name
      {"Fighting between Imghad and Idnane in Kidal left five dead.", "Idnane", "", 4},  // Tuareg group
      // Unnamed perpetrators as the notes write them: Unidentified Armed Group, inter 3.
      {"An unknown individual killed a soldier in Dioura.", "unknown individual", "", 3},
      {"The checkpoint was attacked and one aggressor was killed.", "aggressor", "", 3},
      {"A clerk was abducted by an unidentified group.", "unidentified group", "", 3},
      {"A councillor was murdered by two men on a motorcycle.", "men on a motorcycle", "", 3},
      {"Unidentified armed motorcycle riders attacked the market.", "Unidentified armed motorcycle riders", "", 3},
      {"Islamic State (Greater Sahara) claimed it.", "Islamic State (Greater Sahara)", "mli.is-sahel", 2},
  };
  PipelineOptions options;
  auto pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  for (const Case& c : kCases) {
    Document doc;
    doc.article.text = c.text;
    (*pipeline)->Process(doc);
    const ActorMention* found = nullptr;
    for (const auto& m : doc.actors)
      if (doc.raw(m.span) == c.mention) found = &m;
    ASSERT_NE(found, nullptr) << c.text;
    EXPECT_EQ(found->entity_id.substr(0, std::string(c.entity).size()), c.entity) << c.text;
    EXPECT_EQ(found->inter, c.inter) << c.text;
  }
  // The all-capitals rule keeps the acronym from matching the common word.
  Document doc;
  doc.article.text = "He called the officer an ass.";
  (*pipeline)->Process(doc);
  for (const auto& m : doc.actors) EXPECT_NE(m.entity_id, "mli.alliance-salvation-sahel");
}

TEST(SeedArticle, KidalActors) {
  std::string path = std::string(DATELINE_SHARED_DIR) + "/seed/kidal-2023-10-31.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared/seed is absent";
  std::string data = std::string(DATELINE_SOURCE_DIR) + "/data/actors/agents.txt";
  if (!std::filesystem::exists(data)) GTEST_SKIP() << "data/actors/agents.txt is not shipped yet";
  auto text = lexicon::ReadFile(path);
  ASSERT_TRUE(text.ok());
  PipelineOptions options;
  auto pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  Document doc;
  doc.article.text = *text;
  doc.article.origin = path;
  (*pipeline)->Process(doc);

  const Expect kExpect[] = {
      {"UN soldiers", "", "UNO", "PKO"},
      {"Mali's new military rulers", "MLIGOV", "", ""},
      {"MINUSMA", "", "UNO", "PKO"},
      {"Tuareg separatist groups", "", "MLI", ""},
      {"Support Group for islam and Muslims (GSIM)", "", "", ""},
      {"army", "MLIMIL", "", ""},
      {"military", "MLIMIL", "", ""},
  };
  std::string all;
  for (const auto& m : doc.actors) all += "[" + std::string(doc.raw(m.span)) + " " + m.code + " " + m.entity_id + "] ";
  for (const Expect& e : kExpect) {
    const ActorMention* found = nullptr;
    for (const auto& m : doc.actors)
      if (!found && doc.raw(m.span) == e.text) found = &m;
    // A longer dictionary phrase may cover it ("predominantly Tuareg separatist groups").
    for (const auto& m : doc.actors)
      if (!found && doc.raw(m.span).find(e.text) != std::string_view::npos) found = &m;
    ASSERT_NE(found, nullptr) << "no mention '" << e.text << "': " << all;
    if (*e.code) EXPECT_EQ(found->code, e.code) << e.text;
    if (*e.contains1) EXPECT_NE(found->code.find(e.contains1), std::string::npos) << e.text << " " << found->code;
    if (*e.contains2) EXPECT_NE(found->code.find(e.contains2), std::string::npos) << e.text << " " << found->code;
    if (std::string(e.text) == "MINUSMA") EXPECT_EQ(found->entity_id, "mli.minusma");
    if (std::string(e.text) == "Tuareg separatist groups") {
      EXPECT_TRUE(found->sector == "REB" || found->sector == "SEP") << found->sector;
      EXPECT_EQ(found->inter, 2);
    }
    if (std::string(e.text).find("GSIM") != std::string::npos)
      EXPECT_NE(found->acled_name.find("JNIM"), std::string::npos) << found->entity_id;
  }
  bool afp = false;
  for (const auto& m : doc.actors) {
    if (doc.raw(m.span) != "AFP") continue;
    afp = true;
    EXPECT_EQ(m.kind, "media");
    EXPECT_EQ(m.inter, 0);
  }
  EXPECT_TRUE(afp) << all;
}

}  // namespace
}  // namespace dateline
