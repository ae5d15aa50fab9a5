// Tests of the shallow syntax: tags, chunks and verb-group features on news sentences.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "pipeline/stages.h"
#include "syntax/pos.h"
#include "syntax/syntax_stage.h"

namespace dateline::syntax {
namespace {

Document Analyze(const std::string& text) {
  Document doc;
  doc.article.text = text;
  auto text_stage = MakeTextStage(ResolveDefaults(PipelineOptions{}));
  (*text_stage)->Process(doc);
  AnalyzeDocument(doc, WordLexicon::Default());
  return doc;
}

// "[N UN soldiers] [V left] ..." with verb-group flags: P passive, ~ negated, F future, M modal,
// I infinitive, G gerund, R reporting.
std::string Brackets(const Document& doc) {
  std::string out;
  for (const Chunk& c : doc.chunks) {
    if (!out.empty()) out += ' ';
    if (c.kind == kChunkOther || c.kind == kChunkPrep) {
      out += doc.norm(doc.tokens[c.token_begin]);
      continue;
    }
    out += c.kind == kChunkNoun ? "[N" : "[V";
    if (c.flags & kChunkPassive) out += 'P';
    if (c.flags & kChunkNegated) out += '~';
    if (c.flags & kChunkFuture) out += 'F';
    if (c.flags & kChunkModal) out += 'M';
    if (c.flags & kChunkInfinitive) out += 'I';
    if (c.flags & kChunkGerund) out += 'G';
    if (c.flags & kChunkReporting) out += 'R';
    if (c.flags & kChunkTemporal) out += 'T';
    for (uint32_t k = c.token_begin; k < c.token_end; ++k) {
      out += ' ';
      out += doc.norm(doc.tokens[k]);
    }
    out += ']';
  }
  return out;
}

std::string Tags(const Document& doc) {
  std::string out;
  for (const Token& t : doc.tokens) {
    if (!out.empty()) out += ' ';
    out += doc.norm(t);
    out += '/';
    out += PosName(t.tag);
  }
  return out;
}

TEST(Syntax, ChunksNewsSentences) {
  struct Case {
    const char* text;
    const char* want;
  } cases[] = {
      {"UN soldiers Tuesday left a camp in Kidal.",
       "[N un soldiers] [NT tuesday] [V left] [N a camp] in [N kidal] ."},
      {"The rebels did not attack the town.",
       "[N the rebels] [V~ did not attack] [N the town] ."},
      {"Three soldiers were killed by militants.",
       "[N three soldiers] [VP were killed] by [N militants] ."},
      {"The army will withdraw from the base.",
       "[N the army] [VF will withdraw] from [N the base] ."},
      {"Protesters plan to march on Friday.",
       "[N protesters] [V plan] [VI to march] on [NT friday] ."},
      {"Clashes erupted between the army and rebels.",
       "[N clashes] [V erupted] between [N the army] and [N rebels] ."},
      {"The army said it killed 12 militants.",
       "[N the army] [VR said] [N it] [V killed] [N 12 militants] ."},
      {"Mali's military rulers ordered the peacekeepers out.",
       "[N mali 's military rulers] [V ordered] [N the peacekeepers] out ."},
      {"Gunmen attacked a FAMa post, killing two soldiers.",
       "[N gunmen] [V attacked] [N a fama post] , [VG killing] [N two soldiers] ."},
      // Hyphen compounds stay one noun phrase; a particle ending one is its head.
      {"Nurses resumed their sit-ins.", "[N nurses] [V resumed] [N their sit - ins] ."},
      // The month, not the modal; approximations belong to the number's phrase.
      {"On May 3, militants fired at least two shells.",
       "on [NT may 3] , [N militants] [V fired] [N at least two shells] ."},
      // A headline's number and past form: a reduced passive.
      {"Two killed in clashes.", "[N two] [V killed] in [N clashes] ."},
      // A plural noun after a past verb is its object.
      {"Soldiers burned motorbikes.", "[N soldiers] [V burned] [N motorbikes] ."},
  };
  for (const Case& c : cases) {
    Document doc = Analyze(c.text);
    EXPECT_EQ(Brackets(doc), c.want) << c.text << "\n" << Tags(doc);
  }
}

TEST(Syntax, DumpForDebug) {
  const char* text = std::getenv("DATELINE_SYNTAX_DUMP");
  if (!text) GTEST_SKIP() << "set DATELINE_SYNTAX_DUMP to a sentence";
  Document doc = Analyze(text);
  std::printf("%s\n%s\n", Tags(doc).c_str(), Brackets(doc).c_str());
}

TEST(Syntax, TagsAmbiguousWords) {
  Document doc = Analyze("The attacks left two dead as troops attack the base.");
  EXPECT_EQ(PosName(doc.tokens[1].tag), "NNS") << Tags(doc);
  EXPECT_EQ(PosName(doc.tokens[2].tag), "VBD") << Tags(doc);
  EXPECT_EQ(PosName(doc.tokens[7].tag), "VB") << Tags(doc);
  // A coordinated past form before a number is a verb, not an adjective.
  Document coordinated = Analyze("Militants raided Oubey and executed nine civilians.");
  EXPECT_EQ(PosName(coordinated.tokens[4].tag), "VBD") << Tags(coordinated);
}

TEST(Syntax, EmptyAndPunctuationOnlyInputs) {
  for (const char* text : {"", "...", "\"", "!!! ??", "a"}) {
    Document doc = Analyze(text);
    for (const Chunk& c : doc.chunks) EXPECT_LT(c.token_begin, c.token_end);
  }
}

}  // namespace
}  // namespace dateline::syntax
