// Reader of Dateline's record format (docs/dictionaries.md): blank-line separated records of
// "key: value" lines, '#' comments, " | " separated lists. Used by the event lexicon.
#ifndef DATELINE_CODING_RECORDS_H_
#define DATELINE_CODING_RECORDS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dateline/status.h"

namespace dateline::coding {

struct Record {
  std::vector<std::pair<std::string, std::string>> fields;  // in file order; first is the type
  int line = 0;                                              // line of the first field
  const std::string* Get(std::string_view key) const;
  std::vector<std::string> List(std::string_view key) const;  // all values of key, split on " | "
};

// Parses text into records. Errors name `origin` and the line.
StatusOr<std::vector<Record>> ParseRecords(std::string_view text, const std::string& origin);
StatusOr<std::string> ReadFile(const std::string& path);
std::vector<std::string> SplitList(std::string_view value);

}  // namespace dateline::coding

#endif  // DATELINE_CODING_RECORDS_H_
