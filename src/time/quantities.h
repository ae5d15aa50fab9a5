// Quantity recogniser: counts of people killed, wounded, abducted, arrested, displaced, or taking
// part in a protest. A count is a numeral ("12", "15,000"), number words ("twenty-five", "a
// dozen"), a vague count ("dozens" = 12, "hundreds" = 100, "several" = 3; docs/time.md lists the
// values), a range ("between 10 and 15", "10-15") or a bound ("at least 12", "up to 30"), or a
// singular person noun ("a soldier was killed" = 1). Its kind comes from the words around its
// noun phrase: a participle or predicate after it ("three French soldiers were killed", "two
// dead"), an active verb before it ("killing 12 civilians"), a noun ("the death toll rose to 9").
// Running totals ("has seen 180 of its members killed", "killed since 2013") are kept but marked
// cumulative so that they are never read as one event's toll.
#ifndef DATELINE_TIME_QUANTITIES_H_
#define DATELINE_TIME_QUANTITIES_H_

#include <cstdint>
#include <vector>

#include "dateline/document.h"

namespace dateline::time {

// Appends the quantities of doc.sentences[sentence] to *out.
void TagQuantitiesInSentence(const Document& doc, uint32_t sentence,
                             std::vector<QuantityMention>* out);

// Fills doc.quantities for every sentence.
void TagQuantities(Document& doc);

// True when the sentence says nobody was killed ("no casualties", "no one was killed").
bool SaysNoFatalities(const Document& doc, uint32_t sentence);

}  // namespace dateline::time

#endif  // DATELINE_TIME_QUANTITIES_H_
