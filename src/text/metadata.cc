// Metadata from the raw text. This first version only trims the body to the text between the
// first and last non-space bytes; page-chrome cleaning builds on it.
#include "text/metadata.h"

#include <cctype>

namespace dateline {
namespace {

bool Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i) if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

}  // namespace

std::optional<std::string> NormalizeIsoDateTime(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (!(Digits(s, 0, 4) && s.size() >= 10 && s[4] == '-' && Digits(s, 5, 2) && s[7] == '-' && Digits(s, 8, 2)))
    return std::nullopt;
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  std::string out(s.substr(0, 10));
  if (s.size() == 10) return out;
  if (!(s[10] == 'T' || s[10] == ' ') || !Digits(s, 11, 2) || s.size() < 16 || s[13] != ':' || !Digits(s, 14, 2))
    return out;  // a date followed by something else: keep the date
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

void ExtractPageMetadata(Document& doc) {
  const std::string& t = doc.article.text;
  size_t b = 0, e = t.size();
  while (b < e && std::isspace(static_cast<unsigned char>(t[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(t[e - 1]))) --e;
  doc.body = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}

}  // namespace dateline
