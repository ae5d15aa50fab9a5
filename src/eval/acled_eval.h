// Development evaluation against ACLED: every event of an ACLED export becomes an article whose
// text is the event's notes, published two days after the event date (ACLED notes are written
// from reports of the following days), with the export's country as the article's country hint
// (like --country). The article runs through the whole pipeline and each measure compares one
// layer with ACLED's coding. Issue 3 adds the actor measures; later issues add theirs to
// EvaluateAcled.
//
// An ACLED export lists a two-actor event on two rows sharing event_id_cnty; the first row's
// actor1/inter1 is the event's actor 1, the second's actor1 is the event's actor 2.
#ifndef DATELINE_EVAL_ACLED_EVAL_H_
#define DATELINE_EVAL_ACLED_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "dateline/pipeline.h"
#include "dateline/status.h"

namespace dateline::eval {

struct AcledEvent {
  std::string id;          // event_id_cnty
  std::string date;        // YYYY-MM-DD
  std::string notes;
  std::string iso3;
  std::string actor1, actor2;
  int inter1 = 0, inter2 = 0;
  // ACLED's own coding of the event, compared with the events layer (empty/absent when the
  // export lacks the column).
  std::string event_type, sub_event_type;
  int interaction = -1;
  int fatalities = -1;
  bool has_point = false;
  double lat = 0, lon = 0;
};

// Reads an ACLED CSV export into events (rows grouped by event_id_cnty, in file order).
StatusOr<std::vector<AcledEvent>> ReadAcledEvents(const std::string& path);

struct Measure {
  std::string name;
  std::string help;
  size_t hits = 0, total = 0;
  double share() const { return total ? static_cast<double>(hits) / total : 0; }
};

struct AcledReport {
  size_t events = 0;
  std::vector<Measure> measures;
  // Per ACLED actor1 name: events, and events whose actor 1 was not recognised (inter measure).
  std::map<std::string, std::pair<size_t, size_t>> actor1_misses;
  std::vector<std::string> miss_examples;  // "id: actor1 (inter) | recognised | notes"
  // Notes whose main event disagrees with ACLED on event type, sub-event type or interaction
  // (AcledEvalOptions::event_misses): "id | gold | got | all events | notes".
  std::vector<std::string> event_misses;
};

struct AcledEvalOptions {
  bool country_hint = true;  // give the article the export's country (iso3 column)
  size_t max_examples = 0;   // keep up to this many misses as examples
  bool event_misses = false;  // keep every event-type/sub-type/interaction miss (event_misses)
};

// Runs pipeline over events and fills the measures:
//   actor1.inter: some recognised actor carries actor 1's ACLED inter code;
//   actor1.first: the first recognised party (not media, not an anaphor, inter != 0) has that
//                 inter code (a stricter, precision-minded view);
//   actor1.name:  some recognised actor's ACLED name equals actor 1's name (periods such as
//                 "(2013-2020)" and suffixes after them ignored, case-insensitive);
//   event.any:    the note yields at least one event;
//   event.type, event.sub_type, event.interaction: the note's main event (coding::MainEventIndex:
//                 the most severe ACLED-typed event of the first sentence that has one) has ACLED's event_type / sub_event_type /
//                 interaction; a note without an event counts as a miss;
//   event.date:   the main event's date is ACLED's event_date (day precision, exact);
//   event.fatalities: the main event's best fatality count (0 when the text says nothing) equals
//                 ACLED's;
//   event.loc161, event.loc25: the main event's location lies within 161 km / 25 km of ACLED's
//                 point (no location counts as a miss);
//   actor1.inter+uag: actor1.inter, also counting notes that name no armed party (no mention
//                 with inter 1-4) when ACLED's actor 1 is the default "Unidentified Armed Group"
//                 (inter 3). This is the convention the events stage can apply when a violent
//                 event has no named source; it is not recognition and is reported apart.
AcledReport EvaluateAcled(const std::vector<AcledEvent>& events, const Pipeline& pipeline,
                          const AcledEvalOptions& options);

// "30 December 2018" -> "2018-12-30"; empty when malformed.
std::string AcledDateToIso(const std::string& s);
// Adds days to an ISO date.
std::string AddDays(const std::string& iso, int days);
// ACLED actor name without its period and what follows: "Military Forces of Mali (2013-2020)
// Gendarmerie" -> "military forces of mali".
std::string AcledNameKey(const std::string& name);

}  // namespace dateline::eval

#endif  // DATELINE_EVAL_ACLED_EVAL_H_
