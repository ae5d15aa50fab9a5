// The word lexicon behind the tagger: closed-class words (a table written here), open-class words
// and irregular verb forms (read from WordNet's index.* and verb.exc files, Debian's wordnet-base),
// and a WordNet-style "morphy" that maps an inflected verb form to its lemma. It also generates a
// lemma's inflections, which the event lexicon uses to index its entries by surface form.
//
// WordNet is optional: without it the lexicon still knows the closed classes, the suffix rules and
// every word added with AddVerb/AddNoun (the event lexicon adds its own lemmas), so tagging degrades
// rather than fails.
#ifndef DATELINE_SYNTAX_WORD_LEXICON_H_
#define DATELINE_SYNTAX_WORD_LEXICON_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dateline/status.h"

namespace dateline::syntax {

enum WordClass : uint8_t { kClassNoun = 1, kClassVerb = 2, kClassAdj = 4, kClassAdv = 8 };

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// A verb form's analysis: the lemma and which form it is (kVB, kVBZ, kVBD, kVBN, kVBG).
struct VerbAnalysis {
  uint16_t form = 0;  // 0: not a verb form
  std::string_view lemma;
};

class WordLexicon {
 public:
  // The process-wide lexicon, loaded once from $DATELINE_WORDNET or /usr/share/wordnet.
  static const WordLexicon& Default();

  WordLexicon();  // closed classes only
  // Reads index.{noun,verb,adj,adv} and {verb,noun}.exc from dir.
  Status LoadWordNet(const std::string& dir);
  bool has_wordnet() const { return has_wordnet_; }

  void AddWord(std::string_view word, uint8_t classes);

  // The closed-class tag of a lower-case word, or kPosNone.
  uint16_t ClosedClass(std::string_view w) const;
  // Bit set of WordClass for an open-class base form (lemma), 0 when unknown.
  uint8_t Classes(std::string_view w) const;
  // True when WordNet ranks the word's noun senses above its verb senses (by tagged frequency).
  bool PrefersNoun(std::string_view w) const;
  // Analyses w (lower case) as a verb form. Uses `buffer` for computed lemmas.
  VerbAnalysis AnalyzeVerb(std::string_view w, std::string* buffer) const;
  // True when w is a plural noun form ("soldiers", "children").
  bool IsPluralNoun(std::string_view w, std::string* buffer) const;

  // All forms of a verb lemma: base, -s, past, participle, -ing; irregular ones from verb.exc.
  std::vector<std::string> Inflect(std::string_view lemma) const;
  // Singular and plural of a noun lemma.
  std::vector<std::string> NounForms(std::string_view lemma) const;

 private:
  struct Entry {
    uint8_t classes = 0;
    bool prefers_noun = false;
  };
  StringMap<Entry> words_;
  StringMap<std::string> verb_exc_;  // irregular form -> lemma
  StringMap<std::vector<std::string>> verb_irregular_;  // lemma -> irregular forms
  StringMap<std::string> noun_exc_;  // irregular plural -> singular
  bool has_wordnet_ = false;
};

}  // namespace dateline::syntax

#endif  // DATELINE_SYNTAX_WORD_LEXICON_H_
