// The JSON API of `dateline serve`, independent of the HTTP library: each handler takes the
// request's parameters and returns a status code, a content type and a body. http_server.cc maps
// routes to these functions; tests/api_server.sh exercises them over HTTP. The handlers only read
// the store (ReadDb) and format; no NLP happens here.
#ifndef DATELINE_SERVER_API_H_
#define DATELINE_SERVER_API_H_

#include <list>
#include <memory>
#include <mutex>
#include <string>

#include "server/event_index.h"
#include "server/params.h"
#include "server/read_db.h"

namespace dateline::server {

inline constexpr int kDefaultPageSize = 100;
inline constexpr int kMaxPageSize = 1000;

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::string next_cursor;  // events: also sent as the X-Next-Cursor header
};

// {"error": message} with the given status.
ApiResponse ErrorResponse(int status, const std::string& message);
// Maps a Status to 400 / 404 / 503 / 500 with its message (internal errors say only that).
ApiResponse StatusResponse(const Status& status);

class Api {
 public:
  // index may be null: every query then goes to SQL.
  explicit Api(ReadDb* db, EventIndex* index = nullptr) : db_(db), index_(index) {}

  ApiResponse Events(const Params& params);                          // GET /api/events
  ApiResponse Event(const std::string& id);                          // GET /api/events/{id}
  ApiResponse Article(const std::string& id);                        // GET /api/articles/{id}
  ApiResponse Stats(const Params& params);                           // GET /api/stats
  ApiResponse Clusters(const Params& params);                        // GET /api/clusters
  ApiResponse Actors(const Params& params);                          // GET /api/actors
  ApiResponse Places(const Params& params);                          // GET /api/places
  ApiResponse Health();                                              // GET /healthz

 private:
  // What the index can answer a filter with: its snapshot and, for a full-text filter, the mask
  // of the rows whose events have a matching sentence. False when the filter must go to SQL (no
  // index, not loaded yet, or the full-text query failed).
  struct IndexView {
    std::shared_ptr<const EventIndex::Snapshot> snap;
    std::shared_ptr<const std::vector<char>> mask;
    explicit operator bool() const { return snap != nullptr; }
    const EventIndex::Snapshot& operator*() const { return *snap; }
    const EventIndex::Snapshot* operator->() const { return snap.get(); }
  };
  IndexView View(const EventFilter& f);
  // The row mask of a full-text query on one snapshot, from a small cache: one FTS5 query serves
  // every request of the same search (the list's pages, the timeline, the clusters) and concurrent
  // requests for it wait for the first instead of repeating it. Null when the query fails.
  std::shared_ptr<const std::vector<char>> TextMask(const std::shared_ptr<const EventIndex::Snapshot>& snap,
                                                    const std::string& text);

  ReadDb* db_;
  EventIndex* index_;
  struct TextEntry {
    const EventIndex::Snapshot* snap = nullptr;
    std::weak_ptr<const EventIndex::Snapshot> alive;
    std::string text;
    std::once_flag once;
    std::shared_ptr<const std::vector<char>> mask;
  };
  static constexpr size_t kTextCacheSize = 16;
  std::mutex text_mu_;
  std::list<std::shared_ptr<TextEntry>> text_cache_;  // most recently used first
};

// The sentence split into runs of text, each with the kinds of span covering it (actor, verb,
// place, date), for highlighting. Offsets are UTF-8 bytes relative to the sentence.
struct MarkSpan {
  std::string kind, role;
  uint32_t start = 0, end = 0;
};
struct Segment {
  std::string text;
  std::vector<std::string> marks;
};
std::vector<Segment> Segments(std::string_view sentence, const std::vector<MarkSpan>& spans);

}  // namespace dateline::server

#endif  // DATELINE_SERVER_API_H_
