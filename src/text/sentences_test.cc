// Table-driven sentence splitter tests: each case lists the expected sentences as raw strings,
// which checks the byte offsets too.
#include "text/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dateline {
namespace {

std::vector<std::string> Split(const std::string& text) {
  Document doc;
  doc.article.text = text;
  SplitSentences(doc, {0, static_cast<uint32_t>(text.size())});
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) {
    out.emplace_back(doc.raw(s.span));
    // Token ranges must cover the sentence exactly.
    EXPECT_EQ(doc.tokens[s.token_begin].span.start, s.span.start);
    EXPECT_EQ(doc.tokens[s.token_end - 1].span.end, s.span.end);
  }
  return out;
}

struct Case {
  std::string name;
  std::string text;
  std::vector<std::string> sentences;
};

TEST(SentenceSplitter, SplitsAsExpected) {
  const std::vector<Case> cases = {
      {"simple",
       "Gunmen attacked a village. Five people died.",
       {"Gunmen attacked a village.", "Five people died."}},
      {"acronym inside",
       "The U.N. mission left Kidal on Tuesday.",
       {"The U.N. mission left Kidal on Tuesday."}},
      {"acronym at the end",
       "Aid came from the U.S. The army said it was grateful.",
       {"Aid came from the U.S.", "The army said it was grateful."}},
      {"acronym before a name",
       "U.S. President Joe Biden spoke.",
       {"U.S. President Joe Biden spoke."}},
      {"titles",
       "Gen. Assimi Goita met Lt. Col. Abdoulaye Maiga. Mr. Diop was absent.",
       {"Gen. Assimi Goita met Lt. Col. Abdoulaye Maiga.", "Mr. Diop was absent."}},
      {"month abbreviation",
       "The attack on Jan. 5 killed 12. Nobody claimed it.",
       {"The attack on Jan. 5 killed 12.", "Nobody claimed it."}},
      {"number",
       "Resolution No. 2690 ended the mission. It had 15,000 troops and cost $1.2 billion.",
       {"Resolution No. 2690 ended the mission.", "It had 15,000 troops and cost $1.2 billion."}},
      {"sentence starting with a number",
       "The toll rose. 180 peacekeepers have died.",
       {"The toll rose.", "180 peacekeepers have died."}},
      {"quote closes",
       "\"We left Kidal this morning,\" a source said. \"It is over.\" He left.",
       {"\"We left Kidal this morning,\" a source said.", "\"It is over.\"", "He left."}},
      {"question in quote", "\"Why now?\" he asked.", {"\"Why now?\" he asked."}},
      {"curly quotes",
       "He said: \xE2\x80\x9CWe will return.\xE2\x80\x9D The convoy left.",
       {"He said: \xE2\x80\x9CWe will return.\xE2\x80\x9D", "The convoy left."}},
      {"parentheses",
       "MINUSMA (the U.N. mission) left. (It had been there since 2013.) Troops went home.",
       {"MINUSMA (the U.N. mission) left.", "(It had been there since 2013.)",
        "Troops went home."}},
      {"initials",
       "The report by J. R. Smith was published. It was long.",
       {"The report by J. R. Smith was published.", "It was long."}},
      {"ellipsis mid-sentence",
       "They waited ... and then fired.",
       {"They waited ... and then fired."}},
      {"ellipsis at the end",
       "They waited\xE2\x80\xA6 Then they fired.",
       {"They waited\xE2\x80\xA6", "Then they fired."}},
      {"headline without full stop",
       "Peacekeepers leave Kidal\nUN soldiers left the camp on Tuesday.",
       {"Peacekeepers leave Kidal", "UN soldiers left the camp on Tuesday."}},
      {"paragraphs",
       "First paragraph without a stop\n\nsecond paragraph",
       {"First paragraph without a stop", "second paragraph"}},
      {"exclamation", "Stop! The soldiers fired.", {"Stop!", "The soldiers fired."}},
      {"lowercase after period",
       "The figure was approx. five hundred.",
       {"The figure was approx. five hundred."}},
      {"p.m. before a starter",
       "The blast came at 3 p.m. The police arrived.",
       {"The blast came at 3 p.m.", "The police arrived."}},
      {"hard-wrapped",
       "The army said on Tuesday that its soldiers had\n"
       "killed twelve fighters near Menaka in an operation\n"
       "that also involved drones. Local officials\n"
       "disputed the toll and said civilians were among\n"
       "the dead.\n",
       {"The army said on Tuesday that its soldiers had\nkilled twelve fighters near Menaka in an "
        "operation\nthat also involved drones.",
        "Local officials\ndisputed the toll and said civilians were among\nthe dead."}},
      {"hard-wrapped with a capital after a full line",
       "Fighting resumed near the town after the army and\n"
       "Wagner fighters moved north from Anefis towards\n"
       "the camp, which the UN mission had left earlier.\n",
       {"Fighting resumed near the town after the army and\nWagner fighters moved north from "
        "Anefis towards\nthe camp, which the UN mission had left earlier."}},
      {"hard-wrapped with a bracket on the next line",
       "The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)\n"
       "said in a claim that it had attacked a position of the army and its\n"
       "civilian auxiliaries, the Volunteers for the Defence of the Homeland\n"
       "(VDP). A security source put the toll at more than 100 dead.\n",
       {"The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)\nsaid in a claim "
        "that it had attacked a position of the army and its\ncivilian auxiliaries, the Volunteers "
        "for the Defence of the Homeland\n(VDP).",
        "A security source put the toll at more than 100 dead."}},
      {"lower-cased text",
       "lucknow: the committee has sought a ban on the march 15 programme at the acquired land. "
       "holding a "
       "meeting on saturday, its convenor said that the plan was illegal. about 60 members took "
       "part.",
       {"lucknow: the committee has sought a ban on the march 15 programme at the acquired land.",
        "holding a meeting on saturday, its convenor said that the plan was illegal.",
        "about 60 members took part."}},
      {"a few lower-case words after a period in ordinary text do not split",
       "The figure was approx. five hundred, officials said in the town of Gao on Tuesday. It "
       "rose.",
       {"The figure was approx. five hundred, officials said in the town of Gao on Tuesday.",
        "It rose."}},
      {"empty", "", {}},
      {"only spaces", "   \n\n  ", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Split(c.text), c.sentences) << c.name;
}

TEST(SentenceSplitter, RegionOffsetsAreExact) {
  Document doc;
  doc.article.text = "MENU\n\nKidal fell. The army entered.";
  SplitSentences(doc, {6, static_cast<uint32_t>(doc.article.text.size())});
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[0].span, (Span{6, 17}));
  EXPECT_EQ(doc.sentences[1].span, (Span{18, 35}));
}

TEST(WrapWidth, DetectsHardWrappedText) {
  std::string line(59, 'a');
  std::string wrapped = line + "\n" + line.substr(3) + "\n" + line + "\nend";
  EXPECT_EQ(WrapWidth(wrapped, {0, static_cast<uint32_t>(wrapped.size())}), 59u);
  std::string list = "Killed: 5\nWounded: 7\nMissing: 2\nend";  // short lines are not a wrap
  EXPECT_EQ(WrapWidth(list, {0, static_cast<uint32_t>(list.size())}), 0u);
  std::string web = "A headline\n\nA paragraph that is long enough to be one.\n\nAnother one.";
  EXPECT_EQ(WrapWidth(web, {0, static_cast<uint32_t>(web.size())}), 0u);
}

}  // namespace
}  // namespace dateline
