// Outcome deaths folded into the event that caused them (see outcomes.h).
#include "coding/outcomes.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace dateline::coding {
namespace {

bool IsViolence(const Event& e) {
  int root = std::atoi(e.cameo_root.c_str());
  return root >= 18 && root <= 20;
}

// "near Bandiagara, in the Mopti region": a town and the region or country that holds it (a
// village the gazetteer lacks, placed at the region's point, is held by that region too).
bool Holds(const PlaceMention& wide, const PlaceMention& narrow) {
  if (wide.country != narrow.country) return false;
  if (wide.feature_code == "country") return narrow.feature_code != "country";
  bool region = wide.feature_code.rfind("ADM1", 0) == 0 || wide.feature_code.rfind("ADM2", 0) == 0;
  if (region) return wide.name != narrow.name && (wide.name == narrow.admin1 || wide.name == narrow.admin2);
  return wide.precision > narrow.precision &&
         (wide.precision >= 4 || (wide.precision == 3 && wide.admin1 == narrow.admin1));
}

bool SamePlace(const Document& doc, const Event& a, const Event& b) {
  if (a.location == kNone || b.location == kNone || a.location == b.location) return true;
  if (a.location >= doc.places.size() || b.location >= doc.places.size()) return true;
  const PlaceMention& p = doc.places[a.location];
  const PlaceMention& q = doc.places[b.location];
  if (p.geonameid != 0 && p.geonameid == q.geonameid) return true;
  if (p.name == q.name) return true;
  return Holds(p, q) || Holds(q, p);
}

}  // namespace

bool IsDeathTrigger(const Document& doc, const Event& e) {
  const Span& t = e.evidence.trigger;
  if (t.end <= t.start || t.end > doc.article.text.size()) return false;
  // The trigger of a noun event may be a phrase ("a killing"): its last word decides.
  std::string w(doc.article.text.substr(t.start, t.end - t.start));
  size_t sp = w.find_last_of(' ');
  if (sp != std::string::npos) w = w.substr(sp + 1);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w.rfind("kill", 0) == 0) return true;  // kill, kills, killed, killing, killings
  static const char* kWords[] = {"die", "dies", "died", "dying", "dead", "death", "deaths"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

int FoldOutcomeDeaths(Document& doc) {
  std::vector<Event>& events = doc.events;
  std::vector<bool> drop(events.size(), false);
  int folded = 0;
  // Events by sentence, so that each death looks only at its own sentence's events (a 50 MB
  // one-line input has hundreds of thousands of events).
  std::vector<uint32_t> order(events.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return events[a].sentence < events[b].sentence; });
  for (size_t lo = 0; lo < order.size();) {
    size_t hi = lo;
    while (hi < order.size() && events[order[hi]].sentence == events[order[lo]].sentence) ++hi;
    for (size_t x = lo; x < hi; ++x) {
      Event& death = events[order[x]];
      if (!IsViolence(death) || !IsDeathTrigger(doc, death)) continue;
      // The event it is the outcome of: the first violent, non-death event of the sentence.
      for (size_t y = lo; y < hi; ++y) {
        if (y == x || drop[order[y]]) continue;
        Event& cause = events[order[y]];
        if (!IsViolence(cause) || IsDeathTrigger(doc, cause)) continue;
        // "abducted and killed three teachers" is a killing (ACLED: an attack), not an abduction
        // with a toll: a killing is never folded into an abduction.
        if (cause.cameo.rfind("181", 0) == 0) continue;
        if (cause.negated != death.negated || cause.mood != death.mood) continue;
        if (!death.sources.empty() && death.sources != cause.sources) continue;
        if (!SamePlace(doc, death, cause)) continue;
        if (death.fatalities && (!cause.fatalities || cause.fatalities->best < death.fatalities->best))
          cause.fatalities = death.fatalities;
        // The death's place when the event has none, or when it names a place inside the
        // event's region ("killed near Ber" and "clashed ... in the Tombouctou region").
        bool finer = cause.location != kNone && death.location != kNone && cause.location < doc.places.size() &&
                     death.location < doc.places.size() &&
                     Holds(doc.places[cause.location], doc.places[death.location]);
        if ((cause.location == kNone && death.location != kNone) || finer) {
          cause.location = death.location;
          cause.evidence.location = death.evidence.location;
          cause.evidence.location_rule = death.evidence.location_rule;
        }
        drop[order[x]] = true;
        ++folded;
        break;
      }
    }
    lo = hi;
  }
  if (folded == 0) return 0;
  std::vector<Event> kept;
  kept.reserve(events.size() - folded);
  for (size_t k = 0; k < events.size(); ++k) {
    if (drop[k]) continue;
    kept.push_back(std::move(events[k]));
    kept.back().id = doc.article.id + ":" + std::to_string(kept.size());
  }
  events = std::move(kept);
  return folded;
}

}  // namespace dateline::coding
