// See acled_eval.h. Day arithmetic and ACLED's long dates come from src/base/civil.h.
#include "eval/acled_eval.h"

#include "base/civil.h"
#include "geo/distance.h"

#include <cstdio>
#include <cstring>

#include "coding/main_event.h"
#include "eval/csv.h"
#include "lexicon/dictionary.h"

namespace dateline::eval {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

std::string AcledDateToIso(const std::string& s) {
  if (auto d = ParseDayMonthYear(s)) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d->year, d->month, d->day);
    return buf;
  }
  int32_t v;
  if (s.size() == 10 && lexicon::ParseIsoDate(s, &v)) return s;  // already ISO
  return "";
}

std::string AddDays(const std::string& iso, int days) {
  int32_t v;
  if (!lexicon::ParseIsoDate(iso, &v)) return "";
  YearMonthDay c = CivilFromDays(DaysFromCivil(v / 10000, (v / 100) % 100, v % 100) + days);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

std::string AcledNameKey(const std::string& name) {
  std::string s = name;
  size_t paren = s.find(" (");
  if (paren != std::string::npos && paren + 2 < s.size() && s[paren + 2] >= '0' && s[paren + 2] <= '9')
    s.resize(paren);
  return Lower(s);
}

StatusOr<std::vector<AcledEvent>> ReadAcledEvents(const std::string& path) {
  auto text = lexicon::ReadFile(path);
  if (!text.ok()) return text.status();
  auto table = ParseCsv(*text);
  if (!table.ok()) return Status::InvalidArgument(path + ": " + table.status().message());
  int c_id = table->Column("event_id_cnty"), c_date = table->Column("event_date"),
      c_notes = table->Column("notes"), c_actor = table->Column("actor1"), c_inter = table->Column("inter1"),
      c_iso3 = table->Column("iso3");
  int c_type = table->Column("event_type"), c_sub = table->Column("sub_event_type"),
      c_interaction = table->Column("interaction"), c_fat = table->Column("fatalities"),
      c_lat = table->Column("latitude"), c_lon = table->Column("longitude");
  if (c_id < 0 || c_date < 0 || c_notes < 0 || c_actor < 0 || c_inter < 0)
    return Status::InvalidArgument(path + ": not an ACLED export (needs event_id_cnty, event_date, notes, actor1, inter1)");
  std::vector<AcledEvent> events;
  std::map<std::string, size_t> index;
  for (const auto& row : table->rows) {
    const std::string& id = row[c_id];
    int inter = std::atoi(row[c_inter].c_str());
    auto it = index.find(id);
    if (it != index.end()) {
      AcledEvent& e = events[it->second];
      if (e.actor2.empty()) e.actor2 = row[c_actor], e.inter2 = inter;
      continue;
    }
    AcledEvent e;
    e.id = id;
    e.date = AcledDateToIso(row[c_date]);
    e.notes = row[c_notes];
    e.iso3 = c_iso3 >= 0 ? row[c_iso3] : std::string();
    e.actor1 = row[c_actor];
    e.inter1 = inter;
    if (c_type >= 0) e.event_type = row[c_type];
    if (c_sub >= 0) e.sub_event_type = row[c_sub];
    if (c_interaction >= 0 && !row[c_interaction].empty()) e.interaction = std::atoi(row[c_interaction].c_str());
    if (c_fat >= 0 && !row[c_fat].empty()) e.fatalities = std::atoi(row[c_fat].c_str());
    if (c_lat >= 0 && c_lon >= 0 && !row[c_lat].empty() && !row[c_lon].empty()) {
      e.has_point = true;
      e.lat = std::atof(row[c_lat].c_str());
      e.lon = std::atof(row[c_lon].c_str());
    }
    index[id] = events.size();
    events.push_back(std::move(e));
  }
  return events;
}

AcledReport EvaluateAcled(const std::vector<AcledEvent>& events, const Pipeline& pipeline,
                          const AcledEvalOptions& options) {
  AcledReport r;
  Measure inter{"actor1.inter", "share of events whose ACLED actor 1 is recognised with its inter code"};
  Measure first{"actor1.first", "share of events whose first recognised party (media and anaphors aside) has actor 1's inter code"};
  Measure conv{"actor1.inter+uag",
               "actor1.inter, counting a note that names no armed party as ACLED's default perpetrator "
               "(Unidentified Armed Group, inter 3): an events-stage convention, not recognition"};
  Measure name{"actor1.name", "share of events with a recognised actor of actor 1's ACLED name (periods ignored)"};
  Measure any{"event.any", "share of notes that yield at least one event"};
  Measure type{"event.type", "main event's ACLED event_type equals ACLED's"};
  Measure sub{"event.sub_type", "main event's ACLED sub_event_type equals ACLED's"};
  Measure interaction{"event.interaction", "main event's ACLED interaction code equals ACLED's"};
  Measure date{"event.date", "main event's date equals ACLED's event_date (exact day)"};
  Measure fatal{"event.fatalities", "main event's best fatality count (0 when the text says nothing) equals ACLED's"};
  Measure loc161{"event.loc161", "main event's location within 161 km of ACLED's point"};
  Measure loc25{"event.loc25", "main event's location within 25 km of ACLED's point"};
  for (const AcledEvent& e : events) {
    Document doc;
    doc.article.id = e.id;
    doc.article.text = e.notes;
    if (!e.date.empty()) doc.article.published = AddDays(e.date, 2);
    if (options.country_hint && e.iso3.size() == 3) doc.article.country = e.iso3;
    pipeline.Process(doc);
    bool hit_inter = false, hit_name = false, hit_first = false, seen_first = false, armed = false;
    std::string key = AcledNameKey(e.actor1);
    std::string got;
    for (const auto& m : doc.actors) {
      hit_inter |= m.inter == e.inter1;
      armed |= m.inter >= 1 && m.inter <= 4 && m.antecedent == kNone;
      if (!seen_first && m.kind != "media" && m.antecedent == kNone && m.inter != 0) {
        seen_first = true;
        hit_first = m.inter == e.inter1;
      }
      hit_name |= !m.acled_name.empty() && AcledNameKey(m.acled_name) == key;
      if (got.size() < 200) got += std::string(doc.raw(m.span)) + "=" + m.code + "/" + std::to_string(m.inter) + " ";
    }
    ++inter.total, ++name.total, ++first.total;
    first.hits += hit_first;
    ++conv.total;
    conv.hits += hit_inter || (!armed && e.inter1 == 3);
    inter.hits += hit_inter;
    name.hits += hit_name;
    // The note's main event: the most severe ACLED-typed event of its lead (coding/main_event.h).
    uint32_t main_index = coding::MainEventIndex(doc);
    const Event* main = main_index == kNone ? nullptr : &doc.events[main_index];
    ++any.total;
    any.hits += main != nullptr;
    if (!e.event_type.empty()) {
      ++type.total;
      type.hits += main && main->acled.event_type == e.event_type;
    }
    if (!e.sub_event_type.empty()) {
      ++sub.total;
      sub.hits += main && main->acled.sub_event_type == e.sub_event_type;
    }
    if (e.interaction >= 0) {
      ++interaction.total;
      interaction.hits += main && main->acled.interaction == e.interaction;
    }
    if (!e.date.empty()) {
      ++date.total;
      date.hits += main && main->date && *main->date == e.date;
    }
    if (e.fatalities >= 0) {
      ++fatal.total;
      int64_t got_fat = main && main->fatalities ? main->fatalities->best : 0;
      fatal.hits += main && got_fat == e.fatalities;
    }
    if (e.has_point) {
      ++loc161.total, ++loc25.total;
      if (main && main->location < doc.places.size()) {
        const PlaceMention& p = doc.places[main->location];
        double km = geo::HaversineKm(p.lat, p.lon, e.lat, e.lon);
        loc161.hits += km <= 161;
        loc25.hits += km <= 25;
      }
    }
    if (options.event_misses && (!main || main->acled.event_type != e.event_type ||
                                 main->acled.sub_event_type != e.sub_event_type ||
                                 main->acled.interaction != e.interaction)) {
      auto describe = [&](const Event& ev) {
        std::string trig(doc.raw(ev.evidence.trigger));
        return ev.cameo + "/" + ev.acled.sub_event_type + "/" + std::to_string(ev.acled.interaction) + "@" +
               std::to_string(ev.sentence) + ":" + trig + (ev.mood != "asserted" ? "(" + ev.mood + ")" : "") +
               (ev.negated ? "(neg)" : "");
      };
      std::string all;
      for (const Event& ev : doc.events) all += describe(ev) + "; ";
      r.event_misses.push_back(e.id + " | " + e.event_type + "/" + e.sub_event_type + "/" +
                               std::to_string(e.interaction) + " | " + (main ? describe(*main) : "-") +
                               " | " + all + "| " + e.notes);
    }
    auto& per = r.actor1_misses[e.actor1];
    ++per.first;
    if (!hit_inter) {
      ++per.second;
      if (r.miss_examples.size() < options.max_examples)
        r.miss_examples.push_back(e.id + ": " + e.actor1 + " (" + std::to_string(e.inter1) + ") | " + got + "| " + e.notes);
    }
  }
  r.events = events.size();
  r.measures = {inter, first, name, conv, any, type, sub, interaction, date, fatal, loc161, loc25};
  return r;
}

}  // namespace dateline::eval
