// `dateline serve [--db PATH] [--host H] [--port N] [--token T] [--cors ORIGIN] [--tiles URL]`:
// the HTTP API and the web map over an event store (src/server/http_server.h).
#include <cstdio>
#include <memory>

#include "cli/command.h"
#include "server/http_server.h"
#include "server/ingest.h"

namespace dateline::cli {
namespace {

std::function<int()> Setup(CLI::App* sub) {
  auto o = std::make_shared<server::ServerOptions>();
  sub->add_option("--db", o->db_path, "Event store (SQLite file made by `dateline ingest`)")
      ->capture_default_str();
  sub->add_option("--host", o->host, "Address to listen on (loopback by default)")->capture_default_str();
  sub->add_option("--port", o->port, "Port (0: any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
  sub->add_option("--token", o->token, "Enable POST /api/articles for clients sending 'Authorization: Bearer TOKEN'");
  sub->add_option("--cors", o->cors_origin, "Allow this origin to call the API from a browser (e.g. https://example.org)");
  sub->add_option("--tiles", o->tiles_url,
                  "Raster tile URL template for the map background, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
                  "(default: offline country outlines only)");
  sub->add_option("--threads", o->threads, "Worker threads")->capture_default_str()->check(CLI::Range(1, 1024));
  sub->add_option("--max-body", o->max_body_bytes, "Largest accepted request body in bytes")->capture_default_str();
  sub->add_option("--query-timeout-ms", o->query_timeout_ms, "Interrupt queries running longer than this")
      ->capture_default_str()->check(CLI::Range(10, 600000));
  sub->add_flag("--access-log", o->access_log, "Log every request on stderr");
  sub->add_flag("!--no-index", o->event_index,
                "Answer every query with SQL (no in-memory event index; uses less memory, slower maps)");
  return [o] {
    if (!o->token.empty() && o->token.size() < 16) {
      std::fprintf(stderr, "dateline serve: --token must be at least 16 characters\n");
      return kExitUsage;
    }
    if (!o->token.empty()) {
      auto ingest = server::MakeIngest(o->db_path);
      if (!ingest.ok()) {
        std::fprintf(stderr, "dateline serve: cannot enable ingest: %s\n", ingest.status().message().c_str());
        return kExitUsage;
      }
      o->ingest = std::move(*ingest);
    }
    Status st = server::Serve(*o);
    if (!st.ok()) {
      std::fprintf(stderr, "dateline serve: %s\n", st.message().c_str());
      return kExitUsage;
    }
    return kExitOk;
  };
}

}  // namespace

DATELINE_COMMAND("serve", "Serve the HTTP API and the web map over an event store", Setup);

}  // namespace dateline::cli
