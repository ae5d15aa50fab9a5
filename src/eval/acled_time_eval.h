// Document-level measure of event dates and fatalities on ACLED notes, before the events stage
// exists. Each ACLED event (rows grouped by event_id_cnty) becomes a document: its notes as text,
// published two days after event_date (ACLED notes are written from reports of the days after).
// The time stage runs on it; the event's trigger is approximated by the first past-tense verb
// of the first sentence, and ChooseEventDate dates it. The predicted fatality count is the sum of
// the note's non-cumulative "killed" quantities (0 when the note gives none, as ACLED codes it).
// Scores: share of events whose date equals ACLED's event_date, share whose fatalities equal
// ACLED's.
#ifndef DATELINE_EVAL_ACLED_TIME_EVAL_H_
#define DATELINE_EVAL_ACLED_TIME_EVAL_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/status.h"
#include "time/calendar.h"

namespace dateline::eval {

// "30 December 2018" / "2018-12-30" -> the date; nullopt otherwise.
std::optional<time::CivilDate> ParseAcledDate(std::string_view s);

struct AcledNoteResult {
  std::string event_id;
  std::string gold_date, date, date_rule;
  int64_t gold_fatalities = 0, fatalities = 0;
};

// Dates and counts one note published on `published` (YYYY-MM-DD).
AcledNoteResult ReadAcledNote(std::string_view notes, const std::string& published);

struct AcledTimeScores {
  int events = 0;
  int date_correct = 0;
  int fatalities_correct = 0;
  int gold_nonzero = 0, gold_nonzero_correct = 0;
  std::map<std::string, int> rules, rules_correct;  // date rule -> events, correct
  std::vector<AcledNoteResult> mistakes;            // date or fatality mismatches
  double DateAccuracy() const { return events ? double(date_correct) / events : 0; }
  double FatalityAccuracy() const { return events ? double(fatalities_correct) / events : 0; }
};

// Scores an ACLED CSV export (columns event_id_cnty, event_date, notes, fatalities).
StatusOr<AcledTimeScores> EvaluateAcledTime(const std::string& csv_path);

}  // namespace dateline::eval

#endif  // DATELINE_EVAL_ACLED_TIME_EVAL_H_
