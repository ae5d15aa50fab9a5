// Streams articles from files, directories and standard input. Whole-file formats (text, HTML)
// give one article per file; JSON Lines gives one per non-blank line, read with getline so a
// 50 MB line costs one buffer, not a hang. Every failure becomes a Problem naming file and line.
#include "text/reader.h"

#include <stdio.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "base/utf8.h"

namespace dateline {
namespace fs = std::filesystem;

namespace {

bool HasExt(const std::string& path, std::initializer_list<const char*> exts) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  for (const char* e : exts)
    if (ext == e) return true;
  return false;
}

// A NUL byte in the first 8 KiB marks a binary file; returns its offset, or npos.
size_t BinaryAt(std::string_view data) {
  size_t n = std::min<size_t>(data.size(), 8192);
  const void* p = std::memchr(data.data(), '\0', n);
  return p ? static_cast<const char*>(p) - data.data() : std::string_view::npos;
}

// 1-based line number of byte `pos` in a whole file.
uint64_t LineOf(std::string_view data, size_t pos) {
  return 1 + static_cast<uint64_t>(
                 std::count(data.begin(), data.begin() + std::min(pos, data.size()), '\n'));
}

Problem MakeProblem(const std::string& origin, uint64_t line, std::string reason, bool fatal) {
  Problem p;
  p.origin = origin;
  p.line = line;
  p.reason = std::move(reason);
  p.fatal = fatal;
  return p;
}

// Repairs invalid UTF-8 in place and records a non-fatal problem when it had to.
void RepairText(std::string* text, const std::string& origin, uint64_t line,
                std::vector<Problem>* problems) {
  size_t first_bad = 0;
  std::string_view before(*text);
  if (IsValidUtf8(before)) return;
  // Whole files: name the line of the first bad byte (JSON Lines callers pass their line).
  size_t n = RepairUtf8(text, &first_bad);
  if (line == 0) line = LineOf(*text, first_bad);
  if (n) {
    problems->push_back(MakeProblem(origin, line,
                                    "invalid UTF-8 (" + std::to_string(n) +
                                        " sequence(s), first at byte " + std::to_string(first_bad) +
                                        ") replaced with U+FFFD",
                                    false));
  }
}

}  // namespace

InputFormat FormatFromPath(const std::string& path) {
  if (HasExt(path, {".html", ".htm", ".xhtml"})) return InputFormat::kHtml;
  if (HasExt(path, {".jsonl", ".ndjson", ".json"})) return InputFormat::kJsonl;
  return InputFormat::kText;
}

ArticleReader::ArticleReader(std::vector<std::string> paths, ReaderOptions options)
    : options_(options), pending_(paths.begin(), paths.end()) {}

ArticleReader::~ArticleReader() {
  if (jsonl_ && !jsonl_is_stdin_) std::fclose(jsonl_);
}

bool ArticleReader::Next(ReadItem* item) {
  *item = ReadItem();
  while (true) {
    if (jsonl_) {
      if (NextFromJsonl(item)) return true;
      continue;  // file exhausted; NextFromJsonl closed it
    }
    if (pending_.empty()) return false;
    bool produced = false;
    OpenNext(item, &produced);
    if (produced) return true;
  }
}

void ArticleReader::OpenNext(ReadItem* item, bool* produced) {
  std::string path = pending_.front();
  pending_.pop_front();
  if (path == "-") {
    if (options_.stdin_format == InputFormat::kJsonl) {
      jsonl_ = stdin;
      jsonl_is_stdin_ = true;
      jsonl_path_ = "-";
      jsonl_line_ = 0;
      return;
    }
    ReadWholeFile(path, options_.stdin_format, item);
    *produced = true;
    return;
  }
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    std::string why = ec && ec != std::errc::no_such_file_or_directory
                          ? ec.message()
                          : "no such file or directory";
    item->problems.push_back(MakeProblem(path, 0, "cannot open: " + why, true));
    *produced = true;
    return;
  }
  if (fs::is_directory(st)) {
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(
             path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      std::string p = it->path().string();
      if (HasExt(p, {".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json"}))
        files.push_back(p);
    }
    if (ec) {
      item->problems.push_back(
          MakeProblem(path, 0, "cannot read directory: " + ec.message(), true));
      *produced = true;
    }
    if (!ec && files.empty()) {
      item->problems.push_back(
          MakeProblem(path, 0, "directory holds no .txt, .html or .jsonl files", true));
      *produced = true;
    }
    std::sort(files.begin(), files.end());
    pending_.insert(pending_.begin(), files.begin(), files.end());
    return;
  }
  InputFormat format = FormatFromPath(path);
  if (format == InputFormat::kJsonl) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
      item->problems.push_back(
          MakeProblem(path, 0, std::string("cannot open: ") + std::strerror(errno), true));
      *produced = true;
      return;
    }
    jsonl_ = f;
    jsonl_is_stdin_ = false;
    jsonl_path_ = path;
    jsonl_line_ = 0;
    return;
  }
  ReadWholeFile(path, format, item);
  *produced = true;
}

void ArticleReader::ReadWholeFile(const std::string& path, InputFormat format, ReadItem* item) {
  std::string data;
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    item->problems.push_back(
        MakeProblem(path, 0, std::string("cannot open: ") + std::strerror(errno), true));
    return;
  }
  char buf[1 << 16];
  size_t n;
  bool too_big = false;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    if (data.size() + n > options_.max_file_bytes) {
      too_big = true;
      break;
    }
    data.append(buf, n);
  }
  bool read_error = std::ferror(f);
  if (f != stdin) std::fclose(f);
  if (read_error) {
    item->problems.push_back(
        MakeProblem(path, 0, std::string("read error: ") + std::strerror(errno), true));
    return;
  }
  if (too_big) {
    item->problems.push_back(MakeProblem(
        path, 0, "file larger than " + std::to_string(options_.max_file_bytes) + " bytes", true));
    return;
  }
  if (data.empty() || data.find_first_not_of(" \t\r\n") == std::string::npos) {
    item->problems.push_back(MakeProblem(path, 0, "empty file", true));
    return;
  }
  if (size_t nul = BinaryAt(data); nul != std::string_view::npos) {
    item->problems.push_back(MakeProblem(
        path, LineOf(data, nul),
        "binary file (NUL byte at offset " + std::to_string(nul) + "), not text", true));
    return;
  }
  RepairText(&data, path, 0, &item->problems);
  Article& a = item->article;
  a.origin = path;
  a.line = 0;
  a.format = format;
  if (format == InputFormat::kHtml) {
    ParseHtml(data, &a, &item->problems);
  } else {
    a.text = std::move(data);
  }
}

bool ArticleReader::NextFromJsonl(ReadItem* item) {
  // Reads lines until a non-blank one; returns false (and closes) at end of file. getline keeps
  // NUL bytes and any line length; the line is checked against max_line_bytes after reading.
  while (true) {
    char* buf = nullptr;
    size_t cap = 0;
    ssize_t got = ::getline(&buf, &cap, jsonl_);
    if (got < 0) {
      std::free(buf);
      if (!jsonl_is_stdin_) std::fclose(jsonl_);
      jsonl_ = nullptr;
      return false;
    }
    bool too_long = static_cast<size_t>(got) > options_.max_line_bytes;
    if (!too_long) line_.assign(buf, static_cast<size_t>(got));
    std::free(buf);
    ++jsonl_line_;
    if (too_long) {
      item->problems.push_back(MakeProblem(
          jsonl_path_, jsonl_line_,
          "line longer than " + std::to_string(options_.max_line_bytes) + " bytes", true));
      return true;
    }
    while (!line_.empty() && (line_.back() == '\n' || line_.back() == '\r')) line_.pop_back();
    if (line_.find_first_not_of(" \t") == std::string::npos) continue;
    ParseJsonlRecord(line_, jsonl_path_, jsonl_line_, item);
    return true;
  }
}

}  // namespace dateline
