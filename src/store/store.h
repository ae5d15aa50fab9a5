// The event store: articles, their sentences and annotations, the mentions coded in them and the
// deduplicated events those mentions report, behind one abstract interface so that SQLite (the
// default, one file) and PostgreSQL (many writers) can sit behind the same commands.
//
// Writes go in batches: BeginBatch, StoreDocument for each article, CommitBatch. A batch is one
// transaction, and an article whose content hash is already stored is skipped, so an interrupted
// ingest re-run from the start stores exactly the articles that were missing.
#ifndef DATELINE_STORE_STORE_H_
#define DATELINE_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.h"
#include "dateline/status.h"
#include "store/dedup.h"
#include "store/records.h"

namespace dateline::store {

struct StoreOptions {
  DedupOptions dedup;
  // Open read-only: no migrations, no writes.
  bool read_only = false;
};

struct StoreOutcome {
  bool inserted = false;   // false: the same content was already stored
  int64_t article_id = 0;  // the stored row (existing one for duplicates)
  int mentions = 0;
  int new_events = 0;
  int merged = 0;          // mentions that joined an existing event
};

struct StoreCounts {
  int64_t articles = 0, sentences = 0, mentions = 0, events = 0, links = 0;
};

struct SentenceRow {
  int index = 0;
  uint32_t start = 0, end = 0;
  std::string text;
};

struct ReportRow {  // one mention of an event, with the sentence that carries it
  int64_t mention_id = 0;
  int64_t article_id = 0;
  std::string article_key;  // the article's id
  std::string outlet, url, published;
  int sentence = -1;
  std::string sentence_text;
};

struct EventRow {
  EventRecord event;
  std::vector<ReportRow> reports;  // filled when EventQuery::with_reports
};

struct ArticleRow {
  int64_t id = 0;
  std::string key;  // the article id (given, or derived from the content hash)
  std::string hash, url, source, title, published, origin, metadata_json, ingested_at;
  std::string text, annotation_json;
  int sentence_count = 0;
  std::vector<SentenceRow> sentences;
};

struct EventQuery {
  std::optional<std::string> since, until;  // ISO days, inclusive
  std::optional<std::string> country;       // ISO3
  std::optional<std::string> admin1;
  struct Near { double lat, lon, km; };
  std::optional<Near> near;
  std::optional<std::string> type;   // PLOVER type, CAMEO code/root, ACLED event/sub-event/disorder
  std::optional<std::string> actor;  // code (prefix) or words of a name
  std::optional<int64_t> min_fatalities;
  std::optional<std::string> text;   // words that a reporting sentence contains (full-text)
  int limit = 100;                   // 0: no limit
  bool with_reports = false;
};

struct WorkItem {
  int64_t id = 0;
  std::string input;  // a path, as given to Enqueue
};

class EventStore {
 public:
  // url: a path or sqlite:PATH for SQLite; postgresql://... (or postgres://) for PostgreSQL, when
  // built with libpq (DATELINE_HAVE_POSTGRES).
  static StatusOr<std::unique_ptr<EventStore>> Open(const std::string& url,
                                                    const StoreOptions& options = {});
  virtual ~EventStore() = default;

  virtual Status BeginBatch() = 0;
  virtual Status CommitBatch() = 0;
  virtual Status RollbackBatch() = 0;
  // REQUIRES: inside a batch. Stores the article, its sentences, annotation and mentions, and
  // clusters the mentions into events.
  virtual StatusOr<StoreOutcome> StoreDocument(const Document& doc) = 0;

  // By row id, article id or content hash.
  virtual StatusOr<ArticleRow> GetArticle(std::string_view key) = 0;
  virtual StatusOr<std::vector<ArticleRow>> ListArticles(int limit) = 0;  // no text, no sentences
  virtual StatusOr<std::vector<EventRow>> QueryEvents(const EventQuery& query) = 0;
  virtual StatusOr<std::vector<EventRow>> EventsOfArticle(int64_t article_id) = 0;
  // Undoes merges: detaches one mention (or, with no mention, every mention but the first) into
  // events of its own. Returns the ids of the new events.
  virtual StatusOr<std::vector<int64_t>> SplitEvent(int64_t event_id,
                                                    std::optional<int64_t> mention_id) = 0;
  virtual StatusOr<StoreCounts> Counts() = 0;
  // One line per article, sorted: "hash sentences mentions", then one line per event: its
  // sorted mention keys. Equal dumps mean equal stores (used by the interrupted-ingest test).
  virtual StatusOr<std::string> Dump() = 0;

  // The work queue shared by `dateline work` processes (PostgreSQL; SQLite answers Unsupported).
  // Enqueue adds inputs not queued before and returns how many were new.
  virtual StatusOr<int> Enqueue(const std::vector<std::string>& inputs) {
    return Status::Unsupported("a work queue needs the PostgreSQL back end");
  }
  // Begins a batch (transaction) and claims the next pending input with FOR UPDATE SKIP LOCKED;
  // nullopt (and no open batch) when none is left. Store the input's articles with
  // StoreDocument, then FinishWork. If the process dies first, its transaction is rolled back
  // and the input returns to the queue.
  virtual StatusOr<std::optional<WorkItem>> ClaimWork() {
    return Status::Unsupported("a work queue needs the PostgreSQL back end");
  }
  // Marks the claimed input done and commits the batch.
  virtual Status FinishWork(const WorkItem& item, const std::string& worker) {
    return Status::Unsupported("a work queue needs the PostgreSQL back end");
  }
  // Pending and done inputs.
  virtual StatusOr<std::pair<int64_t, int64_t>> QueueCounts() {
    return Status::Unsupported("a work queue needs the PostgreSQL back end");
  }
};

}  // namespace dateline::store

#endif  // DATELINE_STORE_STORE_H_
