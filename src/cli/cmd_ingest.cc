// `dateline ingest [--db PATH] [pipeline options] PATH...`: annotates articles and stores them,
// with their sentences, annotations and coded events, in the event store (src/store/).
//
// Articles are committed in batches (--batch, one transaction each). An article whose content is
// already stored is skipped, so re-running an interrupted ingest stores exactly what is missing.
// On a terminal a progress bar with rate and ETA goes to stderr; when stderr is not a terminal
// (piped, in CI) nothing but problems and the final summary is written.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "cli/command.h"
#include "cli/dedup_flags.h"
#include "cli/pipeline_flags.h"
#include "pipeline/json_output.h"
#include "store/store.h"

namespace dateline::cli {
namespace {

namespace fs = std::filesystem;

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db = "dateline.db";
  PipelineFlags flags;
  int batch = 256;
  bool quiet = false;
  store::DedupOptions dedup;
};

// Articles the inputs hold, for the ETA: one per text/HTML file, one per line of JSON Lines.
// Standard input cannot be counted (0 = unknown).
uint64_t CountArticles(const std::vector<std::string>& paths) {
  uint64_t n = 0;
  auto count_file = [&](const fs::path& p) {
    std::string ext = p.extension().string();
    if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") {
      FILE* f = std::fopen(p.c_str(), "rb");
      if (!f) return;
      char buf[1 << 16];
      size_t got;
      int last = '\n';
      while ((got = std::fread(buf, 1, sizeof buf, f)) > 0) {
        for (size_t i = 0; i < got; ++i) n += buf[i] == '\n';
        last = buf[got - 1];
      }
      if (last != '\n') ++n;
      std::fclose(f);
    } else if (ext == ".txt" || ext == ".text" || ext == ".html" || ext == ".htm" || ext == ".xhtml") {
      ++n;
    }
  };
  for (const auto& path : paths) {
    if (path == "-") return 0;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) count_file(it->path());
      }
    } else {
      std::string ext = fs::path(path).extension().string();
      if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") count_file(path);
      else ++n;
    }
  }
  return n;
}

class ProgressBar {
 public:
  ProgressBar(bool enabled, uint64_t total)
      : enabled_(enabled), total_(total), start_(std::chrono::steady_clock::now()) {}

  void Update(uint64_t done, bool final = false) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double rate = secs > 0 ? done / secs : 0;
    char line[160];
    if (total_ > 0) {
      double frac = std::min(1.0, static_cast<double>(done) / total_);
      int width = 30, filled = static_cast<int>(frac * width);
      std::string bar(filled, '#');
      bar.append(width - filled, '.');
      double eta = rate > 0 ? (total_ > done ? (total_ - done) / rate : 0) : 0;
      std::snprintf(line, sizeof line, "\r[%s] %3.0f%% %llu/%llu  %.0f articles/s  ETA %d:%02d ",
                    bar.c_str(), frac * 100, static_cast<unsigned long long>(done),
                    static_cast<unsigned long long>(total_), rate, static_cast<int>(eta) / 60,
                    static_cast<int>(eta) % 60);
    } else {
      std::snprintf(line, sizeof line, "\r%llu articles  %.0f articles/s ",
                    static_cast<unsigned long long>(done), rate);
    }
    std::fputs(line, stderr);
    if (final) std::fputc('\n', stderr);
    std::fflush(stderr);
  }

 private:
  bool enabled_;
  uint64_t total_;
  std::chrono::steady_clock::time_point start_, last_;
};

int RunIngest(const IngestArgs& args) {
  PipelineOptions options;
  ReaderOptions reader_options;
  RunnerOptions runner_options;
  if (!args.flags.ToOptions(&options, &reader_options, &runner_options)) return kExitUsage;
  if (args.paths.empty()) {
    std::fprintf(stderr, "dateline ingest: no input (give files, directories or '-')\n");
    return kExitUsage;
  }
  store::StoreOptions store_options;
  store_options.dedup = args.dedup;
  auto store = store::EventStore::Open(args.db, store_options);
  if (!store.ok()) {
    std::fprintf(stderr, "dateline ingest: %s\n", store.status().ToString().c_str());
    return kExitUsage;
  }
  auto pipeline = CreatePipelineOrReport(options, "ingest");
  if (!pipeline) return kExitUsage;
  bool tty = !args.quiet && isatty(STDERR_FILENO);
  ProgressBar progress(tty, tty ? CountArticles(args.paths) : 0);
  runner_options.batch_articles = static_cast<size_t>(std::max(1, args.batch));

  store::EventStore& st = **store;
  uint64_t done = 0, stored = 0, duplicates = 0, mentions = 0, new_events = 0, merged = 0;
  int in_batch = 0;
  bool input_problem = false;
  Status error;
  auto sink = [&](const ReadItem& item, const Document* doc) {
    ++done;
    for (const auto& p : item.problems) {
      if (tty) std::fputs("\r\033[K", stderr);
      std::fprintf(stderr, "%s\n", FormatProblem(p).c_str());
      if (p.fatal) input_problem = true;
    }
    if (!doc || !error.ok()) return;
    if (in_batch == 0) error = st.BeginBatch();
    if (!error.ok()) return;
    auto r = st.StoreDocument(*doc);
    if (!r.ok()) {
      error = r.status();
      st.RollbackBatch();
      return;
    }
    (r->inserted ? stored : duplicates) += 1;
    mentions += r->mentions;
    new_events += r->new_events;
    merged += r->merged;
    if (++in_batch >= args.batch) {
      error = st.CommitBatch();
      in_batch = 0;
    }
    progress.Update(done);
  };
  ArticleReader reader(args.paths, reader_options);
  RunPipeline(reader, *pipeline, runner_options, sink);
  if (error.ok() && in_batch > 0) error = st.CommitBatch();
  progress.Update(done, true);
  if (!error.ok()) {
    std::fprintf(stderr, "dateline ingest: %s (articles committed before this batch are kept; re-run to finish)\n",
                 error.ToString().c_str());
    return kExitInputProblem;
  }
  std::fprintf(stderr,
               "dateline ingest: %llu articles stored, %llu already present, %llu mentions, "
               "%llu new events, %llu merged into events -> %s\n",
               static_cast<unsigned long long>(stored), static_cast<unsigned long long>(duplicates),
               static_cast<unsigned long long>(mentions), static_cast<unsigned long long>(new_events),
               static_cast<unsigned long long>(merged), args.db.c_str());
  return input_problem ? kExitInputProblem : kExitOk;
}

std::function<int()> Setup(CLI::App* sub) {
  auto args = std::make_shared<IngestArgs>();
  sub->add_option("paths", args->paths,
                  "Files (.txt, .html, .jsonl), directories (recursive) or '-' for standard input")
      ->required();
  sub->add_option("--db", args->db, "Database: a path or sqlite:PATH (default: dateline.db)");
  args->flags.Add(sub);
  sub->add_option("--batch", args->batch, "Articles per transaction (default: 256)")
      ->check(CLI::PositiveNumber);
  sub->add_flag("--quiet", args->quiet, "No progress bar");
  AddDedupFlags(sub, &args->dedup);
  return [args] { return RunIngest(*args); };
}

}  // namespace

DATELINE_COMMAND("ingest", "Annotate articles and store them with their events in the event store", Setup);

}  // namespace dateline::cli
