// A single-pass state machine over the bytes: outside quotes a comma ends a field and a line
// break ends a record; inside quotes everything is data except a quote, which either closes the
// field or, doubled, stands for one quote character.
#include "eval/csv.h"

#include <fstream>
#include <sstream>

namespace dateline::eval {

StatusOr<std::vector<CsvRecord>> ParseCsv(std::string_view text) {
  std::vector<CsvRecord> records;
  CsvRecord record;
  std::string field;
  bool quoted = false, field_started = false;
  size_t quote_line_start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field.push_back(c);
      }
      continue;
    }
    if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
      quote_line_start = i;
    } else if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
      field_started = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      record.push_back(std::move(field));
      field.clear();
      field_started = false;
      records.push_back(std::move(record));
      record.clear();
    } else {
      field.push_back(c);
      field_started = true;
    }
  }
  if (quoted)
    return Status::InvalidArgument("unterminated quoted field starting at byte " +
                                   std::to_string(quote_line_start));
  if (field_started || !record.empty()) {
    record.push_back(std::move(field));
    records.push_back(std::move(record));
  }
  return records;
}

StatusOr<CsvTable> CsvTable::Parse(std::string_view text) {
  auto records = ParseCsv(text);
  if (!records.ok()) return records.status();
  CsvTable table;
  if (records->empty()) return Status::InvalidArgument("empty CSV: no header");
  table.header_ = std::move((*records)[0]);
  table.rows_.assign(std::make_move_iterator(records->begin() + 1),
                     std::make_move_iterator(records->end()));
  return table;
}

StatusOr<CsvTable> CsvTable::Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  auto table = Parse(ss.str());
  if (!table.ok()) return Status::InvalidArgument(path + ": " + table.status().message());
  return table;
}

int CsvTable::Column(std::string_view name) const {
  for (size_t i = 0; i < header_.size(); ++i)
    if (header_[i] == name) return static_cast<int>(i);
  return -1;
}

const std::string& CsvTable::Field(size_t r, int c) const {
  static const std::string kEmpty;
  if (c < 0 || r >= rows_.size() || static_cast<size_t>(c) >= rows_[r].size()) return kEmpty;
  return rows_[r][c];
}

}  // namespace dateline::eval
