#include <gtest/gtest.h>

#include "text/reader.h"

namespace dateline {
namespace {

Article Parse(const std::string& html, std::vector<Problem>* problems = nullptr) {
  Article a;
  std::vector<Problem> local;
  ParseHtml(html, &a, problems ? problems : &local);
  return a;
}

TEST(ParseHtml, DropsChromeKeepsParagraphs) {
  Article a = Parse(
      "<html><head><title>T | Site</title><style>p{}</style></head><body>"
      "<nav><a>Home</a></nav><header>Logo</header>"
      "<div class=\"share-buttons\">Share</div>"
      "<article><h1>Headline</h1><p>First  paragraph\n here.</p><p>Second<br>line.</p>"
      "<figure><img><figcaption>Caption. AFP</figcaption></figure></article>"
      "<aside>Most read</aside><footer>Copyright</footer><script>var x;</script></body></html>");
  EXPECT_EQ(a.text, "Headline\n\nFirst paragraph here.\n\nSecond\nline.");
  EXPECT_EQ(a.title.value_or(""), "T | Site");
}

TEST(ParseHtml, ChromeClassesNeverEmptyThePage) {
  // "share" in the wrapper's class: the article element is not chrome.
  Article a = Parse(
      "<body><article class=\"story has-social-share\"><p>Troops left Kidal.</p></article></body>");
  EXPECT_EQ(a.text, "Troops left Kidal.");
  // Every block carries a chrome-like class: the second pass keeps the text.
  Article b =
      Parse("<body><div class=\"menu-wrap\"><p>Troops left Kidal.</p></div><nav>Home</nav></body>");
  EXPECT_EQ(b.text, "Troops left Kidal.");
}

TEST(ParseHtml, MetadataSources) {
  struct Case {
    std::string head;
    std::string published;
    std::string title;
  };
  const std::vector<Case> cases = {
      {"<meta property=\"article:published_time\" content=\"2024-03-08T09:10:00+01:00\">",
       "2024-03-08T09:10:00+01:00", ""},
      {"<meta property=\"article:published_time\" content=\"2024-02-30\"><script "
       "type=\"application/ld+json\">{\"datePublished\": \"2024-03-01\"}</script>",
       "2024-03-01", ""},
      {"<meta property=\"og:title\" content=\"OG title\"><title>Tag title</title>", "", "OG title"},
  };
  for (const Case& c : cases) {
    Article a = Parse("<html><head>" + c.head +
                      "</head><body><p>Text.</p><time datetime=\"bad\">x</time></body></html>");
    EXPECT_EQ(a.published.value_or(""), c.published) << c.head;
    if (!c.title.empty()) EXPECT_EQ(a.title.value_or(""), c.title) << c.head;
  }
}

TEST(ParseHtml, TimeElementAndH1) {
  Article a = Parse(
      "<body><h1>From h1</h1><time datetime=\"2023-11-14T17:05:00Z\">14 "
      "Nov</time><p>Text.</p></body>");
  EXPECT_EQ(a.published.value_or(""), "2023-11-14T17:05:00Z");
  EXPECT_EQ(a.title.value_or(""), "From h1");
}

TEST(ParseHtml, DeepNestingKeepsTextAndWarns) {
  std::string html = "<body>";
  for (int i = 0; i < 30000; ++i) html += "<div>";
  html += "Deep text.";
  for (int i = 0; i < 30000; ++i) html += "</div>";
  std::vector<Problem> problems;
  Article a = Parse(html, &problems);
  EXPECT_EQ(a.text, "Deep text.");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_FALSE(problems[0].fatal);
  EXPECT_NE(problems[0].reason.find("nested deeper"), std::string::npos);
}

TEST(ParseHtml, NoTextIsFatal) {
  std::vector<Problem> problems;
  Parse("<html><body><nav>Menu</nav><script>x</script></body></html>", &problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_TRUE(problems[0].fatal);
}

TEST(ParseJsonlRecord, Cases) {
  struct Case {
    std::string line;
    bool fatal;
    std::string id;
    std::string reason;
  };
  const std::vector<Case> cases = {
      {"{\"id\":\"a\",\"text\":\"T.\",\"published\":\"2023-10-31\",\"country\":\"MLI\",\"extra\":["
       "1]}",
       false, "a", ""},
      {"{\"id\":42,\"text\":\"T.\"}", false, "42", ""},
      {"{\"text\":\"T.\"}", false, "", "missing \"id\""},
      {"{\"id\":\"b\"}", true, "b", "missing \"text\""},
      {"{\"id\":\"c\",\"text\":null}", true, "c", "\"text\" is not a string"},
      {"{\"id\":\"d\",", true, "", "malformed JSON"},
      {"[1]", true, "", "not a JSON object"},
      {std::string(2000, '['), true, "", "malformed JSON"},  // deeper than simdjson's limit
  };
  for (const Case& c : cases) {
    ReadItem item;
    ParseJsonlRecord(c.line, "f.jsonl", 7, &item);
    EXPECT_EQ(item.failed(), c.fatal) << c.line.substr(0, 60);
    EXPECT_EQ(item.article.id, c.id) << c.line.substr(0, 60);
    if (!c.reason.empty()) {
      ASSERT_FALSE(item.problems.empty()) << c.line.substr(0, 60);
      EXPECT_NE(item.problems.back().reason.find(c.reason), std::string::npos)
          << item.problems.back().reason;
      EXPECT_EQ(item.problems.back().line, 7u);
    }
  }
}

TEST(FormatFromPath, Extensions) {
  EXPECT_EQ(FormatFromPath("a/b.HTML"), InputFormat::kHtml);
  EXPECT_EQ(FormatFromPath("x.ndjson"), InputFormat::kJsonl);
  EXPECT_EQ(FormatFromPath("x.txt"), InputFormat::kText);
  EXPECT_EQ(FormatFromPath("noext"), InputFormat::kText);
}

}  // namespace
}  // namespace dateline
