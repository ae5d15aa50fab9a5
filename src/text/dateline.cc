// A hand-written recogniser over the first line of the body. Grammar (bytes, left to right):
//   place      := CapWord ( " " CapWord ){0,4}              CapWord: upper-case initial
//   qualifier  := "," ( CapWord{1,4} | Month Day | Day Month ) [ "," Year ]
//   agency     := "(" first-segment [ (" - " | "/" | ",") rest ] ")"
//   dash       := "-" | "--" | "—" | "–" | ":" | U+0097 (a mis-decoded em dash)
//   dateline   := place qualifier{0,3} [","] [agency] [dash]
// The agency's first segment is canonicalised (CanonicalAgency) or kept when it is a short
// acronym; a bracket that holds something else ("(FAMa)") means this is not a dateline. Text that
// was lower-cased as a whole ("lucknow: the ...") gets its own, stricter pattern.
#include "text/dateline.h"

#include <array>

#include "text/agencies.h"
#include "text/published.h"

namespace dateline {
namespace {

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiLetter(unsigned char c) { return IsUpper(c) || IsLower(c); }

// A word starting with an upper-case ASCII letter or a non-ASCII letter; returns its end.
size_t CapWord(std::string_view s, size_t i) {
  if (i >= s.size()) return i;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (!IsUpper(c) && c < 0xC3) return i;
  size_t j = i;
  while (j < s.size()) {
    unsigned char d = static_cast<unsigned char>(s[j]);
    if (IsAsciiLetter(d) || d >= 0x80 || d == '\'') {
      ++j;
      continue;
    }
    if (d == '.') {
      // "U.S." goes on; "St." / "Ft." end the word with their period; "Day." ends before it.
      if (j + 1 < s.size() && IsAsciiLetter(static_cast<unsigned char>(s[j + 1]))) {
        ++j;
        continue;
      }
      if (j - i <= 2) ++j;
      break;
    }
    if (d == '-' && j + 1 < s.size() && IsAsciiLetter(static_cast<unsigned char>(s[j + 1]))) {
      ++j;
      continue;
    }
    break;
  }
  // Stop before an em/en dash glued to the word (U+2013, U+2014 start with E2 80).
  for (size_t k = i; k + 1 < j; ++k) {
    if (static_cast<unsigned char>(s[k]) == 0xE2 && static_cast<unsigned char>(s[k + 1]) == 0x80)
      return k;
  }
  return j;
}

size_t Spaces(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

// Length of a dash at s[i] ("-", "--", "—", "–", ":"), or 0.
size_t Dash(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '-') return (i + 1 < s.size() && s[i + 1] == '-') ? 2 : 1;
  if (s[i] == ':') return 1;
  // U+0097: an em dash that went through Windows-1252 as a C1 control ("(AP) \u0097 Police").
  if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x97)
    return 2;
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0x93 ||
       static_cast<unsigned char>(s[i + 2]) == 0x94))
    return 3;
  return 0;
}

bool AllCaps(std::string_view s) {
  int letters = 0;
  for (unsigned char c : s) {
    if (IsLower(c)) return false;
    if (IsUpper(c)) ++letters;
  }
  return letters >= 2;
}

// "KIDAL" -> "Kidal", "PORT-AU-PRINCE" -> "Port-Au-Prince"; other text unchanged.
std::string TitleCase(std::string_view s) {
  std::string out(s);
  if (!AllCaps(s)) return out;
  bool start = true;
  for (char& c : out) {
    unsigned char u = static_cast<unsigned char>(c);
    if (IsAsciiLetter(u)) {
      if (!start) c = static_cast<char>(u | 0x20);
      start = false;
    } else {
      start = true;
    }
  }
  return out;
}

bool StopWord(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kStop = {
      "The",   "A",    "An",    "In", "On", "At",  "But",  "However",
      "After", "When", "While", "As", "He", "She", "They", "It"};
  for (auto s : kStop)
    if (w == s) return true;
  return false;
}

// Capitalised openings that are labels or organisations, not places: "BREAKING NEWS:", "UN:".
bool NotAPlace(std::string_view place) {
  static constexpr std::array<std::string_view, 30> kLabels = {
      "BREAKING",   "NEWS",    "UPDATE",    "UPDATED",   "EXCLUSIVE", "WATCH",
      "VIDEO",      "PHOTOS",  "ANALYSIS",  "OPINION",   "EDITORIAL", "LIVE",
      "CORRECTION", "FACTBOX", "EXPLAINER", "INTERVIEW", "ALERT",     "URGENT",
      "FLASH",      "REFILE",  "ADVISORY",  "FEATURE",   "UN",        "US",
      "EU",         "AU",      "NATO",      "WHO",       "POLICE",    "REPORT"};
  size_t i = 0;
  while (i < place.size()) {
    size_t sp = place.find(' ', i);
    if (sp == std::string_view::npos) sp = place.size();
    std::string upper(place.substr(i, sp - i));
    for (auto& c : upper)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    for (auto l : kLabels)
      if (upper == l) return true;
    i = sp + 1;
  }
  return false;
}

// A "Month D" / "D Month" qualifier (with an optional ", YYYY"); returns its end or npos.
size_t DateQualifier(std::string_view s, size_t i) {
  size_t w = i;
  while (w < s.size() && IsAsciiLetter(static_cast<unsigned char>(s[w]))) ++w;
  size_t p;
  if (w > i && MonthNumber(s.substr(i, w - i))) {
    p = Spaces(s, w < s.size() && s[w] == '.' ? w + 1 : w);
    size_t d = p;
    while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
    if (p == d || p - d > 2) return std::string_view::npos;
  } else {
    p = i;
    while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
    if (p == i || p - i > 2) return std::string_view::npos;
    size_t m = Spaces(s, p);
    w = m;
    while (w < s.size() && IsAsciiLetter(static_cast<unsigned char>(s[w]))) ++w;
    if (w == m || !MonthNumber(s.substr(m, w - m))) return std::string_view::npos;
    p = w;
  }
  // Optional ", 2023".
  size_t q = p;
  if (q < s.size() && s[q] == ',') {
    size_t y = Spaces(s, q + 1);
    size_t e = y;
    while (e < s.size() && s[e] >= '0' && s[e] <= '9') ++e;
    if (e - y == 4) p = e;
  }
  return p;
}

// Lower-cased copy ("lucknow: the all-india ..."), as some archives store it: one to three
// lower-case words and a colon open the text, and the text has almost no capitals at all.
std::optional<DatelineMatch> LowerCaseDateline(std::string_view text, std::string_view s,
                                               size_t pos) {
  size_t p = pos, words = 0;
  while (p < s.size() && words < 3) {
    size_t b = p;
    while (p < s.size() && IsLower(static_cast<unsigned char>(s[p]))) ++p;
    if (p == b) return std::nullopt;
    ++words;
    if (p < s.size() && s[p] == ' ' && p + 1 < s.size() &&
        IsLower(static_cast<unsigned char>(s[p + 1]))) {
      ++p;
      continue;
    }
    break;
  }
  if (p + 1 >= s.size() || s[p] != ':' || s[p + 1] != ' ' || p - pos < 3) return std::nullopt;
  size_t letters = 0, capitals = 0;
  for (size_t i = pos, e = std::min(text.size(), pos + 4000); i < e; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    letters += IsAsciiLetter(c);
    capitals += IsUpper(c);
  }
  if (letters < 200 || capitals * 200 > letters)
    return std::nullopt;  // ordinary text: "police: ..." is no dateline
  std::string place(s.substr(pos, p - pos));
  if (NotAPlace(place)) return std::nullopt;
  bool start = true;
  for (char& c : place) {
    if (start && IsLower(static_cast<unsigned char>(c))) c = static_cast<char>(c - 32);
    start = c == ' ' || c == '-';
  }
  DatelineMatch m;
  m.info.place = place;
  m.info.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(p + 1)};
  m.body_start = static_cast<uint32_t>(Spaces(text, p + 1));
  return m;
}

}  // namespace

std::optional<DatelineMatch> MatchDateline(std::string_view text, size_t pos) {
  // Work on the first line only, at most 300 bytes.
  size_t limit = pos;
  while (limit < text.size() && text[limit] != '\n' && limit - pos < 300) ++limit;
  std::string_view s = text.substr(0, limit);
  if (auto m = LowerCaseDateline(text, s, pos)) return m;

  // Place.
  size_t p = pos, place_end = pos;
  int words = 0;
  while (words < 5) {
    size_t e = CapWord(s, p);
    if (e == p) break;
    place_end = e;
    ++words;
    if (e < s.size() && s[e] == ' ' && CapWord(s, e + 1) > e + 1) {
      p = e + 1;
      continue;
    }
    break;
  }
  if (words == 0) return std::nullopt;
  std::string_view place = s.substr(pos, place_end - pos);
  while (!place.empty() && place.back() == '.')
    place.remove_suffix(1);  // "Gen." is not a place end
  if (place.size() > 40 || place.size() < 2) return std::nullopt;
  {
    size_t sp = place.find(' ');
    if (StopWord(place.substr(0, sp)) && !AllCaps(place)) return std::nullopt;
    if (NotAPlace(place)) return std::nullopt;
  }

  DatelineMatch m;
  // Qualifiers.
  size_t q = place_end;
  for (int k = 0; k < 3 && q < s.size() && s[q] == ','; ++k) {
    size_t r = Spaces(s, q + 1);
    if (r < s.size() && s[r] == '(') {
      q = r;
      break;
    }
    size_t d = DateQualifier(s, r);
    if (d != std::string_view::npos) {
      q = d;
      continue;
    }
    size_t e = r, qw = 0;
    while (qw < 4) {
      size_t we = CapWord(s, e);
      if (we == e) break;
      ++qw;
      if (we < s.size() && s[we] == ' ' && CapWord(s, we + 1) > we + 1) {
        e = we + 1;
        continue;
      }
      e = we;
      break;
    }
    if (qw == 0) return std::nullopt;
    if (e < s.size() && s[e] == '.') ++e;  // "ORLANDO, Fla. (AP)"
    if (m.info.region.empty()) m.info.region = TitleCase(s.substr(r, e - r));
    q = e;
  }
  q = Spaces(s, q);

  // Agency in brackets.
  bool have_agency = false;
  size_t end = q;
  if (q < s.size() && s[q] == '(') {
    size_t close = s.find(')', q);
    if (close == std::string_view::npos || close - q > 160) return std::nullopt;
    std::string_view inside = s.substr(q + 1, close - q - 1);
    size_t cut = inside.size();
    for (std::string_view sep : {" - ", "/", ",", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      size_t f = inside.find(sep);
      if (f != std::string_view::npos && f < cut) cut = f;
    }
    std::string_view first = inside.substr(0, cut);
    while (!first.empty() && first.back() == ' ') first.remove_suffix(1);
    while (!first.empty() && first.front() == ' ') first.remove_prefix(1);
    std::string_view canonical = CanonicalAgency(first);
    if (!canonical.empty()) {
      m.info.agency = std::string(canonical);
    } else if (first.size() >= 2 && first.size() <= 6 && AllCaps(first) && cut < inside.size()) {
      m.info.agency = std::string(first);  // an unlisted agency in the "(XYZ - Site)" form
    } else {
      return std::nullopt;
    }
    have_agency = true;
    if (auto dt = FindDateTime(inside)) m.date_iso = dt->iso.substr(0, 10);
    end = close + 1;
    q = Spaces(s, end);
  }

  // Dash.
  size_t dash = Dash(s, q);
  bool have_dash = false;
  if (dash && (q + dash >= s.size() || s[q + dash] == ' ')) {
    have_dash = true;
    end = q + dash;
  }
  // Without an agency only "KIDAL, Mali —" (the place in capitals, then a dash) is a dateline.
  if (!have_agency && !(have_dash && AllCaps(place))) return std::nullopt;
  size_t body = Spaces(text, end);
  while (body < text.size() && (text[body] == '\n' || text[body] == '\r' || text[body] == ' '))
    ++body;
  if (body >= text.size()) return std::nullopt;  // nothing after it: not a dateline

  m.info.place = TitleCase(place);
  m.info.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(end)};
  m.body_start = static_cast<uint32_t>(body);
  return m;
}

}  // namespace dateline
