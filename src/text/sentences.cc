// Rule-based splitting over tokens (in the spirit of Kiss & Strunk's Punkt decisions, with fixed
// abbreviation and sentence-starter lists instead of learned statistics). Boundary candidates:
//  - a paragraph break (two or more line breaks): always a boundary;
//  - terminal punctuation (. ! ? ... …), with the closing quotes and brackets glued to it, before
//    a token that can start a sentence (capital, digit, quote, bracket) or a line break;
//  - an abbreviation that may end a sentence (U.S., etc., Inc., an initial) before a closed-class
//    sentence starter ("U.S. The army ..."); titles (Gen., Mr., Lt. Col.), months and "No." never
//    end one;
//  - a single line break: in hard-wrapped text (lines filled up to a common width) only when the
//    line stopped short of that width; in unwrapped text whenever the next line starts like a
//    sentence and the line does not end in a word that must continue ("and", "the", ",");
//    headlines without a full stop end this way;
//  - in lower-cased text (almost no capitals), terminal punctuation before any word.
#include "text/sentences.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "text/tokenizer.h"

namespace dateline {
namespace {

bool IsTerminal(std::string_view norm) {
  return norm == "." || norm == "!" || norm == "?" || norm == "!!" || norm == "?!" ||
         norm == "!?" || norm == "??" ||
         (norm.size() > 1 && norm.find_first_not_of('.') == std::string_view::npos);
}
bool IsCloser(std::string_view norm) {
  return norm == "\"" || norm == "'" || norm == ")" || norm == "]" || norm == "}";
}

// Closed-class words that start sentences and rarely follow an abbreviation inside one.
bool IsSentenceStarter(std::string_view raw) {
  static constexpr std::array<std::string_view, 44> kStarters = {
      "The",    "A",     "An",    "He",        "She",   "It",     "They",      "We",    "I",
      "You",    "In",    "On",    "At",        "But",   "And",    "However",   "This",  "That",
      "These",  "Those", "There", "His",       "Her",   "Their",  "Its",       "Our",   "After",
      "Before", "When",  "While", "Meanwhile", "Since", "During", "Earlier",   "Later", "Last",
      "Some",   "Many",  "Most",  "According", "If",    "As",     "Officials", "Police"};
  return std::find(kStarters.begin(), kStarters.end(), raw) != kStarters.end();
}

// A line ending in one of these continues on the next line ("the army and\nWagner fighters").
bool Continues(std::string_view norm) {
  static constexpr std::array<std::string_view, 30> kContinuing = {
      ",",     "-",   "and", "or",   "but",  "the",   "a",   "an",   "of",   "in",
      "on",    "at",  "to",  "for",  "from", "with",  "by",  "into", "near", "that",
      "which", "who", "as",  "than", "its",  "their", "his", "her",  "said", "told"};
  return std::find(kContinuing.begin(), kContinuing.end(), norm) != kContinuing.end();
}

int LineBreaks(std::string_view text, uint32_t from, uint32_t to) {
  int n = 0;
  for (uint32_t i = from; i < to; ++i) n += text[i] == '\n';
  return n;
}

uint32_t LineStart(std::string_view text, uint32_t pos) {
  uint32_t i = pos;
  while (i > 0 && text[i - 1] != '\n') --i;
  return i;
}

}  // namespace

uint32_t WrapWidth(std::string_view text, Span region) {
  std::vector<uint32_t> lens;
  uint32_t b = region.start;
  for (uint32_t i = region.start; i < region.end; ++i) {
    if (text[i] != '\n') continue;
    bool single = i + 1 < region.end && text[i + 1] != '\n' && (i == 0 || text[i - 1] != '\n');
    if (single && i > b) lens.push_back(i - b);
    b = i + 1;
  }
  if (lens.size() < 3) return 0;
  uint32_t w = *std::max_element(lens.begin(), lens.end());
  if (w > 120 || w < 40) return 0;
  size_t near = std::count_if(lens.begin(), lens.end(), [w](uint32_t l) { return l * 4 >= w * 3; });
  return near * 10 >= lens.size() * 6 ? w : 0;
}

void SplitSentences(Document& doc, Span region) {
  SplitSentences(doc, region, WrapWidth(doc.article.text, region));
}

void SplitSentences(Document& doc, Span region, uint32_t wrap) {
  const std::string_view text = doc.article.text;
  uint32_t first = static_cast<uint32_t>(doc.tokens.size());
  Tokenize(doc, region);
  uint32_t last = static_cast<uint32_t>(doc.tokens.size());
  if (first == last) return;

  // Lower-cased text ("lucknow: the all-india ... said. about 60 members ..."): with almost no
  // capitals in the region, a lower-case word after terminal punctuation starts a sentence.
  uint32_t words = 0, capitals = 0;
  for (uint32_t i = first; i < last; ++i) {
    uint16_t f = doc.tokens[i].flags;
    if (f & kTokWord) {
      ++words;
      capitals += (f & kTokCapital) != 0;
    }
  }
  const bool caseless = words >= 20 && capitals * 100 < words;

  uint32_t sent_begin = first;
  auto close = [&](uint32_t end_tok) {  // sentence = tokens [sent_begin, end_tok)
    if (end_tok <= sent_begin) return;
    Sentence s;
    s.token_begin = sent_begin;
    s.token_end = end_tok;
    s.span = {doc.tokens[sent_begin].span.start, doc.tokens[end_tok - 1].span.end};
    doc.sentences.push_back(s);
    sent_begin = end_tok;
  };
  auto starts_like_sentence = [&](const Token& t) {
    if (t.flags & (kTokCapital | kTokNumber | kTokQuote)) return true;
    std::string_view n = doc.norm(t);
    return n == "(" || n == "[" || n == "-" || n == "*" || n == "\xE2\x80\xA2";
  };

  for (uint32_t i = first; i + 1 < last; ++i) {
    const Token& t = doc.tokens[i];
    const Token& next = doc.tokens[i + 1];
    int breaks = LineBreaks(text, t.span.end, next.span.start);
    std::string_view norm = doc.norm(t);
    if (breaks >= 2) {
      close(i + 1);
      continue;
    }
    if (IsTerminal(norm)) {
      // Closing quotes and brackets glued to the punctuation belong to this sentence: `said."`
      uint32_t j = i;
      while (j + 1 < last && IsCloser(doc.norm(doc.tokens[j + 1])) &&
             !(doc.tokens[j + 1].flags & kTokSpaceBefore)) {
        ++j;
      }
      if (j + 1 == last) break;
      const Token& after = doc.tokens[j + 1];
      if (starts_like_sentence(after) ||
          LineBreaks(text, doc.tokens[j].span.end, after.span.start) > 0 ||
          (caseless && (after.flags & kTokWord) && (after.flags & kTokSpaceBefore))) {
        close(j + 1);
        i = j;
      }
      continue;
    }
    if (t.flags & kTokAbbrev) {
      // Gen. Mr. Lt. Col. Jan. No. never end a sentence; an initial ("B.") may, before "The".
      if (IsNonFinalAbbreviation(norm) && norm.size() > 2) continue;
      if (IsSentenceStarter(doc.raw(next.span)) ||
          (breaks == 1 && starts_like_sentence(next) && !wrap))
        close(i + 1);
      continue;
    }
    if (breaks == 1) {
      if (wrap) {
        // Hard-wrapped: the line ended early, so the break is the writer's, not the wrapper's.
        uint32_t len = t.span.end - LineStart(text, t.span.end);
        uint32_t next_word = 0;  // the whole next word as the wrapper saw it: "(VDP)."
        while (next.span.start + next_word < region.end &&
               text[next.span.start + next_word] != ' ' &&
               text[next.span.start + next_word] != '\n')
          ++next_word;
        bool full = len + 1 + next_word + 2 > wrap;
        if (!full && starts_like_sentence(next)) close(i + 1);
      } else if (starts_like_sentence(next) && !Continues(norm)) {
        close(i + 1);
      }
    }
  }
  close(last);
}

}  // namespace dateline
