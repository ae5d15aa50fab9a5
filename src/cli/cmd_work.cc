// `dateline work --db postgresql://... [--enqueue] PATH...`: many processes, on many machines,
// share one ingest through the store's work queue. With --enqueue the inputs (files; directories
// are expanded to their article files) are added to the queue. Without it the process is a
// worker: it claims one pending input at a time (SELECT ... FOR UPDATE SKIP LOCKED), annotates it,
// stores its articles and marks it done in the same transaction, until the queue is empty. A
// killed worker's transaction is rolled back, so its input returns to the queue; articles are
// unique by content hash, so nothing is stored twice.
#include <unistd.h>

#include <algorithm>
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

struct WorkArgs {
  std::string db;
  std::vector<std::string> paths;
  bool enqueue = false;
  bool status = false;
  std::string worker;
  PipelineFlags flags;
  store::DedupOptions dedup;
};

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      out.push_back(fs::absolute(p, ec).string());
      continue;
    }
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      std::string ext = it->path().extension().string();
      for (const char* e : {".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json"}) {
        if (ext == e) files.push_back(fs::absolute(it->path(), ec).string());
      }
    }
    std::sort(files.begin(), files.end());
    out.insert(out.end(), files.begin(), files.end());
  }
  return out;
}

int RunWork(const WorkArgs& args) {
  store::StoreOptions store_options;
  store_options.dedup = args.dedup;
  auto st = store::EventStore::Open(args.db, store_options);
  if (!st.ok()) {
    std::fprintf(stderr, "dateline work: %s\n", st.status().ToString().c_str());
    return kExitUsage;
  }
  store::EventStore& store = **st;
  if (args.status) {
    auto c = store.QueueCounts();
    if (!c.ok()) {
      std::fprintf(stderr, "dateline work: %s\n", c.status().ToString().c_str());
      return kExitUsage;
    }
    std::printf("pending %lld\ndone %lld\n", static_cast<long long>(c->first), static_cast<long long>(c->second));
    return kExitOk;
  }
  if (args.enqueue) {
    auto added = store.Enqueue(ExpandInputs(args.paths));
    if (!added.ok()) {
      std::fprintf(stderr, "dateline work: %s\n", added.status().ToString().c_str());
      return kExitUsage;
    }
    std::fprintf(stderr, "dateline work: %d inputs queued\n", *added);
    return kExitOk;
  }
  PipelineOptions options;
  ReaderOptions reader_options;
  RunnerOptions runner_options;
  if (!args.flags.ToOptions(&options, &reader_options, &runner_options)) return kExitUsage;
  auto pipeline = CreatePipelineOrReport(options, "work");
  if (!pipeline) return kExitUsage;
  char host[256] = "worker";
  gethostname(host, sizeof host - 1);
  std::string worker = args.worker.empty() ? std::string(host) + ":" + std::to_string(getpid()) : args.worker;
  uint64_t inputs = 0, stored = 0, present = 0;
  bool input_problem = false;
  for (;;) {
    auto item = store.ClaimWork();
    if (!item.ok()) {
      std::fprintf(stderr, "dateline work: %s\n", item.status().ToString().c_str());
      return kExitInputProblem;
    }
    if (!*item) break;
    Status error;
    ArticleReader reader({(*item)->input}, reader_options);
    RunPipeline(reader, *pipeline, runner_options, [&](const ReadItem& ri, const Document* doc) {
      for (const auto& p : ri.problems) {
        std::fprintf(stderr, "%s\n", FormatProblem(p).c_str());
        if (p.fatal) input_problem = true;
      }
      if (!doc || !error.ok()) return;
      auto r = store.StoreDocument(*doc);
      if (!r.ok()) {
        error = r.status();
        return;
      }
      (r->inserted ? stored : present) += 1;
    });
    if (error.ok()) error = store.FinishWork(**item, worker);
    else store.RollbackBatch();
    if (!error.ok()) {
      std::fprintf(stderr, "dateline work: %s: %s (the input stays queued)\n", (*item)->input.c_str(),
                   error.ToString().c_str());
      return kExitInputProblem;
    }
    ++inputs;
  }
  std::fprintf(stderr, "dateline work: %s: %llu inputs, %llu articles stored, %llu already present\n", worker.c_str(),
               static_cast<unsigned long long>(inputs), static_cast<unsigned long long>(stored),
               static_cast<unsigned long long>(present));
  return input_problem ? kExitInputProblem : kExitOk;
}

std::function<int()> Setup(CLI::App* sub) {
  auto args = std::make_shared<WorkArgs>();
  sub->add_option("--db", args->db, "Database URL: postgresql://...")->required();
  sub->add_flag("--enqueue", args->enqueue, "Add the inputs to the queue instead of working");
  sub->add_flag("--status", args->status, "Print how many queued inputs are pending and done");
  sub->add_option("paths", args->paths, "With --enqueue: files or directories to queue");
  sub->add_option("--worker", args->worker, "Name recorded for the inputs this worker finishes (default host:pid)");
  args->flags.Add(sub);
  AddDedupFlags(sub, &args->dedup);
  return [args] { return RunWork(*args); };
}

}  // namespace

DATELINE_COMMAND("work", "Share an ingest between processes through the PostgreSQL work queue", Setup);

}  // namespace dateline::cli
