// Property tests over generated text: whatever the input, tokens cover every non-space byte exactly
// once and in order, sentences partition the tokens of their region, and the page cleaner keeps
// the body, dateline and sentences inside the text. The generator mixes the characters that drive
// the rules (periods, quotes, dashes, line breaks, capitals, digits, multi-byte UTF-8) with
// fragments of chrome and datelines; a fixed seed keeps failures reproducible.
#include <gtest/gtest.h>

#include <random>

#include "pipeline/stages.h"
#include "text/sentences.h"

namespace dateline {
namespace {

std::string Generate(std::mt19937& rng) {
  static const std::vector<std::string> kPieces = {"a",
                                                   "b",
                                                   "Z",
                                                   "Q",
                                                   " ",
                                                   " ",
                                                   "  ",
                                                   ".",
                                                   ",",
                                                   "!",
                                                   "?",
                                                   "\"",
                                                   "'",
                                                   "(",
                                                   ")",
                                                   "-",
                                                   "\n",
                                                   "\n\n",
                                                   "0",
                                                   "15,000",
                                                   "3.5",
                                                   "U.S.",
                                                   "Gen.",
                                                   "Mr.",
                                                   "No. 5",
                                                   "p.m.",
                                                   "...",
                                                   "\xE2\x80\xA6",
                                                   "\xE2\x80\x94",
                                                   "\xE2\x80\x9C",
                                                   "\xE2\x80\x9D",
                                                   "\xE2\x80\x99s",
                                                   "\xC3\xA9",
                                                   "e\xCC\x81",
                                                   "\xC2\xA0",
                                                   "\xF0\x9F\x98\x80",
                                                   "The",
                                                   "army",
                                                   "said",
                                                   "KIDAL, Mali (Reuters) - ",
                                                   "Open Menu\n",
                                                   "By Jane Doe\n",
                                                   "Share\n",
                                                   "Published October 31, 2023 | 03:10 PM\n",
                                                   "Related stories\n",
                                                   "related stories ",
                                                   "told AFP",
                                                   "Home | World | Africa\n",
                                                   "lucknow: ",
                                                   "\t",
                                                   "\r\n"};
  std::uniform_int_distribution<size_t> piece(0, kPieces.size() - 1), len(0, 120);
  std::string s;
  for (size_t n = len(rng); n > 0; --n) s += kPieces[piece(rng)];
  return s;
}

bool IsSpaceAt(const std::string& s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  *len = 1;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return true;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    *len = 2;
    return true;
  }
  return false;
}

TEST(TextProperties, TokensCoverEveryNonSpaceByteOnce) {
  std::mt19937 rng(20261129);
  for (int iter = 0; iter < 2000; ++iter) {
    Document doc;
    doc.article.text = Generate(rng);
    const std::string& t = doc.article.text;
    SplitSentences(doc, {0, static_cast<uint32_t>(t.size())});
    std::vector<int> cover(t.size(), 0);
    uint32_t prev_end = 0;
    for (const Token& tok : doc.tokens) {
      ASSERT_LT(tok.span.start, tok.span.end) << t;
      ASSERT_GE(tok.span.start, prev_end) << t;
      ASSERT_LE(tok.span.end, t.size()) << t;
      ASSERT_LE(tok.norm_offset + tok.norm_size, doc.norm_buffer.size());
      for (uint32_t i = tok.span.start; i < tok.span.end; ++i) ++cover[i];
      prev_end = tok.span.end;
    }
    for (size_t i = 0; i < t.size();) {
      size_t len;
      if (IsSpaceAt(t, i, &len)) {
        i += len;
        continue;
      }
      ASSERT_EQ(cover[i], 1) << "byte " << i << " of [" << t << "]";
      ++i;
    }
    // Sentences partition the tokens, in order.
    uint32_t next = 0;
    for (const Sentence& s : doc.sentences) {
      ASSERT_EQ(s.token_begin, next) << t;
      ASSERT_LT(s.token_begin, s.token_end) << t;
      ASSERT_EQ(s.span.start, doc.tokens[s.token_begin].span.start);
      ASSERT_EQ(s.span.end, doc.tokens[s.token_end - 1].span.end);
      next = s.token_end;
    }
    ASSERT_EQ(next, doc.tokens.size()) << t;
  }
}

TEST(TextProperties, PageLayersStayInsideTheText) {
  auto stage = MakeTextStage(ResolveDefaults({}));
  ASSERT_TRUE(stage.ok());
  std::mt19937 rng(7);
  for (int iter = 0; iter < 2000; ++iter) {
    Document doc;
    doc.article.text = Generate(rng);
    (*stage)->Process(doc);
    const uint32_t size = static_cast<uint32_t>(doc.article.text.size());
    ASSERT_LE(doc.body.start, doc.body.end);
    ASSERT_LE(doc.body.end, size);
    uint32_t prev = doc.body.start;
    for (const Sentence& s : doc.sentences) {
      ASSERT_LE(prev, s.span.start) << doc.article.text;
      ASSERT_LT(s.span.start, s.span.end);
      ASSERT_LE(s.span.end, doc.body.end) << doc.article.text;
      prev = s.span.end;
    }
    if (doc.dateline) {
      ASSERT_LT(doc.dateline->span.start, doc.dateline->span.end);
      ASSERT_LE(doc.dateline->span.end, doc.body.start) << doc.article.text;
      ASSERT_FALSE(doc.dateline->place.empty());
    }
    ASSERT_FALSE(doc.article.id.empty());
  }
}

}  // namespace
}  // namespace dateline
