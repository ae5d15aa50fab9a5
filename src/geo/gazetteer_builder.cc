// Gazetteer compiler. Reads, in order:
//   1. world-countries (countries.json): one country entry per ISO code, with its centroid
//      (latlng, or the GeoNames record's point where the two differ), English common and
//      official names, alternate spellings and codes ("US", "USA", "DRC"), and English
//      demonyms ("Malian") flagged as such;
//   2. admin1CodesASCII.txt / admin2Codes.txt: one entry per first- and second-level division,
//      keyed by GeoNames code ("ML.10", "US.LA.079"); names indexed with and without their type
//      word ("Rapides Parish" and "Rapides"), US states also by postal code and AP abbreviation;
//   3. the GeoNames dumps: one entry per populated place (and, with --feature-classes, other
//      features), all Latin-script names indexed. Rows that are themselves admin divisions
//      (allCountries.txt has them) give their division its coordinates and alternate names.
// A division the dump gives no coordinates gets the mean position of its member places, and every
// division and country gets the summed population of its members as a prior; a division with no
// coordinates and no members is left unindexed rather than placed at a made-up point.
// cities500 leaves the admin2 code of many places empty (all but 10 of Mali's 67 places): a
// second-level division with no member then takes as its seat the town of its first-level
// division that bears its name without the type word ("Douentza Cercle" -> Douentza, a PPLA2),
// which becomes its member (the town gets the admin2 link, the division the town's point), the
// way ACLED places an event known only to a cercle at the cercle's chief town.
#include "geo/gazetteer_builder.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "geo/gazetteer_format.h"
#include "geo/name_key.h"

namespace dateline::geo {
namespace {

struct BuildEntry {
  GazEntry e{};
  std::string name;
  double sum_lat = 0, sum_lon = 0;
  uint64_t members = 0, member_pop = 0;
  bool has_coords = false;
};

struct BuildName {
  uint64_t hash;
  uint32_t entry;
  uint32_t flags;
  uint32_t words;
};

// AP style abbreviations of US states (with the postal codes GeoNames uses as admin1 codes).
constexpr std::pair<const char*, const char*> kUsStateAbbrev[] = {
    {"AL", "Ala."},   {"AZ", "Ariz."}, {"AR", "Ark."},  {"CA", "Calif."}, {"CO", "Colo."},
    {"CT", "Conn."},  {"DE", "Del."},  {"FL", "Fla."},  {"GA", "Ga."},    {"IL", "Ill."},
    {"IN", "Ind."},   {"KS", "Kan."},  {"KS", "Kans."}, {"KY", "Ky."},    {"LA", "La."},
    {"MD", "Md."},    {"MA", "Mass."}, {"MI", "Mich."}, {"MN", "Minn."},  {"MS", "Miss."},
    {"MO", "Mo."},    {"MT", "Mont."}, {"NE", "Neb."},  {"NE", "Nebr."},  {"NV", "Nev."},
    {"NH", "N.H."},   {"NJ", "N.J."},  {"NM", "N.M."},  {"NY", "N.Y."},   {"NC", "N.C."},
    {"ND", "N.D."},   {"OK", "Okla."}, {"OR", "Ore."},  {"OR", "Oreg."},  {"PA", "Pa."},
    {"RI", "R.I."},   {"SC", "S.C."},  {"SD", "S.D."},  {"TN", "Tenn."},  {"TX", "Tex."},
    {"VT", "Vt."},    {"VA", "Va."},   {"WA", "Wash."}, {"WV", "W.Va."},  {"WI", "Wis."},
    {"WI", "Wisc."},  {"WY", "Wyo."},  {"DC", "D.C."},
};

// Common English names of countries that world-countries does not list among its spellings.
constexpr std::pair<const char*, const char*> kCountryAliases[] = {
    {"USA", "America"},        {"GBR", "Britain"},        {"GBR", "Great Britain"},
    {"NLD", "Holland"},        {"MMR", "Burma"},          {"CIV", "Ivory Coast"},
    {"COD", "Congo-Kinshasa"}, {"COG", "Congo-Brazzaville"}, {"CZE", "Czech Republic"},
    {"MKD", "Macedonia"},      {"SWZ", "Swaziland"},      {"TLS", "East Timor"},
    {"PRK", "North Korea"},    {"KOR", "South Korea"},    {"VAT", "Vatican"},
};

// GeoNames' own points for the countries whose world-countries latlng lies far from them (the
// United States 235 km, Kuwait 194 km, Germany 118 km, New Zealand 111 km). GeoNames-based gold
// data and users expect a country-level mention at the point of the country's GeoNames record;
// for the other countries world-countries already gives that point (measured on every country
// mentioned in LGL and GeoWebNews: 38 of 46 within 1 km). Points computed from cities500 instead
// (population-weighted or plain mean of places, mean of admin1 centroids, bounding-box centre)
// were measured too and were farther from GeoNames for most countries (see docs/geo.md).
struct CountryPoint {
  const char* iso2;
  float lat, lon;
};
constexpr CountryPoint kGeoNamesCountryPoints[] = {
    {"US", 39.76f, -98.5f},  // 6252001
    {"KW", 29.5f, 47.75f},   // 285570
    {"DE", 51.5f, 10.5f},    // 2921044
    {"NZ", -42.0f, 174.0f},  // 2186224
    {"IL", 31.5f, 34.75f},   // 294640
    {"CZ", 49.75f, 15.0f},   // 3077311
};

// Continents, with the GeoNames ids and points of their GeoNames records.
struct Continent {
  const char* name;
  uint32_t geonameid;
  float lat, lon;
};
constexpr Continent kContinents[] = {
    {"Africa", 6255146, 7.1881f, 21.0936f},         {"Asia", 6255147, 29.8405f, 89.2969f},
    {"Europe", 6255148, 48.6909f, 9.1407f},         {"North America", 6255149, 46.0732f, -100.5469f},
    {"South America", 6255150, -14.6048f, -57.6563f}, {"Oceania", 6255151, -18.3128f, 138.5156f},
    {"Antarctica", 6255152, -78.1586f, 16.4063f},
};

// Type words of admin names: indexed with and without them.
constexpr std::string_view kAdminSuffixes[] = {
    " County",     " Parish",     " Borough",   " Census Area", " City and Borough",
    " Municipality", " District", " Region",    " Province",    " Prefecture",
    " Department", " Governorate", " State",    " Oblast",      " Cercle",
    " Division",   " Territory",  " Regency",   " Zone",        " Commune",
};
constexpr std::string_view kAdminPrefixes[] = {
    "Cercle de ", "Cercle d'", "Province of ", "Region of ", "Departement de ", "District of ",
    "Provincia de ", "Departamento de ", "Municipio de ", "State of ", "Wilaya de ",
};

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> f;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      f.push_back(line.substr(start));
      break;
    }
    f.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  return f;
}

bool ParseDouble(std::string_view s, double* out) {
  std::string tmp(s);
  char* end = nullptr;
  *out = std::strtod(tmp.c_str(), &end);
  return !tmp.empty() && end == tmp.c_str() + tmp.size();
}

uint64_t ParseU64(std::string_view s) {
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return v;
}

class Builder {
 public:
  explicit Builder(const GazetteerBuildOptions& options) : options_(options) {}

  Status Run(GazetteerBuildStats* stats) {
    DATELINE_RETURN_IF_ERROR(ReadCountries());
    if (!options_.admin1_file.empty()) DATELINE_RETURN_IF_ERROR(ReadAdmin(options_.admin1_file, 1));
    if (!options_.admin2_file.empty()) DATELINE_RETURN_IF_ERROR(ReadAdmin(options_.admin2_file, 2));
    for (const auto& f : options_.place_files) DATELINE_RETURN_IF_ERROR(ReadPlaces(f));
    FinishAdmins();
    return Write(stats);
  }

 private:
  uint32_t AddString(std::string_view s) {
    uint32_t off = static_cast<uint32_t>(strings_.size());
    strings_.append(s);
    strings_.push_back('\0');
    return off;
  }

  uint32_t NewEntry(std::string_view name, EntryKind kind) {
    BuildEntry b;
    b.name = std::string(name);
    b.e.kind = kind;
    b.e.admin1 = b.e.admin2 = kNoIndex;
    b.e.country = kNoCountry;
    entries_.push_back(std::move(b));
    return static_cast<uint32_t>(entries_.size() - 1);
  }

  void AddName(uint32_t entry, std::string_view raw, uint32_t flags) {
    std::string key = NameKey(raw);
    if (!IsLatinKey(key)) return;
    if (key.size() < 2 && !(flags & kNameCode)) return;
    uint32_t words = 1 + static_cast<uint32_t>(std::count(key.begin(), key.end(), ' '));
    names_.push_back({KeyHash(key), entry, flags, words});
    for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1))
      prefix_hashes_.insert(KeyHash(std::string_view(key).substr(0, sp)));
  }

  void SetFcode(GazEntry* e, std::string_view code, char fclass) {
    std::memset(e->fcode, 0, sizeof(e->fcode));
    std::memcpy(e->fcode, code.data(), std::min(code.size(), sizeof(e->fcode) - 1));
    e->fclass = fclass;
  }

  Status ReadCountries() {
    if (options_.countries_file.empty())
      return Status::InvalidArgument("gazetteer: the countries file (world-countries countries.json) is required");
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    auto err = parser.load(options_.countries_file).get(root);
    if (err) return Status::IoError("gazetteer: cannot read " + options_.countries_file + ": " + simdjson::error_message(err));
    simdjson::dom::array arr;
    if (root.get_array().get(arr)) return Status::Corruption(options_.countries_file + ": not a JSON array");
    for (simdjson::dom::element c : arr) {
      std::string_view cca2, cca3, common, official;
      if (c["cca2"].get_string().get(cca2) || c["cca3"].get_string().get(cca3) || cca2.size() != 2 ||
          cca3.size() != 3)
        continue;
      if (c["name"]["common"].get_string().get(common) || common.empty()) continue;
      if (c["name"]["official"].get_string().get(official)) official = {};
      simdjson::dom::array latlng;
      double lat = 0, lon = 0;
      if (!c["latlng"].get_array().get(latlng) && latlng.size() == 2) {
        if (latlng.at(0).get_double().get(lat) || latlng.at(1).get_double().get(lon)) continue;
      }
      for (const CountryPoint& p : kGeoNamesCountryPoints) {
        if (cca2 == p.iso2) {
          lat = p.lat;
          lon = p.lon;
        }
      }
      uint32_t idx = NewEntry(common, EntryKind::kCountry);
      BuildEntry& b = entries_[idx];
      b.e.lat = static_cast<float>(lat);
      b.e.lon = static_cast<float>(lon);
      b.has_coords = true;
      SetFcode(&b.e, "PCLI", 'A');
      GazCountry gc{};
      std::memcpy(gc.iso2, cca2.data(), 2);
      std::memcpy(gc.iso3, cca3.data(), 3);
      gc.entry = idx;
      b.e.country = static_cast<uint16_t>(countries_.size());
      countries_.push_back(gc);
      country_names_.push_back(std::string(common));
      by_iso2_[std::string(cca2)] = b.e.country;
      AddName(idx, common, kNamePrimary);
      if (!official.empty()) AddName(idx, official, 0);
      simdjson::dom::array alts;
      if (!c["altSpellings"].get_array().get(alts)) {
        for (auto a : alts) {
          std::string_view s;
          if (a.get_string().get(s)) continue;
          bool code = s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char ch) {
                        return (ch >= 'A' && ch <= 'Z') || ch == '.';
                      });
          // Two-letter ISO codes ("IN", "IT", "NO", "LA") are ordinary words in upper-case
          // headlines and abbreviations ("L.A."): only US and UK are read as countries.
          if (code && s.size() == 2 && s != "US" && s != "UK") continue;
          AddName(idx, s, code ? uint32_t{kNameCode} : 0u);
          if (code && s.size() <= 3 && s.find('.') == std::string_view::npos) {
            std::string dotted;  // "US" -> "U.S."
            for (char ch : s) {
              dotted.push_back(ch);
              dotted.push_back('.');
            }
            AddName(idx, dotted, kNameCode);
          }
        }
      }
      for (const char* g : {"m", "f"}) {
        std::string_view d;
        if (!c["demonyms"]["eng"][g].get_string().get(d) && !d.empty()) {
          AddName(idx, d, kNameDemonym);
          // Plurals name the people: "Americans", "Palestinians" (not "Chineses").
          if (d.back() == 'n' || d.back() == 'i') AddName(idx, std::string(d) + "s", kNameDemonym);
        }
      }
    }
    for (const auto& [iso3, alias] : kCountryAliases) {
      for (size_t i = 0; i < countries_.size(); ++i)
        if (std::string_view(countries_[i].iso3, 3) == iso3) AddName(countries_[i].entry, alias, 0);
    }
    for (const Continent& k : kContinents) {
      uint32_t idx = NewEntry(k.name, EntryKind::kOther);
      BuildEntry& b = entries_[idx];
      b.e.geonameid = k.geonameid;
      b.e.lat = k.lat;
      b.e.lon = k.lon;
      b.e.population = 100000000;
      b.has_coords = true;
      SetFcode(&b.e, "CONT", 'L');
      AddName(idx, k.name, kNamePrimary);
    }
    return Status::Ok();
  }

  Status ReadAdmin(const std::string& path, int level) {
    std::ifstream in(path);
    if (!in) return Status::IoError("gazetteer: cannot open " + path);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      auto f = SplitTabs(line);
      if (f.size() < 4) {
        ++skipped_;
        continue;
      }
      std::string code(f[0]);
      auto it = by_iso2_.find(code.substr(0, 2));
      if (it == by_iso2_.end()) {
        ++skipped_;
        continue;
      }
      uint32_t idx = NewEntry(f[1], level == 1 ? EntryKind::kAdmin1 : EntryKind::kAdmin2);
      BuildEntry& b = entries_[idx];
      b.e.geonameid = static_cast<uint32_t>(ParseU64(f[3]));
      b.e.country = it->second;
      SetFcode(&b.e, level == 1 ? "ADM1" : "ADM2", 'A');
      if (level == 2) {
        size_t dot = code.rfind('.');
        auto p = admin_by_code_.find(code.substr(0, dot));
        if (p != admin_by_code_.end()) b.e.admin1 = p->second;
      } else {
        b.e.admin1 = idx;
      }
      if (level == 2) b.e.admin2 = idx;
      admin_by_code_[code] = idx;
      if (b.e.geonameid) admin_by_geonameid_[b.e.geonameid] = idx;
      AddAdminNames(idx, f[1]);
      if (f[2] != f[1]) AddAdminNames(idx, f[2]);
      if (level == 1 && code.substr(0, 2) == "US") {
        std::string postal = code.substr(3);
        AddName(idx, postal, kNameCode);
        for (const auto& [p, ap] : kUsStateAbbrev)
          if (postal == p) AddName(idx, ap, kNameCode);
      }
    }
    return Status::Ok();
  }

  void AddAdminNames(uint32_t idx, std::string_view name) {
    bool stripped = false;
    for (std::string_view suf : kAdminSuffixes) {
      if (name.size() > suf.size() + 1 && name.substr(name.size() - suf.size()) == suf) {
        AddName(idx, name, kNamePrimary | kNameSuffixed);
        AddName(idx, name.substr(0, name.size() - suf.size()), kNamePrimary | kNameStripped);
        stripped = true;
        break;
      }
    }
    for (std::string_view pre : kAdminPrefixes) {
      if (!stripped && name.size() > pre.size() + 1 && name.substr(0, pre.size()) == pre) {
        AddName(idx, name, kNamePrimary | kNameSuffixed);
        AddName(idx, name.substr(pre.size()), kNamePrimary | kNameStripped);
        stripped = true;
      }
    }
    if (!stripped) AddName(idx, name, kNamePrimary);
  }

  Status ReadPlaces(const std::string& path) {
    std::FILE* fp = std::fopen(path.c_str(), "rb");
    if (!fp) return Status::IoError("gazetteer: cannot open " + path);
    std::string line;
    char buf[1 << 16];
    bool done = false;
    while (!done) {
      line.clear();
      while (true) {
        if (!std::fgets(buf, sizeof(buf), fp)) {
          done = true;
          break;
        }
        line.append(buf);
        if (!line.empty() && line.back() == '\n') break;
      }
      while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
      if (line.empty()) continue;
      AddPlaceRow(line);
    }
    std::fclose(fp);
    return Status::Ok();
  }

  void AddPlaceRow(std::string_view line) {
    auto f = SplitTabs(line);
    double lat, lon;
    if (f.size() < 15 || !ParseDouble(f[4], &lat) || !ParseDouble(f[5], &lon) || lat < -90 ||
        lat > 90 || lon < -180 || lon > 180 || f[6].size() != 1) {
      ++skipped_;
      return;
    }
    uint32_t gid = static_cast<uint32_t>(ParseU64(f[0]));
    char fclass = f[6][0];
    std::string_view fcode = f[7];
    // A row that is an admin division we know: give it coordinates and names, nothing else.
    auto adm = admin_by_geonameid_.find(gid);
    if (fclass == 'A' && adm != admin_by_geonameid_.end()) {
      BuildEntry& b = entries_[adm->second];
      b.e.lat = static_cast<float>(lat);
      b.e.lon = static_cast<float>(lon);
      b.has_coords = true;
      AddAltNames(adm->second, f[3]);
      return;
    }
    if (options_.feature_classes.find(fclass) == std::string::npos) return;
    if (fcode == "PPLQ" || fcode == "PPLH" || fcode == "PPLW" || fcode == "HSTS") return;
    auto c = by_iso2_.find(std::string(f[8]));
    uint32_t idx = NewEntry(f[1], fclass == 'P' ? EntryKind::kPlace : EntryKind::kOther);
    BuildEntry& b = entries_[idx];
    b.e.geonameid = gid;
    b.e.lat = static_cast<float>(lat);
    b.e.lon = static_cast<float>(lon);
    b.has_coords = true;
    uint64_t pop = ParseU64(f[14]);
    b.e.population = static_cast<uint32_t>(std::min<uint64_t>(pop, UINT32_MAX));
    SetFcode(&b.e, fcode, fclass);
    if (c != by_iso2_.end()) {
      b.e.country = c->second;
      std::string a1 = std::string(f[8]) + "." + std::string(f[10]);
      auto a = admin_by_code_.find(a1);
      if (!f[10].empty() && a != admin_by_code_.end()) {
        b.e.admin1 = a->second;
        auto a2 = admin_by_code_.find(a1 + "." + std::string(f[11]));
        if (!f[11].empty() && a2 != admin_by_code_.end()) b.e.admin2 = a2->second;
      }
      if (fclass == 'P') {
        for (uint32_t m : {b.e.admin1, b.e.admin2, countries_[c->second].entry}) {
          if (m == kNoIndex) continue;
          BuildEntry& r = entries_[m];
          r.sum_lat += lat;
          r.sum_lon += lon;
          r.members += 1;
          r.member_pop += pop;
        }
      }
    }
    size_t first_name = names_.size();
    AddName(idx, f[1], kNamePrimary);
    if (f[2] != f[1]) AddName(idx, f[2], kNamePrimary);
    AddAltNames(idx, f[3]);
    ++places_;
    // The seat of a first-level division known by the division's name ("Timbuktu", PPLA of
    // Tombouctou, has the alternate name Tombouctou): the division takes the seat's own names as
    // alternate names, so "the Timbuktu region" is the region.
    BuildEntry& placed = entries_[idx];
    if ((fcode == "PPLA" || fcode == "PPLC") && placed.e.admin1 != kNoIndex && names_.size() > first_name) {
      const std::string& an = entries_[placed.e.admin1].name;
      uint64_t h1 = KeyHash(NameKey(an)), h2 = KeyHash(StrippedAdminKey(an));
      uint64_t own = names_[first_name].hash;
      bool known_by_division = false;
      for (size_t k = first_name; k < names_.size(); ++k)
        if (names_[k].hash == h1 || names_[k].hash == h2) known_by_division = true;
      if (known_by_division && own != h1 && own != h2) {
        uint32_t a1 = placed.e.admin1;
        AddName(a1, f[1], 0);
        if (f[2] != f[1]) AddName(a1, f[2], 0);
        ++seat_aliases_;
      }
    }
  }

  void AddAltNames(uint32_t idx, std::string_view alts) {
    size_t start = 0;
    while (start < alts.size()) {
      size_t comma = alts.find(',', start);
      if (comma == std::string_view::npos) comma = alts.size();
      std::string_view a = alts.substr(start, comma - start);
      // Skip codes and identifiers that GeoNames keeps among alternate names (IATA, ICAO, URLs).
      bool code = !a.empty() && std::all_of(a.begin(), a.end(), [](char ch) {
        return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
      });
      if (!code && a.find("://") == std::string_view::npos) AddName(idx, a, 0);
      start = comma + 1;
    }
  }

  // The division's name without its type word ("Douentza Cercle" -> "Douentza", "Cercle de
  // Goundam" -> "Goundam"), as a name key.
  static std::string StrippedAdminKey(std::string_view name) {
    for (std::string_view suf : kAdminSuffixes)
      if (name.size() > suf.size() + 1 && name.substr(name.size() - suf.size()) == suf)
        return NameKey(name.substr(0, name.size() - suf.size()));
    for (std::string_view pre : kAdminPrefixes)
      if (name.size() > pre.size() + 1 && name.substr(0, pre.size()) == pre) return NameKey(name.substr(pre.size()));
    return NameKey(name);
  }

  // Seats of member-less second-level divisions (see the file comment). Among the towns of the
  // same first-level division with the division's stripped name and no admin2 of their own, an
  // administrative seat (PPLA*, PPLC) comes first, then the most populous.
  void AttachSeats() {
    std::unordered_map<std::string, std::vector<uint32_t>> towns;  // "admin1 idx|key" -> places
    for (uint32_t i = 0; i < entries_.size(); ++i) {
      const BuildEntry& b = entries_[i];
      if (b.e.kind != EntryKind::kPlace || b.e.admin1 == kNoIndex || b.e.admin2 != kNoIndex) continue;
      towns[std::to_string(b.e.admin1) + "|" + NameKey(b.name)].push_back(i);
    }
    if (towns.empty()) return;
    for (uint32_t i = 0; i < entries_.size(); ++i) {
      BuildEntry& d = entries_[i];
      if (d.e.kind != EntryKind::kAdmin2 || d.members > 0 || d.has_coords || d.e.admin1 == kNoIndex) continue;
      auto it = towns.find(std::to_string(d.e.admin1) + "|" + StrippedAdminKey(d.name));
      if (it == towns.end()) continue;
      uint32_t best = kNoIndex;
      auto rank = [&](uint32_t k) {
        std::string_view fc(entries_[k].e.fcode, strnlen(entries_[k].e.fcode, sizeof(entries_[k].e.fcode)));
        return std::pair<int, uint32_t>(fc.substr(0, 4) == "PPLA" || fc == "PPLC", entries_[k].e.population);
      };
      for (uint32_t k : it->second)
        if (entries_[k].e.admin2 == kNoIndex && (best == kNoIndex || rank(k) > rank(best))) best = k;
      if (best == kNoIndex) continue;
      BuildEntry& t = entries_[best];
      t.e.admin2 = i;
      d.sum_lat += t.e.lat;
      d.sum_lon += t.e.lon;
      d.members += 1;
      d.member_pop += t.e.population;
      ++seats_;
    }
  }

  void FinishAdmins() {
    AttachSeats();
    for (auto& b : entries_) {
      if (b.e.kind != EntryKind::kAdmin1 && b.e.kind != EntryKind::kAdmin2 &&
          b.e.kind != EntryKind::kCountry)
        continue;
      b.e.population = static_cast<uint32_t>(std::min<uint64_t>(b.member_pop, UINT32_MAX));
      if (!b.has_coords && b.members > 0) {
        b.e.lat = static_cast<float>(b.sum_lat / static_cast<double>(b.members));
        b.e.lon = static_cast<float>(b.sum_lon / static_cast<double>(b.members));
        b.has_coords = true;
      }
      if (b.e.kind == EntryKind::kAdmin1) ++admin1_;
      if (b.e.kind == EntryKind::kAdmin2) ++admin2_;
    }
  }

  Status Write(GazetteerBuildStats* stats) {
    std::vector<GazEntry> out_entries;
    out_entries.reserve(entries_.size());
    uint32_t max_words = 1;
    for (auto& b : entries_) {
      b.e.name = AddString(b.name);
      out_entries.push_back(b.e);
    }
    for (auto& c : countries_) c.name = out_entries[c.entry].name;
    std::vector<GazName> out_names;
    out_names.reserve(names_.size());
    std::sort(names_.begin(), names_.end(), [](const BuildName& a, const BuildName& b) {
      return a.hash != b.hash ? a.hash < b.hash : a.entry != b.entry ? a.entry < b.entry : a.flags > b.flags;
    });
    for (const auto& n : names_) {
      if (!entries_[n.entry].has_coords) continue;
      if (!out_names.empty() && out_names.back().hash == n.hash && out_names.back().entry == n.entry) {
        out_names.back().flags |= n.flags;
        continue;
      }
      out_names.push_back({n.hash, n.entry, n.flags});
      max_words = std::max(max_words, std::min<uint32_t>(n.words, 8));
    }
    std::vector<uint64_t> prefixes(prefix_hashes_.begin(), prefix_hashes_.end());
    std::sort(prefixes.begin(), prefixes.end());
    prefixes.erase(std::unique(prefixes.begin(), prefixes.end()), prefixes.end());
    std::vector<uint32_t> buckets(kGazBuckets + 1, 0);
    {
      size_t i = 0;
      for (uint32_t b = 0; b <= kGazBuckets; ++b) {
        while (i < out_names.size() && (out_names[i].hash >> 48) < b) ++i;
        buckets[b] = static_cast<uint32_t>(i);
      }
      buckets[kGazBuckets] = static_cast<uint32_t>(out_names.size());
    }
    GazHeader h{};
    std::memcpy(h.magic, kGazetteerMagic, sizeof(h.magic));
    h.version = kGazetteerVersion;
    h.n_entries = static_cast<uint32_t>(out_entries.size());
    h.n_names = static_cast<uint32_t>(out_names.size());
    h.n_countries = static_cast<uint32_t>(countries_.size());
    h.entries_offset = sizeof(GazHeader);
    h.names_offset = h.entries_offset + out_entries.size() * sizeof(GazEntry);
    h.countries_offset = h.names_offset + out_names.size() * sizeof(GazName);
    h.n_prefixes = static_cast<uint32_t>(prefixes.size());
    h.prefixes_offset = h.countries_offset + countries_.size() * sizeof(GazCountry);
    h.buckets_offset = h.prefixes_offset + prefixes.size() * sizeof(uint64_t);
    h.strings_offset = h.buckets_offset + buckets.size() * sizeof(uint32_t);
    h.strings_size = strings_.size();
    h.max_name_words = max_words;
    std::string tmp = options_.output + ".tmp";
    std::FILE* fp = std::fopen(tmp.c_str(), "wb");
    if (!fp) return Status::IoError("gazetteer: cannot write " + tmp);
    bool ok = std::fwrite(&h, sizeof(h), 1, fp) == 1;
    ok = ok && std::fwrite(out_entries.data(), sizeof(GazEntry), out_entries.size(), fp) == out_entries.size();
    ok = ok && std::fwrite(out_names.data(), sizeof(GazName), out_names.size(), fp) == out_names.size();
    ok = ok && std::fwrite(countries_.data(), sizeof(GazCountry), countries_.size(), fp) == countries_.size();
    ok = ok && std::fwrite(prefixes.data(), sizeof(uint64_t), prefixes.size(), fp) == prefixes.size();
    ok = ok && std::fwrite(buckets.data(), sizeof(uint32_t), buckets.size(), fp) == buckets.size();
    ok = ok && std::fwrite(strings_.data(), 1, strings_.size(), fp) == strings_.size();
    ok = (std::fclose(fp) == 0) && ok;
    if (!ok || std::rename(tmp.c_str(), options_.output.c_str()) != 0) {
      std::remove(tmp.c_str());
      return Status::IoError("gazetteer: failed writing " + options_.output);
    }
    if (stats) {
      stats->places = places_;
      stats->admin1 = admin1_;
      stats->admin2 = admin2_;
      stats->seats = seats_;
      stats->seat_aliases = seat_aliases_;
      stats->countries = countries_.size();
      stats->names = out_names.size();
      stats->skipped_rows = skipped_;
      stats->bytes = h.strings_offset + h.strings_size;
    }
    return Status::Ok();
  }

  const GazetteerBuildOptions& options_;
  std::vector<BuildEntry> entries_;
  std::vector<BuildName> names_;
  std::unordered_set<uint64_t> prefix_hashes_;
  std::vector<GazCountry> countries_;
  std::vector<std::string> country_names_;
  std::string strings_;
  std::unordered_map<std::string, uint16_t> by_iso2_;
  std::unordered_map<std::string, uint32_t> admin_by_code_;
  std::unordered_map<uint32_t, uint32_t> admin_by_geonameid_;
  size_t places_ = 0, admin1_ = 0, admin2_ = 0, skipped_ = 0, seats_ = 0, seat_aliases_ = 0;
};

}  // namespace

Status BuildGazetteer(const GazetteerBuildOptions& options, GazetteerBuildStats* stats) {
  if (options.output.empty()) return Status::InvalidArgument("gazetteer: no output path");
  if (options.place_files.empty()) return Status::InvalidArgument("gazetteer: no GeoNames place file given");
  Builder b(options);
  return b.Run(stats);
}

}  // namespace dateline::geo
