// See event_json.h. NULL columns (the store writes unknown values as NULL) become JSON null and
// empty CSV cells.
#include "server/event_json.h"

#include <cstdio>

namespace dateline::server {
namespace {

void Str(const Query& q, JsonWriter& w, const char* key, int col) {
  w.Key(key);
  if (q.IsNull(col)) w.Null(); else w.String(q.Text(col));
}
void Int(const Query& q, JsonWriter& w, const char* key, int col) {
  w.Key(key);
  if (q.IsNull(col)) w.Null(); else w.Int(q.Int(col));
}
void Dbl(const Query& q, JsonWriter& w, const char* key, int col, int digits = 6) {
  w.Key(key);
  if (q.IsNull(col)) w.Null(); else w.Double(q.Double(col), digits);
}
void Actor(const Query& q, JsonWriter& w, const char* key, int col) {
  w.Key(key);
  if (q.IsNull(col) && q.IsNull(col + 1) && q.IsNull(col + 2)) { w.Null(); return; }
  w.BeginObject();
  Str(q, w, "code", col);
  Str(q, w, "name", col + 1);
  Str(q, w, "acled_name", col + 2);
  w.EndObject();
}

void CsvCell(std::string_view v, std::string* out) {
  bool quote = v.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) { out->append(v); return; }
  out->push_back('"');
  for (char c : v) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

}  // namespace

void WriteEventFields(const Query& q, JsonWriter& w) {
  w.Key("id").Int(q.Int(0));
  Str(q, w, "date", 1);
  Str(q, w, "date_end", 2);
  Int(q, w, "date_precision", 5);
  w.Key("place").BeginObject();
  Str(q, w, "name", 6);
  Int(q, w, "geonameid", 7);
  Str(q, w, "country", 8);
  Str(q, w, "admin1", 9);
  Str(q, w, "admin2", 10);
  Dbl(q, w, "lat", 11, 8);
  Dbl(q, w, "lon", 12, 8);
  Int(q, w, "precision", 13);
  w.EndObject();
  Str(q, w, "cameo", 14);
  Str(q, w, "cameo_root", 15);
  Int(q, w, "quad_class", 16);
  Dbl(q, w, "goldstein", 17);
  w.Key("plover").BeginObject();
  Str(q, w, "type", 18);
  Str(q, w, "mode", 19);
  w.EndObject();
  w.Key("acled").BeginObject();
  Str(q, w, "disorder_type", 20);
  Str(q, w, "event_type", 21);
  Str(q, w, "sub_event_type", 22);
  Int(q, w, "interaction", 23);
  w.EndObject();
  Actor(q, w, "source", 24);
  Actor(q, w, "target", 27);
  w.Key("fatalities");
  if (q.IsNull(30) && q.IsNull(31) && q.IsNull(32)) {
    w.Null();
  } else {
    w.BeginObject();
    w.Key("low").Int(q.Int(30)).Key("best").Int(q.Int(31)).Key("high").Int(q.Int(32));
    w.EndObject();
  }
  Int(q, w, "num_reports", 33);
  Int(q, w, "num_sources", 34);
  Str(q, w, "first_reported", 35);
  Str(q, w, "last_reported", 36);
}

void AppendGeoJsonFeature(const Query& q, std::string* out) {
  JsonWriter w(out);
  w.BeginObject().Key("type").String("Feature").Key("id").Int(q.Int(0));
  w.Key("geometry");
  if (q.IsNull(kColLat) || q.IsNull(kColLon)) {
    w.Null();
  } else {
    w.BeginObject().Key("type").String("Point").Key("coordinates").BeginArray();
    w.Double(q.Double(kColLon), 8).Double(q.Double(kColLat), 8).EndArray().EndObject();
  }
  w.Key("properties").BeginObject();
  WriteEventFields(q, w);
  w.EndObject().EndObject();
}

const char* const kCsvHeader =
    "id,date,date_end,date_precision,place,geonameid,country,admin1,admin2,lat,lon,geo_precision,"
    "cameo,cameo_root,quad_class,goldstein,plover_type,plover_mode,acled_disorder_type,"
    "acled_event_type,acled_sub_event_type,interaction,source_code,source_name,source_acled,"
    "target_code,target_name,target_acled,fatalities_low,fatalities_best,fatalities_high,"
    "num_reports,num_sources,first_reported,last_reported\r\n";

void AppendCsvRow(const Query& q, std::string* out) {
  // Columns 0..36 of kEventColumns except day_lo (3) and day_hi (4).
  bool first = true;
  for (int col = 0; col <= 36; ++col) {
    if (col == 3 || col == 4) continue;
    if (!first) out->push_back(',');
    first = false;
    if (q.IsNull(col)) continue;
    CsvCell(q.Text(col), out);
  }
  out->append("\r\n");
}

}  // namespace dateline::server
