// See petrarch_format.h. Lines are read one by one with a small state machine: the current entry
// collects synonyms and code lines until the next primary phrase.
#include "lexicon/petrarch_format.h"

#include <cctype>
#include <cstring>
#include <map>

namespace dateline::lexicon {
namespace {

// Splits text into lines with comments removed; "<!-- ... -->" blocks (possibly spanning lines)
// are dropped. Each line keeps its number and whether it was indented.
struct Line {
  std::string_view text;  // trimmed, comment removed
  uint32_t number = 0;
  bool indented = false;
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> out;
  size_t pos = 0;
  uint32_t n = 0;
  bool in_block = false;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view raw = text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++n;
    if (in_block) {
      if (raw.find("-->") != std::string_view::npos) in_block = false;
      continue;
    }
    std::string_view t = Trim(raw);
    if (t.substr(0, 2) == "<!") {
      if (t.find("-->") == std::string_view::npos && t.find('>') == std::string_view::npos) in_block = true;
      continue;
    }
    size_t hash = raw.find('#');
    if (hash != std::string_view::npos) raw = raw.substr(0, hash);
    if (!raw.empty() && raw[0] == ';') continue;  // TABARI comment line
    std::string_view body = Trim(raw);
    if (body.empty()) continue;
    out.push_back({body, n, raw[0] == ' ' || raw[0] == '\t'});
  }
  return out;
}

// PETRARCH phrases join words with "_"; a trailing "_" (TABARI: no stemming) is dropped.
std::string PhraseText(std::string_view s) {
  std::string out;
  for (char c : Trim(s)) out += c == '_' ? ' ' : c;
  std::string_view t = Trim(out);
  return std::string(t);
}

bool Digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  return true;
}

int32_t PetrarchDate(std::string_view s) {
  int32_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  if (s.size() == 6) v += (v / 10000 < 50 ? 20000000 : 19000000);
  return v;
}

// The day after a YYYYMMDD date. PETRARCH's date restrictions are inclusive ("<D": on or before
// D; "A-B": A to B, both included) and Dateline's ranges end before their TO date.
int32_t NextDay(int32_t d) {
  int y = d / 10000, m = (d / 100) % 100, day = d % 100;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int last = m >= 1 && m <= 12 ? kDays[m - 1] + (m == 2 && leap) : 31;
  if (++day > last) {
    day = 1;
    if (++m > 12) m = 1, ++y;
  }
  return y * 10000 + m * 100 + day;
}

// Finds "[...]" blocks in s; returns the text before the first block.
std::string_view SplitCodes(std::string_view s, std::vector<std::string_view>* blocks) {
  size_t first = s.find('[');
  size_t pos = first;
  while (pos != std::string_view::npos) {
    size_t close = s.find(']', pos);
    if (close == std::string_view::npos) break;
    blocks->push_back(Trim(s.substr(pos + 1, close - pos - 1)));
    pos = s.find('[', close);
  }
  return Trim(s.substr(0, first));
}

// Sector guesses for foreign actors, which carry neither kind nor ACLED inter.
void GuessFromCode(ActorEntry* a) {
  const std::string& code = a->CodeOn(0);
  if (code.size() >= 3) {
    std::string_view p(code.data(), 3);
    if (p != "IGO" && p != "NGO" && p != "IMG" && p != "MNC") a->country = std::string(p);
    if (p == "IGO") a->kind = "igo";
    if (p == "NGO") a->kind = "ngo";
  }
  if (code.size() >= 6) a->sector = code.substr(code.size() - 3);
  static const std::map<std::string, int> kInter = {
      {"GOV", 1}, {"MIL", 1}, {"COP", 1}, {"REB", 2}, {"INS", 2}, {"SEP", 2},
      {"UAF", 3}, {"CVL", 7}, {"PKO", 8}};
  auto it = kInter.find(a->sector);
  if (it != kInter.end()) a->inter = it->second;
  if (a->kind.empty()) a->kind = a->sector == "MED" ? "media" : "state";
}

}  // namespace

bool ParsePetrarchCode(std::string_view block, DatedCode* out, std::string* why) {
  auto fail = [&](std::string reason) {
    if (why) *why = std::move(reason);
    return false;
  };
  block = Trim(block);
  size_t i = 0;
  while (i < block.size() && block[i] != ' ' && block[i] != '\t' && block[i] != '<' && block[i] != '>') ++i;
  std::string code(block.substr(0, i));
  // "IMG?", "?MIL": a coder's mark of an uncertain code; the code itself is kept.
  size_t q0 = code.find_first_not_of('?'), q1 = code.find_last_not_of('?');
  if (q0 != std::string::npos && (q0 > 0 || q1 + 1 < code.size())) {
    code = code.substr(q0, q1 - q0 + 1);
    if (why) *why = "uncertainty mark '?' dropped";
  } else if (q0 == std::string::npos && !code.empty()) {
    return fail("no code, only '?'");
  }
  if (code.empty() || (code.size() >= 6 && Digits(std::string_view(code).substr(0, code.find('-')))))
    return fail("date restriction without a code");
  // "ELR/GAL", "FRO/BIL/SAM": PETRARCH keeps such a code as written and its validation records
  // expect it so (sourcecode="FRO/BIL/SAM"); each part must be a code.
  bool null_code = !code.empty() && code.find_first_not_of("-+#*") == std::string::npos;
  for (size_t j = 0; j < code.size(); ++j) {
    char& c = code[j];
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    bool part_break = c == '/' && j > 0 && j + 1 < code.size() && code[j + 1] != '/';
    if (!null_code && !std::isalnum(static_cast<unsigned char>(c)) && !part_break)
      return fail("code '" + std::string(block.substr(0, i)) + "' is not letters and digits");
  }
  out->code = code;
  std::string rest;
  for (char c : block.substr(i)) if (c != ' ' && c != '\t') rest += c;
  if (rest.empty()) return !code.empty();
  out->dated = true;
  if (rest[0] == '<' || rest[0] == '>') {
    std::string_view d = std::string_view(rest).substr(1);
    if (!Digits(d) || (d.size() != 6 && d.size() != 8)) return fail("bad date '" + std::string(d) + "'");
    if (rest[0] == '<') out->to = NextDay(PetrarchDate(d));
    else out->from = PetrarchDate(d);
    return !code.empty();
  }
  size_t dash = rest.find('-');
  if (dash == std::string::npos) return fail("bad date restriction '" + rest + "'");
  std::string_view a = std::string_view(rest).substr(0, dash), b = std::string_view(rest).substr(dash + 1);
  if (!Digits(a) || !Digits(b)) return fail("bad date range '" + rest + "'");
  out->from = PetrarchDate(a);
  out->to = NextDay(PetrarchDate(b));
  if (PetrarchDate(b) < out->from) out->to = 0;  // "19840502-18000101": open-ended in the UD dictionaries
  return !code.empty();
}

Status ParsePetrarchActors(std::string_view text, const std::string& file, Dictionaries* dicts,
                           std::vector<Diagnostic>* diags) {
  ActorEntry* cur = nullptr;
  size_t start = dicts->actors.size();
  auto add_codes = [&](const std::vector<std::string_view>& blocks, uint32_t line) {
    for (auto b : blocks) {
      DatedCode c;
      c.line = line;
      std::string why;
      // PETRARCH logs unreadable code blocks and skips them; so do we (a warning, not an error).
      if (!ParsePetrarchCode(b, &c, &why)) {
        if (diags) diags->push_back({file, line, "code block [" + std::string(b) + "] skipped: " + why, false});
        continue;
      }
      if (!why.empty() && diags)
        diags->push_back({file, line, "code block [" + std::string(b) + "] read as " + c.code + ": " + why, false});
      // "---", "+++", "###": null codes that void the phrase in PETRARCH; kept out.
      if (c.code.find_first_not_of("-+#*") == std::string::npos) continue;
      if (cur) cur->codes.push_back(std::move(c));
    }
  };
  for (const Line& l : SplitLines(text)) {
    std::vector<std::string_view> blocks;
    if (l.text[0] == '[') {
      SplitCodes(l.text, &blocks);
      if (!cur && diags) diags->push_back({file, l.number, "code line before any phrase"});
      add_codes(blocks, l.number);
      continue;
    }
    if (l.text[0] == '+') {
      std::string phrase = PhraseText(SplitCodes(l.text.substr(1), &blocks));
      if (!cur) {
        if (diags) diags->push_back({file, l.number, "synonym before any phrase"});
        continue;
      }
      if (!phrase.empty()) cur->aliases.push_back(phrase);
      add_codes(blocks, l.number);
      continue;
    }
    std::string phrase = PhraseText(SplitCodes(l.text, &blocks));
    if (phrase.empty()) continue;
    dicts->actors.emplace_back();
    cur = &dicts->actors.back();
    cur->name = phrase;
    cur->file = file;
    cur->line = l.number;
    cur->id = "petrarch." + std::to_string(l.number);
    cur->capitals_by_convention = true;
    add_codes(blocks, l.number);
  }
  // Entries left without a usable code ("BOROMIR [---]") are dropped.
  std::vector<ActorEntry> kept;
  for (size_t i = start; i < dicts->actors.size(); ++i) {
    ActorEntry& a = dicts->actors[i];
    if (a.codes.empty()) continue;
    GuessFromCode(&a);
    kept.push_back(std::move(a));
  }
  dicts->actors.resize(start);
  for (auto& a : kept) dicts->actors.push_back(std::move(a));
  return Status::Ok();
}

namespace {

// Regular English plural of a phrase's last word.
std::string Pluralize(const std::string& s) {
  if (s.empty()) return s;
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  char last = lower(s.back());
  char prev = s.size() > 1 ? lower(s[s.size() - 2]) : 0;
  bool upper = std::isupper(static_cast<unsigned char>(s.back()));
  auto cased = [&](std::string suf) {
    if (upper) for (char& c : suf) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return suf;
  };
  if (last == 'y' && prev && !std::strchr("aeiou", prev)) return s.substr(0, s.size() - 1) + cased("ies");
  if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's')))
    return s + cased("es");
  return s + cased("s");
}

}  // namespace

Status ParsePetrarchAgents(std::string_view text, const std::string& file, Dictionaries* dicts,
                           std::vector<Diagnostic>* diags) {
  std::map<std::string, std::vector<std::string>> subst;  // "!PERSON!" -> forms
  for (const Line& l : SplitLines(text)) {
    std::string_view t = l.text;
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {
      size_t eq = t.find('=');
      std::string name(Trim(t.substr(0, eq)));
      std::vector<std::string> forms;
      std::string_view rest = t.substr(eq + 1);
      size_t pos = 0;
      while (pos <= rest.size()) {
        size_t comma = rest.find(',', pos);
        auto part = Trim(rest.substr(pos, comma == std::string_view::npos ? rest.npos : comma - pos));
        if (!part.empty()) forms.emplace_back(part);
        if (comma == std::string_view::npos) break;
        pos = comma + 1;
      }
      subst[name] = std::move(forms);
      continue;
    }
    std::vector<std::string_view> blocks;
    std::string_view head = SplitCodes(t, &blocks);
    if (blocks.empty()) {
      if (diags) diags->push_back({file, l.number, "agent without a code: '" + std::string(t) + "'"});
      continue;
    }
    // No braces: the regular plural is added; "{}": no plural (the form is already plural or
    // has none); "{...}": these plurals.
    std::vector<std::string> plurals;
    bool regular = true;
    size_t brace = head.find('{');
    if (brace != std::string_view::npos) {
      size_t close = head.find('}', brace);
      std::string_view inner = Trim(head.substr(brace + 1, close == std::string_view::npos ? head.npos : close - brace - 1));
      regular = false;
      if (!inner.empty()) {
        size_t pos = 0;
        while (pos < inner.size()) {
          size_t sp = inner.find(' ', pos);
          auto w = inner.substr(pos, sp == std::string_view::npos ? inner.npos : sp - pos);
          if (!w.empty()) plurals.push_back(PhraseText(w));
          if (sp == std::string_view::npos) break;
          pos = sp + 1;
        }
      }
      head = Trim(head.substr(0, brace));
    }
    std::string phrase(head);
    // Expand one !SET! reference (PETRARCH allows one a phrase).
    std::vector<std::string> phrases;
    size_t b1 = phrase.find('!');
    size_t b2 = b1 == std::string::npos ? std::string::npos : phrase.find('!', b1 + 1);
    if (b2 != std::string::npos) {
      auto it = subst.find(phrase.substr(b1, b2 - b1 + 1));
      if (it == subst.end()) {
        if (diags) diags->push_back({file, l.number, "unknown substitution set " + phrase.substr(b1, b2 - b1 + 1)});
        continue;
      }
      for (const auto& f : it->second) phrases.push_back(PhraseText(phrase.substr(0, b1) + f + phrase.substr(b2 + 1)));
    } else {
      phrases.push_back(PhraseText(phrase));
    }
    // The code is the block's first word: "[~MIL]", "[NGO~]", "[ ~ MIL ]"; words after it are
    // glosses some dictionaries carry ("[~MILGOV chief of staff]") and are ignored, as is a
    // stray closing brace ("[~ENV}"). PETRARCH skips a line whose code it cannot read; so do we.
    std::string code(blocks[0]);
    std::string compact;
    {
      std::string_view b = Trim(blocks[0]);
      bool suffix = !b.empty() && b[0] == '~';  // "~MIL", "~ MIL"
      if (suffix) b = Trim(b.substr(1));
      size_t sp = b.find_first_of(" \t");
      std::string_view word = b.substr(0, sp);
      std::string_view after = sp == std::string_view::npos ? std::string_view() : Trim(b.substr(sp));
      bool prefix = !suffix && ((!word.empty() && word.back() == '~') || after == "~");  // "NGO~", "NGO ~"
      if (!word.empty() && word.back() == '~') word.remove_suffix(1);
      // "~MILطائرة": a gloss in another script glued to the code.
      size_t glued = 0;
      while (glued < word.size() && static_cast<unsigned char>(word[glued]) < 0x80) ++glued;
      if (glued > 0 && glued < word.size()) word = word.substr(0, glued);
      compact = (suffix ? "~" : "") + std::string(word) + (prefix ? "~" : "");
    }
    while (!compact.empty() && (compact.back() == '}' || compact.back() == '?')) compact.pop_back();
    AgentEntry a;
    a.file = file;
    a.line = l.number;
    a.id = "petrarch." + std::to_string(l.number);
    a.capitals_by_convention = true;
    if (!compact.empty() && compact[0] == '~') a.code = compact.substr(1);
    else if (!compact.empty() && compact.back() == '~') { a.code = compact.substr(0, compact.size() - 1); a.prefix = true; }
    else a.code = compact;
    for (char& c : a.code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    bool alnum = !a.code.empty();
    for (char c : a.code) alnum &= std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (!alnum) {
      if (diags) diags->push_back({file, l.number, "agent code [" + code + "] skipped: not letters and digits", false});
      continue;
    }
    for (const auto& p : phrases) {
      if (p.empty()) continue;
      a.forms.push_back(p);
      if (regular) a.forms.push_back(Pluralize(p));
    }
    for (auto& p : plurals) a.forms.push_back(p);
    if (a.code.rfind("MIL", 0) == 0 || a.code.rfind("COP", 0) == 0 || a.code.rfind("GOV", 0) == 0) a.inter = 1;
    else if (a.code.rfind("REB", 0) == 0) a.inter = 2;
    a.kind = "state";
    dicts->agents.push_back(std::move(a));
  }
  return Status::Ok();
}

Status ParsePetrarchDiscards(std::string_view text, const std::string& file, Dictionaries* dicts,
                             std::vector<Diagnostic>* diags) {
  for (const Line& l : SplitLines(text)) {
    std::string_view t = l.text;
    DiscardEntry d;
    d.file = file;
    d.line = l.number;
    d.id = "petrarch." + std::to_string(l.number);
    d.capitals_by_convention = true;
    if (t[0] == '+') { d.scope = "story"; t = t.substr(1); }
    size_t semi = t.find(';');
    if (semi != std::string_view::npos) t = t.substr(0, semi);
    std::string p = PhraseText(t);
    if (p.empty()) continue;
    d.phrases.push_back(p);
    dicts->discards.push_back(std::move(d));
  }
  return Status::Ok();
}

}  // namespace dateline::lexicon
