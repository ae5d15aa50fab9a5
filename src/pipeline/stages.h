// Factories of the pipeline's stages, one per stage directory. A factory returns nullptr when its
// stage has nothing to do with these options (for example no gazetteer has been built yet).
#ifndef DATELINE_PIPELINE_STAGES_H_
#define DATELINE_PIPELINE_STAGES_H_

#include <memory>

#include "dateline/pipeline.h"

namespace dateline {

StatusOr<std::unique_ptr<Stage>> MakeTextStage(const PipelineOptions& options);     // src/text
StatusOr<std::unique_ptr<Stage>> MakeActorStage(const PipelineOptions& options);    // src/lexicon
StatusOr<std::unique_ptr<Stage>> MakeSyntaxStage(const PipelineOptions& options);   // src/syntax
StatusOr<std::unique_ptr<Stage>> MakeTimeStage(const PipelineOptions& options);     // src/time
StatusOr<std::unique_ptr<Stage>> MakePlaceStage(const PipelineOptions& options);    // src/geo
StatusOr<std::unique_ptr<Stage>> MakeEventStage(const PipelineOptions& options);    // src/coding

}  // namespace dateline

#endif  // DATELINE_PIPELINE_STAGES_H_
