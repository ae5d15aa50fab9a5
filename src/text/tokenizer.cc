// The tokenizer works on code points in one pass. Words are runs of letters and digits joined by
// internal apostrophes; English clitics ('s, n't, 're, 've, 'll, 'd, 'm) become tokens of their own
// so that "Mali's" matches the dictionary entry "Mali". Hyphens split compounds ("Al-Qaeda-linked"
// -> Al - Qaeda - linked) with no kTokSpaceBefore on the parts, so later stages can rejoin them.
// Numbers keep their separators (15,000  3.5  31st). A period stays on a word when the word is a
// known abbreviation, an initial ("J."), or an acronym written with periods ("U.N.", "U.S.").
#include "text/tokenizer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "base/utf8.h"

namespace dateline {
namespace {

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c)) || u_getCombiningClass(static_cast<UChar32>(c)) != 0;
}
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool IsQuote(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB ||
         c == 0x2018 || c == 0x2019 || c == '\'';
}

// Abbreviations (folded, without the final period) that keep their period.
constexpr std::array<std::string_view, 62> kAbbrev = {
    "mr",  "mrs", "ms",     "dr",    "prof", "gen",  "lt",   "col", "maj",  "capt", "cpt",
    "sgt", "cpl", "pte",    "pvt",   "adm",  "brig", "cmdr", "gov", "sen",  "rep",  "rev",
    "st",  "sr",  "jr",     "no",    "nos",  "vol",  "fig",  "jan", "feb",  "mar",  "apr",
    "jun", "jul", "aug",    "sep",   "sept", "oct",  "nov",  "dec", "mon",  "tue",  "tues",
    "wed", "thu", "thur",   "thurs", "fri",  "sat",  "sun",  "co",  "corp", "inc",  "ltd",
    "vs",  "etc", "approx", "est",   "dept", "mt",   "ft"};
// Of these, the ones that never end a sentence (they precede a name or a number).
constexpr std::array<std::string_view, 33> kNonFinal = {
    "mr",  "mrs", "ms",  "dr",  "prof", "gen",  "lt",   "col", "maj", "capt", "cpt",
    "sgt", "cpl", "pte", "pvt", "adm",  "brig", "cmdr", "gov", "sen", "rep",  "rev",
    "st",  "no",  "nos", "vol", "fig",  "mt",   "jan",  "feb", "aug", "sept", "dec"};

// Month and weekday abbreviations: abbreviations only when capitalised.
constexpr std::array<std::string_view, 24> kCalendar = {
    "jan", "feb", "mar",  "apr", "jun", "jul",  "aug",   "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",  "sun", "est", "co"};

template <size_t N>
bool InList(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

class Tokenizer {
 public:
  Tokenizer(Document& doc, Span span)
      : doc_(doc), text_(doc.article.text), pos_(span.start), end_(span.end) {}

  void Run() {
    bool space = true;
    while (pos_ < end_) {
      size_t len;
      char32_t c = Peek(pos_, &len);
      if (IsSpace(c)) {
        pos_ += len;
        space = true;
        continue;
      }
      uint32_t start = pos_;
      if (IsDigit(c)) {
        Number();
      } else if (IsLetter(c)) {
        word_start_ = start;
        Word();
      } else {
        Punct(c, len);
      }
      Emit(start, pos_, space);
      space = false;
    }
  }

 private:
  char32_t Peek(size_t i, size_t* len) const {
    if (i >= end_) {
      *len = 0;
      return 0;
    }
    unsigned char b = static_cast<unsigned char>(text_[i]);
    if (b < 0x80) {
      *len = 1;
      return b;
    }
    char32_t c = DecodeUtf8(std::string_view(text_.data(), end_), i, len);
    return c;
  }

  void Number() {
    size_t len;
    while (pos_ < end_) {
      char32_t c = Peek(pos_, &len);
      if (IsDigit(c)) {
        pos_ += len;
        continue;
      }
      if ((c == ',' || c == '.') && IsDigit(Peek(pos_ + 1, &len))) {
        pos_ += 1;
        continue;
      }
      break;
    }
    // Ordinal or unit suffix glued to the number: 31st, 2nd, 15km, 1990s.
    size_t p = pos_;
    while (p < end_) {
      char32_t c = Peek(p, &len);
      if (!(c < 0x80 && IsLetter(c))) break;
      p += len;
    }
    if (p - pos_ <= 3) pos_ = p;
  }

  void Word() {
    size_t len;
    while (pos_ < end_) {
      char32_t c = Peek(pos_, &len);
      if (IsLetter(c) || IsDigit(c)) {
        pos_ += len;
        continue;
      }
      if (IsApostrophe(c)) {
        // Internal apostrophe: O'Brien, Jama'at. A clitic ('s, n't ...) is split off by Emit.
        size_t l2;
        char32_t n = Peek(pos_ + len, &l2);
        if (IsLetter(n)) {
          pos_ += len;
          continue;
        }
      }
      break;
    }
    // Period handling: U.N. / U.S. / initials / known abbreviations keep the period.
    if (pos_ < end_ && text_[pos_] == '.') {
      std::string_view w(text_.data() + start_of_word(), pos_ - start_of_word());
      size_t l2;
      char32_t after = Peek(pos_ + 1, &l2);
      bool letter_after = IsLetter(after);
      if (w.size() == 1 && letter_after) {
        // Dotted acronym: U.N. U.S.A. -> consume letter-period pairs.
        pos_ += 1;
        while (pos_ + 1 < end_ && IsLetter(Peek(pos_, &l2)) && text_[pos_ + l2] == '.')
          pos_ += l2 + 1;
        abbrev_ = true;
        return;
      }
      bool initial =
          w.size() == 1 && u_isupper(static_cast<UChar32>(static_cast<unsigned char>(w[0])));
      if (initial || (w.size() <= 6 && KeepsPeriod(w))) {
        pos_ += 1;
        abbrev_ = true;
      }
    }
  }
  uint32_t start_of_word() const { return word_start_; }

  // Whether the word w, followed by a period at pos_, is an abbreviation. Month and weekday
  // abbreviations must be capitalised ("Sat." but not "he sat."), "No." must precede a number.
  bool KeepsPeriod(std::string_view w) const {
    std::string folded = Fold(w);
    if (!InList(kAbbrev, folded)) return false;
    if (InList(kCalendar, folded)) return w[0] >= 'A' && w[0] <= 'Z';
    if (folded == "no" || folded == "nos") {
      size_t p = pos_ + 1;
      while (p < end_ && text_[p] == ' ') ++p;
      return w[0] == 'N' && p < end_ && text_[p] >= '0' && text_[p] <= '9';
    }
    return true;
  }

  void Punct(char32_t c, size_t len) {
    // Runs of the same ASCII punctuation stay together: "--", "...", "!!".
    pos_ += len;
    if (c == '.' || c == '-' || c == '!' || c == '?') {
      size_t l2;
      while (pos_ < end_ && Peek(pos_, &l2) == c) pos_ += l2;
    }
  }

  void Emit(uint32_t start, uint32_t end, bool space) {
    // Split off English clitics from words: Mali's -> Mali 's ; don't -> do n't.
    std::string_view w(text_.data() + start, end - start);
    uint32_t split = end;
    if (!abbrev_ && w.size() > 2) {
      // The last ASCII ' or first byte of U+2019 (a plain loop: find_last_of calls memchr per
      // byte).
      size_t apos = std::string_view::npos;
      for (size_t k = w.size(); k-- > 0;) {
        if (w[k] == '\'' || w[k] == '\xE2') {
          apos = k;
          break;
        }
      }
      if (apos != std::string_view::npos) {
        size_t alen = w[apos] == '\'' ? 1 : 3;
        if (alen == 3 && w.substr(apos, 3) != "\xE2\x80\x99") apos = std::string_view::npos;
        if (apos != std::string_view::npos && apos > 0) {
          std::string tail = Fold(w.substr(apos + alen));
          if (tail == "s" || tail == "re" || tail == "ve" || tail == "ll" || tail == "d" ||
              tail == "m")
            split = start + static_cast<uint32_t>(apos);
          else if (tail == "t" && apos >= 1 && (w[apos - 1] == 'n' || w[apos - 1] == 'N'))
            split = start + static_cast<uint32_t>(apos - 1);
        }
      }
    }
    if (split < end && split > start) {
      Push(start, split, space, false);
      Push(split, end, false, false);
    } else {
      Push(start, end, space, abbrev_);
    }
    abbrev_ = false;
  }

  void Push(uint32_t start, uint32_t end, bool space, bool abbrev) {
    // One pass over the token's bytes folds it straight into the norm buffer and counts letters
    // and capitals; ICU is consulted only for non-ASCII code points.
    Token t;
    t.span = {start, end};
    std::string& norm = doc_.norm_buffer;
    t.norm_offset = static_cast<uint32_t>(norm.size());
    std::string_view raw(text_.data() + start, end - start);
    int letters = 0, upper = 0;
    char32_t first = 0;
    for (size_t i = 0; i < raw.size();) {
      unsigned char b = static_cast<unsigned char>(raw[i]);
      char32_t c;
      size_t len = 1;
      if (b < 0x80) {
        c = b;
        bool up = b >= 'A' && b <= 'Z';
        bool lo = b >= 'a' && b <= 'z';
        letters += up || lo;
        upper += up;
        norm.push_back(up ? static_cast<char>(b | 0x20) : static_cast<char>(b));
      } else {
        c = DecodeUtf8(raw, i, &len);
        if (u_getCombiningClass(static_cast<UChar32>(c)) != 0 && i > 0) {
          // A combining mark (decomposed "é" = e + U+0301): folding drops diacritics, so the
          // decomposed and precomposed spellings get the same normalised form.
          i += len;
          continue;
        }
        if (IsLetter(c)) {
          ++letters;
          upper += u_isupper(static_cast<UChar32>(c)) != 0;
        }
        FoldCodePoint(c, &norm);
      }
      if (i == 0) first = c;
      i += len;
    }
    t.norm_size = static_cast<uint32_t>(norm.size() - t.norm_offset);
    uint16_t f = 0;
    if (space) f |= kTokSpaceBefore;
    if (abbrev) f |= kTokAbbrev;
    if (IsDigit(first)) {
      f |= kTokNumber;
    } else if (IsLetter(first)) {
      f |= kTokWord;
      if (first < 0x80 ? (first >= 'A' && first <= 'Z')
                       : u_isupper(static_cast<UChar32>(first)) != 0)
        f |= kTokCapital;
      if (letters >= 2 && upper == letters) f |= kTokAllCaps;
    } else if (IsApostrophe(first) && raw.size() > 1) {
      f |= kTokWord;  // clitic
    } else {
      f |= kTokPunct;
      if (IsQuote(first)) f |= kTokQuote;
    }
    t.flags = f;
    doc_.tokens.push_back(t);
  }

  Document& doc_;
  const std::string& text_;
  uint32_t pos_;
  uint32_t end_;
  uint32_t word_start_ = 0;
  bool abbrev_ = false;
};

}  // namespace

bool IsNonFinalAbbreviation(std::string_view norm) {
  if (!norm.empty() && norm.back() == '.') norm.remove_suffix(1);
  if (norm.size() == 1) return true;  // initial
  return InList(kNonFinal, norm);
}

void Tokenize(Document& doc, Span span) {
  // News text averages about six bytes per token; reserving avoids most regrowth.
  doc.tokens.reserve(doc.tokens.size() + span.size() / 5);
  doc.norm_buffer.reserve(doc.norm_buffer.size() + span.size());
  Tokenizer(doc, span).Run();
}

}  // namespace dateline
