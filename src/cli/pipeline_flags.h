// Options shared by every subcommand that runs the pipeline (annotate, ingest, eval ...).
#ifndef DATELINE_CLI_PIPELINE_FLAGS_H_
#define DATELINE_CLI_PIPELINE_FLAGS_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "dateline/pipeline.h"
#include "pipeline/runner.h"
#include "text/reader.h"

namespace dateline::cli {

struct PipelineFlags {
  std::string published;
  std::string country;
  std::vector<std::string> dicts;  // kind=PATH
  bool no_default_dicts = false;
  std::vector<std::string> disable;
  int threads = 0;
  std::string stdin_format = "jsonl";

  void Add(CLI::App* app);
  // Builds pipeline options; prints a usage error and returns false on bad values.
  bool ToOptions(PipelineOptions* options, ReaderOptions* reader, RunnerOptions* runner) const;
};

// Builds the pipeline; on failure prints "dateline COMMAND: reason" on stderr and returns null.
std::unique_ptr<Pipeline> CreatePipelineOrReport(const PipelineOptions& options, const char* command);

}  // namespace dateline::cli

#endif  // DATELINE_CLI_PIPELINE_FLAGS_H_
