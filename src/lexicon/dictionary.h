// In-memory dictionaries: actors, countries, agents and discards, whatever file format they came
// from (the project's record format, PETRARCH-2 or TABARI). Entries keep the file and line they
// were read from so that the linter and the matcher's conflict reports can point at them.
#ifndef DATELINE_LEXICON_DICTIONARY_H_
#define DATELINE_LEXICON_DICTIONARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/status.h"
#include "lexicon/record_format.h"

namespace dateline::lexicon {

// A code valid in [from, to): dates as YYYYMMDD integers, 0 = open side. Undated: both 0 and
// dated == false.
struct DatedCode {
  std::string code;
  int32_t from = 0, to = 0;
  bool dated = false;
  uint32_t line = 0;
};

struct ActorEntry {
  std::string id, name;
  std::vector<std::string> aliases;  // the name is matched too
  std::vector<DatedCode> codes;
  std::string country, sector, kind, acled, wikidata;
  int inter = 0;
  bool metonym = false;
  // PETRARCH/TABARI write every phrase in capitals; such phrases are matched without regard to
  // case (a one-word name: any capitalised word), not as 2-4 letter acronyms ("BREE" = "Bree").
  bool capitals_by_convention = false;
  std::vector<Field> roles;  // "ROLE COUNTRY FROM..TO" as written, checked by the linter
  std::string file;
  uint32_t line = 0;

  // The code that applies on date (YYYYMMDD, 0 = unknown): the dated code whose range holds the
  // date; when the date is unknown, the open-ended dated code that starts last (the current
  // role); else the first undated code; else the dated code that starts last.
  const std::string& CodeOn(int32_t date) const;
};

struct CountryEntry {
  std::string iso3, iso2, name, region, cameo;
  std::vector<std::string> aliases, demonyms, capitals, metonyms;
  std::string file;
  uint32_t line = 0;
  const std::string& code() const { return cameo.empty() ? iso3 : cameo; }
};

struct AgentEntry {
  std::string id;
  std::vector<std::string> forms;
  std::string code;   // sector code(s) added to the country or organisation code
  std::string acled;  // template with {country}
  std::string kind;
  int inter = 0;
  bool igo = false;
  bool prefix = false;  // PETRARCH [NGO~]: the code goes before the country code
  // Only an actor when a country or organisation qualifies it ("Malian intelligence"); alone the
  // word is a common noun ("intelligence").
  bool qualified = false;
  bool capitals_by_convention = false;  // see ActorEntry
  std::string file;
  uint32_t line = 0;
};

struct DiscardEntry {
  std::string id;
  std::vector<std::string> phrases;
  std::string scope = "sentence";  // or story
  std::string topic;
  bool capitals_by_convention = false;  // see ActorEntry
  std::string file;
  uint32_t line = 0;
};

struct Dictionaries {
  std::vector<ActorEntry> actors;
  std::vector<CountryEntry> countries;
  std::vector<AgentEntry> agents;
  std::vector<DiscardEntry> discards;

  void Append(Dictionaries&& other);
};

// Parses "YYYY-MM-DD" (also "YYYY-MM", "YYYY") to YYYYMMDD; false when malformed.
bool ParseIsoDate(std::string_view s, int32_t* out);

// Reads records of the project format into dicts; problems go to diags (errors and warnings). The
// record type decides the table; unknown keys and types are errors.
void AddRecords(const std::vector<Record>& records, const std::string& file, Dictionaries* dicts,
                std::vector<Diagnostic>* diags);

// Reads one dictionary file of any supported format. kind is "actors", "agents" or "discards"
// (for foreign formats, which do not say what they hold) or "" for the project format.
Status LoadDictionaryFile(const std::string& path, std::string_view kind, Dictionaries* dicts,
                          std::vector<Diagnostic>* diags);

// Reads every *.txt file of dir (the project format), in name order.
Status LoadDictionaryDir(const std::string& dir, Dictionaries* dicts, std::vector<Diagnostic>* diags);

// Reads a whole file.
StatusOr<std::string> ReadFile(const std::string& path);

}  // namespace dateline::lexicon

#endif  // DATELINE_LEXICON_DICTIONARY_H_
