// On-disk layout of the compiled gazetteer (gazetteer.bin), written by the builder and
// memory-mapped by Gazetteer. Fixed-size little-endian records in four sections, so the runtime
// reads the file in place without parsing:
//
//   header | entries[n_entries] | names[n_names] (sorted by key hash) | countries[n_countries]
//   | prefixes[n_prefixes] (sorted hashes of the proper word prefixes of multi-word keys, so the
//   recogniser stops extending a span that can no longer become a name) | buckets[65537] (index
//   of the first name whose hash has those top 16 bits, narrowing each binary search)
//   | string pool (NUL-terminated UTF-8)
//
// Every place, first-level and second-level administrative division and country is an Entry;
// names (primary, ASCII and alternate, plus country codes and demonyms) point at entries. A file
// starts with a magic number and a format version (as fastText's model header does) so an old or
// foreign file fails clearly instead of being misread.
#ifndef DATELINE_GEO_GAZETTEER_FORMAT_H_
#define DATELINE_GEO_GAZETTEER_FORMAT_H_

#include <cstdint>

namespace dateline::geo {

inline constexpr char kGazetteerMagic[8] = {'D', 'L', 'G', 'A', 'Z', 'E', 'T', '\0'};
inline constexpr uint32_t kGazetteerVersion = 2;
inline constexpr uint32_t kGazBuckets = 65536;
inline constexpr uint32_t kNoIndex = UINT32_MAX;
inline constexpr uint16_t kNoCountry = UINT16_MAX;

enum class EntryKind : uint8_t { kPlace = 0, kAdmin1 = 1, kAdmin2 = 2, kCountry = 3, kOther = 4 };

struct GazHeader {
  char magic[8];
  uint32_t version;
  uint32_t n_entries;
  uint32_t n_names;
  uint32_t n_countries;
  uint64_t entries_offset;
  uint64_t names_offset;
  uint64_t countries_offset;
  uint64_t strings_offset;
  uint64_t strings_size;
  uint32_t max_name_words;  // longest key in words: bounds the recogniser's span search
  uint32_t n_prefixes;
  uint64_t prefixes_offset;
  uint64_t buckets_offset;  // kGazBuckets + 1 uint32 values
};

struct GazEntry {
  uint32_t geonameid;   // 0 when not from GeoNames (countries from world-countries)
  float lat, lon;
  uint32_t population;  // admin divisions and countries: sum over member places
  uint32_t name;        // string pool offset of the display name
  uint32_t admin1;      // entry index of the first-level division, or kNoIndex
  uint32_t admin2;      // entry index of the second-level division, or kNoIndex
  uint16_t country;     // index into the country table, or kNoCountry
  char fcode[6];        // GeoNames feature code, NUL-padded ("PPLA", "ADM1"; "country")
  char fclass;          // GeoNames feature class (P, A, H, T, ...)
  EntryKind kind;
  uint16_t reserved;
};
static_assert(sizeof(GazEntry) == 40);

enum NameFlags : uint32_t {
  kNamePrimary = 1,    // the entry's own name or ASCII name (not an alternate)
  kNameCode = 2,       // an abbreviation or code: "US", "DRC", "UK"
  kNameDemonym = 4,    // a demonym or adjective: "Malian"
  kNameSuffixed = 8,   // an admin name with its type word kept: "Rapides Parish"
  kNameStripped = 16,  // an admin name with its type word removed: "Rapides"
};

struct GazName {
  uint64_t hash;  // KeyHash(NameKey(name))
  uint32_t entry;
  uint32_t flags;
};
static_assert(sizeof(GazName) == 16);

struct GazCountry {
  char iso2[2];
  char iso3[3];
  char pad[3];
  uint32_t entry;  // the country's own entry
  uint32_t name;   // string pool offset of the common English name
};
static_assert(sizeof(GazCountry) == 16);

}  // namespace dateline::geo

#endif  // DATELINE_GEO_GAZETTEER_FORMAT_H_
