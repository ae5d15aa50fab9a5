// The dateline that opens a wire story: "KIDAL, Mali (Reuters) -", "BAMAKO (AFP) —",
// "Goma, DR Congo, May 3 (AFP) -", "KYIV, Ukraine (AP) —",
// "Bamako, (APP - UrduPoint / Pakistan Point News - 31st Oct, 2023)".
#ifndef DATELINE_TEXT_DATELINE_H_
#define DATELINE_TEXT_DATELINE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/document.h"

namespace dateline {

struct DatelineMatch {
  DatelineInfo info;     // place (title case when written in capitals), agency, region, span
  uint32_t body_start;   // first byte of the story after the dateline and its dash
  std::string date_iso;  // the full date the dateline states ("31st Oct, 2023"), or empty
};

// Recognises a dateline starting exactly at text[pos] (the first byte of the first body
// paragraph). A dateline is a place of at most five capitalised words, optional comma-separated
// qualifiers (a country, a "Month D" date), then an agency in brackets and/or a dash. Without a
// bracketed agency the place must be written in capitals ("KIDAL, Mali —") so that an ordinary
// opening ("Gunmen in Zamfara -") is never taken for one.
std::optional<DatelineMatch> MatchDateline(std::string_view text, size_t pos);

}  // namespace dateline

#endif  // DATELINE_TEXT_DATELINE_H_
