// The annotation pipeline: read -> clean -> sentences/tokens -> actors -> syntax -> times and
// quantities -> places -> events. Each stage sits behind the small Stage interface and is built by
// a factory from PipelineOptions, so it can be tested and replaced alone. A Pipeline is immutable
// after Create() and safe to use from many threads at once, one Document per call.
#ifndef DATELINE_PIPELINE_H_
#define DATELINE_PIPELINE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dateline/document.h"
#include "dateline/status.h"

namespace dateline {

struct PipelineOptions {
  // Directory of the authored data (dictionaries). Default: the source tree's data/ directory,
  // overridable with the DATELINE_DATA environment variable.
  std::string data_dir;
  // Directory of generated data (the compiled gazetteer). Default: the build tree's data/
  // directory, overridable with DATELINE_GEN_DATA.
  std::string gen_dir;
  // Used when an article carries no publication date. Default: none (dates stay relative).
  std::optional<std::string> default_published;
  // ISO3 country hint for every article without one ("--country").
  std::optional<std::string> default_country;
  // Extra dictionaries: (kind, path) with kind in actors, agents, discards, verbs.
  std::vector<std::pair<std::string, std::string>> dicts;
  // false: load only the dictionaries in `dicts`.
  bool default_dicts = true;
  // Stages to leave out by name ("actors", "places", ...), for tests and benchmarks.
  std::vector<std::string> disabled_stages;
};

// Fills in data_dir and gen_dir when empty, from the environment or the build's defaults.
PipelineOptions ResolveDefaults(PipelineOptions options);

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  // Adds this stage's layer to doc. Called concurrently on different documents: must not
  // modify the stage.
  virtual void Process(Document& doc) const = 0;
};

class Pipeline {
 public:
  static StatusOr<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);

  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Runs every stage on doc, in order.
  void Process(Document& doc) const;
  const std::vector<std::unique_ptr<Stage>>& stages() const { return stages_; }
  const PipelineOptions& options() const { return options_; }

 private:
  explicit Pipeline(PipelineOptions options) : options_(std::move(options)) {}
  PipelineOptions options_;
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace dateline

#endif  // DATELINE_PIPELINE_H_
