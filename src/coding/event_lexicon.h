// The event lexicon: Dateline's own verb patterns and noun triggers (data/events/*.txt, format in
// docs/dictionaries.md), compiled for lookup by surface form. Verb entries are written by lemma;
// at load time every lemma is inflected (regular rules plus WordNet's irregular forms) and indexed
// by each form, so matching a verb group costs one hash probe. Patterns of one verb are kept most
// constrained first, so "leave a camp" (0874) is tried before any bare "leave".
//
// PETRARCH-2 and TABARI verb dictionaries are compiled into the same VerbPattern form by
// petrarch_verbs.cc, so one matcher serves both.
#ifndef DATELINE_CODING_EVENT_LEXICON_H_
#define DATELINE_CODING_EVENT_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/status.h"
#include "syntax/word_lexicon.h"

namespace dateline::coding {

// A phrase as normalised words; the head (last word) is what is indexed.
using Phrase = std::vector<std::string>;

// What a slot (direct object, or the noun phrase of a prepositional phrase) must hold.
struct Constraint {
  bool any = true;          // unconstrained
  bool absent = false;      // "-": the slot must be empty
  bool actor = false;       // @ACTOR: holds an actor mention
  std::string actor_code;   // @ACTOR:PKO: an actor whose code contains this
  bool place = false;       // @PLACE: a proper name that is not an actor
  uint64_t classes = 0;     // @CLASS bits
  uint64_t not_classes = 0; // !@CLASS bits: the slot must be filled by something outside them
  std::vector<Phrase> phrases;  // explicit words (all inflections)
};

enum class TargetSlot : uint8_t { kObject, kPrep, kSubject, kNone };

struct VerbPattern {
  std::string id;
  std::string code;                 // CAMEO
  Phrase particle;                  // words right after the verb or after its object ("out")
  Constraint object;
  std::vector<std::string> preps;   // a following PP with one of these prepositions
  Constraint prep_np;
  TargetSlot target = TargetSlot::kObject;
  std::string plover_mode;          // overrides the table's mode when set
  std::string acled_sub;            // overrides the ACLED sub-event type when set
  bool refine = false;              // "killed in an airstrike": a noun trigger in a PP refines the code
  bool noun_code = false;           // "launched an airstrike": the object's noun trigger gives the code
  bool target_from_pp = false;      // PETRARCH: no actor in the object -> first actor in a PP
  int specificity = 0;
};

struct NounTrigger {
  std::string id;
  std::string code;
  std::string plover_mode;
  std::string acled_sub;
};

class EventLexicon {
 public:
  explicit EventLexicon(const syntax::WordLexicon& words) : words_(words) {}

  // Loads classes.txt, verbs.txt and nouns.txt from dir (data/events).
  Status LoadDirectory(const std::string& dir);
  Status LoadClasses(std::string_view text, const std::string& origin);
  Status LoadVerbs(std::string_view text, const std::string& origin);
  Status LoadNouns(std::string_view text, const std::string& origin);
  // Adds a compiled pattern for each of the verb lemmas (used by the PETRARCH loader too).
  void AddVerbPattern(const std::vector<std::string>& lemmas, VerbPattern p);
  // Sorts each verb's patterns by specificity; call once after loading.
  void Finish();

  // Patterns of the verb whose surface form (normalised) is `form`; null when none.
  const std::vector<uint32_t>* VerbPatterns(std::string_view form) const;
  const VerbPattern& pattern(uint32_t i) const { return patterns_[i]; }
  size_t pattern_count() const { return patterns_.size(); }

  // The noun trigger whose phrase ends at token `head` of `words` (normalised words of the noun
  // phrase up to and including the head); null when none. Prefers the longest phrase.
  const NounTrigger* MatchNoun(const std::vector<std::string_view>& words) const;
  // Class bits of the phrase ending at the last of `words`.
  uint64_t MatchClasses(const std::vector<std::string_view>& words) const;
  int ClassId(std::string_view name) const;

 private:
  struct Indexed {
    Phrase prefix;  // words before the head, in order
    uint32_t id;    // trigger index or class bit
  };
  Status ParseConstraint(const std::string& value, Constraint* c, const std::string& where);
  std::vector<Phrase> ExpandNoun(const std::string& phrase) const;

  const syntax::WordLexicon& words_;
  std::vector<VerbPattern> patterns_;
  syntax::StringMap<std::vector<uint32_t>> verb_index_;
  std::vector<NounTrigger> triggers_;
  syntax::StringMap<std::vector<Indexed>> noun_index_;
  syntax::StringMap<std::vector<Indexed>> class_index_;
  std::vector<std::string> class_names_;
};

// True when a prefix phrase matches the words just before the last one.
bool PhraseEndsAt(const Phrase& prefix, const std::vector<std::string_view>& words);

}  // namespace dateline::coding

#endif  // DATELINE_CODING_EVENT_LEXICON_H_
