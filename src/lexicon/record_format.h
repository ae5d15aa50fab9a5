// Reader of the project's line-oriented dictionary record format (docs/dictionaries.md):
// blank-line separated records of `key: value` lines, `#` comments (at line start or after a
// space), the first line naming the record type and id. The reader only splits text into records
// and fields, keeping each field's line number so that every later check can say "file:line:
// reason"; the meaning of the keys is left to dictionary.cc.
#ifndef DATELINE_LEXICON_RECORD_FORMAT_H_
#define DATELINE_LEXICON_RECORD_FORMAT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::lexicon {

struct Field {
  std::string key;
  std::string value;
  uint32_t line = 0;
};

struct Record {
  std::string type;  // key of the first line: actor, country, agent, discard
  std::string id;    // value of the first line
  uint32_t line = 0;
  std::vector<Field> fields;  // every line, the first one included

  // First value of key, or empty.
  std::string_view Get(std::string_view key) const;
  const Field* Find(std::string_view key) const;
};

// A problem found in a dictionary file, rendered "file:line: reason".
struct Diagnostic {
  std::string file;
  uint32_t line = 0;
  std::string reason;
  bool error = true;  // false: a warning
  std::string ToString() const;
};

// Splits text (the content of file) into records. Malformed lines (no "key:") become diagnostics
// and are skipped; the rest of the file is still read.
std::vector<Record> ParseRecords(std::string_view text, const std::string& file,
                                 std::vector<Diagnostic>* diags);

// Splits a value on " | " and trims each part; empty parts are dropped.
std::vector<std::string> SplitList(std::string_view value);

// Trims ASCII white space.
std::string_view Trim(std::string_view s);

}  // namespace dateline::lexicon

#endif  // DATELINE_LEXICON_RECORD_FORMAT_H_
