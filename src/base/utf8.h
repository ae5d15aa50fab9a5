// UTF-8 helpers: validation with repair, code point decoding, ASCII-fast case folding.
#ifndef DATELINE_BASE_UTF8_H_
#define DATELINE_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dateline {

// Replaces every invalid UTF-8 sequence in *s by U+FFFD (EF BF BD), one per maximal invalid
// subpart (as the Unicode standard recommends). Returns how many replacements were made.
// Offset of the first bad byte is stored in *first_bad when non-null and a repair happened.
size_t RepairUtf8(std::string* s, size_t* first_bad = nullptr);

// True when s is valid UTF-8.
bool IsValidUtf8(std::string_view s);

// Decodes the code point at s[i]; sets *len to its byte length (1 for an invalid byte, which
// decodes as U+FFFD). REQUIRES: i < s.size().
char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len);

// Appends the UTF-8 encoding of cp to *out.
void AppendUtf8(char32_t cp, std::string* out);

// Lower-cases and folds diacritics of one code point for matching ("É" -> "e", "ß" -> "ss"),
// appending the result to *out. Covers Latin-1, Latin Extended-A/B and common punctuation
// variants (curly quotes -> ASCII, dashes -> "-"); other code points are lower-cased when they
// have a simple lower-case form in the Basic Multilingual Plane, else copied.
void FoldCodePoint(char32_t cp, std::string* out);

// FoldCodePoint over a whole string.
std::string Fold(std::string_view s);

}  // namespace dateline

#endif  // DATELINE_BASE_UTF8_H_
