// Tests of PETRARCH/TABARI verb dictionaries in the coder: a small dictionary written for these
// tests (fictional countries) read by LoadPetrarchVerbs, and sentences whose expected codes follow
// the mechanics PETRARCH documents: patterns matched in word order around the verb ("_" joins
// words, "&NAME" synsets, "+" the target), the block's default code, "[---]" blocks, paired codes
// "[a:b]", compound sources without a target, negation and modals spelt by a pattern, and the
// target defaulting to the first actor after the verb in its clause.
#include "coding/petrarch_verbs.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coding/coder.h"
#include "pipeline/stages.h"
#include "syntax/syntax_stage.h"

namespace dateline::coding {
namespace {

constexpr const char* kVerbs = R"(
&TIES_
+ECONOMIC
+CULTURAL

--- RENEW [050] ---
RENEW
- * &TIES TIES [051]
- * FORMAL_TIES [052]
- NOT * TIES [112]

&UNUSED
+NOTHING_HERE

--- HOST [042:043] ---
HOST

--- WARN [160] ---
WARN
- * OF + [161]
- * AGAINST [---]
- WOULD * [162]

--- ABANDON [345] ---
ABANDON

&LATER
+LATER

--- PRAISE [051] ---
PRAISE

--- CELEBRATE [181] ---
CELEBRATE
- * FEAST IN ^ +  [045]

--- LEAVE [012] ---
LEAVE

--- LEFT [032:033] ---
LEFT

--- REGRET [111] ---
REGRET {REGRETTED REGRETS}
- NOTED + * [115]

--- CONFISCATE [1711] ---
CONFISCATE
WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}

--- EXCLUDE [1721] ---
EXCLUDE
+CORDON_OFF {+CORDONED_OFF +CORDONING_OFF}
- * FOR CONSTRUCTION [071]
)";

class PetrarchVerbsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    words_ = &syntax::WordLexicon::Default();
    lexicon_ = new EventLexicon(*words_);
    ASSERT_TRUE(LoadPetrarchVerbs(kVerbs, "test", lexicon_).ok());
    lexicon_->Finish();
    tables_ = new CameoTables();
    ASSERT_TRUE(tables_->LoadDirectory(std::string(DATELINE_SOURCE_DIR) + "/data/cameo").ok());
  }

  // Codes `text` with every occurrence of the three country names as actor mentions and returns
  // "code source -> target" per event (negated and hypothetical events flagged).
  static std::vector<std::string> Code(const std::string& text) {
    Document doc;
    doc.article.text = text;
    doc.article.id = "t";
    doc.article.published = "2024-01-01";
    auto stage = MakeTextStage(ResolveDefaults(PipelineOptions{}));
    (*stage)->Process(doc);
    doc.published = "2024-01-01";
    for (const char* name : {"Freedonia", "Sylvania", "Tomainia"}) {
      for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
        ActorMention m;
        m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::string(name).size())};
        m.code = name;
        m.name = name;
        m.token_begin = kNone;
        for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
          if (doc.tokens[t].span.start >= m.span.start && m.token_begin == kNone) m.token_begin = t;
          if (doc.tokens[t].span.end <= m.span.end) m.token_end = t + 1;
        }
        m.sentence = 0;
        doc.actors.push_back(m);
      }
    }
    syntax::AnalyzeDocument(doc, *words_);
    EventCoder coder(*lexicon_, *tables_, *words_, CodingHooks{});
    coder.Code(doc);
    std::vector<std::string> out;
    for (const Event& e : doc.events) {
      auto names = [&](const std::vector<uint32_t>& side) {
        std::string s;
        for (uint32_t a : side) s += (s.empty() ? "" : "+") + doc.actors[a].name;
        return s.empty() ? std::string("-") : s;
      };
      std::string line = e.cameo + " " + names(e.sources) + " -> " + names(e.targets);
      if (e.negated) line += " negated";
      if (e.mood == "hypothetical") line += " hypothetical";
      out.push_back(line);
    }
    return out;
  }

  static const syntax::WordLexicon* words_;
  static EventLexicon* lexicon_;
  static CameoTables* tables_;
};

const syntax::WordLexicon* PetrarchVerbsTest::words_;
EventLexicon* PetrarchVerbsTest::lexicon_;
CameoTables* PetrarchVerbsTest::tables_;

TEST_F(PetrarchVerbsTest, CodesPatternMechanics) {
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      // The block's default code; the target is the first actor after the verb.
      {"Freedonia renewed diplomatic relations with Sylvania on Monday.", {"050 Freedonia -> Sylvania"}},
      // A synset member in a pattern ("&TIES_" and "&TIES" are one synset).
      {"Freedonia renewed cultural ties with Sylvania on Monday.", {"051 Freedonia -> Sylvania"}},
      // "_" joins words: "formal ties" matches, "formal and close ties" does not.
      {"Freedonia renewed formal ties with Sylvania on Monday.", {"052 Freedonia -> Sylvania"}},
      {"Freedonia renewed formal and close ties with Sylvania.", {"050 Freedonia -> Sylvania"}},
      // A paired code: the second event runs from the target back to the source.
      {"Freedonia hosted Sylvania on Monday.", {"042 Freedonia -> Sylvania", "043 Sylvania -> Freedonia"}},
      // "+" names the target by its position.
      {"Freedonia warned Tomainia of Sylvania on Monday.", {"161 Freedonia -> Sylvania"}},
      // "[---]": the pattern matches and nothing is coded.
      {"Freedonia warned against the plan on Monday.", {}},
      // A synset after a block ends it without losing its default code.
      {"Freedonia abandoned the talks with Sylvania on Monday.", {"345 Freedonia -> Sylvania"}},
      // A compound source with no target: member on member.
      {"Freedonia and Sylvania renewed ties on Monday.",
       {"050 Freedonia -> Sylvania", "050 Sylvania -> Freedonia"}},
      // A pattern that spells the negation codes the negated act.
      {"Freedonia did not renew ties with Sylvania on Monday.", {"112 Freedonia -> Sylvania"}},
      // A pattern that spells the modal codes the act, not a hypothesis.
      {"Freedonia would warn Sylvania on Monday.", {"162 Freedonia -> Sylvania"}},
      // The default target does not cross a comma that opens a clause of its own, and with no
      // target there is no event (PETRARCH's require_dyad).
      {"Freedonia renewed ties on Monday, a senior Sylvania official said.", {}},
      {"Freedonia abandoned the talks on Monday.", {}},
      // An agentless passive keeps its subject as the source.
      {"Freedonia was praised over its dispute with Sylvania.", {"051 Freedonia -> Sylvania"}},
      // "^" passes over an actor before the "+" target.
      {"Freedonia celebrated a feast in Tomainia with Sylvania.", {"045 Freedonia -> Sylvania"}},
      // A "+"-marked multi-word member verb with its forms: the block's code, and its patterns.
      {"Freedonia cordoned off the border with Sylvania.", {"1721 Freedonia -> Sylvania"}},
      {"Freedonia cordoned off for construction the road to Sylvania.", {"071 Freedonia -> Sylvania"}},
      // A bare verb read as a noun after stacked auxiliaries and an adverb is the main verb.
      {"Freedonia will not ever renew ties with Sylvania.", {"112 Freedonia -> Sylvania"}},
      {"Freedonia really did not even renew ties with Sylvania.", {"112 Freedonia -> Sylvania"}},
      // A bare present verb glued to the subject actor ("Freedonia renew") is the verb.
      {"Freedonia renew cultural ties with Sylvania.", {"051 Freedonia -> Sylvania"}},
      // The source is the nearest actor before the verb when the subject found names none.
      {"Freedonia most certainly renewed cultural ties with Sylvania.", {"051 Freedonia -> Sylvania"}},
      // A form one block lists ("--- LEFT ---") is not another block's inflection (LEAVE).
      {"Freedonia left for Sylvania on Monday.", {"032 Freedonia -> Sylvania", "033 Sylvania -> Freedonia"}},
      {"Freedonia leaves Sylvania on Monday.", {"012 Freedonia -> Sylvania"}},
      // "+" before the verb on its subject: the source is the actor before it.
      {"Freedonia noted that Sylvania regretted the decision.", {"115 Freedonia -> Sylvania"}},
      // The default target is not in an adverbial clause ("after ... was reported").
      {"Freedonia and Sylvania renewed ties after a riot was reported in Tomainia.",
       {"050 Freedonia -> Sylvania", "050 Sylvania -> Freedonia"}},
      // "neither X nor Y" and "X, Y, and Z" are compounds.
      {"Neither Freedonia nor Tomainia renewed ties with Sylvania.", {"050 Freedonia+Tomainia -> Sylvania"}},
      // "WIRE_+TAP": the verb "tap" with "wire" joined before it.
      {"Freedonia wire tapped the phones of Sylvania.", {"1711 Freedonia -> Sylvania"}},
      // No event without a source either.
      {"The talks were abandoned on Monday.", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Code(c.text), c.want) << c.text;
}

TEST(PetrarchVerbsLoad, SkipsUndefinedSynsetsAndReadsPairedCodes) {
  EventLexicon lexicon(syntax::WordLexicon::Default());
  ASSERT_TRUE(LoadPetrarchVerbs("--- MEET [040:041] ---\nMEET\n- * &NOWHERE [099]\n- * IN_PRIVATE [042]\n",
                                "t", &lexicon)
                  .ok());
  lexicon.Finish();
  const std::vector<uint32_t>* pats = lexicon.VerbPatterns("met");
  ASSERT_NE(pats, nullptr);
  ASSERT_EQ(pats->size(), 2u);  // the pattern naming an undefined synset is dropped
  const VerbPattern& first = lexicon.pattern((*pats)[0]);
  EXPECT_EQ(first.code, "042");
  ASSERT_EQ(first.upper.size(), 2u);
  EXPECT_FALSE(first.upper[0].adjacent);
  EXPECT_TRUE(first.upper[1].adjacent);
  const VerbPattern& block = lexicon.pattern((*pats)[1]);
  EXPECT_EQ(block.code, "040");
  EXPECT_EQ(block.reverse_code, "041");
}

}  // namespace
}  // namespace dateline::coding
