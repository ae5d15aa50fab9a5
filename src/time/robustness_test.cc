// Randomised robustness test: sequences of the words the recognisers react to, in every order,
// must never crash them and must give well-formed mentions (spans inside the text, token
// ranges inside their sentence, non-empty values and kinds).
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "time/event_date.h"
#include "time/quantities.h"
#include "time/temporal_tagger.h"
#include "time/test_document.h"

namespace dateline::time {
namespace {

TEST(Robustness, RandomSequencesOfTriggerWords) {
  static const char* kWords[] = {
      "the", "a", "an", "between", "and", "from", "to", "-", ",", ".", ":", ";", "(", ")", "on",
      "in", "last", "next", "this", "every", "early", "late", "mid", "end", "of", "year",
      "week", "month", "quarter", "days", "ago", "earlier", "Tuesday", "May", "may", "Oct.",
      "October", "31", "31st", "2023", "1990s", "12", "15,000", "1.5", "million", "twenty",
      "five", "a", "dozen", "dozens", "several", "few", "at", "least", "up", "more", "than",
      "killed", "killing", "dead", "was", "were", "soldier", "soldiers", "his", "him", "and",
      "including", "shot", "attempted", "has", "seen", "since", "p.m.", "10", "night", "morning",
      "yesterday", "overnight", "Thanksgiving", "nineteen", "ninety", "fiscal", "third",
      "year-earlier", "&", "coded", "as", "toll", "bodies", "no", "one", "'s", "\"", "é", ""};
  std::mt19937 rng(12345);
  std::uniform_int_distribution<size_t> pick(0, sizeof(kWords) / sizeof(kWords[0]) - 1);
  std::uniform_int_distribution<int> len(0, 40);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int n = len(rng);
    for (int k = 0; k < n; ++k) {
      text += kWords[pick(rng)];
      text += (k % 7 == 6) ? ". " : " ";
    }
    Document doc = MakeDocument(text, round % 5 == 0 ? "" : "2023-10-31");
    TagTimes(doc);
    TagQuantities(doc);
    for (const auto& t : doc.times) {
      ASSERT_LE(t.span.end, doc.article.text.size()) << text;
      ASSERT_LT(t.span.start, t.span.end) << text;
      ASSERT_LT(t.sentence, doc.sentences.size());
      const Sentence& s = doc.sentences[t.sentence];
      ASSERT_GE(t.token_begin, s.token_begin) << text;
      ASSERT_LE(t.token_end, s.token_end) << text;
      ASSERT_FALSE(t.value.empty()) << text;
    }
    for (const auto& q : doc.quantities) {
      ASSERT_LE(q.span.end, doc.article.text.size()) << text;
      ASSERT_LT(q.span.start, q.span.end) << text;
      ASSERT_FALSE(q.kind.empty()) << text;
      ASSERT_GE(q.best, 0) << text;
    }
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
      Event e;
      ChooseEventDate(doc, s, doc.sentences[s].span, &e);
      EventFatalities(doc, s);
    }
  }
}

}  // namespace
}  // namespace dateline::time
