// Entry point of the shallow syntax, for the stage and for tests and tools that build Documents by
// hand: tags every token and rebuilds Document::chunks.
#ifndef DATELINE_SYNTAX_SYNTAX_STAGE_H_
#define DATELINE_SYNTAX_SYNTAX_STAGE_H_

#include "dateline/document.h"
#include "syntax/word_lexicon.h"

namespace dateline::syntax {

void AnalyzeDocument(Document& doc, const WordLexicon& lexicon);

}  // namespace dateline::syntax

#endif  // DATELINE_SYNTAX_SYNTAX_STAGE_H_
