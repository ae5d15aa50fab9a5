// See acled_time_eval.h. Rows of a two-actor event repeat its notes; only the first row of each
// event_id_cnty is read.
#include "eval/acled_time_eval.h"

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "base/civil.h"
#include "eval/csv.h"
#include "text/sentences.h"
#include "time/event_date.h"
#include "time/quantities.h"
#include "time/temporal_tagger.h"
#include "time/time_words.h"
#include "time/token_view.h"

namespace dateline::eval {

std::optional<time::CivilDate> ParseAcledDate(std::string_view s) {
  if (auto iso = time::ParseIsoDate(s)) return iso;
  if (auto d = ParseDayMonthYear(s)) return time::CivilDate{d->year, d->month, d->day};
  return std::nullopt;
}

namespace {

// "calendar" or "writing-day" for the expression at `span` (see AcledNoteResult::date_anchor).
std::string DateAnchor(const Document& doc, Span span) {
  bool deictic = false, calendar = false;
  time::WordClass prev = time::WordClass::kNone;
  int prev_value = 0;
  for (const Token& t : doc.tokens) {
    if (t.span.start < span.start || t.span.end > span.end) continue;
    std::string_view w = doc.norm(t);
    time::WordInfo info = time::ClassifyWord(w);
    int64_t n;
    if (info.cls == time::WordClass::kMonth || info.cls == time::WordClass::kWeekday ||
        time::ParseInteger(w, &n))
      calendar = true;
    if (info.cls == time::WordClass::kDeictic &&
        (info.value == time::kToday || info.value == time::kYesterday ||
         info.value == time::kTonight || info.value == time::kOvernight))
      deictic = true;
    // "this morning", "last night"
    if (info.cls == time::WordClass::kPartOfDay && prev == time::WordClass::kRelative &&
        (prev_value == time::kRelThis || prev_value == time::kRelLast))
      deictic = true;
    prev = info.cls;
    prev_value = info.value;
  }
  return deictic && !calendar ? "writing-day" : "calendar";
}

}  // namespace

bool CoversDay(const std::string& date, const std::string& date_end, const std::string& gold) {
  if (date == gold) return true;
  if (date.size() == 10 && date_end.size() == 10) return date <= gold && gold <= date_end;
  return date.size() == 7 && gold.size() == 10 && gold.compare(0, 7, date) == 0;
}

AcledNoteResult ReadAcledNote(std::string_view notes, const std::string& published) {
  AcledNoteResult r;
  Document doc;
  doc.article.text = std::string(notes);
  doc.published = published;
  doc.body = {0, static_cast<uint32_t>(doc.article.text.size())};
  SplitSentences(doc, doc.body);
  time::TagTimes(doc);
  time::TagQuantities(doc);
  if (!doc.sentences.empty()) {
    // Trigger proxy: the first past-tense verb of the first sentence that is not inside a time
    // expression; the sentence start when there is none.
    const Sentence& s = doc.sentences[0];
    Span trigger = doc.tokens.empty() ? Span() : doc.tokens[s.token_begin].span;
    for (uint32_t k = s.token_begin; k < s.token_end; ++k) {
      const Token& t = doc.tokens[k];
      if (!(t.flags & kTokWord) || (t.flags & kTokCapital)) continue;
      std::string_view w = doc.norm(t);
      if (w == "said" || !time::LooksPastTense(w)) continue;
      trigger = t.span;
      break;
    }
    Event e;
    time::ChooseEventDate(doc, 0, trigger, &e);
    r.date = e.date.value_or("");
    r.date_end = e.date_end.value_or("");
    r.date_rule = e.evidence.date_rule;
    if (r.date_rule == "clause" || r.date_rule == "sentence")
      r.date_anchor = DateAnchor(doc, e.evidence.date);
  }
  for (const auto& t : doc.times) r.datable |= time::IsDatable(t);
  int64_t killed = 0;
  std::optional<int64_t> coded;
  for (const auto& q : doc.quantities) {
    if (q.kind != "killed" || q.cumulative || q.subset || q.best <= 0) continue;
    killed += q.best;
    // ACLED's own convention written into the note: "unknown fatalities coded as 10".
    size_t from = q.span.start >= 12 ? q.span.start - 12 : 0;
    if (doc.article.text.substr(from, q.span.start - from).find("coded") != std::string::npos)
      coded = q.best;
  }
  r.fatalities = coded ? *coded : killed;
  return r;
}

StatusOr<AcledTimeScores> EvaluateAcledTime(const std::string& csv_path) {
  std::ifstream in(csv_path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + csv_path);
  std::stringstream ss;
  ss << in.rdbuf();
  auto table = ParseCsv(ss.str());
  if (!table.ok()) return Status::InvalidArgument(csv_path + ": " + table.status().message());
  auto field = [&](size_t row, int col) -> const std::string& {
    return table->rows[row][static_cast<size_t>(col)];  // rows are padded to the header
  };
  int c_id = table->Column("event_id_cnty"), c_date = table->Column("event_date"),
      c_notes = table->Column("notes"), c_fat = table->Column("fatalities");
  if (c_id < 0 || c_date < 0 || c_notes < 0 || c_fat < 0)
    return Status::InvalidArgument(csv_path +
                                   ": needs columns event_id_cnty, event_date, notes, fatalities");
  AcledTimeScores scores;
  std::set<std::string> seen;
  for (size_t row = 0; row < table->rows.size(); ++row) {
    const std::string& id = field(row, c_id);
    if (!seen.insert(id).second) continue;
    auto gold = ParseAcledDate(field(row, c_date));
    if (!gold) continue;
    std::string published = time::FormatDay(time::AddDays(*gold, 2));
    AcledNoteResult r = ReadAcledNote(field(row, c_notes), published);
    r.event_id = id;
    r.gold_date = time::FormatDay(*gold);
    r.gold_fatalities = std::atoll(field(row, c_fat).c_str());
    ++scores.events;
    bool date_ok = r.date == r.gold_date;
    r.covers = CoversDay(r.date, r.date_end, r.gold_date);
    bool fat_ok = r.fatalities == r.gold_fatalities;
    scores.date_correct += date_ok;
    scores.fatalities_correct += fat_ok;
    if (r.gold_fatalities > 0) {
      ++scores.gold_nonzero;
      scores.gold_nonzero_correct += fat_ok;
    }
    ++scores.rules[r.date_rule];
    scores.rules_correct[r.date_rule] += date_ok;
    ++scores.anchors[r.date_anchor];
    scores.anchors_correct[r.date_anchor] += date_ok;
    if (r.date_anchor == "calendar") {
      ++scores.calendar;
      scores.calendar_covers += r.covers;
    }
    scores.datable += r.datable;
    scores.datable_correct += r.datable && date_ok;
    if (!date_ok || !fat_ok) scores.mistakes.push_back(std::move(r));
  }
  return scores;
}

}  // namespace dateline::eval
