// Helpers shared by the lexicon tests: a small dictionary in the project format and a way to run
// the text stage and the recogniser on a string.
#ifndef DATELINE_LEXICON_TEST_UTIL_H_
#define DATELINE_LEXICON_TEST_UTIL_H_

#include <memory>
#include <string>

#include "dateline/document.h"
#include "lexicon/lexicon.h"

namespace dateline::lexicon::testing {

// Countries MLI, FRA, BFA, NER; a few actors and agents; one discard.
extern const char kTestDictionary[];

std::unique_ptr<Lexicon> TestLexicon();

// Runs the text stage and RecognizeActors on text; published may be empty.
Document Annotate(const Lexicon& lx, const std::string& text, const std::string& published = "",
                  const std::string& country = "");

}  // namespace dateline::lexicon::testing

#endif  // DATELINE_LEXICON_TEST_UTIL_H_
