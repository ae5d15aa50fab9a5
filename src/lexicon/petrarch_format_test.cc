// Tests of the PETRARCH-2 / TABARI readers: code blocks, and the reference fixtures of
// ../shared/data/petrarch (skipped when absent).
#include "lexicon/petrarch_format.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "lexicon/lexicon.h"
#include "lexicon/recognizer.h"
#include "lexicon/test_util.h"

namespace dateline::lexicon {
namespace {

struct CodeCase {
  const char* block;
  const char* code;
  int32_t from, to;
  bool ok;
};

TEST(PetrarchFormat, CodeBlocks) {
  const CodeCase cases[] = {
      // PETRARCH's restrictions include their end dates; Dateline's TO is the day after.
      {"MLIGOV >20130904", "MLIGOV", 20130904, 0, true},
      {"HOB < 950601", "HOB", 0, 19950602, true},
      {"HOBGOV 19950601 - 19990815", "HOBGOV", 19950601, 19990816, true},
      {"HOBGOV 19951231-20000228", "HOBGOV", 19951231, 20000229, true},
      {"HOBGOV 19951231-19991231", "HOBGOV", 19951231, 20000101, true},
      {"HOBGOV 20000101-20000101", "HOBGOV", 20000101, 20000102, true},  // one day
      // Uncertainty marks are dropped; a date without a code is refused.
      {"IMG?", "IMG", 0, 0, true},
      {"?MIL 19980218-20050918", "MIL", 19980218, 20050919, true},
      {" 19950518-19970602", "", 0, 0, false},
      {">22000101", "", 0, 0, false},
      {"? >22000101", "", 0, 0, false},
      {"china,CHNCRMEDU 20170912-20170915", "", 0, 0, false},
      {"PSECVLELI 19840502-18000101", "PSECVLELI", 19840502, 0, true},
      {"HOBREB > 990816", "HOBREB", 19990816, 0, true},
      {"pse", "PSE", 0, 0, true},
      {"ELR/GAL", "ELR/GAL", 0, 0, true},  // kept as written, as PETRARCH does
      {"FRO/BIL/SAM >20010101", "FRO/BIL/SAM", 20010101, 0, true},
      {"ELR//GAL", "", 0, 0, false},
      {"AAA950601-990815x", "", 0, 0, false},
  };
  for (const auto& c : cases) {
    DatedCode d;
    bool ok = ParsePetrarchCode(c.block, &d);
    EXPECT_EQ(ok, c.ok) << c.block;
    if (!c.ok) continue;
    EXPECT_EQ(d.code, c.code) << c.block;
    EXPECT_EQ(d.from, c.from) << c.block;
    EXPECT_EQ(d.to, c.to) << c.block;
  }
}

TEST(PetrarchFormat, InlineActorsAgentsDiscards) {
  const char* actors =
      "<!-- comment -->\nGOLLUM  # pas\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n"
      "\t[HOBREB > 990816]\nBOROMIR  [---]\nUNITED_STATES  [USA]\n+U.S.  #JW\n";
  Dictionaries d;
  std::vector<Diagnostic> diags;
  ASSERT_TRUE(ParsePetrarchActors(actors, "a.txt", &d, &diags).ok());
  ASSERT_EQ(d.actors.size(), 2u);
  EXPECT_EQ(d.actors[0].name, "GOLLUM");
  EXPECT_EQ(d.actors[0].aliases, std::vector<std::string>{"SMEAGOL"});
  EXPECT_EQ(d.actors[0].CodeOn(19970101), "HOBGOV");
  EXPECT_EQ(d.actors[0].CodeOn(20050101), "HOBREB");
  EXPECT_EQ(d.actors[1].aliases, std::vector<std::string>{"U.S."});
  const char* agents = "!PERSON! = MAN, MEN\nCONGRESS!PERSON! [~LEG]\nTROOPS {}  [~MIL]\n"
                       "HUMAN_RIGHTS_BODY  [NGO~]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n";
  ASSERT_TRUE(ParsePetrarchAgents(agents, "g.txt", &d, &diags).ok());
  ASSERT_EQ(d.agents.size(), 4u);
  EXPECT_EQ(d.agents[0].forms, (std::vector<std::string>{"CONGRESSMAN", "CONGRESSMANS", "CONGRESSMEN", "CONGRESSMENS"}));
  EXPECT_EQ(d.agents[1].forms, (std::vector<std::string>{"TROOPS"}));  // {}: no plural
  EXPECT_EQ(d.agents[2].code, "NGO");
  EXPECT_TRUE(d.agents[2].prefix);
  EXPECT_EQ(d.agents[3].forms, (std::vector<std::string>{"GOLDEN GOOSE", "GOLDEN GEESE"}));
  ASSERT_TRUE(ParsePetrarchDiscards("+Manchester United   # x\nBASEBALL\n", "d.txt", &d, &diags).ok());
  ASSERT_EQ(d.discards.size(), 2u);
  EXPECT_EQ(d.discards[0].scope, "story");
  EXPECT_EQ(d.discards[1].scope, "sentence");
  EXPECT_TRUE(diags.empty());
}

TEST(PetrarchFormat, CapitalsByConventionAndTolerantCodes) {
  // PETRARCH writes phrases in capitals: "BREE" and "ARMY" are names and nouns, not acronyms.
  const char* actors = "BREE  [BRE]\nNORWAY [NOR]\nSAM_GAMGEE [HOB]\nOSGILIATH [OSG?]\nRIVENDELL\n\t[ 19950518-19970602]\n";
  const char* agents = "ARMY [~MIL]\nCHIEF_OF_STAFF [~MILGOV gloss words]\nENVOY [~ENV}]\nBAD_ONE [ISLAMIC_X]\n";
  Dictionaries d;
  std::vector<Diagnostic> diags;
  ASSERT_TRUE(ParsePetrarchActors(actors, "a.txt", &d, &diags).ok());
  ASSERT_TRUE(ParsePetrarchAgents(agents, "g.txt", &d, &diags).ok());
  ASSERT_EQ(d.actors.size(), 4u);  // RIVENDELL has no usable code
  EXPECT_EQ(d.actors[3].CodeOn(0), "OSG");
  ASSERT_EQ(d.agents.size(), 3u);  // BAD_ONE skipped
  EXPECT_EQ(d.agents[1].code, "MILGOV");
  EXPECT_EQ(d.agents[2].code, "ENV");
  for (const auto& dg : diags) EXPECT_FALSE(dg.error) << dg.ToString();  // warnings, as PETRARCH logs them
  EXPECT_EQ(diags.size(), 3u);  // [OSG?] read as OSG, [ 1995...] skipped, BAD_ONE skipped; glosses are dropped silently
  auto lx = Lexicon::Compile(std::move(d));
  Document doc = testing::Annotate(*lx, "Sam Gamgee and the Norway army met in Bree; bree is no name.");
  std::string got;
  for (const auto& m : doc.actors) got += std::string(doc.raw(m.span)) + "=" + m.code + " ";
  EXPECT_EQ(got, "Sam Gamgee=HOB Norway army=NORMIL Bree=BRE ");
}

std::string Shared(const std::string& rel) { return std::string(DATELINE_SHARED_DIR) + "/" + rel; }

const ActorEntry* FindActor(const Dictionaries& d, std::string_view name) {
  for (const auto& a : d.actors) if (a.name == name) return &a;
  return nullptr;
}

TEST(PetrarchFormat, Petr1Fixtures) {
  std::string dir = Shared("data/petrarch/petr1-unittest/");
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "../shared/data/petrarch is absent";
  Dictionaries d;
  std::vector<Diagnostic> diags;
  ASSERT_TRUE(LoadDictionaryFile(dir + "PETR.Validate.actors.txt", "actors", &d, &diags).ok());
  ASSERT_TRUE(LoadDictionaryFile(dir + "PETR.Validate.agents.txt", "agents", &d, &diags).ok());
  ASSERT_TRUE(LoadDictionaryFile(dir + "PETR.Validate.discards.txt", "discards", &d, &diags).ok());
  const ActorEntry* sam = FindActor(d, "SAM GAMGEE");
  ASSERT_NE(sam, nullptr);
  EXPECT_EQ(sam->CodeOn(20070101), "HOBCIV");
  EXPECT_EQ(sam->CodeOn(20100110), "ORCHOB");  // listed first, wins over HOBMIL
  EXPECT_EQ(sam->CodeOn(20100112), "ORCHOB");  // [ORCHOB 20100109-20100112]: the end day included
  EXPECT_EQ(sam->CodeOn(20100113), "HOBMIL");
  EXPECT_EQ(sam->CodeOn(20080120), "HOBCIV");  // [HOBCIV <20080120]: on the day too
  EXPECT_EQ(sam->CodeOn(20140101), "HOBELI");
  const ActorEntry* un = FindActor(d, "UNITED NATIONS");
  ASSERT_NE(un, nullptr);
  EXPECT_EQ(un->CodeOn(0), "UNO");
  EXPECT_NE(std::find(un->aliases.begin(), un->aliases.end(), "U.N."), un->aliases.end());
  const ActorEntry* interpol = FindActor(d, "INTERNATIONAL CRIMINAL POLICE ORGANIZATION");
  ASSERT_NE(interpol, nullptr);
  EXPECT_EQ(interpol->CodeOn(0), "IGOCOPITP");
  EXPECT_EQ(interpol->aliases, std::vector<std::string>{"INTERPOL"});
  EXPECT_EQ(FindActor(d, "BOROMIR"), nullptr);  // [---]
  EXPECT_EQ(FindActor(d, "NASGUL"), nullptr);   // commented out
  bool congressmen = false, msf_prefix = false;
  for (const auto& g : d.agents) {
    for (const auto& f : g.forms) congressmen |= f == "CONGRESSMEN";
    if (!g.forms.empty() && g.forms[0] == "MSF") msf_prefix = g.prefix && g.code == "NGO";
  }
  EXPECT_TRUE(congressmen);
  EXPECT_TRUE(msf_prefix);
  EXPECT_GE(d.discards.size(), 8u);
  // The loaded dictionaries drive recognition: agents compose PETRARCH-style, with plurals.
  auto lx = Lexicon::Compile(std::move(d));
  Document doc = testing::Annotate(*lx, "Norwegian troops and Norwegian soldiers met Gollum.", "1997-01-01");
  ASSERT_EQ(doc.actors.size(), 3u);
  EXPECT_EQ(doc.raw(doc.actors[0].span), "Norwegian troops");
  EXPECT_EQ(doc.actors[0].code, "NORMIL");
  EXPECT_EQ(doc.raw(doc.actors[1].span), "Norwegian soldiers");
  EXPECT_EQ(doc.actors[1].code, "NORMIL");
  EXPECT_EQ(doc.actors[2].code, "HOBGOV");
}

TEST(PetrarchFormat, UdValidateFixtures) {
  std::string dir = Shared("data/petrarch/ud-validate/");
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "../shared/data/petrarch is absent";
  Dictionaries d;
  std::vector<Diagnostic> diags;
  ASSERT_TRUE(LoadDictionaryFile(dir + "PETR_Validate_actors_2_02.txt", "actors", &d, &diags).ok());
  ASSERT_TRUE(LoadDictionaryFile(dir + "PETR_Validate_agents_2_02.txt", "agents", &d, &diags).ok());
  ASSERT_TRUE(LoadDictionaryFile(dir + "PETR_Validate_discards_2_02.txt", "discards", &d, &diags).ok());
  EXPECT_GT(d.actors.size(), 3000u);
  EXPECT_GT(d.agents.size(), 1000u);
  const ActorEntry* konare = FindActor(d, "الفا عمر كوناري");  // Alpha Oumar Konaré
  ASSERT_NE(konare, nullptr);
  EXPECT_EQ(konare->CodeOn(19990101), "MLIGOV");
  EXPECT_EQ(konare->CodeOn(20050101), "IGO");
  const ActorEntry* gaza = FindActor(d, "غزة");
  ASSERT_NE(gaza, nullptr);
  EXPECT_EQ(gaza->CodeOn(0), "PSE");
  bool separatist = false;
  for (const auto& g : d.agents)
    for (const auto& f : g.forms) separatist |= (f == "انفصالي" && g.code == "REB");
  EXPECT_TRUE(separatist);
  // What PETRARCH tolerates loads: "[IMG?]" is read as IMG, code-less date blocks are skipped
  // with warnings, and no error stops the suite (it once refused 17 such blocks).
  const ActorEntry* img = nullptr;
  for (const auto& a : d.actors)
    if (a.line == 138) img = &a;
  ASSERT_NE(img, nullptr);
  EXPECT_EQ(img->CodeOn(0), "IMG");
  size_t warnings = 0;
  for (const auto& dg : diags) {
    EXPECT_FALSE(dg.error) << dg.ToString();
    warnings += !dg.error;
  }
  EXPECT_GE(warnings, 17u);
  PipelineOptions options;
  options.default_dicts = false;
  options.dicts = {{"actors", dir + "PETR_Validate_actors_2_02.txt"},
                   {"agents", dir + "PETR_Validate_agents_2_02.txt"},
                   {"discards", dir + "PETR_Validate_discards_2_02.txt"}};
  auto lx = Lexicon::Load(options);
  EXPECT_TRUE(lx.ok()) << lx.status().ToString();
}

}  // namespace
}  // namespace dateline::lexicon
