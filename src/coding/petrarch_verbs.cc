// PETRARCH-2 / TABARI verb dictionary loader; see petrarch_verbs.h.
//
// Both formats share the verb block: "--- NAME [code] ---" opens a block, the following lines list
// its member verbs ("WITHDRAW", "PULL_OUT [0874]", "BUY {BOUGHT BUYING}"), then "- ..." lines give
// patterns in which "*" stands for the verb: words after it constrain the object, "(PREP words)" a
// prepositional phrase, "{a b}" a multi-word phrase, "&NAME" a synset, "+"/"$" the target/source
// positions (TABARI). Synsets are "&NAME" followed by "+member" lines. Codes "[---]" mean "no
// event" and are skipped. Words before "*" (subject constraints such as "&MILITARY *") are not
// enforced: the actor layer decides who the subject is.
#include "coding/petrarch_verbs.h"

#include <algorithm>
#include <filesystem>
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
  size_t colon = code.find(':');
  if (colon != std::string::npos) code = code.substr(0, colon);
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
  auto add_pattern = [&](std::string_view body, const std::string& code, int line) {
    if (code.empty() || code == "---" || !in_block || block.lemmas.empty()) return;
    auto toks = Tokens(body);
    auto star = std::find(toks.begin(), toks.end(), "*");
    VerbPattern p;
    p.id = origin + ":" + std::to_string(line);
    p.code = code;
    p.target_from_pp = true;
    if (star == toks.end()) return;
    // Object words: the first plain word or synset after "*", outside parentheses.
    int depth_paren = 0, depth_brace = 0;
    std::string phrase;
    std::string prep;
    std::string pp_phrase;
    Constraint object;
    object.any = true;
    bool target_object = false;
    for (auto it = star + 1; it != toks.end(); ++it) {
      const std::string& t = *it;
      if (t == "(") { depth_paren++; prep.clear(); pp_phrase.clear(); continue; }
      if (t == ")") {
        depth_paren = std::max(0, depth_paren - 1);
        if (!prep.empty() && p.preps.empty()) {
          p.preps.push_back(Lower(prep));
          if (!pp_phrase.empty()) {
            p.prep_np.any = false;
            p.prep_np.phrases.push_back({});
            for (auto& w : Tokens(Lower(pp_phrase))) p.prep_np.phrases.back().push_back(w);
          }
          p.specificity += 1;
        }
        continue;
      }
      if (t == "{") { depth_brace++; continue; }
      if (t == "}") { depth_brace = std::max(0, depth_brace - 1); continue; }
      if (t == "+") { target_object = true; continue; }
      if (t == "$" || t == "%" || t == "^") continue;
      std::vector<std::string> words;
      if (t[0] == '&') {
        auto s = synsets.find(t);
        if (s != synsets.end()) words = s->second;
      } else {
        words.push_back(Lower(t));
      }
      if (depth_paren > 0) {
        if (prep.empty()) prep = t;
        else if (!words.empty()) pp_phrase += (pp_phrase.empty() ? "" : " ") + words[0];
        continue;
      }
      if (object.any && !words.empty()) {
        object.any = false;
        for (const std::string& w : words) {
          Phrase ph;
          for (auto& x : Tokens(w)) ph.push_back(x);
          if (!ph.empty()) object.phrases.push_back(ph);
        }
        p.specificity += 2;
      } else if (!object.phrases.empty() && depth_brace > 0 && !words.empty()) {
        object.phrases.back().push_back(words[0]);
      }
    }
    p.object = object;
    (void)target_object;
    lexicon->AddVerbPattern(block.lemmas, std::move(p));
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
      // New verb block: "--- NAME [code] ---". Flush the previous one's default pattern.
      if (in_block && !block.default_code.empty() && block.default_code != "---" && !block.lemmas.empty()) {
        VerbPattern p;
        p.id = origin + ":block";
        p.code = block.default_code;
        p.target_from_pp = true;
        lexicon->AddVerbPattern(block.lemmas, std::move(p));
      }
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
      current_synset = std::string(Trim(line));
      synsets[current_synset];
      in_block = false;
      continue;
    }
    if (line[0] == '+' && !current_synset.empty()) {
      synsets[current_synset].push_back(Lower(Trim(line.substr(1))));
      continue;
    }
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
      if (word.empty() || word.find('+') != std::string_view::npos) continue;
      std::string lemma = Lower(word);
      std::string first = lemma.substr(0, lemma.find(' '));
      block.lemmas.push_back(first);
      if (brace != std::string_view::npos) {
        size_t close = rest.find('}', brace);
        for (auto& f : Tokens(rest.substr(brace + 1, close == std::string_view::npos ? std::string_view::npos : close - brace - 1)))
          block.lemmas.push_back(Lower(f));
      }
      if (!code.empty() && code != "---") {
        VerbPattern p;
        p.id = origin + ":" + std::to_string(n);
        p.code = code;
        p.target_from_pp = true;
        if (lemma.find(' ') != std::string::npos) {
          for (auto& w : Tokens(lemma.substr(lemma.find(' ') + 1))) p.particle.push_back(w);
          p.specificity += 2;
        }
        lexicon->AddVerbPattern({first}, std::move(p));
      }
    }
  }
  if (in_block && !block.default_code.empty() && block.default_code != "---" && !block.lemmas.empty()) {
    VerbPattern p;
    p.id = origin + ":block";
    p.code = block.default_code;
    p.target_from_pp = true;
    lexicon->AddVerbPattern(block.lemmas, std::move(p));
  }
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
