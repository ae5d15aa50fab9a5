// See record_format.h. One pass over the lines; no allocation beyond the fields themselves.
#include "lexicon/record_format.h"

namespace dateline::lexicon {

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

std::string_view Record::Get(std::string_view key) const {
  const Field* f = Find(key);
  return f ? std::string_view(f->value) : std::string_view();
}

const Field* Record::Find(std::string_view key) const {
  for (const auto& f : fields)
    if (f.key == key) return &f;
  return nullptr;
}

std::string Diagnostic::ToString() const {
  return file + ":" + std::to_string(line) + ": " + (error ? "" : "warning: ") + reason;
}

std::vector<std::string> SplitList(std::string_view value) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= value.size()) {
    size_t bar = value.find(" | ", pos);
    std::string_view part = value.substr(pos, bar == std::string_view::npos ? value.npos : bar - pos);
    part = Trim(part);
    if (!part.empty()) out.emplace_back(part);
    if (bar == std::string_view::npos) break;
    pos = bar + 3;
  }
  return out;
}

namespace {

// Removes a comment: '#' at the start of the line or after a space or tab.
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
  }
  return line;
}

bool IsKeyChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; }

}  // namespace

std::vector<Record> ParseRecords(std::string_view text, const std::string& file,
                                 std::vector<Diagnostic>* diags) {
  std::vector<Record> records;
  bool open = false;  // a record is being filled
  uint32_t lineno = 0;
  size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // byte-order mark
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view raw = text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++lineno;
    bool blank = Trim(raw).empty();
    std::string_view line = Trim(StripComment(raw));
    if (blank) { open = false; continue; }
    if (line.empty()) continue;  // a comment line does not end a record
    size_t colon = line.find(':');
    bool ok = colon != std::string_view::npos && colon > 0;
    for (size_t i = 0; ok && i < colon; ++i) ok = IsKeyChar(line[i]);
    if (!ok) {
      if (diags) diags->push_back({file, lineno, "expected 'key: value', got '" + std::string(line) + "'"});
      continue;
    }
    Field f{std::string(line.substr(0, colon)), std::string(Trim(line.substr(colon + 1))), lineno};
    if (!open) {
      records.push_back(Record{f.key, f.value, lineno, {}});
      open = true;
    }
    records.back().fields.push_back(std::move(f));
  }
  return records;
}

}  // namespace dateline::lexicon
