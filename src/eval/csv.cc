// See csv.h. A single pass with two states (in or out of quotes); fields are appended byte by
// byte, so any UTF-8 passes through untouched.
#include "eval/csv.h"

#include <fstream>
#include <iterator>

namespace dateline::eval {

int CsvTable::Column(std::string_view name) const {
  for (size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

StatusOr<CsvTable> ParseCsv(std::string_view text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  size_t line = 1, quote_line = 0;
  size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  auto end_row = [&] {
    row.push_back(std::move(field));
    field.clear();
    records.push_back(std::move(row));
    row.clear();
    any = false;
  };
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; }
        else quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty()) { quoted = true; quote_line = line; any = true; continue; }
    if (c == ',') { row.push_back(std::move(field)); field.clear(); any = true; continue; }
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (c == '\n') { ++line; end_row(); continue; }
    field += c;
    any = true;
  }
  if (quoted) return Status::InvalidArgument("unterminated quoted field starting on line " + std::to_string(quote_line));
  if (any || !field.empty() || !row.empty()) end_row();
  CsvTable t;
  if (records.empty()) return Status::InvalidArgument("empty CSV");
  t.header = std::move(records[0]);
  for (size_t r = 1; r < records.size(); ++r) {
    auto& rec = records[r];
    if (rec.size() == 1 && rec[0].empty()) continue;  // blank line
    rec.resize(t.header.size());
    t.rows.push_back(std::move(rec));
  }
  return t;
}

const std::string& CsvTable::Field(size_t r, int c) const {
  static const std::string kEmpty;
  if (c < 0 || r >= rows.size() || static_cast<size_t>(c) >= rows[r].size()) return kEmpty;
  return rows[r][c];
}

StatusOr<CsvTable> CsvTable::Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto table = ParseCsv(text);
  if (!table.ok()) return Status::InvalidArgument(path + ": " + table.status().message());
  return table;
}

}  // namespace dateline::eval
