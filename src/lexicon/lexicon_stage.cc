// Factory of the actors stage (issue 3): loads data_dir/actors/*.txt (unless --no-default-dicts)
// and every --dict file, compiles them into one Lexicon, and recognises actors in each document.
#include "lexicon/lexicon.h"
#include "lexicon/recognizer.h"
#include "pipeline/stages.h"

namespace dateline {
namespace {

class ActorStage : public Stage {
 public:
  explicit ActorStage(std::unique_ptr<lexicon::Lexicon> lx) : lx_(std::move(lx)) {}
  std::string_view name() const override { return "actors"; }
  void Process(Document& doc) const override { lexicon::RecognizeActors(*lx_, doc); }

 private:
  std::unique_ptr<lexicon::Lexicon> lx_;
};

}  // namespace

StatusOr<std::unique_ptr<Stage>> MakeActorStage(const PipelineOptions& options) {
  auto lx = lexicon::Lexicon::Load(options);
  if (!lx.ok()) return lx.status();
  return std::unique_ptr<Stage>(new ActorStage(std::move(lx).value()));
}

}  // namespace dateline
