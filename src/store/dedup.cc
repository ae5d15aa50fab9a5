#include "store/dedup.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "geo/name_key.h"
#include "store/countries.h"

namespace dateline::store {
namespace {

bool CodesCompatible(const ActorFacts& a, const ActorFacts& b) {
  if (a.empty() || b.empty()) return true;
  if (!a.code.empty() && !b.code.empty()) {
    const std::string& s = a.code.size() <= b.code.size() ? a.code : b.code;
    const std::string& l = a.code.size() <= b.code.size() ? b.code : a.code;
    if (l.compare(0, s.size(), s) == 0) return true;
  }
  if (!a.name.empty() && a.name == b.name) return true;
  if (!a.acled.empty() && a.acled == b.acled) return true;
  return false;
}

int ActorAgreement(const ActorFacts& a, const ActorFacts& b) {
  if (a.empty() || b.empty()) return 0;
  return (a.code == b.code ? 1 : 0) + (!a.acled.empty() && a.acled == b.acled ? 1 : 0);
}

bool Symmetric(const EventFacts& f) { return f.acled_event == "Battles" || f.cameo_root == "19"; }

// "Two people were killed in Gao": deaths whose perpetrator the report does not give. ACLED's
// coder calls it violence against civilians; another report of the same day may tell the clash or
// the bombing that killed them, so it is compatible with any political violence.
bool BareDeaths(const EventFacts& f) {
  return f.source.empty() && f.cameo_root == "18" && f.acled_event == "Violence against civilians";
}

bool PoliticalViolence(const EventFacts& f) {
  return f.acled_event == "Battles" || f.acled_event == "Explosions/Remote violence" ||
         f.acled_event == "Violence against civilians";
}

bool TypesCompatible(const EventFacts& a, const EventFacts& b, const DedupOptions& o) {
  if ((BareDeaths(a) && PoliticalViolence(b)) || (BareDeaths(b) && PoliticalViolence(a))) return true;
  if (!a.acled_event.empty() && !b.acled_event.empty()) return a.acled_event == b.acled_event;
  if (!a.cameo_root.empty() && !b.cameo_root.empty()) {
    if (a.cameo_root == b.cameo_root) return true;
    auto force = [](const std::string& r) { return r == "18" || r == "19"; };
    return o.force_family && force(a.cameo_root) && force(b.cameo_root);
  }
  if (a.quad_class && b.quad_class) return a.quad_class == b.quad_class;
  return true;
}

// The place's name folded for comparison: the gazetteer's name key (case, accents and
// punctuation folded) without its spaces, so "Ké-Macina", "Ke Macina" and "KE-MACINA" are one name.
std::string FoldName(const std::string& s) {
  std::string key = geo::NameKey(s);
  std::erase(key, ' ');
  return key;
}

// A named locality (a town or village), as opposed to a region, a country or no place: a
// gazetteer town at town or "near" precision, or a name the gazetteer lacks ("Baboye"), which the
// places layer puts at the coordinates of a coarser unit.
bool Locality(const EventFacts& f) {
  if (!f.has_place || f.place_name.empty()) return false;
  if (f.geonameid != 0) return f.geo_precision > 0 && f.geo_precision <= 2;
  if (f.place_name == f.admin1 || f.place_name == f.admin2) return false;
  const CountryInfo* c = FindCountry(f.country);
  return !(c && f.place_name == c->name) && f.place_name != f.country;
}

double RadiusKm(int precision, const DedupOptions& o) {
  switch (precision) {
    case 0:
    case 1: return o.km_town;
    case 2: return o.km_near;
    case 3: return o.km_region;
    default: return -1;  // country level: no radius
  }
}

template <typename T, typename Key>
const T* MostCommon(const std::vector<const T*>& items, Key key) {
  std::map<std::string, int> counts;
  for (const T* t : items) {
    std::string k = key(*t);
    if (!k.empty()) ++counts[k];
  }
  const T* best = nullptr;
  int best_n = 0;
  for (const T* t : items) {  // first reached wins ties: the earliest mention
    std::string k = key(*t);
    if (k.empty()) continue;
    if (counts[k] > best_n) { best = t; best_n = counts[k]; }
  }
  return best;
}

}  // namespace

double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0088 * std::asin(std::min(1.0, std::sqrt(a)));
}

bool CountsAsEvent(const MentionRecord& m, const DedupOptions& o) {
  if (m.negated) return false;
  return std::find(o.event_moods.begin(), o.event_moods.end(), m.mood) != o.event_moods.end();
}

void ApplyUndatedWindow(MentionRecord* m, const DedupOptions& o) {
  if (m->facts.days || o.undated_window_days <= 0) return;
  auto pub = ParseDayRange(m->reported);
  if (!pub || pub->hi != pub->lo) return;
  m->facts.days = DayRange{pub->lo - o.undated_window_days, pub->lo};
}

bool Clusterable(const EventFacts& f, const DedupOptions& o) {
  return f.days && f.days->hi - f.days->lo < o.max_span_days;
}

std::optional<double> MatchScore(const EventFacts& m, const EventFacts& e, const DedupOptions& o) {
  if (!Clusterable(m, o) || !Clusterable(e, o)) return std::nullopt;
  // Dates.
  int gap = std::max(m.days->lo - e.days->hi, e.days->lo - m.days->hi);  // <= 0: overlap
  if (gap > o.date_slack_days) return std::nullopt;
  double score = 1.0 + (gap <= 0 ? 1.0 : 0.5 / gap);
  if (m.days->hi - m.days->lo == 0 && e.days->hi - e.days->lo == 0 && gap <= 0) score += 0.5;
  // Places.
  if (!m.country.empty() && !e.country.empty() && m.country != e.country) return std::nullopt;
  if (m.has_place && e.has_place) {
    double radius = RadiusKm(std::max(m.geo_precision, e.geo_precision), o);
    if (radius >= 0) {
      double km = HaversineKm(m.lat, m.lon, e.lat, e.lon);
      if (km > radius) return std::nullopt;
      score += 1.0 - km / (radius + 1e-9);
    }
    if (m.geonameid && m.geonameid == e.geonameid) score += 0.5;
    // Two villages the gazetteer lacks, or one of them and a known town, both placed at a
    // region's or country's point: their coordinates say nothing, their names do ("Baboye" and
    // "Kobaka" on the same day are two events).
    if ((m.geonameid == 0 || e.geonameid == 0) && Locality(m) && Locality(e) &&
        FoldName(m.place_name) != FoldName(e.place_name))
      return std::nullopt;
  }
  // Types.
  if (!TypesCompatible(m, e, o)) return std::nullopt;
  if (!m.cameo.empty() && m.cameo == e.cameo) score += 0.5;
  if (!m.acled_sub_event.empty() && m.acled_sub_event == e.acled_sub_event) score += 0.5;
  // Actors.
  bool direct = CodesCompatible(m.source, e.source) && CodesCompatible(m.target, e.target);
  bool swapped = !direct && Symmetric(m) && Symmetric(e) && CodesCompatible(m.source, e.target) &&
                 CodesCompatible(m.target, e.source);
  if (!direct && !swapped) return std::nullopt;
  score += direct ? 0.5 * (ActorAgreement(m.source, e.source) + ActorAgreement(m.target, e.target))
                  : 0.5 * (ActorAgreement(m.source, e.target) + ActorAgreement(m.target, e.source));
  // Fatalities.
  if (m.fatalities && e.fatalities) {
    int64_t a = std::min(m.fatalities->best, e.fatalities->best);
    int64_t b = std::max(m.fatalities->best, e.fatalities->best);
    if (b - a > o.fatality_slack && static_cast<double>(b) > o.fatality_ratio * static_cast<double>(a)) {
      return std::nullopt;
    }
    if (a == b) score += 0.5;
  }
  return score;
}

EventRecord Aggregate(const std::vector<MentionRecord>& mentions) {
  EventRecord ev;
  if (mentions.empty()) return ev;
  std::vector<const MentionRecord*> all;
  for (const auto& m : mentions) all.push_back(&m);
  EventFacts& f = ev.facts;
  f = mentions.front().facts;

  // Date: the narrowest range; among those the most reported, then the earliest mention.
  {
    std::vector<const MentionRecord*> dated;
    int best_span = INT32_MAX;
    for (auto* m : all) {
      if (!m->facts.days) continue;
      int span = m->facts.days->hi - m->facts.days->lo;
      if (span < best_span) { best_span = span; dated.clear(); }
      if (span == best_span) dated.push_back(m);
    }
    if (const MentionRecord* d = MostCommon(dated, [](const MentionRecord& m) { return m.facts.date + "|" + m.facts.date_end; })) {
      f.date = d->facts.date;
      f.date_end = d->facts.date_end;
      f.days = d->facts.days;
      f.date_precision = d->facts.date_precision;
    }
  }
  // Place: a named town or village before a region or a country (a village the gazetteer lacks
  // carries its region's or country's precision, but names the place), then the finest
  // precision, then the most reported.
  {
    std::vector<const MentionRecord*> placed;
    int best = INT32_MAX;
    for (auto* m : all) {
      if (!m->facts.has_place) continue;
      int p = (Locality(m->facts) ? 0 : 10) + (m->facts.geo_precision ? m->facts.geo_precision : 9);
      if (p < best) { best = p; placed.clear(); }
      if (p == best) placed.push_back(m);
    }
    if (const MentionRecord* p = MostCommon(placed, [](const MentionRecord& m) { return m.facts.place_name + "|" + std::to_string(m.facts.geonameid); })) {
      const EventFacts& s = p->facts;
      f.has_place = true;
      f.place_name = s.place_name;
      f.geonameid = s.geonameid;
      f.country = s.country;
      f.admin1 = s.admin1;
      f.admin2 = s.admin2;
      f.lat = s.lat;
      f.lon = s.lon;
      f.geo_precision = s.geo_precision;
    } else if (auto* c = MostCommon(all, [](const MentionRecord& m) { return m.facts.country; })) {
      f.country = c->facts.country;
    }
  }
  // Type codes: the most reported CAMEO code and ACLED sub-event type carry their families.
  if (auto* c = MostCommon(all, [](const MentionRecord& m) { return m.facts.cameo + "|" + m.facts.plover_type; })) {
    f.cameo = c->facts.cameo;
    f.cameo_root = c->facts.cameo_root;
    f.quad_class = c->facts.quad_class;
    f.goldstein = c->facts.goldstein;
    f.plover_type = c->facts.plover_type;
    f.plover_mode = c->facts.plover_mode;
    f.plover_context = c->facts.plover_context;
  }
  if (auto* c = MostCommon(all, [](const MentionRecord& m) { return m.facts.acled_event + "|" + m.facts.acled_sub_event; })) {
    f.acled_disorder = c->facts.acled_disorder;
    f.acled_event = c->facts.acled_event;
    f.acled_sub_event = c->facts.acled_sub_event;
  }
  // Actors: the most reported most specific code per side.
  auto side = [&](bool source) {
    const MentionRecord* best = nullptr;
    std::map<std::string, int> counts;
    for (auto* m : all) {
      const ActorFacts& a = source ? m->facts.source : m->facts.target;
      if (!a.empty()) ++counts[a.code + "|" + a.name];
    }
    auto rank = [&](const MentionRecord* m) {
      const ActorFacts& a = source ? m->facts.source : m->facts.target;
      return std::make_pair(counts[a.code + "|" + a.name], a.code.size());
    };
    for (auto* m : all) {
      const ActorFacts& a = source ? m->facts.source : m->facts.target;
      if (a.empty()) continue;
      if (!best || rank(m) > rank(best)) best = m;
    }
    return best ? (source ? best->facts.source : best->facts.target) : ActorFacts{};
  };
  f.source = side(true);
  f.target = side(false);
  if (const MentionRecord* i = MostCommon(all, [](const MentionRecord& m) { return m.facts.interaction ? std::to_string(m.facts.interaction) : std::string(); })) {
    f.inter1 = i->facts.inter1;
    f.inter2 = i->facts.inter2;
    f.interaction = i->facts.interaction;
  }
  // Fatalities.
  std::vector<int64_t> bests;
  Fatalities fat{INT64_MAX, 0, 0};
  for (auto* m : all) {
    if (!m->facts.fatalities) continue;
    bests.push_back(m->facts.fatalities->best);
    fat.low = std::min(fat.low, m->facts.fatalities->low);
    fat.high = std::max(fat.high, m->facts.fatalities->high);
  }
  if (bests.empty()) {
    f.fatalities.reset();
  } else {
    std::sort(bests.begin(), bests.end());
    fat.best = bests[(bests.size() - 1) / 2];
    fat.low = std::min(fat.low, fat.best);
    fat.high = std::max(fat.high, fat.best);
    f.fatalities = fat;
  }
  // Reports.
  std::set<std::string> outlets;
  for (auto* m : all) {
    outlets.insert(m->outlet.empty() ? "article:" + std::to_string(m->article_id) : m->outlet);
    if (m->reported.empty()) continue;
    if (ev.first_reported.empty() || m->reported < ev.first_reported) ev.first_reported = m->reported;
    if (m->reported > ev.last_reported) ev.last_reported = m->reported;
  }
  ev.num_reports = static_cast<int>(mentions.size());
  ev.num_sources = static_cast<int>(outlets.size());
  return ev;
}

MentionRecord MentionFromEvent(const Document& doc, const Event& e, int64_t article_id,
                               const DedupOptions& options) {
  MentionRecord m;
  m.article_id = article_id;
  m.sentence = e.sentence;
  m.negated = e.negated;
  m.mood = e.mood;
  const Article& a = doc.article;
  m.outlet = a.source ? *a.source : "article:" + std::to_string(article_id);
  m.reported = doc.reference_date();
  m.facts = FactsFromEvent(doc, e);
  ApplyUndatedWindow(&m, options);
  return m;
}

}  // namespace dateline::store
