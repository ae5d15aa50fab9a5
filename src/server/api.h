// The JSON API of `dateline serve`, independent of the HTTP library: each handler takes the
// request's parameters and returns a status code, a content type and a body. http_server.cc maps
// routes to these functions; tests/api_server.sh exercises them over HTTP. The handlers only read
// the store (ReadDb) and format; no NLP happens here.
#ifndef DATELINE_SERVER_API_H_
#define DATELINE_SERVER_API_H_

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
  // The index's snapshot when it can answer this filter, else null.
  std::shared_ptr<const EventIndex::Snapshot> Snapshot(const EventFilter& f);

  ReadDb* db_;
  EventIndex* index_;
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
