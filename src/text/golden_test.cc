// Golden tests: each tests/golden/*.golden file names an input and lists what the text stage must
// find in it (DuckDB's .test files are the model: input, then expected output). Keys:
//   input PATH            relative to the source tree, or shared:PATH for ../shared (skipped when
//   absent) title T | author A | published P | dateline PLACE|AGENCY|START|END | region R
//   agencies_include A B ...    body START END    body_starts_with TEXT
//   sentence START END    (all of them, in order: the count is checked too)
//   sentence_count N      (instead of listing them)
// Only the input's article is read (one article per file: text or HTML).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/stages.h"
#include "text/reader.h"

namespace dateline {
namespace {

namespace fs = std::filesystem;

struct Golden {
  std::string path;
  std::string input;
  std::vector<std::pair<std::string, std::string>> expect;  // key, rest of line
};

std::vector<Golden> LoadGoldens() {
  std::vector<Golden> out;
  fs::path dir = fs::path(DATELINE_SOURCE_DIR) / "tests" / "golden";
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".golden") continue;
    Golden g;
    g.path = e.path().string();
    std::ifstream in(e.path());
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      size_t sp = line.find(' ');
      std::string key = line.substr(0, sp),
                  rest = sp == std::string::npos ? "" : line.substr(sp + 1);
      if (key == "input")
        g.input = rest;
      else
        g.expect.emplace_back(key, rest);
    }
    out.push_back(std::move(g));
  }
  std::sort(out.begin(), out.end(),
            [](const Golden& a, const Golden& b) { return a.path < b.path; });
  return out;
}

std::string Resolve(const std::string& input) {
  if (input.rfind("shared:", 0) == 0)
    return (fs::path(DATELINE_SHARED_DIR) / input.substr(7)).string();
  return (fs::path(DATELINE_SOURCE_DIR) / input).string();
}

void Check(const Golden& g, const Document& doc) {
  std::vector<Span> sentences;
  bool listed = false;
  for (const auto& [key, rest] : g.expect) {
    SCOPED_TRACE(g.path + ": " + key + " " + rest);
    std::istringstream in(rest);
    if (key == "title")
      EXPECT_EQ(doc.title.value_or(""), rest);
    else if (key == "author")
      EXPECT_EQ(doc.author.value_or(""), rest);
    else if (key == "published")
      EXPECT_EQ(doc.published.value_or(""), rest);
    else if (key == "dateline") {
      ASSERT_TRUE(doc.dateline.has_value());
      std::string place, agency, start, end;
      std::getline(in, place, '|');
      std::getline(in, agency, '|');
      std::getline(in, start, '|');
      std::getline(in, end, '|');
      EXPECT_EQ(doc.dateline->place, place);
      EXPECT_EQ(doc.dateline->agency.value_or(""), agency);
      EXPECT_EQ(doc.dateline->span.start, std::stoul(start));
      EXPECT_EQ(doc.dateline->span.end, std::stoul(end));
    } else if (key == "no_dateline")
      EXPECT_FALSE(doc.dateline.has_value());
    else if (key == "region") {
      ASSERT_TRUE(doc.dateline.has_value());
      EXPECT_EQ(doc.dateline->region, rest);
    } else if (key == "agencies_include") {
      for (std::string a; in >> a;)
        EXPECT_NE(std::find(doc.agencies.begin(), doc.agencies.end(), a), doc.agencies.end()) << a;
    } else if (key == "body") {
      uint32_t s, e;
      in >> s >> e;
      EXPECT_EQ(doc.body, (Span{s, e}));
    } else if (key == "body_starts_with") {
      EXPECT_EQ(doc.raw(doc.body).substr(0, rest.size()), rest);
    } else if (key == "sentence") {
      uint32_t s, e;
      in >> s >> e;
      sentences.push_back({s, e});
      listed = true;
    } else if (key == "sentence_count") {
      EXPECT_EQ(doc.sentences.size(), std::stoul(rest));
    } else {
      ADD_FAILURE() << "unknown key " << key;
    }
  }
  if (listed) {
    ASSERT_EQ(doc.sentences.size(), sentences.size()) << g.path;
    for (size_t i = 0; i < sentences.size(); ++i)
      EXPECT_EQ(doc.sentences[i].span, sentences[i]) << g.path << " sentence " << i;
  }
}

TEST(Golden, TextLayer) {
  auto goldens = LoadGoldens();
  ASSERT_FALSE(goldens.empty());
  auto stage = MakeTextStage(ResolveDefaults({}));
  ASSERT_TRUE(stage.ok());
  int run = 0;
  for (const Golden& g : goldens) {
    std::string path = Resolve(g.input);
    if (!fs::exists(path)) {
      std::cerr << "skipped " << g.path << ": " << path << " is absent\n";
      continue;
    }
    ArticleReader reader({path});
    ReadItem item;
    ASSERT_TRUE(reader.Next(&item)) << path;
    ASSERT_FALSE(item.failed()) << path;
    Document doc;
    doc.article = item.article;
    (*stage)->Process(doc);
    Check(g, doc);
    ++run;
  }
  if (run == 0) GTEST_SKIP() << "no golden input present (../shared absent?)";
}

}  // namespace
}  // namespace dateline
