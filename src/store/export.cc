#include "store/export.h"

#include <cctype>

#include <cstdio>
#include <set>

#include "base/json_writer.h"
#include "store/countries.h"

namespace dateline::store {
namespace {

std::string Num(int64_t v) { return std::to_string(v); }

std::string Real(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

// Cuts s to at most width code points (UTF-8), marking a cut with "~".
std::string Fit(std::string_view s, size_t width) {
  size_t cps = 0, i = 0, cut = std::string_view::npos;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (cps == width - 1) cut = i;
    if (++cps > width) break;
  }
  std::string out(cps > width ? std::string(s.substr(0, cut)) + "~" : std::string(s));
  size_t shown = std::min(cps, width);
  out.append(width - shown, ' ');
  return out;
}

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Tsv(std::string_view s) {  // GDELT fields cannot hold tabs or newlines
  std::string out(s);
  for (char& c : out) if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string CountryName(const std::string& iso3) {
  const CountryInfo* c = FindCountry(iso3);
  return c ? c->name : iso3;
}

// CAMEO's twenty root categories, for events that neither ACLED nor PLOVER types (PLOVER has no
// counterpart of 01 statements and 02 appeals).
const char* CameoRootName(const std::string& root) {
  static const char* kRoots[] = {"",        "Statement",   "Appeal",     "Intent to cooperate",
                                 "Consult", "Diplomatic cooperation", "Material cooperation",
                                 "Aid",     "Yield",       "Investigate", "Demand",
                                 "Disapprove", "Reject",   "Threaten",   "Protest",
                                 "Force posture", "Reduce relations", "Coerce", "Assault",
                                 "Fight",   "Mass violence"};
  int r = root.size() == 2 && std::isdigit(static_cast<unsigned char>(root[0])) &&
                  std::isdigit(static_cast<unsigned char>(root[1]))
              ? (root[0] - '0') * 10 + (root[1] - '0')
              : 0;
  return r >= 1 && r <= 20 ? kRoots[r] : "";
}

std::string TypeLabel(const EventFacts& f) {
  if (!f.acled_sub_event.empty()) return f.acled_sub_event;
  if (!f.acled_event.empty()) return f.acled_event;
  if (!f.plover_type.empty()) return f.plover_type;
  if (f.cameo.empty()) return "";
  std::string name = CameoRootName(f.cameo.substr(0, 2));
  return name.empty() ? "CAMEO " + f.cameo : name + " (CAMEO " + f.cameo + ")";
}

std::string ActorLabel(const ActorFacts& a) {
  if (!a.name.empty()) return a.name;
  if (!a.acled.empty()) return a.acled;
  return a.code;
}

std::string PlaceLabel(const EventFacts& f) {
  std::string s = f.place_name;
  auto add = [&](const std::string& part) {
    if (part.empty() || part == f.place_name) return;
    s += s.empty() ? part : ", " + part;
  };
  add(f.admin1);
  add(f.country.empty() ? "" : CountryName(f.country));
  return s;
}

std::string BestDate(const EventFacts& f) {
  if (f.date_precision == 1 && f.days) return FormatDay(f.days->lo);
  return f.date;
}

std::string Fatal(const EventFacts& f) {
  if (!f.fatalities) return "";
  const Fatalities& x = *f.fatalities;
  if (x.low == x.high) return Num(x.best);
  return Num(x.best) + " (" + Num(x.low) + "-" + Num(x.high) + ")";
}

void Table(const std::vector<EventRow>& events, std::string* out) {
  *out += Fit("ID", 7) + " " + Fit("DATE", 10) + " " + Fit("PLACE", 28) + " " + Fit("TYPE", 24) + " " +
          Fit("ACTOR 1", 24) + " " + Fit("ACTOR 2", 24) + " " + Fit("KILLED", 10) + " REPORTS\n";
  for (const auto& row : events) {
    const EventFacts& f = row.event.facts;
    *out += Fit(Num(row.event.id), 7) + " " + Fit(BestDate(f), 10) + " " + Fit(PlaceLabel(f), 28) + " " +
            Fit(TypeLabel(f), 24) + " " + Fit(ActorLabel(f.source), 24) + " " +
            Fit(ActorLabel(f.target), 24) + " " + Fit(Fatal(f), 10) + " " +
            Num(row.event.num_reports) + "/" + Num(row.event.num_sources) + "\n";
  }
}

const char* kCsvHeader =
    "event_id,date,date_end,date_precision,place,geonameid,country,admin1,admin2,latitude,longitude,"
    "geo_precision,cameo,cameo_root,quad_class,goldstein,plover_type,plover_mode,plover_context,"
    "disorder_type,event_type,sub_event_type,inter1,inter2,interaction,source_code,source_name,"
    "source_acled,source_assoc,target_code,target_name,target_acled,target_assoc,fatalities_low,"
    "fatalities_best,fatalities_high,num_reports,num_sources,first_reported,last_reported\n";

void Csv(const std::vector<EventRow>& events, std::string* out) {
  *out += kCsvHeader;
  for (const auto& row : events) {
    const EventFacts& f = row.event.facts;
    std::string ctx;
    for (const auto& c : f.plover_context) {
      if (!ctx.empty()) ctx += ';';
      ctx += c;
    }
    std::vector<std::string> v = {
        Num(row.event.id), f.date, f.date_end, Num(f.date_precision), f.place_name,
        f.geonameid ? Num(f.geonameid) : "", f.country, f.admin1, f.admin2,
        f.has_place ? Real(f.lat, 5) : "", f.has_place ? Real(f.lon, 5) : "", Num(f.geo_precision),
        f.cameo, f.cameo_root, Num(f.quad_class), Real(f.goldstein, 1), f.plover_type, f.plover_mode, ctx,
        f.acled_disorder, f.acled_event, f.acled_sub_event, Num(f.inter1), Num(f.inter2), Num(f.interaction),
        f.source.code, f.source.name, f.source.acled, f.source.assoc,
        f.target.code, f.target.name, f.target.acled, f.target.assoc,
        f.fatalities ? Num(f.fatalities->low) : "", f.fatalities ? Num(f.fatalities->best) : "",
        f.fatalities ? Num(f.fatalities->high) : "", Num(row.event.num_reports), Num(row.event.num_sources),
        row.event.first_reported, row.event.last_reported};
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) *out += ',';
      *out += CsvField(v[i]);
    }
    *out += "\n";
  }
}

void ActorJson(JsonWriter& w, const ActorFacts& a) {
  if (a.empty()) { w.Null(); return; }
  w.BeginObject();
  w.Key("code").String(a.code);
  w.Key("name").String(a.name);
  w.Key("acled_name").String(a.acled);
  if (!a.assoc.empty()) w.Key("associated").String(a.assoc);
  w.EndObject();
}

void EventJson(JsonWriter& w, const EventRow& row) {
  const EventFacts& f = row.event.facts;
  w.BeginObject();
  w.Key("id").Int(row.event.id);
  w.Key("date").String(f.date);
  if (!f.date_end.empty()) w.Key("date_end").String(f.date_end);
  w.Key("date_precision").Int(f.date_precision);
  w.Key("location");
  if (f.has_place) {
    w.BeginObject();
    w.Key("name").String(f.place_name);
    w.Key("geonameid").Int(f.geonameid);
    w.Key("country").String(f.country);
    w.Key("admin1").String(f.admin1);
    w.Key("admin2").String(f.admin2);
    w.Key("lat").Double(f.lat, 8);
    w.Key("lon").Double(f.lon, 8);
    w.Key("precision").Int(f.geo_precision);
    w.EndObject();
  } else {
    w.Null();
  }
  if (!f.has_place && !f.country.empty()) w.Key("country").String(f.country);
  w.Key("cameo").String(f.cameo);
  w.Key("cameo_root").String(f.cameo_root);
  w.Key("quad_class").Int(f.quad_class);
  w.Key("goldstein").Double(f.goldstein, 1);
  w.Key("plover").BeginObject();
  w.Key("type").String(f.plover_type);
  w.Key("mode").String(f.plover_mode);
  w.Key("context").StringArray(f.plover_context);
  w.EndObject();
  w.Key("acled").BeginObject();
  w.Key("disorder_type").String(f.acled_disorder);
  w.Key("event_type").String(f.acled_event);
  w.Key("sub_event_type").String(f.acled_sub_event);
  w.Key("inter1").Int(f.inter1);
  w.Key("inter2").Int(f.inter2);
  w.Key("interaction").Int(f.interaction);
  w.EndObject();
  w.Key("source");
  ActorJson(w, f.source);
  w.Key("target");
  ActorJson(w, f.target);
  w.Key("fatalities");
  if (f.fatalities) {
    w.BeginObject().Key("low").Int(f.fatalities->low).Key("best").Int(f.fatalities->best)
        .Key("high").Int(f.fatalities->high).EndObject();
  } else {
    w.Null();
  }
  w.Key("num_reports").Int(row.event.num_reports);
  w.Key("num_sources").Int(row.event.num_sources);
  w.Key("first_reported").String(row.event.first_reported);
  w.Key("last_reported").String(row.event.last_reported);
  w.Key("reports").BeginArray();
  for (const auto& r : row.reports) {
    w.BeginObject();
    w.Key("mention").Int(r.mention_id);
    w.Key("article").String(r.article_key);
    w.Key("source").String(r.outlet);
    w.Key("url").String(r.url);
    w.Key("published").String(r.published);
    w.Key("sentence").Int(r.sentence);
    w.Key("text").String(r.sentence_text);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void GeoJson(const std::vector<EventRow>& events, std::string* out) {
  JsonWriter w(out);
  int skipped = 0;
  w.BeginObject();
  w.Key("type").String("FeatureCollection");
  w.Key("features").BeginArray();
  for (const auto& row : events) {
    const EventFacts& f = row.event.facts;
    if (!f.has_place) { ++skipped; continue; }
    w.BeginObject();
    w.Key("type").String("Feature");
    w.Key("id").Int(row.event.id);
    w.Key("geometry").BeginObject();
    w.Key("type").String("Point");
    w.Key("coordinates").BeginArray().Double(f.lon, 8).Double(f.lat, 8).EndArray();
    w.EndObject();
    w.Key("properties").BeginObject();
    w.Key("date").String(f.date);
    w.Key("place").String(f.place_name);
    w.Key("country").String(f.country);
    w.Key("admin1").String(f.admin1);
    w.Key("geo_precision").Int(f.geo_precision);
    w.Key("event_type").String(f.acled_event);
    w.Key("sub_event_type").String(f.acled_sub_event);
    w.Key("plover_type").String(f.plover_type);
    w.Key("cameo").String(f.cameo);
    w.Key("actor1").String(ActorLabel(f.source));
    w.Key("actor2").String(ActorLabel(f.target));
    w.Key("fatalities");
    f.fatalities ? w.Int(f.fatalities->best) : w.Null();
    w.Key("num_reports").Int(row.event.num_reports);
    w.Key("num_sources").Int(row.event.num_sources);
    w.Key("summary").String(EventSummary(row));
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.Key("skipped").Int(skipped);
  w.EndObject();
  *out += "\n";
}

// CAMEO actor codes start with a country code unless they start with one of these role codes.
bool IsRoleCode(std::string_view c) {
  static const std::set<std::string_view> kRoles = {
      "IGO", "NGO", "IMG", "MNC", "UAF", "REB", "SPY", "MIL", "GOV", "COP", "JUD", "OPP", "PTY", "CVL",
      "REF", "BUS", "CRM", "EDU", "ELI", "HLH", "LAB", "LEG", "MED", "MOD", "RAD", "AGR", "SET", "INS"};
  return kRoles.count(c) > 0;
}

void GdeltActor(const ActorFacts& a, std::vector<std::string>* cols) {
  std::string country, type1, type2;
  if (a.code.size() >= 3) {
    std::string_view head = std::string_view(a.code).substr(0, 3);
    size_t rest = 0;
    if (!IsRoleCode(head)) { country = std::string(head); rest = 3; }
    if (a.code.size() >= rest + 3) type1 = a.code.substr(rest, 3);
    if (a.code.size() >= rest + 6) type2 = a.code.substr(rest + 3, 3);
  }
  // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1..3.
  std::vector<std::string> v = {a.code, ActorLabel(a), country, "", "", "", "", type1, type2, ""};
  cols->insert(cols->end(), v.begin(), v.end());
}

void Gdelt(const std::vector<EventRow>& events, std::string* out) {
  for (const auto& row : events) {
    const EventFacts& f = row.event.facts;
    std::vector<std::string> c;
    c.push_back(Num(row.event.id));
    if (f.days) {
      int y;
      unsigned m, d;
      CivilFromDays(f.days->lo, &y, &m, &d);
      char buf[32];
      std::snprintf(buf, sizeof buf, "%04d%02u%02u", y, m, d);
      c.push_back(buf);
      c.push_back(std::string(buf).substr(0, 6));
      c.push_back(Num(y));
      double frac = y + (f.days->lo - DaysFromCivil(y, 1, 1)) / 365.0;
      c.push_back(Real(frac, 4));
    } else {
      c.insert(c.end(), {"", "", "", ""});
    }
    GdeltActor(f.source, &c);
    GdeltActor(f.target, &c);
    bool root = !row.reports.empty() && row.reports.front().sentence >= 0 && row.reports.front().sentence <= 1;
    std::set<int64_t> articles;
    for (const auto& r : row.reports) articles.insert(r.article_id);
    c.push_back(row.reports.empty() ? "" : root ? "1" : "0");
    c.push_back(f.cameo);
    c.push_back(f.cameo.substr(0, std::min<size_t>(3, f.cameo.size())));
    c.push_back(f.cameo_root);
    c.push_back(f.quad_class ? Num(f.quad_class) : "");
    c.push_back(f.cameo.empty() ? "" : Real(f.goldstein, 1));
    c.push_back(Num(row.event.num_reports));
    c.push_back(Num(row.event.num_sources));
    c.push_back(Num(static_cast<int64_t>(articles.size())));
    c.push_back("");  // AvgTone
    for (int i = 0; i < 16; ++i) c.push_back("");  // Actor1Geo_*, Actor2Geo_*: not resolved
    if (f.has_place) {
      // Geo type: 1 country, 4 world city, 5 world state (ADM1).
      int type = f.geo_precision >= 4 ? 1 : f.geo_precision == 3 ? 5 : 4;
      c.push_back(Num(type));
      c.push_back(PlaceLabel(f));
      c.push_back("");  // FIPS country code: not derivable from ISO3 here
      c.push_back("");  // ADM1Code (FIPS-based)
      c.push_back("");  // ADM2Code
      c.push_back(Real(f.lat, 4));
      c.push_back(Real(f.lon, 4));
      c.push_back(f.geonameid ? Num(f.geonameid) : "");
    } else {
      for (int i = 0; i < 8; ++i) c.push_back("");
    }
    std::string added = row.event.first_reported;
    std::string digits;
    for (char ch : added) if (ch >= '0' && ch <= '9') digits += ch;
    c.push_back(digits.size() == 8 ? digits + "000000" : "");
    c.push_back(row.reports.empty() ? "" : row.reports.front().url);
    for (size_t i = 0; i < c.size(); ++i) {
      if (i) *out += '\t';
      *out += Tsv(c[i]);
    }
    *out += "\n";
  }
}

const char* kAcledHeader =
    "event_id_cnty,event_date,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,"
    "actor2,assoc_actor_2,inter2,interaction,iso,country,admin1,admin2,admin3,location,latitude,"
    "longitude,geo_precision,time_precision,source,notes,fatalities,timestamp\n";

void Acled(const std::vector<EventRow>& events, std::string* out) {
  *out += kAcledHeader;
  for (const auto& row : events) {
    const EventFacts& f = row.event.facts;
    const CountryInfo* ci = FindCountry(f.country);
    std::set<std::string> outlets;
    std::string sources;
    for (const auto& r : row.reports) {
      if (r.outlet.empty() || !outlets.insert(r.outlet).second) continue;
      if (!sources.empty()) sources += "; ";
      sources += r.outlet;
    }
    auto actor = [](const ActorFacts& a) { return a.acled.empty() ? a.name : a.acled; };
    std::vector<std::string> v = {
        (f.country.empty() ? "XXX" : f.country) + "DL" + Num(row.event.id),
        f.days ? FormatDayLong(f.days->lo) : "",
        f.acled_disorder, f.acled_event, f.acled_sub_event,
        actor(f.source), f.source.assoc, f.inter1 ? Num(f.inter1) : "",
        actor(f.target), f.target.assoc, f.inter2 ? Num(f.inter2) : "",
        f.interaction ? Num(f.interaction) : "",
        ci ? Num(ci->numeric) : "", f.country.empty() ? "" : CountryName(f.country),
        f.admin1, f.admin2, "", f.place_name,
        f.has_place ? Real(f.lat, 4) : "", f.has_place ? Real(f.lon, 4) : "",
        f.geo_precision ? Num(f.geo_precision) : "", f.date_precision ? Num(f.date_precision) : "",
        sources, EventSummary(row), f.fatalities ? Num(f.fatalities->best) : "0", ""};
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) *out += ',';
      *out += CsvField(v[i]);
    }
    *out += "\n";
  }
}

void Plover(const std::vector<EventRow>& events, std::string* out) {
  for (const auto& row : events) {
    const EventFacts& f = row.event.facts;
    JsonWriter w(out);
    w.BeginObject();
    w.Key("id").String("dateline-" + Num(row.event.id));
    w.Key("date").String(f.days ? FormatDay(f.days->lo) : f.date);
    auto side = [&](const char* key, const ActorFacts& a) {
      w.Key(key).BeginArray();
      if (!a.empty()) w.String(ActorLabel(a));
      std::string_view rest = a.assoc;
      while (!rest.empty()) {
        size_t semi = rest.find("; ");
        w.String(rest.substr(0, semi));
        rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 2);
      }
      w.EndArray();
    };
    side("actor", f.source);
    side("recipient", f.target);
    w.Key("event").String(f.plover_type);
    w.Key("mode").String(f.plover_mode);
    w.Key("context").StringArray(f.plover_context);
    w.Key("country").String(f.country);
    w.Key("location").String(f.place_name);
    if (f.has_place) {
      w.Key("lat").Double(f.lat, 8);
      w.Key("lon").Double(f.lon, 8);
    }
    if (f.fatalities) w.Key("fatalities").Int(f.fatalities->best);
    w.Key("num_reports").Int(row.event.num_reports);
    w.EndObject();
    *out += "\n";
  }
}

}  // namespace

bool ParseExportFormat(std::string_view name, ExportFormat* format) {
  static const std::pair<const char*, ExportFormat> kNames[] = {
      {"table", ExportFormat::kTable}, {"csv", ExportFormat::kCsv},     {"jsonl", ExportFormat::kJsonl},
      {"geojson", ExportFormat::kGeoJson}, {"gdelt", ExportFormat::kGdelt}, {"acled", ExportFormat::kAcled},
      {"plover", ExportFormat::kPlover}};
  for (const auto& [n, f] : kNames) {
    if (name == n) { *format = f; return true; }
  }
  return false;
}

bool FormatNeedsReports(ExportFormat f) {
  return f == ExportFormat::kJsonl || f == ExportFormat::kGdelt || f == ExportFormat::kAcled ||
         f == ExportFormat::kGeoJson;
}

std::string EventSummary(const EventRow& row) {
  const EventFacts& f = row.event.facts;
  std::string s = "On " + (f.days ? (f.date_precision == 1 ? FormatDayLong(f.days->lo) : f.date) : std::string("an unknown date"));
  std::string type = TypeLabel(f);
  std::string a = ActorLabel(f.source), b = ActorLabel(f.target);
  s += ", ";
  s += type.empty() ? std::string("an event") : type;
  if (!a.empty() || !b.empty()) {
    s += " (";
    s += a.empty() ? "unidentified actor" : a;
    if (!b.empty()) s += " against " + b;
    s += ")";
  }
  std::string place = PlaceLabel(f);
  if (!place.empty()) s += " in " + place;
  if (f.fatalities) s += "; " + Num(f.fatalities->best) + " killed";
  s += ". " + Num(row.event.num_reports) + (row.event.num_reports == 1 ? " report" : " reports") +
       " from " + Num(row.event.num_sources) + (row.event.num_sources == 1 ? " source." : " sources.");
  return s;
}

void WriteEvents(const std::vector<EventRow>& events, ExportFormat format, std::string* out) {
  switch (format) {
    case ExportFormat::kTable: Table(events, out); break;
    case ExportFormat::kCsv: Csv(events, out); break;
    case ExportFormat::kJsonl:
      for (const auto& row : events) {
        JsonWriter w(out);
        EventJson(w, row);
        *out += "\n";
      }
      break;
    case ExportFormat::kGeoJson: GeoJson(events, out); break;
    case ExportFormat::kGdelt: Gdelt(events, out); break;
    case ExportFormat::kAcled: Acled(events, out); break;
    case ExportFormat::kPlover: Plover(events, out); break;
  }
}

}  // namespace dateline::store
