// Loader of foreign verb dictionaries: PETRARCH-2 (synsets "&NAME" with "+member" lines, verb
// blocks "--- NAME [code] ---", patterns "- &MILITARY * [0874]", "(PREP phrase)", "{noun phrase}")
// and TABARI/PETRARCH-1 ("$ source", "+ target", "* verb", "_" joins, "^" skip). Patterns become
// VerbPatterns with `linear` set: the coder matches their words in sentence order around the verb
// (see docs/events.md, "PETRARCH compatibility").
#ifndef DATELINE_CODING_PETRARCH_VERBS_H_
#define DATELINE_CODING_PETRARCH_VERBS_H_

#include <string>
#include <string_view>

#include "coding/event_lexicon.h"
#include "dateline/status.h"

namespace dateline::coding {

// Reads path (format detected from the content) into lexicon. Call lexicon->Finish() afterwards.
Status LoadForeignVerbDictionary(const std::string& path, EventLexicon* lexicon);
Status LoadPetrarchVerbs(std::string_view text, const std::string& origin, EventLexicon* lexicon);

}  // namespace dateline::coding

#endif  // DATELINE_CODING_PETRARCH_VERBS_H_
