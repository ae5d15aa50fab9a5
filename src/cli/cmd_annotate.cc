// `dateline annotate [OPTIONS] [PATH...]`: the stateless core. One JSON object per article per
// line on stdout, in input order; one line per input problem on stderr.
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "cli/command.h"
#include "cli/pipeline_flags.h"
#include "pipeline/json_output.h"

namespace dateline::cli {
namespace {

struct AnnotateArgs {
  std::vector<std::string> paths;
  PipelineFlags flags;
  bool include_text = false;
};

int RunAnnotate(const AnnotateArgs& args) {
  PipelineOptions options;
  ReaderOptions reader_options;
  RunnerOptions runner_options;
  if (!args.flags.ToOptions(&options, &reader_options, &runner_options)) return kExitUsage;
  auto pipeline = CreatePipelineOrReport(options, "annotate");
  if (!pipeline) return kExitUsage;
  std::vector<std::string> paths = args.paths;
  if (paths.empty()) paths.push_back("-");
  ArticleReader reader(paths, reader_options);
  JsonOutputOptions out_options;
  out_options.include_text = args.include_text;
  std::string out;
  bool input_problem = false;
  auto sink = [&](const ReadItem& item, const Document* doc) {
    for (const auto& p : item.problems) {
      std::fprintf(stderr, "%s\n", FormatProblem(p).c_str());
      if (p.fatal) input_problem = true;
    }
    if (doc) {
      AppendDocumentJson(*doc, out_options, &out);
    } else {
      const Problem* fatal = nullptr;
      for (const auto& p : item.problems) if (p.fatal) fatal = &p;
      AppendErrorJson(item.article.id, *fatal, &out);
    }
    if (out.size() > (1u << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  };
  RunPipeline(reader, *pipeline, runner_options, sink);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return input_problem ? kExitInputProblem : kExitOk;
}

std::function<int()> Setup(CLI::App* sub) {
  auto args = std::make_shared<AnnotateArgs>();
  sub->add_option("paths", args->paths,
                  "Files (.txt, .html, .jsonl), directories (recursive) or '-' for standard input");
  args->flags.Add(sub);
  sub->add_flag("--text", args->include_text, "Include each article's text in the output");
  return [args] { return RunAnnotate(*args); };
}

}  // namespace

DATELINE_COMMAND("annotate", "Annotate articles: one JSON object per article per line (the public contract)", Setup);

}  // namespace dateline::cli
