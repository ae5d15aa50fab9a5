// Part-of-speech tags of the shallow syntax. A compact, Penn-like tag set: fine enough to find noun
// phrases, verb groups and clause boundaries, coarse enough for a lexicon-and-rules tagger. The id
// of a tag is what the syntax stage stores in Token::tag (0 = untagged).
#ifndef DATELINE_SYNTAX_POS_H_
#define DATELINE_SYNTAX_POS_H_

#include <cstdint>
#include <string_view>

namespace dateline::syntax {

enum Pos : uint16_t {
  kPosNone = 0,
  kNN,     // common noun
  kNNS,    // plural common noun
  kNNP,    // proper noun (capitalised, or part of an actor mention)
  kPRP,    // personal pronoun: he, it, they, we
  kPRPS,   // possessive pronoun: its, their
  kDT,     // determiner, quantifier: the, a, some, all, several
  kCD,     // number
  kJJ,     // adjective
  kRB,     // adverb
  kIN,     // preposition
  kCC,     // coordinating conjunction: and, or, but
  kTO,     // to (before a verb; a preposition otherwise)
  kMD,     // modal: will, would, can, could, may, might, should, must
  kBE,     // forms of be
  kHAVE,   // forms of have
  kDO,     // forms of do
  kVB,     // verb, base form
  kVBZ,    // verb, 3rd person singular present
  kVBD,    // verb, simple past
  kVBN,    // verb, past participle
  kVBG,    // verb, -ing form
  kRP,     // particle: out, up, off, back, down, away
  kWDT,    // relative pronoun: which, who, whom, whose, that (relative)
  kNEG,    // not, n't, never
  kPOS,    // possessive 's
  kSC,     // subordinating conjunction: because, although, while, if, when
  kEX,     // existential there
  kPUNCT,  // other punctuation
  kCOMMA,  // , ; --
  kQUOTE,  // quotation mark
  kSENT,   // . ! ?
  kColon,  // :
  kHYPH,   // hyphen inside a word split by the tokenizer: "sit-in", "MINUSMA-chartered"
  kPosCount
};

std::string_view PosName(uint16_t tag);

inline bool IsVerbTag(uint16_t t) { return t >= kVB && t <= kVBG; }
inline bool IsAuxTag(uint16_t t) { return t == kMD || t == kBE || t == kHAVE || t == kDO; }
inline bool IsNounTag(uint16_t t) { return t == kNN || t == kNNS || t == kNNP; }

}  // namespace dateline::syntax

#endif  // DATELINE_SYNTAX_POS_H_
