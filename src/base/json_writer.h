// A small streaming JSON writer: appends to a std::string, escapes per RFC 8259, never allocates
// per value beyond the output buffer. Used for the annotate contract, where speed matters.
#ifndef DATELINE_BASE_JSON_WRITER_H_
#define DATELINE_BASE_JSON_WRITER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& BeginObject() { Sep(); out_->push_back('{'); first_ = true; return *this; }
  JsonWriter& EndObject() { out_->push_back('}'); first_ = false; return *this; }
  JsonWriter& BeginArray() { Sep(); out_->push_back('['); first_ = true; return *this; }
  JsonWriter& EndArray() { out_->push_back(']'); first_ = false; return *this; }
  // Writes "key": and leaves the writer ready for the value.
  JsonWriter& Key(std::string_view k);

  JsonWriter& String(std::string_view s);
  JsonWriter& Int(int64_t v);
  JsonWriter& Double(double v, int digits = 6);
  JsonWriter& Bool(bool v) { Sep(); out_->append(v ? "true" : "false"); return *this; }
  JsonWriter& Null() { Sep(); out_->append("null"); return *this; }
  JsonWriter& OptString(const std::optional<std::string>& s) { return s ? String(*s) : Null(); }
  JsonWriter& StringArray(const std::vector<std::string>& v);
  // Key + value in one call.
  template <typename F>
  JsonWriter& Field(std::string_view k, F&& write) { Key(k); write(*this); return *this; }

 private:
  void Sep() {
    if (after_key_) { after_key_ = false; return; }
    if (!first_) out_->push_back(',');
    first_ = false;
  }
  std::string* out_;
  bool first_ = true;
  bool after_key_ = false;
};

// Appends s to *out as a quoted, escaped JSON string.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace dateline

#endif  // DATELINE_BASE_JSON_WRITER_H_
