// Serialises a Document as one line of the annotate contract (docs/annotate.md, "schema": 1),
// and input failures as {"id": ..., "error": ...} lines.
#ifndef DATELINE_PIPELINE_JSON_OUTPUT_H_
#define DATELINE_PIPELINE_JSON_OUTPUT_H_

#include <string>

#include "dateline/document.h"

namespace dateline {

struct JsonOutputOptions {
  // Include the article text as "text". Always on for HTML input, whose offsets point into the
  // text extracted from the page.
  bool include_text = false;
};

// Appends one JSON object and a newline to *out.
void AppendDocumentJson(const Document& doc, const JsonOutputOptions& options, std::string* out);

// Appends {"schema":1,"id":...,"origin":...,"line":...,"error":...} and a newline to *out.
void AppendErrorJson(const std::string& id, const Problem& problem, std::string* out);

// "file:line: reason" (or "file: reason" when there is no line), for stderr.
std::string FormatProblem(const Problem& problem);

}  // namespace dateline

#endif  // DATELINE_PIPELINE_JSON_OUTPUT_H_
