// See phrase_matcher.h. Token ids 0 and 1 are reserved (unknown word, skippable hyphen); real
// words start at 2. The hash tables use linear probing at a load factor of at most 1/2, so a miss
// (the common case: most text tokens start no phrase) costs one hash and one or two probes.
#include "lexicon/phrase_matcher.h"

#include "base/hash.h"
#include "text/tokenizer.h"

namespace dateline::lexicon {
namespace {

inline uint64_t MixEdge(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  return k;
}

inline uint64_t HashWord(std::string_view w) {
  // FNV-1a: words are short, so a simple byte loop beats a vectorised hash here.
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : w) h = (h ^ c) * 1099511628211ULL;
  return h ^ (h >> 29);
}

bool IsInWordHyphen(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  if (t.flags & kTokSpaceBefore) return false;
  if (t.norm_size != 1 || doc.norm_buffer[t.norm_offset] != '-') return false;
  return i + 1 < doc.tokens.size() && !(doc.tokens[i + 1].flags & kTokSpaceBefore);
}

}  // namespace

PhraseMatcher::PhraseMatcher() {
  nodes_.emplace_back();
  pending_.emplace_back();
  word_slots_.assign(1024, 0);
  word_hashes_.assign(1024, 0);
}

std::string_view PhraseMatcher::Key(std::string_view norm, std::string* scratch) {
  if (norm.find('.') == std::string_view::npos || norm.size() < 2) return norm;
  scratch->clear();
  for (char c : norm) if (c != '.') *scratch += c;
  if (scratch->empty()) return norm;
  return *scratch;
}

uint32_t PhraseMatcher::Lookup(std::string_view key) const {
  uint64_t h = HashWord(key);
  size_t mask = word_slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    uint32_t id = word_slots_[i];
    if (id == 0) return kUnknown;
    if (word_hashes_[i] == h && words_[id - 2] == key) return id;
  }
}

uint32_t PhraseMatcher::Intern(std::string_view key) {
  uint32_t id = Lookup(key);
  if (id != kUnknown) return id;
  if ((words_.size() + 1) * 2 > word_slots_.size()) {
    std::vector<uint32_t> slots(word_slots_.size() * 2, 0);
    std::vector<uint64_t> hashes(slots.size(), 0);
    size_t mask = slots.size() - 1;
    for (size_t j = 0; j < word_slots_.size(); ++j) {
      if (!word_slots_[j]) continue;
      size_t i = word_hashes_[j] & mask;
      while (slots[i]) i = (i + 1) & mask;
      slots[i] = word_slots_[j];
      hashes[i] = word_hashes_[j];
    }
    word_slots_.swap(slots);
    word_hashes_.swap(hashes);
  }
  words_.emplace_back(key);
  id = static_cast<uint32_t>(words_.size() + 1);
  uint64_t h = HashWord(key);
  size_t mask = word_slots_.size() - 1;
  size_t i = h & mask;
  while (word_slots_[i]) i = (i + 1) & mask;
  word_slots_[i] = id;
  word_hashes_[i] = h;
  return id;
}

uint32_t PhraseMatcher::Child(uint32_t node, uint32_t tok) const {
  if (node == 0) return tok < root_children_.size() ? root_children_[tok] : 0;
  if (edge_keys_.empty()) return 0;
  uint64_t key = ((uint64_t{node} << 32) | tok) + 1;
  size_t mask = edge_keys_.size() - 1;
  for (size_t i = MixEdge(key) & mask;; i = (i + 1) & mask) {
    uint64_t k = edge_keys_[i];
    if (k == key) return edge_values_[i];
    if (k == 0) return 0;
  }
}

uint32_t PhraseMatcher::AddChild(uint32_t node, uint32_t tok) {
  uint32_t c = Child(node, tok);
  if (c) return c;
  c = static_cast<uint32_t>(nodes_.size());
  nodes_.emplace_back();
  pending_.emplace_back();
  if (node == 0) {
    if (root_children_.size() <= tok) root_children_.resize(tok + 1, 0);
    root_children_[tok] = c;
    return c;
  }
  if ((num_edges_ + 1) * 2 > edge_keys_.size()) {
    size_t n = edge_keys_.empty() ? 1024 : edge_keys_.size() * 2;
    std::vector<uint64_t> keys(n, 0);
    std::vector<uint32_t> values(n, 0);
    for (size_t j = 0; j < edge_keys_.size(); ++j) {
      if (!edge_keys_[j]) continue;
      size_t i = MixEdge(edge_keys_[j]) & (n - 1);
      while (keys[i]) i = (i + 1) & (n - 1);
      keys[i] = edge_keys_[j];
      values[i] = edge_values_[j];
    }
    edge_keys_.swap(keys);
    edge_values_.swap(values);
  }
  uint64_t key = ((uint64_t{node} << 32) | tok) + 1;
  size_t mask = edge_keys_.size() - 1;
  size_t i = MixEdge(key) & mask;
  while (edge_keys_[i]) i = (i + 1) & mask;
  edge_keys_[i] = key;
  edge_values_[i] = c;
  ++num_edges_;
  return c;
}

int PhraseMatcher::Add(std::string_view phrase, PhraseTarget target) {
  Document d;
  d.article.text = std::string(phrase);
  Tokenize(d, Span{0, static_cast<uint32_t>(d.article.text.size())});
  std::string scratch;
  uint32_t node = 0;
  int n = 0;
  uint32_t caps = 0;
  bool first_capital = false;
  for (uint32_t i = 0; i < d.tokens.size(); ++i) {
    if (IsInWordHyphen(d, i)) continue;
    std::string_view key = Key(d.norm(d.tokens[i]), &scratch);
    if (n == 0 && key == "the") continue;
    if (n == kMaxPhraseTokens) return 0;
    const Token& t = d.tokens[i];
    if (n == 0) first_capital = (t.flags & kTokCapital) && !(t.flags & kTokAllCaps);
    if (t.flags & kTokAllCaps) {
      int letters = 0;
      for (char c : key) letters += (c >= 'a' && c <= 'z');
      if (letters >= 2 && letters <= 4) caps |= 1u << n;
    }
    node = AddChild(node, Intern(key));
    ++n;
  }
  if (n == 0) return 0;
  // A one-word proper name ("Valley" of "The Valley", "Chad", "Fulani") only matches a
  // capitalised word, so common nouns in running text do not.
  if (n == 1 && caps == 0 && first_capital) caps = kCapitalBit;
  for (const Item& it : pending_[node])
    if (it.target == target && it.caps_mask == caps) return n;
  pending_[node].push_back({target, caps});
  ++num_phrases_;
  return n;
}

void PhraseMatcher::Compile() {
  items_.clear();
  for (size_t i = 0; i < nodes_.size(); ++i) {
    nodes_[i].items_begin = static_cast<uint32_t>(items_.size());
    for (const Item& it : pending_[i]) items_.push_back(it);
    nodes_[i].items_end = static_cast<uint32_t>(items_.size());
  }
  pending_.clear();
  pending_.shrink_to_fit();
  root_children_.resize(words_.size() + 2, 0);
  compiled_ = true;
}

void PhraseMatcher::TokenIds(const Document& doc, std::vector<uint32_t>* ids) const {
  ids->resize(doc.tokens.size());
  std::string scratch;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    std::string_view norm(doc.norm_buffer.data() + t.norm_offset, t.norm_size);
    if (norm.size() == 1 && norm[0] == '-' && IsInWordHyphen(doc, i)) {
      (*ids)[i] = kSkip;
      continue;
    }
    (*ids)[i] = Lookup(Key(norm, &scratch));
  }
}

bool PhraseMatcher::CaseOk(const Document& doc, const std::vector<uint32_t>& ids, uint32_t begin,
                           const Item& item) const {
  uint32_t mask = item.caps_mask;
  if (mask & kCapitalBit) return (doc.tokens[begin].flags & kTokCapital) != 0;
  for (uint32_t i = begin, k = 0; mask; ++i) {
    if (ids[i] == kSkip) continue;
    if ((mask & 1) && !(doc.tokens[i].flags & kTokAllCaps)) return false;
    mask >>= 1;
    ++k;
  }
  return true;
}

void PhraseMatcher::Match(const Document& doc, const std::vector<uint32_t>& ids, uint32_t begin,
                          uint32_t end, std::vector<PhraseMatch>* out) const {
  const uint32_t* id = ids.data();
  const uint32_t roots = static_cast<uint32_t>(root_children_.size());
  for (uint32_t i = begin; i < end;) {
    uint32_t tok = id[i];
    uint32_t node = tok < roots ? root_children_[tok] : 0;
    if (node == 0) { ++i; continue; }
    uint32_t best_end = 0, best_node = 0;
    uint32_t j = i + 1;
    for (;;) {
      const Node& n = nodes_[node];
      if (n.items_begin != n.items_end) {
        for (uint32_t k = n.items_begin; k < n.items_end; ++k) {
          if (items_[k].caps_mask == 0 || CaseOk(doc, ids, i, items_[k])) {
            best_end = j;
            best_node = node;
            break;
          }
        }
      }
      while (j < end && id[j] == kSkip) ++j;
      if (j >= end) break;
      uint32_t c = Child(node, id[j]);
      if (c == 0) break;
      node = c;
      ++j;
    }
    if (best_node) {
      out->push_back({i, best_end, best_node});
      i = best_end;
    } else {
      ++i;
    }
  }
}

void PhraseMatcher::Targets(const Document& doc, const std::vector<uint32_t>& ids, const PhraseMatch& m,
                            std::vector<PhraseTarget>* out) const {
  const Node& n = nodes_[m.node];
  for (uint32_t k = n.items_begin; k < n.items_end; ++k)
    if (items_[k].caps_mask == 0 || CaseOk(doc, ids, m.begin, items_[k])) out->push_back(items_[k].target);
}

}  // namespace dateline::lexicon
