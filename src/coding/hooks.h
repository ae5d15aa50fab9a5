// Hooks through which the coding stage asks other layers for an event's date, place and toll.
// The times/quantities layer (src/time) and the places layer (src/geo) own that reasoning; the coder
// only says where the event was read (its anchor). A null hook leaves its field unset (date null,
// location kNone, fatalities null), which the JSON contract allows; DefaultCodingHooks() (hooks.cc)
// wires time::ChooseEventDate, geo::ChooseEventLocation and time::EventFatalities.
#ifndef DATELINE_CODING_HOOKS_H_
#define DATELINE_CODING_HOOKS_H_

#include <cstdint>

#include "dateline/document.h"

namespace dateline::coding {

// Where an event was read: its sentence, trigger token and the clause around the trigger.
struct EventAnchor {
  uint32_t sentence = kNone;
  uint32_t trigger_token = kNone;
  uint32_t clause_token_begin = 0, clause_token_end = 0;  // tokens of the trigger's clause
};

struct CodingHooks {
  // Sets e->date, e->date_end, e->date_precision, e->evidence.date/date_rule.
  void (*choose_date)(const Document& doc, const EventAnchor& anchor, Event* e) = nullptr;
  // Sets e->location (index into doc.places), e->evidence.location/location_rule.
  void (*choose_location)(const Document& doc, const EventAnchor& anchor, Event* e) = nullptr;
  // Sets e->fatalities from doc.quantities.
  void (*choose_fatalities)(const Document& doc, const EventAnchor& anchor, Event* e) = nullptr;
};

// The hooks the pipeline's coding stage uses.
CodingHooks DefaultCodingHooks();

}  // namespace dateline::coding

#endif  // DATELINE_CODING_HOOKS_H_
