// Sentence splitter: tokenizes a region of the raw text and groups its tokens into sentences.
#ifndef DATELINE_TEXT_SENTENCES_H_
#define DATELINE_TEXT_SENTENCES_H_

#include <cstdint>
#include <string_view>

#include "dateline/document.h"

namespace dateline {

// Tokenizes doc.article.text[region] and appends the sentences found there to doc.sentences.
// A sentence ends at . ! ? (with closing quotes and brackets) before a token that can start a
// sentence, at a blank line, at a line break that the writer made (not a hard wrap) before a
// line starting like a sentence, and after an acronym or initial before a sentence starter
// ("U.S. The army"). Titles (Gen., Mr., Lt. Col.), months and "No." never end a sentence.
void SplitSentences(Document& doc, Span region);

// The same with the wrap width given (0: the text is not hard-wrapped), for callers that split
// several regions of one article (TextStage measures the width over the whole body once).
void SplitSentences(Document& doc, Span region, uint32_t wrap_width);

// The wrap width of hard-wrapped text in text[scope]: the longest line followed by a single line
// break, when at least three such lines exist and most of them come close to it; else 0.
uint32_t WrapWidth(std::string_view text, Span scope);

}  // namespace dateline

#endif  // DATELINE_TEXT_SENTENCES_H_
