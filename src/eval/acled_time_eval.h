// Document-level measure of event dates and fatalities on ACLED notes, before the events stage
// exists. Each ACLED event (rows grouped by event_id_cnty) becomes a document: its notes as text,
// published two days after event_date (ACLED notes are written from reports of the days after).
// The time stage runs on it; the event's trigger is approximated by the first past-tense verb
// of the first sentence, and ChooseEventDate dates it. The predicted fatality count is the sum of
// the note's non-cumulative "killed" quantities (0 when the note gives none, as ACLED codes it).
// Scores: share of events whose date equals ACLED's event_date, share whose fatalities equal
// ACLED's. Dates are also scored over the notes that carry a datable expression, and by what the
// chosen expression is anchored on: a date written relative to the writing day ("this morning")
// is off by the synthetic two days whatever the reader does, so it is reported apart.
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
  // What the chosen date expression is anchored on: "calendar" (a day, month, year or weekday
  // written out), "writing-day" (today, yesterday, this morning, last night, overnight: relative
  // to the day the note was written, which the synthetic publication date does not know), or ""
  // when no expression dated the event. `datable`: the note has some datable expression.
  std::string date_anchor;
  bool datable = false;
  // The chosen date's extent: the last day of a range or week (date_end), or the month when
  // date is YYYY-MM. `covers` is true when ACLED's day is the date or lies within that extent
  // (ACLED splits a range like "5-10 July" into one event per day and places a month-only
  // report on some day of the month).
  std::string date_end;
  bool covers = false;
  int64_t gold_fatalities = 0, fatalities = 0;
};

// True when `gold` (YYYY-MM-DD) is `date`, lies within [date, date_end] (a range or week), or
// lies in the month `date` (YYYY-MM).
bool CoversDay(const std::string& date, const std::string& date_end, const std::string& gold);

// Dates and counts one note published on `published` (YYYY-MM-DD).
AcledNoteResult ReadAcledNote(std::string_view notes, const std::string& published);

struct AcledTimeScores {
  int events = 0;
  int date_correct = 0;
  int fatalities_correct = 0;
  int gold_nonzero = 0, gold_nonzero_correct = 0;
  std::map<std::string, int> rules, rules_correct;  // date rule -> events, correct
  std::map<std::string, int> anchors, anchors_correct;  // date_anchor -> events, correct
  int datable = 0, datable_correct = 0;  // notes with a datable expression (anywhere)
  int calendar = 0, calendar_covers = 0;  // dated by a calendar expression; of those, covering
  std::vector<AcledNoteResult> mistakes;            // date or fatality mismatches
  double DateAccuracy() const { return events ? double(date_correct) / events : 0; }
  double FatalityAccuracy() const { return events ? double(fatalities_correct) / events : 0; }
};

// Scores an ACLED CSV export (columns event_id_cnty, event_date, notes, fatalities).
StatusOr<AcledTimeScores> EvaluateAcledTime(const std::string& csv_path);

}  // namespace dateline::eval

#endif  // DATELINE_EVAL_ACLED_TIME_EVAL_H_
