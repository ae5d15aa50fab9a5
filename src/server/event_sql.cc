// See event_sql.h. The clauses match `dateline events` (src/store/sqlite_store.cc QueryEvents) so
// the command line and the API return the same events for the same filters.
#include "server/event_sql.h"

#include <algorithm>
#include <cmath>

namespace dateline::server {

const char* const kEventColumns =
    "e.id, e.date, e.date_end, e.day_lo, e.day_hi, e.date_precision, e.place_name, e.geonameid,"
    " e.country, e.admin1, e.admin2, e.lat, e.lon, e.geo_precision, e.cameo, e.cameo_root,"
    " e.quad_class, e.goldstein, e.plover_type, e.plover_mode, e.acled_disorder, e.acled_event,"
    " e.acled_sub_event, e.interaction, e.source_code, e.source_name, e.source_acled,"
    " e.target_code, e.target_name, e.target_acled, e.fatalities_low, e.fatalities_best,"
    " e.fatalities_high, e.num_reports, e.num_sources, e.first_reported, e.last_reported";

void AddClause(SqlWhere* w, const std::string& clause) {
  w->sql += w->sql.empty() ? " WHERE " : " AND ";
  w->sql += clause;
}

std::string FtsQuery(const std::string& text) {
  std::string match, word;
  auto flush = [&] {
    if (word.empty()) return;
    std::string quoted = "\"";
    for (char c : word) {
      if (c == '"') quoted += '"';
      quoted += c;
    }
    match += (match.empty() ? "" : " ") + quoted + "\"";
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') flush();
    else word += c;
  }
  flush();
  return match;
}

SqlWhere BuildWhere(const EventFilter& f) {
  SqlWhere w;
  auto& b = w.binds;
  if (f.since_day) { AddClause(&w, "e.day_hi >= ?"); b.emplace_back(int64_t{*f.since_day}); }
  if (f.until_day) { AddClause(&w, "e.day_lo <= ?"); b.emplace_back(int64_t{*f.until_day}); }
  if (f.country) { AddClause(&w, "e.country = ?"); b.emplace_back(*f.country); }
  if (f.admin1) { AddClause(&w, "e.admin1 = ? COLLATE NOCASE"); b.emplace_back(*f.admin1); }
  if (f.near) {
    // A bounding box the planner can use first, then the exact great-circle distance.
    double dlat = f.near->km / 111.0;
    double dlon = f.near->km / (111.0 * std::max(0.01, std::cos(f.near->lat * M_PI / 180)));
    AddClause(&w, "e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ? AND dl_km(e.lat, e.lon, ?, ?) <= ?");
    for (double v : {f.near->lat - dlat, f.near->lat + dlat, f.near->lon - dlon, f.near->lon + dlon,
                     f.near->lat, f.near->lon, f.near->km}) {
      b.emplace_back(v);
    }
  }
  if (f.bbox) {
    AddClause(&w, "e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?");
    for (double v : {f.bbox->south, f.bbox->north, std::max(-180.0, f.bbox->west),
                     std::min(180.0, f.bbox->east)}) {
      b.emplace_back(v);
    }
  }
  if (f.type) {
    const std::string& t = *f.type;
    if (std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      AddClause(&w, "e.cameo LIKE ?");
      b.emplace_back(t + "%");
    } else {
      AddClause(&w, "(e.plover_type = ? COLLATE NOCASE OR e.acled_event = ? COLLATE NOCASE OR"
                    " e.acled_sub_event = ? COLLATE NOCASE OR e.acled_disorder = ? COLLATE NOCASE)");
      for (int i = 0; i < 4; ++i) b.emplace_back(t);
    }
  }
  if (f.actor) {
    const std::string& t = *f.actor;
    // LIKE wildcards in the user's text are escaped so they match themselves.
    std::string esc;
    for (char c : t) {
      if (c == '%' || c == '_' || c == '\\') esc += '\\';
      esc += c;
    }
    bool code = std::all_of(t.begin(), t.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
    if (code) {
      AddClause(&w, "(e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\')");
      b.emplace_back(esc + "%");
      b.emplace_back(esc + "%");
    } else {
      AddClause(&w, "(e.source_name LIKE ? ESCAPE '\\' OR e.target_name LIKE ? ESCAPE '\\' OR"
                    " e.source_acled LIKE ? ESCAPE '\\' OR e.target_acled LIKE ? ESCAPE '\\')");
      for (int i = 0; i < 4; ++i) b.emplace_back("%" + esc + "%");
    }
  }
  if (f.min_fatalities) { AddClause(&w, "e.fatalities_best >= ?"); b.emplace_back(*f.min_fatalities); }
  if (f.text) {
    std::string match = FtsQuery(*f.text);
    if (!match.empty()) {
      AddClause(&w, "e.id IN (SELECT em.event_id FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
                    " JOIN mentions m ON m.article_id = s.article_id AND m.sentence = s.idx"
                    " JOIN event_mentions em ON em.mention_id = m.id WHERE sentences_fts MATCH ?)");
      b.emplace_back(match);
    }
  }
  return w;
}

}  // namespace dateline::server
