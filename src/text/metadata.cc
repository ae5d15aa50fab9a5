// Page-level decisions over classified lines (chrome.cc):
//  1. The header zone is the run of leading lines that are blank, chrome, bylines, date lines,
//     mastheads (short lines repeated down the page) or one headline (the title, when the
//     container gave none or gave the same text).
//  2. The body starts at the first line after the header, past the dateline when there is one
//     (dateline.cc) at the start of that line, of the first text line after a deck, or after a
//     title glued to the story ("Title. CITY (AP) -- ..."); it ends at the last line that is
//     not chrome.
//  3. Inside the body, chrome lines, bylines, date lines, "Related" headings with the link lines
//     under them, "related stories" lists glued to a paragraph's end, and short lines repeated
//     elsewhere on the page are cut out; what remains are the regions sentences are split in.
//     Everything not recognised stays: when unsure, keep.
//  4. Publication date: the date line with the strongest label (Published > plain > Updated),
//     else a full date in the dateline; a container's date-only value is refined by a page time
//     on the same day. Agencies: agencies.cc over the whole text plus the dateline's agency.
#include "text/metadata.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>

#include "text/agencies.h"
#include "text/chrome.h"
#include "text/dateline.h"
#include "text/published.h"

namespace dateline {
namespace {

bool Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

}  // namespace

std::optional<std::string> NormalizeIsoDateTime(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (!(Digits(s, 0, 4) && s.size() >= 10 && s[4] == '-' && Digits(s, 5, 2) && s[7] == '-' &&
        Digits(s, 8, 2)))
    return std::nullopt;
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return std::nullopt;
  int year = std::stoi(std::string(s.substr(0, 4)));
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return std::nullopt;
  std::string out(s.substr(0, 10));
  if (s.size() == 10) return out;
  if (!(s[10] == 'T' || s[10] == ' ') || !Digits(s, 11, 2) || s.size() < 16 || s[13] != ':' ||
      !Digits(s, 14, 2))
    return out;  // a date followed by something else: keep the date
  int hour = (s[11] - '0') * 10 + (s[12] - '0'), minute = (s[14] - '0') * 10 + (s[15] - '0');
  if (hour > 23 || minute > 59) return out;  // not a time of day: keep the date
  if (s.size() >= 19 && s[16] == ':' && Digits(s, 17, 2) && (s[17] - '0') * 10 + (s[18] - '0') > 60)
    return out;
  out += 'T';
  out.append(s.substr(11, 5));
  size_t p = 16;
  if (p + 3 <= s.size() && s[p] == ':' && Digits(s, p + 1, 2)) {
    out.append(s.substr(p, 3));
    p += 3;
  }
  if (p < s.size() && s[p] == '.') {  // fractional seconds: dropped
    ++p;
    while (p < s.size() && std::isdigit(static_cast<unsigned char>(s[p]))) ++p;
  }
  if (p < s.size()) {
    if (s[p] == 'Z') {
      out += "+00:00";
    } else if ((s[p] == '+' || s[p] == '-') && Digits(s, p + 1, 2)) {
      out += s[p];
      out.append(s.substr(p + 1, 2));
      out += ':';
      size_t m = s[p + 3] == ':' ? p + 4 : p + 3;
      out.append(Digits(s, m, 2) ? std::string(s.substr(m, 2)) : std::string("00"));
    }
  }
  return out;
}

namespace {

struct Line {
  uint32_t begin, end;  // trimmed content
  LineInfo info;
  bool chrome = false;  // cut out of the body
};

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::vector<Line> SplitLines(std::string_view t) {
  std::vector<Line> lines;
  size_t i = 0;
  while (i <= t.size()) {
    size_t nl = t.find('\n', i);
    if (nl == std::string_view::npos) nl = t.size();
    size_t b = i, e = nl;
    while (b < e && IsSpaceByte(t[b])) ++b;
    while (e > b && IsSpaceByte(t[e - 1])) --e;
    // Non-breaking spaces at the ends (C2 A0).
    while (e - b >= 2 && static_cast<unsigned char>(t[b]) == 0xC2 &&
           static_cast<unsigned char>(t[b + 1]) == 0xA0)
      b += 2;
    Line l;
    l.begin = static_cast<uint32_t>(b);
    l.end = static_cast<uint32_t>(e);
    l.info = ClassifyLine(t.substr(b, e - b));
    lines.push_back(std::move(l));
    if (nl == t.size()) break;
    i = nl + 1;
  }
  return lines;
}

bool SameText(std::string_view a, std::string_view b) {
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.remove_suffix(1);
    return s;
  };
  a = trim(a);
  b = trim(b);
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

// Where a "related stories" list glued to the end of a paragraph starts ("... added. related
// stories narendra modi visits ..."), as the end of the text before it; `end` when there is none.
uint32_t InlineRelatedCut(std::string_view t, uint32_t begin, uint32_t end) {
  std::string_view line = t.substr(begin, end - begin);
  for (std::string_view marker :
       {"related stories", "Related stories", "RELATED STORIES", "Related Stories",
        "related articles", "Related articles", "Related Articles"}) {
    size_t p = line.find(marker);
    while (p != std::string_view::npos && p > 0) {
      size_t q = p;
      while (q > 0 && line[q - 1] == ' ') --q;
      if (q > 0 && q < p &&
          (line[q - 1] == '.' || line[q - 1] == '!' || line[q - 1] == '?' || line[q - 1] == '"'))
        return begin + static_cast<uint32_t>(q);
      p = line.find(marker, p + 1);
    }
  }
  return end;
}

bool IsChromeKind(LineKind k) {
  return k == LineKind::kChrome || k == LineKind::kRelated || k == LineKind::kByline ||
         k == LineKind::kDate;
}

}  // namespace

std::vector<Span> ExtractPageMetadata(Document& doc) {
  const std::string_view t = doc.article.text;
  std::vector<Span> regions;
  std::vector<Line> lines = SplitLines(t);
  auto text_of = [&](const Line& l) { return t.substr(l.begin, l.end - l.begin); };
  const size_t n = lines.size();

  // Short lines that occur more than once on the page (repeated headers, menu entries).
  std::unordered_map<std::string_view, int> seen;
  for (const Line& l : lines) {
    if (l.info.kind == LineKind::kHeadline || l.info.kind == LineKind::kChrome) ++seen[text_of(l)];
  }

  // 1. Header zone.
  size_t first = 0;
  std::optional<size_t> title_line, repeated_line;
  for (; first < n; ++first) {
    const Line& l = lines[first];
    LineKind k = l.info.kind;
    if (k == LineKind::kBlank || IsChromeKind(k)) continue;
    if (k == LineKind::kHeadline) {
      if (doc.title && SameText(*doc.title, text_of(l))) {
        title_line = first;
        continue;
      }
      if (seen[text_of(l)] > 1) {  // a masthead or section name repeated down the page
        if (!repeated_line) repeated_line = first;
        continue;
      }
      if (!title_line && !doc.title) {
        title_line = first;
        continue;
      }
    }
    break;
  }
  if (!title_line) title_line = repeated_line;
  if (first == n && title_line)
    first = *title_line;  // only a headline: keep it as the body
  else if (title_line && !doc.title)
    doc.title = std::string(text_of(lines[*title_line]));

  // 2. Body start and dateline.
  uint32_t body_start = first < n ? lines[first].begin : static_cast<uint32_t>(t.size());
  std::string dateline_date;
  // The dateline opens the first body line, or the first text line after a deck or a second
  // headline ("The fall of the town is the biggest setback ..."), which then join the header.
  for (size_t k = first, tried = 0; k < n && tried < 3; ++k) {
    LineKind kind = lines[k].info.kind;
    if (kind == LineKind::kBlank || (k > first && IsChromeKind(kind))) continue;
    ++tried;
    if (auto m = MatchDateline(t, lines[k].begin)) {
      doc.dateline = m->info;
      dateline_date = m->date_iso;
      body_start = m->body_start;
      first = k;
      // The dateline may end its line ("BAMAKO (AFP) —\n"): skip lines it consumed.
      while (first + 1 < n && lines[first + 1].begin <= body_start &&
             lines[first].end <= body_start)
        ++first;
      break;
    }
    if (kind != LineKind::kHeadline) break;  // prose before any dateline: there is none
  }

  // A title glued to the story on one line: "Ohio recession: Pay cuts. MOUNT GILEAD (AP) -- A
  // city court ...". Only a dateline with a bracketed agency counts here, right after one of the
  // first two full stops of the line.
  if (!doc.dateline && first < n) {
    const Line& l = lines[first];
    size_t from = l.begin;
    for (int k = 0; k < 2; ++k) {
      size_t dot = t.find(". ", from);
      if (dot == std::string_view::npos || dot >= l.end || dot - l.begin > 200) break;
      size_t at = dot + 2;
      while (at < l.end && t[at] == ' ') ++at;
      auto m = at < l.end ? MatchDateline(t, at) : std::nullopt;
      if (m && m->info.agency) {
        if (!doc.title) doc.title = std::string(t.substr(l.begin, dot - l.begin));
        doc.dateline = m->info;
        dateline_date = m->date_iso;
        body_start = m->body_start;
        break;
      }
      from = dot + 2;
    }
  }

  // 3. Chrome inside the body.
  bool in_related = false;
  for (size_t i = first; i < n; ++i) {
    Line& l = lines[i];
    LineKind k = l.info.kind;
    if (k == LineKind::kBlank) continue;
    if (k == LineKind::kRelated) {
      l.chrome = true;
      in_related = true;
      continue;
    }
    if (in_related) {
      if (k == LineKind::kHeadline || IsChromeKind(k)) {
        l.chrome = true;
        continue;
      }
      in_related = false;
    }
    if (IsChromeKind(k)) {
      l.chrome = true;
      continue;
    }
    if (k == LineKind::kHeadline && seen[text_of(l)] > 1) l.chrome = true;
    if (i == first) l.chrome = false;  // the opening line of the body is never cut
  }
  uint32_t body_end = body_start;
  for (size_t i = first; i < n; ++i) {
    if (!lines[i].chrome && lines[i].info.kind != LineKind::kBlank)
      body_end = std::max(body_end, lines[i].end);
  }
  doc.body = {body_start, body_end};
  // Regions: runs of kept lines.
  std::optional<Span> cur;
  for (size_t i = first; i < n; ++i) {
    const Line& l = lines[i];
    if (l.info.kind == LineKind::kBlank) continue;
    if (l.chrome) {
      if (cur) regions.push_back(*cur);
      cur.reset();
      continue;
    }
    uint32_t b = std::max(l.begin, body_start);
    if (b >= l.end) continue;
    uint32_t e = InlineRelatedCut(t, b, l.end);
    if (!cur)
      cur = Span{b, e};
    else
      cur->end = e;
    if (e < l.end) {  // "... said. related stories<links>": the rest of the line is links
      regions.push_back(*cur);
      cur.reset();
    }
  }
  if (cur) regions.push_back(*cur);
  if (!regions.empty()) doc.body.end = std::min(doc.body.end, regions.back().end);

  // 4. Published date, author.
  const Line* best = nullptr;
  for (const Line& l : lines) {
    if (l.info.kind != LineKind::kDate || !l.info.date) continue;
    if (!best || l.info.date_priority > best->info.date_priority ||
        (l.info.date_priority == best->info.date_priority && !best->info.date->has_time &&
         l.info.date->has_time &&
         l.info.date->iso.substr(0, 10) == best->info.date->iso.substr(0, 10)))
      best = &l;
  }
  std::optional<std::string> page_date;
  if (best) {
    page_date = best->info.date->iso;
    // A plain date line and a later line with the time of the same day.
    for (const Line& l : lines) {
      if (!page_date || page_date->size() > 10) break;
      if (l.info.date && l.info.date->has_time && l.info.date->iso.substr(0, 10) == *page_date &&
          (l.info.kind == LineKind::kDate || l.info.kind == LineKind::kByline))
        page_date = l.info.date->iso;
    }
  } else if (!dateline_date.empty()) {
    page_date = dateline_date;
  }
  if (page_date) {
    if (!doc.published)
      doc.published = page_date;
    else if (doc.published->size() == 10 && page_date->size() > 10 &&
             page_date->substr(0, 10) == *doc.published)
      doc.published = page_date;
  }
  if (!doc.author) {
    for (const Line& l : lines) {
      if (!l.info.author.empty() &&
          (l.info.kind == LineKind::kByline || l.info.kind == LineKind::kDate)) {
        doc.author = l.info.author;
        break;
      }
    }
  }

  // 5. Agencies.
  FindAgencies(t, &doc.agencies);
  if (doc.dateline && doc.dateline->agency) {
    const std::string& a = *doc.dateline->agency;
    if (std::find(doc.agencies.begin(), doc.agencies.end(), a) == doc.agencies.end())
      doc.agencies.insert(doc.agencies.begin(), a);
  }
  return regions;
}

}  // namespace dateline
