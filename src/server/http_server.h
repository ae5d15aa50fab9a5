// `dateline serve`: the HTTP server over the JSON API (api.h) and the web map (web/, embedded at
// build time). This is the only file that includes cpp-httplib, so the header's compile cost is
// paid once.
//
// Defaults are the safe ones: bound to 127.0.0.1, read-only, no CORS, ingest off. Limits: page
// size (api.h), request body size, socket read/write timeouts, and a per-query time budget
// enforced inside SQLite (read_db.h).
#ifndef DATELINE_SERVER_HTTP_SERVER_H_
#define DATELINE_SERVER_HTTP_SERVER_H_

#include <functional>
#include <string>
#include <string_view>

#include "dateline/status.h"

namespace dateline::server {

// Stores one posted article (JSON object or plain text) and returns the JSON answer: article id,
// events found. Supplied by the CLI, which owns the pipeline and the store; the server only
// authenticates and forwards.
using IngestFn = std::function<StatusOr<std::string>(std::string_view body, std::string_view content_type)>;

struct ServerOptions {
  std::string db_path = "dateline.db";
  std::string host = "127.0.0.1";
  int port = 8080;                  // 0: any free port
  std::string token;                // empty: POST /api/articles is disabled
  std::string cors_origin;          // empty: no CORS headers
  std::string tiles_url;            // optional raster tile template for the page
  int threads = 32;                 // worker threads (one per open connection at a time)
  size_t max_body_bytes = 2 << 20;  // larger request bodies get 413
  int socket_timeout_s = 10;        // read and write timeouts
  int query_timeout_ms = 3000;      // a query running longer is interrupted (503)
  bool access_log = false;
  bool event_index = true;          // keep the in-memory event index (event_index.h)
  IngestFn ingest;
};

// Runs until the process is stopped. Prints "listening on http://HOST:PORT" on stdout once bound.
Status Serve(const ServerOptions& options);

// The OpenAPI 3 document served at /api/openapi.json.
const std::string& OpenApiJson();

}  // namespace dateline::server

#endif  // DATELINE_SERVER_HTTP_SERVER_H_
