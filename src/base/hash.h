// Content hashes: 64-bit xxHash (XXH3) rendered as 16 hex digits. Used for stable article ids and
// for deduplicating articles in the store.
#ifndef DATELINE_BASE_HASH_H_
#define DATELINE_BASE_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dateline {

uint64_t Hash64(std::string_view data);
std::string HashHex(std::string_view data);

}  // namespace dateline

#endif  // DATELINE_BASE_HASH_H_
