// A small hand-written scanner rather than a regex: it runs on every short line of every page, and
// the formats are few. Dates: ISO 8601 (through NormalizeIsoDateTime), "Month D[st], YYYY" and
// "D[st] [of] Month[,] YYYY", with an optional weekday before. Times after the date, separated by
// at most a few bytes of "|", ",", "-", "at": "H:MM[:SS]" or "H.MM", optional AM/PM (a.m./p.m.),
// optional zone ("GMT", "(IST)", "UTC+5", "+05:00"). Unknown zones leave the time without offset.
#include "text/published.h"

#include <array>
#include <cstdio>

#include "text/metadata.h"

namespace dateline {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

bool EqualsLower(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (Lower(a[i]) != lower[i]) return false;
  return true;
}

size_t WordEnd(std::string_view s, size_t i) {
  while (i < s.size() && IsAlpha(s[i])) ++i;
  return i;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

// Reads 1-2 digits (a day of month) with an optional ordinal suffix; returns the end or npos.
size_t ReadDay(std::string_view s, size_t i, int* day) {
  size_t j = i;
  while (j < s.size() && IsDigit(s[j]) && j - i < 3) ++j;
  if (j == i || j - i > 2) return std::string_view::npos;
  *day = 0;
  for (size_t k = i; k < j; ++k) *day = *day * 10 + (s[k] - '0');
  if (*day < 1 || *day > 31) return std::string_view::npos;
  size_t w = WordEnd(s, j);
  if (w - j == 2) {
    std::string_view suf = s.substr(j, 2);
    if (EqualsLower(suf, "st") || EqualsLower(suf, "nd") || EqualsLower(suf, "rd") ||
        EqualsLower(suf, "th"))
      j = w;
    else
      return std::string_view::npos;
  } else if (w != j) {
    return std::string_view::npos;
  }
  return j;
}

size_t ReadYear(std::string_view s, size_t i, int* year) {
  if (i + 4 > s.size()) return std::string_view::npos;
  for (size_t k = 0; k < 4; ++k)
    if (!IsDigit(s[i + k])) return std::string_view::npos;
  if (i + 4 < s.size() && IsAlnum(s[i + 4])) return std::string_view::npos;
  *year = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
  if (*year < 1900 || *year > 2100) return std::string_view::npos;
  return i + 4;
}

// Reads a month name at i (with an optional trailing period); returns the end or npos.
size_t ReadMonth(std::string_view s, size_t i, int* month) {
  size_t w = WordEnd(s, i);
  if (w == i) return std::string_view::npos;
  *month = MonthNumber(s.substr(i, w - i));
  if (!*month) return std::string_view::npos;
  if (w < s.size() && s[w] == '.') ++w;
  return w;
}

// Date forms starting at i; returns the end or npos.
size_t ReadTextDate(std::string_view s, size_t i, int* y, int* m, int* d) {
  size_t p;
  if (IsAlpha(s[i])) {  // Month D, YYYY
    p = ReadMonth(s, i, m);
    if (p == std::string_view::npos) return p;
    p = SkipSpaces(s, p);
    p = ReadDay(s, p, d);
    if (p == std::string_view::npos) return p;
    if (p < s.size() && s[p] == ',') ++p;
    return ReadYear(s, SkipSpaces(s, p), y);
  }
  p = ReadDay(s, i, d);  // D [of] Month[,] YYYY
  if (p == std::string_view::npos) return p;
  p = SkipSpaces(s, p);
  if (p + 3 <= s.size() && EqualsLower(s.substr(p, 2), "of") && s[p + 2] == ' ')
    p = SkipSpaces(s, p + 2);
  p = ReadMonth(s, p, m);
  if (p == std::string_view::npos) return p;
  if (p < s.size() && s[p] == ',') ++p;
  return ReadYear(s, SkipSpaces(s, p), y);
}

bool ValidDay(int y, int m, int d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::string FormatOffset(int minutes) {
  char buf[24];
  int a = minutes < 0 ? -minutes : minutes;
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", minutes < 0 ? '-' : '+', a / 60, a % 60);
  return buf;
}

// Reads a numeric offset "+05:00", "+0500", "+5", "-03:30" at i; returns the end or npos.
size_t ReadNumericOffset(std::string_view s, size_t i, int* minutes) {
  if (i >= s.size() || (s[i] != '+' && s[i] != '-')) return std::string_view::npos;
  int sign = s[i] == '-' ? -1 : 1;
  size_t j = i + 1, k = j;
  while (k < s.size() && IsDigit(s[k]) && k - j < 4) ++k;
  int h = 0, m = 0;
  if (k - j == 4) {
    h = (s[j] - '0') * 10 + (s[j + 1] - '0');
    m = (s[j + 2] - '0') * 10 + (s[j + 3] - '0');
  } else if (k - j == 1 || k - j == 2) {
    for (size_t d = j; d < k; ++d) h = h * 10 + (s[d] - '0');
    if (k + 2 < s.size() && s[k] == ':' && IsDigit(s[k + 1]) && IsDigit(s[k + 2])) {
      m = (s[k + 1] - '0') * 10 + (s[k + 2] - '0');
      k += 3;
    }
  } else {
    return std::string_view::npos;
  }
  if (h > 14 || m > 59) return std::string_view::npos;
  *minutes = sign * (h * 60 + m);
  return k;
}

// Time of day after a date, starting at i. Appends "Thh:mm[:ss][±hh:mm]" to *iso.
size_t ReadTime(std::string_view s, size_t i, std::string* iso) {
  // Separators between date and time: spaces , | - – — / · @ "at".
  size_t p = i, limit = i + 12;
  while (p < s.size() && p < limit) {
    char c = s[p];
    if (c == ' ' || c == ',' || c == '|' || c == '-' || c == '/' || c == '@' || c == '\t') {
      ++p;
      continue;
    }
    if (static_cast<unsigned char>(c) == 0xE2 && p + 2 < s.size()) {
      p += 3;
      continue;
    }  // – — ·
    if (static_cast<unsigned char>(c) == 0xC2 && p + 1 < s.size() &&
        static_cast<unsigned char>(s[p + 1]) == 0xB7) {
      p += 2;
      continue;
    }
    if (EqualsLower(s.substr(p, 2), "at") && p + 2 < s.size() && s[p + 2] == ' ') {
      p += 3;
      continue;
    }
    break;
  }
  size_t h0 = p;
  while (p < s.size() && IsDigit(s[p]) && p - h0 < 3) ++p;
  if (p == h0 || p - h0 > 2 || p + 2 >= s.size() || (s[p] != ':' && s[p] != '.'))
    return std::string_view::npos;
  if (!IsDigit(s[p + 1]) || !IsDigit(s[p + 2])) return std::string_view::npos;
  int hour = 0;
  for (size_t k = h0; k < p; ++k) hour = hour * 10 + (s[k] - '0');
  int minute = (s[p + 1] - '0') * 10 + (s[p + 2] - '0');
  p += 3;
  int second = -1;
  if (p + 2 < s.size() + 0 && s[p] == ':' && IsDigit(s[p + 1]) && p + 2 < s.size() &&
      IsDigit(s[p + 2])) {
    second = (s[p + 1] - '0') * 10 + (s[p + 2] - '0');
    p += 3;
  }
  if (p < s.size() && IsDigit(s[p])) return std::string_view::npos;
  size_t q = SkipSpaces(s, p);
  // AM / PM, a.m. / p.m.
  size_t w = WordEnd(s, q);
  std::string_view word = s.substr(q, w - q);
  bool am = false, pm = false;
  if (EqualsLower(word, "am") || EqualsLower(word, "pm")) {
    am = Lower(word[0]) == 'a';
    pm = !am;
    p = w;
  } else if (q + 3 < s.size() + 1 && q + 4 <= s.size() &&
             (EqualsLower(s.substr(q, 4), "a.m.") || EqualsLower(s.substr(q, 4), "p.m."))) {
    am = Lower(s[q]) == 'a';
    pm = !am;
    p = q + 4;
  }
  if (am || pm) {
    if (hour < 1 || hour > 12) return std::string_view::npos;
    if (pm && hour != 12) hour += 12;
    if (am && hour == 12) hour = 0;
  }
  if (hour > 23 || minute > 59 || second > 59) return std::string_view::npos;
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
  iso->append(buf);
  if (second >= 0) {
    std::snprintf(buf, sizeof buf, ":%02d", second);
    iso->append(buf);
  }
  // Zone: "GMT", "(IST)", "UTC+5", "GMT+05:30", "+0500".
  q = SkipSpaces(s, p);
  bool paren = q < s.size() && s[q] == '(';
  if (paren) ++q;
  int offset = 0;
  bool have_offset = false;
  size_t e = ReadNumericOffset(s, q, &offset);
  if (e != std::string_view::npos) {
    have_offset = true;
  } else {
    w = WordEnd(s, q);
    if (w > q && w - q <= 5) {
      auto z = ZoneOffsetMinutes(s.substr(q, w - q));
      if (z) {
        offset = *z;
        have_offset = true;
        e = w;
        int extra = 0;
        size_t e2 = ReadNumericOffset(s, w, &extra);  // GMT+5
        if (e2 != std::string_view::npos && *z == 0) {
          offset = extra;
          e = e2;
        }
      }
    }
  }
  if (have_offset) {
    iso->append(FormatOffset(offset));
    p = e;
    if (paren && p < s.size() && s[p] == ')') ++p;
  }
  return p;
}

}  // namespace

int MonthNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (w.size() < 3 || w.size() > 9) return 0;
  for (int i = 0; i < 12; ++i) {
    if (EqualsLower(w, kFull[i]) || EqualsLower(w, kFull[i].substr(0, 3))) return i + 1;
  }
  if (EqualsLower(w, "sept")) return 9;
  return 0;
}

std::optional<int> ZoneOffsetMinutes(std::string_view z) {
  struct Zone {
    std::string_view name;
    int minutes;
  };
  static constexpr Zone kZones[] = {
      {"gmt", 0},    {"utc", 0},    {"z", 0},      {"wet", 0},    {"bst", 60},   {"cet", 60},
      {"wat", 60},   {"cest", 120}, {"eet", 120},  {"cat", 120},  {"sast", 120}, {"eest", 180},
      {"eat", 180},  {"msk", 180},  {"ast", 180},  {"irst", 210}, {"gst", 240},  {"aft", 270},
      {"pkt", 300},  {"ist", 330},  {"npt", 345},  {"bdt", 360},  {"mmt", 390},  {"ict", 420},
      {"wib", 420},  {"sgt", 480},  {"hkt", 480},  {"pht", 480},  {"jst", 540},  {"kst", 540},
      {"aest", 600}, {"edt", -240}, {"est", -300}, {"cdt", -300}, {"mdt", -360}, {"mst", -420},
      {"pdt", -420}, {"pst", -480}};
  for (const Zone& zone : kZones) {
    if (EqualsLower(z, zone.name)) return zone.minutes;
  }
  return std::nullopt;
}

std::optional<DateTimeMatch> FindDateTime(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsAlnum(s[i]) || (i > 0 && IsAlnum(s[i - 1]))) continue;
    // Dates start with a digit or with the first letter of a month name.
    switch (Lower(s[i])) {
      case 'j':
      case 'f':
      case 'm':
      case 'a':
      case 's':
      case 'o':
      case 'n':
      case 'd':
        break;
      default:
        if (!IsDigit(s[i])) continue;
    }
    // ISO 8601.
    if (i + 10 <= s.size() && IsDigit(s[i]) && IsDigit(s[i + 3]) && s[i + 4] == '-' &&
        s[i + 7] == '-') {
      size_t e = i;
      while (e < s.size() && (IsDigit(s[e]) || s[e] == '-' || s[e] == ':' || s[e] == 'T' ||
                              s[e] == '+' || s[e] == 'Z' || s[e] == '.'))
        ++e;
      // "2023-10-31 15:10" with a space.
      if (e == i + 10 && e + 6 <= s.size() && s[e] == ' ' && IsDigit(s[e + 1]) && s[e + 3] == ':') {
        e += 1;
        while (e < s.size() && (IsDigit(s[e]) || s[e] == ':' || s[e] == '+' || s[e] == '.')) ++e;
      }
      if (auto iso = NormalizeIsoDateTime(s.substr(i, e - i))) {
        DateTimeMatch m;
        m.iso = *iso;
        m.begin = i;
        m.end = e;
        m.has_time = iso->size() > 10;
        if (!m.has_time) {
          size_t t = ReadTime(s, e, &m.iso);
          if (t != std::string_view::npos) {
            m.end = t;
            m.has_time = true;
          }
        }
        return m;
      }
      continue;
    }
    int y = 0, mo = 0, d = 0;
    size_t e = ReadTextDate(s, i, &y, &mo, &d);
    if (e == std::string_view::npos || !ValidDay(y, mo, d)) continue;
    DateTimeMatch m;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
    m.iso = buf;
    m.begin = i;
    m.end = e;
    size_t t = ReadTime(s, e, &m.iso);
    if (t != std::string_view::npos) {
      m.end = t;
      m.has_time = true;
    }
    return m;
  }
  return std::nullopt;
}

}  // namespace dateline
