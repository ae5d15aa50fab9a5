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
    if (best != kNone) {
      // ACLED codes an attack that only robs or burns ("attacked a truck and seized the
      // passengers' belongings") as looting: a plain attack (190) with a looting event beside it,
      // no killing or injury (18x) and no toll in the sentence yields to the looting.
      const Event& b = doc.events[best];
      if ((b.cameo == "190" || b.cameo == "180") && !(b.fatalities && b.fatalities->best > 0)) {
        uint32_t loot = kNone;
        bool harm = false;
        for (uint32_t i = 0; i < doc.events.size(); ++i) {
          const Event& ev = doc.events[i];
          if (ev.sentence != b.sentence) continue;
          if (ev.cameo.substr(0, 2) == "18" && ev.cameo != "180") harm = true;  // 180: harassment
          if (loot == kNone && ev.acled.sub_event_type == "Looting/property destruction") loot = i;
        }
        if (loot != kNone && !harm) return loot;
      }
      return best;
    }
  }
  return 0;
}

}  // namespace dateline::coding
