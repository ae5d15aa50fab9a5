// POST /api/articles: one article in (a JSON object like a `dateline annotate` JSON Lines input
// line, or plain UTF-8 text), run through the pipeline, stored in the event store. The HTTP layer
// authenticates; this only parses, annotates and stores, one article at a time (the store has
// one writer).
#ifndef DATELINE_SERVER_INGEST_H_
#define DATELINE_SERVER_INGEST_H_

#include <memory>
#include <string>

#include "server/http_server.h"

namespace dateline::server {

// Opens the pipeline and a writable store on db_path. The returned function is thread-safe.
StatusOr<IngestFn> MakeIngest(const std::string& db_path);

}  // namespace dateline::server

#endif  // DATELINE_SERVER_INGEST_H_
