// See acled_time_eval.h. Rows of a two-actor event repeat its notes; only the first row of each
// event_id_cnty is read.
#include "eval/acled_time_eval.h"

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

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
  size_t sp1 = s.find(' ');
  size_t sp2 = s.rfind(' ');
  if (sp1 == std::string_view::npos || sp2 == sp1) return std::nullopt;
  int day = std::atoi(std::string(s.substr(0, sp1)).c_str());
  std::string month_name(s.substr(sp1 + 1, sp2 - sp1 - 1));
  for (auto& c : month_name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  time::WordInfo w = time::ClassifyWord(month_name);
  int year = std::atoi(std::string(s.substr(sp2 + 1)).c_str());
  if (w.cls != time::WordClass::kMonth || !time::IsValidDate(year, w.value, day))
    return std::nullopt;
  return time::CivilDate{year, w.value, day};
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
    r.date_rule = e.evidence.date_rule;
  }
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
    bool fat_ok = r.fatalities == r.gold_fatalities;
    scores.date_correct += date_ok;
    scores.fatalities_correct += fat_ok;
    if (r.gold_fatalities > 0) {
      ++scores.gold_nonzero;
      scores.gold_nonzero_correct += fat_ok;
    }
    ++scores.rules[r.date_rule];
    scores.rules_correct[r.date_rule] += date_ok;
    if (!date_ok || !fat_ok) scores.mistakes.push_back(std::move(r));
  }
  return scores;
}

}  // namespace dateline::eval
