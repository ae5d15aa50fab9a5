// Factory of the geo stage. Until the places layer (issue 5) lands, the stage is absent from the pipeline
// and its layer stays empty in the output.
#include "pipeline/stages.h"

namespace dateline {

StatusOr<std::unique_ptr<Stage>> MakePlaceStage(const PipelineOptions& options) {
  return std::unique_ptr<Stage>();
}

}  // namespace dateline
