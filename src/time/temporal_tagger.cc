// The matcher is a set of small functions, one per pattern family, each taking the token index
// where an expression may start and returning a Match (token span + TIMEX3 value) or nothing.
// Match() tries prefixes first ("late", "early", "the end of"), then the core families. Most
// tokens are rejected by a single test on their word class, so the tagger costs little more than
// building the token views. Year inference for month and weekday expressions follows the tense
// of the clause: in the past, "June" is the last June on or before the reference month; in the
// future, the next one on or after it.
#include "time/temporal_tagger.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "time/tense.h"
#include "time/token_view.h"

namespace dateline::time {
namespace {

struct Match {
  size_t b = 0, e = 0;  // token views [b, e)
  std::string value, end_value, precision, type = "DATE";
  bool modifier = false;
  bool anaphoric = false;  // resolved against an earlier mention, not the reference date
};

const char* PartOfDayCode(int p) {
  switch (p) {
    case kMorning: case kDawn: return "TMO";
    case kAfternoon: return "TAF";
    case kEvening: return "TEV";
    case kNight: return "TNI";
    case kNoon: return "T12:00";
    case kMidnight: return "T00:00";
  }
  return "";
}

const char* SeasonCode(int s) {
  switch (s) {
    case kSpring: return "SP";
    case kSummer: return "SU";
    case kFall: return "FA";
    case kWinter: return "WI";
  }
  return "";
}

const char* UnitCode(int u) {
  switch (u) {
    case kUnitMinute: return "M";
    case kUnitHour: return "H";
    case kUnitDay: return "D";
    case kUnitWeek: return "W";
    case kUnitWeekend: return "WE";
    case kUnitFortnight: return "W";
    case kUnitMonth: return "M";
    case kUnitQuarter: return "Q";
    case kUnitYear: return "Y";
    case kUnitDecade: return "DE";
    case kUnitCentury: return "CE";
  }
  return "";
}

const char* UnitName(int u) {
  switch (u) {
    case kUnitMinute: return "minute";
    case kUnitHour: return "hour";
    case kUnitDay: return "day";
    case kUnitWeek: case kUnitWeekend: case kUnitFortnight: return "week";
    case kUnitMonth: return "month";
    case kUnitQuarter: return "quarter";
    case kUnitYear: return "year";
    case kUnitDecade: return "decade";
    case kUnitCentury: return "century";
  }
  return "none";
}

bool IsYearNumber(const TokView& t) {
  return t.num >= 1000 && t.num <= 2199 && t.key.size() == 4;
}

// Words after which a capitalised "May" or "March" is a month rather than a verb or a name.
bool MonthContext(const TokView& t) {
  static constexpr std::string_view kWords[] = {
      "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this",
      "of", "during", "from", "to", "between", "and", "before", "after", "on", "through",
      "-", "end", "beginning", "around", "as", "that", "throughout", "until", "for"};
  for (auto w : kWords) if (t.key == w) return true;
  return false;
}

bool IsTimeZone(std::string_view w) {
  static constexpr std::string_view kZones[] = {"est", "edt", "cst", "cdt", "pst", "pdt", "gmt",
                                                "utc", "bst", "cet", "local", "time"};
  for (auto z : kZones) if (w == z) return true;
  return false;
}

// Words after which a four-digit number is read as a year even before a lower-case word.
bool YearContext(const TokView& t) {
  if (t.punct() || t.w.cls != WordClass::kNone) return true;
  static constexpr std::string_view kWords[] = {
      "in", "since", "by", "until", "till", "of", "from", "to", "during", "and", "or", "the",
      "before", "after", "through", "for", "between", "end", "its", "their", "'s", "his", "her",
      "a", "an", "year", "fiscal", "around", "circa", "than", "throughout", "as", "at"};
  for (auto w : kWords) if (t.key == w) return true;
  return false;
}

constexpr bool kNearestWeekdayWhenUnknown = true;

class Matcher {
 public:
  // last_quarter: the latest quarter value ("1989-Q3") mentioned earlier in the document, or
  // empty; "a year earlier" in a text about quarters means the same quarter a year before.
  Matcher(const std::vector<TokView>& v, std::optional<CivilDate> ref,
          const std::string& last_quarter)
      : v_(v), ref_(ref), last_quarter_(last_quarter) {}

  bool At(size_t i, Match* m) {
    if (!Start(i, m)) return false;
    ExtendDayRange(m);
    return true;
  }

 private:
  // "31 December to 1 January", "30 June - 2 July": a day followed by "to"/"until"/"-" and a day
  // with its month becomes a range (each day placed by its own tense, the end within a month
  // after the start). Same-month ranges ("3 to 5 May") are read by the day patterns themselves.
  void ExtendDayRange(Match* m) {
    size_t c = m->e;
    if (m->precision != "day" || m->type != "DATE" || !m->end_value.empty() ||
        m->value.size() != 10 || c + 1 >= v_.size())
      return;
    if (!(v_[c].is("to") || v_[c].is("until") || v_[c].is("till") || v_[c].is("-"))) return;
    const TokView& n = v_[c + 1];
    if (!(n.w.cls == WordClass::kMonth || ((n.num > 0 || n.ord > 0) && n.flags & kTokNumber)))
      return;
    Match second;
    if (!Start(c + 1, &second) || second.precision != "day" || second.value.size() < 10 ||
        !second.end_value.empty())
      return;
    auto a = ParseIsoDate(m->value), b = ParseIsoDate(second.value.substr(0, 10));
    if (!a || !b) return;
    int64_t days = DaysFromCivil(*b) - DaysFromCivil(*a);
    if (days <= 0 || days > 31) return;
    m->end_value = FormatDay(*b);
    m->e = second.e;
  }

 public:
  bool Start(size_t i, Match* m) {
    const TokView& t = v_[i];
    // Edge prefixes: "late Tuesday", "early next year", "mid-November", "earlier this month".
    if (t.w.cls == WordClass::kEdge &&
        (t.w.value == kEarly || t.w.value == kLate || t.w.value == kMid ||
         t.w.value == kEarlier || t.w.value == kLater)) {
      size_t j = i + 1;
      if (j < v_.size() && v_[j].is("-")) ++j;
      if (j < v_.size() && Core(j, m, false) && m->type != "DURATION" && m->type != "SET") {
        m->b = i;
        return true;
      }
      // "earlier" / "later" alone are not annotated.
      return false;
    }
    // "the end of the year", "the beginning of June", "end of 2023".
    size_t j = i;
    if (t.is("the") && j + 1 < v_.size()) ++j;
    if (j + 1 < v_.size() && v_[j].w.cls == WordClass::kEdge && v_[j + 1].is("of") &&
        (v_[j].w.value == kEnd || v_[j].w.value == kBeginning || v_[j].w.value == kStart ||
         v_[j].w.value == kMiddle)) {
      if (j + 2 < v_.size() && Core(j + 2, m, true) && m->type == "DATE") {
        m->b = i;
        return true;
      }
    }
    // "the year-earlier quarter", "year-ago third quarter", "the year-ago period": the same
    // quarter one year before the quarter under discussion.
    {
      size_t y = t.is("the") ? i + 1 : i;
      if (ref_ && y + 2 < v_.size() && v_[y].is("year") && v_[y + 1].is("-") &&
          (v_[y + 2].is("ago") || v_[y + 2].is("earlier")) &&
          !(v_[y + 1].flags & kTokSpaceBefore)) {
        size_t k = y + 3;
        Match q;
        std::string base = last_quarter_;
        if (k < v_.size() && v_[k].ord > 0 && OrdinalFirst(k, &q) && q.precision == "quarter") {
          base = q.value;
          k = q.e;
        } else if (k < v_.size() && (v_[k].is("quarter") || v_[k].is("period"))) {
          ++k;
        }
        m->b = i;
        m->e = k;
        if (base.size() == 7) {
          m->value = FormatYear(std::atoi(base.substr(0, 4).c_str()) - 1) + base.substr(4);
          m->precision = "quarter";
        } else {
          SetYear(m, ref_->year - 1);
        }
        m->anaphoric = true;
        return true;
      }
    }
    // "year-end", "year end": the end of the reference year.
    if (t.is("year") && i + 1 < v_.size() && (v_[i + 1].is("end") ||
        (v_[i + 1].is("-") && i + 2 < v_.size() && v_[i + 2].is("end"))) && ref_) {
      m->b = i;
      m->e = v_[i + 1].is("end") ? i + 2 : i + 3;
      m->value = FormatYear(ref_->year);
      m->precision = "year";
      return true;
    }
    return Core(i, m, false);
  }

 private:
  Tense TenseOf(size_t b, size_t e) { return TenseAround(v_, b, e); }
  bool Past(Tense t) { return t != Tense::kFuture; }

  void SetDay(Match* m, CivilDate d) {
    m->value = FormatDay(d);
    m->precision = "day";
  }
  void SetMonth(Match* m, int y, int mo) {
    m->value = FormatMonth(y, mo);
    m->precision = "month";
  }
  void SetYear(Match* m, int y) {
    m->value = FormatYear(y);
    m->precision = "year";
  }
  void SetRef(Match* m, const char* ref) {
    m->value = ref;
    m->precision = "none";
  }

  // Adds a part of the day after a day expression ("Tuesday night", "yesterday morning").
  void PartOfDayAfter(Match* m) {
    size_t k = m->e;
    if (k < v_.size() && v_[k].w.cls == WordClass::kPartOfDay && m->precision == "day") {
      m->value += PartOfDayCode(v_[k].w.value);
      m->type = "TIME";
      m->e = k + 1;
    }
  }

  // Year of a month (day 0) or month-day written without one: before the reference in the
  // past tense, after it in the future tense, and otherwise the occurrence nearest to it.
  int YearFor(int month, int day, Tense tense) {
    int y = ref_->year;
    int md = month * 100 + (day ? day : 0);
    int ref_md = ref_->month * 100 + (day ? ref_->day : 0);
    if (tense == Tense::kPast) {
      // A day a few weeks ahead is likelier than the same day almost a year back: the past
      // tense read from nearby words is then more often wrong than the date (TimeBank).
      if (day && md > ref_md) {
        int64_t ahead = DaysFromCivil({y, month, std::min(day, 28)}) -
                        DaysFromCivil({ref_->year, ref_->month, ref_->day});
        if (ahead <= 31) return y;
      }
      return md > ref_md ? y - 1 : y;
    }
    if (tense == Tense::kFuture) return md < ref_md ? y + 1 : y;
    if (md == ref_md) return y;
    // Distance in days (months count as their first day against the reference month's).
    int64_t r = DaysFromCivil({ref_->year, ref_->month, day ? ref_->day : 1});
    int dd = day ? std::min(day, 28) : 1;
    int64_t here = DaysFromCivil({y, month, dd});
    int64_t before = md > ref_md ? DaysFromCivil({y - 1, month, dd}) : here;
    int64_t after = md < ref_md ? DaysFromCivil({y + 1, month, dd}) : here;
    int by = md > ref_md ? y - 1 : y, ay = md < ref_md ? y + 1 : y;
    return (r - before) <= (after - r) ? by : ay;
  }

  CivilDate WeekdayDate(int wd, Tense tense, int rel) {
    int cur = IsoWeekday(*ref_);
    if (rel == kRelLast) {  // strictly before
      int back = (cur - wd + 7) % 7;
      return AddDays(*ref_, -(back == 0 ? 7 : back));
    }
    if (rel == kRelNext) {
      int fwd = (wd - cur + 7) % 7;
      return AddDays(*ref_, fwd == 0 ? 7 : fwd);
    }
    if (rel == kRelThis || rel == kRelComing || !Past(tense)) {
      if (rel == kRelThis && Past(tense)) return AddDays(*ref_, -((cur - wd + 7) % 7));
      return AddDays(*ref_, (wd - cur + 7) % 7);
    }
    int back = (cur - wd + 7) % 7;
    if (tense == Tense::kUnknown && kNearestWeekdayWhenUnknown) {
      int fwd = (wd - cur + 7) % 7;
      if (fwd < back && fwd <= 2) return AddDays(*ref_, fwd);
    }
    return AddDays(*ref_, -back);
  }

  // Shifts the reference by n units and formats the result at that unit's precision.
  bool ShiftUnit(Match* m, int unit, int64_t n) {
    if (!ref_) return false;
    switch (unit) {
      case kUnitMinute: case kUnitHour: case kUnitDay:
        SetDay(m, AddDays(*ref_, unit == kUnitDay ? n : 0));
        return true;
      case kUnitWeek: case kUnitFortnight:
        m->value = FormatWeek(AddDays(*ref_, 7 * n * (unit == kUnitFortnight ? 2 : 1)));
        m->precision = "week";
        return true;
      case kUnitWeekend:
        m->value = FormatWeek(AddDays(*ref_, 7 * n)) + "-WE";
        m->precision = "week";
        return true;
      case kUnitMonth: {
        int64_t k = ref_->year * 12 + (ref_->month - 1) + n;
        SetMonth(m, static_cast<int>(k / 12), static_cast<int>(k % 12) + 1);
        return true;
      }
      case kUnitQuarter: {
        int64_t k = ref_->year * 4 + (ref_->month - 1) / 3 + n;
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-Q%d", static_cast<int>(k / 4), static_cast<int>(k % 4) + 1);
        m->value = buf;
        m->precision = "quarter";
        return true;
      }
      case kUnitYear:
        SetYear(m, static_cast<int>(ref_->year + n));
        return true;
      case kUnitDecade: {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%03d", static_cast<int>((ref_->year + 10 * n) / 10));
        m->value = buf;
        m->precision = "decade";
        return true;
      }
      case kUnitCentury: {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%02d", static_cast<int>((ref_->year + 100 * n) / 100));
        m->value = buf;
        m->precision = "century";
        return true;
      }
    }
    return false;
  }

  bool Core(size_t i, Match* m, bool after_edge_of) {
    const TokView& t = v_[i];
    *m = Match();
    m->b = i;
    switch (t.w.cls) {
      case WordClass::kDeictic: return Deictic(i, m);
      case WordClass::kWeekday: return Weekday(i, m, 0);
      case WordClass::kRelative: return Relative(i, m);
      case WordClass::kMonth: return MonthFirst(i, m);
      case WordClass::kOrdinal: return OrdinalFirst(i, m);
      case WordClass::kNumber: case WordClass::kVague:
        return SpelledYear(i, m) || NumberFirst(i, m);
      case WordClass::kSeason:
        if (i > 0 && (v_[i - 1].is("in") || v_[i - 1].is("during") || v_[i - 1].is("since") ||
                      v_[i - 1].is("until") || v_[i - 1].is("by") || v_[i - 1].is("-") ||
                      v_[i - 1].w.cls == WordClass::kEdge))
          return Season(i, m);
        return false;
      default: break;
    }
    if (t.num >= 0 || t.ord > 0 || t.decade >= 0) return NumberFirst(i, m);
    if (t.is("the")) return The(i, m, after_edge_of);
    if ((t.is("a") || t.is("an")) && i + 1 < v_.size()) return NumberFirst(i, m);
    if (t.is("between") || t.is("from")) return Range(i, m);
    if (t.capital() && (t.is("thanksgiving") || t.is("christmas") || t.is("new"))) return Holiday(i, m);
    if (t.is("fiscal") && i + 1 < v_.size() && IsYearNumber(v_[i + 1])) {
      m->e = i + 2;
      SetYear(m, static_cast<int>(v_[i + 1].num));
      return true;
    }
    return false;
  }

  bool Deictic(size_t i, Match* m) {
    int d = v_[i].w.value;
    m->e = i + 1;
    switch (d) {
      case kToday: case kYesterday: case kTomorrow:
        if (!ref_) { SetRef(m, d == kTomorrow ? "FUTURE_REF" : d == kToday ? "PRESENT_REF" : "PAST_REF"); return true; }
        SetDay(m, AddDays(*ref_, d == kYesterday ? -1 : d == kTomorrow ? 1 : 0));
        PartOfDayAfter(m);
        return true;
      case kTonight:
        if (!ref_) { SetRef(m, "PRESENT_REF"); return true; }
        m->value = FormatDay(*ref_) + "TNI";
        m->precision = "day";
        m->type = "TIME";
        return true;
      case kOvernight:
        // The night that ended on the reference day.
        if (!ref_) { SetRef(m, "PAST_REF"); return true; }
        m->value = FormatDay(AddDays(*ref_, -1)) + "TNI";
        m->precision = "day";
        m->type = "TIME";
        return true;
      case kNow: case kCurrently: case kNowadays: SetRef(m, "PRESENT_REF"); return true;
      case kRecently: case kFormerly: SetRef(m, "PAST_REF"); return true;
      case kSoon: SetRef(m, "FUTURE_REF"); return true;
      case kDaily: m->value = "P1D"; m->type = "SET"; m->precision = "day"; return true;
      case kWeekly: m->value = "P1W"; m->type = "SET"; m->precision = "week"; return true;
      case kMonthly: m->value = "P1M"; m->type = "SET"; m->precision = "month"; return true;
      case kAnnually: m->value = "P1Y"; m->type = "SET"; m->precision = "year"; return true;
    }
    return false;
  }

  // WEEKDAY [,] [explicit date] [part of day]
  bool Weekday(size_t i, Match* m, int rel) {
    const TokView& t = v_[i];
    if (t.key.size() < 6) return false;  // "mon", "sun", "wed": too ambiguous in prose
    int wd = t.w.value;
    size_t k = i + 1;
    // "Thursday, April 5" / "Tuesday 31 October 2023": the explicit date wins.
    size_t d = k < v_.size() && v_[k].is(",") ? k + 1 : k;
    if (d < v_.size() && rel == 0) {
      Match date;
      if ((v_[d].w.cls == WordClass::kMonth && MonthFirst(d, &date) && date.precision == "day") ||
          ((v_[d].num > 0 || v_[d].ord > 0) && NumberFirst(d, &date) && date.precision == "day")) {
        *m = date;
        m->b = i;
        PartOfDayAfter(m);
        return true;
      }
    }
    m->e = k;
    if (!ref_) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", wd);
      m->value = buf;
      m->precision = "day";
    } else {
      Tense tense = rel ? Tense::kUnknown : TenseOf(i, k);
      SetDay(m, WeekdayDate(wd, tense, rel));
    }
    PartOfDayAfter(m);
    return true;
  }

  // last/next/this/coming/past/previous/current/latest + unit|month|season|weekday|part of day;
  // every/each + weekday|unit.
  bool Relative(size_t i, Match* m) {
    int rel = v_[i].w.value;
    if (i + 1 >= v_.size()) return false;
    const TokView& n = v_[i + 1];
    if (rel == kRelEvery || rel == kRelEach) {
      m->type = "SET";
      m->e = i + 2;
      if (n.w.cls == WordClass::kWeekday) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", n.w.value);
        m->value = buf;
        m->precision = "day";
        return true;
      }
      if (n.w.cls == WordClass::kUnit && !n.w.plural) {
        m->value = std::string(n.w.value <= kUnitHour ? "PT1" : "P1") + UnitCode(n.w.value);
        m->precision = UnitName(n.w.value);
        return true;
      }
      int64_t num;
      size_t after;
      if (ParseNumberAt(v_, i + 1, &num, &after) && after < v_.size() &&
          v_[after].w.cls == WordClass::kUnit) {
        m->e = after + 1;
        m->value = (v_[after].w.value <= kUnitHour ? "PT" : "P") + std::to_string(num) +
                   UnitCode(v_[after].w.value);
        m->precision = UnitName(v_[after].w.value);
        return true;
      }
      return false;
    }
    if (rel == kRelFollowing || rel == kRelEach) return false;
    if (n.w.cls == WordClass::kWeekday) {
      if (!Weekday(i + 1, m, rel == kRelPast || rel == kRelPrevious ? kRelLast : rel)) return false;
      m->b = i;
      return true;
    }
    if (!ref_) return false;
    m->e = i + 2;
    if (n.w.cls == WordClass::kPartOfDay) {
      if (rel == kRelLast && n.w.value == kNight) {
        m->value = FormatDay(AddDays(*ref_, -1)) + "TNI";
      } else if (rel == kRelThis) {
        m->value = FormatDay(*ref_) + PartOfDayCode(n.w.value);
      } else {
        return false;
      }
      m->type = "TIME";
      m->precision = "day";
      return true;
    }
    if (n.w.cls == WordClass::kMonth) {
      if (n.key.size() <= 4 && n.key != "june" && n.key != "july" && n.key != "may") return false;
      int y = ref_->year, mo = n.w.value;
      if (rel == kRelLast || rel == kRelPast || rel == kRelPrevious) {
        if (mo >= ref_->month) --y;
      } else if (rel == kRelNext || rel == kRelComing) {
        if (mo <= ref_->month) ++y;
      }
      SetMonth(m, y, mo);
      return true;
    }
    if (n.w.cls == WordClass::kSeason) {
      int y = ref_->year;
      int start = n.w.value == kSpring ? 3 : n.w.value == kSummer ? 6 : n.w.value == kFall ? 9 : 12;
      if (rel == kRelLast || rel == kRelPast || rel == kRelPrevious) {
        if (start >= ref_->month - 2) --y;
      } else if (rel == kRelNext || rel == kRelComing) {
        if (start <= ref_->month) ++y;
      }
      m->value = FormatYear(y) + "-" + SeasonCode(n.w.value);
      m->precision = "season";
      return true;
    }
    if (n.w.cls == WordClass::kUnit && !n.w.plural) {
      int unit = n.w.value;
      if (unit <= kUnitHour) return false;
      int64_t shift = 0;
      if (rel == kRelLast || rel == kRelPast || rel == kRelPrevious) shift = -1;
      if (rel == kRelNext || rel == kRelComing) shift = 1;
      // "the past week", "the last year": a period ending now (TimeML: a duration).
      if ((rel == kRelPast || rel == kRelLast) && i > 0 && v_[i - 1].is("the")) {
        m->b = i - 1;
        m->type = "DURATION";
        m->value = std::string("P1") + UnitCode(unit);
        m->precision = UnitName(unit);
        return true;
      }
      if (rel == kRelLatest) shift = -1;  // "latest quarter": the last complete one
      return ShiftUnit(m, unit, shift);
    }
    // "the past/last three years": a duration.
    int64_t num;
    size_t after;
    if ((rel == kRelPast || rel == kRelLast || rel == kRelNext || rel == kRelComing) &&
        ParseNumberAt(v_, i + 1, &num, &after) && after < v_.size() &&
        v_[after].w.cls == WordClass::kUnit && v_[after].w.plural) {
      m->e = after + 1;
      m->type = "DURATION";
      m->value = (v_[after].w.value <= kUnitHour ? "PT" : "P") + std::to_string(num) +
                 UnitCode(v_[after].w.value);
      m->precision = UnitName(v_[after].w.value);
      if (i > 0 && v_[i - 1].is("the")) m->b = i - 1;
      return true;
    }
    return false;
  }

  // MONTH [.] DAY [,] [YEAR] | MONTH YEAR | MONTH DAY - DAY | MONTH
  bool MonthFirst(size_t i, Match* m) {
    const TokView& t = v_[i];
    int mo = t.w.value;
    bool abbrev = t.key.size() <= 4 && t.key != "may" && t.key != "june" && t.key != "july";
    bool risky = t.key == "may" || t.key == "march";
    if ((abbrev || risky) && !t.capital()) return false;
    size_t k = i + 1;
    // "August, 25", "October, 27th": a comma between month and day, when no year follows the day.
    if (k + 1 < v_.size() && v_[k].is(",") &&
        ((v_[k + 1].num >= 1 && v_[k + 1].num <= 31 && v_[k + 1].key.size() <= 2) ||
         (v_[k + 1].ord >= 1 && v_[k + 1].ord <= 31 && v_[k + 1].flags & kTokNumber)) &&
        !(k + 2 < v_.size() && IsYearNumber(v_[k + 2])))
      ++k;
    // Day of month.
    if (k < v_.size() && ((v_[k].num >= 1 && v_[k].num <= 31 && v_[k].key.size() <= 2) ||
                          (v_[k].ord >= 1 && v_[k].ord <= 31 && v_[k].flags & kTokNumber))) {
      int day = v_[k].num > 0 ? static_cast<int>(v_[k].num) : v_[k].ord;
      size_t e = k + 1;
      int end_day = 0;
      // "May 3-5", "May 3 to 5"
      if (e + 1 < v_.size() && (v_[e].is("-") || v_[e].is("to")) && v_[e + 1].num > day &&
          v_[e + 1].num <= 31 && v_[e + 1].key.size() <= 2) {
        end_day = static_cast<int>(v_[e + 1].num);
        e += 2;
      }
      int year = 0;
      size_t y = e < v_.size() && v_[e].is(",") ? e + 1 : e;
      if (y < v_.size() && IsYearNumber(v_[y])) {
        year = static_cast<int>(v_[y].num);
        e = y + 1;
      }
      if (!year) {
        if (!ref_) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", mo, day);
          m->value = buf;
          m->precision = "day";
          m->e = e;
          return true;
        }
        year = YearFor(mo, day, TenseOf(i, e));
      }
      if (!IsValidDate(year, mo, day)) return false;
      m->e = e;
      SetDay(m, {year, mo, day});
      if (end_day && IsValidDate(year, mo, end_day)) m->end_value = FormatDay({year, mo, end_day});
      return true;
    }
    // MONTH [,] YEAR / MONTH of YEAR
    size_t y = k;
    if (y < v_.size() && (v_[y].is(",") || v_[y].is("of"))) ++y;
    Match spelled;
    if (y < v_.size() && IsYearNumber(v_[y])) {
      m->e = y + 1;
      SetMonth(m, static_cast<int>(v_[y].num), mo);
      return true;
    }
    if (y < v_.size() && SpelledYear(y, &spelled)) {
      m->e = spelled.e;
      SetMonth(m, std::atoi(spelled.value.c_str()), mo);
      return true;
    }
    // "June last year", "March next year", "May this year".
    if (ref_ && k + 1 < v_.size() && v_[k].w.cls == WordClass::kRelative && v_[k + 1].is("year") &&
        (v_[k].w.value == kRelLast || v_[k].w.value == kRelNext || v_[k].w.value == kRelThis) &&
        !(risky && !t.capital())) {
      int shift = v_[k].w.value == kRelLast ? -1 : v_[k].w.value == kRelNext ? 1 : 0;
      m->e = k + 2;
      SetMonth(m, ref_->year + shift, mo);
      return true;
    }
    if (abbrev) return false;
    if (risky && !(i > 0 && MonthContext(v_[i - 1]))) return false;
    m->e = k;
    if (!ref_) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "XXXX-%02d", mo);
      m->value = buf;
      m->precision = "month";
      return true;
    }
    SetMonth(m, YearFor(mo, 0, TenseOf(i, k)), mo);
    return true;
  }

  // first/second/third/fourth [-] quarter|half [of YEAR]
  bool OrdinalFirst(size_t i, Match* m) {
    int o = v_[i].ord;
    size_t k = i + 1;
    if (k < v_.size() && v_[k].is("-")) ++k;
    if (k < v_.size() && (v_[k].is("quarter") || v_[k].is("half")) && o >= 1 &&
        o <= (v_[k].is("half") ? 2 : 4)) {
      bool half = v_[k].is("half");
      size_t e = k + 1;
      int year = 0;
      size_t y = e;
      if (y < v_.size() && v_[y].is("of")) ++y;
      if (y < v_.size() && IsYearNumber(v_[y])) {
        year = static_cast<int>(v_[y].num);
        e = y + 1;
      } else if (y + 1 < v_.size() && v_[y].is("fiscal") && IsYearNumber(v_[y + 1])) {
        year = static_cast<int>(v_[y + 1].num);
        e = y + 2;
      }
      if (!year) {
        if (!ref_) return false;
        year = ref_->year;
        int cur = half ? (ref_->month - 1) / 6 + 1 : (ref_->month - 1) / 3 + 1;
        if (o > cur && Past(TenseOf(i, e))) --year;
      }
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%s%d", year, half ? "H" : "Q", o);
      m->value = buf;
      m->precision = half ? "half" : "quarter";
      m->e = e;
      return true;
    }
    // "the 3rd of May" via NumberFirst.
    if (v_[i].flags & kTokNumber) return NumberFirst(i, m);
    return false;
  }

  // Expressions that open with a number, a number word or a vague count.
  bool NumberFirst(size_t i, Match* m) {
    const TokView& t = v_[i];
    size_t n = v_.size();
    // Decades: "1990s".
    if (t.decade >= 0) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%03d", t.decade);
      m->value = buf;
      m->precision = "decade";
      m->e = i + 1;
      return true;
    }
    // ISO date 2023-10-31 and numeric dates 10/31/2023, 31/10/2023.
    if (t.num >= 0 && i + 4 < n && !(v_[i + 1].flags & kTokSpaceBefore) &&
        (v_[i + 1].is("-") || v_[i + 1].is("/")) && v_[i + 3].key == v_[i + 1].key &&
        v_[i + 2].num >= 0 && v_[i + 4].num >= 0 && !(v_[i + 2].flags & kTokSpaceBefore) &&
        !(v_[i + 4].flags & kTokSpaceBefore)) {
      int a = static_cast<int>(t.num), b = static_cast<int>(v_[i + 2].num),
          c = static_cast<int>(v_[i + 4].num);
      CivilDate d;
      if (t.key.size() == 4) d = {a, b, c};
      else if (v_[i + 4].key.size() == 4 && a > 12) d = {c, b, a};
      else if (v_[i + 4].key.size() == 4) d = {c, a, b};
      else if (v_[i + 4].key.size() == 2 && v_[i + 1].is("/")) d = {c < 50 ? 2000 + c : 1900 + c, a, b};
      if (IsValidDate(d.year, d.month, d.day)) {
        m->e = i + 5;
        SetDay(m, d);
        return true;
      }
    }
    // Day-first dates: "31 October 2023", "31st Oct, 2023", "3 and 5 May", "3-5 May", "the 3rd of May".
    int day = t.num >= 1 && t.num <= 31 && t.key.size() <= 2 ? static_cast<int>(t.num)
              : (t.flags & kTokNumber) ? t.ord : 0;
    if (day >= 1 && day <= 31) {
      size_t k = i + 1;
      int end_day = 0;
      if (k + 1 < n && (v_[k].is("-") || v_[k].is("to")) && v_[k + 1].num > day &&
          v_[k + 1].num <= 31 && v_[k + 1].key.size() <= 2) {
        end_day = static_cast<int>(v_[k + 1].num);
        k += 2;
      }
      if (k < n && v_[k].is("of")) ++k;
      if (k < n && v_[k].w.cls == WordClass::kMonth &&
          (v_[k].capital() || v_[k].key.size() > 5)) {
        int mo = v_[k].w.value;
        size_t e = k + 1;
        int year = 0;
        size_t y = e < n && v_[e].is(",") ? e + 1 : e;
        if (y < n && IsYearNumber(v_[y])) {
          year = static_cast<int>(v_[y].num);
          e = y + 1;
        }
        if (!year) {
          if (!ref_) return false;
          year = YearFor(mo, day, TenseOf(i, e));
        }
        if (!IsValidDate(year, mo, day)) return false;
        m->e = e;
        SetDay(m, {year, mo, day});
        if (end_day && IsValidDate(year, mo, end_day)) m->end_value = FormatDay({year, mo, end_day});
        return true;
      }
    }
    // Clock times: "5 p.m.", "10:30 a.m.", "0600 GMT" is left alone.
    if (t.num >= 0 && t.num <= 12 && i + 1 < n) {
      size_t k = i + 1;
      int minute = 0;
      if (k + 1 < n && v_[k].is(":") && v_[k + 1].num >= 0 && v_[k + 1].num < 60 &&
          v_[k + 1].key.size() == 2) {
        minute = static_cast<int>(v_[k + 1].num);
        k += 2;
      }
      if (k < n && (v_[k].is("a.m") || v_[k].is("p.m") || v_[k].is("am") || v_[k].is("pm"))) {
        int hour = static_cast<int>(t.num) % 12 + (v_[k].key[0] == 'p' ? 12 : 0);
        char buf[32];
        if (ref_) {
          std::snprintf(buf, sizeof buf, "%sT%02d:%02d", FormatDay(*ref_).c_str(), hour, minute);
        } else {
          std::snprintf(buf, sizeof buf, "XXXX-XX-XXT%02d:%02d", hour, minute);
        }
        m->value = buf;
        m->type = "TIME";
        m->precision = "minute";
        m->e = k + 1;
        // "10 p.m. Wednesday", "5 p.m. EST, Nov. 6": the day that follows dates the time.
        size_t d = k + 1;
        while (d < n && (IsTimeZone(v_[d].key) || v_[d].is(",") || v_[d].is("on"))) ++d;
        Match day;
        if (d < n && d <= k + 4 &&
            (v_[d].w.cls == WordClass::kWeekday || v_[d].w.cls == WordClass::kMonth ||
             v_[d].w.cls == WordClass::kDeictic) &&
            Core(d, &day, false) && day.precision == "day" && day.value.size() >= 10) {
          m->value = day.value.substr(0, 10) + std::string(buf).substr(std::string(buf).find('T'));
          m->e = day.e;
        }
        return true;
      }
    }
    // Years: "2020", "1998".
    if (IsYearNumber(t) && !(i > 0 && (v_[i - 1].is("$") || v_[i - 1].is("no"))) &&
        !(i + 1 < n && (v_[i + 1].is("%") || v_[i + 1].is("percent") ||
                        v_[i + 1].w.cls == WordClass::kUnit || v_[i + 1].is(":") ||
                        (v_[i + 1].is(".") && i + 2 < n && v_[i + 2].num >= 0 &&
                         !(v_[i + 2].flags & kTokSpaceBefore))))) {
      // "killed 2000 cattle": a count, not a year. A year opens a phrase or follows a
      // preposition or determiner; bare before a lower-case word it is a number.
      bool lower_after = i + 1 < n && v_[i + 1].word() && !v_[i + 1].capital() &&
                         v_[i + 1].w.cls == WordClass::kNone && !v_[i + 1].is("and") &&
                         !v_[i + 1].is("or");
      if (lower_after && (i == 0 || !YearContext(v_[i - 1]))) return false;
      // "Mirage 2000", "Windows 2000": a number in a proper name.
      if (i > 1 && v_[i - 1].word() && v_[i - 1].capital() &&
          v_[i - 1].w.cls == WordClass::kNone && !YearContext(v_[i - 1]))
        return false;
      m->e = i + 1;
      SetYear(m, static_cast<int>(t.num));
      return true;
    }
    // "N units ago", "a year earlier", "three days" (duration), "several years ago".
    int64_t num = -1;
    size_t k;
    bool vague = false;
    if (t.w.cls == WordClass::kVague) {
      vague = true;
      k = i + 1;
    } else if ((t.is("a") || t.is("an")) && i + 1 < n && v_[i + 1].w.cls == WordClass::kUnit &&
               !v_[i + 1].w.plural) {
      num = 1;
      k = i + 1;
    } else if (!ParseNumberAt(v_, i, &num, &k)) {
      return false;
    }
    bool hyphen = k < n && v_[k].is("-");  // "three-day"
    if (hyphen) ++k;
    if (k >= n || v_[k].w.cls != WordClass::kUnit) return false;
    int unit = v_[k].w.value;
    size_t e = k + 1;
    if (e < n && v_[e].is("old")) return false;  // ages
    if (e < n && (v_[e].is("ago") || v_[e].is("earlier") || v_[e].is("before"))) {
      m->e = e + 1;
      if (vague || !ref_) {
        SetRef(m, "PAST_REF");
        return true;
      }
      if (unit == kUnitWeekend) return false;
      if (unit == kUnitYear && last_quarter_.size() == 7) {
        int y = std::atoi(last_quarter_.substr(0, 4).c_str());
        m->value = FormatYear(static_cast<int>(y - num)) + last_quarter_.substr(4);
        m->precision = "quarter";
        m->anaphoric = true;
        return true;
      }
      return ShiftUnit(m, unit, -num);
    }
    // "two days later" is relative to another event: left as a duration.
    m->e = e;
    m->type = "DURATION";
    m->value = std::string(unit <= kUnitHour ? "PT" : "P") +
               (vague ? std::string("X") : std::to_string(num)) + UnitCode(unit);
    if (unit == kUnitWeekend) m->value = vague ? "PXWE" : "P" + std::to_string(num) + "WE";
    m->precision = UnitName(unit);
    return true;
  }

  // "between 3 and 5 May", "from 3 to 5 May", "between May 3 and 5".
  bool Range(size_t i, Match* m) {
    size_t n = v_.size();
    size_t k = i + 1;
    if (k >= n) return false;
    bool between = v_[i].is("between");
    if ((v_[k].num >= 1 && v_[k].num <= 31 && v_[k].key.size() <= 2) || v_[k].ord > 0) {
      int d1 = v_[k].num > 0 ? static_cast<int>(v_[k].num) : v_[k].ord;
      if (k + 2 < n && (v_[k + 1].is(between ? "and" : "to"))) {
        Match second;
        if ((v_[k + 2].num > 0 || v_[k + 2].ord > 0) && NumberFirst(k + 2, &second) &&
            second.precision == "day") {
          // The month and year of the second day apply to the first.
          CivilDate end = *ParseIsoDate(second.value);
          if (!IsValidDate(end.year, end.month, d1) || d1 >= end.day) return false;
          m->e = second.e;
          SetDay(m, {end.year, end.month, d1});
          m->end_value = second.value;
          return true;
        }
      }
      return false;
    }
    // "from Sunday to Thursday", "between Friday and Sunday": the days are placed together, the
    // end after the start (a past range ends on or before the reference, a future one starts on
    // or after it).
    if (v_[k].w.cls == WordClass::kWeekday && ref_) {
      Match first, second;
      if (!Weekday(k, &first, 0) || first.precision != "day" || first.e + 1 >= n) return false;
      size_t c = first.e;
      if (!(v_[c].is(between ? "and" : "to") || (!between && v_[c].is("through"))) ||
          v_[c + 1].w.cls != WordClass::kWeekday || !Weekday(c + 1, &second, 0) ||
          second.precision != "day")
        return false;
      auto a = ParseIsoDate(first.value.substr(0, 10)), b = ParseIsoDate(second.value.substr(0, 10));
      if (!a || !b) return false;
      CivilDate start = *a, end = *b;
      if (DaysFromCivil(end) <= DaysFromCivil(start)) {
        if (DaysFromCivil(start) > DaysFromCivil(*ref_)) end = AddDays(end, 7);
        else start = AddDays(start, -7);
      }
      m->b = i;
      m->e = second.e;
      SetDay(m, start);
      m->end_value = FormatDay(end);
      return true;
    }
    if (v_[k].w.cls == WordClass::kMonth) {
      Match first;
      if (!MonthFirst(k, &first) || first.precision != "day" || first.e + 1 >= n) return false;
      size_t c = first.e;
      if (!v_[c].is(between ? "and" : "to")) return false;
      CivilDate start = *ParseIsoDate(first.value.substr(0, 10));
      if (v_[c + 1].num > start.day && v_[c + 1].num <= 31 && v_[c + 1].key.size() <= 2) {
        int d2 = static_cast<int>(v_[c + 1].num);
        if (!IsValidDate(start.year, start.month, d2)) return false;
        m->e = c + 2;
        *m = first;
        m->b = i;
        m->e = c + 2;
        m->end_value = FormatDay({start.year, start.month, d2});
        return true;
      }
      Match second;
      if (v_[c + 1].w.cls == WordClass::kMonth && MonthFirst(c + 1, &second) &&
          second.precision == "day") {
        *m = first;
        m->b = i;
        m->e = second.e;
        m->end_value = second.value;
        return true;
      }
    }
    return false;
  }

  // "summer" after "in", "the summer", "summer 2014": the season of the year the tense picks.
  bool Season(size_t i, Match* m) {
    int sn = v_[i].w.value;
    int start = sn == kSpring ? 3 : sn == kSummer ? 6 : sn == kFall ? 9 : 12;
    m->e = i + 1;
    int year;
    size_t y = i + 1;
    if (y < v_.size() && v_[y].is("of")) ++y;
    Match spelled;
    if (y < v_.size() && IsYearNumber(v_[y])) {
      year = static_cast<int>(v_[y].num);
      m->e = y + 1;
    } else if (y < v_.size() && SpelledYear(y, &spelled)) {
      year = std::atoi(spelled.value.c_str());
      m->e = spelled.e;
    } else {
      if (!ref_) return false;
      year = YearFor(start, 0, TenseOf(i, i + 1));
    }
    m->value = FormatYear(year) + "-" + SeasonCode(sn);
    m->precision = "season";
    return true;
  }

  // Years read aloud in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
  bool SpelledYear(size_t i, Match* m) {
    const TokView& t = v_[i];
    if (t.is("nineteen") && i + 1 < v_.size() && v_[i + 1].w.cls == WordClass::kNumber &&
        v_[i + 1].w.value >= 10) {
      int64_t tail;
      size_t e;
      if (!ParseNumberAt(v_, i + 1, &tail, &e) || tail < 10 || tail > 99) return false;
      m->e = e;
      SetYear(m, static_cast<int>(1900 + tail));
      return true;
    }
    if (t.is("two") && i > 1 && v_[i - 1].is("year") && v_[i - 2].is("the") &&
        i + 1 < v_.size() && v_[i + 1].is("thousand")) {
      m->b = i - 2;
      m->e = i + 2;
      SetYear(m, 2000);
      return true;
    }
    return false;
  }

  // Fixed and computed holidays: Christmas, New Year's Day, (US) Thanksgiving.
  bool Holiday(size_t i, Match* m) {
    if (!ref_) return false;
    const TokView& t = v_[i];
    int month = 0, day = 0;
    size_t e = i + 1;
    if (t.is("christmas")) {
      month = 12; day = 25;
    } else if (t.is("new") && i + 2 < v_.size() && v_[i + 1].is("year") && v_[i + 2].is("'s")) {
      month = 1; day = 1; e = i + 3;
    } else if (t.is("thanksgiving")) {
      month = 11;
    } else {
      return false;
    }
    if (e < v_.size() && (v_[e].is("day") || v_[e].is("eve"))) {
      if (v_[e].is("eve")) --day;
      ++e;
    }
    if (t.is("new") && !(e > i + 3)) return false;  // "New Year's" alone is ambiguous
    int year = YearFor(month, day ? day : 22, TenseOf(i, e));
    if (!day) {  // fourth Thursday of November
      int first = IsoWeekday({year, 11, 1});
      day = 1 + (4 - first + 7) % 7 + 21;
    }
    m->e = e;
    SetDay(m, {year, month, day});
    return true;
  }

  // Expressions opening with "the".
  bool The(size_t i, Match* m, bool after_edge_of) {
    size_t n = v_.size();
    if (i + 1 >= n) return false;
    const TokView& t = v_[i + 1];
    // "the year", "the month", "the week" after "the end of": the current one.
    if (after_edge_of && t.w.cls == WordClass::kUnit && !t.w.plural && ref_) {
      m->e = i + 2;
      return ShiftUnit(m, t.w.value, 0);
    }
    if (t.is("future") || (t.is("past") && !(i + 2 < n && (v_[i + 2].w.cls == WordClass::kUnit ||
                                                            v_[i + 2].num >= 0 ||
                                                            v_[i + 2].w.cls == WordClass::kNumber)))) {
      m->e = i + 2;
      SetRef(m, t.is("future") ? "FUTURE_REF" : "PAST_REF");
      return true;
    }
    if (t.w.cls == WordClass::kSeason && Season(i + 1, m)) {
      m->b = i;
      return true;
    }
    if (t.is("weekend") && ref_) {
      m->e = i + 2;
      int back = Past(TenseOf(i, i + 2)) ? -1 : 0;
      CivilDate d = AddDays(*ref_, IsoWeekday(*ref_) >= 6 ? 0 : 7 * back);
      m->value = FormatWeek(d) + "-WE";
      m->precision = "week";
      return true;
    }
    // "the latest quarter", "the quarter": the last complete quarter before the reference.
    if (ref_ && (t.is("quarter") || ((t.is("latest") || t.is("current") || t.is("previous") ||
                                      t.is("last")) && i + 2 < n && v_[i + 2].is("quarter")))) {
      m->e = t.is("quarter") ? i + 2 : i + 3;
      return ShiftUnit(m, kUnitQuarter, t.is("current") ? 0 : -1);
    }
    if (t.w.cls == WordClass::kEdge && (t.w.value == kEarly || t.w.value == kLate || t.w.value == kMid) &&
        i + 2 < n) {
      size_t j = i + 2;
      if (v_[j].is("-") && j + 1 < n) ++j;
      if (v_[j].decade >= 0 && NumberFirst(j, m)) {
        m->b = i;
        return true;
      }
      return false;
    }
    if (t.decade >= 0 || t.ord > 0) {
      if (Core(i + 1, m, false)) {
        m->b = i;
        return true;
      }
      return false;
    }
    if (t.w.cls == WordClass::kRelative && t.w.value != kRelEvery && t.w.value != kRelEach) {
      if (Relative(i + 1, m)) {
        m->b = i;
        return true;
      }
    }
    return false;
  }

  const std::vector<TokView>& v_;
  std::optional<CivilDate> ref_;
  const std::string& last_quarter_;
};

// Quick test: can an expression start at this token?
bool MayStart(const TokView& t) {
  if (t.w.cls != WordClass::kNone || t.num >= 0 || t.ord > 0 || t.decade >= 0) return true;
  if (t.key.size() < 1 || t.key.size() > 12) return false;
  switch (t.key[0]) {
    case 't': return t.key == "the" || t.key == "thanksgiving";
    case 'a': return t.key == "a" || t.key == "an";
    case 'b': return t.key == "between";
    case 'f': return t.key == "from" || t.key == "fiscal";
    case 'y': return t.key == "year";
    case 'c': return t.key == "christmas";
    case 'n': return t.key == "new";
  }
  return false;
}

bool IsAgreementNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "deal", "deals", "agreement", "agreements", "accord", "accords", "treaty", "treaties",
      "pact", "ceasefire", "ceasefires", "truce", "constitution", "charter", "law"};
  for (auto n : kNouns) if (w == n) return true;
  return false;
}

// Years used as modifiers: "the 2014 and 2015 peace deals" (a year between a determiner and a
// noun), and "peace deals struck with Bamako in 2014" (a year in a participle phrase that
// describes an agreement noun rather than dating the clause's event).
void MarkModifiers(const std::vector<TokView>& v, std::vector<Match>* ms) {
  for (size_t a = 0; a < ms->size(); ++a) {
    Match& m = (*ms)[a];
    if (m.precision != "year" || m.type != "DATE") continue;
    // Extend over coordinated years: "2014 and 2015".
    size_t last = a;
    while (last + 1 < ms->size() && (*ms)[last + 1].precision == "year" &&
           (*ms)[last + 1].b == (*ms)[last].e + 1 &&
           (v[(*ms)[last].e].is("and") || v[(*ms)[last].e].is("or") ||
            v[(*ms)[last].e].is(",")))
      ++last;
    size_t b = m.b, e = (*ms)[last].e;
    bool flag = false;
    if (b > 0 && e < v.size() && v[e].word() && !v[e].capital() && v[e].w.cls == WordClass::kNone) {
      const TokView& before = v[b - 1];
      if (before.is("the") || before.is("its") || before.is("their") || before.is("'s") ||
          before.is("his") || before.is("her") || before.is("a") || before.is("an")) {
        static constexpr std::string_view kNotNoun[] = {"and", "or", "to", "when", "after",
                                                        "before", "until", "as", "was", "were"};
        flag = true;
        for (auto w : kNotNoun) if (v[e].key == w) flag = false;
      }
    }
    if (!flag && b >= 2 && v[b - 1].is("in")) {
      size_t lo = b >= 8 ? b - 8 : 0;
      for (size_t p = b - 1; p > lo; --p) {
        if (v[p].punct() && !v[p].is("-")) break;
        if (LooksPastTense(v[p].key) && IsAgreementNoun(v[p - 1].key)) {
          flag = true;
          break;
        }
      }
    }
    if (flag) for (size_t k = a; k <= last; ++k) (*ms)[k].modifier = true;
    a = last;
  }
}

}  // namespace

void TagTimesInSentence(const Document& doc, uint32_t sentence, std::optional<CivilDate> ref,
                        std::vector<TimeMention>* out, TaggerState* state) {
  const Sentence& s = doc.sentences[sentence];
  thread_local std::vector<TokView> views;
  thread_local std::vector<Match> matches;
  BuildTokenViews(doc, s.token_begin, s.token_end, &views);
  matches.clear();
  TaggerState local;
  std::string& last_quarter = (state ? state : &local)->last_quarter;
  Matcher matcher(views, ref, last_quarter);
  for (size_t i = 0; i < views.size();) {
    Match m;
    if (MayStart(views[i]) && matcher.At(i, &m) && m.e > m.b && !m.value.empty()) {
      if (m.precision == "quarter" && m.value.size() == 7 && !m.anaphoric) last_quarter = m.value;
      matches.push_back(std::move(m));
      i = matches.back().e;
    } else {
      ++i;
    }
  }
  if (matches.empty()) return;
  MarkModifiers(views, &matches);
  for (auto& m : matches) {
    TimeMention t;
    t.sentence = sentence;
    t.token_begin = s.token_begin + static_cast<uint32_t>(m.b);
    t.token_end = s.token_begin + static_cast<uint32_t>(m.e);
    t.span = {doc.tokens[t.token_begin].span.start, doc.tokens[t.token_end - 1].span.end};
    t.value = std::move(m.value);
    t.end_value = std::move(m.end_value);
    t.precision = std::move(m.precision);
    t.type = std::move(m.type);
    t.modifier = m.modifier;
    out->push_back(std::move(t));
  }
}

void TagTimes(Document& doc) {
  std::optional<CivilDate> ref = ParseIsoDate(doc.reference_date());
  TaggerState state;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s)
    TagTimesInSentence(doc, s, ref, &doc.times, &state);
}

}  // namespace dateline::time
