// Temporal expression recogniser and normaliser. A hand-coded matcher walks each sentence's
// token views (time/token_view.h) and tries, at every token that can open a temporal expression,
// a small set of patterns from longest to shortest: explicit dates ("31st Oct, 2023", "October 31,
// 2023", "Oct. 31", "between 3 and 5 May"), weekdays and deictic words with an optional part of the
// day ("late Tuesday", "yesterday morning", "overnight"), relative units ("last week", "earlier
// this month", "two years ago", "by the end of the year"), months and years ("in June", "in 2020",
// "the 1990s"), quarters ("the third quarter"), durations ("for three days" -> P3D) and sets
// ("every Friday" -> XXXX-WXX-5). Values are TIMEX3 strings computed against the injected
// reference date (the publication date), with tense (time/tense.h) deciding whether "Tuesday" or
// "June" lies before or after it. Years that modify a noun ("the 2014 and 2015 peace deals") are
// kept as DATE mentions but flagged so the event stage never dates an event with them.
#ifndef DATELINE_TIME_TEMPORAL_TAGGER_H_
#define DATELINE_TIME_TEMPORAL_TAGGER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dateline/document.h"
#include "time/calendar.h"

namespace dateline::time {

// What the tagger remembers from one sentence to the next of a document.
struct TaggerState {
  std::string last_quarter;  // latest quarter mentioned ("1989-Q3"): anchors "a year earlier"
};

// Appends the temporal expressions of doc.sentences[sentence] to *out, normalised against ref
// (nullopt: no reference date; relative expressions get X placeholders or *_REF values).
// state (may be null) carries discourse context across the sentences of one document.
void TagTimesInSentence(const Document& doc, uint32_t sentence, std::optional<CivilDate> ref,
                        std::vector<TimeMention>* out, TaggerState* state = nullptr);

// Fills doc.times for every sentence, using doc.reference_date().
void TagTimes(Document& doc);

}  // namespace dateline::time

#endif  // DATELINE_TIME_TEMPORAL_TAGGER_H_
