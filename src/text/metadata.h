// Page metadata and chrome: publication date and time, byline, title, dateline, wire agencies,
// and the body (the article without menus, bylines, share/subscribe lines and related lists).
#ifndef DATELINE_TEXT_METADATA_H_
#define DATELINE_TEXT_METADATA_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.h"

namespace dateline {

// "2023-10-31", "2023-10-31T15:10:00Z", "2023-10-31 15:10:00+05:00" -> "2023-10-31" or
// "2023-10-31T15:10[:ss][±hh:mm]" ("Z" becomes "+00:00"); nullopt when s is not ISO 8601.
std::optional<std::string> NormalizeIsoDateTime(std::string_view s);

// Fills doc.body, and (when not already set by the container) doc.title, doc.published,
// doc.author, plus doc.dateline and doc.agencies, from the raw text. Returns the regions of the
// body that hold article text, in order: the body minus the chrome lines inside it. Sentences
// are split in these regions only.
std::vector<Span> ExtractPageMetadata(Document& doc);

}  // namespace dateline

#endif  // DATELINE_TEXT_METADATA_H_
