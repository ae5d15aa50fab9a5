// Event location rules; see event_location.h.
#include "geo/event_location.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "geo/cue_words.h"

namespace dateline::geo {
namespace {

bool IsClauseBreak(std::string_view n) {
  return n == ";" || n == ":" || n == "but" || n == "while" || n == "whereas" || n == "who" ||
         n == "which" || n == "after" || n == "before" || n == "when" || n == "said" || n == "says";
}

bool IsPlacePreposition(std::string_view n) {
  return n == "in" || n == "at" || n == "near" || n == "outside" || n == "around" || n == "into" ||
         n == "inside" || n == "across" || n == "from" || n == "on" || n == "towards" ||
         n == "toward" || n == "throughout" || n == "within";
}

// True when a locative preposition opens the phrase that ends at place token pb, looking back at
// most 6 tokens and not past `floor`. "the town of X" counts too: the verb's object is a place
// ("captured the town of Laukkai").
bool HasPrepositionBefore(const Document& doc, uint32_t pb, uint32_t floor) {
  for (uint32_t k = 1; k <= 6 && pb >= floor + k; ++k) {
    std::string_view n = doc.norm(doc.tokens[pb - k]);
    if (IsPlacePreposition(n)) return true;
    if (n == "of" && k == 1 && pb >= floor + 2 && IsPopulatedPlaceWord(doc.norm(doc.tokens[pb - 2])))
      return true;
    if (n == "," || IsClauseBreak(n)) return false;
  }
  return false;
}

uint32_t TokenAt(const Document& doc, const Sentence& s, uint32_t byte) {
  for (uint32_t i = s.token_begin; i < s.token_end; ++i)
    if (doc.tokens[i].span.end > byte) return i;
  return s.token_end;
}

// The places of one sentence, [first, last) in doc.places. Places are in text order: the
// dateline's place (sentence kNone) first, then by sentence. Binary search keeps the per-event
// cost logarithmic on huge articles.
std::pair<uint32_t, uint32_t> PlacesOfSentence(const Document& doc, uint32_t sentence) {
  uint32_t begin = 0;
  while (begin < doc.places.size() && doc.places[begin].sentence == kNone) ++begin;
  auto first = doc.places.begin() + begin;
  auto lo = std::lower_bound(first, doc.places.end(), sentence,
                             [](const PlaceMention& p, uint32_t s) { return p.sentence < s; });
  auto hi = std::upper_bound(lo, doc.places.end(), sentence,
                             [](uint32_t s, const PlaceMention& p) { return s < p.sentence; });
  return {static_cast<uint32_t>(lo - doc.places.begin()), static_cast<uint32_t>(hi - doc.places.begin())};
}

}  // namespace

uint32_t MainPlace(const Document& doc) {
  // In order of preference: towns and divisions of the body; the dateline's (a bureau's city
  // when the body names others); countries named as such; country adjectives.
  std::map<std::pair<std::string, int64_t>, std::pair<int, uint32_t>> towns, dateline, countries, modifiers;
  for (uint32_t i = 0; i < doc.places.size(); ++i) {
    const PlaceMention& p = doc.places[i];
    auto& m = p.modifier ? modifiers : p.precision >= 4 ? countries : p.sentence == kNone ? dateline : towns;
    auto [it, fresh] = m.try_emplace({p.name, p.geonameid}, 0, i);
    it->second.first += 1;
  }
  for (auto& [key, v] : dateline) {  // named again in the body: counts with the body's
    auto it = towns.find(key);
    if (it != towns.end()) {
      it->second.first += v.first;
      it->second.second = std::min(it->second.second, v.second);
    }
  }
  for (auto* m : {&towns, &dateline, &countries, &modifiers}) {
    int best = 0;
    uint32_t idx = kNone;
    for (const auto& [key, v] : *m)
      if (v.first > best || (v.first == best && v.second < idx)) {
        best = v.first;
        idx = v.second;
      }
    if (idx != kNone) return idx;
  }
  return kNone;
}

uint32_t ChooseEventLocation(const Document& doc, uint32_t sentence, Span trigger, std::string* rule,
                             bool object_is_place) {
  auto set_rule = [&](const char* r) { if (rule) *rule = r; };
  if (doc.places.empty()) {
    set_rule("");
    return kNone;
  }
  if (sentence < doc.sentences.size()) {
    const Sentence& s = doc.sentences[sentence];
    uint32_t tb = TokenAt(doc, s, trigger.start);
    uint32_t te = TokenAt(doc, s, trigger.end > 0 ? trigger.end - 1 : 0) + 1;
    // verb-pp: after the trigger, in its clause.
    uint32_t clause_end = s.token_end;
    for (uint32_t i = te; i < s.token_end; ++i)
      if (IsClauseBreak(doc.norm(doc.tokens[i]))) {
        clause_end = i;
        break;
      }
    uint32_t best = kNone;
    auto [first, last] = PlacesOfSentence(doc, sentence);
    for (uint32_t k = first; k < last; ++k) {
      const PlaceMention& p = doc.places[k];
      if (p.sentence != sentence || p.modifier || p.token_begin < te || p.token_begin >= clause_end) continue;
      bool object = object_is_place && (p.token_begin == te || (p.token_begin == te + 1 &&
                                                                   doc.norm(doc.tokens[te]) == "the"));
      if (p.token_begin - te > 15 || (!object && !HasPrepositionBefore(doc, p.token_begin, te))) continue;
      if (best == kNone || p.token_begin < doc.places[best].token_begin) best = k;
    }
    // Fronted: "In Kidal, gunmen attacked": a PP at the start of the clause before the trigger.
    if (best == kNone) {
      for (uint32_t k = first; k < last; ++k) {
        const PlaceMention& p = doc.places[k];
        if (p.sentence != sentence || p.modifier || p.token_end > tb) continue;
        bool broken = false;
        for (uint32_t i = p.token_end; i < tb; ++i)
          if (IsClauseBreak(doc.norm(doc.tokens[i]))) broken = true;
        if (!broken && HasPrepositionBefore(doc, p.token_begin, s.token_begin)) best = k;
      }
    }
    if (best != kNone) {
      set_rule("verb-pp");
      return best;
    }
    // clause: nearest in the sentence, towns and divisions before countries.
    uint32_t best_dist = UINT32_MAX;
    for (int pass = 0; pass < 2 && best == kNone; ++pass) {
      for (uint32_t k = first; k < last; ++k) {
        const PlaceMention& p = doc.places[k];
        if (p.sentence != sentence || p.modifier || (pass == 0 && p.precision >= 4)) continue;
        uint32_t d = p.token_begin >= te ? p.token_begin - te : tb - std::min(tb, p.token_end);
        if (d < best_dist) {
          best_dist = d;
          best = k;
        }
      }
    }
    if (best != kNone) {
      set_rule("clause");
      return best;
    }
  }
  // dateline: when it lies in the country of the sentence's actors.
  if (doc.dateline) {
    uint32_t dl = kNone;
    for (uint32_t k = 0; k < doc.places.size() && dl == kNone; ++k) {
      const PlaceMention& p = doc.places[k];
      if (p.span.start >= doc.dateline->span.end) break;  // past the dateline: text order
      bool in_span = !doc.dateline->span.empty() && p.span.start >= doc.dateline->span.start &&
                     p.span.end <= doc.dateline->span.end;
      if (in_span) dl = k;
    }
    if (dl != kNone) {
      bool any_country = false, match = false;
      for (const auto& a : doc.actors) {
        if (a.sentence != sentence || a.country.empty()) continue;
        any_country = true;
        if (a.country == doc.places[dl].country) match = true;
      }
      // A body whose main place is another town or division of the dateline's country says
      // where the story is: the dateline is then the bureau's city ("YANGON (AFP) - ... the
      // town of Laukkai ... the Kokang region in northern Shan state").
      uint32_t main = MainPlace(doc);
      bool bureau = main != kNone && main != dl && doc.places[main].precision < 4 &&
                    doc.places[main].name != doc.places[dl].name &&
                    doc.places[main].country == doc.places[dl].country;
      if ((!any_country || match) && !bureau) {
        set_rule("dateline");
        return dl;
      }
    }
  }
  uint32_t main = MainPlace(doc);
  set_rule(main == kNone ? "" : "article");
  return main;
}

uint32_t DocumentLocation(const Document& doc, std::string* rule) {
  for (uint32_t k = 0; k < doc.places.size(); ++k) {
    const PlaceMention& p = doc.places[k];
    if (p.precision >= 4 || p.sentence >= doc.sentences.size()) continue;
    if (HasPrepositionBefore(doc, p.token_begin, doc.sentences[p.sentence].token_begin)) {
      if (rule) *rule = "first-pp";
      return k;
    }
  }
  for (uint32_t k = 0; k < doc.places.size(); ++k) {
    if (doc.places[k].precision < 4) {
      if (rule) *rule = "first-place";
      return k;
    }
  }
  uint32_t main = MainPlace(doc);
  // "French troops" in a report on Mali: a foreign country's adjective is not the location.
  if (main != kNone && doc.places[main].modifier && doc.article.country &&
      doc.places[main].country != *doc.article.country)
    main = kNone;
  if (rule) *rule = main == kNone ? "" : "article";
  return main;
}

}  // namespace dateline::geo
