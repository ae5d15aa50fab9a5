// See recognizer.h for the algorithm. Everything here is per-document state; the Lexicon is
// read-only, so RecognizeActors may run on many documents at once.
#include "lexicon/recognizer.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace dateline::lexicon {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Words before a place that make it a location rather than a government.
constexpr std::array<std::string_view, 16> kLocative = {
    "in", "at", "near", "from", "into", "across", "throughout", "inside", "outside", "around",
    "toward", "towards", "between", "north", "south", "via"};
// "Al-Qaeda-linked": a name followed by these after a hyphen is an adjective, not an actor.
constexpr std::array<std::string_view, 16> kHyphenAdjective = {
    "linked", "affiliated", "allied", "backed", "aligned", "inspired", "led", "supported",
    "style", "sponsored", "based", "born", "owned", "funded", "trained", "controlled"};
// Small words inside long forms that do not count towards an acronym's letters.
constexpr std::array<std::string_view, 14> kConnectors = {
    "for", "of", "the", "and", "in", "de", "du", "des", "la", "le", "et", "pour", "al", "el"};
// Words that cannot be modifiers between a possessive and its agent noun.
constexpr std::array<std::string_view, 24> kNotModifier = {
    "and", "or", "of", "the", "a", "an", "in", "on", "at", "to", "by", "for", "with", "from",
    "who", "which", "that", "was", "were", "is", "are", "has", "have", "had"};
// "it is unclear": expletive "it".
constexpr std::array<std::string_view, 9> kExpletiveNext = {
    "is", "was", "'s", "seems", "seemed", "appears", "appeared", "remains", "takes"};

// "attacked by alleged Fulani".
constexpr std::array<std::string_view, 6> kHedges = {"alleged", "presumed", "suspected", "presumably", "armed", "some"};

// Participles of a passive whose agent, when a civilian crowd, is a mob: "beaten by residents".
constexpr std::array<std::string_view, 8> kMobPassive = {
    "assaulted", "attacked", "beaten", "lynched", "stoned", "burned", "burnt", "molested"};

// Nouns of agreements that end fighting ("peace agreement", "cessation of hostilities").
constexpr std::array<std::string_view, 8> kAgreementNouns = {
    "agreement", "accord", "ceasefire", "cease-fire", "truce", "pact", "cessation", "armistice"};

// "attacked by members of the Fulani community".
constexpr std::array<std::string_view, 5> kMembers = {"members", "elements", "men", "youths", "group"};

enum class Anaphor { kNone, kGroup, kMission, kPronoun };

Anaphor AnaphorHead(std::string_view w) {
  static constexpr std::array<std::string_view, 15> kGroup = {
      "group", "movement", "organisation", "organization", "militants", "jihadists", "insurgents",
      "rebels", "fighters", "terrorists", "islamists", "extremists", "alliance", "coalition", "militia"};
  static constexpr std::array<std::string_view, 6> kMission = {
      "mission", "force", "peacekeepers", "contingent", "operation", "blue"};
  if (In(kGroup, w)) return Anaphor::kGroup;
  if (In(kMission, w)) return Anaphor::kMission;
  return Anaphor::kNone;
}

struct Item {
  uint32_t begin = 0, end = 0;  // tokens
  TargetType type = kActorName;
  uint32_t index = 0;
  bool dead = false;
  int32_t affiliation = -1;  // "Katiba Macina (JNIM)": the actor named in the parenthesis
};

int32_t DateInt(const std::string& iso) {
  int32_t v = 0;
  return ParseIsoDate(iso, &v) ? v : 0;
}

std::string Lower(std::string s) {
  for (char& c : s) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string FillTemplate(const std::string& tmpl, const std::string& country) {
  std::string out = tmpl;
  size_t p = out.find("{country}");
  if (p != std::string::npos) out.replace(p, 9, country);
  return out;
}

bool IsOrgKind(const std::string& k) {
  return k == "armed-group" || k == "militia" || k == "igo" || k == "ngo" || k == "party";
}

class Run {
 public:
  Run(const Lexicon& lx, Document& doc) : lx_(lx), doc_(doc), m_(lx.matcher()) {}

  void Go() {
    m_.TokenIds(doc_, &ids_);
    if (doc_.article.country) article_hint_ = lx_.Country(*doc_.article.country);
    if (!article_hint_ && doc_.dateline) article_hint_ = lx_.CountryOfPlace(doc_.dateline->place);
    date_ = DateInt(doc_.reference_date());
    // Pass 1: matches of every sentence (needed to know the article's main country).
    items_.resize(doc_.sentences.size());
    std::vector<PhraseMatch> matches;
    std::vector<PhraseTarget> targets;
    std::unordered_map<uint32_t, int> country_counts;
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sent = doc_.sentences[s];
      matches.clear();
      m_.Match(doc_, ids_, sent.token_begin, sent.token_end, &matches);
      for (const PhraseMatch& pm : matches) {
        targets.clear();
        m_.Targets(doc_, ids_, pm, &targets);
        Item it = Choose(pm, targets, s);
        if (it.dead) continue;
        // The article's main country, for bare agents when neither metadata nor dateline says:
        // count country names, demonyms, capitals and the countries of named actors.
        if (it.type == kCountryName || it.type == kCountryDemonym || it.type == kCountryCapital) {
          country_counts[it.index]++;
        } else if (it.type == kActorName && lx_.dicts().actors[it.index].kind != "media") {
          const CountryEntry* c = lx_.Country(lx_.dicts().actors[it.index].country);
          if (c) country_counts[static_cast<uint32_t>(c - lx_.dicts().countries.data())]++;
        }
        items_[s].push_back(it);
      }
    }
    ResolveArticleCountry(country_counts);
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      AddLearnedAcronyms(s);
      JoinParentheses(s);
      size_t first = doc_.actors.size();
      Compose(s);
      AssignEthnicMilitias(s, first);
      AssignCrowdRoles(s, first);
      AssignArmedCivilians(s, first);
    }
  }

 private:
  const Token& Tok(uint32_t i) const { return doc_.tokens[i]; }
  std::string_view Norm(uint32_t i) const { return doc_.norm(doc_.tokens[i]); }

  // Picks the target a match stands for; discards are recorded on the way.
  Item Choose(const PhraseMatch& pm, const std::vector<PhraseTarget>& targets, uint32_t s) {
    Item it{pm.begin, pm.end, kActorName, 0, true};
    int best = 100;
    for (const PhraseTarget& t : targets) {
      if (t.type == kDiscardPhrase) {
        const DiscardEntry& d = lx_.dicts().discards[t.index];
        doc_.discards.push_back({Span{Tok(pm.begin).span.start, Tok(pm.end - 1).span.end}, s, d.id, d.scope, d.topic});
        continue;
      }
      static constexpr int kRank[] = {0, 1, 4, 2, 3, 5, 6};  // by TargetType
      int r = kRank[t.type];
      // Among actors sharing a phrase, prefer the article's country ("JEM": Sudan or India).
      if (t.type == kActorName && it.type == kActorName && !it.dead && r == best && article_hint_ &&
          lx_.dicts().actors[t.index].country == article_hint_->iso3 &&
          lx_.dicts().actors[it.index].country != article_hint_->iso3)
        it.index = t.index;
      if (r < best) {
        best = r;
        it.type = static_cast<TargetType>(t.type);
        it.index = t.index;
        it.dead = false;
      }
    }
    // "Al-Qaeda-linked": an adjective.
    if (!it.dead && pm.end + 1 < doc_.tokens.size() && ids_[pm.end] == PhraseMatcher::kSkip &&
        In(kHyphenAdjective, Norm(pm.end + 1)))
      it.dead = true;
    return it;
  }

  void ResolveArticleCountry(const std::unordered_map<uint32_t, int>& counts) {
    if (doc_.article.country) article_country_ = lx_.Country(*doc_.article.country);
    if (!article_country_ && doc_.dateline) article_country_ = lx_.CountryOfPlace(doc_.dateline->place);
    if (!article_country_) {
      int best = 0;
      for (const auto& [idx, n] : counts) {
        const CountryEntry* c = &lx_.dicts().countries[idx];
        if (n > best || (n == best && article_country_ && c->iso3 < article_country_->iso3)) {
          best = n;
          article_country_ = c;
        }
      }
    }
  }

  // Bare acronyms defined earlier in the article ("... (GSIM)") that the dictionaries lack.
  void AddLearnedAcronyms(uint32_t s) {
    if (learned_.empty() && learned_names_.empty()) return;
    const Sentence& sent = doc_.sentences[s];
    auto& items = items_[s];
    size_t k = 0;
    std::vector<Item> added;
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
      while (k < items.size() && items[k].end <= i) ++k;
      if (k < items.size() && items[k].begin <= i) continue;
      Item x;
      if (Tok(i).flags & kTokAllCaps) {
        auto it = learned_.find(std::string(Norm(i)));
        if (it == learned_.end()) continue;
        x = it->second;
      } else if (Tok(i).flags & kTokCapital) {
        auto it = learned_names_.find(std::string(Norm(i)));
        if (it == learned_names_.end()) continue;
        x = it->second;
        x.dead = false;
      } else {
        continue;
      }
      x.begin = i, x.end = i + 1;
      added.push_back(x);
    }
    if (added.empty()) return;
    items.insert(items.end(), added.begin(), added.end());
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.begin < b.begin; });
  }

  // "Long Form (ACR)": one mention; the acronym (or the long form) names it from now on.
  void JoinParentheses(uint32_t s) {
    const Sentence& sent = doc_.sentences[s];
    auto& items = items_[s];
    for (uint32_t k = sent.token_begin + 1; k + 2 < sent.token_end; ++k) {
      if (Norm(k) != "(" || Norm(k + 2) != ")" || !(Tok(k + 1).flags & kTokAllCaps)) continue;
      Item* lng = nullptr;
      Item* acr = nullptr;
      for (Item& it : items) {
        if (it.dead) continue;
        if (it.end == k && it.type == kActorName) lng = &it;
        if (it.begin == k + 1 && it.end == k + 2 && it.type == kActorName) acr = &it;
      }
      std::string key(Norm(k + 1));
      // "Katiba Macina (JNIM)": the parenthesis names another known actor, the group the first
      // belongs to, not an acronym of it. One mention of the first, whose ACLED name is the
      // group's: ACLED codes the umbrella group the report names.
      if (lng && acr && lng->index != acr->index &&
          lx_.dicts().actors[lng->index].CodeOn(date_) != lx_.dicts().actors[acr->index].CodeOn(date_)) {
        lng->affiliation = static_cast<int32_t>(acr->index);
        lng->end = k + 3;
        acr->dead = true;
        continue;
      }
      if (lng) {
        lng->end = k + 3;
        if (acr) acr->dead = true;
        else learned_[key] = *lng;
        continue;
      }
      if (!acr) continue;
      // Walk back over the long form: as many content words as the acronym has letters.
      size_t letters = key.size();
      uint32_t start = k, count = 0;
      for (uint32_t i = k; i-- > sent.token_begin && count < letters;) {
        if (ids_[i] == PhraseMatcher::kSkip) continue;
        if (!(Tok(i).flags & kTokWord)) break;
        if (In(kConnectors, Norm(i))) continue;
        ++count;
        start = i;
      }
      if (count + 1 < letters || count < 2) continue;
      while (start < k && !(Tok(start).flags & kTokCapital)) ++start;
      if (start >= k) continue;
      acr->begin = start;
      acr->end = k + 3;
      for (Item& it : items)
        if (&it != acr && it.begin < k && it.end > start) it.dead = true;
    }
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.begin < b.begin; });
  }

  // True when a locative word precedes the name, also across a list of names: "in Cotonou,
  // Dakar and Bamako".
  bool Locative(uint32_t begin, uint32_t sent_begin) const {
    for (uint32_t i = begin, steps = 0; i > sent_begin && steps < 12; ++steps) {
      --i;
      std::string_view w = Norm(i);
      if (In(kLocative, w)) return true;
      bool list = w == "," || w == "and" || w == "or";
      bool name = (Tok(i).flags & kTokCapital) || ids_[i] == PhraseMatcher::kSkip;
      if (!list && !name) return false;
    }
    return false;
  }

  uint32_t Emit(uint32_t s, uint32_t begin, uint32_t end, ActorMention m) {
    m.sentence = s;
    m.token_begin = begin;
    m.token_end = end;
    m.span = {Tok(begin).span.start, Tok(end - 1).span.end};
    doc_.actors.push_back(std::move(m));
    return static_cast<uint32_t>(doc_.actors.size() - 1);
  }

  ActorMention FromActor(const ActorEntry& a) const {
    ActorMention m;
    m.code = a.CodeOn(date_);
    m.name = a.name;
    m.country = a.country;
    m.sector = a.sector;
    m.kind = a.kind;
    m.entity_id = a.id;
    m.acled_name = a.acled;
    m.inter = a.inter;
    // A state's forces acting outside their country are ACLED "external/other forces".
    if (m.inter == 1 && a.kind == "state" && m.sector == "MIL" && !a.country.empty() && article_country_ &&
        a.country != article_country_->iso3)
      m.inter = 8;
    return m;
  }

  ActorMention CountryAgent(const CountryEntry* c, const AgentEntry& g) const {
    ActorMention m;
    std::string cc = c ? c->code() : std::string();
    m.code = g.prefix ? g.code + cc : cc + g.code;
    std::string cname = c ? c->name : std::string();
    m.acled_name = g.acled.empty() || !c ? std::string() : FillTemplate(g.acled, cname);
    m.name = !m.acled_name.empty() ? m.acled_name : (cname.empty() ? g.forms[0] : cname + " " + g.forms[0]);
    m.country = c ? c->iso3 : std::string();
    m.sector = g.code.substr(0, 3);
    m.kind = g.kind.empty() ? "state" : g.kind;
    m.inter = g.inter;
    m.entity_id = (c ? Lower(c->iso3) : std::string("xxx")) + "+" + g.id;
    // ACLED: the armed forces of another state acting in the article's country are "external
    // or other forces" (inter 8), e.g. French troops in Mali.
    if (m.inter == 1 && m.sector == "MIL" && c && article_country_ && c != article_country_) m.inter = 8;
    return m;
  }

  ActorMention ActorAgent(const ActorEntry& a, const AgentEntry& g) const {
    ActorMention m = FromActor(a);
    std::string sec = g.code.substr(0, 3);
    if (a.kind == "igo") {
      if (g.igo || sec == "MIL" || sec == "PKO" || sec == "COP") {
        if (m.code.size() < 3 || m.code.compare(m.code.size() - 3, 3, "PKO") != 0) m.code += "PKO";
        m.sector = "PKO";
        if (!m.inter) m.inter = 8;
      }
      m.entity_id = a.id + "+" + g.id;
      return m;
    }
    if (a.kind == "ethnic-group") {
      const CountryEntry* c = lx_.Country(a.country);
      if (!c) c = article_country_;
      m.code = (c ? c->code() : std::string()) + g.code;
      m.sector = sec;
      m.inter = g.inter;
      bool militia = g.inter == 3 || g.inter == 4 || g.id.find("militia") != std::string::npos;
      std::string cname = c ? c->name : std::string();
      if (militia) {
        m.inter = 4;
        m.acled_name = a.name + " Ethnic Militia" + (cname.empty() ? "" : " (" + cname + ")");
      } else {
        m.acled_name = g.acled.empty() || !c ? std::string() : FillTemplate(g.acled, cname);
      }
      m.name = a.name + " " + g.forms[0];
      m.kind = g.kind.empty() ? "armed-group" : g.kind;
      m.country = c ? c->iso3 : a.country;
      m.entity_id = a.id + "+" + g.id;
      return m;
    }
    if (a.kind == "state" && m.code.size() == 3) {
      // A bare country code (foreign dictionaries list "NORWEGIAN [NOR]" as an actor).
      m.code = g.prefix ? g.code + m.code : m.code + g.code;
      m.sector = sec;
      m.inter = g.inter;
      m.kind = g.kind.empty() ? "state" : g.kind;
      m.entity_id = a.id + "+" + g.id;
      return m;
    }
    return m;  // armed groups, parties, states: the member noun adds nothing
  }

  // The agent item (last of a run of adjacent agents) starting at token pos, or -1.
  int AgentAt(const std::vector<Item>& items, size_t from, uint32_t pos) const {
    int found = -1;
    for (size_t j = from; j < items.size(); ++j) {
      const Item& it = items[j];
      if (it.dead || it.begin < pos) continue;
      if (it.begin > pos || it.type != kAgentForm) break;
      found = static_cast<int>(j);
      pos = it.end;
    }
    return found;
  }

  // Country for a bare agent: nearest non-locative country of the sentence, else the article's.
  const CountryEntry* ContextCountry(const std::vector<Item>& items, uint32_t s, uint32_t pos) const {
    const Sentence& sent = doc_.sentences[s];
    const CountryEntry* best = nullptr;
    uint32_t best_dist = UINT32_MAX;
    for (const Item& it : items) {
      if (it.dead) continue;
      const CountryEntry* c = nullptr;
      if (it.type == kCountryName || it.type == kCountryDemonym) {
        if (it.type == kCountryName && Locative(it.begin, sent.token_begin)) continue;
        c = &lx_.dicts().countries[it.index];
      } else {
        continue;
      }
      uint32_t d = it.end <= pos ? pos - it.end : (it.begin - pos) * 2 + 1;  // prefer preceding
      if (d < best_dist) best_dist = d, best = c;
    }
    return best ? best : article_country_;
  }

  // The last named actor compatible with an anaphor, within the last `window` sentences.
  uint32_t Antecedent(Anaphor a, uint32_t s, uint32_t window) const {
    for (size_t i = doc_.actors.size(); i-- > 0;) {
      const ActorMention& m = doc_.actors[i];
      if (m.sentence + window < s) break;
      if (m.antecedent != kNone) continue;
      bool ok = false;
      // "the rebels", "the militants": non-state armed groups only (not state forces or PMCs).
      if (a == Anaphor::kGroup)
        ok = (m.kind == "armed-group" || m.kind == "militia") && m.code.find("MIL") == std::string::npos;
      if (a == Anaphor::kMission) ok = m.kind == "igo" && m.code.find("PKO") != std::string::npos;
      // "it": an organisation; composed plurals ("Malian separatists") are "they", not "it".
      if (a == Anaphor::kPronoun)
        ok = IsOrgKind(m.kind) &&
             (m.entity_id.find('+') == std::string::npos || (m.kind == "igo" && m.code.find("PKO") != std::string::npos));
      if (ok) return static_cast<uint32_t>(i);
    }
    return kNone;
  }

  void EmitAnaphor(uint32_t s, uint32_t begin, uint32_t end, uint32_t ante) {
    ActorMention m = doc_.actors[ante];
    m.antecedent = ante;
    Emit(s, begin, end, std::move(m));
  }

  // "the [adj] HEAD" at token i: returns the end token of the anaphor, or 0.
  uint32_t AnaphorAt(uint32_t i, uint32_t end, Anaphor* kind) const {
    std::string_view w = Norm(i);
    if (w != "the" && w != "this" && w != "these" && w != "that") return 0;
    for (uint32_t j = i + 1; j < end && j <= i + 2; ++j) {
      if (!(Tok(j).flags & kTokWord) || (Tok(j).flags & kTokCapital)) return 0;
      Anaphor a = AnaphorHead(Norm(j));
      if (a != Anaphor::kNone) {
        uint32_t e = j + 1;
        if (Norm(j) == "blue") {
          if (e < end && Norm(e) == "helmets") ++e;
          else return 0;
        }
        // "the group's": fine; "the group of" + name is not an anaphor.
        if (e < end && Norm(e) == "of") return 0;
        *kind = a;
        return e;
      }
    }
    return 0;
  }

  void Compose(uint32_t s) {
    const Sentence& sent = doc_.sentences[s];
    auto& items = items_[s];
    const auto& D = lx_.dicts();
    size_t k = 0;
    for (uint32_t i = sent.token_begin; i < sent.token_end;) {
      while (k < items.size() && (items[k].dead || items[k].end <= i)) ++k;
      // Anaphors first: "the group", "the mission".
      Anaphor an = Anaphor::kNone;
      uint32_t aend = AnaphorAt(i, sent.token_end, &an);
      bool covered = k < items.size() && items[k].begin <= i;
      if (aend && !(covered && items[k].type != kAgentForm)) {
        uint32_t ante = Antecedent(an, s, 3);
        if (ante != kNone) {
          EmitAnaphor(s, i + 1, aend, ante);
          while (k < items.size() && items[k].begin < aend) items[k++].dead = true;
          i = aend;
          continue;
        }
      }
      if (!covered) {
        std::string_view w = Norm(i);
        uint32_t qb = 0;
        if ((w == "men" || w == "individuals" || w == "persons" || w == "people") && UnnamedAssailants(i, sent, &qb)) {
          Emit(s, qb, i + 1, UnnamedArmedGroup(article_country_));
          ++i;
          continue;
        }
        if ((w == "it" || w == "its") && (Tok(i).flags & kTokWord)) {
          bool expletive = w == "it" && i + 1 < sent.token_end && In(kExpletiveNext, Norm(i + 1));
          uint32_t ante = expletive ? kNone : Antecedent(Anaphor::kPronoun, s, 1);
          if (ante != kNone) EmitAnaphor(s, i, i + 1, ante);
        }
        ++i;
        continue;
      }
      Item& it = items[k];
      if (it.begin > i) { ++i; continue; }
      uint32_t next = it.end;
      // Possessive and modifiers before an agent.
      uint32_t pos = it.end;
      bool possessive = pos < sent.token_end && (Norm(pos) == "'s" || Norm(pos) == "'");
      if (possessive) ++pos;
      int agent = -1;
      if (it.type != kAgentForm) {
        agent = AgentAt(items, k + 1, pos);
        // "French Barkhane forces": one unknown capitalised word between a demonym and its agent.
        if (agent < 0 && it.type == kCountryDemonym && pos + 1 < sent.token_end && ids_[pos] == PhraseMatcher::kUnknown &&
            (Tok(pos).flags & kTokCapital))
          agent = AgentAt(items, k + 1, pos + 1);
        for (int mods = 0; agent < 0 && possessive && mods < 2 && pos < sent.token_end; ++mods) {
          const Token& t = Tok(pos);
          if (!(t.flags & kTokWord) || (t.flags & kTokCapital) || In(kNotModifier, Norm(pos))) break;
          bool in_item = false;
          for (size_t j = k + 1; j < items.size(); ++j)
            if (!items[j].dead && items[j].begin == pos) in_item = true;
          if (in_item) break;
          ++pos;
          agent = AgentAt(items, k + 1, pos);
        }
      }
      const AgentEntry* g = agent >= 0 ? &D.agents[items[agent].index] : nullptr;
      uint32_t end = g ? items[agent].end : it.end;
      // A title before a person's name belongs to the person: "(Malian) President Ibrahim
      // Boubacar Keita".
      {
        uint32_t title_end = it.type == kAgentForm ? items[AgentAt(items, k, it.begin)].end : (g ? end : 0);
        int person = -1;
        for (size_t j = k + 1; title_end && j < items.size(); ++j) {
          if (items[j].dead || items[j].begin < title_end) continue;
          if (items[j].begin == title_end && items[j].type == kActorName && D.actors[items[j].index].kind == "person")
            person = static_cast<int>(j);
          break;
        }
        if (person >= 0) {
          items[person].begin = it.begin;
          for (size_t j = k; j < static_cast<size_t>(person); ++j) items[j].dead = true;
          continue;
        }
      }
      switch (it.type) {
        case kCountryName:
        case kCountryDemonym: {
          const CountryEntry* c = &D.countries[it.index];
          if (g) {
            ActorMention m = CountryAgent(c, *g);
            // "Guinean Dozo militiamen": identity group + armed noun = that group's militia.
            for (size_t j = k + 1; j < static_cast<size_t>(agent); ++j) {
              if (items[j].dead || items[j].type != kAgentForm) continue;
              const AgentEntry& g0 = D.agents[items[j].index];
              if (ArmedNoun(*g)) {
                if (g0.kind == "ethnic-group") MakeEthnicMilitia(g0, c, &m);
                else if (IdentityMilitia(g0)) m = CountryAgent(c, g0);
              }
              break;
            }
            Emit(s, it.begin, end, std::move(m));
            head_ = {s, end, c, -1};
          } else if (it.type == kCountryName && !Locative(it.begin, sent.token_begin)) {
            ActorMention m;
            m.code = c->code();
            m.name = c->name;
            m.country = c->iso3;
            m.kind = "state";
            m.entity_id = Lower(c->iso3);
            Emit(s, it.begin, end, std::move(m));
          }
          break;
        }
        case kActorName: {
          const ActorEntry& a = D.actors[it.index];
          if (a.metonym && Locative(it.begin, sent.token_begin)) break;
          bool composes = a.kind == "igo" || a.kind == "ethnic-group" || a.kind == "armed-group" ||
                          a.kind == "militia" || a.kind == "party" || (a.kind == "state" && a.CodeOn(date_).size() == 3);
          if (g && composes) {
            Emit(s, it.begin, end, ActorAgent(a, *g));
            if (a.kind == "igo" || a.kind == "state") head_ = {s, end, nullptr, static_cast<int32_t>(it.index)};
          } else {
            end = it.end;
            ActorMention m = FromActor(a);
            if (it.affiliation >= 0) {
              const ActorEntry& group = D.actors[it.affiliation];
              if (!group.acled.empty() && group.inter == a.inter) m.acled_name = group.acled;
            }
            Emit(s, it.begin, end, std::move(m));
            // "Ibrahim Boubacar Keita" ... "Keita": the surname names the person from now on.
            if (a.kind == "person" && end - it.begin >= 2 && (Tok(end - 1).flags & kTokCapital))
              learned_names_[std::string(Norm(end - 1))] = it;
          }
          break;
        }
        case kCountryCapital:
        case kCountryMetonym: {
          end = it.end;
          bool dateline = it.begin == sent.token_begin && it.end < sent.token_end && Norm(it.end) == ",";
          if (doc_.dateline && Tok(it.begin).span.start < doc_.dateline->span.end &&
              Tok(it.begin).span.start >= doc_.dateline->span.start)
            dateline = true;
          if (Locative(it.begin, sent.token_begin) || dateline) break;
          const CountryEntry* c = &D.countries[it.index];
          ActorMention m;
          m.code = c->code() + "GOV";
          m.name = "Government of " + c->name;
          m.country = c->iso3;
          m.sector = "GOV";
          m.kind = "state";
          m.inter = 1;
          m.acled_name = m.name;
          m.entity_id = Lower(c->iso3) + "+gov";
          Emit(s, it.begin, end, std::move(m));
          break;
        }
        case kAgentForm: {
          // A bare agent: run of adjacent agents, head last.
          int last = AgentAt(items, k, it.begin);
          const AgentEntry& ga = D.agents[items[last].index];
          end = items[last].end;
          // "the army of Mali"
          const CountryEntry* c = nullptr;
          if (end + 1 < sent.token_end && Norm(end) == "of") {
            for (size_t j = last + 1; j < items.size(); ++j) {
              const Item& x = items[j];
              if (x.dead) continue;
              uint32_t want = end + 1 + (Norm(end + 1) == "the" ? 1 : 0);
              if (x.begin == want && x.type == kCountryName) { c = &D.countries[x.index]; end = x.end; }
              break;
            }
          }
          // "fighters of the M23 armed group", "militants of JNIM": unnamed armed men of a named
          // group are that group, not an unidentified armed group beside it.
          if (!c && ga.code == "UAF" && end + 1 < sent.token_end && Norm(end) == "of") {
            uint32_t want = end + 1 + (Norm(end + 1) == "the" ? 1 : 0);
            bool of_group = false;
            for (size_t j = last + 1; j < items.size(); ++j) {
              const Item& x = items[j];
              if (x.dead) continue;
              of_group = x.begin == want && x.type == kActorName &&
                         (D.actors[x.index].kind == "armed-group" || D.actors[x.index].kind == "militia");
              break;
            }
            if (of_group) break;
          }
          bool owner_found = false;
          if (!c && ModifiesNoun(items, last, sent.token_end)) break;  // "jihadist violence"
          // "Malian soldiers and gendarmes", "Danish media and government": a bare agent
          // coordinated with a composed one shares its country or organisation.
          const ActorEntry* shared = nullptr;
          if (!c && head_.sentence == s && head_.end + 1 == it.begin &&
              (Norm(head_.end) == "and" || Norm(head_.end) == "or" || Norm(head_.end) == ",")) {
            c = head_.country;
            if (!c && head_.actor >= 0) shared = &D.actors[head_.actor];
          }
          // PETRARCH dictionaries list countries as actors ("ARNOR [ARN]"): a prefix agent right
          // before such a name ("MSF Arnor": [NGO~] gives NGOARN) or any agent before "in"/"of"/
          // "from" and the name ("activists in Arnor": ARNOPP) composes with it, as PETRARCH does.
          if (!c && !shared) {
            uint32_t want = end;
            const bool prep = want + 1 < sent.token_end && (Norm(want) == "in" || Norm(want) == "of" || Norm(want) == "from");
            if (prep) want += 1 + (Norm(want + 1) == "the" ? 1 : 0);
            if (!prep && !ga.prefix) want = sent.token_end;  // "minister Calimehtar": a title, not a composition
            for (size_t j = last + 1; j < items.size(); ++j) {
              const Item& x = items[j];
              if (x.dead) continue;
              if (x.begin == want && x.type == kActorName && D.actors[x.index].kind == "state" &&
                  D.actors[x.index].CodeOn(date_).size() == 3) {
                ActorMention m = ActorAgent(D.actors[x.index], ga);
                end = x.end;
                Emit(s, it.begin, end, std::move(m));
                owner_found = true;
                // "Lawmakers in Fornost and Gondor": the agent distributes over the list.
                for (size_t jj = j + 1; prep && jj < items.size() && end + 1 < sent.token_end;) {
                  const std::string_view sep = Norm(end);
                  if (sep != "and" && sep != "," && sep != "or") break;
                  const Item& y = items[jj];
                  if (y.dead || y.begin < end + 1) { ++jj; continue; }
                  if (y.begin != end + 1 || y.type != kActorName || D.actors[y.index].kind != "state" ||
                      D.actors[y.index].CodeOn(date_).size() != 3)
                    break;
                  Emit(s, y.begin, y.end, ActorAgent(D.actors[y.index], ga));
                  end = y.end;
                  ++jj;
                }
              }
              break;
            }
          }
          if (owner_found) break;
          if (!c && !shared && ga.qualified) break;  // "intelligence" alone is no actor
          if (!c && !shared) c = ContextCountry(items, s, it.begin);
          ActorMention m = shared ? ActorAgent(*shared, ga) : CountryAgent(c, ga);
          // "Dawsahak militiamen": an identity group followed by an armed noun is that group's
          // militia (ACLED inter 4), whatever the generic noun says.
          // Likewise a named identity militia before a generic armed noun keeps its identity:
          // "Ganda Koy militiamen", "Dozo fighters" are inter 4, not the noun's inter 3.
          const AgentEntry& g0 = D.agents[it.index];
          if (last != static_cast<int>(k) && ArmedNoun(ga)) {
            if (g0.kind == "ethnic-group") MakeEthnicMilitia(g0, c, &m);
            else if (IdentityMilitia(g0)) m = CountryAgent(c, g0);
          }
          // "4 people raided a house": people who do armed violence are an armed group.
          uint32_t qb = 0;
          if (m.inter == 7 && end == it.end && (Norm(it.begin) == "people" || Norm(it.begin) == "persons") &&
              UnnamedAssailants(it.begin, sent, &qb))
            m = UnnamedArmedGroup(c);
          Emit(s, it.begin, end, std::move(m));
          if (shared || (c && head_.sentence == s && head_.country == c && head_.end + 1 == it.begin))
            head_ = {s, end, c, head_.actor};  // "Malian soldiers, gendarmes and police"
          break;
        }
        default:
          break;
      }
      // Mark consumed items.
      for (size_t j = k; j < items.size() && items[j].begin < end; ++j) items[j].dead = true;
      i = std::max(end, next);
    }
  }

  // "2 men shot a person", "two individuals kidnapped the mayor": a counted group of unnamed
  // persons that is the active subject of armed violence (the verb follows and takes an object)
  // is an unidentified armed group. "4 men kidnapped on the road" (a reduced passive: no object)
  // and "3 people killed in ..." are victims and stay as they are.
  bool UnnamedAssailants(uint32_t head, const Sentence& sent, uint32_t* begin) const {
    static constexpr std::array<std::string_view, 14> kQuantity = {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some",
        "armed", "unknown", "unidentified"};
    static constexpr std::array<std::string_view, 15> kArmedVerbs = {
        "shot", "killed", "raided", "attacked", "abducted", "kidnapped", "executed", "ambushed",
        "assassinated", "stabbed", "gunned", "robbed", "beheaded", "fired", "opened"};
    static constexpr std::array<std::string_view, 16> kObjectStart = {
        "a", "an", "the", "his", "her", "their", "its", "two", "three", "four", "five", "dead", "down",
        "at", "to", "fire"};
    static constexpr std::array<std::string_view, 6> kFire = {
        "fire", "firefight", "gunfire", "shootout", "gunfight", "shots"};
    // "exchanged fire with people aboard a pick-up": whoever trades fire is armed.
    if (head >= sent.token_begin + 2 && Norm(head - 1) == "with" && In(kFire, Norm(head - 2))) {
      *begin = head;
      return true;
    }
    if (head <= sent.token_begin || head + 2 >= sent.token_end) return false;
    const Token& q = Tok(head - 1);
    if (!(q.flags & kTokNumber) && !In(kQuantity, Norm(head - 1))) return false;
    if (!In(kArmedVerbs, Norm(head + 1))) return false;
    const Token& o = Tok(head + 2);
    if (!(o.flags & (kTokNumber | kTokCapital)) && !In(kObjectStart, Norm(head + 2))) return false;
    // "a mob of about 50 persons attacked the temple": a mob (rioters), not an armed group.
    for (uint32_t j = head; j > sent.token_begin && j + 5 > head;) {
      std::string_view w = Norm(--j);
      if (w == "mob" || w == "crowd" || w == "mobs" || w == "crowds") return false;
    }
    *begin = head - 1;
    return true;
  }

  ActorMention UnnamedArmedGroup(const CountryEntry* c) const {
    ActorMention m;
    m.code = (c ? c->code() : std::string()) + "UAF";
    m.name = "Unidentified Armed Group" + (c ? " (" + c->name + ")" : std::string());
    m.acled_name = m.name;
    m.country = c ? c->iso3 : std::string();
    m.sector = "UAF";
    m.kind = "armed-group";
    m.inter = 3;
    m.entity_id = (c ? Lower(c->iso3) : std::string("xxx")) + "+unnamed-assailants";
    return m;
  }

  // True when the bare agent ending at items[last] is an adjective of a non-actor noun:
  // "jihadist violence", "jihadist and separatist violence", "militant attacks".
  bool ModifiesNoun(const std::vector<Item>& items, int last, uint32_t end) const {
    static constexpr std::array<std::string_view, 22> kNouns = {
        "violence", "attack", "attacks", "insurgency", "insurgencies", "threat", "threats", "activity",
        "activities", "violence", "stronghold", "strongholds", "hideout", "hideouts", "propaganda",
        "ideology", "rule", "uprising", "rebellion", "offensive", "takeover", "advance"};
    uint32_t i = items[last].end;
    if (i < end && (Norm(i) == "and" || Norm(i) == "or")) {
      for (size_t j = last + 1; j < items.size(); ++j) {
        if (items[j].begin == i + 1 && items[j].type == kAgentForm) { i = items[j].end; break; }
        if (items[j].begin > i + 1) break;
      }
    }
    return i < end && In(kNouns, Norm(i));
  }

  // A generic armed noun ("militiamen", "fighters", "gunmen") that an identity modifier can own.
  static bool ArmedNoun(const AgentEntry& g) { return g.inter == 3 || g.inter == 4 || g.kind == "militia"; }

  // An identity militia agent (ethnic_militias.txt militia.*): ACLED inter 4.
  static bool IdentityMilitia(const AgentEntry& g) { return g.kind == "militia" && g.inter == 4; }

  void MakeEthnicMilitia(const AgentEntry& group, const CountryEntry* c, ActorMention* m) const {
    m->inter = 4;
    m->kind = "militia";
    m->sector = "ETH";
    m->code = (c ? c->code() : std::string()) + "ETH";
    std::string acled = group.acled.empty() || !c ? std::string() : FillTemplate(group.acled, c->name);
    size_t p = acled.find("Ethnic Group");
    if (p != std::string::npos) acled.replace(p, 12, "Ethnic Militia");
    m->acled_name = acled;
    m->entity_id += "+militia";
  }

  // An identity group that does violence ("Dogon hunters attacked", "attacked by alleged
  // Fulani", "clashes between Fulani and Dogon") acts as its militia.
  void AssignEthnicMilitias(uint32_t s, size_t first) {
    bool any = false;
    for (size_t i = first; i < doc_.actors.size() && !any; ++i)
      any = doc_.actors[i].kind == "ethnic-group" && doc_.actors[i].inter == 7;
    if (!any) return;
    const Sentence& sent = doc_.sentences[s];
    static constexpr std::array<std::string_view, 10> kViolent = {
        "attacked", "killed", "burned", "abducted", "kidnapped", "raided", "ambushed", "assassinated",
        "torched", "clashed"};
    bool fighting = false;  // "clashes/fighting/violence/conflict between Fulani and Dogon"
    // "The Fulani and Dogon communities signed a peace accord": the parties to a peace
    // agreement, ceasefire or cessation of hostilities are the groups that fought, so an
    // identity group named before the agreement (or after "between") is its militia.
    bool signed_ = false;
    uint32_t agreement = sent.token_end;  // last agreement noun ("Agreement: X and Y signed an accord")
    for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
      std::string_view w = Norm(t);
      if (w.substr(0, 5) == "clash" || w.substr(0, 5) == "fight" || w == "fought" || w == "violence" ||
          w == "hostilities" || w == "combat" || w == "skirmishes" || w == "conflict" || w == "conflicts")
        fighting = true;
      if (w == "signed" || w == "sign" || w == "signing" || w == "concluded" || w == "ratified")
        signed_ = true;
      if (In(kAgreementNouns, w)) agreement = t;
    }
    if (!signed_) agreement = sent.token_end;
    for (size_t i = first; i < doc_.actors.size(); ++i) {
      ActorMention& m = doc_.actors[i];
      if (m.kind != "ethnic-group" || m.inter != 7) continue;
      bool violent = m.token_end <= agreement && agreement < sent.token_end;
      for (uint32_t t = m.token_begin; (fighting || agreement < sent.token_end) && t > sent.token_begin &&
                                       t + 5 > m.token_begin && !violent;) {
        --t;
        if (Norm(t) == "between") { violent = true; break; }
      }
      for (uint32_t t = m.token_end; t < sent.token_end && t < m.token_end + 4 && !violent; ++t) {
        std::string_view w = Norm(t);
        if (w == "was" || w == "were" || w == "been" || w == "being" || w == "are" || w == "is") break;  // passive
        violent = In(kViolent, w);
      }
      uint32_t b = m.token_begin;
      while (b > sent.token_begin && In(kHedges, Norm(b - 1))) --b;
      // "by (armed) members of the Bambara (ethnic group)".
      if (b > sent.token_begin && Norm(b - 1) == "the") --b;
      if (b > sent.token_begin + 1 && Norm(b - 1) == "of" && In(kMembers, Norm(b - 2))) b -= 2;
      while (b > sent.token_begin && In(kHedges, Norm(b - 1))) --b;
      if (b > sent.token_begin && Norm(b - 1) == "by") violent = true;
      if (!violent) continue;
      std::string base = m.acled_name;
      size_t p = base.find("Ethnic Group");
      if (p != std::string::npos) base.replace(p, 12, "Ethnic Militia");
      m.inter = 4;
      m.kind = "militia";
      m.acled_name = base;
    }
  }

  // "On March 9", "in March 2018", "early March": the month, not a protest march. A capitalised
  // "March" next to a number or after a time preposition is the month.
  bool MonthMarch(uint32_t i, const Sentence& sent) const {
    static constexpr std::array<std::string_view, 14> kBefore = {
        "on", "in", "since", "until", "till", "early", "late", "mid", "of", "from", "by", "last", "next", "this"};
    if (!(Tok(i).flags & kTokCapital)) return false;
    if (i + 1 < sent.token_end && (Tok(i + 1).flags & kTokNumber)) return true;
    if (i > sent.token_begin && (Tok(i - 1).flags & kTokNumber)) return true;  // "9 March"
    return i > sent.token_begin && In(kBefore, Norm(i - 1));
  }

  // "armed students", "armed youths": an unnamed civilian group carrying arms is a militia
  // (ACLED inter 3, e.g. "Militia (Students)"), not civilians.
  void AssignArmedCivilians(uint32_t s, size_t first) {
    const Sentence& sent = doc_.sentences[s];
    for (size_t i = first; i < doc_.actors.size(); ++i) {
      ActorMention& m = doc_.actors[i];
      if (m.inter < 5 || m.entity_id.find('+') == std::string::npos) continue;
      if (m.token_begin <= sent.token_begin || Norm(m.token_begin - 1) != "armed") continue;
      m.inter = 3;
      m.kind = "militia";
      const CountryEntry* c = lx_.Country(m.country);
      m.acled_name = "Unidentified Armed Group" + (c ? " (" + c->name + ")" : std::string());
    }
  }

  // "People gathered to denounce ...", "gathered in front of the ministry to demand ...": a
  // gathering whose purpose is to protest, denounce, demand or condemn is a demonstration.
  bool GatheredTo(uint32_t i, const Sentence& sent) const {
    static constexpr std::array<std::string_view, 7> kPurpose = {
        "protest", "denounce", "demand", "condemn", "decry", "oppose", "demonstrate"};
    std::string_view w = Norm(i);
    if (w != "gathered" && w != "assembled" && w != "converged") return false;
    for (uint32_t j = i + 1; j + 1 < sent.token_end && j <= i + 8; ++j)
      if (Norm(j) == "to" && In(kPurpose, Norm(j + 1))) return true;
    return false;
  }

  // "Members of the CMA protested", "armed members of the Ganda Izo group picketed": members of
  // a named organisation who demonstrate are protesters (ACLED names the organisation as the
  // protesters' associated actor). Only members ("members/supporters/elements of"), so that an
  // organisation's statement of protest stays the organisation's.
  bool MembersWhoProtest(const ActorMention& m, const Sentence& sent) const {
    static constexpr std::array<std::string_view, 5> kWho = {"members", "supporters", "elements", "militants", "activists"};
    static constexpr std::array<std::string_view, 10> kVerbs = {
        "protested", "demonstrated", "marched", "rallied", "picketed", "staged", "held", "organised",
        "organized", "gathered"};
    if (m.antecedent != kNone || m.entity_id.find('+') != std::string::npos) return false;
    if (m.kind != "armed-group" && m.kind != "militia" && m.kind != "party" && m.kind != "ethnic-group") return false;
    uint32_t b = m.token_begin;
    if (b > sent.token_begin && Norm(b - 1) == "the") --b;
    if (b < sent.token_begin + 2 || Norm(b - 1) != "of" || !In(kWho, Norm(b - 2))) return false;
    uint32_t e = m.token_end;
    if (e < sent.token_end && Norm(e) == "(") {  // "members of the CMA (dissidents) protested"
      while (e < sent.token_end && Norm(e) != ")") ++e;
      ++e;
    }
    return e < sent.token_end && In(kVerbs, Norm(e));
  }

  // ACLED codes civilians who demonstrate as protesters (inter 6) and violent crowds as rioters
  // (inter 5): civilian mentions of a sentence that reports a protest or riot take that role.
  void AssignCrowdRoles(uint32_t s, size_t first) {
    if (first == doc_.actors.size()) return;
    const Sentence& sent = doc_.sentences[s];
    bool protest = false, riot = false;
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
      std::string_view w = Norm(i);
      auto starts = [&](std::string_view p) { return w.substr(0, p.size()) == p; };
      // "took to the streets", "went to the street".
      bool streets = (w == "streets" && i > sent.token_begin && Norm(i - 1) == "the") ||
                     (w == "street" && i > sent.token_begin + 1 && Norm(i - 1) == "the" && Norm(i - 2) == "to");
      if (starts("protest") || starts("demonstrat") || w == "marched" || (w == "march" && !MonthMarch(i, sent)) ||
          starts("rall") || streets || starts("picket") || GatheredTo(i, sent) ||
          w == "sit-in" || w == "sit-ins" || (w == "sit" && i + 2 < sent.token_end && Norm(i + 2).substr(0, 2) == "in"))
        protest = true;
      bool burned = w == "burned" || w == "burnt" || w == "burning";
      std::string_view next = i + 1 < sent.token_end ? Norm(i + 1).substr(0, 4) : std::string_view();
      if (starts("riot") || w == "torched" || starts("vandali") || starts("ransack") || w == "stones" ||
          (burned && (next == "tire" || next == "tyre")) || (w == "violent" && (next == "prot" || next == "demo")) ||
          // "the march turned violent"
          ((w == "turned" || w == "turning" || w == "turn" || w == "became") && next == "viol") ||
          (w == "set" && (next == "fire" || next == "on")))
        riot = true;
    }
    // A civilian crowd that is the sentence's first actor and does violence ("Youth burned the
    // gendarmerie post", "locals in Gao beat up two men") is a riot; so is a protest that
    // turns to clashes.
    static constexpr std::array<std::string_view, 16> kViolent = {
        "burned", "burnt", "beat", "clashed", "stormed", "threw", "looted", "ransacked", "torched",
        "lynched", "attacked", "blocked", "fought", "captured", "assaulted", "stoned"};
    const ActorMention& lead = doc_.actors[first];
    // "clashes between police and Dire youth": a civilian crowd that is a side of a clash riots.
    bool clash = false;
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i)
      if (Norm(i).substr(0, 5) == "clash" || Norm(i) == "fighting") clash = true;
    for (size_t i = first; clash && !riot && i < doc_.actors.size(); ++i) {
      const ActorMention& m = doc_.actors[i];
      if (m.inter != 7 || m.entity_id.find('+') == std::string::npos) continue;
      for (uint32_t t = m.token_begin; t > sent.token_begin && t + 6 > m.token_begin;) {
        --t;
        if (Norm(t) == "between") { riot = true; break; }
        // Victims after the clause ("clashes between X and Y killed two civilians") are not a side.
        if ((Tok(t).flags & (kTokNumber | kTokPunct)) || (Norm(t).size() > 2 && Norm(t).substr(Norm(t).size() - 2) == "ed"))
          break;
      }
    }
    if (lead.inter == 7 && lead.entity_id.find('+') != std::string::npos) {
      for (uint32_t i = lead.token_end; i < sent.token_end && i < lead.token_end + 4; ++i) {
        std::string_view w = Norm(i);
        if (w == "was" || w == "were" || w == "been" || w == "being") break;  // passive: victims
        if (In(kViolent, w)) {
          if (w == "blocked") protest = true;
          else riot = true;
          break;
        }
      }
    }
    // "was assaulted by (suspected) government supporters": a civilian crowd that does violence
    // is a mob (ACLED: mob violence, rioters).
    for (size_t i = first; !riot && i < doc_.actors.size(); ++i) {
      const ActorMention& m = doc_.actors[i];
      if (m.inter != 7 || m.entity_id.find('+') == std::string::npos) continue;
      uint32_t b = m.token_begin;
      while (b > sent.token_begin && In(kHedges, Norm(b - 1))) --b;
      if (b < sent.token_begin + 2 || Norm(b - 1) != "by") continue;
      riot = In(kMobPassive, Norm(b - 2));
    }
    if (protest && !riot) {
      for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
        std::string_view w = Norm(i);
        if (w.substr(0, 5) == "clash" || w == "deadly") riot = true;
      }
    }
    if (!protest && !riot) return;
    for (size_t i = first; i < doc_.actors.size(); ++i) {
      ActorMention& m = doc_.actors[i];
      if (MembersWhoProtest(m, sent)) {
        const CountryEntry* c = lx_.Country(m.country.empty() && article_country_ ? article_country_->iso3 : m.country);
        m.inter = riot ? 5 : 6;
        m.acled_name = std::string(riot ? "Rioters" : "Protesters") + (c ? " (" + c->name + ")" : std::string());
        continue;
      }
      bool crowd = m.inter == 7 || m.inter == 6 || m.inter == 5 ||
                   (m.inter == 0 && (m.sector == "OPP" || m.sector == "LAB" || m.sector == "EDU" || m.sector == "PTY"));
      bool named = m.entity_id.find('+') == std::string::npos;
      if (!crowd || m.kind == "militia" || (named && (m.kind == "media" || m.kind == "igo" || m.kind == "ngo")))
        continue;
      const CountryEntry* c = lx_.Country(m.country);
      std::string cname = c ? " (" + c->name + ")" : std::string();
      m.inter = riot ? 5 : 6;
      m.acled_name = (riot ? "Rioters" : "Protesters") + cname;
    }
  }

  const Lexicon& lx_;
  Document& doc_;
  const PhraseMatcher& m_;
  std::vector<uint32_t> ids_;
  int32_t date_ = 0;
  std::vector<std::vector<Item>> items_;
  const CountryEntry* article_country_ = nullptr;
  const CountryEntry* article_hint_ = nullptr;  // from metadata or dateline, known before matching
  // The last country/organisation + agent composition, which a coordinated bare agent shares.
  struct Head {
    uint32_t sentence = UINT32_MAX, end = 0;
    const CountryEntry* country = nullptr;
    int32_t actor = -1;
  } head_;
  std::unordered_map<std::string, Item> learned_;        // acronyms defined in parentheses
  std::unordered_map<std::string, Item> learned_names_;  // surnames of persons named in full
};

}  // namespace

void RecognizeActors(const Lexicon& lexicon, Document& doc) {
  doc.actors.clear();
  doc.discards.clear();
  Run(lexicon, doc).Go();
}

}  // namespace dateline::lexicon
