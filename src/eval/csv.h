// RFC 4180 CSV reading for evaluation data (ACLED exports): fields separated by commas, quoted
// fields may hold commas, line breaks and doubled quotes (""), records end at LF or CRLF.
#ifndef DATELINE_EVAL_CSV_H_
#define DATELINE_EVAL_CSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "dateline/status.h"

namespace dateline::eval {

using CsvRecord = std::vector<std::string>;

// Parses all of text. Error: a quoted field that never closes. An empty final line is ignored.
StatusOr<std::vector<CsvRecord>> ParseCsv(std::string_view text);

// A CSV file with a header row: each record as a field lookup by column name.
class CsvTable {
 public:
  static StatusOr<CsvTable> Parse(std::string_view text);
  static StatusOr<CsvTable> Read(const std::string& path);

  size_t size() const { return rows_.size(); }
  // Column index of name, or -1.
  int Column(std::string_view name) const;
  // Field of row r in column c; empty when the row is short or c < 0.
  const std::string& Field(size_t r, int c) const;

 private:
  CsvRecord header_;
  std::vector<CsvRecord> rows_;
};

}  // namespace dateline::eval

#endif  // DATELINE_EVAL_CSV_H_
