// Token views and number parsing shared by the temporal tagger and the quantity recogniser.
// Number words combine as in English: units and tens add ("twenty-five", which the tokenizer
// splits at the hyphen), multipliers scale what precedes them ("two hundred", "3 million").
#include "time/token_view.h"

#include <algorithm>
#include <array>

namespace dateline::time {

void BuildTokenViews(const Document& doc, uint32_t begin, uint32_t end, std::vector<TokView>* out) {
  out->clear();
  out->reserve(end - begin);
  for (uint32_t t = begin; t < end; ++t) {
    const Token& tok = doc.tokens[t];
    TokView v;
    v.key = doc.norm(tok);
    v.flags = tok.flags;
    if (v.key.size() > 1 && v.key.back() == '.' && (tok.flags & kTokAbbrev)) v.key.remove_suffix(1);
    if (tok.flags & kTokNumber) {
      if (!ParseInteger(v.key, &v.num)) {
        v.num = -1;
        if (!ParseNumericOrdinal(v.key, &v.ord) &&
            v.key.size() == 5 && v.key[4] == 's') {
          int64_t y;
          if (ParseInteger(v.key.substr(0, 4), &y) && y % 10 == 0 && y >= 1000)
            v.decade = static_cast<int>(y / 10);
        }
      }
    } else if (tok.flags & kTokWord) {
      v.w = ClassifyWord(v.key);
      if (v.w.cls == WordClass::kOrdinal) v.ord = v.w.value;
    }
    out->push_back(v);
  }
}

bool ParseNumberAt(const std::vector<TokView>& v, size_t i, int64_t* value, size_t* next) {
  if (i >= v.size()) return false;
  int64_t total = 0, current = 0;
  size_t j = i;
  bool any = false;
  // "a dozen", "a hundred", "a thousand"
  if ((v[j].is("a") || v[j].is("one")) && j + 1 < v.size() &&
      (v[j + 1].is("dozen") || v[j + 1].w.cls == WordClass::kMultiplier)) {
    current = 1;
    any = true;
    ++j;
  }
  if (!any && v[j].num >= 0) {
    current = v[j].num;
    any = true;
    ++j;
  } else if (!any && v[j].flags & kTokNumber) {
    // Decimal numeral followed by a multiplier: "1.5 million".
    std::string_view k = v[j].key;
    size_t dot = k.find('.');
    if (dot == std::string_view::npos || j + 1 >= v.size() ||
        v[j + 1].w.cls != WordClass::kMultiplier)
      return false;
    int64_t whole = 0, frac = 0, scale = 1;
    for (size_t p = 0; p < dot; ++p) {
      if (k[p] < '0' || k[p] > '9') return false;
      whole = whole * 10 + (k[p] - '0');
    }
    for (size_t p = dot + 1; p < k.size() && scale < 1000; ++p) {
      if (k[p] < '0' || k[p] > '9') return false;
      frac = frac * 10 + (k[p] - '0');
      scale *= 10;
    }
    int64_t mult = 1;
    for (int e = 0; e < v[j + 1].w.value; ++e) mult *= 10;
    *value = whole * mult + frac * mult / scale;
    *next = j + 2;
    return true;
  }
  // Words and multipliers.
  while (j < v.size()) {
    const TokView& t = v[j];
    if (t.w.cls == WordClass::kNumber && !t.w.plural) {
      int64_t val = t.w.value;
      if (t.is("dozen")) {
        current = (current == 0 ? 1 : current) * 12;
      } else {
        bool can_add = !any || current == 0 || current % 100 == 0 ||
                       (current % 100 >= 20 && current % 10 == 0 && val > 0 && val < 10);
        if (!can_add) break;
        current += val;
      }
      any = true;
      ++j;
      // "twenty - five": the tokenizer splits at the hyphen.
      if (j + 1 < v.size() && v[j].is("-") && current % 100 >= 20 && current % 10 == 0 &&
          v[j + 1].w.cls == WordClass::kNumber && v[j + 1].w.value > 0 &&
          v[j + 1].w.value < 10 && !(v[j + 1].flags & kTokSpaceBefore)) {
        current += v[j + 1].w.value;
        j += 2;
      }
      continue;
    }
    if (t.w.cls == WordClass::kMultiplier && !t.w.plural && any) {
      int64_t mult = 1;
      for (int e = 0; e < t.w.value; ++e) mult *= 10;
      if (mult == 100) {
        current *= 100;
      } else {
        total += current * mult;
        current = 0;
      }
      ++j;
      if (j + 1 < v.size() && v[j].is("and") && v[j + 1].w.cls == WordClass::kNumber) ++j;
      continue;
    }
    break;
  }
  if (!any) return false;
  *value = total + current;
  *next = j;
  return true;
}

bool LooksPastTense(std::string_view w) {
  static constexpr std::array<std::string_view, 62> kIrregular = {
      "said", "was", "were", "had", "did", "told", "left", "took", "went", "came", "began",
      "met", "made", "gave", "got", "held", "led", "fled", "fought", "struck", "shot", "hit",
      "stole", "sent", "spent", "sped", "brought", "thought", "found", "saw", "seen",
      "knew", "known", "became", "been", "done", "gone", "taken", "given", "broke", "broken",
      "drove", "driven", "ran", "beat", "beaten", "blew", "blown", "caught", "held", "kept",
      "lost", "paid", "sold", "stood", "won", "wrote", "written", "hid", "slew", "bore"};
  if (w.size() >= 4 && w.substr(w.size() - 2) == "ed") {
    static constexpr std::array<std::string_view, 12> kNotPast = {
        "need", "speed", "seed", "feed", "bleed", "breed", "hundred", "indeed", "exceed",
        "proceed", "succeed", "shed"};
    return std::find(kNotPast.begin(), kNotPast.end(), w) == kNotPast.end();
  }
  return std::find(kIrregular.begin(), kIrregular.end(), w) != kIrregular.end();
}

}  // namespace dateline::time
