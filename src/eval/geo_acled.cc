// ACLED location agreement; see geo_acled.h. The CSV reader follows RFC 4180 (quoted fields with
// doubled quotes and embedded newlines).
#include "eval/geo_acled.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>

#include "geo/distance.h"
#include "geo/event_location.h"
#include "geo/gazetteer.h"
#include "geo/name_key.h"

namespace dateline::eval {
namespace {

// Splits CSV text into records of fields.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field.push_back(c);
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else {
      field.push_back(c);
    }
  }
  if (!field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

StatusOr<AcledGeoScore> ScoreAcledLocations(const std::string& csv_path, const Pipeline& pipeline,
                                            const std::string& gazetteer_path, size_t limit,
                                            std::vector<std::string>* misses) {
  std::ifstream in(csv_path, std::ios::binary);
  if (!in) return Status::NotFound("eval geo-acled: cannot open " + csv_path);
  std::stringstream ss;
  ss << in.rdbuf();
  auto rows = ParseCsv(ss.str());
  if (rows.size() < 2) return Status::Corruption("eval geo-acled: no rows in " + csv_path);
  std::unordered_map<std::string, size_t> col;
  for (size_t i = 0; i < rows[0].size(); ++i) col[rows[0][i]] = i;
  for (const char* need : {"event_id_cnty", "notes", "latitude", "longitude", "location"})
    if (!col.count(need)) return Status::Corruption(std::string("eval geo-acled: no column ") + need);
  auto gaz = geo::Gazetteer::Open(gazetteer_path);
  if (!gaz.ok()) return gaz.status();
  AcledGeoScore score;
  score.by_precision.assign(5, 0);
  score.within_161_by_precision.assign(5, 0);
  std::set<std::string> seen;
  for (size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.size() < rows[0].size()) continue;
    if (!seen.insert(row[col["event_id_cnty"]]).second) continue;  // monadic rows: one per event
    if (limit && score.events >= limit) break;
    ++score.events;
    Document doc;
    doc.article.text = row[col["notes"]];
    if (col.count("iso3")) doc.article.country = row[col["iso3"]];
    pipeline.Process(doc);
    std::string rule;
    uint32_t k = geo::DocumentLocation(doc, &rule);
    if (k == kNone && misses)
      misses->push_back("NONE\t" + row[col["location"]] + "\t" + doc.article.text.substr(0, 160));
    double lat = std::atof(row[col["latitude"]].c_str()), lon = std::atof(row[col["longitude"]].c_str());
    double km = 1e9;
    double plat = 0, plon = 0;
    bool placed = false;
    if (k != kNone) {
      plat = doc.places[k].lat;
      plon = doc.places[k].lon;
      placed = true;
    } else if (doc.article.country) {
      // No place named: the report's country, at precision 4 (its centroid).
      uint32_t ce = (*gaz)->CountryEntry(*doc.article.country);
      if (ce != geo::kNoIndex) {
        plat = (*gaz)->entry(ce).lat;
        plon = (*gaz)->entry(ce).lon;
        placed = true;
        ++score.country_fallback;
      }
    }
    if (placed) {
      ++score.located;
      km = geo::HaversineKm(lat, lon, plat, plon);
      score.errors_km.push_back(km);
      if (km <= 161) ++score.within_161;
      if (km <= 25) ++score.within_25;
    }
    int prec = k == kNone ? 0 : std::clamp(doc.places[k].precision, 0, 4);
    score.by_precision[prec] += 1;
    if (km <= 161) score.within_161_by_precision[prec] += 1;
    if (km > 25) {
      // Is ACLED's location (as named) in the gazetteer, in that country, within 25 km?
      bool known = false;
      for (const auto& n : (*gaz)->Lookup(geo::NameKey(row[col["location"]]))) {
        const auto& e = (*gaz)->entry(n.entry);
        if (geo::HaversineKm(lat, lon, e.lat, e.lon) <= 25) known = true;
      }
      ++(known ? score.miss25_in_gazetteer : score.miss25_not_in_gazetteer);
      for (auto* m : {&score.miss25, &score.miss161}) {
        if (m == &score.miss161 && km <= 161) continue;
        if (known) ++m->in_gazetteer;
        else if (k == kNone) ++m->no_place;
        else if (doc.places[k].feature_code == "unresolved") ++m->unresolved;
        else if (doc.places[k].precision >= 4) ++m->country;
        else ++m->other_place;
      }
      if (misses && k != kNone) {
        char buf[64];
        std::snprintf(buf, sizeof(buf), "%.0f km", km);
        misses->push_back(std::string(known ? "WRONG\t" : "NOGAZ\t") + row[col["location"]] + "\t" +
                          std::string(doc.raw(doc.places[k].span)) + "\t" + buf + "\t" + rule);
      }
    }
  }
  return score;
}

}  // namespace dateline::eval
