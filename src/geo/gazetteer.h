// The compiled gazetteer at run time: gazetteer.bin memory-mapped read-only and used in place.
// Opening checks the magic number, version and section bounds (a truncated or foreign file is a
// Corruption status, never a crash); lookups binary-search the name table, which is sorted by the
// 64-bit hash of the canonical key (name_key.h). Immutable after Open(), so one instance serves
// every pipeline thread.
#ifndef DATELINE_GEO_GAZETTEER_H_
#define DATELINE_GEO_GAZETTEER_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dateline/status.h"
#include "geo/gazetteer_format.h"

namespace dateline::geo {

class Gazetteer {
 public:
  // Maps the file at path. The file must stay unchanged while the Gazetteer lives.
  static StatusOr<std::unique_ptr<Gazetteer>> Open(const std::string& path);
  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;  // owns the mapping
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Every (entry, flags) whose name has this canonical key; empty when none.
  std::span<const GazName> Lookup(std::string_view key) const;
  std::span<const GazName> LookupHash(uint64_t hash) const;
  // True when some multi-word name starts with these words (hash of a key).
  bool IsPrefix(uint64_t hash) const;

  const GazEntry& entry(uint32_t i) const { return entries_[i]; }
  size_t size() const { return n_entries_; }
  size_t country_count() const { return n_countries_; }
  std::string_view name(const GazEntry& e) const { return Str(e.name); }
  // ISO 3166 alpha-3 and alpha-2 codes of an entry's country; empty when none.
  std::string_view iso3(const GazEntry& e) const;
  std::string_view iso2(const GazEntry& e) const;
  // The entry of a country by ISO3 (or ISO2) code, or kNoIndex.
  uint32_t CountryEntry(std::string_view iso) const;
  // The entry of the country at index c of the country table (GazEntry::country), or kNoIndex.
  uint32_t CountryEntryAt(uint16_t c) const { return c < n_countries_ ? countries_[c].entry : kNoIndex; }
  std::string_view FeatureCode(const GazEntry& e) const;
  uint32_t max_name_words() const { return max_name_words_; }
  size_t file_size() const { return size_; }

 private:
  Gazetteer() = default;
  std::string_view Str(uint32_t off) const;

  void* map_ = nullptr;
  size_t size_ = 0;
  const GazEntry* entries_ = nullptr;
  const GazName* names_ = nullptr;
  const GazCountry* countries_ = nullptr;
  const char* strings_ = nullptr;
  // Bloom filters over the name and prefix hashes (two probes each), built at Open(): most
  // capitalised words that are not names are rejected without touching the 10 MB name table.
  bool MaybeName(uint64_t hash) const { return Probe(name_bloom_, kNameBloomBits, hash); }
  bool MaybePrefix(uint64_t hash) const { return Probe(prefix_bloom_, kPrefixBloomBits, hash); }
  static constexpr uint32_t kNameBloomBits = 22, kPrefixBloomBits = 20;
  static bool Probe(const std::vector<uint64_t>& bits, uint32_t log2, uint64_t h) {
    uint64_t a = h & ((uint64_t{1} << log2) - 1), b = (h >> 32) & ((uint64_t{1} << log2) - 1);
    return ((bits[a >> 6] >> (a & 63)) & 1) && ((bits[b >> 6] >> (b & 63)) & 1);
  }
  static void Set(std::vector<uint64_t>* bits, uint32_t log2, uint64_t h) {
    uint64_t a = h & ((uint64_t{1} << log2) - 1), b = (h >> 32) & ((uint64_t{1} << log2) - 1);
    (*bits)[a >> 6] |= uint64_t{1} << (a & 63);
    (*bits)[b >> 6] |= uint64_t{1} << (b & 63);
  }
  std::vector<uint64_t> name_bloom_, prefix_bloom_;
  const uint64_t* prefixes_ = nullptr;
  const uint32_t* buckets_ = nullptr;
  size_t n_prefixes_ = 0;
  size_t n_entries_ = 0, n_names_ = 0, n_countries_ = 0, strings_size_ = 0;
  uint32_t max_name_words_ = 1;
  std::unordered_map<std::string, uint32_t> country_by_code_;
};

}  // namespace dateline::geo

#endif  // DATELINE_GEO_GAZETTEER_H_
