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
  size_t size() const { return rows.size(); }
  // Field of row r in column c; empty when c < 0.
  const std::string& Field(size_t r, int c) const;
  // Reads and parses a whole file.
  static StatusOr<CsvTable> Read(const std::string& path);
};

// Parses text. An unterminated quoted field is an error naming its starting line.
StatusOr<CsvTable> ParseCsv(std::string_view text);

}  // namespace dateline::eval

#endif  // DATELINE_EVAL_CSV_H_
