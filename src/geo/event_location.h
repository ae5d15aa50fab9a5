// Which mentioned place is an event's location. Rules, tried in order (the chosen rule's name goes
// to Evidence::location_rule):
//   "verb-pp"   a place in a locative prepositional phrase after the event's trigger in the same
//               clause ("left a camp in the strategic town of Kidal"), or fronted before it ("In
//               Kidal, gunmen attacked ...");
//   "clause"    else the nearest place in the same sentence, a town or division before a country;
//   "dateline"  else the dateline's place, when it lies in the country of the sentence's actors
//               (or no actor there has a country) and the body's main place is not another town
//               or division of the dateline's country (then the dateline is a bureau's city);
//   "article"   else the article's main place (MainPlace).
// Modifiers (country adjectives, the far side of a border: PlaceMention::modifier) never locate an
// event in the first two rules: "seized towns along the Chinese border" is not an event in China.
// Works on the places layer alone (token offsets), so it runs with or without a parser.
#ifndef DATELINE_GEO_EVENT_LOCATION_H_
#define DATELINE_GEO_EVENT_LOCATION_H_

#include <string>

#include "dateline/document.h"

namespace dateline::geo {

// Index into doc.places, or kNone when the article names no place. trigger: the event verb's bytes.
// object_is_place: the act is done to a place (fighting, assault, taking territory), so a place
// that is the verb's object counts as verb-pp: "had taken Goma, the largest city in eastern
// Congo" is in Goma, "shelled Aleppo" in Aleppo.
uint32_t ChooseEventLocation(const Document& doc, uint32_t sentence, Span trigger, std::string* rule,
                             bool object_is_place = false);

// The article's main place: the most often named town or division of the body (ties: the first
// named), else the dateline's, else the most often named country, else a country adjective; kNone
// when there is no place. Also the document-level location used to compare with ACLED before
// events exist.
uint32_t MainPlace(const Document& doc);

// The document-level location of a one-event report (an ACLED note, a short wire item), before
// events are coded: the first town or division in a locative phrase ("in/near/at X"), else the
// first town or division, else MainPlace. *rule: "first-pp", "first-place", "article".
uint32_t DocumentLocation(const Document& doc, std::string* rule);

}  // namespace dateline::geo

#endif  // DATELINE_GEO_EVENT_LOCATION_H_
