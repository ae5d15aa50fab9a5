// Article readers: plain text, HTML and JSON Lines files, directories (recursive, by extension)
// and standard input. The reader streams articles in input order and never stops at a bad one: a
// file or line that cannot be read becomes a ReadItem with a fatal Problem, and the rest goes on.
#ifndef DATELINE_TEXT_READER_H_
#define DATELINE_TEXT_READER_H_

#include <cstdio>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dateline/document.h"

namespace dateline {

struct ReadItem {
  Article article;                // valid unless problem && problem->fatal
  std::vector<Problem> problems;  // non-fatal (e.g. repaired UTF-8) and fatal problems
  bool failed() const {
    for (const auto& p : problems)
      if (p.fatal) return true;
    return false;
  }
};

struct ReaderOptions {
  // Format of "-" (standard input). Default: JSON Lines.
  InputFormat stdin_format = InputFormat::kJsonl;
  // Lines longer than this are rejected (JSON Lines). Default: 256 MiB.
  size_t max_line_bytes = 256u << 20;
  // Files larger than this are rejected (text and HTML). Default: 256 MiB.
  size_t max_file_bytes = 256u << 20;
};

// Guesses a file's format from its extension: .html/.htm/.xhtml -> HTML, .jsonl/.ndjson/.json ->
// JSON Lines, anything else -> text.
InputFormat FormatFromPath(const std::string& path);

class ArticleReader {
 public:
  ArticleReader(std::vector<std::string> paths, ReaderOptions options = {});
  ~ArticleReader();
  ArticleReader(const ArticleReader&) = delete;
  ArticleReader& operator=(const ArticleReader&) = delete;

  // Reads the next item; false when every input is exhausted.
  bool Next(ReadItem* item);

 private:
  bool NextFromJsonl(ReadItem* item);
  void OpenNext(ReadItem* item, bool* produced);
  void ReadWholeFile(const std::string& path, InputFormat format, ReadItem* item);

  ReaderOptions options_;
  std::deque<std::string> pending_;  // paths still to open (directories expanded lazily)
  // The JSON Lines file being read, if any.
  FILE* jsonl_ = nullptr;
  std::string jsonl_path_;
  uint64_t jsonl_line_ = 0;
  bool jsonl_is_stdin_ = false;
  std::string line_;
};

// Parses one JSON Lines record into item->article (or a fatal problem). Exposed for tests.
void ParseJsonlRecord(std::string_view line, const std::string& origin, uint64_t line_no,
                      ReadItem* item);

// Extracts an article from an HTML page: text of the content (navigation, scripts, styles, asides,
// footers dropped; block elements become paragraphs), title, publication time, url, site name.
void ParseHtml(std::string_view html, Article* article, std::vector<Problem>* problems);

}  // namespace dateline

#endif  // DATELINE_TEXT_READER_H_
