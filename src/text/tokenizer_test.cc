// Table-driven tokenizer tests: each case lists the raw token strings expected, which also checks
// that offsets point at the right bytes.
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dateline {
namespace {

std::vector<std::string> Tokens(const std::string& text, Document* out = nullptr) {
  Document doc;
  doc.article.text = text;
  Tokenize(doc, {0, static_cast<uint32_t>(text.size())});
  std::vector<std::string> raw;
  for (const Token& t : doc.tokens) raw.emplace_back(doc.raw(t.span));
  if (out) *out = std::move(doc);
  return raw;
}

struct Case {
  std::string text;
  std::vector<std::string> tokens;
};

TEST(Tokenizer, SplitsAsExpected) {
  const std::vector<Case> cases = {
      {"UN soldiers left Kidal.", {"UN", "soldiers", "left", "Kidal", "."}},
      {"some 15,000 soldiers", {"some", "15,000", "soldiers"}},
      {"a 3.5 magnitude", {"a", "3.5", "magnitude"}},
      {"on 31st Oct, 2023", {"on", "31st", "Oct", ",", "2023"}},
      {"the U.N. mission", {"the", "U.N.", "mission"}},
      {"in the U.S. The army", {"in", "the", "U.S.", "The", "army"}},
      {"Gen. Assimi Goita", {"Gen.", "Assimi", "Goita"}},
      {"Lt. Col. Ahmed", {"Lt.", "Col.", "Ahmed"}},
      {"Mr. Smith", {"Mr.", "Smith"}},
      {"on Jan. 5", {"on", "Jan.", "5"}},
      {"Resolution No. 2690", {"Resolution", "No.", "2690"}},
      {"the answer was no.", {"the", "answer", "was", "no", "."}},
      {"he sat. Then", {"he", "sat", ".", "Then"}},
      {"J. R. Smith", {"J.", "R.", "Smith"}},
      {"at 3 p.m. local time", {"at", "3", "p.m.", "local", "time"}},
      {"Mali's north", {"Mali", "'s", "north"}},
      {"Mali\xE2\x80\x99s north", {"Mali", "\xE2\x80\x99s", "north"}},
      {"they don't", {"they", "do", "n't"}},
      {"Al-Qaeda-linked", {"Al", "-", "Qaeda", "-", "linked"}},
      {"\"We left,\" he said.", {"\"", "We", "left", ",", "\"", "he", "said", "."}},
      {"(MINUSMA)", {"(", "MINUSMA", ")"}},
      {"wait... what", {"wait", "...", "what"}},
      {"wait\xE2\x80\xA6 what", {"wait", "\xE2\x80\xA6", "what"}},
      {"hostilities -- and", {"hostilities", "--", "and"}},
      {"O'Brien", {"O'Brien"}},
      {"Gao\xC2\xA0region", {"Gao", "region"}},
      {"S\xC3\xA9gou", {"S\xC3\xA9gou"}},
      {"1990s", {"1990s"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Tokens(c.text), c.tokens) << c.text;
}

TEST(Tokenizer, FlagsAndNormalisedForms) {
  Document doc;
  Tokens("UN Soldiers \xE2\x80\x9CS\xC3\xA9gou\xE2\x80\x9D 15,000 U.N.", &doc);
  ASSERT_EQ(doc.tokens.size(), 7u);
  EXPECT_TRUE(doc.tokens[0].flags & kTokAllCaps);
  EXPECT_TRUE(doc.tokens[1].flags & kTokCapital);
  EXPECT_FALSE(doc.tokens[1].flags & kTokAllCaps);
  EXPECT_TRUE(doc.tokens[2].flags & kTokQuote);
  EXPECT_EQ(doc.norm(doc.tokens[2]), "\"");
  EXPECT_EQ(doc.norm(doc.tokens[3]), "segou");
  EXPECT_TRUE(doc.tokens[5].flags & kTokNumber);
  EXPECT_TRUE(doc.tokens[6].flags & kTokAbbrev);
  EXPECT_EQ(doc.norm(doc.tokens[6]), "u.n.");
  EXPECT_TRUE(doc.tokens[0].flags & kTokSpaceBefore);
}

TEST(Tokenizer, DecomposedAndPrecomposedFoldAlike) {
  Document a, b;
  Tokens("S\xC3\xA9gou", &a);   // precomposed é
  Tokens("Se\xCC\x81gou", &b);  // e + U+0301
  ASSERT_EQ(a.tokens.size(), 1u);
  ASSERT_EQ(b.tokens.size(), 1u);
  EXPECT_EQ(a.norm(a.tokens[0]), "segou");
  EXPECT_EQ(b.norm(b.tokens[0]), "segou");
  EXPECT_EQ(b.tokens[0].span, (Span{0, 7}));  // the raw span keeps the combining mark
}

TEST(Tokenizer, OffsetsPointIntoTheRawText) {
  Document doc;
  const std::string text = "  Bamako,\n(APP) \xE2\x80\x94 UN soldiers";
  Tokens(text, &doc);
  for (const Token& t : doc.tokens) {
    ASSERT_LE(t.span.end, text.size());
    EXPECT_LT(t.span.start, t.span.end);
  }
  EXPECT_EQ(doc.raw(doc.tokens[0].span), "Bamako");
  EXPECT_EQ(doc.tokens[0].span.start, 2u);
}

TEST(Tokenizer, InvalidBytesDoNotCrash) {
  // Repaired text never reaches here with bad bytes, but the tokenizer must still be safe.
  Document doc;
  Tokens(std::string("ab\xFF\xFE cd \xE2\x80", 9), &doc);
  EXPECT_FALSE(doc.tokens.empty());
}

TEST(Abbreviation, NonFinal) {
  EXPECT_TRUE(IsNonFinalAbbreviation("gen."));
  EXPECT_TRUE(IsNonFinalAbbreviation("mr"));
  EXPECT_TRUE(IsNonFinalAbbreviation("no."));
  EXPECT_FALSE(IsNonFinalAbbreviation("u.s."));
  EXPECT_FALSE(IsNonFinalAbbreviation("etc."));
}

}  // namespace
}  // namespace dateline
