// Tests of the event coder on sentences with hand-made actor mentions (the actors layer is built on
// another branch): CAMEO code, sides, voice, mood, negation, attribution and the seed article.
#include "coding/coder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/stages.h"
#include "syntax/syntax_stage.h"

namespace dateline::coding {
namespace {

struct ActorSpec {
  const char* text;  // first occurrence in the sentence
  const char* code;
  int inter;
};

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    words_ = &syntax::WordLexicon::Default();
    lexicon_ = new EventLexicon(*words_);
    ASSERT_TRUE(lexicon_->LoadDirectory(std::string(DATELINE_SOURCE_DIR) + "/data/events").ok());
    tables_ = new CameoTables();
    ASSERT_TRUE(tables_->LoadDirectory(std::string(DATELINE_SOURCE_DIR) + "/data/cameo").ok());
  }

  static Document Make(const std::string& text, const std::vector<ActorSpec>& actors,
                       const char* published = "2023-10-31") {
    Document doc;
    doc.article.text = text;
    doc.article.id = "t";
    doc.article.published = published;
    auto stage = MakeTextStage(ResolveDefaults(PipelineOptions{}));
    (*stage)->Process(doc);
    doc.published = published;
    for (const ActorSpec& a : actors) {
      size_t at = text.find(a.text);
      EXPECT_NE(at, std::string::npos) << a.text;
      if (at == std::string::npos) continue;
      ActorMention m;
      m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::string(a.text).size())};
      m.code = a.code;
      m.name = a.text;
      m.inter = a.inter;
      m.token_begin = kNone;
      for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
        if (doc.tokens[t].span.start >= m.span.start && m.token_begin == kNone) m.token_begin = t;
        if (doc.tokens[t].span.end <= m.span.end) m.token_end = t + 1;
      }
      for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
        if (doc.sentences[s].token_begin <= m.token_begin && m.token_begin < doc.sentences[s].token_end)
          m.sentence = s;
      }
      doc.actors.push_back(m);
    }
    syntax::AnalyzeDocument(doc, *words_);
    EventCoder coder(*lexicon_, *tables_, *words_, CodingHooks{});
    coder.Code(doc);
    return doc;
  }

  // "0874 UN soldiers -> - [attributed]" per event.
  static std::vector<std::string> Summary(const Document& doc) {
    std::vector<std::string> out;
    for (const Event& e : doc.events) {
      auto names = [&](const std::vector<uint32_t>& side) {
        if (side.empty()) return std::string("-");
        std::string s;
        for (uint32_t a : side) s += (s.empty() ? "" : "+") + doc.actors[a].name;
        return s;
      };
      std::string line = e.cameo + " " + names(e.sources) + " -> " + names(e.targets);
      if (e.negated) line += " negated";
      if (e.mood != "asserted") line += " " + e.mood;
      if (e.attributed) line += " attributed";
      out.push_back(line);
    }
    return out;
  }

  static const syntax::WordLexicon* words_;
  static EventLexicon* lexicon_;
  static CameoTables* tables_;
};

const syntax::WordLexicon* CoderTest::words_;
EventLexicon* CoderTest::lexicon_;
CameoTables* CoderTest::tables_;

TEST_F(CoderTest, CodesSentences) {
  struct Case {
    const char* text;
    std::vector<ActorSpec> actors;
    std::vector<std::string> want;
  } cases[] = {
      {"Mali's new military rulers in June ordered the peacekeepers out.",
       {{"Mali's new military rulers", "MLIGOV", 1}, {"the peacekeepers", "IGOUNOPKO", 8}},
       {"1661 Mali's new military rulers -> the peacekeepers"}},
      {"The army said it killed 12 militants.",
       {{"The army", "MLIMIL", 1}, {"12 militants", "MLIREB", 2}},
       {"1823 The army -> 12 militants attributed"}},
      {"The rebels did not attack the town.", {{"The rebels", "MLIREB", 2}},
       {"190 The rebels -> - negated"}},
      {"Three soldiers were killed by militants.",
       {{"Three soldiers", "MLIMIL", 1}, {"militants", "REB", 2}},
       {"1823 militants -> Three soldiers"}},
      {"France and Mali signed a peace deal.", {{"France", "FRA", 0}, {"Mali", "MLI", 0}},
       {"057 France+Mali -> -"}},
      {"Militants abducted two aid workers near Gao.", {{"Militants", "REB", 2}},
       {"181 Militants -> -"}},
      {"Police arrested 20 protesters in Bamako.",
       {{"Police", "MLICOP", 1}, {"20 protesters", "MLIOPP", 6}},
       {"173 Police -> 20 protesters"}},
      {"Protesters marched against the government.",
       {{"Protesters", "MLIOPP", 6}, {"the government", "MLIGOV", 1}},
       {"141 Protesters -> the government"}},
      {"The weather was fine in Bamako, the army said.", {{"the army", "MLIMIL", 1}}, {}},
      {"The mission has seen 180 of its members killed.", {{"The mission", "IGOUNOPKO", 8}}, {}},
      {"The army will withdraw from the base.", {{"The army", "MLIMIL", 1}},
       {"0874 The army -> - intended"}},
      {"A roadside bomb killed three soldiers.", {{"three soldiers", "MLIMIL", 1}},
       {"1833 - -> three soldiers"}},
      // The weapon named anywhere in the sentence types generic violence as remote violence.
      {"Two soldiers were killed and two others wounded by the explosion of an IED.",
       {{"Two soldiers", "MLIMIL", 1}},
       {"1833 - -> Two soldiers"}},
      {"Rockets fired by JNIM militants struck the MINUSMA camp.",
       {{"JNIM militants", "MLIREB", 2}, {"the MINUSMA camp", "IGOUNOPKO", 8}},
       {"194 - -> the MINUSMA camp"}},  // the agent of a reduced relative is not found yet
      // A trend over many incidents, not an event to count (the seed article's background).
      {"GSIM has also stepped up attacks against the military.",
       {{"GSIM", "MLIREB", 2}, {"the military", "MLIMIL", 1}},
       {}},
      {"GSIM launched an attack against the military.",
       {{"GSIM", "MLIREB", 2}, {"the military", "MLIMIL", 1}},
       {"190 GSIM -> the military"}},
      {"The air force carried out an airstrike on a JNIM base.",
       {{"The air force", "MLIMIL", 1}, {"JNIM", "MLIREB", 2}},
       {"195 The air force -> JNIM"}},
      {"Rebels clashed with the army near Gao.",
       {{"Rebels", "MLIREB", 2}, {"the army", "MLIMIL", 1}},
       {"190 Rebels -> the army"}},
      {"The groups threatened to attack the army.",
       {{"The groups", "MLIREB", 2}, {"the army", "MLIMIL", 1}},
       {"138 The groups -> the army"}},
      {"The army denied attacking civilians.",
       {{"The army", "MLIMIL", 1}, {"civilians", "CVL", 7}},
       {"190 The army -> civilians negated"}},
      {"Gunmen attacked a FAMa post, killing two soldiers.",
       {{"Gunmen", "UAF", 3}, {"FAMa", "MLIMIL", 1}, {"two soldiers", "MLIMIL", 1}},
       {"190 Gunmen -> FAMa", "1823 Gunmen -> two soldiers"}},
      {"The separatist groups who oppose the army have resumed hostilities against it.",
       {{"The separatist groups", "MLISEP", 2}, {"the army", "MLIMIL", 1}},
       {"190 The separatist groups -> the army"}},
      {"Following a coup in 2020, Mali's rulers in June ordered the peacekeepers out.",
       {{"Mali's rulers", "MLIGOV", 1}, {"the peacekeepers", "IGOUNOPKO", 8}},
       {"1661 Mali's rulers -> the peacekeepers"}},
      {"The army had withdrawn from the town in 2014.", {{"The army", "MLIMIL", 1}},
       {"0874 The army -> - historical"}},
      {"The police have not been able to arrest the kidnappers.", {{"The police", "MLICOP", 1}},
       {"173 The police -> - negated intended"}},
      {"If the rebels attack the town, the army will respond.", {{"the rebels", "MLIREB", 2}},
       {"190 the rebels -> - hypothetical"}},
      // A parenthesis between subject and verb is skipped.
      {"MAA and GATIA (both loyalist groups) clashed near Bourem.",
       {{"MAA", "MLIREB", 2}, {"GATIA", "MLIMIL", 3}},
       {"190 MAA+GATIA -> -"}},
      // Noun phrases coordinated with a preposition's object are not the subject.
      {"The Idaksahak and the Imghad from Gao and Menaka signed a peace agreement.",
       {{"The Idaksahak", "MLIETH", 4}, {"the Imghad", "MLIETH", 4}},
       {"057 The Idaksahak+the Imghad -> -"}},
      // A past form with a "by" phrase naming the attackers is a reduced passive.
      {"A police post in Diafarabe, Mopti region attacked at 21h by militants.",
       {{"A police post", "MLICOP", 1}, {"militants", "MLIREB", 2}},
       {"190 militants -> A police post"}},
      // A harm verb whose agent is a means of violence codes that violence.
      {"A bus was hit by a roadside bomb near Gao.", {}, {"1833 - -> -"}},
      // "killed in clashes between X and Y": the sides of the fighting.
      {"Three people were killed in clashes between the rebels and the militia.",
       {{"the rebels", "MLIREB", 2}, {"the militia", "MLIMIL", 3}},
       {"1823 the rebels -> the militia"}},
      // A verbless fragment opening with the event noun reports it.
      {"Clashes between the rebels and the militia near Menaka, at least four dead.",
       {{"the rebels", "MLIREB", 2}, {"the militia", "MLIMIL", 3}},
       {"190 the rebels -> the militia"}},
      // Setting fire to things is property destruction; a protest noun split by its hyphen.
      {"Unknown gunmen burned the voting materials in the village.", {{"Unknown gunmen", "UAG", 3}},
       {"1712 Unknown gunmen -> -"}},
      {"Nurses at the hospital resumed their sit-ins.", {{"Nurses", "MLILAB", 6}},
       {"141 Nurses -> -"}},
      // People burned alive are killed; seizing a herd is not an abduction; coordinated past
      // forms are verbs.
      {"Five villagers were burnt alive by the attackers.", {{"Five villagers", "CVL", 7}, {"the attackers", "UAG", 3}},
       {"1823 the attackers -> Five villagers"}},
      {"Militiamen seized a herd of cattle.", {{"Militiamen", "MLIETH", 4}}, {"1711 Militiamen -> -"}},
      {"Militants attacked and burned poll booths.", {{"Militants", "MLIREB", 2}},
       {"190 Militants -> -", "1712 Militants -> -"}},
      // A claim of responsibility for an attack reports the attack by the claimant.
      {"The rebels claimed responsibility for an attack on the army post.",
       {{"The rebels", "MLIREB", 2}, {"the army", "MLIMIL", 1}},
       {"190 The rebels -> the army attributed"}},
      // Headline "signalled": the fragment's event.
      {"Fighting between the rebels and the militia signalled near the town.",
       {{"the rebels", "MLIREB", 2}, {"the militia", "MLIMIL", 3}},
       {"190 the rebels -> the militia"}},
      // Bodies found are a killing.
      {"Three herders were found dead near the well.", {{"Three herders", "CVL", 7}},
       {"1823 - -> Three herders"}},
      // After a place's apposition a determiner starts the clause's subject.
      {"Gunmen attacked a truck bound for Gao, Mali, the passengers were stripped of their belongings.",
       {{"Gunmen", "UAG", 3}}, {"190 Gunmen -> -", "1711 - -> -"}},
      // The subject of "subjected to", "fell into", "came under" is the target.
      {"An army convoy was subjected to an attack by the rebels near Gao.",
       {{"An army convoy", "MLIMIL", 1}, {"the rebels", "MLIREB", 2}},
       {"190 the rebels -> An army convoy"}},
      {"A police patrol fell into an ambush near the border.", {{"A police patrol", "MLICOP", 1}},
       {"190 - -> A police patrol"}},
      {"The UN camp came under mortar fire overnight.", {{"The UN camp", "IGOUNOPKO", 8}},
       {"194 - -> The UN camp"}},
      // Fragments: a noun with its target, a slash compound, sides after an occurrence verb.
      {"Ambush targeting a militia convoy north of the town.", {{"a militia convoy", "MLIMIL", 3}},
       {"190 - -> a militia convoy"}},
      {"Mortar/rocket fire against the UN camp in the morning.", {{"the UN camp", "IGOUNOPKO", 8}},
       {"194 - -> the UN camp"}},
      {"Heavy clashes raged for hours between the rebels and the militia.",
       {{"the rebels", "MLIREB", 2}, {"the militia", "MLIMIL", 3}},
       {"190 the rebels -> the militia"}},
  };
  for (const Case& c : cases) {
    Document doc = Make(c.text, c.actors);
    EXPECT_EQ(Summary(doc), c.want) << c.text;
  }
}

TEST_F(CoderTest, FillsTablesAndAcled) {
  Document doc = Make("On 3 March 2018, suspected JNIM militants attacked a FAMa post in Boni.",
                      {{"JNIM militants", "MLIREB", 2}, {"FAMa", "MLIMIL", 1}}, "2018-03-05");
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.cameo, "190");
  EXPECT_EQ(e.cameo_root, "19");
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_DOUBLE_EQ(e.goldstein, -10);
  EXPECT_EQ(e.plover.type, "ASSAULT");
  EXPECT_EQ(e.acled.event_type, "Battles");
  EXPECT_EQ(e.acled.sub_event_type, "Armed clash");
  EXPECT_EQ(e.acled.interaction, 12);
  EXPECT_EQ(doc.raw(e.evidence.trigger), "attacked");
  EXPECT_EQ(doc.raw(e.evidence.source), "JNIM militants");
}

TEST_F(CoderTest, SeedArticle) {
  const std::string text =
      "UN soldiers Tuesday left a camp in the strategic town of Kidal in Mali's volatile north, which "
      "has been wracked by jihadist and separatist violence, several sources in the peacekeeping "
      "mission told AFP.\n\n"
      "\"We left Kidal this morning,\" a source in the UN peacekeeping mission based in the town said.\n\n"
      "Following a coup in 2020, Mali's new military rulers in June ordered the peacekeepers out, "
      "proclaiming the \"failure\" of their mission.\n\n"
      "The United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA), whose "
      "strength has hovered around 15,000 soldiers and police officers, has seen 180 of its members "
      "killed.\n";
  Document doc = Make(text, {{"UN soldiers", "IGOUNOPKO", 8},
                             {"AFP", "MED", 0},
                             {"UN peacekeeping mission", "IGOUNOPKO", 8},
                             {"Mali's new military rulers", "MLIGOV", 1},
                             {"the peacekeepers", "IGOUNOPKO", 8},
                             {"The United Nations Multidimensional Integrated Stabilization Mission in Mali", "IGOUNOPKO", 8},
                             {"MINUSMA", "IGOUNOPKO", 8}});
  int retreat = 0, expel = 0;
  for (const Event& e : doc.events) {
    for (uint32_t a : e.sources) EXPECT_NE(doc.actors[a].name, "AFP");
    for (uint32_t a : e.targets) EXPECT_NE(doc.actors[a].name, "AFP");
    EXPECT_NE(e.sentence, 3u) << "no event from 'has seen 180 of its members killed'";
    if (e.cameo.substr(0, 2) == "08") {
      ++retreat;
      EXPECT_EQ(e.cameo, "0874");
      EXPECT_EQ(e.plover.type, "RETREAT");
      EXPECT_EQ(e.plover.mode, "withdraw");
      EXPECT_NE(std::find(e.plover.context.begin(), e.plover.context.end(), "peacekeeping"), e.plover.context.end());
      ASSERT_EQ(e.sources.size(), 1u);
      EXPECT_EQ(doc.actors[e.sources[0]].name, "UN soldiers");
      EXPECT_TRUE(e.attributed);
    }
    if (e.cameo == "1661") {
      ++expel;
      EXPECT_EQ(e.plover.type, "SANCTION");
      ASSERT_EQ(e.sources.size(), 1u);
      EXPECT_EQ(doc.actors[e.sources[0]].code, "MLIGOV");
    }
  }
  EXPECT_EQ(retreat, 1);
  EXPECT_EQ(expel, 1);
}

// ACLED fields of the first event: type, sub-event type and interaction by ACLED's conventions.
TEST_F(CoderTest, AcledConventions) {
  struct Case {
    const char* text;
    std::vector<ActorSpec> actors;
    const char* type;
    const char* sub;
    int interaction;
  } cases[] = {
      // An unnamed perpetrator is an unidentified armed group (3) ...
      {"A Malian army vehicle was struck by an IED near Hombori.", {{"Malian army", "MLIMIL", 1}},
       "Explosions/Remote violence", "Remote explosive/landmine/IED", 13},
      // ... unless the story names the author in a claim or attribution.
      {"A Malian army vehicle was struck by an IED near Hombori. The IED was planted by JNIM militants.",
       {{"Malian army", "MLIMIL", 1}, {"JNIM militants", "MLIREB", 2}},
       "Explosions/Remote violence", "Remote explosive/landmine/IED", 12},
      {"A Malian army vehicle was struck by an IED near Hombori. JNIM claimed responsibility.",
       {{"Malian army", "MLIMIL", 1}, {"JNIM", "MLIREB", 2}},
       "Explosions/Remote violence", "Remote explosive/landmine/IED", 12},
      // A group named without a claim is not the author.
      {"A Malian army vehicle was struck by an IED near Hombori. JNIM is active in the area.",
       {{"Malian army", "MLIMIL", 1}, {"JNIM", "MLIREB", 2}},
       "Explosions/Remote violence", "Remote explosive/landmine/IED", 13},
      // Shooting with no target and no armed opponent in view is one-sided violence.
      {"Unknown gunmen opened fire in the vicinity of the village.", {{"Unknown gunmen", "UAG", 3}},
       "Violence against civilians", "Attack", 37},
      // A compound subject of fighting fights itself.
      {"MAA and GATIA clashed in the area of Bourem.", {{"MAA", "MLIREB", 2}, {"GATIA", "MLIMIL", 3}},
       "Battles", "Armed clash", 23},
      // A coordinated past form before a number is a verb: "and executed nine civilians".
      {"ISGS militants made an incursion in the locality of Oubey and executed nine civilians.",
       {{"ISGS militants", "MLIREB", 2}, {"civilians", "CVL", 7}},
       "Violence against civilians", "Attack", 27},
      // A mixed attack (IED then gunfire) is a battle, not remote violence.
      {"Katiba Macina militants carried out a complex attack against a Malian army patrol, initiated by the detonation of an IED.",
       {{"Katiba Macina militants", "MLIREB", 2}, {"Malian army", "MLIMIL", 1}}, "Battles", "Armed clash", 12},
      {"Katiba Macina militants ambushed a Malian army convoy, the attack was initiated by the detonation of an IED.",
       {{"Katiba Macina militants", "MLIREB", 2}, {"Malian army", "MLIMIL", 1}}, "Battles", "Armed clash", 12},
      // A protest with no named actor is still a protest, by protesters.
      {"Residents staged a protest in Bamako.", {},
       "Protests", "Peaceful protest", 60},
      // Dispersing protesters is a protest with intervention, the protesters actor 1.
      {"Police dispersed the protesters in Bamako.", {{"Police", "MLICOP", 1}, {"the protesters", "MLIOPP", 6}},
       "Protests", "Protest with intervention", 16},
      // A bombing that happened is an event with no named party.
      {"Two small bombs exploded in the city on Thursday.", {},
       "Explosions/Remote violence", "Remote explosive/landmine/IED", 30},
      // A claim of an attack reports the attack, the claimant as its author.
      {"JNIM claimed an IED attack against a MINUSMA convoy.",
       {{"JNIM", "MLIREB", 2}, {"MINUSMA", "IGOUNOPKO", 8}},
       "Explosions/Remote violence", "Remote explosive/landmine/IED", 28},
      {"JNIM claimed a rocket barrage against the MINUSMA camp.",
       {{"JNIM", "MLIREB", 2}, {"MINUSMA", "IGOUNOPKO", 8}},
       "Explosions/Remote violence", "Shelling/artillery/missile attack", 28},
      // Armed men looting with no named owner loot civilians.
      {"Unknown gunmen looted the market in Wamy.", {{"Unknown gunmen", "UAG", 3}},
       "Strategic developments", "Looting/property destruction", 37},
      // Protesters destroying property riot.
      {"Angry youths burned tires in the streets of the town.", {{"Angry youths", "MLICVL", 6}},
       "Riots", "Violent demonstration", 50},
      // An abduction whose victim is found dead is an attack.
      {"Gunmen abducted a trader near Gao. He was found dead two days later.", {{"Gunmen", "UAG", 3}},
       "Violence against civilians", "Attack", 37},
      // Robbing travellers is looting.
      {"The passengers were stripped of their belongings by gunmen.", {{"gunmen", "UAG", 3}},
       "Strategic developments", "Looting/property destruction", 37},
      // Unarmed officials and community members named as civilians are civilians (7).
      {"Gunmen killed the mayor of the town.", {{"Gunmen", "UAG", 3}, {"the mayor", "MLIGOV", 1}},
       "Violence against civilians", "Attack", 37},
      {"Militiamen killed three Fulani herders.", {{"Militiamen", "MLIETH", 4}, {"Fulani herders", "MLIETH", 4}},
       "Violence against civilians", "Attack", 47},
      // An attack by no named party on no named actor targets civilians.
      {"A relief agency vehicle was attacked on the road.", {},
       "Violence against civilians", "Attack", 37},
      // An attack on a village that met resistance is a battle with local defenders.
      {"Militiamen attacked the village of Kera, the villagers fought back.", {{"Militiamen", "MLIETH", 4}},
       "Battles", "Armed clash", 44},
      // A remote attack with gunfire in the same sentence is an armed clash.
      {"Militants fired rockets at the UN camp while peacekeepers exchanged fire with them.",
       {{"Militants", "MLIREB", 2}, {"the UN camp", "IGOUNOPKO", 8}, {"peacekeepers", "IGOUNOPKO", 8}},
       "Battles", "Armed clash", 28},
      // Killed in an IED attack: the bomb, not the word "attack", types it.
      {"Two soldiers were killed in an IED attack on the road.", {{"Two soldiers", "MLIMIL", 1}},
       "Explosions/Remote violence", "Remote explosive/landmine/IED", 13},
      // An arrest that ends in death is violence against civilians.
      {"Soldiers arrested six herders near Dogo. Their bodies were found in a well.",
       {{"Soldiers", "MLIMIL", 1}}, "Violence against civilians", "Attack", 17},
      // Youths clashing with the police riot; the rioters are actor 1.
      {"Youths clashed with the police in the town.", {{"Youths", "MLICVL", 6}, {"the police", "MLICOP", 1}},
       "Riots", "Violent demonstration", 15},
      // An armed group's threats are a strategic development (ACLED "Other").
      {"Militants threatened voters in the village.", {{"Militants", "MLIREB", 2}, {"voters", "CVL", 7}},
       "Strategic developments", "Other", 27},
      // Killing an armed actor is a battle whatever the verb.
      {"Gunmen assassinated a GATIA commander in Gossi.", {{"Gunmen", "UAG", 3}, {"GATIA", "MLIMIL", 3}},
       "Battles", "Armed clash", 33},
  };
  for (const Case& c : cases) {
    Document doc = Make(c.text, c.actors);
    ASSERT_FALSE(doc.events.empty()) << c.text;
    const Event& e = doc.events.front();
    EXPECT_EQ(e.acled.event_type, c.type) << c.text;
    EXPECT_EQ(e.acled.sub_event_type, c.sub) << c.text;
    EXPECT_EQ(e.acled.interaction, c.interaction) << c.text;
  }
}

// A claim that names no attack is speech, not an event.
TEST_F(CoderTest, ClaimWithoutAttackIsNotAnEvent) {
  Document doc = Make("JNIM claimed the town was calm.", {{"JNIM", "MLIREB", 2}});
  EXPECT_TRUE(doc.events.empty());
}

// An anaphor of the perpetrator ("the assailants") is not the victim of the perpetrator's attack.
TEST_F(CoderTest, AnaphorIsNotVictim) {
  Document doc = Make("Unknown gunmen shot dead a trader in Gao, the assailants fled.",
                      {{"Unknown gunmen", "UAG", 3}, {"the assailants", "UAG", 3}});
  ASSERT_EQ(doc.actors.size(), 2u);
  doc.actors[1].antecedent = 0;
  EventCoder coder(*lexicon_, *tables_, *words_, CodingHooks{});
  coder.Code(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().acled.event_type, "Violence against civilians");
  EXPECT_EQ(doc.events.front().acled.interaction, 37);
}

// Riot-control munitions are not artillery; a strike-action verb with no actor is not a protest.
TEST_F(CoderTest, PrecisionGuards) {
  Document teargas = Make("Police fired 20 rounds and lobbed teargas shells to disperse the mob.",
                          {{"Police", "INDCOP", 1}});
  for (const Event& e : teargas.events) EXPECT_NE(e.cameo, "194") << "teargas shells";
  Document limbs = Make("Limbs struck out in grotesque angles.", {});
  EXPECT_TRUE(limbs.events.empty());
  Document wind = Make("The wind blows up ashes of a gutted shop.", {});
  EXPECT_TRUE(wind.events.empty());
  // Sentences from ordinary news that must not code violence, robbery, protests or killings.
  struct Case {
    const char* text;
    std::vector<ActorSpec> actors;
  } quiet[] = {
      {"Russian-American Crew Blasts Off to Space Station.", {}},
      {"He suggested that a falling booster rocket caused the noise.", {}},
      {"The government is now taking stock of the damage.", {{"The government", "GOV", 1}}},
      {"Police went to the house to execute a search warrant.", {{"Police", "COP", 1}}},
      {"The army staged a flag-march in the old city.", {{"The army", "MIL", 1}}},
      {"He would not ask state officials to push back any deadlines.", {{"state officials", "GOV", 1}}},
      {"The situation in the town had become explosive.", {}},
      {"The striker beat the goalkeeper with a low shot.", {}},
      {"The judge fired the clerk at the county office.", {}},
      {"The police raided the residence of the suspect.", {{"The police", "COP", 1}}},
      {"Army columns have taken position in the city.", {{"Army columns", "MIL", 1}}},
      {"The court will hear the petitions on march 15.", {{"The court", "JUD", 1}}},
      {"The child will be engaged in a conversation.", {}},
      {"Police intercepted the convoy near the bridge.", {{"Police", "COP", 1}}},
      {"It terrorises people.", {}},
      {"Gandhi was attacking the government for its privatisation policy.", {{"the government", "GOV", 1}}},
      {"The group would engage lawyers to fight cases filed against its workers.", {}},
      {"It shows the path the forces intend to take the country.", {{"the forces", "MIL", 1}}},
      {"Its handling of the crisis drove people away from it.", {{"people", "CVL", 7}}},
  };
  for (const Case& c : quiet) {
    Document doc = Make(c.text, c.actors);
    for (const Event& e : doc.events) {
      EXPECT_LT(e.cameo.substr(0, 2), "14") << c.text << " coded " << e.cameo;
    }
  }
  Document speculate = Make("The spokesman refused to speculate on the outcome.", {{"The spokesman", "GOV", 1}});
  for (const Event& e : speculate.events) EXPECT_NE(e.cameo, "120");
  Document charged = Make("He charged the state government of failing the victims.", {{"the state government", "GOV", 1}});
  ASSERT_FALSE(charged.events.empty());
  EXPECT_EQ(charged.events[0].cameo, "112");
  Document acid = Make("Nurses were attacked with acid bombs.", {{"Nurses", "CVL", 7}});
  ASSERT_FALSE(acid.events.empty());
  EXPECT_NE(acid.events[0].cameo.substr(0, 3), "183");
  Document alive = Make("The two were burnt alive by a mob.", {{"a mob", "RIO", 5}});
  ASSERT_FALSE(alive.events.empty());
  EXPECT_EQ(alive.events[0].cameo, "1823");
  Document travel = Make("Several persons preferred not to travel to the heart of the city.", {});
  for (const Event& e : travel.events) EXPECT_NE(e.cameo, "042");
  // Codes that need a person or a claim as object.
  Document power = Make("The parties resort to such tactics to capture power.", {{"The parties", "PTY", 0}});
  for (const Event& e : power.events) EXPECT_NE(e.cameo, "173");
  Document dismissed = Make("They demanded that the government should be dismissed.", {{"the government", "GOV", 1}});
  for (const Event& e : dismissed.events) EXPECT_NE(e.cameo, "120");
  // Supposed and counterfactual events are not asserted.
  Document suppose = Make("Suppose that the villagers have been attacked by the militia.",
                          {{"the villagers", "CVL", 7}, {"the militia", "MIL", 3}});
  ASSERT_FALSE(suppose.events.empty());
  EXPECT_EQ(suppose.events[0].mood, "hypothetical");
  // A stabbing stays a stabbing when the sentence also names bombs.
  Document stab = Make("Students were stabbed and nurses were attacked with acid bombs.", {{"Students", "CVL", 7}});
  ASSERT_FALSE(stab.events.empty());
  EXPECT_EQ(stab.events[0].cameo, "182");
  Document would = Make("There would have been some protests in the town.", {});
  ASSERT_FALSE(would.events.empty());
  EXPECT_EQ(would.events[0].mood, "hypothetical");
}

}  // namespace
}  // namespace dateline::coding
