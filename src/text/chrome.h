// Page chrome: the lines of a copied news page that are not the article. Each line is classified
// on its own (menus, share and cookie lines, bylines, date lines, photo credits, "related"
// headings); the page-level decisions (header zone, repeated lines, related lists) are made by
// metadata.cc from these kinds.
#ifndef DATELINE_TEXT_CHROME_H_
#define DATELINE_TEXT_CHROME_H_

#include <optional>
#include <string>
#include <string_view>

#include "text/published.h"

namespace dateline {

enum class LineKind : uint8_t {
  kBlank,
  kText,      // prose: anything that may hold an article sentence
  kHeadline,  // short, capitalised, no terminal punctuation: a title, a crosshead, a link
  kChrome,    // menu, share/cookie/subscribe line, photo credit, copyright, credits
  kRelated,   // a "Related articles" / "Read more" heading: the lines under it are links
  kByline,    // "By Jane Doe", "Written by ..."
  kDate,      // a date line: "Published October 31, 2023 | 03:10 PM", "date 2023-10-31"
};

struct LineInfo {
  LineKind kind = LineKind::kBlank;
  std::string author;  // kByline, or a name beside a date ("Faizan Hashmi Published ...")
  std::optional<DateTimeMatch> date;  // kDate: the date found (offsets relative to the line)
  int date_priority = 0;              // kDate: 3 published/posted, 2 plain, 1 updated/modified
};

// Classifies one line (without its line break). Lines longer than 300 bytes are prose without
// further checks: chrome is short. When unsure the answer is kText or kHeadline, never kChrome.
LineInfo ClassifyLine(std::string_view line);

}  // namespace dateline

#endif  // DATELINE_TEXT_CHROME_H_
