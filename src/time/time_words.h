// The closed word classes the temporal and quantity recognisers look at: month and weekday
// names, number words, time units, relative and deictic words, parts of the day, seasons and
// vague counts. One hash lookup per token classifies it; the recognisers then work on these
// small integer classes instead of strings, which keeps the hot path free of regular expressions.
#ifndef DATELINE_TIME_TIME_WORDS_H_
#define DATELINE_TIME_TIME_WORDS_H_

#include <cstdint>
#include <string_view>

namespace dateline::time {

enum class WordClass : uint8_t {
  kNone = 0,
  kMonth,      // value 1..12
  kWeekday,    // value 1..7 (ISO, Monday = 1)
  kNumber,     // number word: one .. ninety, value
  kMultiplier, // hundred, thousand, million: value is the power of ten (2, 3, 6)
  kOrdinal,    // first .. thirty-first: value
  kUnit,       // Unit enum value (singular or plural)
  kRelative,   // Relative enum value
  kDeictic,    // Deictic enum value
  kPartOfDay,  // PartOfDay enum value
  kSeason,     // Season enum value
  kEdge,       // Edge enum value: early, late, mid, end, beginning ...
  kVague,      // vague count: value is the count we code (dozens 12, hundreds 100 ...)
};

enum Unit : int16_t {
  kUnitMinute = 1, kUnitHour, kUnitDay, kUnitWeek, kUnitWeekend, kUnitFortnight, kUnitMonth,
  kUnitQuarter, kUnitYear, kUnitDecade, kUnitCentury,
};
enum Relative : int16_t {
  kRelLast = 1, kRelNext, kRelThis, kRelComing, kRelPast, kRelPrevious, kRelFollowing,
  kRelCurrent, kRelLatest, kRelEvery, kRelEach,
};
enum Deictic : int16_t {
  kToday = 1, kYesterday, kTomorrow, kTonight, kOvernight, kNow, kCurrently, kRecently,
  kFormerly, kSoon, kDaily, kWeekly, kMonthly, kAnnually, kNowadays,
};
enum PartOfDay : int16_t { kMorning = 1, kAfternoon, kEvening, kNight, kNoon, kMidnight, kDawn };
enum Season : int16_t { kSpring = 1, kSummer, kFall, kWinter };
enum Edge : int16_t { kEarly = 1, kLate, kMid, kEnd, kBeginning, kStart, kMiddle, kEarlier, kLater };

struct WordInfo {
  WordClass cls = WordClass::kNone;
  int32_t value = 0;
  bool plural = false;  // "days", "hundreds"
};

// Classifies a normalised token form (lower case, diacritics folded). A trailing period
// ("oct.", "sept.") is ignored.
WordInfo ClassifyWord(std::string_view norm);

// Parses an unsigned decimal integer, allowing thousands separators ("15,000"); false when the
// token is not one (a decimal "3.5" is not).
bool ParseInteger(std::string_view s, int64_t* out);

// "31st", "2nd", "3rd", "4th" -> 31, 2, 3, 4; false otherwise.
bool ParseNumericOrdinal(std::string_view s, int* out);

}  // namespace dateline::time

#endif  // DATELINE_TIME_TIME_WORDS_H_
