// A small RFC 4180 CSV reader: comma-separated fields, double-quoted fields may hold commas,
// newlines and doubled quotes (""), CRLF or LF line ends. Used by the evaluation commands to read
// ACLED exports, whose notes are quoted free text.
#ifndef DATELINE_EVAL_CSV_H_
#define DATELINE_EVAL_CSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "dateline/status.h"

namespace dateline::eval {

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // each row padded or cut to header.size()
  // Index of a header column, or -1.
  int Column(std::string_view name) const;
};

// Parses text. An unterminated quoted field is an error naming its starting line.
StatusOr<CsvTable> ParseCsv(std::string_view text);

}  // namespace dateline::eval

#endif  // DATELINE_EVAL_CSV_H_
