// Event lexicon loading and lookup: see event_lexicon.h.
#include "coding/event_lexicon.h"

#include <algorithm>

#include "coding/records.h"

namespace dateline::coding {
namespace {

// Splits on spaces, and on hyphens as the tokenizer does ("sit-in" -> sit - in), so a written
// compound matches the tokens of the text.
Phrase Words(std::string_view s) {
  Phrase out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) {
      std::string w(s.substr(i, j - i));
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      size_t h;
      while (w.size() > 2 && (h = w.find('-', 1)) != std::string::npos && h + 1 < w.size()) {
        out.push_back(w.substr(0, h));
        out.push_back("-");
        w = w.substr(h + 1);
      }
      out.push_back(std::move(w));
    }
    i = j + 1;
  }
  return out;
}

}  // namespace

bool PhraseEndsAt(const Phrase& prefix, const std::vector<std::string_view>& words) {
  if (prefix.size() + 1 > words.size()) return false;
  size_t off = words.size() - 1 - prefix.size();
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (words[off + k] != prefix[k]) return false;
  }
  return true;
}

std::vector<Phrase> EventLexicon::ExpandNoun(const std::string& phrase) const {
  Phrase p = Words(phrase);
  std::vector<Phrase> out;
  if (p.empty()) return out;
  for (const std::string& form : words_.NounForms(p.back())) {
    Phrase q = p;
    q.back() = form;
    out.push_back(std::move(q));
  }
  return out;
}

int EventLexicon::ClassId(std::string_view name) const {
  for (size_t i = 0; i < class_names_.size(); ++i) if (class_names_[i] == name) return static_cast<int>(i);
  return -1;
}

Status EventLexicon::LoadDirectory(const std::string& dir) {
  struct File {
    const char* name;
    Status (EventLexicon::*load)(std::string_view, const std::string&);
  };
  const File files[] = {{"classes.txt", &EventLexicon::LoadClasses},
                        {"verbs.txt", &EventLexicon::LoadVerbs},
                        {"nouns.txt", &EventLexicon::LoadNouns}};
  for (const File& f : files) {
    std::string path = dir + "/" + f.name;
    auto text = ReadFile(path);
    if (!text.ok()) return text.status();
    DATELINE_RETURN_IF_ERROR((this->*f.load)(*text, path));
  }
  Finish();
  return Status::Ok();
}

Status EventLexicon::LoadClasses(std::string_view text, const std::string& origin) {
  auto records = ParseRecords(text, origin);
  if (!records.ok()) return records.status();
  for (const Record& r : *records) {
    if (r.fields[0].first != "class") continue;
    if (class_names_.size() >= 64) return Status::InvalidArgument(origin + ": more than 64 classes");
    uint32_t bit = static_cast<uint32_t>(class_names_.size());
    class_names_.push_back(r.fields[0].second);
    for (const std::string& w : r.List("words")) {
      for (Phrase& p : ExpandNoun(w)) {
        std::string head = p.back();
        p.pop_back();
        class_index_[head].push_back({std::move(p), bit});
      }
    }
  }
  return Status::Ok();
}

Status EventLexicon::ParseConstraint(const std::string& value, Constraint* c, const std::string& where) {
  c->any = false;
  for (std::string item : SplitList(value)) {
    // Class names are upper case; "prep: to @ATTACKNOUN" reaches here lower-cased.
    if (item.rfind("@", 0) == 0 || item.rfind("!@", 0) == 0)
      for (char& ch : item) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (item == "-") {
      c->absent = true;
    } else if (item == "@ACTOR") {
      c->actor = true;
    } else if (item.rfind("@ACTOR:", 0) == 0) {
      c->actor_code = item.substr(7);
    } else if (item == "@PLACE") {
      c->place = true;
    } else if (item.rfind("!@", 0) == 0) {
      int id = ClassId(item.substr(2));
      if (id < 0) return Status::InvalidArgument(where + ": unknown class " + item);
      c->not_classes |= uint64_t{1} << id;
    } else if (item[0] == '@') {
      int id = ClassId(item.substr(1));
      if (id < 0) return Status::InvalidArgument(where + ": unknown class " + item);
      c->classes |= uint64_t{1} << id;
    } else {
      for (Phrase& p : ExpandNoun(item)) c->phrases.push_back(std::move(p));
    }
  }
  return Status::Ok();
}

Status EventLexicon::LoadVerbs(std::string_view text, const std::string& origin) {
  auto records = ParseRecords(text, origin);
  if (!records.ok()) return records.status();
  for (const Record& r : *records) {
    if (r.fields[0].first != "event") continue;
    std::string where = origin + ":" + std::to_string(r.line);
    VerbPattern p;
    p.id = r.fields[0].second;
    const std::string* code = r.Get("code");
    if (!code || code->empty()) return Status::InvalidArgument(where + ": event without code");
    p.code = *code;
    if (const std::string* v = r.Get("object")) {
      DATELINE_RETURN_IF_ERROR(ParseConstraint(*v, &p.object, where));
      p.specificity += 2;
    }
    if (const std::string* v = r.Get("prep")) {
      for (const std::string& item : SplitList(*v)) {
        Phrase w = Words(item);
        if (w.empty()) continue;
        p.preps.push_back(w[0]);
        if (w.size() > 1 && w[1][0] == '@') {
          std::string rest;
          for (size_t k = 1; k < w.size(); ++k) rest += (k > 1 ? " " : "") + w[k];
          DATELINE_RETURN_IF_ERROR(ParseConstraint(rest, &p.prep_np, where));
        }
      }
      p.specificity += 1;
    }
    if (const std::string* v = r.Get("particle")) {
      p.particle = Words(*v);
      p.specificity += 2;
    }
    if (const std::string* v = r.Get("target")) {
      if (*v == "object") p.target = TargetSlot::kObject;
      else if (*v == "prep") p.target = TargetSlot::kPrep;
      else if (*v == "subject") p.target = TargetSlot::kSubject;
      else if (*v == "none") p.target = TargetSlot::kNone;
      else return Status::InvalidArgument(where + ": bad target " + *v);
    }
    if (const std::string* v = r.Get("plover-mode")) p.plover_mode = *v;
    if (const std::string* v = r.Get("acled")) p.acled_sub = *v;
    if (const std::string* v = r.Get("refine")) p.refine = *v == "yes";
    if (const std::string* v = r.Get("noun-code")) p.noun_code = *v == "yes";
    std::vector<std::string> verbs = r.List("verb");
    if (verbs.empty()) return Status::InvalidArgument(where + ": event without verb");
    for (const std::string& v : verbs) {
      Phrase w = Words(v);
      if (w.empty()) continue;
      VerbPattern q = p;
      if (w.size() > 1) {
        q.particle.insert(q.particle.begin(), w.begin() + 1, w.end());
        q.specificity += 2;
      }
      AddVerbPattern({w[0]}, std::move(q));
    }
  }
  return Status::Ok();
}

void EventLexicon::AddVerbPattern(const std::vector<std::string>& lemmas, VerbPattern p) {
  uint32_t id = static_cast<uint32_t>(patterns_.size());
  patterns_.push_back(std::move(p));
  for (const std::string& lemma : lemmas) {
    for (const std::string& form : words_.Inflect(lemma)) {
      auto& list = verb_index_[form];
      if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
    }
  }
}

Status EventLexicon::LoadNouns(std::string_view text, const std::string& origin) {
  auto records = ParseRecords(text, origin);
  if (!records.ok()) return records.status();
  for (const Record& r : *records) {
    if (r.fields[0].first != "trigger") continue;
    std::string where = origin + ":" + std::to_string(r.line);
    NounTrigger t;
    t.id = r.fields[0].second;
    const std::string* code = r.Get("code");
    if (!code) return Status::InvalidArgument(where + ": trigger without code");
    t.code = *code;
    if (const std::string* v = r.Get("plover-mode")) t.plover_mode = *v;
    if (const std::string* v = r.Get("acled")) t.acled_sub = *v;
    uint32_t id = static_cast<uint32_t>(triggers_.size());
    triggers_.push_back(t);
    for (const std::string& n : r.List("noun")) {
      for (Phrase& p : ExpandNoun(n)) {
        std::string head = p.back();
        p.pop_back();
        noun_index_[head].push_back({std::move(p), id});
      }
    }
  }
  return Status::Ok();
}

void EventLexicon::Finish() {
  for (auto& [form, list] : verb_index_) {
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      return patterns_[a].specificity > patterns_[b].specificity;
    });
  }
  auto longest_first = [](const Indexed& a, const Indexed& b) { return a.prefix.size() > b.prefix.size(); };
  for (auto& [w, list] : noun_index_) std::stable_sort(list.begin(), list.end(), longest_first);
}

const std::vector<uint32_t>* EventLexicon::VerbPatterns(std::string_view form) const {
  auto it = verb_index_.find(form);
  return it == verb_index_.end() ? nullptr : &it->second;
}

const NounTrigger* EventLexicon::MatchNoun(const std::vector<std::string_view>& words) const {
  if (words.empty()) return nullptr;
  auto it = noun_index_.find(words.back());
  if (it == noun_index_.end()) return nullptr;
  for (const Indexed& x : it->second) {
    if (PhraseEndsAt(x.prefix, words)) return &triggers_[x.id];
  }
  return nullptr;
}

uint64_t EventLexicon::MatchClasses(const std::vector<std::string_view>& words) const {
  if (words.empty()) return 0;
  auto it = class_index_.find(words.back());
  if (it == class_index_.end()) return 0;
  uint64_t bits = 0;
  for (const Indexed& x : it->second) {
    if (PhraseEndsAt(x.prefix, words)) bits |= uint64_t{1} << x.id;
  }
  return bits;
}

}  // namespace dateline::coding
