// Tokenizer: splits a span of raw text into word, number and punctuation tokens whose spans are
// byte offsets into the raw text, and appends each token's normalised form (lower case,
// diacritics folded, quote and dash variants unified) to the document's norm buffer.
#ifndef DATELINE_TEXT_TOKENIZER_H_
#define DATELINE_TEXT_TOKENIZER_H_

#include "dateline/document.h"

namespace dateline {

// Appends the tokens of doc.article.text[span] to doc.tokens (and their forms to doc.norm_buffer).
void Tokenize(Document& doc, Span span);

// True when the token (raw text tok) is an abbreviation that cannot end a sentence: titles
// (Mr., Gen., Lt.), month abbreviations (Jan.), "No.", single initials.
bool IsNonFinalAbbreviation(std::string_view norm);

}  // namespace dateline

#endif  // DATELINE_TEXT_TOKENIZER_H_
