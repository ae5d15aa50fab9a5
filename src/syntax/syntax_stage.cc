// Factory of the syntax stage. Until the shallow syntax (issue 4) lands, the stage is absent from the pipeline
// and its layer stays empty in the output.
#include "pipeline/stages.h"

namespace dateline {

StatusOr<std::unique_ptr<Stage>> MakeSyntaxStage(const PipelineOptions& options) {
  return std::unique_ptr<Stage>();
}

}  // namespace dateline
