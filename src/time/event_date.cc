// Event dating by attachment. A time expression is attached to the trigger when no clause
// boundary (";", ":", a relative pronoun, a contrastive or causal conjunction) separates them and
// they are at most kMaxAttach tokens apart; the nearest attached expression wins. This is the
// shallow stand-in for "adverb or prepositional phrase of the event verb" until the syntax
// stage gives clause structure.
#include "time/event_date.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil.h"
#include "time/calendar.h"
#include "time/quantities.h"

namespace dateline::time {
namespace {

constexpr uint32_t kMaxAttach = 12;

bool OpensAnotherIncident(const Document& doc, const Sentence& s);

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

}  // namespace

bool IsDatable(const TimeMention& t) {
  if (t.modifier || (t.type != "DATE" && t.type != "TIME") || t.value.empty()) return false;
  char c = t.value[0];
  if (c < '0' || c > '9') return false;  // PAST_REF, XXXX-...
  return t.precision != "decade" && t.precision != "century";
}

namespace {

bool Datable(const TimeMention& t) { return IsDatable(t); }

// A date that dates a report, not the event: right after a reporting verb other than the trigger
// ("the army said Friday that ...", "announced on Monday"). It is chosen only when nothing else
// dates the event.
bool DatesReport(const Document& doc, const TimeMention& t, uint32_t trig, uint32_t sent_begin) {
  static constexpr std::string_view kVerbs[] = {"said",    "says",      "told",     "announced",
                                                "stated",  "declared",  "confirmed", "reported",
                                                "added",   "explained", "indicated", "revealed"};
  uint32_t k = t.token_begin;
  if (k > sent_begin && doc.norm(doc.tokens[k - 1]) == "on") --k;
  if (k <= sent_begin || k - 1 == trig) return false;
  std::string_view w = doc.norm(doc.tokens[k - 1]);
  for (auto v : kVerbs)
    if (v == w) return true;
  return false;
}

// A date of some other, earlier matter: more than two months before the publication date inside
// a relative clause that does not hold the trigger ("arrested the man behind the attack which
// killed 19 people in March 2016"; a recent one is often the event itself: "claimed an IED
// which destroyed two vehicles on Sunday"), or after "of" on an event noun ("in reprisal for
// the events of 14 September"). Such a date never dates the event unless the syntax stage puts
// it in the trigger's clause.
bool Background(const Document& doc, const TimeMention& t, uint32_t trig, uint32_t sent_begin) {
  auto relative = [&](std::string_view w) {
    return w == "which" || w == "who" || w == "whom" || w == "whose";
  };
  auto ref = ParseIsoDate(doc.reference_date());
  const std::string& last = t.end_value.empty() ? t.value : t.end_value;
  std::string before = ref ? FormatDay(AddDays(*ref, -60)) : std::string();
  bool old = !before.empty() && last.compare(0, std::string::npos, before, 0, last.size()) < 0;
  if (!old) {
    // only the "of" test below applies
  } else if (trig < t.token_begin) {
    for (uint32_t k = trig + 1; k < t.token_begin; ++k)
      if (relative(doc.norm(doc.tokens[k]))) return true;
  } else {
    for (uint32_t k = t.token_begin; k-- > sent_begin;) {
      std::string_view w = doc.norm(doc.tokens[k]);
      if (w == "," || w == ";") break;
      if (relative(w)) return true;
    }
  }
  if (t.token_begin >= sent_begin + 2 && doc.norm(doc.tokens[t.token_begin - 1]) == "of") {
    static constexpr std::string_view kNouns[] = {
        "attack",   "attacks",  "events",   "event",    "incident", "incidents", "massacre",
        "killing",  "killings", "ambush",   "clashes",  "bombing",  "raid",      "fighting",
        "violence", "coup",     "election", "elections", "agreement", "accord",   "offensive"};
    if (t.token_begin - 2 == trig) return false;  // "the attack of 14 October" is the event
    std::string_view n = doc.norm(doc.tokens[t.token_begin - 2]);
    for (auto x : kNouns)
      if (x == n) return true;
  }
  return false;
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
  int best_tier = -1;
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
      uint32_t sent_begin = doc.sentences[sentence].token_begin;
      // The syntax stage's clause is trusted; the shallow test is not, for background dates.
      if ((!have_clause || !attached) && Background(doc, t, trig, sent_begin)) continue;
      bool report = DatesReport(doc, t, trig, sent_begin);
      if (report) attached = false;
      // Preference: attached, then unattached, then a report's date; the nearest within each.
      int tier = attached ? 2 : report ? 0 : 1;
      if (tier > best_tier || (tier == best_tier && dist < best_dist)) {
        best = &t;
        best_attached = attached;
        best_tier = tier;
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
  // The narrative's time carries over: "Gunmen attacked the camp on Monday. They killed five
  // soldiers." An event whose sentence has no date takes the first date of the nearest of the
  // two sentences before it, unless its sentence opens another incident ("Separately, ...").
  if (sentence < doc.sentences.size() && !OpensAnotherIncident(doc, doc.sentences[sentence])) {
    constexpr uint32_t kMaxBack = 2;
    for (uint32_t s = sentence; s-- > 0 && s + kMaxBack >= sentence;) {
      auto range = std::equal_range(doc.times.begin(), doc.times.end(), s, BySentence{});
      const uint32_t begin = doc.sentences[s].token_begin;
      for (auto it = range.first; it != range.second; ++it) {
        const TimeMention& t = *it;
        if (!Datable(t) || DatesReport(doc, t, UINT32_MAX, begin) ||
            Background(doc, t, UINT32_MAX, begin))
          continue;
        SetFromValue(t, e);
        e->evidence.date = t.span;
        e->evidence.date_rule = "previous";
        return;
      }
      if (range.first != range.second) break;  // a sentence with only other dates: stop
    }
  }
  std::string ref = doc.reference_date();
  if (!ref.empty()) {
    e->date = ref;
    e->date_precision = 2;  // reported by then; the day itself is not known
    e->evidence.date_rule = "published";
  }
}

namespace {

constexpr uint32_t kMaxFollow = 3;  // sentences after the event's that may complete its toll

// A sentence that opens another incident: "On the same day, ...", "Separately, ...", "Last
// month, ..." and other openers that move the story away from the event.
bool OpensAnotherIncident(const Document& doc, const Sentence& s) {
  static constexpr std::string_view kOpeners[] = {"separately", "meanwhile", "elsewhere",
                                                  "earlier",    "previously", "similarly",
                                                  "also",       "later",      "last",
                                                  "in",         "on"};
  if (s.token_end <= s.token_begin) return false;
  std::string_view a = doc.norm(doc.tokens[s.token_begin]);
  std::string_view b =
      s.token_begin + 1 < s.token_end ? doc.norm(doc.tokens[s.token_begin + 1]) : "";
  std::string_view c =
      s.token_begin + 2 < s.token_end ? doc.norm(doc.tokens[s.token_begin + 2]) : "";
  bool opener = false;
  for (auto w : kOpeners) opener |= a == w;
  if (!opener) return false;
  if (a == "in") return b == "another" || b == "a" || b == "other";  // "In another attack"
  if (a == "on") return (b == "the" && (c == "same" || c == "following" || c == "next")) ||
                        b == "another";
  if (a == "last") return b == "week" || b == "month" || b == "year";
  if (a == "later") return b == "that" || b == "on" || b == ",";
  return true;
}

// A sentence that gives a running total ("the violence has killed 300 since Friday") sums up;
// it is not the incident's detail.
bool HasRunningTotal(const Document& doc, uint32_t sentence) {
  auto range = std::equal_range(doc.quantities.begin(), doc.quantities.end(), sentence,
                                BySentence{});
  for (auto it = range.first; it != range.second; ++it)
    if (it->kind == "killed" && it->cumulative) return true;
  return false;
}

// The day (YYYY-MM-DD) of the first day-precise, datable mention of a sentence, or "".
// The days the sentence's first datable expression covers, whatever its precision.
std::optional<std::pair<int64_t, int64_t>> SentenceDays(const Document& doc, uint32_t sentence) {
  auto range = std::equal_range(doc.times.begin(), doc.times.end(), sentence, BySentence{});
  for (auto it = range.first; it != range.second; ++it)
    if (Datable(*it))
      if (auto r = DaysOfValue(it->value)) return r;
  return std::nullopt;
}

// "unknown fatalities coded as 10": ACLED's notes state the figure they code for a vague count;
// it replaces the counts read so far.
// Also "coded N", "coded at low estimate of N".
bool IsCodedFigure(const Document& doc, const QuantityMention& q) {
  static constexpr std::string_view kBetween[] = {"as", "at", "a", "the", "low", "lowest",
                                                  "estimate", "of", "conservative"};
  for (uint32_t k = q.token_begin, steps = 0; k-- > 0 && steps < 6; ++steps) {
    std::string_view w = doc.norm(doc.tokens[k]);
    if (w == "coded") return true;
    if (std::find(std::begin(kBetween), std::end(kBetween), w) == std::end(kBetween)) return false;
  }
  return false;
}

// A count that adds victims to those already told: "5 more", "another soldier", "a fifth
// victim", "two others", "one militiaman was also killed".
bool Additive(const Document& doc, const QuantityMention& q) {
  uint32_t from = q.token_begin >= 1 ? q.token_begin - 1 : 0;
  uint32_t to = std::min<uint32_t>(q.token_end + 3, static_cast<uint32_t>(doc.tokens.size()));
  const Sentence& s = doc.sentences[q.sentence];
  from = std::max(from, s.token_begin);
  to = std::min(to, s.token_end);
  for (uint32_t k = from; k < to; ++k) {
    std::string_view w = doc.norm(doc.tokens[k]);
    if (w == "more" || w == "another" || w == "other" || w == "others" || w == "additional" ||
        w == "further" || w == "also" || w == "second" || w == "third" || w == "fourth" ||
        w == "fifth")
      return true;
  }
  return false;
}

// "the 12 victims", "both", "all 12": a definite count that may restate one already given.
bool DefiniteCount(const Document& doc, const QuantityMention& q) {
  if (q.token_begin == 0) return false;
  std::string_view w = doc.norm(doc.tokens[q.token_begin - 1]);
  return w == "the" || w == "all" || w == "these" || w == "those" || w == "both";
}

}  // namespace

std::optional<Fatalities> EventFatalities(const Document& doc, uint32_t sentence, bool use_lead) {
  std::vector<int64_t> seen;  // best figures summed so far, to spot restatements
  auto sum_sentence = [&](uint32_t s, bool follow, Fatalities* f) {
    bool any = false;
    auto range = std::equal_range(doc.quantities.begin(), doc.quantities.end(), s, BySentence{});
    for (auto it = range.first; it != range.second; ++it) {
      const QuantityMention& q = *it;
      if (q.kind != "killed" || q.cumulative || q.subset || q.best < 0) continue;
      if (IsCodedFigure(doc, q)) {
        *f = Fatalities{q.best, q.best, q.best};
        seen.push_back(q.best);
        any = true;
        continue;
      }
      if (follow && DefiniteCount(doc, q) &&
          std::find(seen.begin(), seen.end(), q.best) != seen.end())
        continue;  // "Gunmen killed 12 villagers. The 12 victims were buried ..."
      f->best += q.best;
      f->low += q.low >= 0 ? q.low : q.best;
      f->high += q.high >= 0 ? q.high : q.best;
      seen.push_back(q.best);
      any = true;
    }
    return any;
  };
  Fatalities f;
  if (sentence < doc.sentences.size()) {
    bool any = sum_sentence(sentence, false, &f);
    bool none = !any && SaysNoFatalities(doc, sentence);
    // The toll often follows the report of the incident: "A convoy was struck by an IED near
    // Boni. Four peacekeepers were killed." When the event's sentence gives none, the next
    // sentences give it, until one opens another incident, sums up a running total or moves to
    // another day. When it gives one, later figures are more often other incidents or the
    // same dead told again ("riots left 300 dead ... 57 people were killed [on the train]"); only
    // ACLED's "fatalities coded as N" replaces it.
    auto days = SentenceDays(doc, sentence);
    const bool own = any;
    const uint32_t last =
        HasRunningTotal(doc, sentence) ? sentence : sentence + kMaxFollow;  // it sums up
    for (uint32_t s = sentence + 1; s < doc.sentences.size() && s <= last; ++s) {
      if (OpensAnotherIncident(doc, doc.sentences[s]) || HasRunningTotal(doc, s)) break;
      // Another time, earlier or later, is another incident: "controlled since 2014, ...
      // They said drone strikes last week had killed 14" (times that overlap, a day and the
      // week or month that holds it, are one).
      auto other = SentenceDays(doc, s);
      if (days && other && (other->second < days->first || other->first > days->second)) break;
      if (own) {
        auto range = std::equal_range(doc.quantities.begin(), doc.quantities.end(), s,
                                      BySentence{});
        for (auto it = range.first; it != range.second; ++it) {
          const QuantityMention& q = *it;
          if (q.kind != "killed" || q.best < 0 || q.cumulative || q.subset) continue;
          if (IsCodedFigure(doc, q)) {
            f = Fatalities{q.best, q.best, q.best};
          } else if (Additive(doc, q)) {
            f.best += q.best;
            f.low += q.low >= 0 ? q.low : q.best;
            f.high += q.high >= 0 ? q.high : q.best;
          }
        }
        continue;
      }
      if (sum_sentence(s, true, &f)) {
        any = true;
        none = false;
      }
    }
    if (any) return f;
    if (none) return Fatalities{};
  }
  if (use_lead) {
    for (uint32_t s = 0; s < 2 && s < doc.sentences.size(); ++s) {
      if (s == sentence) continue;
      if (sum_sentence(s, false, &f)) return f;
    }
  }
  return std::nullopt;
}

void SetEventFatalities(const Document& doc, uint32_t sentence, Event* e) {
  e->fatalities = EventFatalities(doc, sentence);
}

}  // namespace dateline::time
