// Event dating by attachment. A time expression is attached to the trigger when no clause
// boundary (";", ":", a relative pronoun, a contrastive or causal conjunction) separates them and
// they are at most kMaxAttach tokens apart; the nearest attached expression wins. This is the
// shallow stand-in for "adverb or prepositional phrase of the event verb" until the syntax
// stage gives clause structure.
#include "time/event_date.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "time/calendar.h"
#include "time/quantities.h"

namespace dateline::time {
namespace {

constexpr uint32_t kMaxAttach = 12;

bool IsBarrier(std::string_view w) {
  static constexpr std::string_view kWords[] = {";", ":", "which", "who", "whom", "whose",
                                                "while", "whereas", "because", "although",
                                                "though", "but", "meanwhile"};
  for (auto x : kWords) if (x == w) return true;
  return false;
}

// Orders mentions by sentence, for equal_range over a layer in sentence order.
struct BySentence {
  template <typename T>
  bool operator()(const T& a, uint32_t s) const { return a.sentence < s; }
  template <typename T>
  bool operator()(uint32_t s, const T& a) const { return s < a.sentence; }
};

bool Datable(const TimeMention& t) {
  if (t.modifier || (t.type != "DATE" && t.type != "TIME") || t.value.empty()) return false;
  char c = t.value[0];
  if (c < '0' || c > '9') return false;  // PAST_REF, XXXX-...
  return t.precision != "decade" && t.precision != "century";
}

uint32_t TokenAt(const Document& doc, const Sentence& s, uint32_t offset) {
  for (uint32_t k = s.token_begin; k < s.token_end; ++k)
    if (doc.tokens[k].span.end > offset) return k;
  return s.token_end == s.token_begin ? s.token_begin : s.token_end - 1;
}

// Fills the event's date fields from a TIMEX3 value.
void SetFromValue(const TimeMention& t, Event* e) {
  const std::string& v = t.value;
  e->date_end.reset();
  if (v.size() >= 10 && v[4] == '-' && v[7] == '-') {
    e->date = v.substr(0, 10);
    e->date_precision = 1;
    if (!t.end_value.empty()) {
      e->date_end = t.end_value.substr(0, 10);
      e->date_precision = 2;
    }
    return;
  }
  if (v.size() >= 8 && v[4] == '-' && v[5] == 'W') {
    int year = std::atoi(v.substr(0, 4).c_str()), week = std::atoi(v.substr(6, 2).c_str());
    CivilDate jan4{year, 1, 4};
    CivilDate monday = AddDays(jan4, -(IsoWeekday(jan4) - 1) + 7 * (week - 1));
    bool weekend = v.size() >= 11 && v.substr(8) == "-WE";
    e->date = FormatDay(AddDays(monday, weekend ? 5 : 0));
    e->date_end = FormatDay(AddDays(monday, 6));
    e->date_precision = 2;
    return;
  }
  if (v.size() == 7 && v[4] == '-' && v[5] >= '0' && v[5] <= '1') {
    e->date = v;  // YYYY-MM
    e->date_precision = 3;
    return;
  }
  e->date = v.substr(0, 4);  // year, quarter, season, half
  e->date_precision = 3;
}

}  // namespace

void ChooseEventDate(const Document& doc, uint32_t sentence, Span trigger, Event* e) {
  uint32_t trig = 0;
  if (sentence < doc.sentences.size())
    trig = TokenAt(doc, doc.sentences[sentence], trigger.start);
  ChooseEventDate(doc, sentence, trig, 0, 0, e);
}

void ChooseEventDate(const Document& doc, uint32_t sentence, uint32_t trig,
                     uint32_t clause_begin, uint32_t clause_end, Event* e) {
  e->date.reset();
  e->date_end.reset();
  e->date_precision = 0;
  e->evidence.date = Span();
  e->evidence.date_rule.clear();
  const TimeMention* best = nullptr;
  bool best_attached = false;
  uint32_t best_dist = UINT32_MAX;
  if (sentence < doc.sentences.size()) {
    bool have_clause = clause_end > clause_begin;
    auto range = std::equal_range(doc.times.begin(), doc.times.end(), sentence, BySentence{});
    for (auto it = range.first; it != range.second; ++it) {
      const TimeMention& t = *it;
      if (!Datable(t)) continue;
      uint32_t lo, hi, dist;
      if (t.token_end <= trig) {
        lo = t.token_end; hi = trig; dist = trig - t.token_end + 1;
      } else if (t.token_begin > trig) {
        lo = trig + 1; hi = t.token_begin; dist = t.token_begin - trig;
      } else {
        lo = hi = 0; dist = 0;
      }
      bool attached;
      if (have_clause) {
        attached = t.token_begin >= clause_begin && t.token_end <= clause_end;
      } else {
        attached = dist <= kMaxAttach;
        for (uint32_t k = lo; k < hi && attached; ++k)
          if (IsBarrier(doc.norm(doc.tokens[k]))) attached = false;
      }
      if ((attached && !best_attached) || (attached == best_attached && dist < best_dist)) {
        best = &t;
        best_attached = attached;
        best_dist = dist;
      }
    }
  }
  if (best) {
    SetFromValue(*best, e);
    e->evidence.date = best->span;
    e->evidence.date_rule = best_attached ? "clause" : "sentence";
    return;
  }
  std::string ref = doc.reference_date();
  if (!ref.empty()) {
    e->date = ref;
    e->date_precision = 2;  // reported by then; the day itself is not known
    e->evidence.date_rule = "published";
  }
}

std::optional<Fatalities> EventFatalities(const Document& doc, uint32_t sentence, bool use_lead) {
  auto sum_sentence = [&](uint32_t s, Fatalities* f) {
    bool any = false;
    auto range = std::equal_range(doc.quantities.begin(), doc.quantities.end(), s, BySentence{});
    for (auto it = range.first; it != range.second; ++it) {
      const QuantityMention& q = *it;
      if (q.kind != "killed" || q.cumulative || q.subset || q.best < 0) continue;
      f->best += q.best;
      f->low += q.low >= 0 ? q.low : q.best;
      f->high += q.high >= 0 ? q.high : q.best;
      any = true;
    }
    return any;
  };
  Fatalities f;
  if (sentence < doc.sentences.size()) {
    if (sum_sentence(sentence, &f)) return f;
    if (SaysNoFatalities(doc, sentence)) return Fatalities{};
  }
  if (use_lead) {
    for (uint32_t s = 0; s < 2 && s < doc.sentences.size(); ++s) {
      if (s == sentence) continue;
      if (sum_sentence(s, &f)) return f;
    }
  }
  return std::nullopt;
}

void SetEventFatalities(const Document& doc, uint32_t sentence, Event* e) {
  e->fatalities = EventFatalities(doc, sentence);
}

}  // namespace dateline::time
