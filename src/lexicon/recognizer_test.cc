// Table-driven tests of actor recognition: composition, possessives, acronyms in parentheses,
// date-restricted codes, context countries and coreference, over the small test dictionary.
#include "lexicon/recognizer.h"

#include <gtest/gtest.h>

#include "lexicon/petrarch_format.h"
#include "lexicon/test_util.h"

namespace dateline::lexicon {
namespace {

using testing::Annotate;
using testing::TestLexicon;

struct Case {
  const char* text;
  const char* mention;  // exact raw text of the expected mention
  const char* code;     // expected code ("" = the mention must be absent)
  const char* published = "";
  const char* country = "";
  bool coreferent = false;  // expected to have an antecedent
};

const Case kCases[] = {
    // Composition of country or organisation + agent.
    {"Malian soldiers killed two men.", "Malian soldiers", "MLIMIL"},
    {"He said the Malian army attacked.", "Malian army", "MLIMIL"},
    {"Mali's new military rulers ordered the peacekeepers out.", "Mali's new military rulers", "MLIGOV"},
    {"Mali's junta spoke.", "Mali's junta", "MLIGOV"},
    {"UN peacekeepers left Kidal.", "UN peacekeepers", "IGOUNOPKO"},
    {"UN soldiers left Kidal.", "UN soldiers", "IGOUNOPKO"},
    {"French troops arrived.", "French troops", "FRAMIL"},
    {"Burkinabe gendarmes were attacked.", "Burkinabe gendarmes", "BFACOP"},
    {"Burkinabè gendarmes were attacked.", "Burkinabè gendarmes", "BFACOP"},
    {"The predominantly Tuareg separatist groups resumed hostilities.", "Tuareg separatist groups", "MLISEP"},
    {"JNIM fighters attacked a camp.", "JNIM fighters", ""},  // "fighters" is no agent here
    {"JNIM attacked a camp.", "JNIM", "MLIREBJNM"},
    {"Nigerien soldiers patrolled.", "Nigerien soldiers", "NERMIL"},
    // Bare agents take their country from the sentence, else the article.
    {"In Mali, soldiers clashed with gunmen.", "soldiers", "MLIMIL"},
    {"However the army is pushing back.", "army", "FRAMIL", "", "FRA"},
    {"The army of Burkina Faso said so.", "army of Burkina Faso", "BFAMIL"},
    // A qualified-only agent is an actor after a country, a common noun alone.
    {"Malian intelligence dismantled a cell.", "Malian intelligence", "MLISPY"},
    {"The intelligence was wrong.", "intelligence", "", "", "MLI"},
    // A bare agent coordinated with a composed one shares its country (was the article's).
    {"Burkinabe soldiers and gendarmes were attacked.", "gendarmes", "BFACOP", "", "MLI"},
    {"Burkinabe soldiers, gendarmes and troops were attacked.", "troops", "BFAMIL", "", "MLI"},
    {"Burkinabe soldiers attacked and gendarmes fled.", "gendarmes", "MLICOP", "", "MLI"},
    {"Gunmen killed three civilians.", "civilians", "MLICVL", "", "MLI"},
    // Acronyms: case-sensitive when short, joined with their long form.
    {"The AU met in Addis Ababa.", "AU", "IGOAFRAUN"},
    {"Il est au marché.", "au", ""},
    {"The Al-Qaeda-linked Support Group for islam and Muslims (GSIM) attacked.",
     "Support Group for islam and Muslims (GSIM)", "MLIREBJNM"},
    {"The Al-Qaeda-linked Support Group for islam and Muslims (GSIM) attacked.", "Al-Qaeda", ""},
    {"Fighters of al Qaida struck.", "al Qaida", "IMGREBAQ0"},
    // A parenthesis naming another known actor is an affiliation, not an acronym (the ACLED name
    // is the group's: see Recognizer.AffiliationInParentheses).
    {"Presumed Katiba Macina (JNIM) militants attacked.", "Katiba Macina (JNIM)", "MLIREBKMC"},
    {"The Macina Liberation Front (FLM) attacked.", "Macina Liberation Front (FLM)", "MLIREBKMC"},
    {"The United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) left.",
     "United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)", "IGOUNOPKO"},
    // Titles join the person; a surname names the person later in the article.
    {"Malian President Assimi Goita spoke.", "Malian President Assimi Goita", "MLIGOV", "2023-01-01"},
    {"The junta leader Assimi Goita spoke. Later Goïta left.", "Goïta", "MLIMIL", "2021-01-01"},
    // Date-restricted codes.
    {"Assimi Goita spoke.", "Assimi Goita", "MLIMIL", "2021-01-10"},
    {"Assimi Goita spoke.", "Assimi Goita", "MLIGOV", "2023-10-31"},
    {"Assimi Goita spoke.", "Assimi Goita", "MLIGOV"},  // undated article: the current role
    {"Assimi Goita spoke.", "Assimi Goita", "MLIELI", "2019-01-01"},  // before any role: undated code
    // Capitals stand for the government outside locative phrases.
    {"Peace deals were struck with Bamako in 2015.", "Bamako", "MLIGOV"},
    {"Two people died in Bamako.", "Bamako", ""},
    // Coreference.
    {"JNIM attacked a camp. The group later withdrew.", "group", "MLIREBJNM", "", "", true},
    {"Wagner attacked a camp. The militants withdrew.", "militants", ""},  // a PMC is no "militants"
    {"Wagner attacked a camp. JNIM replied. The militants withdrew.", "militants", "MLIREBJNM", "", "", true},
    {"MINUSMA left Kidal. The mission had been there since 2013.", "mission", "IGOUNOPKO", "", "", true},
    {"The UN peacekeepers said it had to destroy equipment.", "it", "IGOUNOPKO", "", "", true},
    {"It is unclear whether JNIM was involved.", "It", ""},
    // Media are actors of kind media, never coded as a party.
    {"Sources told AFP.", "AFP", "FRAMED"},
    // Agent nouns used as adjectives of non-actors are no actors.
    {"The north was wracked by separatist and militia violence.", "separatist", ""},
    {"The north was wracked by separatist and militia violence.", "militia", ""},
    // Unnamed armed men of a named group are the group.
    {"Militiamen of JNIM attacked a camp.", "Militiamen", ""},
    {"Militiamen of JNIM attacked a camp.", "JNIM", "MLIREBJNM"},
    {"Militiamen attacked a camp.", "Militiamen", "UAF"},
};

TEST(Recognizer, Cases) {
  auto lx = TestLexicon();
  for (const Case& c : kCases) {
    Document doc = Annotate(*lx, c.text, c.published, c.country);
    const ActorMention* found = nullptr;
    for (const auto& m : doc.actors)
      if (doc.raw(m.span) == c.mention) found = &m;
    std::string all;
    for (const auto& m : doc.actors) all += "[" + std::string(doc.raw(m.span)) + " " + m.code + "] ";
    if (std::string(c.code).empty()) {
      EXPECT_EQ(found, nullptr) << c.text << " -> " << all;
      continue;
    }
    ASSERT_NE(found, nullptr) << c.text << ": no mention '" << c.mention << "'; got " << all;
    EXPECT_EQ(found->code, c.code) << c.text << " -> " << all;
    EXPECT_EQ(found->antecedent != kNone, c.coreferent) << c.text;
  }
}

struct InterCase {
  const char* text;
  const char* country;
  const char* mention;
  int inter;
};

TEST(Recognizer, AcledRolesInContext) {
  const InterCase cases[] = {
      {"French troops arrived in Gao.", "MLI", "French troops", 8},   // foreign forces: external
      {"Malian troops arrived in Gao.", "MLI", "Malian troops", 1},
      {"Hundreds of villagers protested in Bamako.", "MLI", "villagers", 6},
      {"Villagers took to the streets of Gao.", "MLI", "Villagers", 6},
      {"Villagers went to the street to support the reform.", "MLI", "Villagers", 6},
      {"Villagers were killed in the street.", "MLI", "Villagers", 7},
      {"Villagers burned the gendarmerie post.", "MLI", "Villagers", 5},
      {"The protest by villagers turned to clashes with gendarmes.", "MLI", "villagers", 5},
      {"Gunmen killed three villagers.", "MLI", "villagers", 7},
      {"Presumed Dogon militiamen killed a herder.", "MLI", "Dogon militiamen", 4},
      {"Dogon hunters attacked the hamlet.", "MLI", "Dogon", 4},
      {"The camp was attacked by alleged Dogon.", "MLI", "Dogon", 4},
      {"Two Dogon were killed.", "MLI", "Dogon", 7},
      {"Malian Dogon militiamen attacked.", "MLI", "Malian Dogon militiamen", 4},
      {"Three days of clashes between villagers and Dogon left five dead.", "MLI", "Dogon", 4},
      // A named identity militia before a generic armed noun keeps inter 4 (was the noun's 3).
      {"Ganda Koy militiamen clashed with soldiers.", "MLI", "Ganda Koy militiamen", 4},
      {"Malian Dozos militiamen killed two gendarmes.", "MLI", "Malian Dozos militiamen", 4},
      // The month March is not a protest march (was inter 6).
      {"On March 9, gunmen killed three villagers.", "MLI", "villagers", 7},
      {"In early March villagers were abducted.", "MLI", "villagers", 7},
      {"Villagers held a March to protest in Gao.", "MLI", "Villagers", 6},
      {"Villagers joined the march in Gao.", "MLI", "Villagers", 6},
      // Civilians who are a side of a clash riot (were civilians, inter 7); victims stay 7.
      {"Clashes between gendarmes and villagers left two wounded.", "MLI", "villagers", 5},
      {"Clashes between soldiers and militiamen killed two villagers.", "MLI", "villagers", 7},
      {"Villagers fought with gendarmes.", "MLI", "Villagers", 5},
      // Armed civilians are a militia (was 7 or 5).
      {"Armed villagers clashed with gendarmes.", "MLI", "villagers", 3},
      // "by members of the Dogon": the group that does violence is its militia (was 7).
      {"Two herders were killed by members of the Dogon community.", "MLI", "Dogon", 4},
      // Parties to a peace agreement or a conflict are the militias that fought (were 7).
      {"The Dogon communities signed a ceasefire with the army.", "MLI", "Dogon", 4},
      {"Agreement: the Dogon from Koro signed a peace accord in Sevare.", "MLI", "Dogon", 4},
      {"The conflict between villagers and Dogon deepened.", "MLI", "Dogon", 4},
      {"The Dogon welcomed the peace accord.", "MLI", "Dogon", 7},  // nobody signed here
      // Riots: a march that turns violent, a crowd that captures or assaults (were 6 or 7).
      {"Villagers held a march that turned violent.", "MLI", "Villagers", 5},
      {"Villagers captured two bandits.", "MLI", "Villagers", 5},
      {"Villagers were captured by the militia.", "MLI", "Villagers", 7},
      {"One man was assaulted by suspected villagers.", "MLI", "villagers", 5},
      // Counted unnamed persons doing armed violence are an unidentified armed group.
      {"Two men shot a trader in Gao.", "MLI", "Two men", 3},
      {"Four people raided a house in Gao.", "MLI", "people", 3},
      {"The army exchanged fire with people aboard a pick-up.", "MLI", "people", 3},
      // A gathering to denounce or demand is a demonstration (was 7).
      {"Villagers gathered in Gao to denounce the arrests.", "MLI", "Villagers", 6},
      {"Villagers gathered in the fields.", "MLI", "Villagers", 7},
      // Members of a named organisation who demonstrate are protesters (was 2).
      {"Members of the FLA protested in Kidal.", "MLI", "FLA", 6},
      {"The FLA protested the decision.", "MLI", "FLA", 2},
  };
  auto lx = TestLexicon();
  for (const auto& c : cases) {
    Document doc = Annotate(*lx, c.text, "", c.country);
    const ActorMention* found = nullptr;
    for (const auto& m : doc.actors)
      if (doc.raw(m.span) == c.mention) found = &m;
    ASSERT_NE(found, nullptr) << c.text;
    EXPECT_EQ(found->inter, c.inter) << c.text;
  }
}

TEST(Recognizer, AffiliationInParentheses) {
  auto lx = TestLexicon();
  Document doc = Annotate(*lx, "Presumed Katiba Macina (JNIM) militants attacked. The FLM withdrew.");
  ASSERT_EQ(doc.actors.size(), 2u);
  EXPECT_EQ(doc.actors[0].entity_id, "mli.katiba-macina");
  EXPECT_EQ(doc.actors[0].acled_name, "JNIM: Group for Support of Islam and Muslims");
  EXPECT_EQ(doc.actors[1].entity_id, "mli.katiba-macina");
  EXPECT_EQ(doc.actors[1].acled_name, "");  // no affiliation named here
}

TEST(Recognizer, VictimsAreNoUnnamedAssailants) {
  auto lx = TestLexicon();
  // Reduced passives ("kidnapped on the road") and intransitive uses name victims.
  for (const char* text : {"Four men kidnapped on the road were freed.", "Three people killed in Gao were buried.",
                           "Men shot a trader.", "A mob of about 50 persons attacked the temple."}) {
    Document doc = Annotate(*lx, text, "", "MLI");
    for (const auto& m : doc.actors) EXPECT_NE(m.inter, 3) << text << ": " << doc.raw(m.span);
  }
}

TEST(Recognizer, ContextChoosesAmongHomonyms) {
  auto lx = TestLexicon();
  EXPECT_EQ(Annotate(*lx, "The FLA attacked.", "", "BFA").actors.at(0).code, "BFAREBFLA");
  EXPECT_EQ(Annotate(*lx, "The FLA attacked.", "", "MLI").actors.at(0).code, "MLIREBFLA");
}

TEST(Recognizer, LocativesAndCommonWords) {
  auto lx = TestLexicon();
  // Capitals in a list after "in" are places; "niger" in lower case is no country name.
  Document doc = Annotate(*lx, "Protests were held in Paris, Niamey and Bamako along the niger river.");
  EXPECT_TRUE(doc.actors.empty()) << doc.raw(doc.actors[0].span);
}

TEST(Recognizer, ComposedFieldsAndMedia) {
  auto lx = TestLexicon();
  Document doc = Annotate(*lx, "Malian soldiers and Dogon militia clashed, AFP said.");
  ASSERT_GE(doc.actors.size(), 2u);
  const ActorMention& m = doc.actors[0];
  EXPECT_EQ(m.acled_name, "Military Forces of Mali");
  EXPECT_EQ(m.inter, 1);
  EXPECT_EQ(m.country, "MLI");
  EXPECT_EQ(m.sector, "MIL");
  EXPECT_EQ(doc.actors.back().kind, "media");
  EXPECT_EQ(doc.actors.back().inter, 0);
}

TEST(Recognizer, LearnedAcronymNamesLaterMentions) {
  auto lx = TestLexicon();
  Document doc = Annotate(*lx, "The United Nations Multidimensional Integrated Stabilization Mission in Mali "
                               "(UNMSM) arrived. Later UNMSM left.");
  ASSERT_EQ(doc.actors.size(), 2u);
  EXPECT_EQ(doc.raw(doc.actors[1].span), "UNMSM");
  EXPECT_EQ(doc.actors[1].entity_id, "mli.minusma");
}

TEST(Recognizer, DiscardsAreRecorded) {
  auto lx = TestLexicon();
  Document doc = Annotate(*lx, "Mali beat Niger at the Africa Cup of Nations.");
  ASSERT_EQ(doc.discards.size(), 1u);
  EXPECT_EQ(doc.discards[0].scope, "story");
  EXPECT_EQ(doc.discards[0].topic, "sports");
  EXPECT_EQ(doc.raw(doc.discards[0].span), "Africa Cup of Nations");
}

// PETRARCH dictionaries list countries as actors ("FREEDONIA [FRE]"); agents compose with them
// when a prefix agent stands right before the name or any agent before "in"/"of"/"from" it.
TEST(Recognizer, ComposesAgentsWithPetrarchCountryActors) {
  Dictionaries d;
  std::vector<Diagnostic> diags;
  ASSERT_TRUE(ParsePetrarchActors("FREEDONIA [FRE]\nSYLVANIA [SYL]\n", "a.txt", &d, &diags).ok());
  ASSERT_TRUE(ParsePetrarchAgents("MEDECINS {} [NGO~]\nACTIVIST [~OPP]\nSOLDIER [~MIL]\nMINISTER [~GOV]\n", "g.txt", &d,
                                  &diags)
                  .ok());
  auto lx = Lexicon::Compile(std::move(d));
  struct Want {
    const char* text;
    const char* mention;
    const char* code;
  };
  const Want cases[] = {
      {"Medecins Freedonia left Sylvania.", "Medecins Freedonia", "NGOFRE"},
      {"Activists in Freedonia met Sylvania.", "Activists in Freedonia", "FREOPP"},
      {"Soldiers from Sylvania crossed the river.", "Soldiers from Sylvania", "SYLMIL"},
      // The agent distributes over a list after the preposition.
      {"Activists in Freedonia and Sylvania met.", "Activists in Freedonia", "FREOPP"},
      {"Activists in Freedonia and Sylvania met.", "Sylvania", "SYLOPP"},
      {"The soldiers of the Freedonia left.", "soldiers of the Freedonia", "FREMIL"},
      // A suffix agent right before a name is a title, not a composition.
      {"The minister Freedonia spoke.", "Freedonia", "FRE"},
  };
  for (const Want& w : cases) {
    Document doc = Annotate(*lx, w.text);
    bool found = false;
    for (const ActorMention& m : doc.actors) {
      if (doc.raw(m.span) != w.mention) continue;
      found = true;
      EXPECT_EQ(m.code, w.code) << w.text;
    }
    EXPECT_TRUE(found) << w.text << ": no mention \"" << w.mention << "\"";
  }
}

TEST(Recognizer, BadInputDoesNotCrash) {
  auto lx = TestLexicon();
  for (const char* t : {"", "(", "( AU", "(AU)", "'s", "Mali's", "the", "- - -", "\xff\xfe Mali"}) {
    Document doc = Annotate(*lx, t);
    for (const auto& m : doc.actors) EXPECT_LE(m.span.end, doc.article.text.size());
  }
}

}  // namespace
}  // namespace dateline::lexicon
