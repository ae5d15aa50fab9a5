// The dictionary linter behind `dateline dict check`: checks across records that a parser cannot
// make alone. Errors: duplicate ids, one alias (after normalisation) naming entries with
// conflicting codes, malformed CAMEO codes, overlapping date ranges of one actor, countries
// unknown to countries.txt, missing required keys, unknown kinds and sectors.
#ifndef DATELINE_LEXICON_DICT_CHECK_H_
#define DATELINE_LEXICON_DICT_CHECK_H_

#include <string>
#include <vector>

#include "lexicon/dictionary.h"

namespace dateline::lexicon {

// Appends the problems of dicts to *diags.
void CheckDictionaries(const Dictionaries& dicts, std::vector<Diagnostic>* diags);

// Reads data_dir/actors/*.txt and checks them; parse problems come first.
std::vector<Diagnostic> CheckDataDir(const std::string& data_dir);

// The key two phrases share when the matcher cannot tell them apart (lower case, diacritics
// folded, periods and hyphens dropped, spaces collapsed).
std::string MatchKey(std::string_view phrase);

}  // namespace dateline::lexicon

#endif  // DATELINE_LEXICON_DICT_CHECK_H_
