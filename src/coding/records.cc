// Record format reader: see records.h.
#include "coding/records.h"

#include <fstream>
#include <sstream>

namespace dateline::coding {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
  }
  return line;
}

}  // namespace

const std::string* Record::Get(std::string_view key) const {
  for (const auto& [k, v] : fields) if (k == key) return &v;
  return nullptr;
}

std::vector<std::string> Record::List(std::string_view key) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : fields) {
    if (k != key) continue;
    for (auto& x : SplitList(v)) out.push_back(std::move(x));
  }
  return out;
}

std::vector<std::string> SplitList(std::string_view value) {
  std::vector<std::string> out;
  while (!value.empty()) {
    size_t bar = value.find(" | ");
    std::string_view item = Trim(value.substr(0, bar));
    if (!item.empty()) out.emplace_back(item);
    if (bar == std::string_view::npos) break;
    value.remove_prefix(bar + 3);
  }
  return out;
}

StatusOr<std::vector<Record>> ParseRecords(std::string_view text, const std::string& origin) {
  std::vector<Record> out;
  Record cur;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    bool blank = Trim(raw).empty();
    std::string_view line = Trim(StripComment(raw));
    if (blank) {
      if (!cur.fields.empty()) out.push_back(std::move(cur));
      cur = Record();
      if (nl == text.size()) break;
      continue;
    }
    if (line.empty()) continue;  // comment line
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      return Status::InvalidArgument(origin + ":" + std::to_string(line_no) + ": expected 'key: value'");
    }
    if (cur.fields.empty()) cur.line = line_no;
    cur.fields.emplace_back(std::string(Trim(line.substr(0, colon))), std::string(Trim(line.substr(colon + 1))));
    if (nl == text.size()) break;
  }
  if (!cur.fields.empty()) out.push_back(std::move(cur));
  return out;
}

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dateline::coding
