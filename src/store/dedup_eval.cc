#include "store/dedup_eval.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "base/hash.h"
#include "base/json_writer.h"
#include "eval/acled_eval.h"
#include "eval/csv.h"
#include "store/dates.h"

namespace dateline::store {
namespace {

const char* kOutlets[] = {"Sahel Monitor", "West Africa Post", "Niger Valley News", "Bamako Tribune",
                          "Continental Wire", "Desert Dispatch", "Radio Savane", "Le Courrier du Nord"};
const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char* kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"};
const char* kSmall[] = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                        "eighteen", "nineteen", "twenty"};
const char* kFillers[] = {
    "Residents said they heard gunfire for several hours.",
    "Local officials confirmed the toll to reporters.",
    "The area has seen repeated violence in recent months.",
    "Aid groups said access to the area remained difficult.",
    "A security source gave the same account.",
    "Telephone networks in the area were cut, making verification difficult.",
};

// "Military Forces of Mali (2013-2020) Gendarmerie" -> "Military Forces of Mali"; the generic
// ACLED names become what a reporter would write.
std::string Plain(const std::string& acled) {
  if (acled.rfind("Unidentified Armed Group", 0) == 0) return "unidentified gunmen";
  if (acled.rfind("Civilians", 0) == 0) return "civilians";
  if (acled.rfind("Protesters", 0) == 0) return "protesters";
  if (acled.rfind("Rioters", 0) == 0) return "rioters";
  std::string s = acled.substr(0, acled.find(" ("));
  size_t colon = s.find(": ");
  if (colon != std::string::npos && colon <= 8) s = s.substr(0, colon);  // "JNIM: Group for ..." -> JNIM
  return s;
}

std::string Capital(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string Number(int64_t n, bool words) {
  if (words && n >= 0 && n <= 20) return kSmall[n];
  return std::to_string(n);
}

struct CameoCode { const char* code; int quad; double goldstein; const char* plover; };

CameoCode Cameo(const AcledSourceEvent& e) {
  const std::string& t = e.event_type;
  const std::string& s = e.sub_event_type;
  if (t == "Battles") return {"190", 4, -10, "ASSAULT"};
  if (t == "Explosions/Remote violence") return s == "Shelling/artillery/missile attack" ? CameoCode{"194", 4, -10, "ASSAULT"} : CameoCode{"183", 4, -10, "ASSAULT"};
  if (t == "Violence against civilians") return s == "Abduction/forced disappearance" ? CameoCode{"181", 4, -9, "ASSAULT"} : CameoCode{"180", 4, -9, "ASSAULT"};
  if (t == "Protests") return {"141", 3, -6.5, "PROTEST"};
  if (t == "Riots") return {"145", 3, -7.5, "PROTEST"};
  return {"173", 4, -5, "COERCE"};
}

// The clause that says what happened, for each sub-event type, worded as a reporter would write
// it (ACLED's sub-event names are a codebook's, not a newspaper's). Riots and protests whose first
// ACLED row is the police or army are told from the crowd's side, as news does.
// dropped_b: ACLED names a second actor that this report leaves out ("the army engaged in
// fighting"), which is not the same as ACLED's having none ("fought an armed group").
std::string Action(const AcledSourceEvent& e, const std::string& a, const std::string& b, bool dropped_b,
                   std::mt19937_64& rng) {
  const std::string& s = e.sub_event_type;
  std::string target = b.empty() ? "a position" : b;
  const bool crowd_b = b == "protesters" || b == "rioters";
  if (s == "Armed clash" && b.empty() && dropped_b) return a + " engaged in fighting";
  if (s == "Armed clash") return b.empty() ? a + " fought an armed group" : (rng() % 2 ? a + " clashed with " + b : "fighting broke out between " + a + " and " + b);
  if (s == "Attack") return a + " attacked " + (b.empty() ? std::string("a village") : b);
  if (s == "Remote explosive/landmine/IED") return "an explosive device planted by " + a + " hit " + target;
  if (s == "Shelling/artillery/missile attack") return a + " shelled " + target;
  if (s == "Air/drone strike") return a + " carried out an air strike on " + target;
  if (s == "Suicide bomb") return "a suicide bomber from " + a + " struck " + target;
  if (s == "Abduction/forced disappearance") return a + " abducted " + (b.empty() ? std::string("several people") : b);
  if (s == "Looting/property destruction") return a + " looted and burned property" + (b.empty() ? "" : " belonging to " + b);
  if (s == "Non-state actor overtakes territory") return a + " seized control of the area" + (b.empty() ? "" : " from " + b);
  if (s == "Non-violent transfer of territory") return a + " took control of the area without a fight";
  if (s == "Disrupted weapons use") return a + " defused an explosive device" + (b.empty() ? "" : " planted by " + b);
  if (s == "Arrests") return a + " arrested " + (b.empty() ? std::string("several suspects") : b);
  if (s == "Agreement") return a + " signed a peace agreement" + (b.empty() ? "" : " with " + b);
  if (s == "Change to group/activity") return a + " announced a change in its operations";
  if (s == "Mob violence") return "a mob attacked " + (b.empty() || crowd_b ? std::string("residents") : b);
  if (s == "Violent demonstration") {
    if (crowd_b) return a + " fired tear gas at rioters who threw stones";
    return (a == "rioters" ? std::string("rioters") : a + " supporters") + " threw stones and burned tyres" +
           (b.empty() ? "" : " in clashes with " + b);
  }
  if (s == "Protest with intervention" || s == "Excessive force against protesters") {
    if (crowd_b) return a + " dispersed a protest";
    return "police dispersed " + (a == "protesters" ? std::string("protesters") : a + " protesters");
  }
  if (e.event_type == "Protests") {
    if (crowd_b) return "protesters marched against " + a;
    return a == "protesters" ? "protesters marched peacefully" : a + " staged a peaceful protest";
  }
  return a + " was reported in an unspecified security incident" + (b.empty() ? "" : " with " + b);
}

std::string Iso(int32_t day) { return FormatDay(day); }

}  // namespace

StatusOr<std::vector<AcledSourceEvent>> ReadAcledForDedup(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  auto table = eval::ParseCsv(ss.str());
  if (!table.ok()) return table.status();
  auto col = [&](const char* name) { return table->Column(name); };
  const int id = col("event_id_cnty"), date = col("event_date"), tp = col("time_precision"),
            et = col("event_type"), st = col("sub_event_type"), a1 = col("actor1"), a2 = col("actor2"),
            i1 = col("inter1"), i2 = col("inter2"), iso3 = col("iso3"), country = col("country"),
            ad1 = col("admin1"), ad2 = col("admin2"), loc = col("location"), lat = col("latitude"),
            lon = col("longitude"), gp = col("geo_precision"), fat = col("fatalities"),
            dis = col("disorder_type");
  for (int c : {id, date, et, st, a1, lat, lon}) {
    if (c < 0) return Status::InvalidArgument(path + ": not an ACLED export (missing columns)");
  }
  auto get = [](const std::vector<std::string>& row, int c) { return c >= 0 ? row[c] : std::string(); };
  auto num = [](const std::string& s) { return s.empty() ? 0L : std::strtol(s.c_str(), nullptr, 10); };
  std::vector<AcledSourceEvent> out;
  std::map<std::string, size_t> index;
  for (const auto& row : table->rows) {
    std::string key = get(row, id);
    auto it = index.find(key);
    if (it != index.end()) {  // the event's second row: its actor1 is actor 2
      AcledSourceEvent& e = out[it->second];
      if (e.actor2.empty()) {
        e.actor2 = get(row, a1);
        e.inter2 = static_cast<int>(num(get(row, i1)));
      }
      continue;
    }
    AcledSourceEvent e;
    e.id = key;
    e.date = eval::AcledDateToIso(get(row, date));
    if (e.date.empty() || !ParseDayRange(e.date)) continue;
    e.time_precision = std::max(1, static_cast<int>(num(get(row, tp))));
    e.disorder = get(row, dis);
    e.event_type = get(row, et);
    e.sub_event_type = get(row, st);
    e.actor1 = get(row, a1);
    e.actor2 = get(row, a2);
    e.inter1 = static_cast<int>(num(get(row, i1)));
    e.inter2 = static_cast<int>(num(get(row, i2)));
    e.iso3 = get(row, iso3);
    e.country = get(row, country);
    e.admin1 = get(row, ad1);
    e.admin2 = get(row, ad2);
    e.location = get(row, loc);
    e.lat = std::strtod(get(row, lat).c_str(), nullptr);
    e.lon = std::strtod(get(row, lon).c_str(), nullptr);
    e.geo_precision = std::max(1, static_cast<int>(num(get(row, gp))));
    e.fatalities = num(get(row, fat));
    index[key] = out.size();
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<GeneratedReport> GenerateReports(const std::vector<AcledSourceEvent>& events, uint64_t seed) {
  // Region centroids: where a geocoder would put "the Mopti region".
  std::map<std::string, std::pair<double, double>> sum;
  std::map<std::string, int> count;
  for (const auto& e : events) {
    auto& s = sum[e.iso3 + "|" + e.admin1];
    s.first += e.lat;
    s.second += e.lon;
    ++count[e.iso3 + "|" + e.admin1];
  }
  std::vector<GeneratedReport> out;
  std::mt19937_64 rng(seed);
  for (const auto& e : events) {
    const int32_t day = ParseDayRange(e.date)->lo;
    const int n = 2 + static_cast<int>(rng() % 3);
    const size_t first_outlet = rng() % 8;
    const std::string a_plain = Plain(e.actor1), b_plain = Plain(e.actor2);
    const CameoCode cameo = Cameo(e);
    for (int r = 0; r < n; ++r) {
      GeneratedReport rep;
      rep.gold = e.id;
      Document& d = rep.doc;
      const int offset = static_cast<int>(rng() % 4);
      const std::string outlet = kOutlets[(first_outlet + r) % 8];
      d.article.id = e.id + "-r" + std::to_string(r + 1);
      d.article.source = outlet;
      d.published = Iso(day + offset);
      d.article.published = d.published;
      d.article.country = e.iso3;

      // Date phrase and what it codes to.
      int y;
      unsigned m, dd;
      CivilFromDays(day, &y, &m, &dd);
      std::string when, date_value;
      int date_precision = 1;
      if (e.time_precision >= 3) {
        when = offset < 5 && rng() % 2 ? "earlier this month" : std::string("in ") + kMonths[m - 1];
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02u", y, m);
        date_value = buf;
        date_precision = 3;
      } else if (e.time_precision == 2) {
        // "Last week" only from a later week; within the event's week a reporter says "earlier
        // this week" (weeks run Monday to Sunday, as the time stage reads them).
        auto monday = [](int32_t d) { return d - (((d % 7) + 10) % 7); };
        bool later_week = monday(day + offset) > monday(day);
        when = rng() % 2 ? (later_week ? "last week" : "earlier this week") : "in recent days";
        date_value = e.date;  // the week around it, below
        date_precision = 2;
      } else {
        int style = static_cast<int>(rng() % 3);
        int weekday = ((day % 7) + 10) % 7;  // 1970-01-01 was a Thursday (index 3)
        if (style == 0 && offset > 0) when = std::string("on ") + kWeekdays[weekday];
        else if (style == 0) when = "today";
        else if (style == 1) when = "on " + std::to_string(dd) + " " + kMonths[m - 1];
        else when = std::string("on ") + kMonths[m - 1] + " " + std::to_string(dd) + ", " + std::to_string(y);
        date_value = e.date;
      }

      // Place phrase and what it resolves to.
      int detail = static_cast<int>(rng() % 3);
      if (e.admin1.empty() || e.admin1 == e.location) detail = 0;
      std::string where;
      PlaceMention place;
      place.country = e.iso3;
      place.admin1 = e.admin1;
      place.admin2 = e.admin2;
      if (detail == 2) {
        where = "in the " + e.admin1 + " region";
        const auto& s = sum[e.iso3 + "|" + e.admin1];
        int c = count[e.iso3 + "|" + e.admin1];
        place.name = e.admin1;
        place.lat = s.first / c;
        place.lon = s.second / c;
        place.precision = 3;
        place.feature_code = "ADM1";
      } else {
        where = (detail == 1 ? "near " : "in ") + e.location + (detail == 1 ? ", in the " + e.admin1 + " region" : "");
        place.name = e.location;
        place.lat = e.lat;
        place.lon = e.lon;
        place.precision = detail == 1 ? 2 : e.geo_precision;
        place.feature_code = "PPL";
        place.geonameid = static_cast<int64_t>(Hash64(e.iso3 + e.location) % 10000000);
      }

      // Actors: the second one is sometimes left out.
      bool with_b = !b_plain.empty() && !(r > 0 && rng() % 4 == 0);
      const std::string a = a_plain, b = with_b ? b_plain : std::string();

      // Toll: sometimes an early, lower count; said in digits or words.
      int64_t toll = e.fatalities;
      if (toll >= 3 && r == 0 && rng() % 3 == 0) toll -= std::max<int64_t>(1, toll / 3);
      bool say_toll = toll > 0 || rng() % 2;
      bool words = rng() % 2;
      std::string toll_text = toll == 1 ? "one person" : Number(toll, words) + " people";

      std::string action = Action(e, a, b, !b_plain.empty() && b.empty(), rng);
      std::string sentence;
      switch (rng() % 3) {
        case 0:
          sentence = Capital(action) + " " + where + " " + when;
          if (say_toll) sentence += toll > 0 ? ", killing " + toll_text : ", with no casualties reported";
          sentence += ", " + std::string(rng() % 2 ? "local sources said." : "officials said.");
          break;
        case 1:
          sentence = Capital(when) + ", " + action + " " + where;
          if (say_toll) sentence += toll > 0 ? "; " + toll_text + (toll == 1 ? " was" : " were") + " killed." : "; nobody was killed.";
          else sentence += ".";
          break;
        default:
          if (say_toll && toll > 0) {
            sentence = Capital(toll_text) + (toll == 1 ? " was" : " were") + " killed " + where + " " + when +
                       " when " + action + ", witnesses said.";
          } else {
            sentence = "Witnesses said " + action + " " + where + " " + when + ".";
          }
      }
      std::string title = (toll > 0 && say_toll ? Capital(Number(toll, false)) + " killed " : std::string("Violence reported ")) +
                          (detail == 2 ? "in " + e.admin1 : "in " + e.location);
      std::string filler = kFillers[rng() % 6];
      d.article.title = title;
      d.title = title;
      d.article.text = sentence + " " + filler;
      uint32_t s_end = static_cast<uint32_t>(sentence.size());
      d.sentences.push_back({{0, s_end}, 0, 0});
      d.sentences.push_back({{s_end + 1, static_cast<uint32_t>(d.article.text.size())}, 0, 0});
      d.body = {0, static_cast<uint32_t>(d.article.text.size())};

      // Oracle layers.
      ActorMention am;
      am.name = a;
      am.acled_name = e.actor1;
      am.inter = e.inter1;
      am.sentence = 0;
      d.actors.push_back(am);
      if (!b.empty()) {
        ActorMention bm;
        bm.name = b;
        bm.acled_name = e.actor2;
        bm.inter = e.inter2;
        bm.sentence = 0;
        d.actors.push_back(bm);
      }
      place.sentence = 0;
      d.places.push_back(place);
      Event ev;
      ev.id = d.article.id + ":0";
      ev.sentence = 0;
      ev.sources = {0};
      if (!b.empty()) ev.targets = {1};
      ev.cameo = cameo.code;
      ev.cameo_root = std::string(cameo.code, 2);
      ev.quad_class = cameo.quad;
      ev.goldstein = cameo.goldstein;
      ev.plover.type = cameo.plover;
      ev.acled.disorder_type = e.disorder;
      ev.acled.event_type = e.event_type;
      ev.acled.sub_event_type = e.sub_event_type;
      ev.acled.inter1 = e.inter1;
      ev.acled.inter2 = b.empty() ? 0 : e.inter2;
      if (date_precision == 2) {  // the seven days up to the event's week's end
        int weekday = ((day % 7) + 10) % 7;
        ev.date = Iso(day - weekday);
        ev.date_end = Iso(day - weekday + 6);
      } else {
        ev.date = date_value;
      }
      ev.date_precision = date_precision;
      ev.location = 0;
      if (say_toll) ev.fatalities = Fatalities{toll, toll, toll};
      d.events.push_back(ev);
      out.push_back(std::move(rep));
    }
  }
  return out;
}

std::string ReportJsonl(const GeneratedReport& report) {
  const Article& a = report.doc.article;
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id").String(a.id);
  w.Key("title").OptString(a.title);
  w.Key("source").OptString(a.source);
  w.Key("published").OptString(a.published);
  w.Key("country").OptString(a.country);
  w.Key("gold_event").String(report.gold);
  w.Key("text").String(a.text);
  w.EndObject();
  out += "\n";
  return out;
}

PairwiseScore ScorePairs(const std::vector<std::string>& gold, const std::vector<int64_t>& predicted) {
  auto pairs = [](uint64_t n) { return n * (n - 1) / 2; };
  std::map<std::string, uint64_t> g;
  std::map<int64_t, uint64_t> p;
  std::map<std::pair<std::string, int64_t>, uint64_t> both;
  for (size_t i = 0; i < gold.size() && i < predicted.size(); ++i) {
    ++g[gold[i]];
    ++p[predicted[i]];
    ++both[{gold[i], predicted[i]}];
  }
  PairwiseScore s;
  for (const auto& [k, n] : g) s.gold_pairs += pairs(n);
  for (const auto& [k, n] : p) s.predicted_pairs += pairs(n);
  for (const auto& [k, n] : both) s.true_pairs += pairs(n);
  return s;
}

}  // namespace dateline::store
