// Memory-mapped gazetteer; see gazetteer.h and gazetteer_format.h.
#include "geo/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "geo/name_key.h"

namespace dateline::geo {

StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::Open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::NotFound("gazetteer: cannot open " + path);
  struct stat st;
  if (::fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(sizeof(GazHeader))) {
    ::close(fd);
    return Status::Corruption("gazetteer: " + path + " is too short to be a gazetteer");
  }
  size_t size = static_cast<size_t>(st.st_size);
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return Status::IoError("gazetteer: cannot map " + path);
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->map_ = map;
  g->size_ = size;
  GazHeader h;
  std::memcpy(&h, map, sizeof(h));
  if (std::memcmp(h.magic, kGazetteerMagic, sizeof(h.magic)) != 0)
    return Status::Corruption("gazetteer: " + path + " is not a Dateline gazetteer (bad magic number)");
  if (h.version != kGazetteerVersion)
    return Status::Corruption("gazetteer: " + path + " has format version " + std::to_string(h.version) +
                              ", this build reads version " + std::to_string(kGazetteerVersion) +
                              ": rebuild it with `dateline gazetteer build`");
  auto fits = [&](uint64_t off, uint64_t n, uint64_t rec) {
    return off <= size && n <= (size - off) / rec && off % 8 == 0;
  };
  if (!fits(h.entries_offset, h.n_entries, sizeof(GazEntry)) ||
      !fits(h.names_offset, h.n_names, sizeof(GazName)) ||
      !fits(h.countries_offset, h.n_countries, sizeof(GazCountry)) ||
      !fits(h.prefixes_offset, h.n_prefixes, sizeof(uint64_t)) ||
      !fits(h.buckets_offset, kGazBuckets + 1, sizeof(uint32_t)) ||
      h.strings_offset > size || h.strings_size > size - h.strings_offset)
    return Status::Corruption("gazetteer: " + path + " is truncated or damaged");
  const char* base = static_cast<const char*>(map);
  g->entries_ = reinterpret_cast<const GazEntry*>(base + h.entries_offset);
  g->names_ = reinterpret_cast<const GazName*>(base + h.names_offset);
  g->countries_ = reinterpret_cast<const GazCountry*>(base + h.countries_offset);
  g->strings_ = base + h.strings_offset;
  g->prefixes_ = reinterpret_cast<const uint64_t*>(base + h.prefixes_offset);
  g->buckets_ = reinterpret_cast<const uint32_t*>(base + h.buckets_offset);
  g->n_prefixes_ = h.n_prefixes;
  for (uint32_t b = 0; b < kGazBuckets; ++b)
    if (g->buckets_[b] > g->buckets_[b + 1] || g->buckets_[b + 1] > h.n_names)
      return Status::Corruption("gazetteer: " + path + " has a bad bucket table");
  g->n_entries_ = h.n_entries;
  g->n_names_ = h.n_names;
  g->n_countries_ = h.n_countries;
  g->strings_size_ = h.strings_size;
  g->max_name_words_ = std::clamp<uint32_t>(h.max_name_words, 1, 8);
  // Validate the references the runtime follows, so a damaged file cannot send it out of bounds.
  for (size_t i = 0; i < g->n_entries_; ++i) {
    const GazEntry& e = g->entries_[i];
    if (e.name >= h.strings_size || (e.admin1 != kNoIndex && e.admin1 >= h.n_entries) ||
        (e.admin2 != kNoIndex && e.admin2 >= h.n_entries) ||
        (e.country != kNoCountry && e.country >= h.n_countries))
      return Status::Corruption("gazetteer: " + path + " has a bad entry record");
  }
  for (size_t i = 0; i < g->n_countries_; ++i) {
    const GazCountry& c = g->countries_[i];
    if (c.entry >= h.n_entries) return Status::Corruption("gazetteer: " + path + " has a bad country record");
    g->country_by_code_[std::string(c.iso3, 3)] = c.entry;
    g->country_by_code_[std::string(c.iso2, 2)] = c.entry;
  }
  if (h.strings_size == 0 || g->strings_[h.strings_size - 1] != '\0')
    return Status::Corruption("gazetteer: " + path + " has an unterminated string pool");
  // Name records are checked lazily in Lookup (entry < n_entries).
  g->name_bloom_.assign((size_t{1} << kNameBloomBits) / 64, 0);
  g->prefix_bloom_.assign((size_t{1} << kPrefixBloomBits) / 64, 0);
  for (size_t i = 0; i < g->n_names_; ++i) Set(&g->name_bloom_, kNameBloomBits, g->names_[i].hash);
  for (size_t i = 0; i < g->n_prefixes_; ++i) Set(&g->prefix_bloom_, kPrefixBloomBits, g->prefixes_[i]);
  return g;
}

Gazetteer::~Gazetteer() {
  if (map_) ::munmap(map_, size_);
}

std::span<const GazName> Gazetteer::LookupHash(uint64_t hash) const {
  if (!MaybeName(hash)) return {};
  uint32_t b = static_cast<uint32_t>(hash >> 48);
  const GazName* end = names_ + buckets_[b + 1];
  const GazName* lo = std::lower_bound(names_ + buckets_[b], end, hash,
                                       [](const GazName& n, uint64_t h) { return n.hash < h; });
  const GazName* hi = lo;
  while (hi != end && hi->hash == hash) {
    if (hi->entry >= n_entries_) break;  // damaged record: stop before it
    ++hi;
  }
  return {lo, static_cast<size_t>(hi - lo)};
}

bool Gazetteer::IsPrefix(uint64_t hash) const {
  return MaybePrefix(hash) && std::binary_search(prefixes_, prefixes_ + n_prefixes_, hash);
}

std::span<const GazName> Gazetteer::Lookup(std::string_view key) const {
  if (key.empty()) return {};
  return LookupHash(KeyHash(key));
}

std::string_view Gazetteer::Str(uint32_t off) const {
  if (off >= strings_size_) return {};
  return std::string_view(strings_ + off);
}

std::string_view Gazetteer::iso3(const GazEntry& e) const {
  if (e.country == kNoCountry) return {};
  return std::string_view(countries_[e.country].iso3, 3);
}

std::string_view Gazetteer::iso2(const GazEntry& e) const {
  if (e.country == kNoCountry) return {};
  return std::string_view(countries_[e.country].iso2, 2);
}

uint32_t Gazetteer::CountryEntry(std::string_view iso) const {
  auto it = country_by_code_.find(std::string(iso));
  return it == country_by_code_.end() ? kNoIndex : it->second;
}

std::string_view Gazetteer::FeatureCode(const GazEntry& e) const {
  if (e.kind == EntryKind::kCountry) return "country";
  return std::string_view(e.fcode, strnlen(e.fcode, sizeof(e.fcode)));
}

}  // namespace dateline::geo
