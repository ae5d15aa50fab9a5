// A per-sentence view of the tokens that the temporal and quantity recognisers share: the
// normalised form without a trailing abbreviation period, the word class from time_words, and
// the integer or ordinal value of numerals. Built once per sentence into a reused buffer.
#ifndef DATELINE_TIME_TOKEN_VIEW_H_
#define DATELINE_TIME_TOKEN_VIEW_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dateline/document.h"
#include "time/time_words.h"

namespace dateline::time {

struct TokView {
  std::string_view key;  // normalised form, trailing period removed ("oct." -> "oct")
  uint16_t flags = 0;
  WordInfo w;
  int64_t num = -1;      // value of a plain integer numeral ("15,000" -> 15000), else -1
  int ord = 0;           // numeric ordinal ("31st" -> 31) or ordinal word value, else 0
  int decade = -1;       // "1990s" -> 199, else -1
  bool is(std::string_view s) const { return key == s; }
  bool capital() const { return flags & kTokCapital; }
  bool punct() const { return flags & kTokPunct; }
  bool word() const { return flags & kTokWord; }
};

// Fills *out with one view per token of doc.tokens[begin, end).
void BuildTokenViews(const Document& doc, uint32_t begin, uint32_t end, std::vector<TokView>* out);

// Value of a number written as a numeral or in words starting at views[i]: "12", "15,000",
// "twelve", "twenty - five", "two hundred", "a dozen", "3 million", "1.5 million".
// On success sets *value and *next (index after the number) and returns true.
bool ParseNumberAt(const std::vector<TokView>& v, size_t i, int64_t* value, size_t* next);

// Past-participle / past-tense shape: regular -ed forms and common irregular forms.
bool LooksPastTense(std::string_view w);

}  // namespace dateline::time

#endif  // DATELINE_TIME_TOKEN_VIEW_H_
