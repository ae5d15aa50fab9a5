// The syntax stage: tags every token (Token::tag, see pos.h) and appends the sentence's chunks to
// Document::chunks (noun phrases, verb groups with voice/negation/mood features, prepositions,
// clause numbers). It runs after the actors stage so that actor mentions stay whole inside noun
// phrases. No parser: a lexicon-and-rules tagger and a finite-state chunker, linear in the tokens.
#include <algorithm>
#include <memory>

#include "pipeline/stages.h"
#include "syntax/chunker.h"
#include "syntax/syntax_stage.h"
#include "syntax/tagger.h"

namespace dateline {
namespace syntax {

void AnalyzeDocument(Document& doc, const WordLexicon& lexicon) {
  doc.chunks.clear();
  thread_local std::vector<bool> in_actor;
  thread_local std::vector<uint32_t> actor_end;
  // Actors in token order, walked once alongside the sentences (linear in the document).
  thread_local std::vector<uint32_t> order;
  order.resize(doc.actors.size());
  for (uint32_t a = 0; a < order.size(); ++a) order[a] = a;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    return doc.actors[x].token_begin < doc.actors[y].token_begin;
  });
  size_t next_actor = 0;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (s.token_end <= s.token_begin || s.token_end > doc.tokens.size()) continue;
    const uint32_t n = s.token_end - s.token_begin;
    in_actor.assign(n, false);
    actor_end.assign(n, 0);
    while (next_actor < order.size() && doc.actors[order[next_actor]].token_begin < s.token_begin) ++next_actor;
    for (size_t k = next_actor; k < order.size(); ++k) {
      const ActorMention& a = doc.actors[order[k]];
      if (a.token_begin >= s.token_end) break;
      if (a.token_end <= a.token_begin) continue;
      uint32_t end = std::min(a.token_end, s.token_end);
      for (uint32_t k = a.token_begin; k < end; ++k) in_actor[k - s.token_begin] = true;
      uint32_t& ae = actor_end[a.token_begin - s.token_begin];
      ae = std::max(ae, end);
    }
    TagSentence(doc, s, lexicon, in_actor);
    ChunkSentence(doc, si, lexicon, actor_end);
  }
}

namespace {

class SyntaxStage final : public Stage {
 public:
  explicit SyntaxStage(const WordLexicon& lexicon) : lexicon_(lexicon) {}
  std::string_view name() const override { return "syntax"; }
  void Process(Document& doc) const override { AnalyzeDocument(doc, lexicon_); }

 private:
  const WordLexicon& lexicon_;
};

}  // namespace
}  // namespace syntax

StatusOr<std::unique_ptr<Stage>> MakeSyntaxStage(const PipelineOptions& options) {
  return std::unique_ptr<Stage>(new syntax::SyntaxStage(syntax::WordLexicon::Default()));
}

}  // namespace dateline
