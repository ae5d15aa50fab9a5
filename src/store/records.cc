#include "store/records.h"

#include <cstdlib>

#include "base/json_writer.h"

namespace dateline::store {
namespace {

const char* FormatName(InputFormat f) {
  switch (f) {
    case InputFormat::kHtml: return "html";
    case InputFormat::kJsonl: return "jsonl";
    default: return "text";
  }
}


ActorFacts SideFacts(const Document& doc, const std::vector<uint32_t>& refs) {
  ActorFacts side;
  bool first = true;
  for (uint32_t i : refs) {
    if (i >= doc.actors.size()) continue;
    const ActorMention& a = doc.actors[i];
    if (first) {
      side.code = a.code;
      side.name = a.name.empty() ? std::string(doc.raw(a.span)) : a.name;
      side.acled = a.acled_name;
      side.inter = a.inter;
      first = false;
      continue;
    }
    std::string n = !a.acled_name.empty() ? a.acled_name : a.name;
    if (n.empty()) continue;
    if (!side.assoc.empty()) side.assoc += "; ";
    side.assoc += n;
  }
  return side;
}

}  // namespace

EventFacts FactsFromEvent(const Document& doc, const Event& e) {
  EventFacts f;
  if (e.date) f.date = *e.date;
  if (e.date_end) f.date_end = *e.date_end;
  f.date_precision = e.date_precision;
  // A date that is only the report's own day (rule "published": the text dates nothing) is not
  // a date of the event: dedup treats the mention as undated (see ApplyUndatedWindow).
  if (e.evidence.date_rule != "published") {
    if (auto r = ParseDayRange(f.date)) {
      f.days = r;
      if (auto end = ParseDayRange(f.date_end); end && end->hi > r->hi) f.days->hi = end->hi;
    }
  }
  if (e.location < doc.places.size()) {
    const PlaceMention& p = doc.places[e.location];
    f.has_place = true;
    f.place_name = p.name.empty() ? std::string(doc.raw(p.span)) : p.name;
    f.geonameid = p.geonameid;
    f.country = p.country;
    f.admin1 = p.admin1;
    f.admin2 = p.admin2;
    f.lat = p.lat;
    f.lon = p.lon;
    f.geo_precision = p.precision;
  } else if (doc.article.country) {
    f.country = *doc.article.country;
  }
  f.cameo = e.cameo;
  f.cameo_root = e.cameo_root.empty() && e.cameo.size() >= 2 ? e.cameo.substr(0, 2) : e.cameo_root;
  f.quad_class = e.quad_class;
  f.goldstein = e.goldstein;
  f.plover_type = e.plover.type;
  f.plover_mode = e.plover.mode;
  f.plover_context = e.plover.context;
  f.acled_disorder = e.acled.disorder_type;
  f.acled_event = e.acled.event_type;
  f.acled_sub_event = e.acled.sub_event_type;
  f.inter1 = e.acled.inter1;
  f.inter2 = e.acled.inter2;
  f.interaction = e.acled.interaction;
  f.source = SideFacts(doc, e.sources);
  f.target = SideFacts(doc, e.targets);
  f.fatalities = e.fatalities;
  return f;
}

std::string FactsColumnList(const std::string& prefix) {
  std::string out;
  for (int i = 0; i < kFactsColumnCount; ++i) {
    if (i) out += ", ";
    out += prefix;
    out += kFactsColumns[i];
  }
  return out;
}

std::string FactsColumnDdl() {
  // Affinity per column; everything is nullable (unknown).
  static const char* kInt[] = {"day_lo", "day_hi", "date_precision", "geonameid", "geo_precision",
                               "quad_class", "inter1", "inter2", "interaction", "source_inter",
                               "target_inter", "fatalities_low", "fatalities_best",
                               "fatalities_high"};
  std::string out;
  for (int i = 0; i < kFactsColumnCount; ++i) {
    std::string c = kFactsColumns[i];
    std::string type = "TEXT";
    for (const char* k : kInt) if (c == k) type = "INTEGER";
    if (c == "lat" || c == "lon" || c == "goldstein") type = "REAL";
    out += ",\n  " + c + " " + type;
  }
  return out;
}

std::string ArticleMetadataJson(const Document& doc) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("format").String(FormatName(doc.article.format));
  if (doc.article.line) w.Key("line").Int(static_cast<int64_t>(doc.article.line));
  if (doc.author) w.Key("author").String(*doc.author);
  if (doc.article.published) w.Key("published_raw").String(*doc.article.published);
  if (doc.article.country) w.Key("country").String(*doc.article.country);
  if (doc.dateline) {
    w.Key("dateline").BeginObject();
    w.Key("place").String(doc.dateline->place);
    w.Key("agency").OptString(doc.dateline->agency);
    w.EndObject();
  }
  w.Key("agencies").StringArray(doc.agencies);
  w.Key("body").BeginArray().Int(doc.body.start).Int(doc.body.end).EndArray();
  if (!doc.problems.empty()) {
    w.Key("warnings").BeginArray();
    for (const auto& p : doc.problems) w.String(p.reason);
    w.EndArray();
  }
  w.EndObject();
  return out;
}

std::string EvidenceJson(const Event& e) {
  std::string out;
  JsonWriter w(&out);
  auto span = [&](const char* k, Span s) {
    w.Key(k);
    if (s.empty()) w.Null();
    else w.BeginArray().Int(s.start).Int(s.end).EndArray();
  };
  w.BeginObject();
  span("source", e.evidence.source);
  span("trigger", e.evidence.trigger);
  span("target", e.evidence.target);
  span("location", e.evidence.location);
  span("date", e.evidence.date);
  w.Key("location_rule").String(e.evidence.location_rule);
  w.Key("date_rule").String(e.evidence.date_rule);
  w.EndObject();
  return out;
}

std::string JsonStringArray(const std::vector<std::string>& items) {
  std::string out;
  JsonWriter(&out).StringArray(items);
  return out;
}

std::vector<std::string> ParseJsonStringArray(std::string_view json) {
  std::vector<std::string> items;
  size_t i = 0;
  while (i < json.size()) {
    size_t q = json.find('"', i);
    if (q == std::string_view::npos) break;
    std::string item;
    for (i = q + 1; i < json.size() && json[i] != '"'; ++i) {
      if (json[i] == '\\' && i + 1 < json.size()) {
        char c = json[++i];
        switch (c) {
          case 'n': item += '\n'; break;
          case 't': item += '\t'; break;
          case 'r': item += '\r'; break;
          case 'b': item += '\b'; break;
          case 'f': item += '\f'; break;
          case 'u':
            if (i + 4 < json.size()) {  // control characters only: our writer escapes nothing else
              item += static_cast<char>(std::strtol(std::string(json.substr(i + 1, 4)).c_str(), nullptr, 16));
              i += 4;
            }
            break;
          default: item += c;
        }
      } else {
        item += json[i];
      }
    }
    items.push_back(std::move(item));
    ++i;
  }
  return items;
}

}  // namespace dateline::store
