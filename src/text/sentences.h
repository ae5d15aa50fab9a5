// Sentence splitter: tokenizes a region of the raw text and groups its tokens into sentences.
#ifndef DATELINE_TEXT_SENTENCES_H_
#define DATELINE_TEXT_SENTENCES_H_

#include "dateline/document.h"

namespace dateline {

// Tokenizes doc.article.text[region] and appends the sentences found there to doc.sentences.
// A sentence ends at . ! ? (with closing quotes and brackets) before a token that can start a
// sentence, at a blank line, and at a line break after a line that cannot continue (a headline,
// a line ending in terminal punctuation). Abbreviations (Gen., Mr., U.N.) do not end sentences
// unless a paragraph break follows.
void SplitSentences(Document& doc, Span region);

}  // namespace dateline

#endif  // DATELINE_TEXT_SENTENCES_H_
