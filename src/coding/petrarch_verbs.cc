// PETRARCH-2 / TABARI verb dictionary loader; see petrarch_verbs.h.
//
// Both formats share the verb block: "--- NAME [code] ---" opens a block, the following lines list
// its member verbs ("WITHDRAW", "PULL_OUT [0874]", "BUY {BOUGHT BUYING}", "+CORDON_OFF
// {+CORDONED_OFF}"), then "- ..." lines give patterns in which "*" stands for the verb. A pattern
// compiles to the words before the verb ("lower") and after it ("upper"), matched on the sentence's
// word order by the coder as PETRARCH-1 and TABARI do: "_" joins words with none between, "&NAME"
// is a synset (defined anywhere in the file, possibly inside another), "+"/"$" mark the target and
// source positions, "^" skips an actor, "%" marks a compound; "(PREP words)" and "{a b}" of
// PETRARCH-2 read as their words in order, braces joined. "[---]" patterns match and block coding;
// "[a:b]" adds the reverse event b. Patterns sort by their number of words, the block's code last.
#include "coding/petrarch_verbs.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <unordered_set>
#include <map>

#include "coding/records.h"

namespace dateline::coding {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '_') c = ' ';
    else c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The code inside the last "[...]" of a line: "0874", "" when absent, "---" for no event.
std::string BracketCode(std::string_view line, std::string_view* rest) {
  size_t open = line.rfind('[');
  size_t close = line.rfind(']');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    *rest = line;
    return "";
  }
  std::string code(Trim(line.substr(open + 1, close - open - 1)));
  while (!code.empty() && code.back() == ' ') code.pop_back();
  *rest = Trim(line.substr(0, open));
  return code;
}

std::vector<std::string> Tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    if (ch == ' ' || ch == '\t') {
      if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
    } else if (ch == '(' || ch == ')' || ch == '{' || ch == '}') {
      if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
      out.emplace_back(1, ch);
    } else {
      cur.push_back(ch);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// "&PREPOSIT1_" and "&PREPOSIT1" name the same synset.
std::string SynsetName(std::string_view s) {
  std::string out(Trim(s));
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

// A pattern with no words: a block's default code or a member verb's own code. "[a:b]" is a
// paired code: a second event, b, runs from the target back to the source.
VerbPattern CodeOnlyPattern(std::string id, const std::string& code) {
  VerbPattern p;
  p.id = std::move(id);
  size_t colon = code.find(':');
  p.code = code.substr(0, colon);
  if (colon != std::string::npos && code.substr(colon + 1) != "---") p.reverse_code = code.substr(colon + 1);
  p.target_from_pp = true;
  p.linear = true;
  return p;
}

// A member verb line's word: "WIRE_+TAP" is the verb "tap" with "wire" right before it,
// "+CORDON_OFF" the verb "cordon" with the particle "off", "PULL_OUT" "pull" with "out".
struct MemberVerb {
  Phrase before;
  std::string verb;
  Phrase after;
};

MemberVerb ParseMember(std::string_view raw) {
  MemberVerb m;
  std::string joined(raw);
  std::replace(joined.begin(), joined.end(), ' ', '_');
  std::string_view word = joined;
  std::vector<std::string> pieces;
  int marked = -1;
  size_t start = 0;
  while (start <= word.size()) {
    size_t us = word.find('_', start);
    std::string_view piece = word.substr(start, us == std::string_view::npos ? std::string_view::npos : us - start);
    start = us == std::string_view::npos ? word.size() + 1 : us + 1;
    if (!piece.empty() && piece[0] == '+') {
      piece.remove_prefix(1);
      if (marked < 0) marked = static_cast<int>(pieces.size());
    }
    if (piece.empty()) continue;
    if (piece.find('+') != std::string_view::npos) return MemberVerb();
    pieces.push_back(Lower(piece));
  }
  if (pieces.empty()) return m;
  const size_t v = marked >= 0 && static_cast<size_t>(marked) < pieces.size() ? static_cast<size_t>(marked) : 0;
  m.before.assign(pieces.begin(), pieces.begin() + static_cast<std::ptrdiff_t>(v));
  m.verb = pieces[v];
  m.after.assign(pieces.begin() + static_cast<std::ptrdiff_t>(v) + 1, pieces.end());
  return m;
}

struct Block {
  std::string default_code;
  std::vector<std::string> lemmas;
};

}  // namespace

Status LoadPetrarchVerbs(std::string_view text, const std::string& origin, EventLexicon* lexicon) {
  std::map<std::string, std::vector<std::string>> synsets;
  std::string current_synset;
  Block block;
  bool in_block = false;
  int n = 0;
  size_t pos = 0;
  // Synsets first: a pattern may name one defined further down the file, or inside another.
  // The same pass collects every member verb form: a form one block lists is that block's, not
  // an inflection of another block's verb.
  std::unordered_set<std::string> claimed;
  {
    std::string name;
    bool members_next = false;
    size_t q = 0;
    while (q < text.size()) {
      size_t nl = text.find('\n', q);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view raw = text.substr(q, nl - q);
      q = nl + 1;
      size_t hash = raw.find('#');
      std::string_view line = Trim(hash == std::string_view::npos ? raw : raw.substr(0, hash));
      if (line.empty()) continue;
      if (line[0] == '&') {
        name = SynsetName(line);
        synsets[name];
        members_next = false;
      } else if (line[0] == '+' && !name.empty()) {
        synsets[name].push_back(std::string(Trim(line.substr(1))));
      } else {
        name.clear();
        if (line.rfind("---", 0) == 0) {
          members_next = true;
        } else if (members_next && line[0] != '-' && line[0] != '<') {
          // A member verb and its listed forms: words that block owns.
          std::string_view rest;
          BracketCode(line, &rest);
          for (auto& t : Tokens(rest)) {
            if (t == "{" || t == "}") continue;
            const MemberVerb m = ParseMember(t);
            if (!m.verb.empty()) claimed.insert(m.verb);
          }
        }
      }
    }
  }
  // The phrases a pattern word stands for: itself, or a synset's members (recursively).
  std::function<void(const std::string&, int, std::vector<Phrase>*)> expand =
      [&](const std::string& w, int depth, std::vector<Phrase>* out) {
        if (w.empty()) return;
        if (w[0] == '&') {
          auto it = synsets.find(SynsetName(w));
          if (it == synsets.end() || depth > 8) return;
          for (const std::string& m : it->second) expand(m, depth + 1, out);
          return;
        }
        Phrase ph;
        for (auto& x : Tokens(Lower(w))) ph.push_back(x);
        if (!ph.empty()) out->push_back(std::move(ph));
      };
  auto add_pattern = [&](std::string_view body, std::string code, int line) {
    if (code.empty() || !in_block || block.lemmas.empty()) return;
    VerbPattern p;
    size_t colon = code.find(':');
    if (colon != std::string::npos) {
      p.reverse_code = code.substr(colon + 1);
      code = code.substr(0, colon);
      if (p.reverse_code == "---") p.reverse_code.clear();
    }
    p.id = origin + ":" + std::to_string(line);
    p.code = code;  // "---": the pattern matches and blocks coding
    p.target_from_pp = true;
    p.linear = true;
    // Items are space-separated; "_" inside one joins its pieces with no words between.
    bool seen_star = false, star_joined = false;
    int brace = 0;
    std::vector<std::string> items;
    for (auto& t : Tokens(body)) items.push_back(t);
    for (const std::string& item : items) {
      if (item == "(" || item == ")") continue;
      if (item == "{") { ++brace; continue; }
      if (item == "}") { brace = std::max(0, brace - 1); continue; }
      size_t start = 0;
      bool first_piece = true;
      while (start <= item.size()) {
        size_t us = item.find('_', start);
        std::string piece = item.substr(start, us == std::string::npos ? std::string::npos : us - start);
        bool adjacent = !first_piece;
        first_piece = false;
        start = us == std::string::npos ? item.size() + 1 : us + 1;
        if (piece.empty()) continue;  // "ARM_": a trailing "_" marks an exact word
        if (piece == "*") {
          seen_star = true;
          star_joined = adjacent;
          continue;
        }
        PatternWord w;
        w.adjacent = adjacent || brace > 0;
        if (piece == "+" || piece == "$" || piece == "%") {
          w.role = piece[0];  // "%": a compound actor, whose members act on each other
        } else if (piece == "^") {
          w.role = '^';  // skip an actor: "- * IFTAR IN ^ +" passes over the place named after "in"
        } else {
          expand(piece, 0, &w.alternatives);
          if (w.alternatives.empty()) return;  // an undefined synset can never match
          p.specificity += 1;
        }
        if (seen_star) {
          p.upper.push_back(std::move(w));
        } else {
          p.lower.push_back(std::move(w));
        }
      }
    }
    if (!seen_star) return;
    // In "lower", adjacency is read towards the verb: a word joined to the one on its right.
    for (size_t i = 0; i + 1 < p.lower.size(); ++i) p.lower[i].adjacent = p.lower[i + 1].adjacent;
    if (!p.lower.empty()) p.lower.back().adjacent = star_joined;
    p.specificity += 1;  // any pattern is more specific than the block's default
    lexicon->AddVerbPattern(block.lemmas, std::move(p), claimed);
  };
  // The block's default code, once its member verbs are known.
  auto flush = [&] {
    if (in_block && !block.default_code.empty() && block.default_code != "---" && !block.lemmas.empty())
      lexicon->AddVerbPattern(block.lemmas, CodeOnlyPattern(origin + ":block", block.default_code), claimed);
    in_block = false;
  };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++n;
    size_t hash = raw.find('#');
    std::string_view line = Trim(hash == std::string_view::npos ? raw : raw.substr(0, hash));
    if (line.empty() || line.rfind("<!--", 0) == 0) continue;
    if (line.rfind("---", 0) == 0) {
      // New verb block: "--- NAME [code] ---".
      flush();
      std::string_view inner = Trim(line.substr(3));
      if (inner.size() >= 3 && inner.substr(inner.size() - 3) == "---") inner = Trim(inner.substr(0, inner.size() - 3));
      std::string_view rest;
      block = Block();
      block.default_code = BracketCode(inner, &rest);
      in_block = true;
      current_synset.clear();
      continue;
    }
    if (line[0] == '&') {
      flush();  // a synset between blocks ends the block before it
      current_synset = std::string(Trim(line));
      synsets[current_synset];
      in_block = false;
      continue;
    }
    if (line[0] == '+' && !current_synset.empty()) continue;  // read by the first pass
    if (line[0] == '-') {
      std::string_view rest;
      std::string code = BracketCode(line.substr(1), &rest);
      add_pattern(rest, code, n);
      continue;
    }
    if (in_block) {
      // A member verb: "PULL_OUT [0874]" or "BUY {BOUGHT BUYING}".
      std::string_view rest;
      std::string code = BracketCode(line, &rest);
      size_t brace = rest.find('{');
      std::string_view word = Trim(brace == std::string_view::npos ? rest : rest.substr(0, brace));
      // Multi-word verbs mark their verb word with "+": "+CORDON_OFF {+CORDONED_OFF}" (verb then
      // particle), "WIRE_+TAP {WIRE_+TAPPED}" (a word joined before the verb); unmarked, the first
      // word is the verb ("PULL_OUT").
      const MemberVerb base = ParseMember(word);
      if (base.verb.empty()) continue;
      std::vector<std::string> verbs = {base.verb};
      if (brace != std::string_view::npos) {
        size_t close = rest.find('}', brace);
        for (auto& f : Tokens(rest.substr(brace + 1, close == std::string_view::npos ? std::string_view::npos : close - brace - 1))) {
          const MemberVerb form = ParseMember(f);
          if (!form.verb.empty()) verbs.push_back(form.verb);
        }
      }
      for (const std::string& v : verbs) block.lemmas.push_back(v);
      const bool multi = !base.before.empty() || !base.after.empty();
      if (code.empty() && multi) code = block.default_code;
      if (!code.empty() && code != "---") {
        VerbPattern p = CodeOnlyPattern(origin + ":" + std::to_string(n), code);
        if (multi) {
          p.particle = base.after;
          if (!base.before.empty()) {
            PatternWord w;
            w.alternatives = {base.before};
            w.adjacent = true;  // joined to the verb
            p.lower.push_back(std::move(w));
          }
          p.specificity += 1;  // before the bare verb's default, after any pattern with words
        }
        lexicon->AddVerbPattern(verbs, std::move(p), claimed);
      }
    }
  }
  flush();
  return Status::Ok();
}

Status LoadForeignVerbDictionary(const std::string& path, EventLexicon* lexicon) {
  // A directory is a Dateline event lexicon (data/events); anything else a PETRARCH/TABARI file.
  if (std::filesystem::is_directory(path)) return lexicon->LoadDirectory(path);
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  return LoadPetrarchVerbs(*text, path, lexicon);
}

}  // namespace dateline::coding
