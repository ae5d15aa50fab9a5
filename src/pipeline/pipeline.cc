// Builds the stage list in pipeline order and runs it.
#include "dateline/pipeline.h"

#include <algorithm>
#include <cstdlib>

#include "pipeline/stages.h"

namespace dateline {

PipelineOptions ResolveDefaults(PipelineOptions options) {
  if (options.data_dir.empty()) {
    const char* env = std::getenv("DATELINE_DATA");
    options.data_dir = env && *env ? env : DATELINE_DATA_DIR;
  }
  if (options.gen_dir.empty()) {
    const char* env = std::getenv("DATELINE_GEN_DATA");
    options.gen_dir = env && *env ? env : DATELINE_GEN_DIR;
  }
  return options;
}

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& raw_options) {
  std::unique_ptr<Pipeline> p(new Pipeline(ResolveDefaults(raw_options)));
  using Factory = StatusOr<std::unique_ptr<Stage>> (*)(const PipelineOptions&);
  static constexpr Factory kFactories[] = {MakeTextStage, MakeActorStage, MakeSyntaxStage,
                                           MakeTimeStage, MakePlaceStage, MakeEventStage};
  for (Factory make : kFactories) {
    auto stage = make(p->options_);
    if (!stage.ok()) return stage.status();
    if (!*stage) continue;
    const auto& off = p->options_.disabled_stages;
    if (std::find(off.begin(), off.end(), std::string((*stage)->name())) != off.end()) continue;
    p->stages_.push_back(std::move(stage.value()));
  }
  return p;
}

void Pipeline::Process(Document& doc) const {
  for (const auto& stage : stages_) stage->Process(doc);
}

}  // namespace dateline
