// Main-event choice (see main_event.h): first sentence with an ACLED-typed event, most severe type.
#include "coding/main_event.h"

namespace dateline::coding {

int AcledSeverity(const std::string& event_type) {
  if (event_type.empty()) return -1;
  if (event_type == "Battles" || event_type == "Explosions/Remote violence" ||
      event_type == "Violence against civilians")
    return 3;
  if (event_type == "Riots") return 2;
  if (event_type == "Protests") return 1;
  return 0;
}

uint32_t MainEventIndex(const Document& doc) {
  if (doc.events.empty()) return kNone;
  // Pass 1 looks at real (asserted, not negated) events only; pass 2 at any typed event.
  for (int pass = 0; pass < 2; ++pass) {
    uint32_t best = kNone;
    int best_rank = -1;
    uint32_t lead = kNone;  // sentence of the first typed event considered
    for (uint32_t i = 0; i < doc.events.size(); ++i) {
      const Event& ev = doc.events[i];
      int rank = AcledSeverity(ev.acled.event_type);
      if (rank < 0) continue;
      if (pass == 0 && (ev.negated || ev.mood == "hypothetical" || ev.mood == "intended")) continue;
      if (lead == kNone) lead = ev.sentence;
      if (ev.sentence != lead) continue;
      // An abduction that ends in a killing is the killing: within violence, abduction ranks lower.
      rank *= 2;
      if (ev.acled.sub_event_type == "Abduction/forced disappearance") --rank;
      if (rank > best_rank) best = i, best_rank = rank;
    }
    if (best != kNone) return best;
  }
  return 0;
}

}  // namespace dateline::coding
