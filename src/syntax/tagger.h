// Lexicon-and-rules part-of-speech tagger. Each token gets its candidate classes from the word
// lexicon (closed classes, WordNet open classes, verb morphology), then a left-to-right pass settles
// noun/verb/adjective ambiguity from the neighbouring tags, the way Brill-style contextual rules do
// but written by hand for the constructions news reports use ("UN soldiers Tuesday left a camp",
// "armed men attacked", "clashes erupted"). Tokens inside an actor mention are proper nouns.
#ifndef DATELINE_SYNTAX_TAGGER_H_
#define DATELINE_SYNTAX_TAGGER_H_

#include <vector>

#include "dateline/document.h"
#include "syntax/word_lexicon.h"

namespace dateline::syntax {

// Sets Token::tag for the tokens of sentence `s`. `in_actor[i]` (indexed from the sentence's first
// token) is true for tokens covered by an actor mention; may be empty.
void TagSentence(Document& doc, const Sentence& s, const WordLexicon& lexicon,
                 const std::vector<bool>& in_actor);

}  // namespace dateline::syntax

#endif  // DATELINE_SYNTAX_TAGGER_H_
