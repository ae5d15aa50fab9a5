// Tagger: see tagger.h. Two passes over a sentence: lexical candidates, then contextual choice.
#include "syntax/tagger.h"

#include <string>

#include "syntax/pos.h"

namespace dateline::syntax {
namespace {

// Lexical analysis of one token before context is applied.
struct Cand {
  uint16_t fixed = 0;      // a tag that context does not change (closed class, punctuation ...)
  uint8_t classes = 0;     // WordClass bits of the open-class readings
  uint16_t verb_form = 0;  // kVB, kVBZ, kVBD, kVBN, kVBG or 0
  bool plural = false;     // also a plural noun
  bool prefers_noun = false;
  bool capital = false;
  bool guessed = false;    // unknown word: tag from suffix rules
};

// The context-free analysis of a lower-case word, memoised per thread: news text repeats its words,
// so most tokens cost one hash probe instead of the half-dozen lookups of the analysis.
Cand LexicalCand(std::string_view w, const WordLexicon& lex) {
  thread_local syntax::StringMap<Cand> cache;
  thread_local const WordLexicon* cache_owner = nullptr;
  thread_local std::string buf;
  if (cache_owner != &lex) {
    cache.clear();
    cache_owner = &lex;
  }
  if (auto it = cache.find(w); it != cache.end()) return it->second;
  Cand c;
  if (uint16_t closed = lex.ClosedClass(w)) {
    c.fixed = closed;
  } else {
    VerbAnalysis va = lex.AnalyzeVerb(w, &buf);
    c.verb_form = va.form;
    c.classes = lex.Classes(w);
    if (va.form) c.prefers_noun = lex.PrefersNoun(va.lemma);
    if (!(c.classes & kClassNoun) && lex.IsPluralNoun(w, &buf)) {
      c.plural = true;
      c.classes |= kClassNoun;
    }
    if (c.classes == 0 && !va.form) {
      // Unknown word: suffix rules.
      c.guessed = true;
      auto ends = [&](std::string_view suf) {
        return w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf;
      };
      if (ends("ly")) c.fixed = kRB;
      else if (ends("ous") || ends("ful") || ends("ive") || ends("ic") || ends("ian") ||
               ends("ese") || ends("ist") || ends("al"))
        c.fixed = kJJ;
      else if (ends("ing")) c.verb_form = kVBG;
      else if (ends("ed")) c.verb_form = kVBD;
      else c.fixed = w.back() == 's' ? kNNS : kNN;
    }
  }
  if (cache.size() > (1u << 18)) cache.clear();
  cache.emplace(std::string(w), c);
  return c;
}

uint16_t PunctTag(std::string_view w) {
  if (w == "," || w == ";" || w == "--" || w == "-" || w == "—" || w == "–") return kCOMMA;
  if (w == "." || w == "!" || w == "?") return kSENT;
  if (w == ":") return kColon;
  if (w == "\"" || w == "'" || w == "“" || w == "”" || w == "‘" || w == "’" || w == "«" || w == "»")
    return kQUOTE;
  return kPUNCT;
}

bool IsNominalTag(uint16_t t) {
  return t == kNN || t == kNNS || t == kNNP || t == kPRP || t == kCD;
}

}  // namespace

void TagSentence(Document& doc, const Sentence& s, const WordLexicon& lex,
                 const std::vector<bool>& in_actor) {
  const uint32_t b = s.token_begin, e = s.token_end;
  if (e <= b) return;
  thread_local std::vector<Cand> cands;
  thread_local std::string buf;
  cands.assign(e - b, Cand{});
  for (uint32_t i = b; i < e; ++i) {
    Token& t = doc.tokens[i];
    Cand& c = cands[i - b];
    std::string_view w = doc.norm(t);
    c.capital = (t.flags & kTokCapital) != 0;
    if (t.flags & kTokQuote) { c.fixed = kQUOTE; continue; }
    if (t.flags & kTokPunct) { c.fixed = PunctTag(w); continue; }
    if (t.flags & kTokNumber) { c.fixed = kCD; continue; }
    if (!in_actor.empty() && in_actor[i - b]) { c.fixed = kNNP; continue; }
    if (w == "that") continue;  // decided by context below
    const Cand lexical = LexicalCand(w, lex);
    bool capital = c.capital;
    c = lexical;
    c.capital = capital;
    bool sentence_initial = i == b || (i == b + 1 && cands[0].fixed == kQUOTE);
    // "On May 22": the month, not the modal.
    if (w == "may" && c.capital && !sentence_initial) { c.fixed = kNNP; continue; }
    if (c.fixed && !c.guessed) continue;
    if (c.capital && !sentence_initial) { c.fixed = kNNP; continue; }
    if (c.capital && sentence_initial && c.guessed) { c.fixed = kNNP; continue; }
  }

  // Hyphen compounds the tokenizer split ("sit-ins", "pro-government", "MINUSMA-chartered"): a
  // hyphen with no space on either side between two words joins them; every part but the last is
  // a modifier and the last part is tagged in context (after a modifier), so the compound stays
  // one noun phrase.
  for (uint32_t i = b + 1; i + 1 < e; ++i) {
    const Token& h = doc.tokens[i];
    const Token& l = doc.tokens[i - 1];
    const Token& r = doc.tokens[i + 1];
    // "Mortar/rocket fire", "JNIM/Katiba Macina": a slash joins words the same way.
    if ((doc.norm(h) != "-" && doc.norm(h) != "/") || (h.flags & kTokSpaceBefore) || (r.flags & kTokSpaceBefore))
      continue;
    if (!(l.flags & kTokWord) || !(r.flags & (kTokWord | kTokNumber))) continue;
    cands[i - b].fixed = kHYPH;
    Cand& left = cands[i - 1 - b];
    if (left.fixed != kNNP) left = Cand{kJJ, 0, 0, false, false, left.capital, false};
    // "sit-in", "pull-out", "build-up": a particle ending a compound is its noun head.
    Cand& right = cands[i + 1 - b];
    if (right.fixed == kIN || right.fixed == kRP || right.fixed == kTO)
      right = Cand{kNN, 0, 0, false, false, right.capital, false};
  }
  // Approximations before a number belong to its noun phrase: "at least two shells", "about 20
  // people", "nearly 30 villagers".
  for (uint32_t i = b; i + 1 < e; ++i) {
    std::string_view w = doc.norm(doc.tokens[i]);
    uint32_t n = i + 1;
    if (w == "at" && i + 2 < e && (doc.norm(doc.tokens[i + 1]) == "least" || doc.norm(doc.tokens[i + 1]) == "most")) n = i + 2;
    if (!(doc.tokens[n].flags & kTokNumber) &&
        !(doc.tokens[n].flags & kTokWord && lex.ClosedClass(doc.norm(doc.tokens[n])) == kCD))
      continue;
    if (n == i + 2 || w == "about" || w == "around" || w == "nearly" || w == "approximately" ||
        w == "almost" || w == "roughly" || w == "some" || w == "over") {
      for (uint32_t k = i; k < n; ++k) cands[k - b] = Cand{kDT, 0, 0, false, false, cands[k - b].capital, false};
    }
  }

  // Contextual pass.
  auto prev_tag = [&](uint32_t i) -> uint16_t { return i > b ? doc.tokens[i - 1].tag : kPosNone; };
  for (uint32_t i = b; i < e; ++i) {
    Token& t = doc.tokens[i];
    const Cand& c = cands[i - b];
    const Cand* next = i + 1 < e ? &cands[i + 1 - b] : nullptr;
    uint16_t prev = prev_tag(i);
    std::string_view w = doc.norm(t);
    if (c.fixed) {
      uint16_t tag = c.fixed;
      // "to" before a verb is the infinitive marker, otherwise a preposition.
      // "subjected to ambush", "exposed to attack": the preposition before a noun.
      if (tag == kTO && i > b && (doc.norm(doc.tokens[i - 1]) == "subjected" || doc.norm(doc.tokens[i - 1]) == "exposed"))
        tag = kIN;
      else if (tag == kTO && next && !(next->verb_form == kVB || (next->verb_form == kVBD && !next->fixed) || next->fixed == kBE ||
                                  next->fixed == kHAVE || next->fixed == kRB))
        tag = kIN;
      // "as", "after", "before", "since", "until" before a noun phrase are prepositions.
      if (tag == kSC && next && w != "if" && w != "because" && w != "although" && w != "while" &&
          w != "whether" && w != "though" && w != "unless" && w != "when" && w != "where" &&
          (next->fixed == kDT || next->fixed == kCD || next->fixed == kNNP ||
           next->fixed == kPRPS || (next->classes & kClassNoun && !next->verb_form)))
        tag = kIN;
      // A particle directly before a noun phrase is a preposition ("out of", "off the coast").
      if (tag == kRP && (prev == kPosNone || prev == kIN || prev == kDT || IsNominalTag(prev)))
        tag = kIN;
      if (tag == kPOS && prev == kPRP) tag = kBE;  // "it's"
      // "her" is an object pronoun when no noun follows.
      if (w == "her" && !(next && (next->classes & kClassNoun || next->fixed == kNNP))) tag = kPRP;
      t.tag = tag;
      continue;
    }
    if (w == "that") {
      bool next_verbal = next && (next->verb_form || next->fixed == kMD || next->fixed == kBE ||
                                  next->fixed == kHAVE || next->fixed == kDO || next->fixed == kRB);
      bool next_nominal = next && (next->fixed == kNNP || next->fixed == kDT ||
                                   ((next->classes & kClassNoun) && !next->verb_form));
      if (IsNominalTag(prev) && next_verbal) t.tag = kWDT;
      else if (IsVerbTag(prev) || prev == kCOMMA) t.tag = kSC;
      else if (next_nominal && !(next && next->fixed == kNNP)) t.tag = kDT;
      else t.tag = kSC;
      continue;
    }
    bool can_noun = c.classes & kClassNoun;
    bool can_adj = c.classes & kClassAdj;
    uint16_t vf = c.verb_form;
    uint16_t tag = kPosNone;
    bool next_nounish = next && (next->fixed == kNNP || next->fixed == kCD ||
                                 (!next->fixed && (next->classes & kClassNoun)));
    if (!vf) {
      tag = can_noun ? (c.plural ? kNNS : kNN) : can_adj ? kJJ : (c.classes & kClassAdv) ? kRB : kNN;
      if (can_noun && can_adj && next_nounish) tag = kJJ;
      t.tag = tag;
      continue;
    }
    // A base form right after a finite verb is its object noun: "opened fire", "held talks".
    if (vf == kVB && can_noun && (prev == kVBD || prev == kVBZ)) {
      t.tag = c.plural ? kNNS : kNN;
      continue;
    }
    // A plural noun right after a past verb is its object: "burned motorbikes", "seized weapons".
    if (vf == kVBZ && can_noun && c.plural && prev == kVBD) {
      t.tag = kNNS;
      continue;
    }
    // Verb readings, settled by the left neighbour.
    bool after_modifier = prev == kDT || prev == kPRPS || prev == kJJ || prev == kPOS ||
                          prev == kCD || prev == kIN || prev == kHYPH;
    // "two killed in", "30 arrested by": a past form after a number with no noun after it is a
    // participle (a headline's reduced passive), not a modifier.
    if (prev == kCD && (vf == kVBD || vf == kVBN) && !next_nounish) {
      t.tag = kVBN;
      continue;
    }
    if (prev == kMD || prev == kTO || prev == kDO ||
        (prev == kNEG && i >= b + 2 && (doc.tokens[i - 2].tag == kDO || doc.tokens[i - 2].tag == kMD))) {
      tag = kVB;
    } else if (prev == kBE || prev == kHAVE ||
               (prev == kRB && i >= b + 2 && (doc.tokens[i - 2].tag == kBE || doc.tokens[i - 2].tag == kHAVE)) ||
               (prev == kNEG && i >= b + 2 && (doc.tokens[i - 2].tag == kBE || doc.tokens[i - 2].tag == kHAVE))) {
      tag = vf == kVBD ? kVBN : vf == kVB && can_noun ? kNN : vf == kVBZ ? kNNS : vf;
      if (prev == kBE && (vf == kVB || vf == kVBZ)) tag = can_adj ? kJJ : (vf == kVBZ ? kNNS : kNN);
    } else if (after_modifier) {
      if (vf == kVBG || vf == kVBD || vf == kVBN) {
        // "the fighting", "the evacuated camps", "an armed group": nominal or adjectival uses.
        tag = (vf == kVBG && (can_noun || !next_nounish)) ? kNN : kJJ;
        if (vf == kVBG && next_nounish) tag = can_noun && !next->fixed && !(next->classes & kClassNoun) ? kNN : kJJ;
        if (prev == kIN && vf == kVBG && !next_nounish) tag = kVBG;  // "by attacking", "after withdrawing"
        if (prev == kIN && vf == kVBG && next && (next->fixed == kDT || next->fixed == kPRPS || next->fixed == kNNP))
          tag = kVBG;
      } else {
        tag = c.plural || vf == kVBZ ? kNNS : kNN;
        if (!can_noun && can_adj) tag = kJJ;
        if (!can_noun && !can_adj) tag = vf == kVBZ ? kNNS : kNN;
      }
    } else if (IsNominalTag(prev) || prev == kWDT || prev == kRB || prev == kNEG || prev == kEX) {
      if (vf == kVBG) {
        tag = next_nounish && can_noun && prev != kPRP ? kNN : kVBG;
        if (prev != kPRP && next_nounish && (c.classes & kClassAdj)) tag = kJJ;
      } else if (vf == kVBZ || (vf == kVB && c.plural)) {
        // "forces", "attacks", "clashes" after a noun: compound noun unless clearly a verb.
        tag = (prev == kNN || prev == kNNP) && can_noun && c.prefers_noun ? kNNS : kVBZ;
        if (prev == kPRP || prev == kWDT) tag = kVBZ;
      } else if (vf == kVB) {
        // Present tense after a plural subject ("they attack"); a compound noun after a singular.
        tag = (prev == kNNS || prev == kPRP || prev == kWDT) && !(can_noun && c.prefers_noun && prev == kNNS) ? kVB : (can_noun ? kNN : kVB);
        if ((prev == kNNS || prev == kNNP) && next &&
            (next->fixed == kDT || next->fixed == kPRPS || next->fixed == kNNP))
          tag = kVB;
      } else {
        tag = vf;  // VBD / VBN
        if (vf == kVBD && next && next->fixed == kIN && doc.norm(doc.tokens[i + 1]) == "by") tag = kVBN;
      }
    } else {
      // Start of a clause: after punctuation, a conjunction, a quote, or sentence-initial.
      bool next_verbal = next && (next->fixed == kMD || next->fixed == kBE || next->fixed == kHAVE ||
                                  next->fixed == kDO || (next->verb_form == kVBD && !next->fixed));
      if (vf == kVBD || vf == kVBN) {
        tag = next_nounish ? kJJ : vf;
        if (prev == kCOMMA || prev == kCC)
          tag = next_nounish && (next->fixed == kNNP || next->fixed == kCD) && !can_adj ? vf : (next_nounish ? kJJ : vf);
        if ((prev == kCOMMA || prev == kCC) && next && (next->fixed == kDT || next->fixed == kPRPS || next->fixed == kIN)) tag = vf;
        // "... and executed nine civilians": a number after a coordinated past form is its object.
        if (prev == kCC && next && next->fixed == kCD) tag = vf;
        // "attacked and burned poll booths": a past form coordinated with a past verb is a verb.
        if (prev == kCC && i >= b + 2 && doc.tokens[i - 2].tag == kVBD && vf == kVBD) tag = vf;
      } else if (vf == kVBG) {
        tag = (prev == kCOMMA || prev == kCC) && !next_verbal ? kVBG : (can_noun ? kNN : kVBG);
      } else if (next_verbal || (can_noun && c.prefers_noun) ||
                 (prev == kCC && can_noun && i >= b + 2 &&
                  (doc.tokens[i - 2].tag == kNNS || doc.tokens[i - 2].tag == kNN) && next_nounish)) {
        tag = c.plural || vf == kVBZ ? kNNS : kNN;
      } else {
        tag = vf;
      }
      if (vf == kVB && !can_noun && prev == kPosNone) tag = kVB;  // imperative / headline
      // A headline opening with a noun and its preposition: "Ambush targeting ...", "Attack on ...".
      if (vf == kVB && can_noun && prev == kPosNone && next && next->fixed == kIN && c.capital) tag = kNN;
    }
    t.tag = tag ? tag : kNN;
  }

  // A past form after the clause already has its finite verb is a participle: "has seen 180 of its
  // members killed", "found the camp abandoned". Clause boundaries and verbs of saying reset.
  bool finite = false;
  for (uint32_t i = b; i < e; ++i) {
    Token& t = doc.tokens[i];
    std::string_view w = doc.norm(t);
    uint16_t tag = t.tag;
    if (tag == kCOMMA || tag == kCC || tag == kWDT || tag == kSC || tag == kQUOTE || tag == kColon ||
        tag == kSENT || (tag == kSC && w == "that") || w == "(" || w == ")") {
      finite = false;
      continue;
    }
    if (tag == kVBD && finite) {
      std::string_view prev = i > b ? doc.norm(doc.tokens[i - 1]) : std::string_view();
      bool subject_pronoun = prev == "it" || prev == "they" || prev == "he" || prev == "she" ||
                             prev == "we" || prev == "i" || prev == "you";
      // "... inspired by the yellow vests in France staged a protest": a past form followed by
      // its own object is a finite verb after all (the first one was misread).
      uint16_t next = i + 1 < e ? doc.tokens[i + 1].tag : kPosNone;
      bool has_object = next == kDT || next == kPRPS || next == kCD;
      if (!subject_pronoun && !has_object) t.tag = kVBN;
      continue;
    }
    if (tag == kVBD || tag == kVBZ || tag == kMD || tag == kBE || tag == kHAVE || tag == kDO) {
      if (w == "said" || w == "told" || w == "says" || w == "say" || w == "claimed" || w == "reported" ||
          w == "announced" || w == "added" || w == "stated")
        finite = false;
      else
        finite = true;
    }
  }
}

}  // namespace dateline::syntax
