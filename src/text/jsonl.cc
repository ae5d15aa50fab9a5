// One JSON Lines record -> one Article. Required: "id" (string or number) and "text" (string);
// optional strings "title", "url", "source", "published", "country"; other keys are ignored.
// simdjson's DOM parser validates the whole line (depth-limited, so deeply nested input fails
// cleanly instead of exhausting the stack).
#include <simdjson.h>

#include "base/utf8.h"
#include "text/reader.h"

namespace dateline {
namespace {

Problem Fail(const std::string& origin, uint64_t line, std::string reason) {
  Problem p;
  p.origin = origin;
  p.line = line;
  p.reason = std::move(reason);
  p.fatal = true;
  return p;
}

}  // namespace

void ParseJsonlRecord(std::string_view line, const std::string& origin, uint64_t line_no,
                      ReadItem* item) {
  // simdjson rejects invalid UTF-8; repair first so a bad byte costs a warning, not the article.
  std::string repaired;
  size_t first_bad = 0;
  if (!IsValidUtf8(line)) {
    repaired.assign(line);
    size_t n = RepairUtf8(&repaired, &first_bad);
    Problem p;
    p.origin = origin;
    p.line = line_no;
    p.reason = "invalid UTF-8 (" + std::to_string(n) + " sequence(s), first at byte " +
               std::to_string(first_bad) + ") replaced with U+FFFD";
    item->problems.push_back(p);
    line = repaired;
  }
  thread_local simdjson::dom::parser parser;
  simdjson::padded_string padded(line);
  simdjson::dom::element root;
  auto error = parser.parse(padded).get(root);
  if (error) {
    item->problems.push_back(
        Fail(origin, line_no, std::string("malformed JSON: ") + simdjson::error_message(error)));
    return;
  }
  simdjson::dom::object obj;
  if (root.get_object().get(obj)) {
    item->problems.push_back(Fail(origin, line_no, "not a JSON object"));
    return;
  }
  Article& a = item->article;
  a.origin = origin;
  a.line = line_no;
  a.format = InputFormat::kJsonl;
  simdjson::dom::element v;
  if (!obj["id"].get(v)) {
    std::string_view s;
    if (!v.get_string().get(s))
      a.id.assign(s);
    else if (v.is_int64())
      a.id = std::to_string(int64_t(v.get_int64()));
    else if (v.is_uint64())
      a.id = std::to_string(uint64_t(v.get_uint64()));
  }
  if (obj["text"].get(v)) {
    item->problems.push_back(Fail(origin, line_no, "missing \"text\""));
    return;
  }
  std::string_view text;
  if (v.get_string().get(text)) {
    item->problems.push_back(Fail(origin, line_no, "\"text\" is not a string"));
    return;
  }
  a.text.assign(text);
  auto opt = [&](const char* key, std::optional<std::string>* out) {
    simdjson::dom::element e;
    std::string_view s;
    if (!obj[key].get(e) && !e.get_string().get(s) && !s.empty()) *out = std::string(s);
  };
  opt("title", &a.title);
  opt("url", &a.url);
  opt("source", &a.source);
  opt("published", &a.published);
  opt("country", &a.country);
  if (a.id.empty()) {
    // No usable id: the record is still read; the text stage derives one from the content.
    Problem p;
    p.origin = origin;
    p.line = line_no;
    p.reason = "missing \"id\": derived from the content hash";
    item->problems.push_back(p);
  }
}

}  // namespace dateline
