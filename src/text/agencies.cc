// One pass over the bytes: at each word start with an upper-case letter (or "dpa"), the few table
// entries beginning with that byte are compared in place. No per-agency pass over the text, no
// allocation, so the scan costs about as much as a memchr-heavy loop over the article.
#include "text/agencies.h"

#include <algorithm>
#include <array>

namespace dateline {
namespace {

struct Entry {
  std::string_view written;    // as it appears in text (case-sensitive)
  std::string_view canonical;  // the name reported
  bool needs_context;          // an ambiguous acronym: only counts in an agency context
};

// Longer spellings first so that "Associated Press of Pakistan" wins over "Associated Press".
constexpr Entry kEntries[] = {
    {"Agence France-Presse", "AFP", false},
    {"Agence France Presse", "AFP", false},
    {"AFP", "AFP", false},
    {"Associated Press of Pakistan", "APP", false},
    {"Associated Press", "AP", false},
    {"APP", "APP", true},
    {"AP", "AP", true},
    {"APS", "APS", true},
    {"ANSA", "ANSA", false},
    {"Anadolu", "Anadolu", false},
    {"ANI", "ANI", true},
    {"Antara", "Antara", true},
    {"ACP", "ACP", true},
    {"BSS", "BSS", true},
    {"Bernama", "Bernama", false},
    {"Deutsche Presse-Agentur", "DPA", false},
    {"DPA", "DPA", false},
    {"dpa", "DPA", true},
    {"EFE", "EFE", false},
    {"Interfax", "Interfax", false},
    {"IRNA", "IRNA", false},
    {"IANS", "IANS", false},
    {"Kyodo", "Kyodo", false},
    {"KUNA", "KUNA", false},
    {"MENA", "MENA", true},
    {"MAP", "MAP", true},
    {"NAN", "NAN", true},
    {"Press Trust of India", "PTI", false},
    {"PTI", "PTI", true},
    {"Reuters", "Reuters", false},
    {"REUTERS", "Reuters", false},
    {"RIA Novosti", "RIA Novosti", false},
    {"SANA", "SANA", true},
    {"SUNA", "SUNA", true},
    {"Sputnik", "Sputnik", true},
    {"TASS", "TASS", false},
    {"Tass", "TASS", true},
    {"UNB", "UNB", true},
    {"UNI", "UNI", true},
    {"Ukrinform", "Ukrinform", false},
    {"WAFA", "WAFA", false},
    {"Xinhua", "Xinhua", false},
    {"XINHUA", "Xinhua", false},
    {"Yonhap", "Yonhap", false},
};

bool IsAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

// The word (ASCII letters) that ends just before `end`, skipping spaces, lower-cased into buf.
std::string_view WordBefore(std::string_view text, size_t end, char* buf, size_t cap,
                            size_t* start) {
  size_t e = end;
  while (e > 0 && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && ((text[b - 1] | 0x20) >= 'a' && (text[b - 1] | 0x20) <= 'z') && e - b < cap) --b;
  for (size_t k = b; k < e; ++k) buf[k - b] = static_cast<char>(text[k] | 0x20);
  *start = b;
  return std::string_view(buf, e - b);
}

bool AgencyContext(std::string_view text, size_t begin, size_t end) {
  // "(AP)" "(APP - UrduPoint ...)" "(PTI/..."
  size_t p = begin;
  while (p > 0 && text[p - 1] == ' ') --p;
  if (p > 0 && text[p - 1] == '(') return true;
  char b1[16], b2[16];
  size_t s1, s2;
  std::string_view w1 = WordBefore(text, begin, b1, sizeof b1, &s1);
  if (w1 == "the" || w1 == "news") w1 = WordBefore(text, s1, b1, sizeof b1, &s1);  // "told the AP"
  if (w1 == "told" || w1 == "via") return true;
  std::string_view w2 = WordBefore(text, s1, b2, sizeof b2, &s2);
  if ((w1 == "to" && (w2 == "according" || w2 == "speaking" || w2 == "spoke" || w2 == "talking" ||
                      w2 == "statement" || w2 == "told")) ||
      (w1 == "by" && (w2 == "quoted" || w2 == "cited" || w2 == "reported" || w2 == "obtained" ||
                      w2 == "seen" || w2 == "contacted")) ||
      (w1 == "with" && w2 == "interview") || (w1 == "for" && w2 == "reporter"))
    return true;
  // "AP reported", "PTI news agency", "ANI correspondent".
  size_t q = end;
  if (q + 2 <= text.size() && text[q] == '\'' && text[q + 1] == 's') q += 2;
  while (q < text.size() && text[q] == ' ') ++q;
  size_t r = q;
  while (r < text.size() && (text[r] | 0x20) >= 'a' && (text[r] | 0x20) <= 'z' && r - q < 16) ++r;
  std::string_view next = text.substr(q, r - q);
  for (std::string_view w :
       {"reported", "reports", "news", "agency", "correspondent", "reporter", "journalist",
        "photographer", "quoted", "learned", "learnt", "cited"}) {
    if (next == w) return true;
  }
  return false;
}

struct Index {
  std::array<std::array<uint8_t, 16>, 128> by_first{};  // "A" has the most: 13
  std::array<uint8_t, 128> count{};
  Index() {
    for (size_t i = 0; i < std::size(kEntries); ++i) {
      unsigned char c = static_cast<unsigned char>(kEntries[i].written[0]);
      by_first[c][count[c]++] = static_cast<uint8_t>(i);
    }
  }
};

const Index& TheIndex() {
  static const Index index;
  return index;
}

void Add(std::string_view name, std::vector<std::string>* out) {
  if (std::find(out->begin(), out->end(), name) == out->end()) out->emplace_back(name);
}

}  // namespace

std::string_view CanonicalAgency(std::string_view name) {
  while (!name.empty() && (name.back() == ' ' || name.back() == '.')) name.remove_suffix(1);
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  for (const Entry& e : kEntries) {
    if (name == e.written) return e.canonical;
  }
  // Case-insensitive second chance for the unambiguous long forms ("REUTERS", "Afp").
  for (const Entry& e : kEntries) {
    if (e.written.size() != name.size() || e.needs_context) continue;
    bool same = true;
    for (size_t i = 0; i < name.size() && same; ++i)
      same = (name[i] | 0x20) == (e.written[i] | 0x20);
    if (same) return e.canonical;
  }
  return {};
}

void FindAgencies(std::string_view text, std::vector<std::string>* out) {
  const Index& index = TheIndex();
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 128 || !index.count[c]) continue;
    if (i > 0 && IsAlnum(static_cast<unsigned char>(text[i - 1]))) continue;
    for (uint8_t k = 0; k < index.count[c]; ++k) {
      const Entry& e = kEntries[index.by_first[c][k]];
      // Second byte first: most candidates fail there, before a memcmp call.
      if (i + e.written.size() > n || text[i + 1] != e.written[1]) continue;
      if (text.compare(i, e.written.size(), e.written) != 0) continue;
      size_t end = i + e.written.size();
      if (end < n && IsAlnum(static_cast<unsigned char>(text[end]))) continue;
      if (e.needs_context && !AgencyContext(text, i, end)) continue;
      Add(e.canonical, out);
      i = end - 1;
      break;
    }
  }
}

}  // namespace dateline
