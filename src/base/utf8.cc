// UTF-8 validation follows the well-formed byte sequences table of the Unicode standard (ch. 3,
// table 3-7); folding is a hand-written table for the Latin ranges news text uses, with ICU's
// u_tolower as the fallback for everything else.
#include "base/utf8.h"

#include <unicode/uchar.h>

namespace dateline {
namespace {

// Length of the valid sequence starting at s[i], or 0 when the bytes there are not valid.
size_t ValidSeqLen(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) return 1;
  auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return i + k < n && p[i + k] >= lo && p[i + k] <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90, 0xBF) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// Length of the maximal invalid subpart at s[i] (at least 1): a lead byte followed by the
// continuation bytes that could still have completed it.
size_t InvalidSubpartLen(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char c = p[i];
  size_t want = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 1;
  size_t k = 1;
  while (k < want && i + k < s.size() && (p[i + k] & 0xC0) == 0x80) {
    if (k == 1) {
      if (c == 0xE0 && p[i + 1] < 0xA0) break;
      if (c == 0xED && p[i + 1] > 0x9F) break;
      if (c == 0xF0 && p[i + 1] < 0x90) break;
      if (c == 0xF4 && p[i + 1] > 0x8F) break;
    }
    ++k;
  }
  return k;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    size_t len = ValidSeqLen(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

size_t RepairUtf8(std::string* s, size_t* first_bad) {
  if (IsValidUtf8(*s)) return 0;
  std::string out;
  out.reserve(s->size() + 16);
  size_t repairs = 0;
  for (size_t i = 0; i < s->size();) {
    size_t len = ValidSeqLen(*s, i);
    if (len) {
      out.append(*s, i, len);
      i += len;
    } else {
      if (repairs == 0 && first_bad) *first_bad = i;
      out.append("\xEF\xBF\xBD");
      i += InvalidSubpartLen(*s, i);
      ++repairs;
    }
  }
  s->swap(out);
  return repairs;
}

char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t l = ValidSeqLen(s, i);
  if (l == 0) { *len = 1; return 0xFFFD; }
  *len = l;
  switch (l) {
    case 1: return p[i];
    case 2: return ((p[i] & 0x1F) << 6) | (p[i + 1] & 0x3F);
    case 3: return ((p[i] & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
    default:
      return ((p[i] & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) |
             (p[i + 3] & 0x3F);
  }
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void FoldCodePoint(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out->push_back(c);
    return;
  }
  // Latin-1 Supplement and Latin Extended-A: base letters, lower case.
  static const char* const kLatin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",    // C0-CF
      "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",    // E0-EF
      "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};  // F0-FF
  if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0]) {
    out->append(kLatin1[cp - 0xC0]);
    return;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    static const char kExtA[] =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooo"
        "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    size_t idx = cp - 0x100;
    if (idx < sizeof(kExtA) - 1) {
      out->push_back(kExtA[idx]);
      if (cp == 0x132 || cp == 0x133) out->push_back('j');  // IJ ligature
      if (cp == 0x152 || cp == 0x153) out->back() = 'o', out->push_back('e');
      return;
    }
  }
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      out->push_back('\''); return;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      out->push_back('"'); return;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      out->push_back('-'); return;
    case 0x00A0: case 0x2007: case 0x202F: case 0x2009: case 0x200A:
      out->push_back(' '); return;
    case 0x2026: out->append("..."); return;
    default: break;
  }
  AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), out);
}

std::string Fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t len;
    char32_t cp = DecodeUtf8(s, i, &len);
    FoldCodePoint(cp, &out);
    i += len;
  }
  return out;
}

}  // namespace dateline
