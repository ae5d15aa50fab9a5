// `dateline show [--db PATH] ID`: one stored article (by row id, article id or content hash) with
// its metadata, numbered sentences and the events it reports. --stats and --dump describe the
// whole store (the dump is what the interrupted-ingest test compares).
#include <cstdio>
#include <memory>

#include "cli/command.h"
#include "store/export.h"
#include "store/store.h"

namespace dateline::cli {
namespace {

struct ShowArgs {
  std::string db = "dateline.db";
  std::string id;
  bool annotation = false;
  bool dump = false;
  bool stats = false;
  bool list = false;
};

int Usage(const Status& s) {
  std::fprintf(stderr, "dateline show: %s\n", s.ToString().c_str());
  return kExitInputProblem;
}

int RunShow(const ShowArgs& args) {
  store::StoreOptions options;
  auto store = store::EventStore::Open(args.db, options);
  if (!store.ok()) {
    std::fprintf(stderr, "dateline show: %s\n", store.status().ToString().c_str());
    return kExitUsage;
  }
  if (args.list) {
    auto rows = (*store)->ListArticles(0);
    if (!rows.ok()) return Usage(rows.status());
    std::printf("%-6s %-18s %-10s %-9s %s\n", "ROW", "ARTICLE", "PUBLISHED", "SENTENCES", "TITLE / ORIGIN");
    for (const auto& r : *rows) {
      std::string label = !r.title.empty() ? r.title : r.origin;
      if (label.size() > 70) label = label.substr(0, 67) + "...";
      std::printf("%-6lld %-18.18s %-10.10s %9d %s\n", static_cast<long long>(r.id), r.key.c_str(),
                  r.published.c_str(), r.sentence_count, label.c_str());
    }
    return kExitOk;
  }
  if (args.dump || args.stats) {
    if (args.dump) {
      auto d = (*store)->Dump();
      if (!d.ok()) return Usage(d.status());
      std::fwrite(d->data(), 1, d->size(), stdout);
    }
    if (args.stats) {
      auto c = (*store)->Counts();
      if (!c.ok()) return Usage(c.status());
      std::printf("articles %lld\nsentences %lld\nmentions %lld\nevents %lld\nlinks %lld\n",
                  static_cast<long long>(c->articles), static_cast<long long>(c->sentences),
                  static_cast<long long>(c->mentions), static_cast<long long>(c->events),
                  static_cast<long long>(c->links));
    }
    return kExitOk;
  }
  if (args.id.empty()) {
    std::fprintf(stderr, "dateline show: give an article ID (or --stats, --dump)\n");
    return kExitUsage;
  }
  auto a = (*store)->GetArticle(args.id);
  if (!a.ok()) {
    std::fprintf(stderr, "dateline show: %s\n", a.status().ToString().c_str());
    return kExitInputProblem;
  }
  if (args.annotation) {
    std::printf("%s\n", a->annotation_json.c_str());
    return kExitOk;
  }
  std::string out;
  auto field = [&](const char* name, const std::string& v) {
    if (!v.empty()) out += std::string(name) + ": " + v + "\n";
  };
  field("article", std::to_string(a->id) + " (" + a->key + ")");
  field("title", a->title);
  field("published", a->published);
  field("source", a->source);
  field("url", a->url);
  field("origin", a->origin);
  field("hash", a->hash);
  field("metadata", a->metadata_json);
  field("ingested", a->ingested_at);
  out += "sentences: " + std::to_string(a->sentences.size()) + "\n";
  for (const auto& s : a->sentences) {
    char head[64];
    std::snprintf(head, sizeof head, "%4d [%u-%u] ", s.index + 1, s.start, s.end);
    out += head + s.text + "\n";
  }
  auto events = (*store)->EventsOfArticle(a->id);
  if (!events.ok()) {
    std::fprintf(stderr, "dateline show: %s\n", events.status().ToString().c_str());
    return kExitInputProblem;
  }
  if (!events->empty()) {
    out += "events: " + std::to_string(events->size()) + "\n";
    store::WriteEvents(*events, store::ExportFormat::kTable, &out);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

std::function<int()> Setup(CLI::App* sub) {
  auto args = std::make_shared<ShowArgs>();
  sub->add_option("id", args->id, "Row id, article id or content hash");
  sub->add_option("--db", args->db, "Database: a path or sqlite:PATH (default: dateline.db)");
  sub->add_flag("--annotation", args->annotation, "Print the stored annotation (JSON) instead");
  sub->add_flag("--list", args->list, "List the stored articles instead");
  sub->add_flag("--stats", args->stats, "Print row counts of the store instead");
  sub->add_flag("--dump", args->dump,
                "Print a canonical dump (article hashes with sentence and mention counts, event clusters)");
  return [args] { return RunShow(*args); };
}

}  // namespace

DATELINE_COMMAND("show", "Show one stored article with its metadata, sentences and events", Setup);

}  // namespace dateline::cli
