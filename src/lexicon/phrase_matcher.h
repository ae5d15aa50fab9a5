// A compiled multi-pattern matcher over token sequences, in the shape of re2's RE2::Set (add
// phrases, compile once, match many documents from many threads). Phrases are tokenized with the
// document tokenizer so that both sides split the same way; each token's matching key is its
// normalised form (lower case, diacritics folded) without periods ("U.N." = "UN"), interned to an
// integer. The phrases form a trie over token ids: the root's children sit in a flat array indexed
// by token id, deeper edges in one open-addressing hash table keyed by (node, token). Hyphens
// written inside a word ("Al-Qaeda") are skipped on both sides, so "Al-Qaeda" = "Al Qaeda"; a
// leading "the" is dropped from phrases. All-capital acronym tokens of 2-4 letters ("AU", "US")
// only match all-capital text, and a one-word capitalised name only a capitalised word. Matching
// is leftmost-longest.
#ifndef DATELINE_LEXICON_PHRASE_MATCHER_H_
#define DATELINE_LEXICON_PHRASE_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.h"

namespace dateline::lexicon {

// What a phrase stands for: an opaque (type, index) pair owned by the caller.
struct PhraseTarget {
  uint32_t type = 0;
  uint32_t index = 0;
  bool operator==(const PhraseTarget&) const = default;
};

struct PhraseMatch {
  uint32_t begin = 0, end = 0;  // token indices [begin, end) into Document::tokens
  uint32_t node = 0;            // the trie node reached; see PhraseMatcher::Targets
};

class PhraseMatcher {
 public:
  static constexpr uint32_t kUnknown = 0;   // token id of words in no phrase
  static constexpr uint32_t kSkip = 1;      // an in-word hyphen
  static constexpr int kMaxPhraseTokens = 32;

  PhraseMatcher();

  // Adds a phrase; returns its number of tokens (0: nothing to match, not added).
  int Add(std::string_view phrase, PhraseTarget target);
  // Builds the lookup tables. REQUIRES: called once, after the last Add().
  void Compile();

  // Token ids of doc.tokens [begin, end), one per token, into *ids (resized to end).
  void TokenIds(const Document& doc, std::vector<uint32_t>* ids) const;
  // Leftmost-longest matches within tokens [begin, end), appended to *out. `ids` from TokenIds.
  void Match(const Document& doc, const std::vector<uint32_t>& ids, uint32_t begin, uint32_t end,
             std::vector<PhraseMatch>* out) const;

  // The targets of m whose case constraints hold in doc, appended to *out.
  void Targets(const Document& doc, const std::vector<uint32_t>& ids, const PhraseMatch& m,
               std::vector<PhraseTarget>* out) const;

  // The id of a normalised key, kUnknown when absent.
  uint32_t Lookup(std::string_view key) const;
  size_t num_phrases() const { return num_phrases_; }
  size_t num_tokens() const { return words_.size(); }
  size_t num_nodes() const { return nodes_.size(); }

  // The matching key of a normalised token: the form without periods, unless it is only periods.
  static std::string_view Key(std::string_view norm, std::string* scratch);

 private:
  struct Item {
    PhraseTarget target;
    uint32_t caps_mask;  // bit k: the k-th phrase token must be all capitals in the text;
                         // kCapitalBit: the (single) token must be capitalised
  };
  static constexpr uint32_t kCapitalBit = 1u << 31;
  struct Node {
    uint32_t items_begin = 0, items_end = 0;
  };
  uint32_t Intern(std::string_view key);
  uint32_t Child(uint32_t node, uint32_t tok) const;
  uint32_t AddChild(uint32_t node, uint32_t tok);

  // Vocabulary: open addressing over words_.
  std::vector<std::string> words_;      // id - 2 -> word
  std::vector<uint32_t> word_slots_;    // 0 empty, else id
  std::vector<uint64_t> word_hashes_;   // parallel to word_slots_
  // Trie.
  std::vector<Node> nodes_;             // node 0 is the root
  std::vector<std::vector<Item>> pending_;  // items per node while adding
  std::vector<Item> items_;
  std::vector<uint32_t> root_children_;  // by token id
  std::vector<uint64_t> edge_keys_;      // (node << 32 | tok) + 1; 0 empty
  std::vector<uint32_t> edge_values_;
  size_t num_edges_ = 0;
  size_t num_phrases_ = 0;
  bool compiled_ = false;
  // True when item's case constraints hold for the tokens matched from `begin`.
  bool CaseOk(const Document& doc, const std::vector<uint32_t>& ids, uint32_t begin,
              const Item& item) const;
};

}  // namespace dateline::lexicon

#endif  // DATELINE_LEXICON_PHRASE_MATCHER_H_
