// Factory of the time stage: fills doc.times (temporal expressions normalised against the
// publication date) and doc.quantities (casualty, arrest, displacement and crowd counts).
#include "pipeline/stages.h"
#include "time/quantities.h"
#include "time/temporal_tagger.h"

namespace dateline {
namespace {

class TimeStage : public Stage {
 public:
  std::string_view name() const override { return "times"; }
  void Process(Document& doc) const override {
    time::TagTimes(doc);
    time::TagQuantities(doc);
  }
};

}  // namespace

StatusOr<std::unique_ptr<Stage>> MakeTimeStage(const PipelineOptions& options) {
  return std::unique_ptr<Stage>(new TimeStage());
}

}  // namespace dateline
