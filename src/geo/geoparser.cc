// Toponym recognition and resolution; the method is described in geoparser.h.
#include "geo/geoparser.h"

#include <algorithm>
#include <bitset>
#include <cmath>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "base/utf8.h"
#include "geo/cue_words.h"
#include "geo/distance.h"
#include "geo/name_key.h"
#include "syntax/word_lexicon.h"

namespace dateline::geo {
namespace {

enum Cue : uint32_t {
  kCuePrep = 1,       // a locative preposition before: "in Kidal"
  kCueNear = 2,       // "near Kidal", "north of Kidal", "outskirts of Kidal"
  kCueTown = 4,       // "the town of Kidal"
  kCueRegion = 8,     // "Kidal region", "Rapides Parish"
  kCueDateline = 16,  // the article's dateline
  kCuePartOf = 32,    // "northern Mali": part of the named area
  kCueHier = 64,      // an unknown name with its hierarchy after it: "in Kewa, circle of Djenne"
  kCueInHint = 128,   // an unknown name after "in/at" in an article with a country hint
  kCueUnitAfter = 256,  // a known name followed by the unit said to hold it: "Doma, in the Mopti region"
};

struct Cand {
  uint32_t sentence = 0;
  uint32_t tb = 0, te = 0;  // tokens of the mention (including a trailing admin word)
  uint32_t name_te = 0;     // end of the name proper
  uint64_t hash = 0;
  std::vector<GazName> senses;
  uint32_t cues = 0;
  int link = -1;   // a following candidate naming its parent: "Douentza, Mopti"
  int group = -1;  // index of its name group (one sense per name per article)
  bool demonym = false;
  bool code = false;  // matched only as a code or abbreviation
  bool check_lower = false;  // dropped if the article also writes the word in lower case
  bool synthetic = false;    // the dateline's place, outside the tokenised body: span below
  // A name the gazetteer lacks (or whose only senses lie far from the article's countries) with a
  // strong cue ("the village of Kewa", "near Boni"): emitted at the finest known unit named with
  // it (place_entry, place_precision) rather than dropped in silence.
  bool unresolved = false;
  uint32_t place_entry = kNoIndex;
  int place_precision = 0;
  Span bytes;
};

struct Group {
  uint64_t hash = 0;
  std::span<const GazName> senses;  // the first member's (cands_ no longer changes by then)
  uint32_t cues = 0;
  std::vector<int> members;
  int chosen = -1;  // index into senses
  double margin = 0;
  std::vector<double> priors;  // per sense: context-free score, computed once
};

// Vote totals keyed by gazetteer entry (open addressing, linear probing): the resolver reads them
// for every sense of every name in every round, so no node allocation and no pointer chasing.
class Votes {
 public:
  Votes() : keys_(64, kEmpty), vals_(64, 0.0) {}
  double get(uint32_t key) const {
    for (size_t i = Slot(key);; i = (i + 1) & (keys_.size() - 1)) {
      if (keys_[i] == key) return vals_[i];
      if (keys_[i] == kEmpty) return 0;
    }
  }
  void add(uint32_t key, double w) {
    if (used_ * 2 >= keys_.size()) Grow();
    size_t i = Slot(key);
    while (keys_[i] != key && keys_[i] != kEmpty) i = (i + 1) & (keys_.size() - 1);
    if (keys_[i] == kEmpty) {
      keys_[i] = key;
      ++used_;
    }
    vals_[i] += w;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  size_t Slot(uint32_t key) const { return (key * 2654435761u) & (keys_.size() - 1); }
  void Grow() {
    std::vector<uint32_t> k = std::move(keys_);
    std::vector<double> v = std::move(vals_);
    keys_.assign(k.size() * 2, kEmpty);
    vals_.assign(k.size() * 2, 0.0);
    used_ = 0;
    for (size_t i = 0; i < k.size(); ++i)
      if (k[i] != kEmpty) add(k[i], v[i]);
  }
  std::vector<uint32_t> keys_;
  std::vector<double> vals_;
  size_t used_ = 0;
};

bool IsCap(const Token& t) { return (t.flags & (kTokCapital | kTokAllCaps)) != 0; }
bool IsWord(const Token& t) { return (t.flags & kTokWord) != 0; }

class Parse {
 public:
  Parse(const Gazetteer& gaz, Document& doc) : gaz_(gaz), doc_(doc) {}

  // Drops the candidates marked check_lower whose word the article also writes in lower case
  // (one pass over the tokens against the few distinct candidate words).
  void DropCommonWords() {
    std::vector<std::string_view> words;
    for (const Cand& c : cands_)
      if (c.check_lower) words.push_back(Norm(c.tb));
    if (words.empty()) return;
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    // A cheap filter on (length, first byte) before comparing strings.
    std::bitset<1024> filter;
    auto slot = [](std::string_view w) {
      return (w.size() & 31) * 32 + (static_cast<unsigned char>(w[0]) & 31);
    };
    for (auto w : words) filter.set(slot(w));
    std::vector<std::string_view> lower;
    for (const Token& t : doc_.tokens) {
      if (!(t.flags & kTokWord) || (t.flags & (kTokCapital | kTokAllCaps)) || t.norm_size == 0) continue;
      std::string_view n = doc_.norm(t);
      if (filter.test(slot(n)) && std::binary_search(words.begin(), words.end(), n)) lower.push_back(n);
    }
    if (lower.empty()) return;
    std::sort(lower.begin(), lower.end());
    lower.erase(std::unique(lower.begin(), lower.end()), lower.end());
    std::erase_if(cands_, [&](const Cand& c) {
      return c.check_lower && std::binary_search(lower.begin(), lower.end(), Norm(c.tb));
    });
  }

  // The dateline ("BAMAKO, Oct 31 (Reuters) -") lies before the body the sentences cover: when
  // no candidate falls inside it, its place is looked up directly and put first.
  void AddDatelinePlace() {
    if (!doc_.dateline || doc_.dateline->place.empty()) return;
    Span ds = doc_.dateline->span;
    for (const Cand& c : cands_) {
      Span cs{doc_.tokens[c.tb].span.start, doc_.tokens[c.name_te - 1].span.end};
      if (!ds.empty() && cs.start < ds.end && ds.start < cs.end) return;
    }
    Cand c;
    std::string key = NameKey(doc_.dateline->place);
    auto senses = gaz_.Lookup(key);
    if (senses.empty()) return;
    c.senses.assign(senses.begin(), senses.end());
    std::erase_if(c.senses, [](const GazName& n) { return (n.flags & kNameDemonym) != 0; });
    if (c.senses.empty()) return;
    c.hash = KeyHash(key);
    c.cues = kCueDateline;
    c.synthetic = true;
    c.sentence = kNone;
    // The place's bytes inside the dateline span, matched without regard to case.
    c.bytes = ds;
    if (!ds.empty() && ds.end <= doc_.article.text.size()) {
      std::string_view raw = doc_.raw(ds);
      const std::string& place = doc_.dateline->place;
      for (size_t i = 0; i + place.size() <= raw.size(); ++i) {
        if (NameKey(raw.substr(i, place.size())) == key) {
          c.bytes = {ds.start + static_cast<uint32_t>(i), ds.start + static_cast<uint32_t>(i + place.size())};
          break;
        }
      }
    }
    if (c.bytes.empty()) return;  // nowhere to point at
    cands_.insert(cands_.begin(), std::move(c));
  }

  // True when an actor mention longer than span holds it: "Mali" in "Military Forces of Mali" or
  // "Mali's army" says whose forces, not where they acted.
  bool InsideLongerActor(Span span) const {
    auto it = std::upper_bound(actor_spans_.begin(), actor_spans_.end(), span.start,
                               [](uint32_t start, const Span& a) { return start < a.start; });
    if (it == actor_spans_.begin()) return false;
    const Span& a = *std::prev(it);
    return a.start <= span.start && span.end <= a.end && a.end - a.start > span.end - span.start;
  }

  // Spans of actor mentions that are people or organisations, sorted and merged. Named armed
  // groups, militias and parties block too ("Wagner" is not Wagner, South Dakota; "Defence of the
  // Homeland" is not Homeland, California), but only when the dictionary named them, not when a
  // country and an agent were composed ("Malian soldiers" still says Mali).
  void CollectBlockingActors() {
    for (const auto& a : doc_.actors) actor_spans_.push_back(a.span);
    std::sort(actor_spans_.begin(), actor_spans_.end(),
              [](const Span& x, const Span& y) { return x.start < y.start; });
    std::vector<Span> all;
    for (const Span& sp : actor_spans_) {
      if (!all.empty() && sp.start <= all.back().end) all.back().end = std::max(all.back().end, sp.end);
      else all.push_back(sp);
    }
    actor_spans_ = std::move(all);
    for (const auto& a : doc_.actors)
      if (a.kind == "person" || a.kind == "media" || a.kind == "ngo" || a.kind == "company" ||
          a.kind == "organisation" || a.kind == "organization" ||
          ((a.kind == "armed-group" || a.kind == "militia" || a.kind == "party") &&
           a.entity_id.find('+') == std::string::npos))
        blocking_.push_back(a.span);
    std::sort(blocking_.begin(), blocking_.end(),
              [](const Span& x, const Span& y) { return x.start < y.start; });
    std::vector<Span> merged;
    for (const Span& sp : blocking_) {
      if (!merged.empty() && sp.start <= merged.back().end) merged.back().end = std::max(merged.back().end, sp.end);
      else merged.push_back(sp);
    }
    blocking_ = std::move(merged);
  }

  void Run() {
    CollectBlockingActors();
    if (doc_.article.country) hint_entry_ = gaz_.CountryEntry(*doc_.article.country);

    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) Recognise(s);
    DropCommonWords();
    AddDatelinePlace();
    Link();
    VetoForeignSenses();
    Resolve();
    CheckAnchors();
    PlaceUnresolved();
    Emit();
  }

 private:
  std::string_view Norm(uint32_t i) const { return doc_.norm(doc_.tokens[i]); }

  // Longest gazetteer name starting at token i of sentence s; returns its end token or i.
  uint32_t Match(uint32_t i, uint32_t end, Cand* c) const {
    std::string key;
    uint32_t best = i;
    uint32_t max_words = gaz_.max_name_words();
    for (uint32_t j = i; j < end; ++j) {
      const Token& t = doc_.tokens[j];
      std::string_view n = Norm(j);
      if (j > i) {
        bool connector = IsWord(t) && !IsCap(t) && IsNameConnector(n);
        bool joiner = (t.flags & kTokPunct) && (n == "-" || n == "&" || n == "'");
        if (!(IsWord(t) && IsCap(t)) && !connector && !joiner) break;
      }
      if (j == i && n.size() > 6 && n.substr(n.size() - 6) == "-based") n.remove_suffix(6);
      AppendFoldedToKey(n, &key);
      if (static_cast<uint32_t>(std::count(key.begin(), key.end(), ' ')) + 1 > max_words) break;
      uint64_t h = KeyHash(key);
      if (IsWord(t) && IsCap(t)) {
        auto senses = gaz_.LookupHash(h);
        if (!senses.empty()) {
          best = j + 1;
          c->senses.assign(senses.begin(), senses.end());
          c->hash = h;
        }
      }
      if (j + 1 >= end) break;
      const Token& nx = doc_.tokens[j + 1];
      if (!(nx.flags & (kTokWord | kTokPunct))) break;
      if (!gaz_.IsPrefix(h)) break;  // no longer name starts with these words
    }
    return best;
  }

  void Recognise(uint32_t s) {
    const Sentence& sent = doc_.sentences[s];
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
      const Token& t = doc_.tokens[i];
      if (!IsWord(t) || !IsCap(t)) continue;
      Cand c;
      uint32_t end = Match(i, sent.token_end, &c);
      if (end == i) {
        uint32_t cue = 0;
        uint32_t ue = UnresolvedAt(i, sent, &cue);
        if (ue > i) {
          c.sentence = s;
          c.tb = i;
          c.te = c.name_te = ue;
          c.cues = cue;
          c.unresolved = true;
          c.check_lower = ue == i + 1;
          cands_.push_back(std::move(c));
          i = ue - 1;
        }
        continue;
      }
      // "Northeast Georgia", "Southern Sudan": a direction before a name is a cue, not a place
      // (unless the two make one name, "North Carolina").
      if (end == i + 1 && IsDirectionWord(Norm(i)) && i + 1 < sent.token_end &&
          IsWord(doc_.tokens[i + 1]) && IsCap(doc_.tokens[i + 1]))
        continue;
      c.sentence = s;
      c.tb = i;
      c.te = c.name_te = end;
      i = end - 1;
      if (Accept(&c, sent)) {
        cands_.push_back(c);
        continue;
      }
      // Not this gazetteer name ("Tin" of "Tin-Hama", a given name): maybe an unknown longer one.
      uint32_t cue = 0;
      uint32_t ue = UnresolvedAt(c.tb, sent, &cue);
      if (ue > c.tb) {
        Cand u;
        u.sentence = s;
        u.tb = c.tb;
        u.te = u.name_te = ue;
        u.cues = cue;
        u.unresolved = true;
        u.check_lower = ue == c.tb + 1;
        cands_.push_back(std::move(u));
        i = ue - 1;
      }
    }
  }

  // A capitalised word before a name makes it a person's surname ("Raquel Henry") unless the
  // word is itself a place name or an organisation word ("Gainesville Police", "Metropolitan
  // Atlanta" keep their toponym: it locates the organisation).
  bool LooksLikeGivenName(uint32_t i) const {
    std::string_view n = Norm(i);
    if (IsOrgContinuation(n)) return false;
    std::string key;
    AppendFoldedToKey(n, &key);
    for (const auto& s : gaz_.Lookup(key)) {
      const GazEntry& e = gaz_.entry(s.entry);
      if ((s.flags & kNamePrimary) && (e.population >= 1000 || e.kind != EntryKind::kPlace)) return false;
    }
    return true;
  }

  // True when every sense is a town of under 100,000 people: a name that can be a first name
  // ("Henry", "Nina") rather than a country, state or city everyone knows.
  bool OnlySmallPlaces(const Cand& c) const {
    for (const auto& n : c.senses) {
      const GazEntry& e = gaz_.entry(n.entry);
      if (e.kind != EntryKind::kPlace || e.population >= 100000 || (n.flags & (kNameCode | kNameDemonym)))
        return false;
    }
    return true;
  }

  // "Boehmer's", "Thursday's": a possessive after the name; "Jones, 23,": an age.
  bool IsPossessiveOrAge(uint32_t e, const Sentence& sent) const {
    if (e >= sent.token_end) return false;
    std::string_view n = Norm(e);
    if (n == "'s" || n == "\u2019s" || n == "'" || n == "\u2019") return true;
    return n == "," && e + 1 < sent.token_end && (doc_.tokens[e + 1].flags & kTokNumber) &&
           !(e + 2 < sent.token_end && (Norm(e + 2) == "km" || Norm(e + 2) == "kilometres" ||
                                        Norm(e + 2) == "kilometers" || Norm(e + 2) == "miles"));
  }

  // Words that make "X of Y" a settlement: narrower than IsPopulatedPlaceWord ("the capital of
  // Arabic culture", "the city of Jesus" are not villages).
  static bool IsSettlementWord(std::string_view w) {
    return w == "village" || w == "villages" || w == "hamlet" || w == "hamlets" || w == "town" ||
           w == "towns" || w == "locality" || w == "localities" || w == "commune" || w == "communes" ||
           w == "municipality" || w == "settlement";
  }

  static bool IsRoadOrStreetWord(std::string_view w) {
    return w == "street" || w == "streets" || w == "road" || w == "roads" || w == "avenue" ||
           w == "avenues" || w == "st" || w == "ave";
  }

  // A distance or bearing from a place after the name ending at token e: "Atara, 25 km from
  // Niafunke", "Salem, north of Timbuktu", "Yirima (35km from Boni)".
  bool DistanceApposition(uint32_t e, const Sentence& sent) const {
    if (e + 1 >= sent.token_end || (Norm(e) != "," && Norm(e) != "(")) return false;
    const Token& t1 = doc_.tokens[e + 1];
    std::string_view n1 = Norm(e + 1);
    bool km = n1.size() > 2 && n1.substr(n1.size() - 2) == "km" && n1[0] >= '0' && n1[0] <= '9';
    std::string_view n2 = e + 2 < sent.token_end ? Norm(e + 2) : std::string_view();
    bool number_km = (t1.flags & kTokNumber) && (n2 == "km" || n2 == "kilometres" || n2 == "kilometers" ||
                                                 n2 == "miles");
    return (IsDirectionWord(n1) && !(t1.flags & kTokCapital) && (n2 == "of" || n2 == "from")) ||
           number_km || km;
  }

  // An unknown name with a strong cue starting at token i: returns its end token (a run of up to
  // four capitalised words) and its cue, or i when there is none. Strong cues: a settlement or
  // area word with "of" ("the village of Kewa", "the area of Boni": ACLED's usual phrasing),
  // nearness ("near Kewa", "between Kewa and Boni"), the second of two names joined by "and"
  // under such a cue ("the villages of Tancoulle and Tansamba"), or "in/at X," and "in/at X ("
  // where a hierarchy follows ("in Kewa, circle of Djenne"). Not at a sentence start, not an
  // acronym, stop word, title or organisation word, not inside an actor's name.
  uint32_t UnresolvedAt(uint32_t i, const Sentence& sent, uint32_t* cue) const {
    auto plain_cap = [&](uint32_t k) {
      const Token& t = doc_.tokens[k];
      return IsWord(t) && (t.flags & kTokCapital) && !(t.flags & kTokAllCaps);
    };
    if (i <= sent.token_begin || !plain_cap(i)) return i;
    uint32_t e = i + 1;
    // Hyphens inside the name join ("Nouhoun-Bozo", "Dim-Na").
    auto joined = [&](uint32_t k) {
      return k + 1 < sent.token_end && Norm(k) == "-" && !(doc_.tokens[k].flags & kTokSpaceBefore) &&
             !(doc_.tokens[k + 1].flags & kTokSpaceBefore) && plain_cap(k + 1);
    };
    while (e < sent.token_end && e - i < 5) {
      if (plain_cap(e)) ++e;
      else if (joined(e)) e += 2;
      else break;
    }
    std::string_view p1 = Norm(i - 1);
    std::string_view next = e < sent.token_end ? Norm(e) : std::string_view();
    // Most capitalised words have no cue at all: decide that before the word lists.
    if (next != "," && next != "(" && p1 != "of" && p1 != "near" && p1 != "outside" && p1 != "between" &&
        p1 != "in" && p1 != "at" && p1 != "and")
      return i;
    for (uint32_t k = i; k < e; ++k) {
      std::string_view n = Norm(k);
      if (n == "-") continue;
      if (IsStopWord(n) || IsPersonTitle(n) || IsDirectionWord(n) || IsAdminWord(n) ||
          IsPopulatedPlaceWord(n) || IsOrgContinuation(n) || IsAreaWord(n) ||
          std::any_of(n.begin(), n.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
        return i;
    }
    std::string_view p2 = i >= sent.token_begin + 2 ? Norm(i - 2) : std::string_view();
    if (IsPossessiveOrAge(e, sent)) return i;  // "Boehmer's class", "Jason Jones, 23,"
    uint32_t c = 0;
    if (p1 == "of" && IsSettlementWord(p2)) c = kCueTown | kCuePrep;
    else if (p1 == "of" && IsAreaWord(p2)) c = kCueNear | kCuePrep;
    else if (p1 == "near" || p1 == "outside") c = kCueNear | kCuePrep;
    // "between X and Y": a place only when Y is a name too ("between Fourth and Seventh streets"
    // is not; "between Exits 1 and 6" neither).
    else if (p1 == "between" && next == "and" && e + 1 < sent.token_end &&
             (doc_.tokens[e + 1].flags & kTokCapital) && !IsStopWord(Norm(e + 1)) &&
             !(e + 2 < sent.token_end && IsRoadOrStreetWord(Norm(e + 2))))
      c = kCueNear | kCuePrep;
    else if ((p1 == "in" || p1 == "at") && (next == "," || next == "(") && e + 1 < sent.token_end &&
             ((doc_.tokens[e + 1].flags & kTokCapital) || IsAdminWord(Norm(e + 1)) || Norm(e + 1) == "commune"))
      c = kCuePrep | kCueHier;
    // With an explicit country hint (a local report, an ACLED note), "in X" is enough: it is
    // placed in that country at least.
    else if ((p1 == "in" || p1 == "at") && hint_entry_ != kNoIndex)
      c = kCuePrep | kCueInHint;
    else if (p1 == "and" && !cands_.empty() && cands_.back().te + 1 == i &&
             cands_.back().sentence != kNone && doc_.tokens[cands_.back().tb].span.start >= sent.span.start &&
             (cands_.back().unresolved || (cands_.back().cues & kCueNear)))
      c = cands_.back().cues & (kCueTown | kCueNear);
    // An apposition says what it is: "an attack on Barsalogho, a town in Burkina Faso's Centre-Nord
    // region".
    if (c == 0 && next == "," && e + 2 < sent.token_end && (Norm(e + 1) == "a" || Norm(e + 1) == "the") &&
        (IsPopulatedPlaceWord(Norm(e + 2)) || Norm(e + 2) == "commune"))
      c = kCueTown | kCueHier;
    if (c == 0 && DistanceApposition(e, sent)) c = kCueNear | kCueHier;
    if (c == 0) return i;
    // Inside any actor's name, whatever its kind ("Fulani", "Dogons", "Dozos"): an unknown name
    // that the actors layer knows is not an unknown place.
    if (!actor_spans_.empty()) {
      Span cs{doc_.tokens[i].span.start, doc_.tokens[e - 1].span.end};
      auto it = std::lower_bound(actor_spans_.begin(), actor_spans_.end(), cs.end,
                                 [](const Span& a, uint32_t end) { return a.start < end; });
      if (it != actor_spans_.begin() && std::prev(it)->end > cs.start) return i;
    }
    *cue = c;
    return e;
  }

  // Filters and cues of one matched name. False: not a place mention.
  bool Accept(Cand* c, const Sentence& sent) {
    const Token& first = doc_.tokens[c->tb];
    bool single = c->te - c->tb == 1;
    std::string_view n0 = Norm(c->tb);
    bool sentence_start = c->tb == sent.token_begin ||
                          (c->tb == sent.token_begin + 1 && (doc_.tokens[c->tb - 1].flags & kTokQuote));
    std::string_view prev = c->tb > sent.token_begin ? Norm(c->tb - 1) : std::string_view();
    bool after_prep = IsLocativePreposition(prev) && prev != "of";
    // Common words: always when short (function words), else unless a preposition precedes
    // ("in Independence"). A word the article also writes in lower case is a common word when
    // capitalised at a sentence start or in a headline.
    if (single && IsStopWord(n0) && (n0.size() <= 3 || !after_prep)) return false;
    // A sentence's first word that is an ordinary English word (WordNet knows it as a verb,
    // adjective or adverb too) and only an alternate name of a place, not its name or demonym
    // ("Part of the building was set on fire": Perth's alternate "Part"), is the word.
    if (single && sentence_start && !after_prep &&
        std::none_of(c->senses.begin(), c->senses.end(),
                     [](const GazName& n) { return (n.flags & (kNamePrimary | kNameDemonym)) != 0; })) {
      uint8_t classes = syntax::WordLexicon::Default().Classes(n0);
      if (classes & ~syntax::kClassNoun) return false;
    }
    if (single && !after_prep && !(first.flags & kTokAllCaps)) c->check_lower = true;
    // Part of a hyphenated name ("Webb-Lawton") that is not itself a place name.
    auto hyphen_at = [&](uint32_t k) {
      return k > sent.token_begin && k < sent.token_end && Norm(k) == "-" &&
             !(doc_.tokens[k].flags & kTokSpaceBefore);
    };
    if (hyphen_at(c->name_te) && c->name_te + 1 < sent.token_end && IsCap(doc_.tokens[c->name_te + 1]) &&
        !(doc_.tokens[c->name_te + 1].flags & kTokSpaceBefore))
      return false;
    if (c->tb >= sent.token_begin + 2 && hyphen_at(c->tb - 1) && IsCap(doc_.tokens[c->tb - 2]) &&
        !(doc_.tokens[c->tb].flags & kTokSpaceBefore))
      return false;
    // With an explicit country hint (--country, ACLED's country), a small town more than 3000 km
    // from that country is not what a local report means.
    if (hint_entry_ != kNoIndex) {
      const GazEntry& h = gaz_.entry(hint_entry_);
      std::erase_if(c->senses, [&](const GazName& n) {
        const GazEntry& e = gaz_.entry(n.entry);
        return e.kind == EntryKind::kPlace && e.population < 100000 && e.country != h.country &&
               HaversineKm(e.lat, e.lon, h.lat, h.lon) > 3000;
      });
      if (c->senses.empty()) {
        uint32_t cue = 0;
        uint32_t ue = UnresolvedAt(c->tb, sent, &cue);
        if (ue != c->tb) {
          c->cues = cue;
          c->unresolved = true;
          c->te = c->name_te = std::max(ue, c->name_te);
          return true;
        }
        return false;
      }
    }
    // A county's name without its type word ("Atlantic" for Atlantic County) needs a cue.
    if (!after_prep && std::all_of(c->senses.begin(), c->senses.end(), [](const GazName& n) {
          return (n.flags & kNameStripped) != 0;
        }) && !(c->te < sent.token_end && IsAdminWord(Norm(c->te))))
      return false;
    // Names known only as alternate spellings of small places ("Nina" for Neenah) need a cue.
    if (!after_prep) {
      std::erase_if(c->senses, [&](const GazName& n) {
        const GazEntry& e = gaz_.entry(n.entry);
        return !(n.flags & (kNamePrimary | kNameCode | kNameDemonym)) && e.kind == EntryKind::kPlace &&
               e.population < 20000;
      });
      if (c->senses.empty()) return false;
    }
    // A short all-capitals word ("UN", "IN") or a dotted one ("U.S.") is an acronym: only codes
    // match it. "La." split from its period counts as an abbreviation too.
    bool dotted = n0.find('.') != std::string_view::npos ||
                  (single && c->te < sent.token_end && Norm(c->te) == "." &&
                   !(doc_.tokens[c->te].flags & kTokSpaceBefore));
    bool acronym = single && (((first.flags & kTokAllCaps) && n0.size() <= 3) ||
                              n0.find('.') != std::string_view::npos);
    if (acronym) {
      std::erase_if(c->senses, [](const GazName& n) { return !(n.flags & kNameCode); });
      if (c->senses.empty()) return false;
    }
    bool all_code = true, any_demonym = false;
    for (const auto& n : c->senses) {
      if (!(n.flags & kNameCode)) all_code = false;
      if (n.flags & kNameDemonym) any_demonym = true;
    }
    if (all_code) {
      if (!(first.flags & (kTokAllCaps | kTokAbbrev)) && !dotted) return false;
      c->code = true;
    }
    // "Malian" is the demonym even if some hamlet is also called Malian.
    c->demonym = any_demonym;
    if (any_demonym)
      std::erase_if(c->senses, [](const GazName& n) { return !(n.flags & kNameDemonym); });
    // The word before: a title or another name word says person or organisation.
    if (c->tb > sent.token_begin) {
      const Token& p = doc_.tokens[c->tb - 1];
      std::string_view pn = Norm(c->tb - 1);
      if (IsPersonTitle(pn)) return false;
      bool prev_is_place = !cands_.empty() && cands_.back().te == c->tb;
      bool prev_initial = c->tb - 1 == sent.token_begin;
      if (IsWord(p) && IsCap(p) && !prev_is_place && !prev_initial && !IsStopWord(pn) &&
          !IsDirectionWord(pn) && !(p.flags & kTokAllCaps) && !IsLocativePreposition(pn) &&
          !IsPopulatedPlaceWord(pn) && !IsAdminWord(pn) && LooksLikeGivenName(c->tb - 1))
        return false;
    }
    // The word after: an admin type word makes a division; an organisation word or another
    // capitalised name word makes a longer proper name.
    if (c->te < sent.token_end) {
      const Token& nx = doc_.tokens[c->te];
      std::string_view nn = Norm(c->te);
      if (IsWord(nx) && IsAdminWord(nn) && !c->demonym && !(nn == "circle" && IsCap(nx))) {
        c->cues |= kCueRegion;
        c->te += 1;
      } else if (single && !after_prep && OnlySmallPlaces(*c) && IsWord(nx) && IsCap(nx) && !(nx.flags & kTokAllCaps) &&
                 !IsOrgContinuation(nn) && !IsStopWord(nn) && !IsDirectionWord(nn) &&
                 LooksLikeGivenName(c->te)) {
        return false;  // "Nina Webb", "Henry Ford": a first name
      }
    }
    for (const auto& n : c->senses)
      if (n.flags & kNameSuffixed) c->cues |= kCueRegion;
    // The words before: prepositions, nearness, feature words.
    auto norm_at = [&](uint32_t back) -> std::string_view {
      return c->tb >= sent.token_begin + back ? Norm(c->tb - back) : std::string_view();
    };
    std::string_view p1 = norm_at(1), p2 = norm_at(2), p3 = norm_at(3);
    if (IsLocativePreposition(p1)) c->cues |= kCuePrep;
    if (IsNearWord(p1) || p1 == "between") c->cues |= kCueNear;
    if (p1 == "of") {
      if (IsDirectionWord(p2) || p2 == "outskirts" || p2 == "east" || p2 == "west") c->cues |= kCueNear;
      if (IsPopulatedPlaceWord(p2)) c->cues |= kCueTown;
      if (IsAdminWord(p2)) c->cues |= kCueRegion;
      if (p2 == "kilometres" || p2 == "kilometers" || p2 == "km" || p2 == "miles") c->cues |= kCueNear;
    }
    if (IsDirectionWord(p1)) c->cues |= kCuePartOf;
    if (DistanceApposition(c->te, sent)) c->cues |= kCueHier;  // anchored: checked after resolution
    // "Doma, in the Mopti region", "Saba (Mopti)": the unit said to hold it follows; checked
    // after resolution too (CheckAnchors). Not a plain comma: "Denver, Indianapolis" is a list.
    if (c->te + 1 < sent.token_end &&
        (Norm(c->te) == "(" || (Norm(c->te) == "," && Norm(c->te + 1) == "in")))
      c->cues |= kCueUnitAfter;
    if (IsPopulatedPlaceWord(p1) && p2 == "the") c->cues |= kCueTown;
    (void)p3;
    if (doc_.dateline && !doc_.dateline->span.empty()) {
      Span ds = doc_.dateline->span;
      Span cs{doc_.tokens[c->tb].span.start, doc_.tokens[c->name_te - 1].span.end};
      if (cs.start < ds.end && ds.start < cs.end) c->cues |= kCueDateline;
    }
    // Actors: a person or organisation recognised over the same words is not a place.
    if (!blocking_.empty()) {
      Span cs{doc_.tokens[c->tb].span.start, doc_.tokens[c->name_te - 1].span.end};
      // blocking_ is sorted by start and merged: the one that could overlap starts before cs.end.
      auto it = std::lower_bound(blocking_.begin(), blocking_.end(), cs.end,
                                 [](const Span& a, uint32_t end) { return a.start < end; });
      if (it != blocking_.begin() && std::prev(it)->end > cs.start) return false;
    }
    (void)sentence_start;
    return true;
  }

  // "X, Y" and "X (Y" where Y is the next candidate: Y may be X's division or country.
  void Link() {
    for (size_t k = 0; k + 1 < cands_.size(); ++k) {
      Cand& a = cands_[k];
      const Cand& b = cands_[k + 1];
      if (b.sentence != a.sentence || b.tb != a.te + 1 || b.demonym) continue;
      std::string_view sep = Norm(a.te);
      if (sep == "," || sep == "(") a.link = static_cast<int>(k + 1);
    }
    // Two small-town names side by side with nothing between them are a person's names
    // ("Phillip Bradley"), not two places.
    for (size_t k = 0; k + 1 < cands_.size(); ++k) {
      Cand& a = cands_[k];
      Cand& b = cands_[k + 1];
      if (b.sentence == a.sentence && b.tb == a.te && a.te - a.tb == 1 && b.te - b.tb == 1 &&
          !a.unresolved && !b.unresolved &&
          OnlySmallPlaces(a) && OnlySmallPlaces(b) && !(a.cues & kCuePrep)) {
        a.senses.clear();
        b.senses.clear();
      }
    }
    // US state abbreviations and other codes only after "Place,".
    for (size_t k = 0; k < cands_.size(); ++k) {
      Cand& c = cands_[k];
      if (!c.code) continue;
      bool after_place = k > 0 && cands_[k - 1].link == static_cast<int>(k);
      bool country = false;
      for (const auto& n : c.senses)
        if (gaz_.entry(n.entry).kind == EntryKind::kCountry) country = true;
      // "S.C.", "N.Y.", "D.C.": dotted initials are abbreviations of places wherever they stand.
      std::string_view n0 = Norm(c.tb);
      size_t dot = n0.find('.');
      bool dotted_initials = c.te - c.tb == 1 && dot != std::string_view::npos && dot + 1 < n0.size();
      if (!after_place && !country && !dotted_initials) c.senses.clear();
    }
  }

  // The countries the article is about: the country hint, the countries it names (not their
  // adjectives), and the dateline's place (not the actors' countries, which are guesses from their names).
  // Country table indices, no duplicates.
  std::vector<uint16_t> DocumentCountries() const {
    std::vector<uint16_t> out;
    auto add = [&](uint16_t c) {
      if (c != kNoCountry && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
    };
    auto add_iso = [&](std::string_view iso) {
      uint32_t ce = gaz_.CountryEntry(iso);
      if (ce != kNoIndex) add(gaz_.entry(ce).country);
    };
    if (doc_.article.country) add_iso(*doc_.article.country);
    for (const Cand& c : cands_) {
      if (c.senses.empty()) continue;
      if (c.synthetic) {  // the dateline: its most populous sense
        const GazName* best = &c.senses[0];
        for (const auto& n : c.senses)
          if (gaz_.entry(n.entry).population > gaz_.entry(best->entry).population) best = &n;
        add(gaz_.entry(best->entry).country);
        continue;
      }
      if (c.demonym) continue;  // "Irish pub", "Chinese goods": adjectives say little
      for (const auto& n : c.senses)
        if (gaz_.entry(n.entry).kind == EntryKind::kCountry) add(gaz_.entry(n.entry).country);
    }
    return out;
  }

  // Country context vetoes far-away minor senses: when the article's countries are known, a town
  // of under 100,000 people, a town known there only by an alternate spelling, or a division in
  // another country more than 2,500 km from every one of them is not what the article means
  // ("Kokang" in a report on Myanmar is not the village in East Nusa Tenggara; "Boni" in a note
  // on Mali is not Watampone, Sulawesi, whose alternate name it is). A country that another
  // name of the article could also lie in keeps its senses ("Rapides Parish" stays in Louisiana
  // beside an "Alexandria" that may be Egypt's). A name left with no sense becomes an
  // unresolved toponym when a cue says it is a place, and is dropped otherwise.
  void VetoForeignSenses() {
    std::vector<uint16_t> countries = DocumentCountries();
    if (countries.empty()) return;
    // (country, name hash) of every sense, to ask whether another name supports a country.
    std::vector<std::pair<uint16_t, uint64_t>> support;
    for (const Cand& c : cands_)
      for (const auto& n : c.senses)
        if (!(n.flags & kNameDemonym)) support.push_back({gaz_.entry(n.entry).country, c.hash});
    std::sort(support.begin(), support.end());
    support.erase(std::unique(support.begin(), support.end()), support.end());
    auto supported = [&](uint16_t country, uint64_t self) {
      auto lo = std::lower_bound(support.begin(), support.end(), std::pair<uint16_t, uint64_t>{country, 0});
      for (auto it = lo; it != support.end() && it->first == country; ++it)
        if (it->second != self) return true;
      return false;
    };
    std::vector<std::pair<float, float>> points;
    for (uint16_t c : countries) {
      uint32_t ce = gaz_.CountryEntryAt(c);
      if (ce != kNoIndex) points.push_back({gaz_.entry(ce).lat, gaz_.entry(ce).lon});
    }
    for (Cand& c : cands_) {
      if (c.senses.empty() || c.synthetic) continue;
      size_t before = c.senses.size();
      std::erase_if(c.senses, [&](const GazName& n) {
        const GazEntry& e = gaz_.entry(n.entry);
        if (std::find(countries.begin(), countries.end(), e.country) != countries.end()) return false;
        bool minor = false;
        switch (e.kind) {
          case EntryKind::kPlace:
            minor = e.population < 100000 || (!(n.flags & kNamePrimary) && e.population < 1000000);
            break;
          case EntryKind::kAdmin2: minor = true; break;
          case EntryKind::kAdmin1:  // with an explicit country hint, any foreign state
            minor = hint_entry_ != kNoIndex || (n.flags & kNameStripped) ||
                    !(n.flags & (kNamePrimary | kNameCode));
            break;
          default: return false;
        }
        if (!minor || supported(e.country, c.hash)) return false;
        for (const auto& [lat, lon] : points)
          if (HaversineKm(e.lat, e.lon, lat, lon) <= 2500) return false;
        return !points.empty();
      });
      if (c.senses.empty() && before > 0) {
        const Sentence& sent = doc_.sentences[c.sentence];
        std::string_view p1 = c.tb > sent.token_begin ? Norm(c.tb - 1) : std::string_view();
        bool strong = (c.cues & (kCueNear | kCueTown | kCueRegion | kCueHier)) || p1 == "in" || p1 == "at";
        if (strong && !IsPossessiveOrAge(c.name_te, sent)) c.unresolved = true;
      }
    }
  }

  // A known name placed by a distance or bearing from another ("Atara, 25 km from Niafunke")
  // whose chosen sense lies more than 150 km from that anchor, or said to lie in a region or
  // district that does not hold it, is another place of the same name that the gazetteer lacks:
  // it becomes an unresolved toponym, placed near the anchor or in the unit.
  void CheckAnchors() {
    for (size_t k = 0; k + 1 < cands_.size(); ++k) {
      Cand& c = cands_[k];
      if (c.unresolved || c.group < 0 || !(c.cues & (kCueHier | kCueUnitAfter)) || groups_[c.group].chosen < 0)
        continue;
      const Cand& a = cands_[k + 1];
      if (a.sentence != c.sentence || a.tb > c.te + 6 || a.unresolved || a.group < 0 ||
          groups_[a.group].chosen < 0)
        continue;
      const GazEntry& ce = gaz_.entry(groups_[c.group].senses[groups_[c.group].chosen].entry);
      const uint32_t unit = groups_[a.group].senses[groups_[a.group].chosen].entry;
      const GazEntry& ae = gaz_.entry(unit);
      // A town said to lie in a region or district it does not lie in ("Doma, in the Mopti
      // region" chose Doma, Nigeria) is another place of that name: unresolved, in that unit.
      if (ae.kind == EntryKind::kAdmin1 || ae.kind == EntryKind::kAdmin2) {
        if (!(c.cues & kCueUnitAfter) || ce.kind != EntryKind::kPlace || a.tb > c.te + 3) continue;
        bool inside = ae.kind == EntryKind::kAdmin1 ? ce.admin1 == unit : ce.admin2 == unit;
        if (!inside) c.unresolved = true;
        continue;
      }
      if (!(c.cues & kCueHier) || ae.kind != EntryKind::kPlace || ce.kind == EntryKind::kCountry) continue;
      if (HaversineKm(ce.lat, ce.lon, ae.lat, ae.lon) <= 150) continue;
      c.unresolved = true;
      c.cues |= kCueNear;
    }
  }

  // The article's main country: the hint, else the country most voted for by the chosen senses
  // (as in Resolve), the dateline and demonyms; kNoCountry when none.
  uint16_t MainCountry() const {
    if (hint_entry_ != kNoIndex) return gaz_.entry(hint_entry_).country;
    std::unordered_map<uint16_t, double> votes;
    for (const Group& g : groups_) {
      if (g.chosen < 0) continue;
      const GazEntry& e = gaz_.entry(g.senses[g.chosen].entry);
      if (e.country == kNoCountry) continue;
      votes[e.country] += (IsDemonymGroup(g) ? 0.5 : VoteWeight(g)) * static_cast<double>(g.members.size());
    }
    uint16_t best = kNoCountry;
    double best_v = 0;
    for (const auto& [c, v] : votes)
      if (v > best_v || (v == best_v && c < best)) {
        best = c;
        best_v = v;
      }
    return best;
  }

  // Places each unresolved toponym at the finest known unit named with it, the way ACLED codes
  // an unknown village (geo_precision 2 or 3): the known places that follow it closely in its
  // clause ("Kewa, circle of Djenne, Mopti Region"; "the village of X on the road linking Boni
  // and Douentza"), the finest first (a town: precision 2, near it; a second-, then first-level
  // division: 3, at its centroid; a country: 4); else the nearest town or division of its
  // sentence; else the article's main country (4). Places in another country than the article's
  // main one are passed over ("the town of Laukkai on Myanmar's border with China"). One with
  // nothing to place it at is dropped.
  void PlaceUnresolved() {
    uint16_t main = kNoCountry;
    bool main_done = false;
    auto rank = [&](const GazEntry& e) {
      switch (e.kind) {
        case EntryKind::kPlace: return 0;
        case EntryKind::kAdmin2: return 1;
        case EntryKind::kAdmin1: return 2;
        case EntryKind::kCountry: return 3;
        default: return 4;
      }
    };
    for (size_t k = 0; k < cands_.size(); ++k) {
      Cand& u = cands_[k];
      if (!u.unresolved) continue;
      if (!main_done) {
        main = MainCountry();
        main_done = true;
      }
      auto usable = [&](const Cand& c) -> const GazEntry* {
        if (c.unresolved || c.group < 0 || c.demonym || c.sentence != u.sentence) return nullptr;
        const Group& g = groups_[c.group];
        if (g.chosen < 0) return nullptr;
        const GazEntry& e = gaz_.entry(g.senses[g.chosen].entry);
        if (main != kNoCountry && e.country != main) return nullptr;
        return &e;
      };
      uint32_t best = kNoIndex;
      int best_rank = 99;
      // Close context after it: within 10 tokens, no clause break.
      for (size_t j = k + 1; j < cands_.size() && cands_[j].sentence == u.sentence; ++j) {
        const Cand& c = cands_[j];
        if (c.tb > u.te + 10) break;
        bool broken = false;
        for (uint32_t t = u.te; t < c.tb && !broken; ++t) {
          std::string_view n = Norm(t);
          broken = n == ";" || n == "." || n == "who" || n == "which" || n == "after" || n == "when";
        }
        if (broken) break;
        const GazEntry* e = usable(c);
        if (!e) continue;
        int r = rank(*e);
        if (r < best_rank && r < 4) {
          best_rank = r;
          best = groups_[c.group].senses[groups_[c.group].chosen].entry;
        }
      }
      // Only its hierarchy places a name known only from "in X, Y": nothing else says it is a place.
      if (best == kNoIndex && (u.cues & kCueHier)) continue;
      // Else the nearest town or division in the sentence.
      if (best == kNoIndex) {
        uint32_t best_d = UINT32_MAX;
        for (const Cand& c : cands_) {
          if (c.sentence != u.sentence) continue;
          const GazEntry* e = usable(c);
          if (!e || rank(*e) > 2) continue;
          uint32_t d = c.tb > u.tb ? c.tb - u.tb : u.tb - c.tb;
          if (d < best_d) {
            best_d = d;
            best = groups_[c.group].senses[groups_[c.group].chosen].entry;
            best_rank = rank(*e);
          }
        }
      }
      if (best == kNoIndex && main != kNoCountry) {
        for (const Cand& c : cands_)  // the country's entry from any mention, else by code
          if (c.group >= 0 && groups_[c.group].chosen >= 0) {
            uint32_t en = groups_[c.group].senses[groups_[c.group].chosen].entry;
            if (gaz_.entry(en).kind == EntryKind::kCountry && gaz_.entry(en).country == main) best = en;
          }
        if (best == kNoIndex) best = gaz_.CountryEntryAt(main);
        best_rank = 3;
      }
      if (best == kNoIndex) continue;
      u.place_entry = best;
      u.place_precision = best_rank == 0 ? 2 : best_rank <= 2 ? 3 : 4;
    }
  }

  // Whether entry e lies in (or is) division or country d.
  bool Contains(uint32_t d, uint32_t e) const {
    if (d == e) return true;
    const GazEntry& de = gaz_.entry(d);
    const GazEntry& ee = gaz_.entry(e);
    switch (de.kind) {
      case EntryKind::kCountry: return ee.country == de.country;
      case EntryKind::kAdmin1: return ee.admin1 == d;
      case EntryKind::kAdmin2: return ee.admin2 == d;
      default: return false;
    }
  }

  double Prior(const GazName& n, uint32_t cues) const {
    const GazEntry& e = gaz_.entry(n.entry);
    double s = std::log10(static_cast<double>(e.population) + 1.0);
    // Divisions and countries carry their members' summed population: discount it, so that
    // "Washington" is the capital and not the state by sheer numbers.
    if (e.kind == EntryKind::kAdmin1 || e.kind == EntryKind::kAdmin2 || e.kind == EntryKind::kCountry)
      s *= 0.8;
    std::string_view fc = gaz_.FeatureCode(e);
    switch (e.kind) {
      case EntryKind::kCountry: s += (n.flags & (kNamePrimary | kNameCode | kNameDemonym)) ? 8 : 5; break;
      case EntryKind::kAdmin1: s += 3; break;
      case EntryKind::kAdmin2: s += (n.flags & kNameSuffixed) ? 2.5 : 0.5; break;
      case EntryKind::kPlace:
        if (fc == "PPLC") s += 3.5;
        else if (fc == "PPLA") s += 1.5;
        else if (fc == "PPLA2") s += 0.7;
        break;
      default: break;
    }
    if (!(n.flags & (kNamePrimary | kNameCode | kNameDemonym))) s -= 1.5;
    if ((n.flags & kNameStripped) && !(cues & kCueRegion)) s -= 2;
    bool admin = e.kind == EntryKind::kAdmin1 || e.kind == EntryKind::kAdmin2;
    if (cues & kCueRegion) s += admin ? 4 : -3;
    if (cues & kCueTown) s += e.kind == EntryKind::kPlace ? 3 : -3;
    return s;
  }

  // A division named like a town inside it ("Kidal" region and town, "Bamako" district and
  // city): without a region cue the name means the town.
  double SameNameTownPenalty(const Group& g, const GazName& n) const {
    const GazEntry& e = gaz_.entry(n.entry);
    if ((e.kind != EntryKind::kAdmin1 && e.kind != EntryKind::kAdmin2) || (g.cues & kCueRegion)) return 0;
    if (linked_from_.count(g.hash)) return 0;  // "(Douentza, Mopti)": the parent slot
    for (const auto& o : g.senses)
      if ((o.flags & kNamePrimary) && gaz_.entry(o.entry).kind == EntryKind::kPlace &&
          Contains(n.entry, o.entry))
        return -4;
    return 0;
  }

  double Context(const Group& g, const GazName& n, const std::vector<double>& country_votes,
                 const Votes& admin_votes) const {
    const GazEntry& e = gaz_.entry(n.entry);
    double s = 0;
    if (e.country != kNoCountry) s += 2.0 * std::min(country_votes[e.country], 3.0);
    uint32_t a1 = e.admin1;
    if (a1 != kNoIndex && e.kind != EntryKind::kAdmin1) {
      double v = admin_votes.get(a1);
      if (v != 0) s += 2.5 * std::min(v, 2.0);
    }
    // Its county named too ("Huntsville" with "Walker County"): the strongest local evidence.
    uint32_t a2 = e.admin2;
    if (a2 != kNoIndex && e.kind != EntryKind::kAdmin2) {
      double v = admin_votes.get(a2);
      if (v != 0) s += 2.0 * std::min(v, 1.5);
    }
    if (e.kind == EntryKind::kAdmin1) {  // a state whose towns are named
      double v = admin_votes.get(n.entry);
      if (v != 0) s += 2.0 * std::min(v, 1.5);
    }
    // A division whose towns are named: "Walker County" with "Huntsville".
    if (e.kind == EntryKind::kAdmin2 || e.kind == EntryKind::kAdmin1) {
      double v = admin_votes.get(n.entry | 0x80000000u);
      if (v != 0) s += 2.0 * std::min(v, 1.5);
    }
    // Any sense of another name that is this sense's county (or a town of this county): names
    // that fit one hierarchy go together ("Richmond" and "Madison County", Kentucky).
    if (e.kind == EntryKind::kPlace && e.admin2 != kNoIndex) {
      if (OtherGroupHas(sense_groups_, e.admin2, GroupIndex(g))) s += 2.5;
    }
    if (e.kind == EntryKind::kAdmin2) {
      if (OtherGroupHas(member_groups_, n.entry, GroupIndex(g))) s += 2.5;
    }
    // Hierarchy: "X, Y" with Y a division or country containing this sense of X, or with this
    // sense (a division) containing a sense of the name linked to it.
    for (int m : g.members) {
      const Cand& c = cands_[m];
      if (c.link >= 0) {
        for (const auto& p : cands_[c.link].senses)
          if (p.entry != n.entry && Contains(p.entry, n.entry)) { s += 8; break; }
      }
    }
    auto lk = linked_from_.find(g.hash);
    if (lk != linked_from_.end()) {
      for (int m : lk->second)
        for (const auto& ch : cands_[m].senses)
          if (ch.entry != n.entry && Contains(n.entry, ch.entry)) { s += 3; goto done; }
    }
  done:
    return s;
  }

  void Vote(const GazName& n, double w, std::vector<double>* cv,
            Votes* av) const {
    const GazEntry& e = gaz_.entry(n.entry);
    if (e.country != kNoCountry) (*cv)[e.country] += w;
    if (e.kind == EntryKind::kAdmin1) av->add(n.entry, w);
    else if (e.admin1 != kNoIndex) av->add(e.admin1, w);
    if (e.kind == EntryKind::kAdmin2) av->add(n.entry, w);
    // Towns vote for their county (kept apart with the high bit: "a member is named").
    if (e.kind == EntryKind::kPlace && e.admin2 != kNoIndex) av->add(e.admin2 | 0x80000000u, w);
  }

  void Resolve() {
    std::unordered_map<uint64_t, int> by_hash;
    for (size_t k = 0; k < cands_.size(); ++k) {
      Cand& c = cands_[k];
      if (c.senses.empty()) continue;
      auto [it, fresh] = by_hash.emplace(c.hash, static_cast<int>(groups_.size()));
      if (fresh) {
        Group g;
        g.hash = c.hash;
        g.senses = std::span<const GazName>(c.senses);
        groups_.push_back(g);
      }
      c.group = it->second;
      groups_[c.group].members.push_back(static_cast<int>(k));
      groups_[c.group].cues |= c.cues;
      if (c.link >= 0) linked_from_[cands_[c.link].hash].push_back(static_cast<int>(k));
    }
    for (size_t gi = 0; gi < groups_.size(); ++gi) {
      for (const auto& n : groups_[gi].senses) {
        const GazEntry& e = gaz_.entry(n.entry);
        if (e.kind == EntryKind::kAdmin2) sense_groups_.push_back({n.entry, static_cast<int>(gi)});
        if (e.kind == EntryKind::kPlace && e.admin2 != kNoIndex)
          member_groups_.push_back({e.admin2, static_cast<int>(gi)});
      }
    }
    for (auto* m : {&sense_groups_, &member_groups_}) {
      std::sort(m->begin(), m->end());
      m->erase(std::unique(m->begin(), m->end()), m->end());
    }
    // Base context: the article's country hint, the actors' countries, the dateline.
    std::vector<double> base_cv(gaz_.country_count(), 0.0);
    Votes base_av;
    auto vote_country = [&](std::string_view iso, double w) {
      uint32_t ce = gaz_.CountryEntry(iso);
      if (ce != kNoIndex) base_cv[gaz_.entry(ce).country] += w;
    };
    if (doc_.article.country) vote_country(*doc_.article.country, 3.0);
    std::unordered_map<std::string, double> actor_w;
    for (const auto& a : doc_.actors)
      if (!a.country.empty()) actor_w[a.country] = std::min(actor_w[a.country] + 0.25, 1.0);
    for (const auto& [iso, w] : actor_w) vote_country(iso, w);
    for (const auto& c : cands_)
      if (c.demonym && !c.senses.empty()) {
        const GazEntry& e = gaz_.entry(c.senses[0].entry);
        if (e.country != kNoCountry) base_cv[e.country] += 0.5;
      }
    // Round 0: priors only. Rounds 1-2: priors + context from the other names' choices.
    for (int round = 0, changed = 1; round < 3 && changed; ++round) {
      changed = 0;
      std::vector<double> cv = base_cv;
      Votes av = base_av;
      if (round > 0) {
        for (const Group& g : groups_) {
          if (g.chosen < 0) continue;
          if (IsDemonymGroup(g)) continue;
          double w = VoteWeight(g);
          Vote(g.senses[g.chosen], w, &cv, &av);
        }
      }
      for (Group& g : groups_) {
        if (g.senses.size() == 1) {  // nothing to choose
          changed |= g.chosen != 0;
          g.chosen = 0;
          g.margin = 5.0;
          continue;
        }
        if (round == 0) g.priors.assign(g.senses.size(), 0.0);
        // Leave this group's own vote out of its context (taken out and put back in place).
        double own_w = 0;
        if (round > 0 && g.chosen >= 0) {
          own_w = VoteWeight(g);
          Vote(g.senses[g.chosen], -own_w, &cv, &av);
        }
        double best = -1e9, second = -1e9;
        int best_i = -1;
        for (size_t i = 0; i < g.senses.size(); ++i) {
          const GazName& n = g.senses[i];
          double s_near = 0;
          if ((n.flags & kNameDemonym) && !IsDemonymGroup(g)) continue;
          if (round > 0) s_near = Proximity(g, n);
          if (round == 0) g.priors[i] = Prior(n, g.cues) + SameNameTownPenalty(g, n);
          double s = s_near + g.priors[i] + (round > 0 ? Context(g, n, cv, av) : Context(g, n, base_cv, base_av));
          if (s > best) {
            second = best;
            best = s;
            best_i = static_cast<int>(i);
          } else if (s > second) {
            second = s;
          }
        }
        if (own_w != 0) Vote(g.senses[g.chosen], own_w, &cv, &av);
        changed |= g.chosen != best_i;
        g.chosen = best_i;
        g.margin = best_i < 0 ? 0 : (second < -1e8 ? 5.0 : best - second);
      }
    }
  }

  // Places named together lie near each other: a sense within 100 km (300 km) of another name's
  // chosen town or division scores higher. Country-level choices say nothing here.
  double Proximity(const Group& g, const GazName& n) const {
    const GazEntry& e = gaz_.entry(n.entry);
    if (e.kind == EntryKind::kCountry || e.kind == EntryKind::kOther) return 0;
    if (groups_.size() > 400) return 0;  // bounded work on pathological inputs
    double best = 0;
    for (const Group& h : groups_) {
      if (&h == &g || h.chosen < 0) continue;
      const GazEntry& o = gaz_.entry(h.senses[h.chosen].entry);
      if (o.kind == EntryKind::kCountry || o.kind == EntryKind::kOther || h.senses.size() > 50) continue;
      if (std::abs(o.lat - e.lat) > 3 || std::abs(o.lon - e.lon) > 4) continue;
      double km = HaversineKm(e.lat, e.lon, o.lat, o.lon);
      double w = std::min(1.0, 0.3 + h.margin / 3.0);
      if (km < 100) best = std::max(best, 2.5 * w);
      else if (km < 300) best = std::max(best, 1.5 * w);
    }
    return best;
  }

  // How much a name's chosen sense says about the article's country and region: confident
  // choices of reliable mentions (a preposition or feature cue, several words, a country, state
  // or city) count fully; a lone capitalised word that may be a surname or a common word counts
  // little, so that noise does not outvote the article's real places.
  double VoteWeight(const Group& g) const {
    double w = std::min(1.0, 0.3 + g.margin / 3.0);
    const GazName& n = g.senses[g.chosen];
    const GazEntry& e = gaz_.entry(n.entry);
    bool multiword = false;
    for (int m : g.members) multiword |= cands_[m].name_te - cands_[m].tb > 1;
    bool reliable = (g.cues & (kCuePrep | kCueTown | kCueRegion | kCueDateline)) || multiword ||
                    e.kind == EntryKind::kCountry || e.kind == EntryKind::kAdmin1 ||
                    e.population >= 100000 || g.members.size() >= 2 || linked_from_.count(g.hash);
    if (!reliable) w *= 0.25;
    if (g.cues & kCueDateline) w += 1.0;
    return w;
  }

  static bool OtherGroupHas(const std::vector<std::pair<uint32_t, int>>& m, uint32_t key, int self) {
    auto lo = std::lower_bound(m.begin(), m.end(), std::pair<uint32_t, int>{key, INT32_MIN});
    for (auto it = lo; it != m.end() && it->first == key; ++it)
      if (it->second != self) return true;
    return false;
  }

  int GroupIndex(const Group& g) const { return static_cast<int>(&g - groups_.data()); }

  bool IsDemonymGroup(const Group& g) const {
    for (const auto& n : g.senses)
      if (!(n.flags & kNameDemonym)) return false;
    return true;
  }

  void Emit() {
    doc_.places.clear();
    for (const Cand& c : cands_) {
      if (c.unresolved) {
        if (c.place_entry == kNoIndex) continue;
        const GazEntry& e = gaz_.entry(c.place_entry);
        PlaceMention p;
        p.span = {doc_.tokens[c.tb].span.start, doc_.tokens[c.te - 1].span.end};
        p.sentence = c.sentence;
        p.token_begin = c.tb;
        p.token_end = c.te;
        p.name = std::string(doc_.raw({doc_.tokens[c.tb].span.start, doc_.tokens[c.name_te - 1].span.end}));
        p.geonameid = 0;
        p.country = std::string(gaz_.iso3(e));
        if (e.admin1 != kNoIndex) p.admin1 = std::string(gaz_.name(gaz_.entry(e.admin1)));
        if (e.admin2 != kNoIndex) p.admin2 = std::string(gaz_.name(gaz_.entry(e.admin2)));
        p.feature_code = "unresolved";
        p.lat = e.lat;
        p.lon = e.lon;
        p.precision = c.place_precision;
        doc_.places.push_back(std::move(p));
        continue;
      }
      if (c.group < 0) continue;
      const Group& g = groups_[c.group];
      if (g.chosen < 0) continue;
      const GazName& n = g.senses[g.chosen];
      const GazEntry& e = gaz_.entry(n.entry);
      PlaceMention p;
      if (c.synthetic) {
        p.span = c.bytes;
      } else {
        p.span = {doc_.tokens[c.tb].span.start, doc_.tokens[c.te - 1].span.end};
      }
      // "Bamako-based": the place is the name part of the token.
      std::string_view raw = doc_.raw(p.span);
      if (c.te - c.tb == 1 && raw.size() > 6) {
        std::string folded = Fold(raw.substr(raw.size() - 6));
        if (folded == "-based") p.span.end -= 6;
      }
      p.sentence = c.sentence;
      p.token_begin = c.tb;
      p.token_end = c.te;
      p.name = std::string(gaz_.name(e));
      p.geonameid = e.geonameid;
      p.country = std::string(gaz_.iso3(e));
      if (e.admin1 != kNoIndex) p.admin1 = std::string(gaz_.name(gaz_.entry(e.admin1)));
      if (e.admin2 != kNoIndex) p.admin2 = std::string(gaz_.name(gaz_.entry(e.admin2)));
      p.feature_code = std::string(gaz_.FeatureCode(e));
      p.lat = e.lat;
      p.lon = e.lon;
      // A country adjective ("Malian soldiers", "the Chinese border") or the far side of a
      // border ("its border with China") says whose, not where.
      if (e.kind == EntryKind::kCountry && !c.synthetic) {
        std::string_view p1 = c.tb > 0 ? Norm(c.tb - 1) : std::string_view();
        std::string_view p2 = c.tb > 1 ? Norm(c.tb - 2) : std::string_view();
        p.modifier = c.demonym || ((p1 == "with" || p1 == "of") && IsBorderWord(p2)) || InsideLongerActor(p.span);
      }
      switch (e.kind) {
        case EntryKind::kCountry: p.precision = 4; break;
        case EntryKind::kAdmin1:
        case EntryKind::kAdmin2: p.precision = 3; break;
        case EntryKind::kPlace: p.precision = (c.cues & (kCueNear | kCuePartOf)) ? 2 : 1; break;
        default: p.precision = p.feature_code == "CONT" ? 4 : 2; break;
      }
      doc_.places.push_back(std::move(p));
    }
  }

  const Gazetteer& gaz_;
  Document& doc_;
  std::vector<Cand> cands_;
  std::vector<Group> groups_;
  std::unordered_map<uint64_t, std::vector<int>> linked_from_;
  std::vector<Span> blocking_;  // person/organisation actor spans (sorted, merged)
  std::vector<Span> actor_spans_;  // every actor mention's span (sorted, merged)
  uint32_t hint_entry_ = kNoIndex;  // the country entry of Article::country, if any
  // County entry -> groups with a sense that is that county / a town in that county.
  // Sorted (entry, group) pairs.
  std::vector<std::pair<uint32_t, int>> sense_groups_, member_groups_;
};

}  // namespace

void Geoparser::Process(Document& doc) const {
  Parse p(gaz_, doc);
  p.Run();
}

}  // namespace dateline::geo
