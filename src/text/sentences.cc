// Rule-based splitting over tokens (in the spirit of Kiss & Strunk's Punkt decisions, with a fixed
// abbreviation list instead of learned statistics): a boundary candidate is terminal punctuation or
// a line break; the candidate is accepted by looking at the token before it (abbreviation? number?)
// and the token after it (capital letter, digit, quote, or a paragraph break).
#include "text/sentences.h"

#include <string_view>

#include "text/tokenizer.h"

namespace dateline {
namespace {

bool IsTerminal(std::string_view norm) {
  return norm == "." || norm == "!" || norm == "?" || norm == "..." || norm == "!!" ||
         norm == "?!" || norm == "!?" || (norm.size() > 1 && norm.find_first_not_of('.') == std::string_view::npos);
}
bool IsCloser(std::string_view norm) {
  return norm == "\"" || norm == "'" || norm == ")" || norm == "]" || norm == "}";
}

// Counts line breaks in text[from, to).
int LineBreaks(std::string_view text, uint32_t from, uint32_t to) {
  int n = 0;
  for (uint32_t i = from; i < to; ++i) n += text[i] == '\n';
  return n;
}

// Length in bytes of the line that ends at `pos` (the line containing text[pos-1]).
uint32_t LineLengthBefore(std::string_view text, uint32_t pos) {
  uint32_t i = pos;
  while (i > 0 && text[i - 1] != '\n') --i;
  return pos - i;
}

}  // namespace

void SplitSentences(Document& doc, Span region) {
  const std::string_view text = doc.article.text;
  uint32_t first = static_cast<uint32_t>(doc.tokens.size());
  Tokenize(doc, region);
  uint32_t last = static_cast<uint32_t>(doc.tokens.size());
  if (first == last) return;

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

  for (uint32_t i = first; i < last; ++i) {
    const Token& t = doc.tokens[i];
    if (i + 1 == last) break;
    const Token& next = doc.tokens[i + 1];
    int breaks = LineBreaks(text, t.span.end, next.span.start);
    std::string_view norm = doc.norm(t);
    bool next_starts = (next.flags & (kTokCapital | kTokNumber | kTokQuote)) ||
                       doc.norm(next) == "(" || doc.norm(next) == "-";
    bool boundary = false;
    if (breaks >= 2) {
      boundary = true;  // paragraph break
    } else if (IsTerminal(norm)) {
      // Absorb closing quotes and brackets that belong to this sentence: `said."`
      uint32_t j = i;
      while (j + 1 < last && IsCloser(doc.norm(doc.tokens[j + 1])) &&
             !(doc.tokens[j + 1].flags & kTokSpaceBefore)) {
        ++j;
      }
      if (j + 1 == last) break;
      const Token& after = doc.tokens[j + 1];
      bool starts = (after.flags & (kTokCapital | kTokNumber | kTokQuote)) ||
                    doc.norm(after) == "(" || LineBreaks(text, doc.tokens[j].span.end, after.span.start) > 0;
      if (starts) {
        close(j + 1);
        i = j;
        continue;
      }
    } else if ((t.flags & kTokAbbrev) && breaks == 1 && next_starts) {
      boundary = true;
    } else if (breaks == 1) {
      // A single line break ends a sentence after a short line (a headline, a menu item) or
      // before a line that starts like a sentence when this line looks complete.
      uint32_t len = LineLengthBefore(text, t.span.end);
      bool terminal_closer = IsCloser(norm) && i > sent_begin && IsTerminal(doc.norm(doc.tokens[i - 1]));
      if (terminal_closer || (len < 60 && next_starts) || len < 40) boundary = true;
    }
    if (boundary) close(i + 1);
  }
  close(last);
}

}  // namespace dateline
