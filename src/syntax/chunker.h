// Chunker: groups a tagged sentence into noun phrases, verb groups, prepositions and other tokens
// (Abney-style chunks), numbers clauses and sets the verb-group features the event coder needs:
// voice, negation, future/intended and hypothetical modality, infinitive, gerund, perfect aspect,
// verbs of saying, relative clauses, quotation and time expressions.
//
// Clause boundaries are drawn at relative pronouns, subordinating conjunctions, "that" after a verb
// of saying, a comma before an -ing verb ("..., saying ...") and quotation marks. Actor mentions are
// never split: every token of one mention lands in one noun phrase, whatever its tags.
#ifndef DATELINE_SYNTAX_CHUNKER_H_
#define DATELINE_SYNTAX_CHUNKER_H_

#include <vector>

#include "dateline/document.h"
#include "syntax/word_lexicon.h"

namespace dateline::syntax {

// Appends the chunks of sentence number `si` to doc.chunks. `actor_end[i]` (indexed from the
// sentence's first token) is the end token of the actor mention starting at token i, or 0.
void ChunkSentence(Document& doc, uint32_t si, const WordLexicon& lexicon,
                   const std::vector<uint32_t>& actor_end);

// True for verbs of saying and reporting (say, tell, announce, claim ...), by lemma.
bool IsReportingLemma(std::string_view lemma);

}  // namespace dateline::syntax

#endif  // DATELINE_SYNTAX_CHUNKER_H_
