// Wire agencies cited in an article: "told AFP", "(Reuters)", "Xinhua reported", "the Associated
// Press". Names are returned in a canonical short form (AFP, Reuters, AP, APP, Xinhua ...).
#ifndef DATELINE_TEXT_AGENCIES_H_
#define DATELINE_TEXT_AGENCIES_H_

#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// The canonical name of an agency written as `name` ("Agence France-Presse" -> "AFP",
// "REUTERS" -> "Reuters"), or empty when `name` is not a known agency.
std::string_view CanonicalAgency(std::string_view name);

// Appends to *out, in order of first mention and without duplicates, the agencies cited in text.
// Unambiguous names (AFP, Reuters, Xinhua) count anywhere; short acronyms that are also other
// things (AP: Andhra Pradesh, PTI: a Pakistani party) count only where the context makes them an
// agency: "(AP)", "told AP", "according to PTI", "AP reported", "the AP news agency".
void FindAgencies(std::string_view text, std::vector<std::string>* out);

}  // namespace dateline

#endif  // DATELINE_TEXT_AGENCIES_H_
