// The store's flat records. EventFacts are the coded facts of one event (date, place, type codes,
// actors, fatalities) in the shape of a table row: a mention (one event read in one sentence) and
// an event (the real-world event after dedup) share it, so dedup compares like with like and the
// SQL layer binds and reads both with one column list (kFactsColumns).
#ifndef DATELINE_STORE_RECORDS_H_
#define DATELINE_STORE_RECORDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dateline/document.h"
#include "store/dates.h"

namespace dateline::store {

struct ActorFacts {
  std::string code;   // CAMEO-style code, e.g. MLIMIL
  std::string name;   // canonical name
  std::string acled;  // ACLED-style actor name
  std::string assoc;  // further actors on the same side, "; "-separated (ACLED assoc_actor)
  int inter = 0;      // ACLED inter code
  bool empty() const { return code.empty() && name.empty() && acled.empty(); }
};

struct EventFacts {
  std::string date, date_end;    // as coded (ISO day, month, week ...)
  std::optional<DayRange> days;  // what date/date_end cover; nullopt: undated
  int date_precision = 0;        // ACLED time_precision: 1 day, 2 week/range, 3 month or coarser
  bool has_place = false;        // lat/lon valid
  std::string place_name;
  int64_t geonameid = 0;
  std::string country, admin1, admin2;  // country ISO3 (may be known without a place)
  double lat = 0, lon = 0;
  int geo_precision = 0;  // ACLED geo_precision: 1 town ... 4 country
  std::string cameo, cameo_root;
  int quad_class = 0;
  double goldstein = 0;
  std::string plover_type, plover_mode;
  std::vector<std::string> plover_context;
  std::string acled_disorder, acled_event, acled_sub_event;
  int inter1 = 0, inter2 = 0, interaction = 0;
  ActorFacts source, target;
  std::optional<Fatalities> fatalities;
};

struct MentionRecord {
  int64_t id = 0;
  int64_t article_id = 0;
  uint32_t sentence = kNone;
  std::string outlet;     // who published the report (article source, else "article:<id>")
  std::string reported;   // the article's publication date (YYYY-MM-DD) or empty
  bool negated = false;
  std::string mood = "asserted";
  EventFacts facts;
};

struct EventRecord {
  int64_t id = 0;
  EventFacts facts;
  int num_reports = 0;
  int num_sources = 0;
  std::string first_reported, last_reported;
};

// The facts of doc.events[i], with indices resolved against the document's layers.
EventFacts FactsFromEvent(const Document& doc, const Event& event);

// Columns that hold EventFacts in both the mentions and the events tables, in bind order.
inline constexpr const char* kFactsColumns[] = {
    "date", "date_end", "day_lo", "day_hi", "date_precision",
    "place_name", "geonameid", "country", "admin1", "admin2", "lat", "lon", "geo_precision",
    "cameo", "cameo_root", "quad_class", "goldstein",
    "plover_type", "plover_mode", "plover_context",
    "acled_disorder", "acled_event", "acled_sub_event", "inter1", "inter2", "interaction",
    "source_code", "source_name", "source_acled", "source_assoc", "source_inter",
    "target_code", "target_name", "target_acled", "target_assoc", "target_inter",
    "fatalities_low", "fatalities_best", "fatalities_high"};
inline constexpr int kFactsColumnCount = sizeof(kFactsColumns) / sizeof(kFactsColumns[0]);

// "date, date_end, ..." optionally prefixed ("e.date, e.date_end, ...").
std::string FactsColumnList(const std::string& prefix = "");
// Column DDL for CREATE TABLE.
std::string FactsColumnDdl();

// What the store keeps beside the relational columns: the article's metadata (format, line,
// author, dateline, agencies, body, warnings) and an event's evidence (spans and rules), as JSON.
std::string ArticleMetadataJson(const Document& doc);
std::string EvidenceJson(const Event& event);

// ["a","b"] <-> {"a","b"}: how list-valued facts (PLOVER context) are stored. Parsing accepts
// exactly what JsonStringArray writes and returns what it could read of anything else.
std::string JsonStringArray(const std::vector<std::string>& items);
std::vector<std::string> ParseJsonStringArray(std::string_view json);

}  // namespace dateline::store

#endif  // DATELINE_STORE_RECORDS_H_
