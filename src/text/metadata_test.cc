// Whole-page cleaning: which lines are chrome, what the body is, and what metadata is found.
#include "text/metadata.h"

#include <gtest/gtest.h>

#include "text/chrome.h"
#include "text/sentences.h"

namespace dateline {
namespace {

std::vector<std::string> BodySentences(Document& doc) {
  std::vector<Span> regions = ExtractPageMetadata(doc);
  for (const Span& r : regions) SplitSentences(doc, r);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.raw(s.span));
  return out;
}

TEST(ClassifyLine, Kinds) {
  struct Case {
    std::string line;
    LineKind kind;
  };
  const std::vector<Case> cases = {
      {"", LineKind::kBlank},
      {"Open Menu", LineKind::kChrome},
      {" date 2023-10-31 Open Menu", LineKind::kDate},
      {"Faizan Hashmi Published October 31, 2023 | 03:10 PM", LineKind::kDate},
      {"By Aminata Traor\xC3\xA9, Reuters", LineKind::kByline},
      {"BY JOHN SMITH", LineKind::kByline},
      {"Share this article", LineKind::kChrome},
      {"Share Tweet Email WhatsApp", LineKind::kChrome},
      {"Listen to this article 5 min", LineKind::kChrome},
      {"We use cookies to improve your experience. Accept", LineKind::kChrome},
      {"Subscribe to our newsletter", LineKind::kChrome},
      {"Home | World | Africa | Sport", LineKind::kChrome},
      {"Soldiers on patrol in Kidal (Photo by Souleymane Ag Anara/AFP)", LineKind::kChrome},
      {"Related articles", LineKind::kRelated},
      {"Read more:", LineKind::kRelated},
      {"Reporting by Jane Doe; Editing by John Roe", LineKind::kChrome},
      {"\xC2\xA9 2023 Some News Ltd. All rights reserved.", LineKind::kChrome},
      {"Peacekeepers leave Kidal", LineKind::kHeadline},
      // Sentences that look a little like chrome stay text.
      {"Share prices fell 3% in Bamako on Tuesday.", LineKind::kText},
      {"By Tuesday, the peacekeepers had left the camp.", LineKind::kText},
      {"On October 31, 2023, UN soldiers left a camp in Kidal.", LineKind::kText},
      {"Related clashes were reported in Gao, residents said.", LineKind::kText},
      {"Read more about the withdrawal in the mission's statement, he said.", LineKind::kText},
  };
  for (const Case& c : cases)
    EXPECT_EQ(static_cast<int>(ClassifyLine(c.line).kind), static_cast<int>(c.kind)) << c.line;
}

TEST(ClassifyLine, DateLineAuthor) {
  LineInfo info = ClassifyLine("Faizan Hashmi Published October 31, 2023 | 03:10 PM");
  EXPECT_EQ(info.author, "Faizan Hashmi");
  ASSERT_TRUE(info.date);
  EXPECT_EQ(info.date->iso, "2023-10-31T15:10");
  EXPECT_EQ(info.date_priority, 3);
}

TEST(ExtractPageMetadata, CleansAPage) {
  Document doc;
  doc.article.text =
      "Home | World | Africa | Sport\n"
      "Open Menu\n"
      "Soldiers kill 12 in central Mali, residents say\n"
      "By Aminata Traor\xC3\xA9\n"
      "Published 3 May 2024, 12:45 GMT\n"
      "Share\n"
      "\n"
      "MOPTI, Mali (Reuters) - Soldiers killed 12 people in a village near Mopti, residents said.\n"
      "\n"
      "Soldiers on patrol near Mopti. (Photo by Someone/AFP)\n"
      "\n"
      "\"They came at dawn,\" a resident told Reuters.\n"
      "Share prices fell on the Bamako exchange.\n"
      "\n"
      "Related articles\n"
      "Mali junta extends transition\n"
      "Wagner fighters leave Kidal\n"
      "\n"
      "Reporting by Jane Doe; Editing by John Roe\n"
      "We use cookies to improve your experience.\n";
  std::vector<std::string> sentences = BodySentences(doc);
  EXPECT_EQ(sentences, (std::vector<std::string>{
                           "Soldiers killed 12 people in a village near Mopti, residents said.",
                           "\"They came at dawn,\" a resident told Reuters.",
                           "Share prices fell on the Bamako exchange."}));
  EXPECT_EQ(doc.title.value_or(""), "Soldiers kill 12 in central Mali, residents say");
  EXPECT_EQ(doc.author.value_or(""), "Aminata Traor\xC3\xA9");
  EXPECT_EQ(doc.published.value_or(""), "2024-05-03T12:45+00:00");
  ASSERT_TRUE(doc.dateline);
  EXPECT_EQ(doc.dateline->place, "Mopti");
  EXPECT_EQ(doc.dateline->agency.value_or(""), "Reuters");
  EXPECT_EQ(doc.agencies, (std::vector<std::string>{"Reuters", "AFP"}));
  EXPECT_EQ(doc.raw(doc.body).substr(0, 16), "Soldiers killed ");
  EXPECT_EQ(doc.raw(doc.body).substr(doc.body.size() - 9), "exchange.");
}

TEST(ExtractPageMetadata, CutsARelatedListGluedToAParagraph) {
  Document doc;
  doc.article.text =
      "This story is from March 10, 2002\n\nahmedabad: curfew was relaxed for four hours, police "
      "said. "
      "related stories modi visits riot-hit areas  full coverage\n\nFacebook Twitter Linkedin Mail";
  EXPECT_EQ(
      BodySentences(doc),
      (std::vector<std::string>{"ahmedabad: curfew was relaxed for four hours, police said."}));
  EXPECT_EQ(doc.published.value_or(""), "2002-03-10");
  EXPECT_EQ(doc.raw(doc.body), "ahmedabad: curfew was relaxed for four hours, police said.");
}

TEST(ExtractPageMetadata, RepeatedHeaderLinesAreChrome) {
  Document doc;
  doc.article.text =
      "Sahel Daily\nTroops leave Kidal\n\nUN soldiers left the camp on Tuesday.\n\nSahel Daily\n\n"
      "The army is expected to move in.\n\nSahel Daily\n";
  EXPECT_EQ(BodySentences(doc), (std::vector<std::string>{"UN soldiers left the camp on Tuesday.",
                                                          "The army is expected to move in."}));
  EXPECT_EQ(doc.title.value_or(""), "Troops leave Kidal");
}

TEST(ExtractPageMetadata, TitleGluedToADateline) {
  Document doc;
  doc.article.text =
      "Ohio recession: Pay cuts, fewer police. MOUNT GILEAD (AP) -- A court won't accept new "
      "cases. It is out of paper.";
  EXPECT_EQ(BodySentences(doc),
            (std::vector<std::string>{"A court won't accept new cases.", "It is out of paper."}));
  EXPECT_EQ(doc.title.value_or(""), "Ohio recession: Pay cuts, fewer police");
  ASSERT_TRUE(doc.dateline);
  EXPECT_EQ(doc.dateline->place, "Mount Gilead");
  EXPECT_EQ(doc.dateline->agency.value_or(""), "AP");
  // Without a bracketed agency the line is left alone.
  Document plain;
  plain.article.text = "Pay cuts ahead. MOUNT GILEAD -- A court won't accept new cases.";
  EXPECT_EQ(BodySentences(plain).size(), 2u);
  EXPECT_FALSE(plain.dateline);
}

TEST(ExtractPageMetadata, KeepsAHeadlineOnlyText) {
  Document doc;
  doc.article.text = "Gunmen kill five in Zamfara";
  EXPECT_EQ(BodySentences(doc), (std::vector<std::string>{"Gunmen kill five in Zamfara"}));
}

TEST(ExtractPageMetadata, ContainerValuesWin) {
  Document doc;
  doc.article.text = "Published October 31, 2023 | 03:10 PM\n\nUN soldiers left Kidal.";
  doc.published = "2023-10-31";
  doc.title = "From the feed";
  BodySentences(doc);
  EXPECT_EQ(doc.published.value_or(""), "2023-10-31T15:10");  // same day: the time refines it
  EXPECT_EQ(doc.title.value_or(""), "From the feed");
  doc = Document();
  doc.article.text = "Published October 30, 2023 | 03:10 PM\n\nUN soldiers left Kidal.";
  doc.published = "2023-10-31";
  BodySentences(doc);
  EXPECT_EQ(doc.published.value_or(""), "2023-10-31");  // another day: the container wins
}

TEST(ExtractPageMetadata, EmptyText) {
  Document doc;
  EXPECT_TRUE(BodySentences(doc).empty());
  EXPECT_TRUE(doc.body.empty());
}

}  // namespace
}  // namespace dateline
