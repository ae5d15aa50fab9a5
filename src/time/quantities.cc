// Count-driven quantity recognition. Counts are rare tokens, so the recogniser scans the
// sentence for the start of a count (a bound word, a number, a vague count, "a"/"one" before a
// person noun), reads the count and the noun phrase after it, and then looks for the kind: first
// the noun itself ("dead", "deaths", "protesters"), then a predicate to the right ("were killed",
// "died", "killed and ..."), then an active verb to the left ("killing at least 12 ..."). A count
// joined to a neighbour by "and" takes the neighbour's kind ("killed 3 soldiers and 2 civilians").
#include "time/quantities.h"

#include <algorithm>
#include <string>

#include "time/token_view.h"

namespace dateline::time {
namespace {

enum Kind { kNoKind = 0, kKilled, kWounded, kAbducted, kArrested, kDisplaced, kParticipants };

const char* KindName(int k) {
  switch (k) {
    case kKilled: return "killed";
    case kWounded: return "wounded";
    case kAbducted: return "abducted";
    case kArrested: return "arrested";
    case kDisplaced: return "displaced";
    case kParticipants: return "participants";
  }
  return "";
}

template <size_t N>
bool In(std::string_view w, const std::string_view (&list)[N]) {
  for (auto x : list) if (x == w) return true;
  return false;
}

// Participles, adjectives and intransitive verbs that follow the counted people.
int PredicateKind(std::string_view w) {
  static constexpr std::string_view kKilledW[] = {"killed", "dead", "died", "slain", "perished",
                                                  "executed", "murdered", "beheaded", "massacred",
                                                  "assassinated", "lynched", "die", "succumbed",
                                                  "neutralised", "neutralized"};
  static constexpr std::string_view kWoundedW[] = {"wounded", "injured", "hurt", "maimed"};
  static constexpr std::string_view kAbductedW[] = {"abducted", "kidnapped", "seized", "captured",
                                                    "missing", "disappeared"};
  static constexpr std::string_view kArrestedW[] = {"arrested", "detained", "jailed",
                                                    "apprehended", "held", "imprisoned"};
  static constexpr std::string_view kDisplacedW[] = {"displaced", "fled", "evacuated", "uprooted"};
  static constexpr std::string_view kProtestW[] = {"protested", "demonstrated", "marched",
                                                   "rallied", "gathered", "took"};
  if (In(w, kKilledW)) return kKilled;
  if (In(w, kWoundedW)) return kWounded;
  if (In(w, kAbductedW)) return kAbducted;
  if (In(w, kArrestedW)) return kArrested;
  if (In(w, kDisplacedW)) return kDisplaced;
  if (In(w, kProtestW)) return kParticipants;
  return kNoKind;
}

// Active verbs whose object is the counted people.
int ObjectVerbKind(std::string_view w) {
  static constexpr std::string_view kKilledW[] = {
      "killed", "killing", "kill", "kills", "executed", "executing", "massacred", "murdered",
      "murdering", "slaughtered", "claimed", "claiming", "beheaded", "left", "leaving",
      "assassinated", "assassinating", "assassinate", "lynched", "neutralised", "neutralized",
      "neutralising", "neutralizing"};
  static constexpr std::string_view kWoundedW[] = {"wounded", "wounding", "injured", "injuring",
                                                   "wound", "injure", "wounds", "injures"};
  static constexpr std::string_view kAbductedW[] = {"abducted", "abducting", "kidnapped",
                                                    "kidnapping", "abduct", "kidnap", "abducts",
                                                    "kidnaps"};
  static constexpr std::string_view kArrestedW[] = {"arrested", "arresting", "detained",
                                                    "detaining", "arrest", "detain", "arrests",
                                                    "apprehended", "nabbed"};
  static constexpr std::string_view kDisplacedW[] = {"displaced", "displacing", "displace",
                                                     "uprooted"};
  if (In(w, kKilledW)) return kKilled;
  if (In(w, kWoundedW)) return kWounded;
  if (In(w, kAbductedW)) return kAbducted;
  if (In(w, kArrestedW)) return kArrested;
  if (In(w, kDisplacedW)) return kDisplaced;
  return kNoKind;
}

// Head nouns that carry the kind themselves.
int NounKind(std::string_view w) {
  static constexpr std::string_view kKilledN[] = {"dead", "deaths", "death", "fatalities",
                                                  "bodies", "corpses", "lives", "killed", "body",
                                                  "corpse"};
  static constexpr std::string_view kWoundedN[] = {"wounded", "injured", "injuries"};
  static constexpr std::string_view kAbductedN[] = {"hostages", "hostage", "abductees"};
  static constexpr std::string_view kArrestedN[] = {"arrests", "detainees"};
  static constexpr std::string_view kDisplacedN[] = {"refugees", "idps", "displaced"};
  static constexpr std::string_view kProtestN[] = {"protesters", "protestors", "demonstrators",
                                                   "marchers", "rioters", "strikers"};
  if (In(w, kKilledN)) return kKilled;
  if (In(w, kWoundedN)) return kWounded;
  if (In(w, kAbductedN)) return kAbducted;
  if (In(w, kArrestedN)) return kArrested;
  if (In(w, kDisplacedN)) return kDisplaced;
  if (In(w, kProtestN)) return kParticipants;
  return kNoKind;
}

bool IsPersonNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "soldier", "civilian", "man", "woman", "child", "boy", "girl", "policeman", "officer",
      "gendarme", "guard", "peacekeeper", "militant", "fighter", "rebel", "jihadist", "person",
      "villager", "farmer", "herder", "herdsman", "teacher", "student", "driver", "trader",
      "chief", "leader", "commander", "member", "journalist", "worker", "doctor", "nurse",
      "priest", "imam", "official", "mayor", "councillor", "shepherd", "merchant", "passenger",
      "attacker", "assailant", "suspect", "protester", "demonstrator", "policewoman", "cop",
      "pilot", "contractor", "employee", "resident", "customs", "elder", "youth", "baby",
      "infant", "gunman", "bomber", "militiaman", "hunter", "national", "citizen", "notable",
      "councilman", "guide", "agent", "herdsman", "marabout", "son", "father", "brother",
      "husband", "wife", "secretary", "occupant", "informer", "assistant", "deputy", "head",
      "colonel", "captain", "lieutenant", "sergeant", "general", "element", "combatant",
      "bodyguard", "escort", "chauffeur", "cousin", "nephew", "uncle", "daughter", "mother",
      "sister", "relative", "companion", "friend", "businessman", "businesswoman"};
  return In(w, kNouns);
}

bool IsAnimalOrThing(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "sheep", "cattle", "livestock", "cows", "cow", "camels", "camel", "goats", "goat",
      "animals", "animal", "heads", "donkeys", "horses", "oxen", "vehicles", "vehicle", "huts",
      "houses", "shops", "motorbikes", "motorcycles", "trucks", "cars", "weapons", "rounds",
      "shells", "rockets", "mortars", "kilometres", "kilometers", "km", "kms", "villages",
      "ied", "ieds", "mine", "mines", "device", "devices", "bomb", "bombs", "explosive",
      "explosives", "camp", "base", "position", "positions", "motorbike", "motorcycle", "truck",
      "car", "pickup", "pick-up", "pirogue", "cart", "bus", "buses", "boat", "boats", "taxi",
      "taxis", "robbery", "theft", "attack", "ambush", "raid", "operation", "incident",
      "dispute", "mission", "convoy", "patrol", "market", "village", "town", "house", "home",
      "checkpoint", "post", "explosion", "blast"};
  return In(w, kWords);
}

bool NounPhraseWord(const TokView& t);

// NounPhraseWord at v[p], where a past-tense form ("armed", "suspected") counts only as a
// pre-modifier, i.e. when another noun-phrase word follows it.
bool NounPhraseWordAt(const std::vector<TokView>& v, size_t p) {
  // Participles used as adjectives: "wounded soldiers", "displaced people".
  if ((v[p].is("wounded") || v[p].is("injured") || v[p].is("displaced")) && p + 1 < v.size() &&
      NounPhraseWord(v[p + 1]) && !LooksPastTense(v[p + 1].key))
    return true;
  if (!NounPhraseWord(v[p])) return false;
  // "shot dead", "found dead": a predicate, not a pre-modifier.
  if (p + 1 < v.size() && v[p + 1].is("dead") && !v[p].capital() && LooksPastTense(v[p].key))
    return false;
  if (!v[p].capital() && LooksPastTense(v[p].key))
    return p + 1 < v.size() && NounPhraseWord(v[p + 1]) && !LooksPastTense(v[p + 1].key);
  return true;
}

// Words that can sit in the counted noun phrase ("three French soldiers", "12 other civilians").
bool NounPhraseWord(const TokView& t) {
  if (!t.word()) return false;
  static constexpr std::string_view kStop[] = {
      "were", "was", "are", "is", "have", "has", "had", "been", "be", "and", "or", "who", "that",
      "which", "in", "on", "at", "by", "from", "with", "to", "during", "after", "before", "when",
      "while", "as", "for", "the", "a", "an", "of", "reportedly", "also", "allegedly", "including",
      "among", "into", "near", "but", "not", "all", "while", "since", "over", "per", "each",
      "those", "these", "this", "they", "he", "she", "it", "them", "his", "her", "their", "its",
      "after", "amid", "amidst", "following", "during", "between", "against", "aboard",
      "inside", "outside", "under", "&", "including", "whose", "whom", "where"};
  if (In(t.key, kStop)) return false;
  if (PredicateKind(t.key) != kNoKind && !NounKind(t.key)) return false;
  if (ObjectVerbKind(t.key) != kNoKind) return false;
  if (t.w.cls == WordClass::kUnit || t.w.cls == WordClass::kMonth ||
      t.w.cls == WordClass::kWeekday)
    return false;
  return true;
}

struct Group {
  size_t b = 0, e = 0;        // the whole mention, count through noun phrase
  size_t np_b = 0, np_e = 0;  // the noun phrase
  size_t who_b = 0;           // where the written side starts ("its members")
  int64_t low = -1, best = -1, high = -1;
  int kind = kNoKind;
  bool kind_from_left = false, kind_from_right = false;
  bool cumulative = false;
};

class Recogniser {
 public:
  Recogniser(const std::vector<TokView>& v, const std::vector<bool>& in_time)
      : v_(v), in_time_(in_time) {}

  void Run(std::vector<Group>* groups) {
    for (size_t i = 0; i < v_.size();) {
      Group g;
      if (!in_time_[i] && Count(i, &g)) {
        NounPhrase(&g);
        groups->push_back(g);
        i = g.e > i ? g.e : i + 1;
      } else {
        ++i;
      }
    }
    for (auto& g : *groups) Classify(&g);
    // Coordination: "killed 3 soldiers and 2 civilians", "3 soldiers and 2 civilians were killed".
    for (size_t a = 0; a + 1 < groups->size(); ++a) {
      Group& x = (*groups)[a];
      Group& y = (*groups)[a + 1];
      bool joined = y.b == x.e + 1 && (v_[x.e].is("and") || v_[x.e].is(",") || v_[x.e].is("&"));
      if (!joined) continue;
      if (y.kind == kNoKind && x.kind_from_left) y.kind = x.kind;
    }
    for (size_t a = groups->size(); a-- > 1;) {
      Group& y = (*groups)[a];
      Group& x = (*groups)[a - 1];
      bool joined = y.b == x.e + 1 && (v_[x.e].is("and") || v_[x.e].is(",") || v_[x.e].is("&"));
      if (joined && x.kind == kNoKind && y.kind_from_right) {
        x.kind = y.kind;
        x.kind_from_right = true;
      }
    }
    SingularVictims(groups);
    AnaphoricVictims(groups);
  }

  // People counted earlier in the sentence and then killed under another name: "abducted four
  // men in Sewere, they were executed", "arrested six men, the corpses of those arrested were
  // found", "stopped a vehicle carrying four traders, the occupants were robbed and executed".
  // The count of the nearest earlier group that is not already a toll is theirs.
  void AnaphoricVictims(std::vector<Group>* groups) {
    size_t n = v_.size();
    std::vector<Group> added;
    for (size_t p = 1; p + 2 < n; ++p) {
      if (!v_[p - 1].is(",") && !v_[p - 1].is("and") && !v_[p - 1].is(";")) continue;
      size_t a = p, subject_end = 0;
      bool bodies = false;
      if (v_[a].is("the") && a + 2 < n &&
          (v_[a + 1].is("corpses") || v_[a + 1].is("bodies") || v_[a + 1].is("remains")) &&
          v_[a + 2].is("of")) {
        bodies = true;
        a += 3;
      }
      if (v_[a].is("they") && !bodies) {
        subject_end = a + 1;
      } else if (v_[a].is("those") && a + 1 < n && !v_[a + 1].capital() &&
                 LooksPastTense(v_[a + 1].key)) {
        subject_end = a + 2;  // "those arrested"
      } else if (v_[a].is("the") && a + 1 < n &&
                 (v_[a + 1].is("occupants") || v_[a + 1].is("victims") ||
                  v_[a + 1].is("hostages") || v_[a + 1].is("captives") ||
                  v_[a + 1].is("detainees") || v_[a + 1].is("abductees") ||
                  v_[a + 1].is("passengers"))) {
        subject_end = a + 2;
      }
      if (!subject_end) continue;
      // The predicate: the bodies "were found"; the others "were ... executed|killed".
      bool killed = false;
      size_t e = subject_end;
      if (e < n && (v_[e].is("were") || v_[e].is("had"))) {
        for (size_t k = e + 1; k < n && k < e + 9; ++k) {
          if (v_[k].is(",") || v_[k].is(";") || v_[k].num >= 0 ||
              v_[k].w.cls == WordClass::kNumber)
            break;
          if (PredicateKind(v_[k].key) == kKilled || (bodies && v_[k].is("found"))) {
            killed = true;
            e = k + 1;
            break;
          }
        }
      }
      if (!killed) continue;
      const Group* antecedent = nullptr;
      for (const auto& g : *groups)
        if (g.e <= p && g.best > 1 && g.np_e > g.np_b && (!antecedent || g.b > antecedent->b))
          antecedent = &g;
      if (!antecedent || antecedent->kind == kKilled || antecedent->kind == kWounded ||
          antecedent->kind == kParticipants || antecedent->kind == kDisplaced)
        continue;
      if (antecedent->np_e > antecedent->np_b &&
          IsAnimalOrThing(v_[antecedent->np_e - 1].key))
        continue;
      Group g;
      g.b = g.np_b = g.who_b = p;
      g.e = g.np_e = subject_end;
      g.low = antecedent->low;
      g.best = antecedent->best;
      g.high = antecedent->high;
      g.kind = kKilled;
      added.push_back(g);
      p = e;
    }
    for (auto& g : added) groups->push_back(g);
    std::sort(groups->begin(), groups->end(),
              [](const Group& x, const Group& y) { return x.b < y.b; });
  }

  // Victims written without a number: "assassinated the imam of Toupere", "killed a guide and
  // his three sons", "the mayor was killed", "he later succumbed to his wounds" -> 1 each.
  void SingularVictims(std::vector<Group>* groups) {
    size_t n = v_.size();
    auto group_at = [&](size_t b) -> Group* {
      for (auto& g : *groups) if (g.b == b) return &g;
      return nullptr;
    };
    auto killed_near = [&](size_t b, size_t e) {
      for (const auto& g : *groups)
        if (g.kind == kKilled && g.e + 8 >= b && g.b <= e) return true;
      return false;
    };
    std::vector<Group> added;
    for (size_t p = 0; p < n; ++p) {
      const TokView& t = v_[p];
      if (in_time_[p]) continue;
      // Active: VERB [dead | to death] DET NP (and DET NP)*
      size_t obj = 0;
      bool active = ObjectVerbKind(t.key) == kKilled && !t.is("left") && !t.is("leaving") &&
                    !t.is("claimed") && !t.is("claiming") && !Passive(p);
      if (t.is("shot") && p + 1 < n && v_[p + 1].is("dead")) { active = !Passive(p); obj = p + 2; }
      if ((t.is("shot") || t.is("stabbed") || t.is("beaten")) && p + 2 < n && v_[p + 1].is("to") &&
          v_[p + 2].is("death")) {
        active = !Passive(p);
        obj = p + 3;
      }
      if (active && Attempted(p)) active = false;
      // "militants who previously had executed an informer": an earlier killing, not this one.
      if (active && Pluperfect(p)) active = false;
      if (active) {
        if (!obj) obj = p + 1;
        while (obj < n) {
          if (Group* g = group_at(obj)) {  // "killed a guide and 2 others": counted already
            if (g->np_e > g->np_b && IsAnimalOrThing(v_[g->np_e - 1].key)) break;
            if (g->kind == kNoKind) g->kind = kKilled;
            obj = g->np_e;
          } else if (obj < n && (v_[obj].is("him") || v_[obj].is("her"))) {
            Group g;
            g.b = g.np_b = g.who_b = obj;
            g.e = g.np_e = obj + 1;
            g.low = g.best = g.high = 1;
            g.kind = kKilled;
            added.push_back(g);
            obj = g.np_e;
          } else if (obj < n && v_[obj].word() && !IsSingularDeterminer(v_[obj]) &&
                     SingularHead(obj) && PersonBeforeName(obj, std::min(NpEnd(obj), n))) {
            // "shot and killed MOC commander Saloum ...", "executed Imouchag notable"
            Group g;
            g.b = g.np_b = g.who_b = obj;
            g.e = g.np_e = NpEnd(obj);
            g.low = g.best = g.high = 1;
            g.kind = kKilled;
            added.push_back(g);
            obj = g.np_e;
          } else if (obj + 1 < n && IsSingularDeterminer(v_[obj]) && SingularHead(obj + 1)) {
            Group g;
            g.b = obj;
            g.np_b = g.who_b = obj + 1;
            g.e = g.np_e = NpEnd(obj + 1);
            g.low = g.best = g.high = 1;
            g.kind = kKilled;
            added.push_back(g);
            obj = g.np_e;
          } else {
            break;
          }
          // "of the voting office", "with his driver and bodyguard"
          // "of the Ikorchatan (Bellah) community"
          for (int rounds = 0; rounds < 3 && obj + 1 < n; ++rounds) {
            if (v_[obj].is("of") || v_[obj].is("in")) {
              obj = NpEnd(obj + 2);
            } else if (v_[obj].is("(")) {
              size_t close = obj + 1;
              while (close < n && close < obj + 10 && !v_[close].is(")")) ++close;
              if (close >= n || !v_[close].is(")")) break;
              obj = close + 1;
              if (obj < n && v_[obj].word() && !v_[obj].is("and") && !v_[obj].is("with"))
                obj = std::max(obj, NpEnd(obj));
            } else {
              break;
            }
          }
          if (obj + 1 < n && v_[obj].is(",")) {
            ++obj;
            // "killed a member of the militia, his son and ..."
            if ((v_[obj].is("his") || v_[obj].is("her")) && obj + 1 < n &&
                !group_at(obj + 1) && SingularHead(obj + 1))
              continue;
          }
          if (obj + 1 < n && (v_[obj].is("and") || v_[obj].is("with"))) {
            ++obj;
            if (obj < n && (v_[obj].is("his") || v_[obj].is("her") || v_[obj].is("their")) &&
                obj + 1 < n && !group_at(obj + 1) && SingularHead(obj + 1)) {
              continue;  // "and his driver": another singular victim
            }
            if (obj < n && (v_[obj].is("his") || v_[obj].is("her") || v_[obj].is("their")))
              ++obj;
            continue;
          }
          break;
        }
        continue;
      }
      // Passive singular: "the mayor was killed", "he was later found dead".
      bool pred = t.is("killed") || t.is("assassinated") || t.is("executed") || t.is("died") ||
                  t.is("lynched") || t.is("murdered") || t.is("beheaded") ||
                  (t.is("dead") && p > 0 && (v_[p - 1].is("found") || v_[p - 1].is("shot"))) ||
                  t.is("succumbed");
      if (!pred) continue;
      bool singular = false;
      if (t.is("died") || t.is("succumbed")) {
        singular = p + 3 < n && v_[p + 1].is("to") && (v_[p + 2].is("his") || v_[p + 2].is("her"));
        for (size_t k = p; k-- > 0 && k + 3 > p;) {
          if (v_[k].is("he") || v_[k].is("she") || v_[k].is("who")) { singular = true; break; }
          if (!(v_[k].is("later") || v_[k].is("reportedly") || v_[k].is("subsequently"))) break;
        }
      } else {
        for (size_t k = p; k-- > 0 && k + 4 > p;) {
          if (v_[k].is("was")) { singular = true; break; }
          if (!(v_[k].is("reportedly") || v_[k].is("later") || v_[k].is("also") ||
                v_[k].is("found") || v_[k].is("shot") || v_[k].is("allegedly")))
            break;
        }
      }
      for (size_t k = p >= 5 ? p - 5 : 0; k < p; ++k)
        if (v_[k].is("no") || v_[k].is("nobody") || v_[k].is("none") || v_[k].is("not") ||
            v_[k].is("n't"))
          singular = false;
      if (!singular || killed_near(p, p)) continue;
      for (const auto& a : added) if (a.e + 8 >= p && a.b <= p) singular = false;
      if (!singular) continue;
      Group g;
      g.b = p;
      g.e = g.np_b = g.np_e = g.who_b = p + 1;
      g.low = g.best = g.high = 1;
      g.kind = kKilled;
      added.push_back(g);
    }
    Headline(groups, &added);
    for (auto& g : added) groups->push_back(g);
    std::sort(groups->begin(), groups->end(), [](const Group& a, const Group& b) { return a.b < b.b; });
  }

  // Telegraphic notes with bare nouns: "Malian army officer killed by unknown gunmen",
  // "Forest guard and his guide killed ...": one victim per singular head.
  void Headline(std::vector<Group>* groups, std::vector<Group>* added) {
    size_t n = v_.size();
    size_t p = 0;
    for (size_t k = 0; k < n && k < 4; ++k)
      if (v_[k].is(":")) p = k + 1;
    if (p >= n || !v_[p].word() || !v_[p].capital() || IsSingularDeterminer(v_[p]) ||
        v_[p].w.cls != WordClass::kNone)
      return;
    for (const auto& g : *groups) if (g.b <= p + 1) return;
    std::vector<Group> heads;
    while (p < n) {
      size_t e = NpEnd(p);
      if (e == p || !SingularHead(p)) return;
      Group g;
      g.b = g.np_b = g.who_b = p;
      g.e = g.np_e = e;
      g.low = g.best = g.high = 1;
      g.kind = kKilled;
      heads.push_back(g);
      p = SkipPostModifiers(e);
      if (p + 1 < n && v_[p].is("and") && (v_[p + 1].is("his") || v_[p + 1].is("her"))) {
        p += 2;
        continue;
      }
      break;
    }
    while (p < n && (v_[p].is("reportedly") || v_[p].is("allegedly"))) ++p;
    if (p >= n) return;
    bool killed = v_[p].is("killed") || v_[p].is("assassinated") || v_[p].is("executed") ||
                  v_[p].is("beheaded") || v_[p].is("murdered") || v_[p].is("lynched") ||
                  ((v_[p].is("shot") || v_[p].is("found")) && p + 1 < n && v_[p + 1].is("dead"));
    if (!killed) return;
    // Active use ("Gunmen killed a ...") has an object right after the verb.
    size_t after = v_[p].is("shot") || v_[p].is("found") ? p + 2 : p + 1;
    if (after < n && (IsSingularDeterminer(v_[after]) || v_[after].num >= 0 ||
                      v_[after].w.cls == WordClass::kNumber || v_[after].capital() ||
                      PersonBeforeName(after, std::min(NpEnd(after), n))))
      return;
    for (auto& h : heads) added->push_back(h);
  }

  bool Cumulative(const Group& g) const {
    // "has seen 180 of its members killed"
    for (size_t k = g.b >= 3 ? g.b - 3 : 0; k < g.b; ++k)
      if (v_[k].is("seen") && k > 0 && (v_[k - 1].is("has") || v_[k - 1].is("have"))) return true;
    // Present perfect with a running-total adverbial anywhere in the sentence.
    bool perfect = false, total = false;
    size_t lo = g.b >= 6 ? g.b - 6 : 0, hi = std::min(v_.size(), g.e + 6);
    for (size_t k = lo; k < hi; ++k)
      if (v_[k].is("has") || v_[k].is("have")) perfect = true;
    for (size_t k = 0; k < v_.size(); ++k) {
      if (v_[k].is("since") || (v_[k].is("so") && k + 1 < v_.size() && v_[k + 1].is("far")) ||
          (v_[k].is("to") && k + 1 < v_.size() && v_[k + 1].is("date")) || v_[k].is("total") ||
          v_[k].is("altogether") || v_[k].is("cumulative"))
        total = true;
    }
    if (perfect && total) return true;
    return TallyPhrase(g) || ConflictToll(g) || Grievance(g) || PeriodToll(g);
  }

  // "militants who had executed an informer", "previously had killed": a killing before the
  // event's. A reported one ("claimed that they had killed four") is the event's own.
  bool Pluperfect(size_t p) const {
    bool adverb = false;
    for (size_t k = p; k-- > 0 && k + 4 > p;) {
      if (v_[k].is("had")) {
        size_t j = k;
        while (j > 0 && (v_[j - 1].is("previously") || v_[j - 1].is("earlier"))) --j;
        return adverb || (j > 0 && (v_[j - 1].is("who") || v_[j - 1].is("which")));
      }
      if (!(v_[k].is("previously") || v_[k].is("earlier") || v_[k].is("already"))) break;
      adverb = true;
    }
    return false;
  }

  // A toll over a period, not an incident's: "more than 300 dead in three days", "killed over
  // the past week", "during the last six days".
  bool PeriodToll(const Group& g) const {
    size_t n = v_.size();
    for (size_t k = g.e; k + 2 < n && k < g.e + 5; ++k) {
      if (!(v_[k].is("in") || v_[k].is("over") || v_[k].is("during") || v_[k].is("within")))
        continue;
      size_t p = k + 1;
      if (p < n && v_[p].is("the")) ++p;
      if (p < n && (v_[p].is("past") || v_[p].is("last") || v_[p].is("previous"))) ++p;
      int64_t num;
      size_t after;
      if (p < n && ParseNumberAt(v_, p, &num, &after) && num > 1) p = after;
      else if (p < n && (v_[p].is("few") || v_[p].is("several"))) ++p;
      else return false;
      return p < n && v_[p].w.cls == WordClass::kUnit && v_[p].w.plural &&
             v_[p].w.value >= kUnitDay;
    }
    return false;
  }

  // The killing an event avenges is an earlier one: "in revenge for the killing of one of their
  // colleagues", "in retaliation for the deaths of two herders".
  bool Grievance(const Group& g) const {
    for (size_t k = g.b, steps = 0; k-- > 0 && steps < 7; ++steps) {
      if (v_[k].is("revenge") || v_[k].is("retaliation") || v_[k].is("reprisal") ||
          v_[k].is("reprisals") || v_[k].is("avenge") || v_[k].is("avenging"))
        return true;
      if (v_[k].is(",") || v_[k].is(";") || v_[k].num >= 0) return false;
    }
    return false;
  }

  // "bringing the death toll to 150", "raising the number of dead to 45": a running total.
  bool TallyPhrase(const Group& g) const {
    if (g.b < 2 || !v_[g.b - 1].is("to")) return false;
    static constexpr std::string_view kRaise[] = {"bringing", "brings", "brought", "bring",
                                                  "raising", "raises", "raised", "taking",
                                                  "takes", "took", "pushing", "pushes", "pushed"};
    static constexpr std::string_view kTally[] = {"toll", "total", "tally", "number", "count"};
    bool tally = false;
    for (size_t k = g.b - 1; k-- > 0 && k + 7 > g.b;) {
      if (In(v_[k].key, kTally)) tally = true;
      if (In(v_[k].key, kRaise)) return tally;
    }
    return false;
  }

  // A war's toll, not an incident's: the subject of the killing verb before the count is a war
  // or a conflict ("the war has killed tens of thousands", "a conflict that has left 10,000
  // dead", "the insurgency, which killed ..."), or the count was killed in one ("10,000 people
  // have been killed in the war"). "Fighting" and "violence" name incidents as often as wars:
  // they count only with a present perfect ("violence has killed 300 people").
  bool ConflictToll(const Group& g) const {
    static constexpr std::string_view kWar[] = {"war",        "wars",     "conflict", "conflicts",
                                                "insurgency", "rebellion", "uprising", "crisis",
                                                "jihad",      "occupation"};
    static constexpr std::string_view kStrife[] = {"fighting", "violence", "unrest", "clashes",
                                                   "hostilities"};
    static constexpr std::string_view kTollVerb[] = {"killed", "kill", "killing", "left",
                                                     "claimed", "cost", "caused"};
    size_t n = v_.size();
    if (g.b >= 2 && In(v_[g.b - 1].key, kTollVerb)) {
      size_t s = g.b - 1;  // the verb; walk left to its subject
      bool perfect = false;
      while (s > 0 && (v_[s - 1].is("already") || v_[s - 1].is("reportedly"))) --s;
      if (s > 0 && (v_[s - 1].is("has") || v_[s - 1].is("have") || v_[s - 1].is("had"))) {
        perfect = !v_[s - 1].is("had");
        --s;
      }
      while (s > 0 && (v_[s - 1].is("so") || v_[s - 1].is("far"))) --s;
      if (s > 0 && (v_[s - 1].is("which") || v_[s - 1].is("that"))) {
        --s;
        if (s > 0 && v_[s - 1].is(",")) --s;
      }
      auto subject_is = [&](size_t k) {
        return In(v_[k].key, kWar) || (perfect && In(v_[k].key, kStrife));
      };
      // The subject's head, past names and prepositions after it: "the war in Sudan has".
      static constexpr std::string_view kSkip[] = {"in", "of", "the", "a", "an", "on", "against",
                                                   "its", "their", "this", "'s", "-"};
      for (size_t k = s, steps = 0; k > 0 && steps < 6; --k, ++steps) {
        if (subject_is(k - 1)) return true;
        if (!v_[k - 1].capital() && !In(v_[k - 1].key, kSkip)) break;
      }
      // "The war ... broke out in April 2023 and has killed ...": the subject of the sentence.
      if (s > 0 && v_[s - 1].is("and"))
        for (size_t k = 0; k < s - 1 && k < 4; ++k)
          if (subject_is(k)) return true;
    }
    // "... have been killed in the war", "... died during the conflict".
    for (size_t k = g.e; k + 2 < n && k < g.e + 4; ++k) {
      if (!(v_[k].is("killed") || v_[k].is("died") || v_[k].is("dead"))) continue;
      size_t p = k + 1;
      if (!(v_[p].is("in") || v_[p].is("during") || v_[p].is("since"))) return false;
      ++p;
      if (p < n && (v_[p].is("the") || v_[p].is("this") || v_[p].is("a"))) ++p;
      return p < n && In(v_[p].key, kWar);
    }
    return false;
  }

 private:
  // Skips what may sit between a counted noun phrase and its predicate: "of the Dogon
  // community", "aboard a motorbike taxi", "(members of the CMA)". Returns p unchanged when
  // nothing is skipped.
  size_t SkipPostModifiers(size_t p) const {
    size_t n = v_.size();
    size_t q = p;
    for (int rounds = 0; rounds < 3 && q < n; ++rounds) {
      if (v_[q].is("(")) {
        size_t close = q + 1;
        while (close < n && close < q + 10 && !v_[close].is(")")) ++close;
        if (close >= n || !v_[close].is(")")) break;
        q = close + 1;
        continue;
      }
      if (v_[q].is("including") || v_[q].is("incl")) {
        // "six people including women", "two militiamen including an officer"
        size_t r = q + 1;
        for (int items = 0; items < 4 && r < n; ++items) {
          if (IsSingularDeterminer(v_[r]) || v_[r].num >= 0 || v_[r].w.cls == WordClass::kNumber) ++r;
          size_t e = NpEnd(r);
          if (e == r) break;
          r = e;
          if (r + 1 < n && (v_[r].is("and") || v_[r].is(",") || v_[r].is("&"))) { ++r; continue; }
          break;
        }
        if (r == q + 1) break;
        q = r;
        continue;
      }
      // ", accused of being robbers,", ", most of whom were traders,": an aside between commas
      // that a finite verb follows.
      if (v_[q].is(",") && q + 1 < n) {
        const TokView& a = v_[q + 1];
        bool aside = (a.word() && !a.capital() && LooksPastTense(a.key)) || a.is("most") ||
                     a.is("some") || a.is("many") || a.is("all") || a.is("mostly") ||
                     a.is("who") || a.is("whom") || a.is("both");
        size_t close = q + 2;
        while (aside && close < n && close < q + 14 && !v_[close].is(",") && !v_[close].is(";"))
          ++close;
        if (!aside || close + 1 >= n || !v_[close].is(",") ||
            !(v_[close + 1].is("were") || v_[close + 1].is("was") || v_[close + 1].is("had") ||
              v_[close + 1].is("have") || v_[close + 1].is("are")))
          break;
        q = close + 1;
        continue;
      }
      // "working for the ICRC", "travelling to Gao": a present participle and its object.
      if (v_[q].word() && !v_[q].capital() && v_[q].key.size() > 5 &&
          v_[q].key.substr(v_[q].key.size() - 3) == "ing" && ObjectVerbKind(v_[q].key) == kNoKind &&
          q + 1 < n && (v_[q + 1].is("for") || v_[q + 1].is("to") || v_[q + 1].is("in") ||
                        v_[q + 1].is("at") || v_[q + 1].is("with") || v_[q + 1].is("from"))) {
        ++q;
        continue;
      }
      if (v_[q].is("of") || v_[q].is("from") || v_[q].is("aboard") || v_[q].is("among") ||
          v_[q].is("at") || v_[q].is("in") || v_[q].is("for") || v_[q].is("on") ||
          v_[q].is("to") || v_[q].is("with")) {
        size_t r = q + 1;
        if (r < n && (IsSingularDeterminer(v_[r]) || v_[r].is("their") || v_[r].is("its"))) ++r;
        size_t e = NpEnd(r);
        if (e == r) break;
        q = e;
        continue;
      }
      break;
    }
    return q;
  }

  // A person noun heads [b, e), or names the person's office before the name: "MOC commander
  // Saloum Ould MBegui", "CSMAK officer Baba Ag Adobent".
  bool PersonBeforeName(size_t b, size_t e) const {
    if (e <= b) return false;
    if (IsPersonNoun(v_[e - 1].key)) return true;
    for (size_t k = b; k + 1 < e; ++k)
      if (IsPersonNoun(v_[k].key) && !v_[k].capital()) {
        for (size_t r = k + 1; r < e; ++r)
          if (!v_[r].capital()) return false;
        return true;
      }
    return false;
  }

  // A finite "were/was ... killed|executed|dead" after p in the same clause: the first "were" or
  // "was" decides ("12 men abducted in Gao were released" stays an abduction).
  bool LaterDeath(size_t p) const {
    size_t n = v_.size();
    for (size_t w = p; w < n && w < p + 24; ++w) {
      // Another clause or another count: "one was wounded, eleven militants were killed"; a
      // comma right before the verb only closes the description ("deployed by JNIM, were").
      if (v_[w].is(",") && w + 1 < n && (v_[w + 1].is("were") || v_[w + 1].is("was"))) continue;
      if (v_[w].is(";") || v_[w].is(":") || v_[w].is(",") || v_[w].is("and") ||
          v_[w].num >= 0 || v_[w].w.cls == WordClass::kNumber)
        return false;
      if (!(v_[w].is("were") || v_[w].is("was"))) continue;
      static constexpr std::string_view kBetween[] = {
          "found", "to", "have", "been", "later", "reportedly", "allegedly", "subsequently",
          "then", "all", "also", "shot", "summarily", "presumably", "believed"};
      for (size_t k = w + 1; k < n && k < w + 7; ++k) {
        if (PredicateKind(v_[k].key) == kKilled) return true;
        if (!In(v_[k].key, kBetween)) return false;
      }
      return false;
    }
    return false;
  }

  // "attempted to assassinate", "tried to kill": nobody died of it.
  bool Attempted(size_t p) const {
    return p >= 2 && v_[p - 1].is("to") &&
           (v_[p - 2].is("attempted") || v_[p - 2].is("tried") || v_[p - 2].is("attempt") ||
            v_[p - 2].is("attempting") || v_[p - 2].is("trying") || v_[p - 2].is("failed") ||
            v_[p - 2].is("attempts"));
  }

  bool Passive(size_t p) const {
    for (size_t k = p; k-- > 0 && k + 3 > p;) {
      const TokView& a = v_[k];
      if (a.is("was") || a.is("were") || a.is("been") || a.is("being") || a.is("be") ||
          a.is("is") || a.is("are") || a.is("got"))
        return true;
      if (!(a.is("reportedly") || a.is("allegedly") || a.is("later") || a.is("also"))) break;
    }
    return false;
  }

  static bool IsSingularDeterminer(const TokView& t) {
    return t.is("a") || t.is("an") || t.is("the") || t.is("his") || t.is("her") ||
           t.is("one");
  }

  // End of a short noun phrase starting at p (adjectives and nouns, "Al-Qaeda" style joins).
  size_t NpEnd(size_t p) const {
    size_t start = p;
    while (p < v_.size() && p < start + 5 && NounPhraseWordAt(v_, p)) {
      ++p;
      if (p + 1 < v_.size() && v_[p].is("-") && v_[p + 1].word()) p += 2;
    }
    return p;
  }

  // The phrase at p names one person: its head is not plural, not an animal or a thing.
  bool SingularHead(size_t p) const {
    size_t e = NpEnd(p);
    if (e == p) return false;
    std::string_view head = v_[e - 1].key;
    if (IsAnimalOrThing(head) || v_[e - 1].w.cls != WordClass::kNone) return false;
    if (IsPersonNoun(head)) return true;
    if (head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's') return false;
    return true;
  }

  // Reads a count starting at i (bounds, ranges, numbers, vague counts, "a soldier").
  bool Count(size_t i, Group* g) {
    size_t n = v_.size();
    size_t k = i;
    enum { kExact, kAtLeast, kAtMost, kAbout } bound = kExact;
    const TokView& t = v_[i];
    if (t.is("at") && k + 1 < n && (v_[k + 1].is("least") || v_[k + 1].is("most"))) {
      bound = v_[k + 1].is("least") ? kAtLeast : kAtMost;
      k += 2;
    } else if ((t.is("more") || t.is("fewer") || t.is("less")) && k + 1 < n && v_[k + 1].is("than")) {
      bound = t.is("more") ? kAtLeast : kAtMost;
      k += 2;
    } else if (t.is("over") || t.is("nearly") || t.is("almost")) {
      bound = t.is("over") ? kAtLeast : kAtMost;
      k += 1;
    } else if (t.is("up") && k + 1 < n && v_[k + 1].is("to")) {
      bound = kAtMost;
      k += 2;
    } else if (t.is("as") && k + 2 < n && v_[k + 1].is("many") && v_[k + 2].is("as")) {
      bound = kAtMost;
      k += 3;
    } else if (t.is("about") || t.is("around") || t.is("some") || t.is("approximately") ||
               t.is("roughly") || t.is("estimated")) {
      bound = kAbout;
      k += 1;
    } else if (t.is("between") && k + 1 < n) {
      int64_t a, b;
      size_t p, q;
      if (ParseNumberAt(v_, k + 1, &a, &p) && p + 1 < n && v_[p].is("and") &&
          ParseNumberAt(v_, p + 1, &b, &q) && b > a) {
        g->b = i;
        g->e = q;
        g->low = g->best = a;
        g->high = b;
        return true;
      }
      return false;
    }
    if (k >= n || in_time_[k]) return false;
    if (k > 0 && (v_[k - 1].is("no") || v_[k - 1].is("any"))) return false;  // "no one was killed"
    const TokView& c = v_[k];
    int64_t value;
    size_t e;
    if (c.w.cls == WordClass::kVague) {
      // "dozens", "hundreds of", "several", "a few"
      if (c.is("many") && bound != kExact) return false;  // "as many as" handled above
      if (c.is("many") && !(k > 0 && (v_[k - 1].is("killing") || v_[k - 1].is("killed"))) &&
          !(k + 1 < n && NounKind(v_[k + 1].key) != kNoKind))
        return false;
      g->b = i;
      g->e = k + 1;
      int64_t value = c.w.value;
      if (g->e < n && v_[g->e].is("of") && !c.is("several") && !c.is("few")) {
        ++g->e;
        // "tens of thousands", "hundreds of thousands": the counts multiply.
        if (g->e < n && v_[g->e].w.cls == WordClass::kVague && v_[g->e].w.value >= 1000) {
          value *= v_[g->e].w.value;
          ++g->e;
          if (g->e < n && v_[g->e].is("of")) ++g->e;
        }
      }
      g->low = g->best = value;
      return true;
    }
    if (c.is("a") && k + 1 < n && v_[k + 1].is("few")) {
      g->b = i;
      g->e = k + 2;
      g->low = g->best = 3;
      return true;
    }
    if ((c.is("a") || c.is("an")) && k + 1 < n) {
      // "a soldier was killed": a singular person noun, possibly after adjectives. Not the
      // subject of an active verb with its own object: "an explosion killed four soldiers".
      size_t ne = NpEnd(k + 1);
      if (ne + 1 < n &&
          (v_[ne].is("killed") || v_[ne].is("kills") || v_[ne].is("wounded") || v_[ne].is("injured")) &&
          (v_[ne + 1].num >= 0 || (v_[ne + 1].flags & kTokNumber) || v_[ne + 1].w.cls == WordClass::kNumber ||
           v_[ne + 1].is("at") || v_[ne + 1].is("a") || v_[ne + 1].is("an") || v_[ne + 1].is("the") ||
           v_[ne + 1].is("dozens") || v_[ne + 1].is("several")))
        return false;
      if (SingularHead(k + 1) && v_[NpEnd(k + 1) - 1].key != "member") {
        g->b = i;
        g->e = k + 1;
        g->low = g->best = g->high = 1;
        return true;
      }
      if (!(k + 1 < n && (v_[k + 1].is("dozen") || v_[k + 1].w.cls == WordClass::kMultiplier)))
        return false;
    }
    if (c.w.cls != WordClass::kNumber && c.w.cls != WordClass::kMultiplier && c.num < 0 &&
        !(c.flags & kTokNumber) && !c.is("a") && !c.is("one"))
      return false;
    if (!ParseNumberAt(v_, k, &value, &e)) return false;
    // Years and clock times are not counts.
    if (c.num >= 1900 && c.num <= 2100 && c.key.size() == 4) return false;
    if (e < n && (v_[e].is("%") || v_[e].is("percent") || v_[e].w.cls == WordClass::kUnit ||
                  v_[e].is(":")))
      return false;
    g->b = i;
    g->e = e;
    // Ranges: "10-15", "10 to 15", "10 or 15".
    int64_t hi;
    size_t q;
    if (e + 1 < n && (v_[e].is("-") || v_[e].is("to") || v_[e].is("or")) &&
        ParseNumberAt(v_, e + 1, &hi, &q) && hi > value && !in_time_[e + 1]) {
      g->e = q;
      g->low = g->best = value;
      g->high = hi;
      return true;
    }
    switch (bound) {
      case kExact: g->low = g->best = g->high = value; break;
      case kAtLeast: g->low = g->best = value; break;
      case kAtMost: g->best = g->high = value; break;
      case kAbout: g->best = value; break;
    }
    return true;
  }

  // The noun phrase after the count: "French soldiers", "of its members", "others".
  void NounPhrase(Group* g) {
    size_t n = v_.size();
    size_t p = g->e;
    if (p + 1 < n && v_[p].is("of") && !v_[p - 1].is("of")) {
      // "180 of its members", "two of the soldiers"
      size_t q = p + 1;
      if (q < n && (v_[q].is("its") || v_[q].is("the") || v_[q].is("their") || v_[q].is("them")))
        p = q + 1;
      g->who_b = q;
    }
    g->np_b = p;
    if (g->who_b == 0) g->who_b = p;
    while (p < n && p < g->np_b + 4 && NounPhraseWordAt(v_, p) &&
           !(p > g->np_b && PredicateKind(v_[p].key) != kNoKind)) {
      ++p;
      if (p < n && v_[p].is("-") && p + 1 < n && v_[p + 1].word()) p += 2;  // "Al - Qaeda"
    }
    g->np_e = p;
    g->e = std::max(g->e, p);
  }

  void Classify(Group* g) {
    size_t n = v_.size();
    if (g->np_e > g->np_b && IsAnimalOrThing(v_[g->np_e - 1].key)) return;
    // The noun itself: "two dead", "12 deaths", "thousands of protesters".
    if (g->np_e > g->np_b) {
      int k = NounKind(v_[g->np_e - 1].key);
      if (k != kNoKind && k != kParticipants) {
        g->kind = k;
        return;
      }
    }
    // A participle before the head: "12 wounded soldiers", "thousands of displaced people".
    for (size_t m = g->np_b; m + 1 < g->np_e; ++m) {
      int k = PredicateKind(v_[m].key);
      if (k == kWounded || k == kDisplaced || k == kKilled) {
        g->kind = k;
        return;
      }
    }
    // Right: [of-phrase | (aside)] [who/that] [aux...] PREDICATE
    size_t p = SkipPostModifiers(g->np_e);
    bool aux_seen = false;
    for (size_t steps = 0; p < n && steps < 7; ++p, ++steps) {
      const TokView& t = v_[p];
      int k = PredicateKind(t.key);
      if (k != kNoKind) {
        if (t.is("took") && !(p + 1 < n && v_[p + 1].is("part"))) break;
        if (t.is("held") && !(p > 0 && (v_[p - 1].is("were") || v_[p - 1].is("being")))) break;
        // "2 armed men killed an off-duty policeman": active voice, the count is the agent.
        if (!aux_seen && p + 1 < n && ObjectVerbKind(t.key) != kNoKind &&
            (v_[p + 1].is("a") || v_[p + 1].is("an") || v_[p + 1].is("the") ||
             v_[p + 1].is("his") || v_[p + 1].is("their") || v_[p + 1].is("her")))
          break;
        // "eight men abducted by gunmen the day before were found dead", "3 people who had
        // been arrested ... were executed": the participle describes the people; the clause's
        // own predicate, further on, says what became of them.
        if (k != kKilled && (!aux_seen || v_[g->np_e < n ? g->np_e : 0].is("who")) &&
            LaterDeath(p + 1))
          k = kKilled;
        g->kind = k;
        g->kind_from_right = true;
        return;
      }
      if ((t.is("burnt") || t.is("burned")) && p + 1 < n && v_[p + 1].is("alive")) {
        g->kind = kKilled;  // "were burnt alive"
        g->kind_from_right = true;
        return;
      }
      if (t.is("lost") && p + 1 < n && v_[p + 1].is("their")) {
        g->kind = kKilled;
        g->kind_from_right = true;
        return;
      }
      static constexpr std::string_view kAux[] = {
          "who", "that", "were", "was", "are", "is", "have", "has", "had", "been", "being", "be",
          "reportedly", "also", "allegedly", "all", "later", "subsequently", "got", "reported",
          "confirmed", "presumably", "apparently", "feared", "believed", "left", "found",
          "taken", "were", "not", "including", "both", "others", "estimated", "to", "said",
          "thought", "later", "shot"};
      // "was shot and killed"
      if (t.is("and") && p > 0 && v_[p - 1].is("shot") && aux_seen) continue;
      // "two planters deployed by JNIM, were killed": a describing participle, then the clause's
      // own predicate.
      if (!aux_seen && steps == 0 && t.word() && !t.capital() && LooksPastTense(t.key) &&
          LaterDeath(p + 1)) {
        g->kind = kKilled;
        g->kind_from_right = true;
        return;
      }
      if (!In(t.key, kAux)) break;
      // "militiamen shot dead his brother": active, the count is the agents.
      if (t.is("shot") && !aux_seen && p + 2 < n && v_[p + 1].is("dead") &&
          (IsSingularDeterminer(v_[p + 2]) || v_[p + 2].is("their") || v_[p + 2].num >= 0 ||
           v_[p + 2].w.cls == WordClass::kNumber || v_[p + 2].capital()))
        break;
      aux_seen = true;
      if (t.is("taken") && p + 1 < n && v_[p + 1].is("hostage")) {
        g->kind = kAbducted;
        g->kind_from_right = true;
        return;
      }
    }
    // Left: VERB [bound] COUNT, "the killing of", "death toll rose to".
    size_t q = g->b;
    for (size_t steps = 0; q > 0 && steps < 4; ++steps) {
      --q;
      const TokView& t = v_[q];
      int k = ObjectVerbKind(t.key);
      if (k != kNoKind) {
        if (Attempted(q)) break;
        if (k == kKilled && Pluperfect(q)) break;
        if ((t.is("left") || t.is("leaving")) && !(g->np_e < n && v_[g->np_e].is("dead"))) break;
        if ((t.is("claimed") || t.is("claiming")) &&
            !(g->b + 0 < n && v_[g->np_b > 0 ? g->np_b - 1 : 0].is("of")))
          break;
        g->kind = k;
        g->kind_from_left = true;
        return;
      }
      if (t.is("toll")) {
        g->kind = kKilled;
        g->kind_from_left = true;
        return;
      }
      if (t.is("fatalities") || t.is("dead")) {  // "unknown fatalities coded as 10"
        g->kind = kKilled;
        g->kind_from_left = true;
        return;
      }
      if (t.is("of") && q > 0 && (v_[q - 1].is("killing") || v_[q - 1].is("deaths") ||
                                  v_[q - 1].is("bodies") || v_[q - 1].is("corpses") ||
                                  v_[q - 1].is("corps") || v_[q - 1].is("body") ||
                                  v_[q - 1].is("corpse") || v_[q - 1].is("remains") ||
                                  v_[q - 1].is("death") || v_[q - 1].is("murder") ||
                                  v_[q - 1].is("execution") || v_[q - 1].is("lives"))) {
        g->kind = kKilled;
        g->kind_from_left = true;
        return;
      }
      if (t.is("of") && q > 0 && (v_[q - 1].is("abduction") || v_[q - 1].is("kidnapping"))) {
        g->kind = kAbducted;
        g->kind_from_left = true;
        return;
      }
      if (t.is("of") && q > 0 && (v_[q - 1].is("arrest") || v_[q - 1].is("detention"))) {
        g->kind = kArrested;
        g->kind_from_left = true;
        return;
      }
      static constexpr std::string_view kSkip[] = {"the", "at", "least", "than", "more", "some",
                                                   "about", "around", "up", "to", "rose", "reached",
                                                   "stood", "nearly", "almost", "over", "another",
                                                   "as", "many", "an", "estimated", "a", "also",
                                                   "coded", "unknown"};
      if (!In(t.key, kSkip)) break;
    }
    // Participants: "thousands of protesters", "hundreds of people marched".
    if (g->np_e > g->np_b && NounKind(v_[g->np_e - 1].key) == kParticipants) {
      g->kind = kParticipants;
      return;
    }
  }

  const std::vector<TokView>& v_;
  const std::vector<bool>& in_time_;
};

// Orders mentions by sentence, for equal_range over a layer in sentence order.
struct BySentence {
  template <typename T>
  bool operator()(const T& a, uint32_t s) const { return a.sentence < s; }
  template <typename T>
  bool operator()(uint32_t s, const T& a) const { return s < a.sentence; }
};

}  // namespace

void TagQuantitiesInSentence(const Document& doc, uint32_t sentence,
                             std::vector<QuantityMention>* out) {
  const Sentence& s = doc.sentences[sentence];
  thread_local std::vector<TokView> views;
  thread_local std::vector<bool> in_time;
  thread_local std::vector<Group> groups;
  BuildTokenViews(doc, s.token_begin, s.token_end, &views);
  in_time.assign(views.size(), false);
  // doc.times is in sentence order (TagTimes appends sentence by sentence).
  auto range = std::equal_range(
      doc.times.begin(), doc.times.end(), sentence,
      BySentence{});
  for (auto it = range.first; it != range.second; ++it) {
    const TimeMention& t = *it;
    for (uint32_t k = t.token_begin; k < t.token_end; ++k)
      if (k >= s.token_begin && k < s.token_end) in_time[k - s.token_begin] = true;
  }
  groups.clear();
  Recogniser r(views, in_time);
  r.Run(&groups);
  for (const auto& g : groups) {
    if (g.kind == kNoKind) continue;
    QuantityMention q;
    q.sentence = sentence;
    q.token_begin = s.token_begin + static_cast<uint32_t>(g.b);
    q.token_end = s.token_begin + static_cast<uint32_t>(std::max(g.e, g.b + 1));
    q.span = {doc.tokens[q.token_begin].span.start, doc.tokens[q.token_end - 1].span.end};
    q.kind = KindName(g.kind);
    q.low = g.low;
    q.best = g.best;
    q.high = g.high;
    if (g.np_e > g.np_b) {
      Span who{doc.tokens[s.token_begin + g.who_b].span.start,
               doc.tokens[s.token_begin + g.np_e - 1].span.end};
      q.who = std::string(doc.raw(who));
    }
    q.cumulative = r.Cumulative(g);
    q.subset = g.b > 0 && (views[g.b - 1].is("including") || views[g.b - 1].is("incl") ||
                           (g.b > 1 && views[g.b - 1].is("them") && views[g.b - 2].is("among")) ||
                           (g.b > 1 && views[g.b - 2].is("including") &&
                            (views[g.b - 1].is("the") || views[g.b - 1].is("some"))));
    out->push_back(std::move(q));
  }
}

void TagQuantities(Document& doc) {
  for (uint32_t s = 0; s < doc.sentences.size(); ++s)
    TagQuantitiesInSentence(doc, s, &doc.quantities);
}

bool SaysNoFatalities(const Document& doc, uint32_t sentence) {
  const Sentence& s = doc.sentences[sentence];
  for (uint32_t t = s.token_begin; t + 1 < s.token_end; ++t) {
    std::string_view a = doc.norm(doc.tokens[t]), b = doc.norm(doc.tokens[t + 1]);
    if ((a == "no" || a == "without") &&
        (b == "casualties" || b == "fatalities" || b == "deaths" || b == "one" || b == "loss" ||
         b == "victims" || b == "killed"))
      return true;
    if (a == "nobody" && (b == "was" || b == "killed")) return true;
  }
  return false;
}

}  // namespace dateline::time
