// Line classification by vocabulary, not by position: a line is chrome when every word of it is
// page vocabulary ("Share", "Open Menu", "Listen to this article") with at least one core chrome
// word, when it starts with a chrome formula ("Reporting by", "Photo:", "We use cookies"), when it
// is a menu (three or more short items separated by | • · »), or when it is a photo credit. A date
// line is a line whose words, once the date and labels (Published, Updated, date ...) and chrome
// words are removed, are nothing or a name. The rules are conservative: a sentence that happens to
// start with "Share" ("Share prices fell 3%.") has other words and stays text.
#include "text/chrome.h"

#include <algorithm>
#include <array>
#include <vector>

namespace dateline {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

constexpr std::array<std::string_view, 60> kCore = {
    "menu",       "share",        "shares",        "tweet",          "email",    "e-mail",
    "print",      "facebook",     "twitter",       "whatsapp",       "linkedin", "telegram",
    "reddit",     "pinterest",    "messenger",     "instagram",      "youtube",  "subscribe",
    "subscribed", "subscription", "newsletter",    "newsletters",    "login",    "signup",
    "comments",   "comment",      "advertisement", "advertisements", "ad",       "ads",
    "sponsored",  "cookies",      "cookie",        "navigation",     "skip",     "search",
    "related",    "bookmark",     "save",          "copy",           "link",     "listen",
    "home",       "trending",     "podcast",       "podcasts",       "video",    "videos",
    "gallery",    "loading",      "privacy",       "sitemap",        "rss",      "more",
    "whatsapp",   "flipboard",    "threads",       "bluesky",        "mail",     "sms"};
constexpr std::array<std::string_view, 74> kAux = {
    "open",     "close",   "this",    "article",  "story",    "on",      "via",   "to",
    "us",       "in",      "up",      "sign",     "log",      "out",     "the",   "our",
    "and",      "read",    "next",    "previous", "back",     "top",     "main",  "content",
    "accept",   "all",     "reject",  "manage",   "settings", "follow",  "x",     "now",
    "free",     "here",    "click",   "watch",    "also",     "see",     "news",  "stories",
    "articles", "most",    "popular", "you",      "may",      "like",    "tags",  "topics",
    "photo",    "photos",  "view",    "views",    "policy",   "use",     "of",    "a",
    "for",      "with",    "your",    "page",     "toggle",   "copied",  "min",   "mins",
    "minute",   "minutes", "time",    "reading",  "terms",    "contact", "about", "share"};
// Labels beside a date on a date line.
constexpr std::array<std::string_view, 26> kDateLabels = {
    "date", "dated", "published", "publish", "updated", "update", "posted",   "last",     "on",
    "at",   "by",    "this",      "story",   "is",      "from",   "first",    "modified", "created",
    "time", "and",   "am",        "pm",      "edited",  "issued", "released", "ist"};
// Formulas that mark a line as chrome wherever they start one.
constexpr std::array<std::string_view, 36> kStrongPrefixes = {"related:",
                                                              "read more:",
                                                              "read also:",
                                                              "also read:",
                                                              "see also:",
                                                              "more:",
                                                              "tags:",
                                                              "topics:",
                                                              "photo:",
                                                              "photos:",
                                                              "photo credit",
                                                              "photograph:",
                                                              "image:",
                                                              "image credit",
                                                              "file photo",
                                                              "(photo",
                                                              "picture:",
                                                              "credit:",
                                                              "\xC2\xA9",
                                                              "(c) ",
                                                              "all rights reserved",
                                                              "reporting by",
                                                              "additional reporting",
                                                              "writing by",
                                                              "editing by",
                                                              "compiled by",
                                                              "we use cookies",
                                                              "this website uses cookies",
                                                              "this site uses cookies",
                                                              "copyright \xC2\xA9",
                                                              "copyright 20",
                                                              "copyright (c)",
                                                              "story continues below",
                                                              "article continues below",
                                                              "cookie policy",
                                                              "our standards:"};
// Formulas that start chrome only in a short line (ten words at most): "Read more about the
// withdrawal in the mission's statement, he said." is a sentence.
constexpr std::array<std::string_view, 21> kWeakPrefixes = {
    "related articles", "related stories", "related news",  "read more",        "read also",
    "also read",        "see also",        "follow us",     "sign up for",      "subscribe to",
    "click here",       "download the",    "download our",  "by continuing to", "by using this",
    "share this",       "share on",        "advertisement", "continue reading", "get the latest",
    "join our"};
constexpr std::array<std::string_view, 10> kRelatedHeadings = {
    "related",     "read more", "more stories", "more from", "you may also like",
    "recommended", "most read", "also read",    "see also",  "further reading"};

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Lower-cases ASCII and turns separators (| • · » › – — and ASCII punctuation) into spaces, so
// that the line splits into plain words.
std::string Simplify(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == 0xE2 && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0x80) {
      out.push_back(' ');  // – — • › … ‘ ’ “ ”
      i += 2;
      continue;
    }
    if (c == 0xC2 && i + 1 < line.size()) {
      unsigned char d = static_cast<unsigned char>(line[i + 1]);
      if (d == 0xB7 || d == 0xBB || d == 0xAB || d == 0xA0) {
        out.push_back(' ');
        ++i;
        continue;
      }
    }
    bool alnum = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (c < 0x80 && !alnum && c != '-' && c != '\'') {
      out.push_back(' ');
      continue;
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : static_cast<char>(c));
  }
  return out;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b) words.push_back(s.substr(b, i - b));
  }
  return words;
}

bool AllDigits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool EndsWithTerminal(std::string_view line) {
  while (!line.empty() && (line.back() == ' ')) line.remove_suffix(1);
  if (line.empty()) return false;
  char c = line.back();
  if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ':' || c == ';')
    return true;
  // ” ’ …
  if (line.size() >= 3 && static_cast<unsigned char>(line[line.size() - 3]) == 0xE2) {
    std::string_view t = line.substr(line.size() - 3);
    return t == "\xE2\x80\x9D" || t == "\xE2\x80\x99" || t == "\xE2\x80\xA6";
  }
  return false;
}

// "Jane Doe", "Faizan Hashmi", "Mohammed al-Amin and Sarah Lee": capitalised words (with
// connectors), no digits, at most eight words.
bool LooksLikeName(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b) words.push_back(s.substr(b, i - b));
  }
  if (words.empty() || words.size() > 8) return false;
  int caps = 0, other = 0;
  for (auto w : words) {
    if (w == "and" || w == "&" || w == "de" || w == "al" || w == "bin" || w == "van" ||
        w == "von" || w == "da" || w == "el" || w == "of")
      continue;
    for (char c : w)
      if (c >= '0' && c <= '9') return false;
    if (IsUpper(static_cast<unsigned char>(w[0])) || static_cast<unsigned char>(w[0]) >= 0xC3)
      ++caps;
    else
      ++other;
  }
  return caps >= 1 && other == 0;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == ',' || s.front() == '|' || s.front() == '-'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '|' || s.back() == '-' ||
                        s.back() == ':'))
    s.remove_suffix(1);
  return s;
}

// Desk names that sign articles but are not authors.
bool GenericAuthor(std::string_view name) {
  std::string lower(name);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view g :
       {"staff reporter", "staff writer", "news desk", "web desk", "our correspondent",
        "correspondent", "agencies", "staff", "editorial board", "news service"}) {
    if (lower == g) return true;
  }
  return false;
}

// "By Jane Doe, Reuters" -> "Jane Doe". Empty when the rest is not a name.
std::string BylineName(std::string_view rest) {
  size_t cut = rest.size();
  for (std::string_view sep :
       {",", " | ", " - ", " in ", " for ", "\xE2\x80\x93", "\xE2\x80\x94", " Published",
        " Updated", " Posted", "|", "\xC2\xB7", "\xE2\x80\xA2"}) {
    size_t f = rest.find(sep);
    if (f != std::string_view::npos && f < cut) cut = f;
  }
  if (auto dt = FindDateTime(rest); dt && dt->begin < cut) cut = dt->begin;
  std::string_view name = Trim(rest.substr(0, cut));
  if (!LooksLikeName(name) || name.size() > 60) return {};
  return std::string(name);
}

}  // namespace

LineInfo ClassifyLine(std::string_view line) {
  LineInfo info;
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\r'))
    line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
    line.remove_suffix(1);
  if (line.empty()) return info;
  info.kind = LineKind::kText;
  if (line.size() > 300) return info;

  std::string simple = Simplify(line);
  std::vector<std::string_view> words = Words(simple);
  std::string_view lower(simple);
  while (!lower.empty() && lower.front() == ' ') lower.remove_prefix(1);

  // Bylines: "By Jane Doe", "BY JANE DOE", "Written by ...", "Author: ...".
  for (std::string_view prefix :
       {"By ", "BY ", "Written by ", "Reported by ", "Author: ", "Authors: "}) {
    // A sentence that starts with "By" ("By Tuesday, the peacekeepers had left.") is not one.
    if (line.substr(0, prefix.size()) == prefix && line.size() <= 160 &&
        !(EndsWithTerminal(line) && words.size() > 6)) {
      std::string name = BylineName(line.substr(prefix.size()));
      if (name.find(' ') == std::string::npos &&
          !(name.size() >= 2 && name.size() <= 6 &&
            std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; })))
        name.clear();  // one word: a name only when it is an agency-like acronym ("By AFP")
      if (!name.empty()) {
        info.kind = LineKind::kByline;
        if (!GenericAuthor(name)) info.author = name;
        if (auto dt = FindDateTime(line)) info.date = dt;
        return info;
      }
    }
  }

  // Chrome formulas at the start of the line.
  if (line.size() <= 200) {
    std::string lower_raw(line);
    for (auto& c : lower_raw)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    for (std::string_view h : kRelatedHeadings) {
      if (lower_raw.size() <= 40 && lower_raw.rfind(h, 0) == 0 &&
          !EndsWithTerminal(line.substr(0, line.size() - (line.back() == ':' ? 1 : 0)))) {
        info.kind = LineKind::kRelated;
        return info;
      }
    }
    for (std::string_view p : kStrongPrefixes) {
      if (lower_raw.rfind(p, 0) == 0) {
        info.kind = LineKind::kChrome;
        return info;
      }
    }
    if (words.size() <= 10) {
      for (std::string_view p : kWeakPrefixes) {
        if (lower_raw.rfind(p, 0) == 0) {
          info.kind = LineKind::kChrome;
          return info;
        }
      }
    }
    // Photo credits anywhere in a short line: "(Photo: AFP)", "Reuters/Getty Images", "/AFP".
    for (std::string_view p :
         {"(photo", "photo:", "getty images", "/afp", "/ afp", "/reuters", "ap photo", "afp photo",
          "reuters photo", "(file photo", "\xC2\xA9"}) {
      if (lower_raw.find(p) != std::string::npos) {
        info.kind = LineKind::kChrome;
        return info;
      }
    }
  }

  // Prose: too long for a headline, a date line or a vocabulary line; only a menu remains possible.
  const bool long_line = words.size() > 25;
  if (!long_line) {
    // Date lines.
    if (auto dt = FindDateTime(line)) {
      std::string before = Simplify(line.substr(0, dt->begin));
      std::string after = Simplify(line.substr(dt->end));
      int priority = 2;
      bool residue = false;
      std::string name_words;
      auto scan = [&](std::string_view part, bool is_before) {
        for (auto w : Words(part)) {
          if (w == "published" || w == "posted" || w == "publish") priority = 3;
          if ((w == "updated" || w == "modified" || w == "update") && priority != 3) priority = 1;
          if (In(kDateLabels, w) || In(kCore, w) || In(kAux, w) || AllDigits(w) || MonthNumber(w))
            continue;
          // Weekday names before a date.
          if (w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" ||
              w == "friday" || w == "saturday" || w == "sunday" || w == "mon" || w == "tue" ||
              w == "wed" || w == "thu" || w == "fri" || w == "sat" || w == "sun")
            continue;
          if (is_before) {
            name_words += ' ';
            name_words += w;
            continue;
          }
          residue = true;
        }
      };
      scan(before, true);
      scan(after, false);
      if (!residue) {
        if (name_words.empty()) {
          info.kind = LineKind::kDate;
        } else {
          // The words before the date must be a name as written ("Faizan Hashmi Published ...").
          std::string_view raw_before = line.substr(0, dt->begin);
          size_t label = std::string_view::npos;
          for (std::string_view l : {"Published", "Posted", "Updated", "PUBLISHED", "UPDATED",
                                     "published", "updated", "|", "Last"}) {
            size_t f = raw_before.find(l);
            if (f != std::string_view::npos && f < label) label = f;
          }
          std::string_view who = Trim(
              raw_before.substr(0, label == std::string_view::npos ? raw_before.size() : label));
          if (LooksLikeName(who) && who.size() <= 60) {
            info.kind = LineKind::kDate;
            if (!GenericAuthor(who)) info.author = std::string(who);
          }
        }
        if (info.kind == LineKind::kDate) {
          info.date = dt;
          info.date_priority = priority;
          return info;
        }
      }
    }
  }

  // Only page vocabulary: "Open Menu", "Share Tweet Email", "Listen to this article 5 min".
  if (!words.empty() && words.size() <= 12) {
    bool core = false, all = true;
    for (auto w : words) {
      if (In(kCore, w)) {
        core = true;
        continue;
      }
      if (In(kAux, w) || AllDigits(w)) continue;
      all = false;
      break;
    }
    if (all && core) {
      info.kind = LineKind::kChrome;
      return info;
    }
    // Mostly page vocabulary and no sentence punctuation: "Africa News Open Menu Search".
    size_t vocab = 0, cores = 0;
    for (auto w : words) {
      if (In(kCore, w)) ++cores;
      if (In(kCore, w) || In(kAux, w)) ++vocab;
    }
    if (cores >= 1 && vocab * 3 > words.size() * 2 && !EndsWithTerminal(line)) {
      info.kind = LineKind::kChrome;
      return info;
    }
  }

  // Menus: three or more short items between separators.
  {
    int seps = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(line[i]);
      if (c == '|')
        ++seps;
      else if (c == '>' && i > 0 && line[i - 1] == ' ' && i + 1 < line.size() && line[i + 1] == ' ')
        ++seps;
      else if (c == 0xE2 && i + 2 < line.size() &&
               static_cast<unsigned char>(line[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(line[i + 2]) == 0xA2 ||
                static_cast<unsigned char>(line[i + 2]) == 0xBA))
        ++seps;
      else if (c == 0xC2 && i + 1 < line.size() &&
               (static_cast<unsigned char>(line[i + 1]) == 0xB7 ||
                static_cast<unsigned char>(line[i + 1]) == 0xBB))
        ++seps;
    }
    if (seps >= 2 && words.size() <= 4 * static_cast<size_t>(seps + 1) && !EndsWithTerminal(line)) {
      info.kind = LineKind::kChrome;
      return info;
    }
  }

  if (!EndsWithTerminal(line) && words.size() <= 25) info.kind = LineKind::kHeadline;
  return info;
}

}  // namespace dateline
