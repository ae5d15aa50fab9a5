// The coding stage's hooks into the times/quantities layer (src/time/event_date.h) and the places
// layer (src/geo/event_location.h); see hooks.h. Each hook passes the event's sentence and trigger.
#include "coding/hooks.h"

#include <cstdlib>

#include <string>

#include "geo/event_location.h"
#include "time/event_date.h"

namespace dateline::coding {
namespace {

Span TriggerSpan(const Document& doc, const EventAnchor& anchor, const Event* e) {
  if (!e->evidence.trigger.empty()) return e->evidence.trigger;
  if (anchor.trigger_token < doc.tokens.size()) return doc.tokens[anchor.trigger_token].span;
  return Span{};
}

void ChooseDate(const Document& doc, const EventAnchor& anchor, Event* e) {
  time::ChooseEventDate(doc, anchor.sentence, TriggerSpan(doc, anchor, e), e);
}

void ChooseLocation(const Document& doc, const EventAnchor& anchor, Event* e) {
  std::string rule;
  const int root = std::atoi(e->cameo.substr(0, 2).c_str());
  e->location = geo::ChooseEventLocation(doc, anchor.sentence, TriggerSpan(doc, anchor, e), &rule,
                                         /*object_is_place=*/root >= 18 && root <= 20);
  if (e->location < doc.places.size()) {
    e->evidence.location = doc.places[e->location].span;
    e->evidence.location_rule = rule;
  }
}

void ChooseFatalities(const Document& doc, const EventAnchor& anchor, Event* e) {
  // Only violent events have a toll; a retreat or a protest sentence's "killed" belongs elsewhere.
  // Violent in CAMEO (18-20) or in ACLED's typing, which gives riots and an arrest that ends in
  // executions ("arrested and executed ten men": CAMEO 173, ACLED violence against civilians)
  // their deaths.
  const std::string& type = e->acled.event_type;
  bool acled_violent = type == "Battles" || type == "Explosions/Remote violence" ||
                       type == "Violence against civilians" || type == "Riots";
  if (!(e->quad_class == 4 && e->cameo_root >= "18") && !acled_violent) return;
  e->fatalities = time::EventFatalities(doc, anchor.sentence, /*use_lead=*/false);
}

}  // namespace

CodingHooks DefaultCodingHooks() {
  CodingHooks hooks;
  hooks.choose_date = ChooseDate;
  hooks.choose_location = ChooseLocation;
  hooks.choose_fatalities = ChooseFatalities;
  return hooks;
}

}  // namespace dateline::coding
