// Event coder: see coder.h. The work is per sentence, over its chunks:
//   1. index the actors of each noun phrase;
//   2. for each verb group whose form is in the event lexicon: find its subject (leftwards in its
//      clause, skipping prepositional phrases, times and relative clauses; inherited across "and",
//      infinitives and ", -ing" clauses), object, particles and prepositional phrases; swap roles in
//      the passive; take the most constrained pattern that matches (PETRARCH/TABARI patterns
//      match on the word order around the verb, with PETRARCH's target, source and dyad rules);
//   3. code noun triggers that the sentence reports as happening;
//   4. set mood, negation and attribution, drop events with no actor, merge duplicates, fill the
//      CAMEO/PLOVER/ACLED fields from the tables, and ask the hooks for date, place and toll.
#include "coding/coder.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "syntax/pos.h"

namespace dateline::coding {
namespace {

using syntax::kCC;
using syntax::kCOMMA;
using syntax::kEX;
using syntax::kPRP;
using syntax::kSC;
using syntax::kWDT;

bool InList(std::string_view w, std::initializer_list<std::string_view> list) {
  for (auto x : list) if (x == w) return true;
  return false;
}

// Verbs whose subject noun names an event that happened ("fighting erupted", "a blast hit ...").
bool IsOccurrenceLemma(std::string_view l) {
  return InList(l, {"erupt", "break", "occur", "happen", "continue", "resume", "flare", "intensify",
                    "rage", "hit", "strike", "rock", "kill", "wound", "injure", "target", "claim",
                    "leave", "destroy", "damage", "go", "explode", "detonate", "take", "shake",
                    "tear", "rip", "hurt", "spread", "escalate", "begin", "start", "result",
                    "cause", "lead", "target"});
}

// Verbs whose passive subject noun names an event that took place ("a rally was held").
bool IsPassiveOccurrenceLemma(std::string_view l) {
  return InList(l, {"hold", "stage", "organize", "organise", "carry", "launch", "conduct", "mount",
                    "report", "record", "observe", "repel", "repulse", "foil", "thwart", "signal", "hear"});
}

bool IsHarmLemma(std::string_view l) {
  return InList(l, {"hit", "strike", "kill", "wound", "injure", "target", "destroy", "damage",
                    "claim", "hurt", "leave"});
}

bool IsIntentLemma(std::string_view l) {
  return InList(l, {"plan", "intend", "want", "seek", "aim", "prepare", "vow", "pledge", "promise",
                    "threaten", "agree", "decide", "expect", "hope", "try", "attempt", "push",
                    "propose", "call", "urge", "ask", "order", "consider", "offer", "wish", "need",
                    "demand", "refuse", "be", "have", "plot", "mull", "vote", "move", "scramble"});
}

bool IsNegatingLemma(std::string_view l) { return InList(l, {"deny", "refuse", "fail", "reject", "decline"}); }

// Violence coded without its means: assault, killing, conventional fighting.
bool IsGenericViolence(std::string_view code) {
  return InList(code, {"18", "180", "182", "1823", "19", "190"});
}

// Means of violence that ACLED counts as explosions/remote violence: bombs, IEDs and mines,
// shelling, air strikes.
bool IsRemoteViolence(std::string_view code) {
  return code.substr(0, 3) == "183" || code == "194" || code == "195";
}

// The inter code of the armed group a story names as the author of an event (sentences from the
// event's on that carry a claim or attribution cue: planted, claimed, responsibility, carried out,
// blamed, attributed), 0 when there is none. The event's own targets are never its author.
int ClaimedPerpetratorInter(const Document& doc, const Event& e) {
  if (e.sentence >= doc.sentences.size()) return 0;
  for (uint32_t si = e.sentence; si < doc.sentences.size(); ++si) {
    const Sentence& sent = doc.sentences[si];
    bool cue = false;
    for (uint32_t k = sent.token_begin; k < sent.token_end && k < doc.tokens.size() && !cue; ++k) {
      std::string_view w = doc.norm(doc.tokens[k]);
      cue = InList(w, {"planted", "claimed", "claims", "claim", "responsibility", "blamed", "attributed"}) ||
            (w == "out" && k > sent.token_begin && doc.norm(doc.tokens[k - 1]) == "carried");
    }
    if (!cue) continue;
    for (uint32_t a = 0; a < doc.actors.size(); ++a) {
      const ActorMention& m = doc.actors[a];
      if (m.sentence != si || m.inter < 2 || m.inter > 4) continue;
      if (std::find(e.targets.begin(), e.targets.end(), a) != e.targets.end()) continue;
      return m.inter;
    }
  }
  return 0;
}

// True when the sentence says the victims fought back: "repelled", "fought back", "returned
// fire", "retaliated", "exchanges of gunfire", "crossfire", "clashing with".
bool SentenceHasResistance(const Document& doc, uint32_t si) {
  if (si >= doc.sentences.size()) return false;
  const Sentence& sent = doc.sentences[si];
  for (uint32_t k = sent.token_begin; k < sent.token_end && k < doc.tokens.size(); ++k) {
    std::string_view w = doc.norm(doc.tokens[k]);
    if (InList(w, {"repelled", "repulsed", "retaliated", "crossfire", "clashing", "clashed", "clashes",
                   "resisted", "exchanges", "firefight", "gunfight", "fended"}))
      return true;
    if ((w == "fought" || w == "fighting") && k + 1 < sent.token_end && doc.norm(doc.tokens[k + 1]) == "back") return true;
    if (w == "returned" && k + 1 < sent.token_end && doc.norm(doc.tokens[k + 1]) == "fire") return true;
  }
  return false;
}

// True when the sentence or the next one tells of the death of the abducted: "found dead",
// "executed", "bodies", "corpses", "killed".
bool AbductionEndsInDeath(const Document& doc, uint32_t si) {
  for (uint32_t s = si; s < doc.sentences.size() && s <= si + 1; ++s) {
    const Sentence& sent = doc.sentences[s];
    for (uint32_t k = sent.token_begin; k < sent.token_end && k < doc.tokens.size(); ++k) {
      std::string_view w = doc.norm(doc.tokens[k]);
      if (InList(w, {"executed", "killed", "bodies", "body", "corpses", "corpse", "beheaded", "murdered"})) return true;
      if (w == "dead" && k > sent.token_begin && InList(doc.norm(doc.tokens[k - 1]), {"found", "discovered"})) return true;
    }
  }
  return false;
}

// The arrested found dead or executed: "executed", "bodies", "corpses", "mass grave" in the
// sentence or the next (not "killed": "arrested in connection with the killing" is common).
bool ArrestEndsInDeath(const Document& doc, uint32_t si) {
  for (uint32_t s = si; s < doc.sentences.size() && s <= si + 1; ++s) {
    const Sentence& sent = doc.sentences[s];
    for (uint32_t k = sent.token_begin; k < sent.token_end && k < doc.tokens.size(); ++k) {
      std::string_view w = doc.norm(doc.tokens[k]);
      if (InList(w, {"executed", "bodies", "corpses", "corpse", "corps", "grave", "graves"})) return true;
      if (w == "dead" && k > sent.token_begin && InList(doc.norm(doc.tokens[k - 1]), {"found", "discovered"})) return true;
    }
  }
  return false;
}

bool SentenceHasTorture(const Document& doc, uint32_t si) {
  if (si >= doc.sentences.size()) return false;
  const Sentence& sent = doc.sentences[si];
  for (uint32_t k = sent.token_begin; k < sent.token_end && k < doc.tokens.size(); ++k)
    if (InList(doc.norm(doc.tokens[k]), {"torture", "tortured", "beaten", "electrocution", "blindfolded", "mistreated"}))
      return true;
  return false;
}

struct SideInfo {
  std::vector<uint32_t> actors;
  int np = -1;  // chunk index
};

struct Candidate {
  Event e;
  std::string plover_mode, acled_sub;
  uint32_t trigger_token = kNone;
  int subject_np = -1, object_np = -1;
  bool constrained = false;
  bool noun = false;
  bool happened = false;  // a noun trigger in a fragment or as the subject of a harm verb
};

// PETRARCH/TABARI linear patterns: the pattern's words in sentence order around the verb.
struct LinearHit {
  int target_pos = -1, source_pos = -1;  // token (sentence-relative) the marker stood at
  int target_skip = 0, source_skip = 0;  // actors to pass over first ("^")
  int pending_skip = 0;
  bool target_left = false, source_left = false;
  bool negation = false;  // the pattern itself spelt the negation ("- NOT * [112]")
  bool modal = false;     // or the modal ("- INDICATED WOULD * NOW [1010]")
};

bool IsNegationWord(std::string_view w) { return InList(w, {"not", "n't", "never", "no"}); }

bool PhraseAt(const std::vector<std::string_view>& w, size_t q, const Phrase& ph) {
  if (q + ph.size() > w.size()) return false;
  for (size_t k = 0; k < ph.size(); ++k)
    if (w[q + k] != ph[k]) return false;
  return true;
}

void NoteNegation(const Phrase& ph, LinearHit* hit) {
  for (const std::string& x : ph) {
    hit->negation |= IsNegationWord(x);
    hit->modal |= InList(x, {"would", "should", "could", "may", "might", "will", "shall", "can", "must", "ca", "wo"});
  }
}

// Words after the verb: pat[i..] from token pos on (pos may skip words unless `adjacent`).
bool MatchUpper(const std::vector<PatternWord>& pat, size_t i, const std::vector<std::string_view>& w,
                size_t pos, LinearHit* hit) {
  if (i == pat.size()) return true;
  const PatternWord& pw = pat[i];
  if (pw.role) {
    LinearHit h = *hit;
    if (pw.role == '^') {
      h.pending_skip++;
    } else if (pw.role == '%') {
      // A compound source: its members act on the target, or on each other (see the coder).
    } else {
      (pw.role == '+' ? h.target_pos : h.source_pos) = static_cast<int>(pos);
      (pw.role == '+' ? h.target_skip : h.source_skip) = h.pending_skip;
      h.pending_skip = 0;
    }
    if (!MatchUpper(pat, i + 1, w, pos, &h)) return false;
    *hit = h;
    return true;
  }
  for (size_t q = pos; q < w.size(); ++q) {
    if (pw.adjacent && q != pos) break;
    for (const Phrase& ph : pw.alternatives) {
      LinearHit h = *hit;
      h.pending_skip = 0;  // "^" counts only right before a marker: "- * EID AT ^ WITH +"
      if (PhraseAt(w, q, ph) && MatchUpper(pat, i + 1, w, q + ph.size(), &h)) {
        NoteNegation(ph, &h);
        *hit = h;
        return true;
      }
    }
  }
  return false;
}

// Words before the verb, right to left: pat[..i] ending before token `end`.
bool MatchLower(const std::vector<PatternWord>& pat, int i, const std::vector<std::string_view>& w,
                size_t end, LinearHit* hit) {
  if (i < 0) return true;
  const PatternWord& pw = pat[i];
  if (pw.role) {
    LinearHit h = *hit;
    if (pw.role == '+') h.target_pos = static_cast<int>(end), h.target_left = true;
    else if (pw.role == '$') h.source_pos = static_cast<int>(end), h.source_left = true;
    if (!MatchLower(pat, i - 1, w, end, &h)) return false;
    *hit = h;
    return true;
  }
  for (size_t e = end; e > 0; --e) {
    if (pw.adjacent && e != end) break;
    for (const Phrase& ph : pw.alternatives) {
      if (ph.size() > e) continue;
      LinearHit h = *hit;
      if (PhraseAt(w, e - ph.size(), ph) && MatchLower(pat, i - 1, w, e - ph.size(), &h)) {
        NoteNegation(ph, &h);
        *hit = h;
        return true;
      }
    }
  }
  return false;
}

}  // namespace

void EventCoder::FillCodes(const Document& doc, Event* e, const std::string& plover_mode,
                           const std::string& acled_sub) const {
  e->cameo_root = e->cameo.substr(0, 2);
  if (const CameoInfo* info = tables_.Find(e->cameo)) {
    e->quad_class = info->quad_class;
    e->goldstein = info->goldstein;
    e->plover.type = info->plover_type;
    e->plover.mode = info->plover_mode;
    e->plover.context = info->plover_context;
  }
  if (!plover_mode.empty()) e->plover.mode = plover_mode;
  std::vector<int> s_inter, t_inter;
  bool pko = false;
  const bool violence = e->cameo_root == "18" || e->cameo_root == "19" || e->cameo_root == "20";
  auto scan = [&](const std::vector<uint32_t>& side, std::vector<int>* inters, bool victims) {
    for (uint32_t a : side) {
      if (a >= doc.actors.size()) continue;
      const ActorMention& m = doc.actors[a];
      int inter = m.inter;
      if (victims && violence && inter) {
        // ACLED's victims: unarmed officials ("the mayor", "a local official": a government
        // actor that is neither military nor police) and members of a community named as
        // civilians ("Fulani herdsmen", "Dogon villagers") are civilians (7).
        bool official = inter == 1 && m.code.size() >= 3 && m.code.ends_with("GOV");
        bool community_member = false;
        if (inter == 4 && m.code.find("ETH") != std::string::npos && m.token_end > m.token_begin &&
            m.token_end <= doc.tokens.size()) {
          std::vector<std::string_view> head{doc.norm(doc.tokens[m.token_end - 1])};
          int cls = lexicon_.ClassId("CIVILIAN");
          community_member = cls >= 0 && (lexicon_.MatchClasses(head) & (uint64_t{1} << cls));
        }
        if (official || community_member) inter = 7;
      }
      if (inter) inters->push_back(inter);
      if (m.code.find("PKO") != std::string::npos || m.sector == "PKO") pko = true;
    }
  };
  scan(e->sources, &s_inter, false);
  scan(e->targets, &t_inter, true);
  if (t_inter.empty() && e->acled.inter2) t_inter.push_back(e->acled.inter2);
  // "MAA and GATIA clashed": fighting with a compound subject and no target is between its parts.
  if (t_inter.empty() && e->targets.empty() && s_inter.size() >= 2 && (e->cameo == "19" || e->cameo == "190"))
    t_inter.assign(s_inter.begin() + 1, s_inter.end()), s_inter.resize(1);
  if (pko && std::find(e->plover.context.begin(), e->plover.context.end(), "peacekeeping") ==
                 e->plover.context.end())
    e->plover.context.push_back("peacekeeping");
  // An attack by no named party on no named actor ("a Red Cross mission was attacked", "a vehicle
  // was hit by gunfire") targets civilians, as ACLED codes it; fighting nouns and verbs
  // ("clashes", "exchanged fire") keep their battle reading.
  if (violence && s_inter.empty() && t_inter.empty() && e->cameo_root == "19" && e->cameo != "194" &&
      e->cameo != "195" && e->evidence.trigger.end > e->evidence.trigger.start) {
    std::string w(doc.raw(e->evidence.trigger));
    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!(w.starts_with("clash") || w.starts_with("fight") || w.starts_with("exchang") || w.starts_with("battl") ||
          w.starts_with("skirmish") || w.starts_with("gunfight") || w.starts_with("firefight") || w.find("fighting") != std::string::npos))
      t_inter.push_back(7);
  }
  AcledType t = tables_.Acled(e->cameo, s_inter, t_inter);
  // An armed group's attack with no armed opponent anywhere in view ("unknown gunmen opened fire
  // in the village") is one-sided: ACLED codes violence against civilians, not a battle.
  if (t.event_type == "Battles" && t.sub_event_type == "Armed clash" && t_inter.empty() &&
      s_inter.size() == 1 && s_inter[0] >= 2 && s_inter[0] <= 4) {
    t = tables_.Acled(e->cameo, s_inter, {7});
    if (t.event_type == "Violence against civilians") e->acled.inter2 = 7, t_inter = {7};
  }
  e->acled.disorder_type = t.disorder_type;
  e->acled.event_type = t.event_type;
  e->acled.sub_event_type = t.sub_event_type;
  if (!acled_sub.empty() && !t.event_type.empty()) e->acled.sub_event_type = acled_sub;
  e->acled.inter1 = s_inter.empty() ? 0 : s_inter[0];
  e->acled.inter2 = t_inter.empty() ? 0 : t_inter[0];
  // ACLED's conventions: protesters (6) and rioters (5) are the first actor of their events; an
  // unnamed perpetrator of political violence is an unidentified armed group (3); unnamed victims
  // of violence against civilians are civilians (7).
  if (t.event_type == "Protests") {
    if (e->acled.inter1 != 6) {
      // "Police dispersed the protesters": the protesters are actor 1, the police actor 2.
      if (e->acled.inter2 == 6) e->acled.inter2 = e->acled.inter1;
      e->acled.inter1 = 6;
    }
  } else if (t.event_type == "Riots") {
    // Rioters are actor 1; the police they clash with actor 2 ("police clashed with youths").
    if (e->acled.inter1 != 5) {
      if (e->acled.inter2 == 5 || e->acled.inter2 == 6) e->acled.inter2 = e->acled.inter1 == 6 ? 0 : e->acled.inter1;
      e->acled.inter1 = 5;
    }
  } else if (t.disorder_type == "Political violence") {
    if (e->acled.inter1 == 0) e->acled.inter1 = 3;
    if (e->acled.inter2 == 0 && t.event_type == "Violence against civilians") e->acled.inter2 = 7;
  } else if (t.sub_event_type == "Looting/property destruction") {
    // Armed men looting or burning with no named owner, or a public office's ("the mayor's
    // office"): ACLED records civilians as the victims. Robbers nobody names are an unidentified
    // armed group.
    bool public_owner = !e->targets.empty();
    for (uint32_t a : e->targets) public_owner &= a < doc.actors.size() && doc.actors[a].code.ends_with("GOV");
    if (public_owner && e->acled.inter1 >= 2 && e->acled.inter1 <= 4) e->acled.inter2 = 7;
    if (e->acled.inter2 == 0 && e->acled.inter1 >= 1 && e->acled.inter1 <= 4) e->acled.inter2 = 7;
    if (e->acled.inter1 == 0 && e->acled.inter2 == 7) e->acled.inter1 = 3;
  }
  int a = e->acled.inter1, b = e->acled.inter2;
  if (a && b) e->acled.interaction = std::min(a, b) * 10 + std::max(a, b);
  else if (a || b) e->acled.interaction = (a ? a : b) * 10;
  else e->acled.interaction = 0;
}

void EventCoder::Code(Document& doc) const {
  doc.events.clear();
  // "will not ever clash over ...": after an auxiliary and an adverb the chunker can read a bare
  // verb as a noun. Where the word's patterns come from a PETRARCH dictionary (whose validation
  // suites are full of such stacked auxiliaries), that one-word noun chunk is the main verb.
  for (size_t j = 0; j < doc.chunks.size(); ++j) {
    Chunk& c = doc.chunks[j];
    // "Ethiopia act on a resolution": a bare present verb glued to the subject actor before it.
    // Where a PETRARCH dictionary has the word, the uncapitalised last word of a clause-initial
    // noun phrase, right after an actor mention and before a prepositional or noun phrase, is the verb.
    const bool clause_initial = j == 0 || doc.chunks[j - 1].sentence != c.sentence ||
                                (doc.chunks[j - 1].kind == kChunkOther &&
                                 InList(doc.norm(doc.tokens[doc.chunks[j - 1].head]), {",", ";", "and", "but"}));
    if (clause_initial && c.kind == kChunkNoun && c.token_end >= c.token_begin + 2 && c.head + 1 == c.token_end &&
        !(doc.tokens[c.head].flags & kTokCapital) && j + 1 < doc.chunks.size() &&
        doc.chunks[j + 1].sentence == c.sentence &&
        (doc.chunks[j + 1].kind == kChunkPrep || doc.chunks[j + 1].kind == kChunkNoun)) {
      const std::vector<uint32_t>* pats = lexicon_.VerbPatterns(doc.norm(doc.tokens[c.head]));
      bool after_actor = false;
      for (const ActorMention& m : doc.actors)
        after_actor |= m.token_begin >= c.token_begin && m.token_end == c.head;
      if (pats && lexicon_.pattern(pats->front()).linear && after_actor) {
        Chunk verb = c;
        verb.kind = kChunkVerb;
        verb.flags = 0;
        verb.token_begin = c.head;
        c.token_end = c.head;
        c.head = c.head - 1;
        doc.chunks.insert(doc.chunks.begin() + static_cast<std::ptrdiff_t>(j) + 1, verb);
        continue;
      }
    }
    if (j == 0 || c.kind != kChunkNoun || c.token_end != c.token_begin + 1) continue;
    const std::vector<uint32_t>* pats = lexicon_.VerbPatterns(doc.norm(doc.tokens[c.head]));
    if (!pats || !lexicon_.pattern(pats->front()).linear) continue;
    size_t k = j - 1;
    while (k > 0 && doc.chunks[k].kind == kChunkOther && doc.chunks[k].sentence == c.sentence &&
           doc.tokens[doc.chunks[k].head].tag == syntax::kRB)
      --k;
    const Chunk& aux = doc.chunks[k];
    if (k == j || aux.kind != kChunkVerb || aux.sentence != c.sentence || aux.clause != c.clause) continue;
    // The group holds only auxiliaries, negation and adverbs ("really wo n't even").
    bool only_aux = true, has_aux = false;
    for (uint32_t t = aux.token_begin; t < aux.token_end; ++t) {
      const bool a = InList(doc.norm(doc.tokens[t]), {"n't", "not", "never", "will", "would", "can", "could", "did",
                                                      "does", "do", "shall", "should", "may", "might", "must", "wo",
                                                      "ca"});
      has_aux |= a;
      only_aux &= a || doc.tokens[t].tag == syntax::kRB;
    }
    if (!has_aux || !only_aux) continue;
    c.kind = kChunkVerb;
    c.flags = aux.flags & (kChunkNegated | kChunkFuture | kChunkModal);
  }
  const auto& chunks = doc.chunks;
  const auto& toks = doc.tokens;
  auto norm = [&](uint32_t t) { return doc.norm(toks[t]); };
  thread_local std::string buf;
  thread_local std::vector<uint32_t> tok_actor;  // actor starting at token (sentence-relative)
  thread_local std::vector<std::string_view> words;
  std::vector<Candidate> cands;
  int pub_year = 0;
  if (doc.published && doc.published->size() >= 4) pub_year = std::atoi(doc.published->substr(0, 4).c_str());
  else if (doc.article.published && doc.article.published->size() >= 4)
    pub_year = std::atoi(doc.article.published->substr(0, 4).c_str());

  // Actors by sentence, built once (linear in the document however long it is).
  std::vector<uint32_t> actor_order(doc.actors.size());
  for (uint32_t a = 0; a < actor_order.size(); ++a) actor_order[a] = a;
  auto actor_sentence = [&](uint32_t a) {
    const ActorMention& m = doc.actors[a];
    return m.sentence < doc.sentences.size() ? m.sentence : kNone;
  };
  std::stable_sort(actor_order.begin(), actor_order.end(),
                   [&](uint32_t x, uint32_t y) { return actor_sentence(x) < actor_sentence(y); });
  std::vector<uint32_t> actor_begin(doc.sentences.size() + 1, 0);
  {
    size_t k = 0;
    for (uint32_t si = 0; si <= doc.sentences.size(); ++si) {
      while (k < actor_order.size() && actor_sentence(actor_order[k]) < si) ++k;
      actor_begin[si] = static_cast<uint32_t>(k);
    }
  }
  struct Range {
    size_t cb, ce;
  };
  std::vector<Range> sentence_chunks(doc.sentences.size(), Range{0, 0});

  size_t ci = 0;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sent = doc.sentences[si];
    while (ci < chunks.size() && chunks[ci].sentence < si) ++ci;
    const size_t cb = ci;
    size_t ce = cb;
    while (ce < chunks.size() && chunks[ce].sentence == si) ++ce;
    ci = ce;
    sentence_chunks[si] = {cb, ce};
    if (ce == cb) continue;
    const uint32_t tb = sent.token_begin, te = sent.token_end;
    tok_actor.assign(te - tb, kNone);
    for (uint32_t k = actor_begin[si]; k < actor_begin[si + 1]; ++k) {
      const uint32_t a = actor_order[k];
      const ActorMention& m = doc.actors[a];
      if (m.token_begin >= tb && m.token_begin < te && tok_actor[m.token_begin - tb] == kNone)
        tok_actor[m.token_begin - tb] = a;
    }
    // Quick reject: a sentence with no lexicon verb and no trigger noun codes nothing.
    auto np_words = [&](const Chunk& c) -> const std::vector<std::string_view>& {
      words.clear();
      for (uint32_t k = c.token_begin; k <= c.head && k < c.token_end; ++k) words.push_back(norm(k));
      return words;
    };
    bool any = false;
    for (size_t j = cb; j < ce && !any; ++j) {
      const Chunk& c = chunks[j];
      if (c.kind == kChunkVerb) any = lexicon_.VerbPatterns(norm(c.head)) != nullptr;
      else if (c.kind == kChunkNoun) any = lexicon_.MatchNoun(np_words(c)) != nullptr;
    }
    if (!any) continue;

    auto actors_of = [&](int np) {
      std::vector<uint32_t> out;
      if (np < 0) return out;
      const Chunk& c = chunks[np];
      for (uint32_t k = c.token_begin; k < c.token_end; ++k) {
        if (tok_actor[k - tb] != kNone) out.push_back(tok_actor[k - tb]);
      }
      // "members of the army": the actors of an "of" phrase stand for an actor-less head.
      if (out.empty() && static_cast<size_t>(np) + 2 < ce && chunks[np + 1].kind == kChunkPrep &&
          norm(chunks[np + 1].head) == "of" && chunks[np + 2].kind == kChunkNoun) {
        const Chunk& d = chunks[np + 2];
        for (uint32_t k = d.token_begin; k < d.token_end; ++k)
          if (tok_actor[k - tb] != kNone) out.push_back(tok_actor[k - tb]);
      }
      return out;
    };
    // The most specific trigger in a noun phrase: "an air raid operation" is an air raid, not
    // a generic operation.
    auto SpecificTrigger = [&](const Chunk& c) -> const NounTrigger* {
      const NounTrigger* head = nullptr;
      for (uint32_t end = c.head + 1; end > c.token_begin; --end) {
        words.clear();
        for (uint32_t k = c.token_begin; k < end; ++k) words.push_back(norm(k));
        const NounTrigger* t = lexicon_.MatchNoun(words);
        if (!t) continue;
        if (!head) head = t;
        if (t->code != "190") return t;
      }
      return head;
    };
    auto is_tag = [&](size_t j, uint16_t tag) {
      return chunks[j].kind == kChunkOther && toks[chunks[j].head].tag == tag;
    };
    auto is_pronoun_np = [&](int np) {
      return np >= 0 && chunks[np].token_end == chunks[np].token_begin + 1 &&
             toks[chunks[np].head].tag == kPRP;
    };
    // Coordinated noun phrases with actors: "France and Mali", "the army, police and militias".
    bool serial_coord = false;  // set while coding a PETRARCH pattern
    auto side = [&](int np, bool leftwards) {
      SideInfo s;
      s.np = np;
      if (np < 0) return s;
      s.actors = actors_of(np);
      if (s.actors.empty()) return s;
      auto extend = [&](int dir) {
        int j = np;
        while (true) {
          int k = j + dir, l = j + 2 * dir;
          if (k < static_cast<int>(cb) || l < static_cast<int>(cb) || l >= static_cast<int>(ce)) break;
          // PETRARCH: ", and" (the serial comma) separates like "and"; so does "nor".
          if (serial_coord && l + dir >= static_cast<int>(cb) && l + dir < static_cast<int>(ce) && is_tag(dir > 0 ? k : l, kCOMMA) &&
              is_tag(dir > 0 ? l : k, kCC) && chunks[l + dir].kind == kChunkNoun) {
            k = l;
            l += dir;
          }
          if (!(is_tag(k, kCC) || is_tag(k, kCOMMA)) || chunks[l].kind != kChunkNoun) break;
          if (is_tag(k, kCC) && !InList(norm(chunks[k].head), {"and", "or"}) &&
              !(serial_coord && norm(chunks[k].head) == "nor"))
            break;
          auto more = actors_of(l);
          if (more.empty()) break;
          for (uint32_t a : more) s.actors.push_back(a);
          j = l;
        }
      };
      extend(+1);
      if (leftwards) extend(-1);
      return s;
    };

    // True when noun phrase j is coordinated with, or in apposition to, the object of a
    // preposition: "from [Mali] and [Niger]", "in [Mandiakuy], [Segou Region]".
    auto pp_object = [&](size_t j) {
      // Only a name continues a prepositional phrase ("in Mandiakuy, Segou Region"); "..., the
      // occupants were stripped" starts a clause.
      if (toks[chunks[j].token_begin].tag != syntax::kNNP) return false;
      while (j >= cb + 2 && (is_tag(j - 1, kCOMMA) || (is_tag(j - 1, kCC) && norm(chunks[j - 1].head) == "and")) &&
             chunks[j - 2].kind == kChunkNoun && !(chunks[j - 2].flags & kChunkTemporal)) {
        j -= 2;
        if (j > cb && chunks[j - 1].kind == kChunkPrep) return true;
      }
      return false;
    };
    // Subject of the verb group at chunk v: -1 when none; *inherit set when it should be taken
    // from the previous verb group (coordination, infinitive, participial clause).
    auto find_subject = [&](size_t v, bool* inherit) -> int {
      *inherit = false;
      const Chunk& vg = chunks[v];
      bool v_rel = vg.flags & kChunkRelative;
      // A bare participle ("members killed", "the camps handed back") takes the noun phrase right
      // before it as its (passive) subject, and nothing else.
      if (vg.flags & kChunkParticiple) {
        size_t p = v;
        // "MINUSMA peacekeepers (RRF) subjected to ...": past a parenthesis.
        if (p > cb && norm(chunks[p - 1].head) == ")") {
          while (p > cb && norm(chunks[p - 1].head) != "(") --p;
          if (p > cb) --p;
        }
        return p > cb && chunks[p - 1].kind == kChunkNoun ? static_cast<int>(p - 1) : -1;
      }
      uint16_t cur_clause = vg.clause;
      int appositive = -1;  // "in Mandiakuy, Segou Region attacked": a fallback subject
      for (size_t j = v; j-- > cb;) {
        const Chunk& c = chunks[j];
        // A parenthesis is skipped whole: "MAA and GATIA (both Plateforme) clashed".
        if (c.kind == kChunkOther && norm(c.head) == ")") {
          size_t k = j;
          while (k > cb && norm(chunks[k].head) != "(") --k;
          if (k > cb) {
            j = k;
            continue;
          }
        }
        if (c.kind == kChunkOther && toks[c.head].tag == kWDT) {
          if (!v_rel) {
            // Skipped a relative clause: continue in the clause of its antecedent.
            size_t k = j;
            while (k > cb && is_tag(k - 1, kCOMMA)) --k;
            if (k > cb) cur_clause = chunks[k - 1].clause;
            continue;
          }
          size_t k = j;
          while (k-- > cb) {
            if (chunks[k].kind == kChunkNoun) return static_cast<int>(k);
            if (!is_tag(k, kCOMMA)) break;
          }
          return -1;
        }
        if (!v_rel && (c.flags & kChunkRelative)) continue;
        if (c.clause != cur_clause) {
          // A relative clause closed by a comma: "X, which ..., attacked".
          if (is_tag(j, kCOMMA) && j > cb && (chunks[j - 1].flags & kChunkRelative)) {
            continue;
          }
          break;
        }
        if (c.kind == kChunkVerb) {
          *inherit = true;
          return -1;
        }
        if (c.kind == kChunkOther) {
          if (is_tag(j, kCC)) {
            // "X and Y attacked": a coordinated subject continues leftwards, a coordinated verb
            // phrase ("attacked the post and killed") inherits.
            if (j + 1 < v && chunks[j + 1].kind == kChunkNoun) continue;
            *inherit = true;
            return -1;
          }
          if (is_tag(j, kSC)) break;
          continue;
        }
        if (c.kind == kChunkPrep) continue;
        if (c.kind == kChunkNoun) {
          if (c.flags & kChunkTemporal) continue;
          if (j > cb && chunks[j - 1].kind == kChunkPrep) continue;  // object of a preposition
          if (c.token_end == c.token_begin + 1 &&
              InList(norm(c.token_begin), {"able", "unable", "ready", "willing", "set", "due", "likely", "about", "eager"}))
            continue;  // "were not able to ..."
          // Coordinated with or in apposition to the object of a preposition ("communities from
          // Mali and Niger signed", "a post in Mandiakuy, Segou Region attacked"): part of the
          // prepositional phrase, unless nothing else precedes.
          if (pp_object(j)) {
            if (appositive < 0) appositive = static_cast<int>(j);
            continue;
          }
          return static_cast<int>(j);
        }
      }
      if (appositive >= 0) return appositive;
      if (vg.flags & (kChunkInfinitive | kChunkGerund)) *inherit = true;
      return -1;
    };
    auto find_object = [&](size_t v) -> int {
      const Chunk& vg = chunks[v];
      for (size_t j = v + 1; j < ce && j <= v + 2; ++j) {
        const Chunk& c = chunks[j];
        if (c.clause != vg.clause) return -1;
        if (c.kind == kChunkNoun) {
          if (c.flags & kChunkTemporal) continue;
          return static_cast<int>(j);
        }
        return -1;
      }
      return -1;
    };
    struct PP {
      std::string_view prep;
      int np;
    };
    auto find_pps = [&](size_t v, std::vector<PP>* out) {
      out->clear();
      const Chunk& vg = chunks[v];
      for (size_t j = v + 1; j < ce; ++j) {
        const Chunk& c = chunks[j];
        if (c.clause != vg.clause || c.kind == kChunkVerb) break;
        if (c.kind == kChunkPrep) {
          int np = j + 1 < ce && chunks[j + 1].kind == kChunkNoun ? static_cast<int>(j + 1) : -1;
          out->push_back({norm(c.head), np});
        }
      }
    };
    auto slot_ok = [&](const Constraint& k, int np) {
      if (k.any) return true;
      if (np < 0) return k.absent;
      if (k.absent && !k.actor && !k.place && !k.classes && k.phrases.empty() && k.actor_code.empty())
        return false;
      const Chunk& c = chunks[np];
      auto acts = actors_of(np);
      if (k.not_classes) {
        // "!@CIVILIAN": any object but those.
        if (lexicon_.MatchClasses(np_words(c)) & k.not_classes) return false;
        if (!k.actor && k.actor_code.empty() && !k.place && !k.classes && k.phrases.empty()) return true;
      }
      // "@ACTOR": the phrase names an actor as its head ("the army", "UN soldiers"), not as a
      // modifier ("any official note", "a FAMa post": the post is a @MILSITE).
      if (k.actor) {
        for (uint32_t a : acts) {
          const ActorMention& m = doc.actors[a];
          if (m.token_begin <= c.head && c.head < m.token_end) return true;
          if (m.token_begin >= c.token_end || m.token_end <= c.token_begin) return true;  // "members of the army"
        }
      }
      if (!k.actor_code.empty()) {
        for (uint32_t a : acts) {
          if (doc.actors[a].code.find(k.actor_code) != std::string::npos) return true;
        }
      }
      if (k.place) {
        bool place_found = false;
        for (const PlaceMention& p : doc.places) {
          if (p.sentence != si) continue;
          if (p.token_begin >= c.token_begin && p.token_begin < c.token_end) place_found = true;
        }
        if (!place_found && acts.empty()) {
          for (uint32_t t = c.token_begin; t < c.token_end; ++t) {
            if (toks[t].tag == syntax::kNNP) place_found = true;
          }
        }
        if (place_found) return true;
      }
      const auto& w = np_words(c);
      if (k.classes && (lexicon_.MatchClasses(w) & k.classes)) return true;
      for (const Phrase& p : k.phrases) {
        if (!w.empty() && w.back() == p.back()) {
          Phrase prefix(p.begin(), p.end() - 1);
          if (PhraseEndsAt(prefix, w)) return true;
        }
      }
      return false;
    };
    auto particle_ok = [&](const Phrase& particle, const Chunk& vg, int object) {
      if (particle.empty()) return true;
      auto at = [&](uint32_t start) {
        if (start + particle.size() > te) return false;
        for (size_t k = 0; k < particle.size(); ++k) {
          if (norm(start + k) != particle[k]) return false;
        }
        return true;
      };
      if (at(vg.head + 1)) return true;
      return object >= 0 && at(chunks[object].token_end);
    };

    // Reporting verbs and their speakers, in order. A pronoun in reported speech refers to the
    // speaker of the nearest reporting verb before it: in "Fighters of the M23, which the U.N.
    // says is backed by Rwanda, said they had taken Goma" "they" are the fighters, not the U.N.
    int reporter_np = -1;  // the first speaker, for speech reported after the event
    std::vector<std::pair<size_t, int>> reporters;  // (reporting verb chunk, speaker phrase)
    bool has_reporting = false;
    for (size_t j = cb; j < ce; ++j) {
      if (chunks[j].kind == kChunkVerb && (chunks[j].flags & kChunkReporting)) {
        has_reporting = true;
        bool inh;
        int s = find_subject(j, &inh);
        if (s < 0 && j + 1 < ce && chunks[j + 1].kind == kChunkNoun) {
          // "..., said the army" / "according to the army".
          s = static_cast<int>(j + 1);
        }
        if (s >= 0) {
          reporters.emplace_back(j, s);
          if (reporter_np < 0) reporter_np = s;
        }
      }
    }
    auto speaker_before = [&](int np) {
      int found = -1;
      for (const auto& [verb, speaker] : reporters)
        if (static_cast<int>(verb) < np && speaker < np) found = speaker;
      return found >= 0 ? found : reporter_np;
    };
    auto resolve = [&](SideInfo s, size_t before_chunk, int avoid_np) {
      if (!s.actors.empty() || !is_pronoun_np(s.np)) return s;
      std::string_view p = norm(chunks[s.np].head);
      if (!InList(p, {"it", "they", "them", "we", "he", "she", "him", "itself", "themselves"})) return s;
      // A pronoun subject in reported speech is the speaker ("the army said it killed ...").
      const int speaker = has_reporting ? speaker_before(s.np) : -1;
      if (speaker >= 0 && speaker < s.np && InList(p, {"it", "they", "we", "he", "she"})) {
        s.actors = side(speaker, true).actors;
        if (!s.actors.empty()) return s;
      }
      // Otherwise the nearest earlier actor phrase in the sentence other than `avoid_np`.
      if (InList(p, {"it", "them", "they"})) {
        for (size_t j = before_chunk; j-- > cb;) {
          if (chunks[j].kind != kChunkNoun || static_cast<int>(j) == avoid_np) continue;
          auto acts = actors_of(static_cast<int>(j));
          if (!acts.empty()) {
            s.actors = acts;
            break;
          }
        }
      }
      return s;
    };

    std::vector<PP> pps;
    std::vector<bool> np_used(ce - cb, false);
    std::vector<std::string_view> sent_words;  // filled when a PETRARCH pattern needs it
    // The noun phrase holding token t, -1 when none.
    auto np_at = [&](uint32_t t) {
      for (size_t j = cb; j < ce; ++j)
        if (chunks[j].kind == kChunkNoun && chunks[j].token_begin <= t && t < chunks[j].token_end)
          return static_cast<int>(j);
      return -1;
    };
    // PETRARCH's actor at a pattern marker: the first actor from token `pos` on, or the nearest
    // one ending before it (markers before the verb).
    // True when a comma between sentence tokens from and to opens a clause of its own (", a senior
    // official said"): TABARI does not look for a verb's target past it.
    auto clause_after_comma = [&](int from, int to) {
      for (size_t j = cb; j + 2 < ce; ++j) {
        const int t = static_cast<int>(chunks[j].head - tb);
        if (t < from || t >= to || !is_tag(j, kCOMMA)) continue;
        if (chunks[j + 1].kind == kChunkNoun && chunks[j + 2].kind == kChunkVerb) return true;
      }
      return false;
    };
    // True when an event of this sentence is already coded from a verb of clause `clause`.
    auto coded_in_clause = [&](uint16_t clause) {
      for (size_t q = cands.size(); q-- > 0 && cands[q].e.sentence == si;) {
        if (cands[q].noun) continue;
        for (size_t j = cb; j < ce; ++j)
          if (chunks[j].head == cands[q].trigger_token && chunks[j].kind == kChunkVerb && chunks[j].clause == clause)
            return true;
      }
      return false;
    };
    // True when an adverbial clause opens between sentence tokens from and to ("after a
    // hafling was reported on the pass of X"): the verb's default target is not in it.
    auto adverbial_clause_between = [&](int from, int to) {
      for (size_t j = cb; j < ce; ++j) {
        const int t = static_cast<int>(chunks[j].head - tb);
        if (t < from || t >= to || (chunks[j].kind != kChunkOther && chunks[j].kind != kChunkPrep)) continue;
        if (!InList(norm(chunks[j].head), {"after", "before", "when", "while", "because", "although", "though",
                                           "if", "since", "until", "unless", "whereas"}))
          continue;
        // The subordinator opens a clause: a noun phrase and its verb follow.
        if (j + 2 < ce && chunks[j + 1].kind == kChunkNoun && chunks[j + 2].kind == kChunkVerb) return true;
      }
      return false;
    };
    auto actor_near = [&](int pos, bool leftwards, const std::vector<uint32_t>& avoid, bool bounded = false,
                          int skip = 0) {
      SideInfo out;
      uint32_t best = kNone;
      // "^": pass over the first `skip` actors (each with the ones adjacent to it) on the way.
      for (int k2 = 0; k2 < skip && !leftwards; ++k2) {
        int next = -1;
        for (uint32_t k = actor_begin[si]; k < actor_begin[si + 1]; ++k) {
          const ActorMention& m = doc.actors[actor_order[k]];
          const int b = static_cast<int>(m.token_begin) - static_cast<int>(tb);
          if (m.token_begin >= tb && m.token_begin < te && b >= pos && (next < 0 || b < next)) next = b;
        }
        if (next < 0) break;
        int after = next;
        for (bool grew = true; grew;) {
          grew = false;
          for (uint32_t k = actor_begin[si]; k < actor_begin[si + 1]; ++k) {
            const ActorMention& m = doc.actors[actor_order[k]];
            const int b = static_cast<int>(m.token_begin) - static_cast<int>(tb);
            const int e = static_cast<int>(m.token_end) - static_cast<int>(tb);
            if (b <= after && e > after) after = e, grew = true;
          }
        }
        pos = after;
      }
      for (uint32_t k = actor_begin[si]; k < actor_begin[si + 1]; ++k) {
        const uint32_t a = actor_order[k];
        const ActorMention& m = doc.actors[a];
        if (m.token_begin < tb || m.token_begin >= te) continue;
        if (std::find(avoid.begin(), avoid.end(), a) != avoid.end()) continue;
        const int b = static_cast<int>(m.token_begin - tb), e = static_cast<int>(m.token_end - tb);
        if (bounded && (clause_after_comma(pos, b) || adverbial_clause_between(pos, b))) continue;
        if (!leftwards && b >= pos && (best == kNone || m.token_begin < doc.actors[best].token_begin)) best = a;
        if (leftwards && e <= pos && (best == kNone || m.token_end > doc.actors[best].token_end)) best = a;
      }
      if (best == kNone) return out;
      int np = np_at(doc.actors[best].token_begin);
      if (np >= 0) out = side(np, false);
      if (out.actors.empty()) out.actors = {best};
      std::erase_if(out.actors, [&](uint32_t a) { return std::find(avoid.begin(), avoid.end(), a) != avoid.end(); });
      return out;
    };
    int last_subject = -1;
    SideInfo last_subject_side;
    int prev_event_cand = -1;  // candidate coded by the previous verb group
    for (size_t v = cb; v < ce; ++v) {
      const Chunk& vg = chunks[v];
      if (vg.kind != kChunkVerb) continue;
      bool inherit = false;
      int subj = find_subject(v, &inherit);
      SideInfo subj_side;
      if (subj >= 0) {
        subj_side = resolve(side(subj, true), v, -1);
      } else if (inherit && last_subject >= 0) {
        subj = last_subject;
        subj_side = last_subject_side;
      }
      int gov = (v > cb && chunks[v - 1].kind == kChunkVerb) ? static_cast<int>(v - 1) : -1;
      // "were not able to arrest", "is unable to pay": the adjective passes the verb's features on.
      bool unable = false;
      if (gov < 0 && v >= cb + 2 && chunks[v - 2].kind == kChunkVerb &&
          chunks[v - 1].token_end == chunks[v - 1].token_begin + 1 &&
          InList(norm(chunks[v - 1].token_begin), {"able", "unable", "ready", "willing", "set", "due", "likely", "about", "eager"})) {
        gov = static_cast<int>(v - 2);
        unable = norm(chunks[v - 1].token_begin) == "unable";
      }
      bool is_reporting = vg.flags & kChunkReporting;
      int this_cand = -1;
      const std::vector<uint32_t>* pats = is_reporting ? nullptr : lexicon_.VerbPatterns(norm(vg.head));
      // "JNIM claimed an IED attack against ...": a claim whose object names an attack reports
      // the attack, with the claimant as its author.
      if (is_reporting && v + 1 < ce && chunks[v + 1].kind == kChunkNoun) {
        auto va = words_.AnalyzeVerb(norm(vg.head), &buf);
        if ((va.form ? va.lemma : norm(vg.head)) == "claim") {
          const NounTrigger* t = SpecificTrigger(chunks[v + 1]);
          if (t && t->code.substr(0, 2) >= "18") pats = lexicon_.VerbPatterns(norm(vg.head));
        }
      }
      // "has seen 180 of its members killed": a participle complement of a verb of perception or
      // loss states a tally, not an act reported here.
      if (pats && (vg.flags & kChunkParticiple)) {
        size_t k = v;
        if (k > cb && chunks[k - 1].kind == kChunkNoun) --k;
        if (k >= cb + 2 && chunks[k - 1].kind == kChunkPrep && chunks[k - 2].kind == kChunkNoun) k -= 2;
        if (k > cb && chunks[k - 1].kind == kChunkVerb) {
          auto va = words_.AnalyzeVerb(norm(chunks[k - 1].head), &buf);
          std::string_view l = va.form ? va.lemma : norm(chunks[k - 1].head);
          if (InList(l, {"see", "watch", "witness", "lose", "have", "count", "record", "report", "find", "leave", "want", "get"}))
            pats = nullptr;
        }
      }
      if (pats) {
        int obj = find_object(v);
        find_pps(obj >= 0 ? static_cast<size_t>(obj) : v, &pps);
        bool passive = vg.flags & kChunkPassive;
        // A bare participle after a noun ("soldiers killed in ...") reads as a reduced passive.
        if ((vg.flags & kChunkParticiple) && !inherit && subj >= 0 && static_cast<size_t>(subj) + 1 == v)
          passive = true;
        // A past form with no object whose "by" phrase names an actor or an attack is a reduced
        // passive too: "a post ... attacked around 21h by presumed militants", "presumably
        // killed by unknown gunmen".
        if (!passive && obj < 0 && !(vg.flags & (kChunkInfinitive | kChunkGerund | kChunkPerfect)) &&
            (toks[vg.head].tag == syntax::kVBD || toks[vg.head].tag == syntax::kVBN)) {
          for (const PP& pp : pps) {
            if (pp.prep != "by" || pp.np < 0) continue;
            if (!actors_of(pp.np).empty() || SpecificTrigger(chunks[pp.np])) {
              passive = true;
              if (subj < 0 || static_cast<size_t>(subj) > v) subj = -1;
            }
            break;
          }
        }
        int obj_slot = obj, subj_slot = subj;
        SideInfo agent;
        const NounTrigger* by_trigger = nullptr;
        if (passive) {
          obj_slot = subj;
          subj_slot = -1;
          for (const PP& pp : pps) {
            if (pp.prep == "by" && pp.np >= 0) {
              subj_slot = pp.np;
              agent = side(pp.np, false);
              break;
            }
          }
          by_trigger = subj_slot >= 0 ? SpecificTrigger(chunks[subj_slot]) : nullptr;
        }
        const VerbPattern* match = nullptr;
        const PP* match_pp = nullptr;
        LinearHit linear_hit;
        int base_obj = obj, base_obj_slot = obj_slot;
        for (uint32_t pid : *pats) {
          const VerbPattern& p = lexicon_.pattern(pid);
          obj = base_obj;
          obj_slot = base_obj_slot;
          if (!particle_ok(p.particle, vg, passive ? -1 : obj)) continue;
          // "shot dead a farmer": a particle right after the verb pushes the object past it.
          bool particle_first = !p.particle.empty() && vg.head + p.particle.size() < te;
          for (size_t q = 0; particle_first && q < p.particle.size(); ++q) {
            particle_first = norm(vg.head + 1 + static_cast<uint32_t>(q)) == p.particle[q];
          }
          if (!passive && particle_first && (obj < 0 || chunks[obj].token_begin == vg.head + 1)) {
            uint32_t after = vg.head + 1 + static_cast<uint32_t>(p.particle.size());
            obj = -1;
            for (size_t j = v + 1; j < ce && j <= v + 3; ++j) {
              if (chunks[j].token_end <= after) continue;  // the particle itself ("took [to] the streets")
              if (chunks[j].kind == kChunkNoun && chunks[j].token_begin >= after) {
                obj = static_cast<int>(j);
                break;
              }
              if (chunks[j].kind == kChunkVerb || chunks[j].kind == kChunkPrep) break;
            }
            obj_slot = obj;
          }
          if (!slot_ok(p.object, obj_slot)) continue;
          LinearHit lh;
          if (p.linear && !(p.lower.empty() && p.upper.empty())) {
            if (sent_words.empty())
              for (uint32_t t = tb; t < te; ++t) sent_words.push_back(norm(t));
            const size_t vh = vg.head - tb;
            if (!MatchLower(p.lower, static_cast<int>(p.lower.size()) - 1, sent_words, vh, &lh) ||
                !MatchUpper(p.upper, 0, sent_words, vh + 1, &lh))
              continue;
          }
          linear_hit = lh;
          const PP* hit = nullptr;
          if (!p.preps.empty()) {
            for (const PP& pp : pps) {
              if (std::find(p.preps.begin(), p.preps.end(), pp.prep) != p.preps.end() &&
                  (p.prep_np.any || slot_ok(p.prep_np, pp.np))) {
                hit = &pp;
                break;
              }
            }
            if (!hit) continue;
          }
          match = &p;
          match_pp = hit;
          break;
        }
        // "A cart was struck by an IED", "the camp was hit by rockets": a harm verb whose agent
        // is a means of violence codes that violence, whatever the verb's own patterns.
        VerbPattern by_means;
        if (!match && passive && by_trigger && by_trigger->code.substr(0, 2) >= "18" && by_trigger->code != "190") {
          auto va = words_.AnalyzeVerb(norm(vg.head), &buf);
          if (IsHarmLemma(va.form ? va.lemma : norm(vg.head))) {
            by_means.code = by_trigger->code;
            by_means.acled_sub = by_trigger->acled_sub;
            by_means.refine = true;
            by_means.specificity = 1;
            match = &by_means;
            obj = base_obj;
            obj_slot = base_obj_slot;
          }
        }
        if (match) {
          Candidate c;
          c.e.sentence = si;
          c.trigger_token = vg.head;
          int clash_np = -1;  // the fighting noun that names the act ("Fighting ... killed four")
          c.plover_mode = match->plover_mode;
          c.acled_sub = match->acled_sub;
          c.constrained = match->specificity > 0;
          c.e.cameo = match->code;
          SideInfo src = passive ? agent : subj_side;
          // PETRARCH reads the subject of an agentless passive as the source ("X was criticized
          // over its dispute with Y": X -> Y), as its validation suites expect.
          if (match->linear && passive && agent.actors.empty()) {
            passive = false;
            src = subj >= 0 ? resolve(side(subj, true), v, -1) : SideInfo();
            obj_slot = obj;
          }
          SideInfo tgt;
          switch (match->target) {
            case TargetSlot::kObject:
              tgt = resolve(side(obj_slot, false), v, subj);
              break;
            case TargetSlot::kPrep:
              if (match_pp) {
                tgt = resolve(side(match_pp->np, false), v, subj);
              } else {
                for (const PP& pp : pps) {
                  if (InList(pp.prep, {"against", "on", "with", "at", "into", "upon"})) {
                    tgt = resolve(side(pp.np, false), v, subj);
                    break;
                  }
                }
              }
              break;
            case TargetSlot::kSubject:
              tgt = passive ? side(obj_slot, false) : subj_side;
              src = SideInfo();
              break;
            case TargetSlot::kNone:
              break;
          }
          if (tgt.actors.empty() && match->target_from_pp) {
            for (const PP& pp : pps) {
              auto acts = side(pp.np, false).actors;
              if (!acts.empty()) {
                tgt.actors = acts;
                tgt.np = pp.np;
                break;
              }
            }
          }
          if (match->linear) {
            // PETRARCH reads "X, Y, and Z" and "neither X nor Y" as compounds too.
            serial_coord = true;
            if (!passive && subj >= 0 && src.np == subj) src = resolve(side(subj, true), v, -1);
            if (tgt.np >= 0) tgt = resolve(side(tgt.np, false), v, subj);
          }
          if (match->linear) {
            // PETRARCH/TABARI: "$" and "+" name the source and target by position; otherwise the
            // target is the first actor after the verb that is not the source.
            if (linear_hit.source_pos >= 0) {
              SideInfo s2 = actor_near(linear_hit.source_pos, linear_hit.source_left, {}, false, linear_hit.source_skip);
              if (!s2.actors.empty()) src = s2;
            } else if (src.actors.empty() && !passive &&
                       !(vg.flags & (kChunkInfinitive | kChunkGerund | kChunkParticiple))) {
              // TABARI's source is the actor before the verb: the nearest one in its clause when
              // the subject found names none ("Romendacil most certainly did not clash"), unless
              // it is the object of a preposition.
              SideInfo s2 = actor_near(static_cast<int>(vg.head - tb), true, {});
              const int np = s2.actors.empty() ? -1 : np_at(doc.actors[s2.actors.front()].token_begin);
              if (np >= 0 && chunks[np].clause == vg.clause &&
                  !(static_cast<size_t>(np) > cb && chunks[np - 1].kind == kChunkPrep))
                src = s2;
            }
            if (linear_hit.target_pos >= 0) {
              // A "+" before the verb may stand on its subject ("- NOTED + * [115]": "X noted that
              // Y regretted"): the source is then the actor before the target.
              const bool on_subject = linear_hit.target_left && linear_hit.source_pos < 0;
              SideInfo t2 = actor_near(linear_hit.target_pos, linear_hit.target_left,
                                       on_subject ? std::vector<uint32_t>{} : src.actors, false,
                                       linear_hit.target_skip);
              if (!t2.actors.empty()) {
                tgt = t2;
                bool overlap = false;
                for (uint32_t a : t2.actors)
                  overlap |= std::find(src.actors.begin(), src.actors.end(), a) != src.actors.end();
                if (on_subject && overlap) {
                  uint32_t first = t2.actors.front();
                  for (uint32_t a : t2.actors)
                    if (doc.actors[a].token_begin < doc.actors[first].token_begin) first = a;
                  src = actor_near(static_cast<int>(doc.actors[first].token_begin - tb), true, t2.actors);
                }
              }
            } else if (tgt.actors.empty() && !passive) {
              tgt = actor_near(static_cast<int>(vg.head - tb) + 1, false, src.actors, true);
            }
          }
          // An actor-less victim named as a person ("a mechanic", "transport trucks") is a
          // civilian in ACLED's sense.
          int victim_np = match->target == TargetSlot::kObject ? obj_slot : -1;
          if (tgt.actors.empty() && victim_np >= 0) {
            int cls = lexicon_.ClassId("CIVILIAN");
            if (cls >= 0 && (lexicon_.MatchClasses(np_words(chunks[victim_np])) & (uint64_t{1} << cls)))
              c.e.acled.inter2 = 7;
          }
          // Code refinements from noun triggers.
          if (match->noun_code && obj_slot >= 0) {
            if (const NounTrigger* t = SpecificTrigger(chunks[obj_slot])) {
              c.e.cameo = t->code;
              if (!t->acled_sub.empty()) c.acled_sub = t->acled_sub;
              if (!t->plover_mode.empty()) c.plover_mode = t->plover_mode;
              np_used[obj_slot - cb] = true;
            }
          }
          if (match->refine) {
            for (size_t q = 0; q < pps.size(); ++q) {
              const PP& pp = pps[q];
              if (pp.np < 0 || !InList(pp.prep, {"in", "by", "during", "with", "from", "following", "after", "amid", "amidst", "to", "into", "under"})) continue;
              if (const NounTrigger* t = lexicon_.MatchNoun(np_words(chunks[pp.np]))) {
                if (t->code.substr(0, 2) >= "18" && t->code != "190") {
                  c.e.cameo = t->code;
                  if (!t->acled_sub.empty()) c.acled_sub = t->acled_sub;
                }
                np_used[pp.np - cb] = true;
                // "killed in an attack by gunmen on a checkpoint".
                for (size_t r = q + 1; r < pps.size(); ++r) {
                  if (pps[r].np < 0) continue;
                  auto acts = side(pps[r].np, false).actors;
                  // "five people were killed in an attack by gunmen on a CJA post": the attacked
                  // party is the target, as ACLED codes the attack, rather than the dead.
                  if (pps[r].prep == "by" && src.actors.empty()) src.actors = acts;
                  else if (InList(pps[r].prep, {"on", "against"}) && !acts.empty()) tgt.actors = acts;
                  else if (pps[r].prep == "between" && r == q + 1 && src.actors.empty() && !acts.empty()) {
                    // "killed in clashes between CMA and Platform": the two sides of the fighting.
                    src.actors = {acts[0]};
                    tgt.actors.assign(acts.begin() + 1, acts.end());
                  }
                }
                if (pp.prep == "by" && src.actors.empty()) src.actors = actors_of(pp.np);
                break;
              }
            }
            // "A roadside bomb killed three soldiers": the subject noun names the act.
            // Riot-control munitions ("teargas shells") name no violence of their own.
            bool riot_control = false;
            if (subj >= 0)
              for (uint32_t k = chunks[subj].token_begin; k < chunks[subj].token_end; ++k)
                riot_control |= InList(norm(k), {"tear", "teargas", "gas", "smoke", "rubber", "stun"});
            // "Fighting between JNIM and the army killed four": the subject found is the pair;
            // the phrase that names the act is the noun before "between".
            if (!passive && subj >= 0) {
              size_t k = static_cast<size_t>(subj);  // back over the coordinated pair
              while (k > cb && (chunks[k - 1].kind == kChunkNoun || InList(norm(chunks[k - 1].head), {"and", ","})))
                --k;
              if (k >= cb + 2 && chunks[k - 1].kind == kChunkPrep && norm(chunks[k - 1].head) == "between" &&
                  chunks[k - 2].kind == kChunkNoun) {
                const NounTrigger* t = SpecificTrigger(chunks[k - 2]);
                if (t && t->id == "clash") subj = static_cast<int>(k - 2);
              }
            }
            if (!passive && subj >= 0 && !riot_control) {
              if (const NounTrigger* t = SpecificTrigger(chunks[subj])) {
                if (t->code != "190") c.e.cameo = t->code;
                if (!t->acled_sub.empty()) c.acled_sub = t->acled_sub;
                np_used[subj - cb] = true;
                // "Fighting between JNIM and the army killed four", "Fighting broke out between
                // JNIM and the army, killing four": the deaths are the fighting's toll, and its
                // sides are the "between" pair, not the dead.
                if (t->id == "clash") {
                  c.e.cameo = "190";
                  clash_np = subj;
                  for (size_t j = static_cast<size_t>(subj) + 1; j + 1 < ce && j < v; ++j) {
                    if (chunks[j].kind != kChunkPrep || norm(chunks[j].head) != "between" ||
                        chunks[j + 1].kind != kChunkNoun)
                      continue;
                    auto acts = side(static_cast<int>(j + 1), false).actors;
                    if (acts.size() >= 2) {
                      src.actors = {acts[0]};
                      tgt.actors.assign(acts.begin() + 1, acts.end());
                    }
                    break;
                  }
                }
              }
            }
          }
          // "was struck by an IED": the agent noun names the act.
          if (by_trigger && match->refine && by_trigger->code != "190") {
            c.e.cameo = by_trigger->code;
            if (!by_trigger->acled_sub.empty()) c.acled_sub = by_trigger->acled_sub;
          }
          // Unnamed civilian victims: "attacked the village of X", "attacked marketgoers".
          if (tgt.actors.empty() && c.e.acled.inter2 == 0 && obj_slot >= 0 &&
              match->target == TargetSlot::kObject && c.e.cameo.substr(0, 2) >= "18") {
            int cls = lexicon_.ClassId("CIVILIAN");
            if (cls >= 0 && (lexicon_.MatchClasses(np_words(chunks[obj_slot])) & (uint64_t{1} << cls)))
              c.e.acled.inter2 = 7;
          }
          if (match->linear) {
            // PETRARCH codes a noun phrase once: of adjacent mentions with nothing between them
            // ("Bree Prime Minister Romendacil", "Washington security officials") the most
            // specific code stands for the phrase.
            auto collapse = [&](std::vector<uint32_t>& v) {
              std::sort(v.begin(), v.end(), [&](uint32_t x, uint32_t y) {
                return doc.actors[x].token_begin < doc.actors[y].token_begin;
              });
              std::vector<uint32_t> out;
              for (uint32_t a : v) {
                if (!out.empty() && doc.actors[out.back()].token_end == doc.actors[a].token_begin) {
                  if (doc.actors[a].code.size() > doc.actors[out.back()].code.size()) out.back() = a;
                  continue;
                }
                out.push_back(a);
              }
              v = std::move(out);
            };
            collapse(src.actors);
            collapse(tgt.actors);
          }
          serial_coord = false;
          c.e.sources = src.actors;
          c.e.targets = tgt.actors;
          c.subject_np = src.np;
          c.object_np = tgt.np;
          // Mood and negation.
          c.e.negated = vg.flags & kChunkNegated;
          if (vg.flags & kChunkFuture) c.e.mood = "intended";
          if (vg.flags & kChunkModal) c.e.mood = "hypothetical";
          std::string_view gov_lemma;
          if (gov >= 0) {
            auto va = words_.AnalyzeVerb(norm(chunks[gov].head), &buf);
            gov_lemma = va.form ? va.lemma : norm(chunks[gov].head);
            std::string gl(gov_lemma);
            if (chunks[gov].flags & kChunkNegated) c.e.negated = true;
            if (IsNegatingLemma(gl) || unable) c.e.negated = true;
            else if (vg.flags & kChunkInfinitive && !InList(gl, {"begin", "start", "continue", "resume", "manage", "keep"}))
              c.e.mood = "intended";
            if (chunks[gov].flags & kChunkFuture) c.e.mood = "intended";
            if (chunks[gov].flags & kChunkModal) c.e.mood = "hypothetical";
            (void)IsIntentLemma;
          } else if (vg.flags & kChunkInfinitive) {
            c.e.mood = "intended";
          }
          // "had withdrawn", or a year before the publication year in the same clause.
          bool had = false;
          for (uint32_t t = vg.token_begin; t < vg.token_end; ++t) if (norm(t) == "had") had = true;
          if (had && c.e.mood == "asserted") c.e.mood = "historical";
          if (pub_year > 0 && c.e.mood == "asserted") {
            // Only the verb's own stretch: from its subject on ("Following a coup in 2020, the
            // rulers in June ordered ..." is not historical).
            size_t from = subj >= 0 && static_cast<size_t>(subj) < v ? static_cast<size_t>(subj) : v;
            for (size_t j = from; j < ce; ++j) {
              if (chunks[j].clause != vg.clause || chunks[j].kind != kChunkNoun) continue;
              for (uint32_t t = chunks[j].token_begin; t < chunks[j].token_end; ++t) {
                std::string_view w = norm(t);
                if (w.size() == 4 && (toks[t].flags & kTokNumber)) {
                  int y = std::atoi(std::string(w).c_str());
                  if (y >= 1900 && y < pub_year) c.e.mood = "historical";
                }
              }
            }
          }
          // "If", "unless" open a hypothetical clause; "suppose (that)", "imagine" a supposed one.
          for (size_t j = cb; j < v; ++j) {
            if (chunks[j].clause == vg.clause && is_tag(j, kSC) &&
                InList(norm(chunks[j].head), {"if", "unless"}))
              c.e.mood = "hypothetical";
            if (chunks[j].kind == kChunkVerb && InList(norm(chunks[j].head), {"suppose", "imagine", "assume", "supposing"}))
              c.e.mood = "hypothetical";
          }
          // The pattern codes the negated or modal act itself.
          if (linear_hit.negation) c.e.negated = false;
          if (linear_hit.modal && c.e.mood == "hypothetical") c.e.mood = "intended";
          c.e.attributed = has_reporting || (vg.flags & kChunkQuoted);
          c.e.evidence.trigger = toks[vg.head].span;
          // An actor is not its own target ("Rebuked by X, ..." reads X on both sides).
          if (match->linear) {
            std::erase_if(c.e.targets, [&](uint32_t t) {
              return std::find(c.e.sources.begin(), c.e.sources.end(), t) != c.e.sources.end();
            });
          }
          // The fighting is the event: its noun is the trigger its date and place are read from.
          if (clash_np >= 0) {
            c.trigger_token = chunks[clash_np].head;
            c.e.evidence.trigger = {toks[chunks[clash_np].token_begin].span.start, toks[chunks[clash_np].head].span.end};
          }
          // The governing verb already coded this act ("threatened to attack"): refine it instead.
          if (gov >= 0 && prev_event_cand >= 0 && cands[prev_event_cand].trigger_token == chunks[gov].head) {
            Candidate& g = cands[prev_event_cand];
            if (g.e.cameo.substr(0, 2) == "13" && c.e.cameo.substr(0, 2) >= "18") g.e.cameo = "138";
            if (g.e.targets.empty()) g.e.targets = c.e.targets;
          } else if (match->code != "---" &&
                     !(match->linear && (c.e.sources.empty() || (c.e.targets.empty() && c.e.sources.size() < 2))) &&
                     !(match->linear && (vg.flags & kChunkInfinitive) && coded_in_clause(vg.clause))) {
            // PETRARCH codes a clause's verb phrase once: "urged Bree to help", "abandoned efforts
            // to stop ..." are one event each, not one per verb.
            // "[---]": the pattern matched and codes nothing. PETRARCH codes an event only with a
            // source and a target (its default "require_dyad"); a compound source with no target
            // is its own target (below).
            Candidate back;
            const bool paired = !match->reverse_code.empty() && !c.e.sources.empty() && !c.e.targets.empty();
            if (paired) {
              back = c;
              back.e.cameo = match->reverse_code;
              std::swap(back.e.sources, back.e.targets);
              std::swap(back.subject_np, back.object_np);
            }
            // PETRARCH: a compound source with no target acts on itself, member on member
            // ("Gondor and Osgiliath have renewed ties": GON->OSG and OSG->GON).
            std::vector<Candidate> mutual;
            if (match->linear && c.e.targets.empty() && c.e.sources.size() >= 2) {
              for (uint32_t a : c.e.sources) {
                Candidate m = c;
                m.e.sources = {a};
                std::erase(m.e.targets = c.e.sources, a);
                mutual.push_back(std::move(m));
              }
            }
            if (mutual.empty()) {
              cands.push_back(std::move(c));
            } else {
              for (Candidate& m : mutual) cands.push_back(std::move(m));
            }
            this_cand = static_cast<int>(cands.size() - 1);
            if (paired) cands.push_back(std::move(back));
          }
        }
      }
      prev_event_cand = this_cand;
      if (!is_reporting && subj >= 0) {
        last_subject = subj;
        last_subject_side = subj_side;
      }
    }

    // Noun triggers reported as happening.
    for (size_t j = cb; j < ce; ++j) {
      const Chunk& np = chunks[j];
      if (np.kind != kChunkNoun || np_used[j - cb]) continue;
      const NounTrigger* t = lexicon_.MatchNoun(np_words(np));
      size_t of_end = j + 1;
      // "exchanges of gunfire": a trigger written with "of" spans the phrase and its "of" phrase.
      if (!t && j + 2 < ce && chunks[j + 1].kind == kChunkPrep && norm(chunks[j + 1].head) == "of" &&
          chunks[j + 2].kind == kChunkNoun) {
        std::vector<std::string_view> joined = np_words(np);
        joined.push_back("of");
        for (uint32_t q = chunks[j + 2].token_begin; q <= chunks[j + 2].head && q < chunks[j + 2].token_end; ++q)
          joined.push_back(norm(q));
        t = lexicon_.MatchNoun(joined);
        if (t) of_end = j + 3;
      }
      if (!t) continue;
      // "Crew Blasts Off to Space Station": a headline verb, not an explosion.
      if (np.head + 1 < te && norm(np.head + 1) == "off") continue;
      // "on march 15", "by early march": the month in lower-cased text, not a protest march.
      if (norm(np.head) == "march" &&
          ((np.head + 1 < te && (toks[np.head + 1].flags & kTokNumber)) ||
           (np.head > np.token_begin && InList(norm(np.head - 1), {"early", "mid", "late", "last", "next", "this"})) ||
           (np.head > tb && (toks[np.head - 1].flags & kTokNumber))))
        continue;
      // The verb group that reports it: right after the phrase and its prepositional phrases
      // (with their coordinated and parenthesised noun phrases: "clashes between X and Y (Z)").
      size_t k = of_end;
      while (k < ce) {
        if (k + 1 < ce && chunks[k].kind == kChunkPrep && chunks[k + 1].kind == kChunkNoun) {
          k += 2;
        } else if (chunks[k].kind == kChunkNoun && (chunks[k].flags & kChunkTemporal)) {
          ++k;  // "attacks this morning by ..."
        } else if (k + 1 < ce && chunks[k].kind == kChunkVerb && norm(chunks[k].head) == "targeting" &&
                   chunks[k + 1].kind == kChunkNoun) {
          k += 2;  // an ambush targeting a patrol
        } else if (k + 1 < ce && k > j + 1 && is_tag(k, kCC) && norm(chunks[k].head) == "and" &&
                   chunks[k + 1].kind == kChunkNoun && chunks[k - 1].kind == kChunkNoun) {
          k += 2;
        } else if (chunks[k].kind == kChunkOther && (norm(chunks[k].head) == "(" || norm(chunks[k].head) == ")" ||
                                                     norm(chunks[k].head) == "/")) {
          ++k;
        } else {
          break;
        }
      }
      // "Reports of airstrikes by helicopters against ...", "Report on clashes between ...": the
      // report noun is transparent.
      const bool report_of = j >= cb + 2 && chunks[j - 1].kind == kChunkPrep &&
                             InList(norm(chunks[j - 1].head), {"of", "on"}) && chunks[j - 2].kind == kChunkNoun &&
                             InList(norm(chunks[j - 2].head), {"report", "reports"});
      bool there_is = j >= cb + 2 && is_tag(j - 2, kEX);
      bool occurs = false;
      int vg_index = -1;
      // A headline-like fragment with no verb group: "Mortar fire against the MINUSMA bases".
      bool has_verb = false;
      for (size_t q = cb; q < ce; ++q) has_verb |= chunks[q].kind == kChunkVerb;
      bool first_np = true;
      for (size_t q = cb; q < j; ++q) {
        // A headline label ("Property destruction: ...") or a fronted date does not count.
        if (chunks[q].kind == kChunkNoun && chunks[q].clause == np.clause && !(chunks[q].flags & kChunkTemporal) &&
            !(q > cb && chunks[q - 1].kind == kChunkPrep))
          first_np = false;
        if (chunks[q].kind == kChunkVerb && chunks[q].clause == np.clause) first_np = false;
      }
      if (!has_verb && first_np) occurs = true;
      // A verbless clause opening with the event noun ("Clashes between X and Y in Z, at least 3
      // dead reported"): the fragment itself reports the event when no verb follows in its clause
      // or the verb only says it was reported.
      if (report_of && j == cb + 2) first_np = true;
      if (first_np && !occurs && !(j > cb && chunks[j - 1].kind == kChunkPrep && !report_of)) {
        bool clause_verb = false;
        // Bare participles and gerunds are reduced clauses ("Attack on two posts, 1 killed",
        // "an ambush targeting ..."), not the fragment's verb.
        for (size_t q = j + 1; q < ce && chunks[q].clause == np.clause && !is_tag(q, kCOMMA); ++q)
          clause_verb |= chunks[q].kind == kChunkVerb && !(chunks[q].flags & (kChunkParticiple | kChunkGerund));
        bool reported = k < ce && chunks[k].kind == kChunkVerb && !(chunks[k].flags & kChunkNegated) &&
                        InList(norm(chunks[k].head), {"reported", "recorded", "heard", "observed", "signalled", "signaled"});
        if (!clause_verb || reported) {
          occurs = true;
          if (reported) vg_index = static_cast<int>(k);
        }
      }
      // The object of a preposition is not the subject of the verb after it ("in a veiled attack
      // on X, the party took a dig at ...").
      // "JNIM claimed responsibility for an attack on FAMa soldiers": the claim reports the
      // attack, the claimant its author.
      int claimant = -1;
      if (j >= cb + 3 && chunks[j - 1].kind == kChunkPrep && norm(chunks[j - 1].head) == "for" &&
          chunks[j - 2].kind == kChunkNoun && InList(norm(chunks[j - 2].head), {"responsibility", "credit"}) &&
          chunks[j - 3].kind == kChunkVerb && t->code.substr(0, 2) >= "18" && !(chunks[j - 3].flags & kChunkNegated)) {
        auto va = words_.AnalyzeVerb(norm(chunks[j - 3].head), &buf);
        if (InList(va.form ? va.lemma : norm(chunks[j - 3].head), {"claim", "accept", "admit"})) {
          bool inh = false;
          claimant = find_subject(j - 3, &inh);
          if (claimant < 0) claimant = -2;
        }
      }
      const bool np_in_pp = j > cb && chunks[j - 1].kind == kChunkPrep && !report_of && claimant == -1;
      if (!np_in_pp && k < ce && chunks[k].kind == kChunkVerb && (chunks[k].flags & kChunkPassive)) {
        auto va = words_.AnalyzeVerb(norm(chunks[k].head), &buf);
        if (va.form && IsPassiveOccurrenceLemma(va.lemma)) {
          occurs = true;
          vg_index = static_cast<int>(k);
          if (va.lemma == "repel" || va.lemma == "repulse" || va.lemma == "foil" || va.lemma == "thwart") {
            // "the attack was repelled": still an attack.
          }
        }
      }
      if (!np_in_pp && k < ce && chunks[k].kind == kChunkVerb && !(chunks[k].flags & kChunkPassive)) {
        auto va = words_.AnalyzeVerb(norm(chunks[k].head), &buf);
        std::string lemma(va.form ? va.lemma : norm(chunks[k].head));
        // ("raged" is analysed as a form of "rag": the surface decides.)
        if (IsOccurrenceLemma(lemma) || InList(norm(chunks[k].head), {"raged", "rages", "raging"})) {
          occurs = true;
          vg_index = static_cast<int>(k);
        }
        if (occurs && lexicon_.VerbPatterns(norm(chunks[k].head)) && lexicon_.pattern((*lexicon_.VerbPatterns(norm(chunks[k].head)))[0]).refine)
          continue;  // coded with the verb above
        if (occurs && IsHarmLemma(lemma)) {
          // fall through: target from the verb's object
        }
      }
      if (claimant != -1) occurs = true;
      if (!occurs && !there_is) continue;
      // "There's a deep mine up there", "there was a bomb in the car": a weapon that exists is
      // no event; an explosion, a blast or an attack that there was is one.
      if (!occurs && there_is &&
          InList(norm(np.head), {"mine", "mines", "landmine", "landmines", "bomb", "bombs", "ied", "ieds",
                                 "device", "devices"}))
        continue;
      Candidate c;
      c.noun = true;
      c.happened = vg_index < 0 || (chunks[vg_index].flags & kChunkPassive) != 0;
      if (vg_index >= 0 && !c.happened) {
        auto va = words_.AnalyzeVerb(norm(chunks[vg_index].head), &buf);
        c.happened = IsHarmLemma(va.form ? va.lemma : norm(chunks[vg_index].head)) ||
                     InList(norm(chunks[vg_index].head), {"exploded", "went", "landed", "fell", "hit", "struck"});
      }
      c.e.sentence = si;
      c.trigger_token = np.head;
      c.e.cameo = t->code;
      c.plover_mode = t->plover_mode;
      c.acled_sub = t->acled_sub;
      // Source: actors inside the phrase ("a JNIM attack") or its "by" phrase.
      c.e.sources = actors_of(static_cast<int>(j));
      if (claimant >= 0 && c.e.sources.empty()) c.e.sources = side(claimant, true).actors;
      size_t pp_end = k;
      if (vg_index >= 0 && static_cast<size_t>(vg_index) == k && InList(norm(chunks[k].head), {"reported", "recorded", "heard", "observed", "signalled", "signaled"})) {
        // "Clashes reported between X and Y": the phrases after "reported" belong to the noun.
        pp_end = k + 1;
        while (pp_end + 1 < ce && chunks[pp_end].kind == kChunkPrep && chunks[pp_end + 1].kind == kChunkNoun) pp_end += 2;
      }
      // An occurrence verb's own phrases name the sides too: "clashes raged for hours between X
      // and Y".
      if (vg_index >= 0 && static_cast<size_t>(vg_index) == k && !(chunks[k].flags & kChunkPassive) &&
          pp_end == k) {
        pp_end = k + 1;
        while (pp_end < ce && (chunks[pp_end].kind == kChunkPrep || (chunks[pp_end].kind == kChunkNoun &&
                                                                     chunks[pp_end - 1].kind == kChunkPrep) ||
                               (chunks[pp_end].kind == kChunkNoun && (chunks[pp_end].flags & kChunkTemporal))))
          ++pp_end;
      }
      for (size_t p = j + 1; p + 1 < pp_end + 1 && p + 1 < ce; ++p) {
        if (chunks[p].kind == kChunkVerb && norm(chunks[p].head) == "targeting" && chunks[p + 1].kind == kChunkNoun) {
          for (uint32_t a : side(static_cast<int>(p + 1), false).actors) c.e.targets.push_back(a);
          continue;
        }
        if (chunks[p].kind != kChunkPrep || chunks[p + 1].kind != kChunkNoun) continue;
        std::string_view prep = norm(chunks[p].head);
        auto acts = side(static_cast<int>(p + 1), false).actors;
        if (prep == "by" && c.e.sources.empty()) c.e.sources = acts;
        else if (prep == "between" && !acts.empty()) {
          c.e.sources.push_back(acts[0]);
          for (size_t a = 1; a < acts.size(); ++a) c.e.targets.push_back(acts[a]);
        } else if (InList(prep, {"against", "on", "with", "targeting"})) {
          for (uint32_t a : acts) c.e.targets.push_back(a);
        }
      }
      if (vg_index >= 0 && (chunks[vg_index].flags & kChunkPassive)) {
        // "A rally was held by the opposition".
        std::vector<PP> after;
        find_pps(static_cast<size_t>(vg_index), &after);
        for (const PP& pp : after) {
          if (pp.prep == "by" && c.e.sources.empty()) c.e.sources = side(pp.np, false).actors;
        }
      } else if (vg_index >= 0) {
        auto va = words_.AnalyzeVerb(norm(chunks[vg_index].head), &buf);
        std::string lemma(va.form ? va.lemma : norm(chunks[vg_index].head));
        if (IsHarmLemma(lemma)) {
          int obj = find_object(vg_index);
          auto acts = side(obj, false).actors;
          for (uint32_t a : acts) c.e.targets.push_back(a);
        }
        c.e.negated = chunks[vg_index].flags & kChunkNegated;
        if (chunks[vg_index].flags & kChunkFuture) c.e.mood = "intended";
        if (chunks[vg_index].flags & kChunkModal) c.e.mood = "hypothetical";
      }
      c.e.attributed = has_reporting;
      // "there would have been some protests": the existential verb's modality.
      if (there_is && chunks[j - 1].kind == kChunkVerb) {
        if (chunks[j - 1].flags & kChunkNegated) c.e.negated = true;
        if (chunks[j - 1].flags & kChunkModal) c.e.mood = "hypothetical";
        else if (chunks[j - 1].flags & kChunkFuture) c.e.mood = "intended";
      }
      c.e.evidence.trigger = {toks[np.token_begin].span.start, toks[np.head].span.end};
      cands.push_back(std::move(c));
    }
  }

  // Finish: drop actor-less events, remove self-targets, merge duplicates, fill fields.
  std::vector<Event>& out = doc.events;
  for (Candidate& c : cands) {
    Event& e = c.e;
    auto uniq = [](std::vector<uint32_t>& v) {
      std::sort(v.begin(), v.end());
      v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    uniq(e.sources);
    uniq(e.targets);
    std::erase_if(e.targets, [&](uint32_t t) {
      return std::find(e.sources.begin(), e.sources.end(), t) != e.sources.end();
    });
    // An event needs an actor, except a protest or riot named as happening ("a rally was held",
    // "residents staged a sit-in": ACLED's actor is then protesters),
    // and violence whose victims are named as civilians ("a transport vehicle was struck by an IED").
    const bool protest_named = e.cameo.substr(0, 2) == "14" &&
                               (c.noun || (c.constrained && e.mood == "asserted" && !e.negated &&
                                           e.cameo.substr(0, 3) != "143"));
    // A bombing that happened ("a cart was struck by an IED") is an event whoever the parties.
    // Shelling and air strikes with no named party count when a verb codes them ("fired
    // rockets", "subjected to mortar fire") or their noun names what they did ("rockets hit the
    // camp"), not when a rocket merely "caused the hubbub".
    bool bombing = ((e.cameo.size() == 4 && e.cameo.substr(0, 3) == "183") ||
                    ((e.cameo == "194" || e.cameo == "195") && (!c.noun || c.happened))) &&
                   e.mood == "asserted" && !e.negated;
    for (size_t o = out.size(); bombing && o-- > 0 && out[o].sentence == e.sentence;)
      if (out[o].cameo == e.cameo) bombing = false;  // the bombing is already coded with its parties
    // Robbery of people named as civilians ("the passengers were stripped of their belongings")
    // is an event with no named party too.
    if (e.sources.empty() && e.targets.empty() && !protest_named && !bombing &&
        !(e.acled.inter2 == 7 && (e.cameo.substr(0, 2) >= "18" || e.cameo.starts_with("1711"))))
      continue;
    if (!options_.keep_non_asserted && (e.negated || e.mood != "asserted")) continue;
    bool dup = false;
    for (size_t o = out.size(); o-- > 0 && out[o].sentence == e.sentence;) {
      if (out[o].cameo == e.cameo && out[o].sources == e.sources && out[o].targets == e.targets) dup = true;
    }
    if (dup) continue;
    // Political violence with no named target: the victims named elsewhere in the sentence ("...,
    // killing 27 civilians") decide ACLED's second actor.
    if (e.targets.empty() && e.acled.inter2 == 0 && std::atoi(e.cameo.substr(0, 2).c_str()) >= 18) {
      int victim = 0;
      for (uint32_t k = actor_begin[e.sentence]; k < actor_begin[e.sentence + 1]; ++k) {
        const ActorMention& m = doc.actors[actor_order[k]];
        // An anaphor ("the assailants") names the perpetrator again, not a victim.
        if (m.inter == 0 || m.antecedent != kNone) continue;
        bool is_source = false;
        for (uint32_t sidx : e.sources) is_source |= &doc.actors[sidx] == &m;
        if (is_source) continue;
        if (m.inter == 7 && victim == 0) victim = 7;
        else if (m.inter != 7 && m.inter != 6 && m.inter != 5) victim = m.inter;
      }
      e.acled.inter2 = victim;
    }
    // Generic violence in a sentence that names the weapon as an explosive, a shell or an air
    // strike ("two soldiers were killed ... by the explosion of an IED", "rockets fired by
    // militants struck the camp") is that kind of remote violence, as ACLED codes it.
    // A mixed attack (an ambush, a "complex attack", an IED followed by gunfire) stays a battle.
    // Both ways round: a remote attack whose sentence also tells of gunfire or a clash ("mortar
    // shells ... while militants and peacekeepers exchanged heavy gunfire", "an IED followed by
    // gunfire") is an armed clash in ACLED's coding.
    bool mixed_remote = false;
    // A verb that names its own means ("stabbed", "beaten", "shot", "ambushed") keeps it.
    const bool generic = IsGenericViolence(e.cameo) &&
                         !(c.trigger_token < toks.size() &&
                           (doc.norm(toks[c.trigger_token]).starts_with("ambush") ||
                            doc.norm(toks[c.trigger_token]).starts_with("stab") ||
                            doc.norm(toks[c.trigger_token]).starts_with("beat") ||
                            doc.norm(toks[c.trigger_token]).starts_with("lynch") ||
                            doc.norm(toks[c.trigger_token]).starts_with("hack")));
    if ((generic || IsRemoteViolence(e.cameo)) && e.sentence < sentence_chunks.size()) {
      const Range r = sentence_chunks[e.sentence];
      const NounTrigger* remote = nullptr;
      bool mixed = false;
      for (size_t j = r.cb; j < r.ce && !mixed; ++j) {
        const Chunk& ch = chunks[j];
        if (ch.kind == kChunkVerb && InList(doc.norm(toks[ch.head]), {"exchanged", "opened"}) && j + 1 < r.ce &&
            chunks[j + 1].kind == kChunkNoun &&
            InList(doc.norm(toks[chunks[j + 1].head]), {"fire", "gunfire", "shots", "gunshots"}))
          mixed = true;
        if (ch.kind != kChunkNoun) continue;
        bool riot_control = false;  // "teargas shells", "rubber bullets" are not artillery
        for (uint32_t k = ch.token_begin; k < ch.token_end; ++k) {
          std::string_view w = doc.norm(toks[k]);
          mixed |= w == "complex";
          riot_control |= InList(w, {"tear", "teargas", "tear-gas", "gas", "smoke", "rubber", "stun"});
        }
        if (riot_control) continue;
        // Every word of the phrase may end a trigger: "an IED 50km", "IED/mine attack".
        for (uint32_t end = ch.token_end; end > ch.token_begin; --end) {
          words.clear();
          for (uint32_t k = ch.token_begin; k < end; ++k) words.push_back(doc.norm(toks[k]));
          const NounTrigger* t = lexicon_.MatchNoun(words);
          if (!t) continue;
          if (InList(t->id, {"ambush", "clash", "shooting"})) mixed = true;
          else if (!remote && IsRemoteViolence(t->code)) remote = t;
          break;
        }
      }
      if (generic && remote && !mixed) {
        e.cameo = remote->code;
        c.acled_sub = remote->acled_sub;
      }
      mixed_remote = IsRemoteViolence(e.cameo) && mixed;
    }
    FillCodes(doc, &e, c.plover_mode, c.acled_sub);
    if (mixed_remote && e.acled.event_type == "Explosions/Remote violence") {
      e.acled.event_type = "Battles";
      e.acled.sub_event_type = "Armed clash";
    }
    // An arrest that ends in death or torture ("arrested six men, their corpses were found")
    // is violence against civilians in ACLED's coding.
    if (e.acled.sub_event_type == "Arrests" && (ArrestEndsInDeath(doc, e.sentence) || SentenceHasTorture(doc, e.sentence))) {
      e.acled.disorder_type = "Political violence";
      e.acled.event_type = "Violence against civilians";
      e.acled.sub_event_type = "Attack";
      if (e.acled.inter2 == 0 || e.acled.inter2 == 7) {
        e.acled.inter2 = 7;
        int a = e.acled.inter1 ? e.acled.inter1 : 3;
        e.acled.inter1 = a;
        e.acled.interaction = std::min(a, 7) * 10 + std::max(a, 7);
      }
    }
    // An abduction whose victims the story then finds dead or executed ("abducted a notable, he
    // was later found dead") is an attack in ACLED's coding.
    if (e.acled.sub_event_type == "Abduction/forced disappearance" && AbductionEndsInDeath(doc, e.sentence))
      e.acled.sub_event_type = "Attack";
    // An armed party's attack on a village or its people that met resistance ("the villagers
    // fought back", "the attack was repelled", "exchanges of gunfire") is a battle with the
    // local defenders, whom ACLED codes as a communal militia (4).
    // Fighting verbs and nouns ("clashed with locals", "exchanged fire with people aboard a
    // pick-up") say the other side fought: a battle with an armed party, never one-sided.
    bool all_civilian_targets = true;
    for (uint32_t t : e.targets) all_civilian_targets &= t < doc.actors.size() && doc.actors[t].inter == 7;
    bool resisted = false, fighting = false;
    if (e.acled.event_type == "Violence against civilians" && e.acled.sub_event_type == "Attack" &&
        all_civilian_targets && e.acled.inter1 >= 1 && e.acled.inter1 <= 4 && !e.sources.empty()) {
      std::string w(doc.raw(e.evidence.trigger));
      for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      fighting = w.starts_with("clash") || w.starts_with("fought") || w.starts_with("fight") ||
                 w.starts_with("exchang") || w.starts_with("battl");
      resisted = fighting || SentenceHasResistance(doc, e.sentence);
    }
    if (resisted) {
      // The defenders: a community's militia when the victims are named as a community or a
      // village, an unidentified armed group otherwise ("people aboard a pick-up").
      int defenders = 4;
      if (fighting && !e.targets.empty()) {
        const ActorMention& m = doc.actors[e.targets[0]];
        if (m.code.find("ETH") == std::string::npos && m.code.find("CVL") == std::string::npos) defenders = 3;
      }
      e.acled.disorder_type = "Political violence";
      e.acled.event_type = "Battles";
      e.acled.sub_event_type = "Armed clash";
      e.acled.inter2 = defenders;
      e.acled.interaction = std::min(e.acled.inter1, defenders) * 10 + std::max(e.acled.inter1, defenders);
    }
    // Violence with no named perpetrator whose author the story names in a claim or an
    // attribution ("The IED was most likely planted by JNIM militants", "JNIM claimed
    // responsibility"): ACLED's first actor is that group, not an unidentified one.
    if (e.sources.empty() && e.acled.disorder_type == "Political violence" && e.acled.inter1 == 3) {
      if (int claimed = ClaimedPerpetratorInter(doc, e); claimed) {
        e.acled.inter1 = claimed;
        int a = e.acled.inter1, b = e.acled.inter2;
        e.acled.interaction = b ? std::min(a, b) * 10 + std::max(a, b) : a * 10;
      }
    }
    if (!e.sources.empty()) e.evidence.source = doc.actors[e.sources[0]].span;
    if (!e.targets.empty()) e.evidence.target = doc.actors[e.targets[0]].span;
    double conf = 0.5;
    if (!e.sources.empty()) conf += 0.2;
    if (!e.targets.empty()) conf += 0.15;
    if (c.constrained) conf += 0.1;
    if (c.noun) conf -= 0.15;
    if (e.negated || e.mood != "asserted") conf -= 0.1;
    e.confidence = std::min(0.95, std::max(0.05, conf));
    e.id = doc.article.id + ":" + std::to_string(out.size() + 1);
    EventAnchor anchor;
    anchor.sentence = e.sentence;
    anchor.trigger_token = c.trigger_token;
    anchor.clause_token_begin = doc.sentences[e.sentence].token_begin;
    anchor.clause_token_end = doc.sentences[e.sentence].token_end;
    const Range r = sentence_chunks[e.sentence];
    for (size_t x = r.cb; x < r.ce; ++x) {
      const Chunk& ch = doc.chunks[x];
      if (ch.token_begin <= c.trigger_token && c.trigger_token < ch.token_end) {
        uint16_t cl = ch.clause;
        uint32_t lo = kNone, hi = 0;
        for (size_t y = r.cb; y < r.ce; ++y) {
          const Chunk& d = doc.chunks[y];
          if (d.clause == cl) {
            lo = std::min(lo, d.token_begin);
            hi = std::max(hi, d.token_end);
          }
        }
        anchor.clause_token_begin = lo;
        anchor.clause_token_end = hi;
        break;
      }
    }
    if (hooks_.choose_date) hooks_.choose_date(doc, anchor, &e);
    if (hooks_.choose_location) hooks_.choose_location(doc, anchor, &e);
    if (hooks_.choose_fatalities) hooks_.choose_fatalities(doc, anchor, &e);
    out.push_back(std::move(e));
  }
}

}  // namespace dateline::coding
