#include "pipeline/runner.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace dateline {

RunStats RunPipeline(ArticleReader& reader, const Pipeline& pipeline, const RunnerOptions& options,
                     const RunSink& sink) {
  int threads = options.threads > 0 ? options.threads
                                    : std::max(1u, std::thread::hardware_concurrency());
  RunStats stats;
  std::vector<ReadItem> items;
  std::vector<Document> docs;
  bool more = true;
  while (more) {
    items.clear();
    size_t bytes = 0;
    while (items.size() < options.batch_articles && bytes < options.batch_bytes) {
      ReadItem item;
      if (!reader.Next(&item)) { more = false; break; }
      bytes += item.article.text.size();
      items.push_back(std::move(item));
    }
    if (items.empty()) break;
    docs.assign(items.size(), Document());
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < items.size();) {
        if (items[i].failed()) continue;
        Document& d = docs[i];
        d.article = std::move(items[i].article);
        for (const auto& p : items[i].problems) d.problems.push_back(p);
        pipeline.Process(d);
      }
    };
    int n = static_cast<int>(std::min<size_t>(threads, items.size()));
    if (n <= 1) {
      work();
    } else {
      std::vector<std::thread> pool;
      for (int t = 0; t < n; ++t) pool.emplace_back(work);
      for (auto& t : pool) t.join();
    }
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].failed()) {
        ++stats.failed;
        sink(items[i], nullptr);
      } else {
        ++stats.articles;
        stats.bytes += docs[i].article.text.size();
        stats.sentences += docs[i].sentences.size();
        stats.tokens += docs[i].tokens.size();
        sink(items[i], &docs[i]);
      }
    }
  }
  return stats;
}

}  // namespace dateline
