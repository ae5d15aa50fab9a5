// Test helper: a Document from plain text and a publication date, split into sentences and
// tokens by the text stage's splitter, ready for the time stage's recognisers.
#ifndef DATELINE_TIME_TEST_DOCUMENT_H_
#define DATELINE_TIME_TEST_DOCUMENT_H_

#include <string>
#include <string_view>

#include "dateline/document.h"
#include "text/sentences.h"

namespace dateline::time {

inline Document MakeDocument(std::string_view text, std::string_view published) {
  Document doc;
  doc.article.text = std::string(text);
  if (!published.empty()) doc.published = std::string(published);
  doc.body = {0, static_cast<uint32_t>(doc.article.text.size())};
  SplitSentences(doc, doc.body);
  return doc;
}

}  // namespace dateline::time

#endif  // DATELINE_TIME_TEST_DOCUMENT_H_
