// Canonical lookup keys for place names. A gazetteer name and a run of document tokens map to the
// same key when they differ only in case, diacritics or punctuation: the string is folded with
// Fold() (the tokenizer's normalisation), every run of characters that is not a letter or digit
// becomes one space, and the ends are trimmed ("St. Louis" -> "st louis", "Côte d'Ivoire" ->
// "cote d ivoire"). The gazetteer stores a 64-bit hash of the key.
#ifndef DATELINE_GEO_NAME_KEY_H_
#define DATELINE_GEO_NAME_KEY_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dateline::geo {

// Appends the canonical form of an already folded string to *key, separating it from what is
// already there by one space when both are non-empty.
void AppendFoldedToKey(std::string_view folded, std::string* key);

// The canonical key of a raw name (folds it first).
std::string NameKey(std::string_view raw);

uint64_t KeyHash(std::string_view key);

// True when every byte of the key is ASCII: names in other scripts are left out of the index,
// since the tokenizer's folded English text never matches them.
bool IsLatinKey(std::string_view key);

}  // namespace dateline::geo

#endif  // DATELINE_GEO_NAME_KEY_H_
