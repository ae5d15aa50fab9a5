// Which mentioned place is an event's location. Rules, tried in order (the chosen rule's name goes
// to Evidence::location_rule):
//   "verb-pp"   a place in a locative prepositional phrase after the event's trigger in the same
//               clause ("left a camp in the strategic town of Kidal"), or fronted before it ("In
//               Kidal, gunmen attacked ...");
//   "clause"    else the nearest place in the same sentence, a town or division before a country;
//   "dateline"  else the dateline's place, when it lies in the country of the sentence's actors
//               (or no actor there has a country);
//   "article"   else the article's main place (MainPlace).
// Works on the places layer alone (token offsets), so it runs with or without a parser.
#ifndef DATELINE_GEO_EVENT_LOCATION_H_
#define DATELINE_GEO_EVENT_LOCATION_H_

#include <string>

#include "dateline/document.h"

namespace dateline::geo {

// Index into doc.places, or kNone when the article names no place. trigger: the event verb's bytes.
uint32_t ChooseEventLocation(const Document& doc, uint32_t sentence, Span trigger, std::string* rule);

// The article's main place: the most often named town or division (ties: the first named), else
// the most often named country; kNone when there is no place. Also the document-level location
// used to compare with ACLED before events exist.
uint32_t MainPlace(const Document& doc);

// The document-level location of a one-event report (an ACLED note, a short wire item), before
// events are coded: the first town or division in a locative phrase ("in/near/at X"), else the
// first town or division, else MainPlace. *rule: "first-pp", "first-place", "article".
uint32_t DocumentLocation(const Document& doc, std::string* rule);

}  // namespace dateline::geo

#endif  // DATELINE_GEO_EVENT_LOCATION_H_
