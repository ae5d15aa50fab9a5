// The word table is built once into an unordered_map keyed by string_view over static strings;
// ClassifyWord first rejects tokens that cannot be in it by length, so most tokens cost one
// branch and the rest one hash probe.
#include "time/time_words.h"

#include <string>
#include <unordered_map>

namespace dateline::time {
namespace {

using Map = std::unordered_map<std::string_view, WordInfo>;

void Add(Map& m, std::string_view w, WordClass c, int v, bool plural = false) {
  m.emplace(w, WordInfo{c, static_cast<int32_t>(v), plural});
}

const Map& Table() {
  static const Map* table = [] {
    auto* m = new Map;
    static constexpr std::string_view kMonths[][3] = {
        {"january", "jan", ""},   {"february", "feb", ""}, {"march", "mar", ""},
        {"april", "apr", ""},     {"may", "", ""},         {"june", "jun", ""},
        {"july", "jul", ""},      {"august", "aug", ""},   {"september", "sep", "sept"},
        {"october", "oct", ""},   {"november", "nov", ""}, {"december", "dec", ""}};
    for (int i = 0; i < 12; ++i)
      for (auto w : kMonths[i]) if (!w.empty()) Add(*m, w, WordClass::kMonth, i + 1);
    static constexpr std::string_view kDays[][4] = {
        {"monday", "mon", "", ""},        {"tuesday", "tue", "tues", ""},
        {"wednesday", "wed", "", ""},     {"thursday", "thu", "thur", "thurs"},
        {"friday", "fri", "", ""},        {"saturday", "sat", "", ""},
        {"sunday", "sun", "", ""}};
    for (int i = 0; i < 7; ++i)
      for (auto w : kDays[i]) if (!w.empty()) Add(*m, w, WordClass::kWeekday, i + 1);
    static constexpr std::string_view kNumbers[] = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"};
    for (int i = 0; i < 20; ++i) Add(*m, kNumbers[i], WordClass::kNumber, i);
    static constexpr std::string_view kTens[] = {"twenty", "thirty", "forty", "fifty",
                                                 "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < 8; ++i) Add(*m, kTens[i], WordClass::kNumber, 20 + 10 * i);
    Add(*m, "dozen", WordClass::kNumber, 12);
    Add(*m, "hundred", WordClass::kMultiplier, 2);  // value: the power of ten
    Add(*m, "thousand", WordClass::kMultiplier, 3);
    Add(*m, "million", WordClass::kMultiplier, 6);
    static constexpr std::string_view kOrd[] = {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    for (int i = 0; i < 20; ++i) Add(*m, kOrd[i], WordClass::kOrdinal, i + 1);
    Add(*m, "thirtieth", WordClass::kOrdinal, 30);
    struct U { std::string_view s, p; int v; };
    static constexpr U kUnits[] = {
        {"minute", "minutes", kUnitMinute}, {"hour", "hours", kUnitHour},
        {"day", "days", kUnitDay},          {"week", "weeks", kUnitWeek},
        {"weekend", "weekends", kUnitWeekend}, {"fortnight", "fortnights", kUnitFortnight},
        {"month", "months", kUnitMonth},    {"quarter", "quarters", kUnitQuarter},
        {"year", "years", kUnitYear},       {"decade", "decades", kUnitDecade},
        {"century", "centuries", kUnitCentury}};
    for (const auto& u : kUnits) {
      Add(*m, u.s, WordClass::kUnit, u.v);
      Add(*m, u.p, WordClass::kUnit, u.v, true);
    }
    Add(*m, "hrs", WordClass::kUnit, kUnitHour, true);
    Add(*m, "yrs", WordClass::kUnit, kUnitYear, true);
    struct R { std::string_view s; int v; };
    static constexpr R kRel[] = {{"last", kRelLast},         {"next", kRelNext},
                                 {"this", kRelThis},         {"coming", kRelComing},
                                 {"past", kRelPast},         {"previous", kRelPrevious},
                                 {"following", kRelFollowing}, {"current", kRelCurrent},
                                 {"latest", kRelLatest},     {"every", kRelEvery},
                                 {"each", kRelEach}};
    for (const auto& r : kRel) Add(*m, r.s, WordClass::kRelative, r.v);
    static constexpr R kDeic[] = {
        {"today", kToday},         {"yesterday", kYesterday}, {"tomorrow", kTomorrow},
        {"tonight", kTonight},     {"overnight", kOvernight}, {"now", kNow},
        {"currently", kCurrently}, {"recently", kRecently},   {"lately", kRecently},
        {"formerly", kFormerly},
        {"daily", kDaily},         {"nightly", kDaily},       {"weekly", kWeekly},
        {"monthly", kMonthly},     {"annually", kAnnually},   {"yearly", kAnnually},
        {"nowadays", kNowadays}};
    for (const auto& r : kDeic) Add(*m, r.s, WordClass::kDeictic, r.v);
    static constexpr R kPod[] = {{"morning", kMorning},   {"afternoon", kAfternoon},
                                 {"evening", kEvening},   {"night", kNight},
                                 {"noon", kNoon},         {"midday", kNoon},
                                 {"midnight", kMidnight}, {"dawn", kDawn},
                                 {"daybreak", kDawn}};
    for (const auto& r : kPod) Add(*m, r.s, WordClass::kPartOfDay, r.v);
    static constexpr R kSeasons[] = {{"spring", kSpring}, {"summer", kSummer},
                                     {"fall", kFall},     {"autumn", kFall},
                                     {"winter", kWinter}};
    for (const auto& r : kSeasons) Add(*m, r.s, WordClass::kSeason, r.v);
    static constexpr R kEdges[] = {{"early", kEarly},       {"late", kLate},
                                   {"mid", kMid},           {"end", kEnd},
                                   {"beginning", kBeginning}, {"start", kStart},
                                   {"middle", kMiddle},     {"earlier", kEarlier},
                                   {"later", kLater}};
    for (const auto& r : kEdges) Add(*m, r.s, WordClass::kEdge, r.v);
    // Vague counts and the figures we code for them (see docs/time.md): ACLED codes "dozens"
    // as 12 and "hundreds" as 100; the rest follow the same "smallest plausible" rule.
    static constexpr R kVague[] = {{"dozens", 12},   {"scores", 20},    {"hundreds", 100},
                                   {"thousands", 1000}, {"millions", 1000000}, {"several", 3}, {"few", 3},
                                   {"tens", 10},     {"numerous", 10},  {"many", 10}};
    for (const auto& r : kVague) Add(*m, r.s, WordClass::kVague, r.v, true);
    return m;
  }();
  return *table;
}

}  // namespace

WordInfo ClassifyWord(std::string_view norm) {
  if (!norm.empty() && norm.back() == '.') norm.remove_suffix(1);
  if (norm.size() < 3 || norm.size() > 11) return {};
  char c = norm[0];
  if (c < 'a' || c > 'z') return {};
  const Map& m = Table();
  auto it = m.find(norm);
  if (it == m.end()) return {};
  return it->second;
}

bool ParseInteger(std::string_view s, int64_t* out) {
  if (s.empty() || s[0] < '0' || s[0] > '9') return false;
  int64_t v = 0;
  int digits = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      if (++digits > 15) return false;
      v = v * 10 + (c - '0');
    } else if (c == ',' && i > 0 && i + 3 < s.size() + 1) {
      continue;
    } else {
      return false;
    }
  }
  *out = v;
  return true;
}

bool ParseNumericOrdinal(std::string_view s, int* out) {
  if (s.size() < 3 || s.size() > 4) return false;
  size_t n = s.size() - 2;
  std::string_view suf = s.substr(n);
  if (suf != "st" && suf != "nd" && suf != "rd" && suf != "th") return false;
  int v = 0;
  for (size_t i = 0; i < n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace dateline::time
