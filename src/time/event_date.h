// Helpers for the events stage: the date of an event and its fatality count, read from the
// times and quantities layers. The date is the temporal expression attached to the event (in the
// trigger's clause: "UN soldiers Tuesday left ...", "On 3 March 2018, gunmen attacked ..."), else
// the nearest one in the sentence, else the publication date with precision 2 and rule
// "published". Modifier years, durations, sets and vague references (PAST_REF) are never chosen.
// Precision follows ACLED's time_precision: 1 day, 2 week or range, 3 month or coarser.
// REQUIRES: doc.times and doc.quantities in sentence order, as the time stage leaves them.
#ifndef DATELINE_TIME_EVENT_DATE_H_
#define DATELINE_TIME_EVENT_DATE_H_

#include <cstdint>
#include <optional>

#include "dateline/document.h"

namespace dateline::time {

// True when a time mention can date an event: a DATE or TIME with a calendar value that is not a
// modifier year ("the 2014 peace deals"), a decade or a century.
bool IsDatable(const TimeMention& t);

// Fills e->date, e->date_end, e->date_precision, e->evidence.date and e->evidence.date_rule
// ("clause", "sentence" or "published"; left empty when nothing dates the event and the
// document has no publication date).
void ChooseEventDate(const Document& doc, uint32_t sentence, Span trigger, Event* e);

// The same with the trigger as a token index (into doc.tokens) and, when the syntax stage knows
// it (clause_end > clause_begin), the trigger's clause as tokens [clause_begin, clause_end): a
// time expression inside that clause is attached. With clause_begin == clause_end the shallow
// clause test above is used. This is the form the coding stage's date hook calls.
void ChooseEventDate(const Document& doc, uint32_t sentence, uint32_t trigger_token,
                     uint32_t clause_begin, uint32_t clause_end, Event* e);

// Fatalities of an event reported in `sentence`: the sum of the non-cumulative "killed"
// quantities of that sentence; when it has none, those of the article's lead (its first two
// sentences) if use_lead. {0,0,0} when the text says nobody died; nullopt when it says nothing.
// An unknown low or high (at least 12: high unknown) is taken as the best figure.
std::optional<Fatalities> EventFatalities(const Document& doc, uint32_t sentence,
                                          bool use_lead = true);

// e->fatalities = EventFatalities(doc, sentence): the coding stage's fatalities hook.
void SetEventFatalities(const Document& doc, uint32_t sentence, Event* e);

}  // namespace dateline::time

#endif  // DATELINE_TIME_EVENT_DATE_H_
