#include "base/hash.h"

#include <xxhash.h>

#include <cstdio>

namespace dateline {

uint64_t Hash64(std::string_view data) { return XXH3_64bits(data.data(), data.size()); }

std::string HashHex(std::string_view data) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(Hash64(data)));
  return std::string(buf, 16);
}

}  // namespace dateline
