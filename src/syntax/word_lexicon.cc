// Word lexicon: closed classes written here, open classes from WordNet (see word_lexicon.h).
//
// WordNet's index.<pos> lines read "lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt
// offsets..."; tagsense_cnt (senses seen in the SemCor tagged corpus) is a usable frequency signal,
// so a word whose noun senses were tagged more often than its verb senses "prefers" the noun
// reading when context does not decide. Verb lemmas are found from inflected forms by WordNet's own
// detachment rules (morphy: -s, -ies, -es, -ed, -ing, with e-restoration and undoubling) and by the
// exception list verb.exc for irregular forms (left -> leave, struck -> strike).
#include "syntax/word_lexicon.h"

#include <cstdlib>
#include <fstream>

#include "syntax/pos.h"

namespace dateline::syntax {
namespace {

struct ClosedWord {
  const char* word;
  Pos pos;
};

// Closed-class words. "that" is left to context (determiner, complementiser or relative).
constexpr ClosedWord kClosed[] = {
    {"the", kDT}, {"a", kDT}, {"an", kDT}, {"this", kDT}, {"these", kDT}, {"those", kDT},
    {"some", kDT}, {"any", kDT}, {"all", kDT}, {"both", kDT}, {"each", kDT}, {"every", kDT},
    {"several", kDT}, {"many", kDT}, {"few", kDT}, {"no", kDT}, {"another", kDT}, {"other", kJJ},
    {"such", kDT}, {"most", kDT}, {"more", kDT}, {"much", kDT}, {"either", kDT}, {"neither", kDT},
    {"dozens", kDT}, {"hundreds", kDT}, {"thousands", kDT},
    {"he", kPRP}, {"she", kPRP}, {"it", kPRP}, {"they", kPRP}, {"we", kPRP}, {"i", kPRP},
    {"you", kPRP}, {"him", kPRP}, {"her", kPRPS}, {"them", kPRP}, {"us", kPRP}, {"me", kPRP},
    {"itself", kPRP}, {"themselves", kPRP}, {"himself", kPRP}, {"herself", kPRP},
    {"its", kPRPS}, {"their", kPRPS}, {"his", kPRPS}, {"our", kPRPS}, {"my", kPRPS},
    {"your", kPRPS},
    {"of", kIN}, {"in", kIN}, {"on", kIN}, {"at", kIN}, {"by", kIN}, {"for", kIN}, {"with", kIN},
    {"from", kIN}, {"into", kIN}, {"onto", kIN}, {"against", kIN}, {"between", kIN},
    {"among", kIN}, {"amid", kIN}, {"during", kIN}, {"near", kIN}, {"outside", kIN},
    {"inside", kIN}, {"toward", kIN}, {"towards", kIN}, {"across", kIN}, {"through", kIN},
    {"throughout", kIN}, {"over", kIN}, {"under", kIN}, {"without", kIN}, {"within", kIN},
    {"about", kIN}, {"around", kIN}, {"upon", kIN}, {"via", kIN}, {"despite", kIN},
    {"per", kIN}, {"like", kIN}, {"than", kIN}, {"including", kIN}, {"following", kIN},
    {"behind", kIN}, {"beyond", kIN}, {"along", kIN}, {"near", kIN}, {"amongst", kIN},
    {"alongside", kIN}, {"below", kIN}, {"above", kIN}, {"aboard", kIN}, {"atop", kIN},
    {"beside", kIN}, {"besides", kIN}, {"except", kIN}, {"opposite", kIN}, {"regarding", kIN},
    {"concerning", kIN}, {"amidst", kIN}, {"beneath", kIN}, {"underneath", kIN}, {"unlike", kIN},
    {"versus", kIN}, {"pending", kIN}, {"targeting", kIN},
    {"suspected", kJJ}, {"presumed", kJJ}, {"alleged", kJJ}, {"purported", kJJ},
    {"unidentified", kJJ}, {"unknown", kJJ}, {"armed", kJJ}, {"masked", kJJ}, {"so-called", kJJ}, {"off", kRP}, {"out", kRP},
    {"up", kRP}, {"down", kRP}, {"back", kRP}, {"away", kRP},
    {"and", kCC}, {"or", kCC}, {"but", kCC}, {"nor", kCC}, {"&", kCC},
    {"to", kTO},
    {"will", kMD}, {"would", kMD}, {"can", kMD}, {"could", kMD}, {"may", kMD}, {"might", kMD},
    {"shall", kMD}, {"should", kMD}, {"must", kMD}, {"'ll", kMD}, {"wo", kMD}, {"ca", kMD},
    {"be", kBE}, {"is", kBE}, {"are", kBE}, {"was", kBE}, {"were", kBE}, {"been", kBE},
    {"being", kBE}, {"am", kBE}, {"'s", kPOS}, {"'re", kBE}, {"'m", kBE},
    {"have", kHAVE}, {"has", kHAVE}, {"had", kHAVE}, {"having", kHAVE}, {"'ve", kHAVE},
    {"'d", kMD},
    {"do", kDO}, {"does", kDO}, {"did", kDO},
    {"not", kNEG}, {"n't", kNEG}, {"never", kNEG},
    {"which", kWDT}, {"who", kWDT}, {"whom", kWDT}, {"whose", kWDT},
    {"because", kSC}, {"although", kSC}, {"though", kSC}, {"while", kSC}, {"whereas", kSC},
    {"if", kSC}, {"unless", kSC}, {"when", kSC}, {"whenever", kSC}, {"where", kSC},
    {"after", kSC}, {"before", kSC}, {"since", kSC}, {"until", kSC}, {"as", kSC},
    {"whether", kSC}, {"once", kSC}, {"so", kSC},
    {"there", kEX},
    {"one", kCD}, {"two", kCD}, {"three", kCD}, {"four", kCD}, {"five", kCD}, {"six", kCD},
    {"seven", kCD}, {"eight", kCD}, {"nine", kCD}, {"ten", kCD}, {"eleven", kCD},
    {"twelve", kCD}, {"fifteen", kCD}, {"twenty", kCD}, {"thirty", kCD}, {"forty", kCD},
    {"fifty", kCD}, {"hundred", kCD}, {"thousand", kCD}, {"million", kCD}, {"dozen", kCD},
    {"also", kRB}, {"already", kRB}, {"still", kRB}, {"just", kRB}, {"yet", kRB}, {"again", kRB},
    {"reportedly", kRB}, {"allegedly", kRB}, {"reported", kVBD}, {"now", kRB}, {"then", kRB},
    {"however", kRB}, {"even", kRB}, {"only", kRB}, {"later", kRB}, {"earlier", kRB},
    {"recently", kRB}, {"ago", kRB}, {"here", kRB}, {"very", kRB}, {"too", kRB},
    {"today", kNN}, {"yesterday", kNN}, {"tomorrow", kNN}, {"tonight", kNN},
    {"said", kVBD}, {"told", kVBD}, {"says", kVBZ},
};

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

int TagCount(const std::string& line) {
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt
  std::vector<std::string_view> f;
  size_t i = 0;
  while (i < line.size() && f.size() < 64) {
    size_t j = line.find(' ', i);
    if (j == std::string::npos) j = line.size();
    if (j > i) f.emplace_back(line.data() + i, j - i);
    i = j + 1;
  }
  if (f.size() < 4) return 0;
  int p_cnt = std::atoi(std::string(f[3]).c_str());
  size_t idx = 4 + p_cnt + 1;
  if (idx >= f.size()) return 0;
  return std::atoi(std::string(f[idx]).c_str());
}

}  // namespace

std::string_view PosName(uint16_t tag) {
  static constexpr std::string_view kNames[] = {
      "", "NN", "NNS", "NNP", "PRP", "PRP$", "DT", "CD", "JJ", "RB", "IN", "CC", "TO", "MD", "BE",
      "HAVE", "DO", "VB", "VBZ", "VBD", "VBN", "VBG", "RP", "WDT", "NEG", "POS", "SC", "EX",
      "PUNCT", ",", "QUOTE", ".", ":", "HYPH"};
  return tag < kPosCount ? kNames[tag] : "?";
}

WordLexicon::WordLexicon() {}

const WordLexicon& WordLexicon::Default() {
  static const WordLexicon* lexicon = [] {
    auto* lex = new WordLexicon();
    const char* env = std::getenv("DATELINE_WORDNET");
    std::string dir = env && *env ? env : "/usr/share/wordnet";
    (void)lex->LoadWordNet(dir);  // absent WordNet: closed classes and suffix rules only
    return lex;
  }();
  return *lexicon;
}

Status WordLexicon::LoadWordNet(const std::string& dir) {
  struct File {
    const char* name;
    uint8_t cls;
  };
  const File files[] = {{"index.noun", kClassNoun},
                        {"index.verb", kClassVerb},
                        {"index.adj", kClassAdj},
                        {"index.adv", kClassAdv}};
  StringMap<int> noun_counts;
  words_.reserve(160000);
  for (const File& f : files) {
    std::ifstream in(dir + "/" + f.name);
    if (!in) return Status::NotFound("WordNet file not found: " + dir + "/" + f.name);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // licence header
      size_t sp = line.find(' ');
      if (sp == std::string::npos) continue;
      std::string_view word(line.data(), sp);
      if (word.find('_') != std::string_view::npos) continue;  // collocations
      Entry& e = words_[std::string(word)];
      e.classes |= f.cls;
      if (f.cls == kClassNoun) {
        noun_counts[std::string(word)] = TagCount(line);
      } else if (f.cls == kClassVerb) {
        auto it = noun_counts.find(word);
        int verb_count = TagCount(line);
        e.prefers_noun = it != noun_counts.end() && it->second > verb_count;
      }
    }
  }
  auto read_exc = [&](const char* name, StringMap<std::string>* map, bool verbs) {
    std::ifstream in(dir + "/" + name);
    std::string line;
    while (std::getline(in, line)) {
      size_t sp = line.find(' ');
      if (sp == std::string::npos) continue;
      size_t sp2 = line.find(' ', sp + 1);
      std::string form = line.substr(0, sp);
      std::string lemma = line.substr(sp + 1, sp2 == std::string::npos ? std::string::npos : sp2 - sp - 1);
      if (form.find('_') != std::string::npos) continue;
      map->emplace(form, lemma);
      if (verbs) verb_irregular_[lemma].push_back(form);
    }
  };
  read_exc("verb.exc", &verb_exc_, true);
  read_exc("noun.exc", &noun_exc_, false);
  has_wordnet_ = true;
  return Status::Ok();
}

void WordLexicon::AddWord(std::string_view word, uint8_t classes) {
  words_[std::string(word)].classes |= classes;
}

uint16_t WordLexicon::ClosedClass(std::string_view w) const {
  static const StringMap<uint16_t>* table = [] {
    auto* t = new StringMap<uint16_t>();
    for (const auto& c : kClosed) t->emplace(c.word, c.pos);
    return t;
  }();
  auto it = table->find(w);
  return it == table->end() ? kPosNone : it->second;
}

uint8_t WordLexicon::Classes(std::string_view w) const {
  auto it = words_.find(w);
  return it == words_.end() ? 0 : it->second.classes;
}

bool WordLexicon::PrefersNoun(std::string_view w) const {
  auto it = words_.find(w);
  return it != words_.end() && it->second.prefers_noun;
}

VerbAnalysis WordLexicon::AnalyzeVerb(std::string_view w, std::string* buf) const {
  VerbAnalysis a;
  if (w.size() < 2) return a;
  if (auto it = verb_exc_.find(w); it != verb_exc_.end()) {
    a.lemma = it->second;
    // Irregular participles usually end in -n/-en (taken, seen, driven); others are ambiguous.
    a.form = EndsWith(w, "n") && !EndsWith(w, "wn") ? kVBN : kVBD;
    if (EndsWith(w, "ing")) a.form = kVBG;
    else if (EndsWith(w, "s") && !EndsWith(w, "ss")) a.form = kVBZ;
    return a;
  }
  auto is_verb = [&](std::string_view s) { return (Classes(s) & kClassVerb) != 0; };
  // Verbs whose past and participle are the base form: "was hit", "were cut off".
  static constexpr std::string_view kSameForm[] = {"hit", "cut", "put", "set", "shut", "hurt", "let",
                                                   "quit", "spread", "burst", "cast", "broadcast",
                                                   "upset", "shed", "split", "rid", "thrust"};
  for (std::string_view x : kSameForm) {
    if (w == x) {
      a.form = kVBD;
      a.lemma = x;
      return a;
    }
  }
  if (is_verb(w)) {
    a.form = kVB;
    a.lemma = w;
    return a;
  }
  auto try_stem = [&](std::string_view stem, std::string_view add, uint16_t form) {
    buf->assign(stem);
    buf->append(add);
    if (is_verb(*buf)) {
      a.form = form;
      a.lemma = *buf;
      return true;
    }
    return false;
  };
  auto undouble = [&](std::string_view stem, uint16_t form) {
    size_t n = stem.size();
    if (n >= 3 && stem[n - 1] == stem[n - 2] && !IsVowel(stem[n - 1])) {
      return try_stem(stem.substr(0, n - 1), "", form);
    }
    return false;
  };
  if (EndsWith(w, "ing") && w.size() > 4) {
    std::string_view stem = w.substr(0, w.size() - 3);
    if (try_stem(stem, "", kVBG) || try_stem(stem, "e", kVBG) || undouble(stem, kVBG)) return a;
    if (EndsWith(stem, "y") && try_stem(stem.substr(0, stem.size() - 1), "ie", kVBG)) return a;
  } else if (EndsWith(w, "ed") && w.size() > 3) {
    std::string_view stem = w.substr(0, w.size() - 2);
    if (EndsWith(w, "ied") && try_stem(w.substr(0, w.size() - 3), "y", kVBD)) return a;
    if (try_stem(stem, "", kVBD) || try_stem(stem, "e", kVBD) || undouble(stem, kVBD)) return a;
  } else if (EndsWith(w, "s") && !EndsWith(w, "ss")) {
    if (EndsWith(w, "ies") && try_stem(w.substr(0, w.size() - 3), "y", kVBZ)) return a;
    if (EndsWith(w, "es") && try_stem(w.substr(0, w.size() - 2), "", kVBZ)) return a;
    if (try_stem(w.substr(0, w.size() - 1), "", kVBZ)) return a;
  }
  a.form = 0;
  a.lemma = {};
  return a;
}

bool WordLexicon::IsPluralNoun(std::string_view w, std::string* buf) const {
  if (noun_exc_.count(w)) return true;
  if (!EndsWith(w, "s") || EndsWith(w, "ss") || w.size() < 3) return false;
  auto is_noun = [&](std::string_view s) { return (Classes(s) & kClassNoun) != 0; };
  if (EndsWith(w, "ies")) {
    buf->assign(w.substr(0, w.size() - 3));
    buf->push_back('y');
    if (is_noun(*buf)) return true;
  }
  if (EndsWith(w, "es") && is_noun(w.substr(0, w.size() - 2))) return true;
  return is_noun(w.substr(0, w.size() - 1));
}

std::vector<std::string> WordLexicon::Inflect(std::string_view lemma_view) const {
  std::string lemma(lemma_view);
  std::vector<std::string> out = {lemma};
  auto add = [&](std::string s) {
    for (const auto& x : out) if (x == s) return;
    out.push_back(std::move(s));
  };
  size_t n = lemma.size();
  char last = n ? lemma[n - 1] : 0;
  bool cons_y = n >= 2 && last == 'y' && !IsVowel(lemma[n - 2]);
  // Third person singular.
  if (EndsWith(lemma, "s") || EndsWith(lemma, "x") || EndsWith(lemma, "z") ||
      EndsWith(lemma, "ch") || EndsWith(lemma, "sh") || EndsWith(lemma, "o")) {
    add(lemma + "es");
  } else if (cons_y) {
    add(lemma.substr(0, n - 1) + "ies");
  } else {
    add(lemma + "s");
  }
  // Past and participle.
  if (last == 'e') add(lemma + "d");
  else if (cons_y) add(lemma.substr(0, n - 1) + "ied");
  else add(lemma + "ed");
  // -ing.
  if (EndsWith(lemma, "ie")) add(lemma.substr(0, n - 2) + "ying");
  else if (last == 'e' && n > 2 && !EndsWith(lemma, "ee") && !EndsWith(lemma, "ye") &&
           !EndsWith(lemma, "oe"))
    add(lemma.substr(0, n - 1) + "ing");
  else add(lemma + "ing");
  if (auto it = verb_irregular_.find(lemma); it != verb_irregular_.end()) {
    for (const auto& f : it->second) add(f);
  }
  return out;
}

std::vector<std::string> WordLexicon::NounForms(std::string_view lemma_view) const {
  std::string lemma(lemma_view);
  std::vector<std::string> out = {lemma};
  size_t n = lemma.size();
  if (n == 0) return out;
  for (const auto& [plural, singular] : noun_exc_) {
    if (singular == lemma) out.push_back(plural);
  }
  if (out.size() > 1) return out;
  if (EndsWith(lemma, "s") || EndsWith(lemma, "x") || EndsWith(lemma, "ch") || EndsWith(lemma, "sh"))
    out.push_back(lemma + "es");
  else if (n >= 2 && lemma[n - 1] == 'y' && !IsVowel(lemma[n - 2]))
    out.push_back(lemma.substr(0, n - 1) + "ies");
  else
    out.push_back(lemma + "s");
  return out;
}

}  // namespace dateline::syntax
