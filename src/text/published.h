// Publication dates and times as news pages write them: "Published October 31, 2023 | 03:10 PM",
// "Tue 31 Oct 2023 15.10 GMT", "2023-10-31T15:10:00+05:00", "31st Oct, 2023". The finder returns
// the ISO form the annotate contract uses and the byte range it covered, so the page-chrome
// cleaner can tell a date line from an article sentence.
#ifndef DATELINE_TEXT_PUBLISHED_H_
#define DATELINE_TEXT_PUBLISHED_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dateline {

struct DateTimeMatch {
  std::string iso;   // "2023-10-31" or "2023-10-31T15:10[:ss][±hh:mm]"
  size_t begin = 0;  // byte range in the searched text
  size_t end = 0;
  bool has_time = false;
};

// Finds the first full date (day, month and year) in s, with the time of day and time zone that
// follow it when present ("| 03:10 PM", "at 15:10 GMT", "15.10 IST"). Month-day dates without a
// year are not dates here: a page's publication date always states its year.
std::optional<DateTimeMatch> FindDateTime(std::string_view s);

// Month number (1-12) of an English month name or abbreviation ("Oct", "october", "Sept"), else 0.
int MonthNumber(std::string_view word);

// UTC offset in minutes of a time-zone abbreviation news sites print (GMT, UTC, EST, IST, PKT,
// EAT, WAT, CET ...); nullopt when unknown or ambiguous (CST).
std::optional<int> ZoneOffsetMinutes(std::string_view abbrev);

}  // namespace dateline

#endif  // DATELINE_TEXT_PUBLISHED_H_
