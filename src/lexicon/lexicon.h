// The compiled lexicon: every dictionary phrase in one PhraseMatcher, plus the tables that turn a
// match into an actor mention. Built once per pipeline (Compile), then shared read-only by all
// threads. Recognition itself is in recognizer.cc.
#ifndef DATELINE_LEXICON_LEXICON_H_
#define DATELINE_LEXICON_LEXICON_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "dateline/document.h"
#include "dateline/pipeline.h"
#include "lexicon/dictionary.h"
#include "lexicon/phrase_matcher.h"

namespace dateline::lexicon {

// What a phrase stands for (PhraseTarget::type).
enum TargetType : uint32_t {
  kActorName = 0,   // index into Dictionaries::actors
  kCountryName,     // index into countries
  kCountryDemonym,
  kCountryCapital,  // government metonym in political context
  kCountryMetonym,
  kAgentForm,       // index into agents
  kDiscardPhrase,   // index into discards
};

class Lexicon {
 public:
  // Compiles dicts. Never fails: phrases that cannot be matched (empty) are skipped.
  static std::unique_ptr<Lexicon> Compile(Dictionaries dicts);

  // Loads data_dir/actors/*.txt (unless !options.default_dicts) and options.dicts, then compiles.
  // Dictionary errors are returned as one Status listing the first few "file:line: reason".
  static StatusOr<std::unique_ptr<Lexicon>> Load(const PipelineOptions& options);

  const Dictionaries& dicts() const { return dicts_; }
  const PhraseMatcher& matcher() const { return matcher_; }
  // Country by ISO3 (or CAMEO code); nullptr when unknown.
  const CountryEntry* Country(std::string_view iso3) const;
  // Country whose name, alias or capital is `place` (for datelines); nullptr when none.
  const CountryEntry* CountryOfPlace(std::string_view place) const;

 private:
  Lexicon() = default;
  Dictionaries dicts_;
  PhraseMatcher matcher_;
  std::unordered_map<std::string, uint32_t> country_by_code_;
  std::unordered_map<std::string, uint32_t> country_by_place_;  // MatchKey of names, capitals
};

}  // namespace dateline::lexicon

#endif  // DATELINE_LEXICON_LEXICON_H_
