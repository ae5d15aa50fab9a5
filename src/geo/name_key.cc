// Canonical place-name keys; see name_key.h.
#include "geo/name_key.h"

#include "base/hash.h"
#include "base/utf8.h"

namespace dateline::geo {
namespace {

// Bytes >= 0x80 are parts of non-ASCII letters that Fold() left alone; they count as letters.
bool IsKeyChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace

void AppendFoldedToKey(std::string_view folded, std::string* key) {
  bool pending_space = !key->empty();
  for (unsigned char c : folded) {
    if (IsKeyChar(c)) {
      if (pending_space && !key->empty()) key->push_back(' ');
      pending_space = false;
      key->push_back(static_cast<char>(c));
    } else {
      pending_space = true;
    }
  }
}

std::string NameKey(std::string_view raw) {
  std::string key;
  AppendFoldedToKey(Fold(raw), &key);
  return key;
}

uint64_t KeyHash(std::string_view key) { return Hash64(key); }

bool IsLatinKey(std::string_view key) {
  if (key.empty()) return false;
  for (unsigned char c : key)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace dateline::geo
