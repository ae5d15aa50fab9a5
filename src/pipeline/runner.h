// Runs the pipeline over a stream of articles with N worker threads while keeping input order:
// articles are read in batches, annotated in parallel, and handed to the sink one by one in the
// order they were read. Reading problems reach the sink too, in their place.
#ifndef DATELINE_PIPELINE_RUNNER_H_
#define DATELINE_PIPELINE_RUNNER_H_

#include <cstdint>
#include <functional>

#include "dateline/pipeline.h"
#include "text/reader.h"

namespace dateline {

struct RunnerOptions {
  // Worker threads. Default (0): all cores.
  int threads = 0;
  // A batch closes at this many articles or bytes of text, whichever comes first.
  size_t batch_articles = 512;
  size_t batch_bytes = 16u << 20;
};

struct RunStats {
  uint64_t articles = 0;  // annotated
  uint64_t failed = 0;    // could not be read
  uint64_t bytes = 0;     // text bytes annotated
  uint64_t sentences = 0;
  uint64_t tokens = 0;
};

// Called once per input item, in input order. doc is null when the item could not be read
// (item.problems then holds the fatal problem).
using RunSink = std::function<void(const ReadItem& item, const Document* doc)>;

RunStats RunPipeline(ArticleReader& reader, const Pipeline& pipeline, const RunnerOptions& options,
                     const RunSink& sink);

}  // namespace dateline

#endif  // DATELINE_PIPELINE_RUNNER_H_
