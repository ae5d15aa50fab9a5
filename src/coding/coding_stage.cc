// Factory of the coding stage: loads the CAMEO tables (data/cameo), Dateline's event lexicon
// (data/events) and any `--dict verbs=PATH` PETRARCH/TABARI verb dictionaries, and codes events
// with the EventCoder, then folds deaths told as another event's outcome into it (outcomes.h)
// and drops accidental killings and injuries (accidents.h).
// With default_dicts off, only the given verb dictionaries are used.
#include <memory>

#include "coding/accidents.h"
#include "coding/coder.h"
#include "coding/outcomes.h"
#include "coding/petrarch_verbs.h"
#include "pipeline/stages.h"

namespace dateline {
namespace coding {
namespace {

class CodingStage final : public Stage {
 public:
  CodingStage(std::unique_ptr<EventLexicon> lexicon, std::unique_ptr<CameoTables> tables)
      : lexicon_(std::move(lexicon)),
        tables_(std::move(tables)),
        coder_(*lexicon_, *tables_, syntax::WordLexicon::Default(), DefaultCodingHooks()) {}
  std::string_view name() const override { return "events"; }
  void Process(Document& doc) const override {
    coder_.Code(doc);
    FoldOutcomeDeaths(doc);
    DropAccidents(doc);
  }

 private:
  std::unique_ptr<EventLexicon> lexicon_;
  std::unique_ptr<CameoTables> tables_;
  EventCoder coder_;
};

}  // namespace
}  // namespace coding

StatusOr<std::unique_ptr<Stage>> MakeEventStage(const PipelineOptions& options) {
  auto tables = std::make_unique<coding::CameoTables>();
  DATELINE_RETURN_IF_ERROR(tables->LoadDirectory(options.data_dir + "/cameo"));
  auto lexicon = std::make_unique<coding::EventLexicon>(syntax::WordLexicon::Default());
  if (options.default_dicts) {
    Status st = lexicon->LoadDirectory(options.data_dir + "/events");
    if (!st.ok()) return st;
  }
  for (const auto& [kind, path] : options.dicts) {
    if (kind != "verbs") continue;
    DATELINE_RETURN_IF_ERROR(coding::LoadForeignVerbDictionary(path, lexicon.get()));
  }
  lexicon->Finish();
  return std::unique_ptr<Stage>(new coding::CodingStage(std::move(lexicon), std::move(tables)));
}

}  // namespace dateline
