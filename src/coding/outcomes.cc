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

bool SamePlace(const Document& doc, const Event& a, const Event& b) {
  if (a.location == kNone || b.location == kNone || a.location == b.location) return true;
  if (a.location >= doc.places.size() || b.location >= doc.places.size()) return true;
  const PlaceMention& p = doc.places[a.location];
  const PlaceMention& q = doc.places[b.location];
  if (p.geonameid != 0 && p.geonameid == q.geonameid) return true;
  if (p.name == q.name) return true;
  // "near Bandiagara, in the Mopti region": a town and the region or country that holds it.
  auto holds = [](const PlaceMention& wide, const PlaceMention& narrow) {
    if (wide.country != narrow.country || wide.precision <= narrow.precision) return false;
    return wide.precision >= 4 || (wide.precision == 3 && wide.admin1 == narrow.admin1);
  };
  return holds(p, q) || holds(q, p);
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
  for (size_t k = 0; k < events.size(); ++k) {
    Event& death = events[k];
    if (!IsViolence(death) || !IsDeathTrigger(doc, death)) continue;
    // The event it is the outcome of: the first violent, non-death event of the sentence.
    for (size_t j = 0; j < events.size(); ++j) {
      if (j == k || drop[j]) continue;
      Event& cause = events[j];
      if (cause.sentence != death.sentence || !IsViolence(cause) || IsDeathTrigger(doc, cause)) continue;
      if (cause.negated != death.negated || cause.mood != death.mood) continue;
      if (!death.sources.empty() && death.sources != cause.sources) continue;
      if (!SamePlace(doc, death, cause)) continue;
      if (death.fatalities && (!cause.fatalities || cause.fatalities->best < death.fatalities->best))
        cause.fatalities = death.fatalities;
      if (cause.location == kNone && death.location != kNone) {
        cause.location = death.location;
        cause.evidence.location = death.evidence.location;
        cause.evidence.location_rule = death.evidence.location_rule;
      }
      drop[k] = true;
      ++folded;
      break;
    }
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
