// Field order follows docs/annotate.md so that diffs of outputs stay readable.
#include "pipeline/json_output.h"

#include "base/json_writer.h"

namespace dateline {
namespace {

void SpanFields(JsonWriter& w, const Document& doc, Span s) {
  w.Key("start").Int(s.start);
  w.Key("end").Int(s.end);
  w.Key("text").String(doc.raw(s));
}

void ActorJson(JsonWriter& w, const Document& doc, const ActorMention& a) {
  w.BeginObject();
  SpanFields(w, doc, a.span);
  w.Key("code").String(a.code);
  w.Key("name").String(a.name);
  w.Key("country").String(a.country);
  w.Key("sector").String(a.sector);
  w.Key("kind").String(a.kind);
  w.Key("entity_id").String(a.entity_id);
  w.Key("acled_name").String(a.acled_name);
  w.Key("inter").Int(a.inter);
  w.Key("sentence").Int(a.sentence);
  if (a.antecedent != kNone) w.Key("antecedent").Int(a.antecedent);
  w.EndObject();
}

void PlaceJson(JsonWriter& w, const Document& doc, const PlaceMention& p) {
  w.BeginObject();
  SpanFields(w, doc, p.span);
  w.Key("name").String(p.name);
  w.Key("geonameid").Int(p.geonameid);
  w.Key("country").String(p.country);
  w.Key("admin1").String(p.admin1);
  w.Key("admin2").String(p.admin2);
  w.Key("feature_code").String(p.feature_code);
  w.Key("lat").Double(p.lat, 7);
  w.Key("lon").Double(p.lon, 7);
  w.Key("precision").Int(p.precision);
  // The dateline's place lies before the first body sentence: null.
  if (p.sentence == kNone) w.Key("sentence").Null(); else w.Key("sentence").Int(p.sentence);
  w.EndObject();
}

void TimeJson(JsonWriter& w, const Document& doc, const TimeMention& t) {
  w.BeginObject();
  SpanFields(w, doc, t.span);
  w.Key("value").String(t.value);
  if (!t.end_value.empty()) w.Key("end_value").String(t.end_value);
  w.Key("precision").String(t.precision);
  w.Key("type").String(t.type);
  w.Key("modifier").Bool(t.modifier);
  w.Key("sentence").Int(t.sentence);
  w.EndObject();
}

void QuantityJson(JsonWriter& w, const Document& doc, const QuantityMention& q) {
  w.BeginObject();
  SpanFields(w, doc, q.span);
  w.Key("kind").String(q.kind);
  auto num = [&](const char* k, int64_t v) { w.Key(k); v < 0 ? w.Null() : w.Int(v); };
  num("low", q.low);
  num("best", q.best);
  num("high", q.high);
  w.Key("who").String(q.who);
  w.Key("cumulative").Bool(q.cumulative);
  w.Key("subset").Bool(q.subset);
  w.Key("sentence").Int(q.sentence);
  w.EndObject();
}

void ActorRefs(JsonWriter& w, const Document& doc, const std::vector<uint32_t>& refs) {
  w.BeginArray();
  for (uint32_t i : refs) {
    if (i < doc.actors.size()) ActorJson(w, doc, doc.actors[i]);
  }
  w.EndArray();
}

void OptSpan(JsonWriter& w, const char* key, Span s) {
  w.Key(key);
  if (s.empty()) {
    w.Null();
  } else {
    w.BeginArray().Int(s.start).Int(s.end).EndArray();
  }
}

void EventJson(JsonWriter& w, const Document& doc, const Event& e) {
  w.BeginObject();
  w.Key("id").String(e.id);
  w.Key("sentence").Int(e.sentence);
  // "source"/"target": the first actor of each side (or null); "sources"/"targets": all of them.
  w.Key("source");
  if (!e.sources.empty() && e.sources[0] < doc.actors.size()) ActorJson(w, doc, doc.actors[e.sources[0]]);
  else w.Null();
  w.Key("target");
  if (!e.targets.empty() && e.targets[0] < doc.actors.size()) ActorJson(w, doc, doc.actors[e.targets[0]]);
  else w.Null();
  if (e.sources.size() > 1) { w.Key("sources"); ActorRefs(w, doc, e.sources); }
  if (e.targets.size() > 1) { w.Key("targets"); ActorRefs(w, doc, e.targets); }
  w.Key("cameo").String(e.cameo);
  w.Key("cameo_root").String(e.cameo_root);
  w.Key("quad_class").Int(e.quad_class);
  w.Key("goldstein").Double(e.goldstein, 3);
  w.Key("plover").BeginObject();
  w.Key("type").String(e.plover.type);
  w.Key("mode").String(e.plover.mode);
  w.Key("context").StringArray(e.plover.context);
  w.EndObject();
  w.Key("acled").BeginObject();
  w.Key("disorder_type").String(e.acled.disorder_type);
  w.Key("event_type").String(e.acled.event_type);
  w.Key("sub_event_type").String(e.acled.sub_event_type);
  w.Key("inter1").Int(e.acled.inter1);
  w.Key("inter2").Int(e.acled.inter2);
  w.Key("interaction").Int(e.acled.interaction);
  w.EndObject();
  w.Key("date").OptString(e.date);
  if (e.date_end) w.Key("date_end").String(*e.date_end);
  w.Key("date_precision").Int(e.date_precision);
  w.Key("location");
  if (e.location < doc.places.size()) PlaceJson(w, doc, doc.places[e.location]);
  else w.Null();
  w.Key("fatalities");
  if (e.fatalities) {
    w.BeginObject();
    w.Key("low").Int(e.fatalities->low);
    w.Key("best").Int(e.fatalities->best);
    w.Key("high").Int(e.fatalities->high);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("negated").Bool(e.negated);
  w.Key("mood").String(e.mood);
  w.Key("attributed").Bool(e.attributed);
  w.Key("confidence").Double(e.confidence, 3);
  w.Key("evidence").BeginObject();
  OptSpan(w, "source", e.evidence.source);
  OptSpan(w, "trigger", e.evidence.trigger);
  OptSpan(w, "target", e.evidence.target);
  OptSpan(w, "location", e.evidence.location);
  OptSpan(w, "date", e.evidence.date);
  w.Key("location_rule").String(e.evidence.location_rule);
  w.Key("date_rule").String(e.evidence.date_rule);
  w.EndObject();
  w.EndObject();
}

}  // namespace

void AppendDocumentJson(const Document& doc, const JsonOutputOptions& options, std::string* out) {
  JsonWriter w(out);
  const Article& a = doc.article;
  w.BeginObject();
  w.Key("schema").Int(kSchemaVersion);
  w.Key("id").String(a.id);
  w.Key("title").OptString(doc.title);
  w.Key("url").OptString(a.url);
  w.Key("source").OptString(a.source);
  w.Key("published").OptString(doc.published);
  if (doc.author) w.Key("author").String(*doc.author);
  w.Key("dateline");
  if (doc.dateline) {
    w.BeginObject();
    w.Key("place").String(doc.dateline->place);
    w.Key("agency").OptString(doc.dateline->agency);
    w.Key("start").Int(doc.dateline->span.start);
    w.Key("end").Int(doc.dateline->span.end);
    w.Key("region");
    doc.dateline->region.empty() ? w.Null() : w.String(doc.dateline->region);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("agencies").StringArray(doc.agencies);
  w.Key("body").BeginObject().Key("start").Int(doc.body.start).Key("end").Int(doc.body.end).EndObject();
  w.Key("sentences").BeginArray();
  for (const Sentence& s : doc.sentences) {
    w.BeginObject().Key("start").Int(s.span.start).Key("end").Int(s.span.end).EndObject();
  }
  w.EndArray();
  w.Key("actors").BeginArray();
  for (const auto& x : doc.actors) ActorJson(w, doc, x);
  w.EndArray();
  w.Key("places").BeginArray();
  for (const auto& x : doc.places) PlaceJson(w, doc, x);
  w.EndArray();
  w.Key("times").BeginArray();
  for (const auto& x : doc.times) TimeJson(w, doc, x);
  w.EndArray();
  w.Key("quantities").BeginArray();
  for (const auto& x : doc.quantities) QuantityJson(w, doc, x);
  w.EndArray();
  w.Key("events").BeginArray();
  for (const auto& x : doc.events) EventJson(w, doc, x);
  w.EndArray();
  w.Key("discards").BeginArray();
  for (const auto& x : doc.discards) {
    w.BeginObject();
    SpanFields(w, doc, x.span);
    w.Key("id").String(x.id);
    w.Key("scope").String(x.scope);
    w.Key("topic").String(x.topic);
    if (x.sentence == kNone) w.Key("sentence").Null(); else w.Key("sentence").Int(x.sentence);
    w.EndObject();
  }
  w.EndArray();
  if (!doc.problems.empty()) {
    w.Key("warnings").BeginArray();
    for (const auto& p : doc.problems) w.String(p.reason);
    w.EndArray();
  }
  if (options.include_text || a.format == InputFormat::kHtml) w.Key("text").String(a.text);
  w.EndObject();
  out->push_back('\n');
}

void AppendErrorJson(const std::string& id, const Problem& problem, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("schema").Int(kSchemaVersion);
  w.Key("id");
  id.empty() ? w.Null() : w.String(id);
  w.Key("origin").String(problem.origin);
  w.Key("line").Int(static_cast<int64_t>(problem.line));
  w.Key("error").String(problem.reason);
  w.EndObject();
  out->push_back('\n');
}

std::string FormatProblem(const Problem& p) {
  std::string s = p.origin;
  if (p.line) s += ":" + std::to_string(p.line);
  s += ": ";
  s += p.reason;
  return s;
}

}  // namespace dateline
