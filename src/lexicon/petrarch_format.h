// Readers of the dictionaries users of PETRARCH-2 and TABARI already have. The formats share one
// shape (PETRARCH kept TABARI's): a primary phrase with words joined by "_" or spaces, an optional
// inline code "[ISRMIL]", synonyms on following lines starting with "+", date-restricted codes on
// tab-indented lines ("[MLIGOV >20130904]", "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]"),
// "#" comments and "<!-- -->" blocks. Agents carry "[~MIL]" (suffix: country + MIL) or "[NGO~]"
// (prefix), optional "{plural forms}" ("{}" = no plural; without braces the regular plural is
// added) and !SUBST! sets
// ("!PERSON! = MAN, MEN" expands "CONGRESS!PERSON!"). Discards are one phrase a line, "+" for
// story-level ones. See the PETRARCH-2 dictionary notes and the TABARI manual (Schrodt 2014).
#ifndef DATELINE_LEXICON_PETRARCH_FORMAT_H_
#define DATELINE_LEXICON_PETRARCH_FORMAT_H_

#include <string>
#include <string_view>
#include <vector>

#include "dateline/status.h"
#include "lexicon/dictionary.h"

namespace dateline::lexicon {

Status ParsePetrarchActors(std::string_view text, const std::string& file, Dictionaries* dicts,
                           std::vector<Diagnostic>* diags);
Status ParsePetrarchAgents(std::string_view text, const std::string& file, Dictionaries* dicts,
                           std::vector<Diagnostic>* diags);
Status ParsePetrarchDiscards(std::string_view text, const std::string& file, Dictionaries* dicts,
                             std::vector<Diagnostic>* diags);

// Parses the inside of a code block, "MLIGOV >20130904", into *out (dates as YYYYMMDD; 6-digit
// TABARI dates are YYMMDD, years below 50 in the 2000s). False when malformed (a date without a
// code, "[ 19950518-19970602]"; a code that is not letters and digits; a bad date), with the reason
// in *why. A coder's uncertainty mark is dropped ("IMG?", "?MIL" read as IMG, MIL) and *why says so.
bool ParsePetrarchCode(std::string_view block, DatedCode* out, std::string* why = nullptr);

}  // namespace dateline::lexicon

#endif  // DATELINE_LEXICON_PETRARCH_FORMAT_H_
