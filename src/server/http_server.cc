// See http_server.h. Routes:
//   GET  /  /static/*                 the page and its assets (embedded)
//   GET  /api/events /api/events/{id} /api/articles/{id} /api/stats /api/clusters
//   GET  /api/actors /api/places /api/config /api/openapi.json /healthz
//   POST /api/articles                ingest, only with --token (Authorization: Bearer TOKEN)
// Every error leaves as {"error": "..."}; exceptions are caught and logged, never shown.
#include "server/http_server.h"

#include <httplib.h>

#include <cstdio>
#include <memory>

#include "base/json_writer.h"
#include "server/api.h"
#include "server/assets.h"
#include "server/event_index.h"
#include "server/read_db.h"

namespace dateline::server {
namespace {

void Send(httplib::Response& res, const ApiResponse& r) {
  res.status = r.status;
  if (!r.next_cursor.empty()) res.set_header("X-Next-Cursor", r.next_cursor);
  res.set_content(r.body, r.content_type.c_str());
}

bool ConstantTimeEqual(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

bool IsLoopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

// The origin (scheme://host[:port]) of a tile URL template, for the page's Content-Security-Policy.
std::string OriginOf(const std::string& url) {
  size_t scheme = url.find("://");
  if (scheme == std::string::npos) return "";
  size_t end = url.find('/', scheme + 3);
  std::string origin = url.substr(0, end);
  // Tile templates may use {s} subdomains: allow them with a wildcard.
  size_t s = origin.find("{s}.");
  if (s != std::string::npos) origin.replace(s, 3, "*");
  for (char c : origin) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && !std::strchr(":/.-*", c)) return "";
  }
  return origin;
}

}  // namespace

Status Serve(const ServerOptions& o) {
  auto db = ReadDb::Open(o.db_path, std::chrono::milliseconds(o.query_timeout_ms));
  if (!db.ok()) return db.status();
  std::unique_ptr<EventIndex> index;
  if (o.event_index) {
    index = std::make_unique<EventIndex>(o.db_path);
    index->Start();
  }
  auto api = std::make_shared<Api>(db->get(), index.get());

  httplib::Server svr;
  const int threads = o.threads;
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  svr.set_payload_max_length(o.max_body_bytes);
  svr.set_read_timeout(o.socket_timeout_s, 0);
  svr.set_write_timeout(o.socket_timeout_s, 0);
  svr.set_keep_alive_max_count(1000);
  svr.set_keep_alive_timeout(5);
  svr.set_tcp_nodelay(true);

  std::string csp = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
  if (std::string origin = OriginOf(o.tiles_url); !origin.empty()) csp += " " + origin;
  csp += "; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  svr.set_post_routing_handler([o](const httplib::Request&, httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    if (!o.cors_origin.empty()) {
      res.set_header("Access-Control-Allow-Origin", o.cors_origin);
      res.set_header("Access-Control-Expose-Headers", "X-Next-Cursor");
      res.set_header("Vary", "Origin");
    }
  });
  svr.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string msg = res.status == 404   ? "no such endpoint; see /api/openapi.json"
                      : res.status == 413 ? "request body too large"
                      : res.status == 405 ? "method not allowed"
                      : res.status == 414 ? "request URI too long"
                                          : "bad request";
    ApiResponse r = ErrorResponse(res.status, msg);
    res.set_content(r.body, "application/json");
  });
  svr.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dateline serve: %s %s: %s\n", req.method.c_str(), req.path.c_str(), e.what());
    } catch (...) {
      std::fprintf(stderr, "dateline serve: %s %s: unknown exception\n", req.method.c_str(), req.path.c_str());
    }
    Send(res, ErrorResponse(500, "internal error"));
  });
  if (o.access_log) {
    svr.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "%s %s %d\n", req.method.c_str(), req.path.c_str(), res.status);
    });
  }

  svr.Get("/api/events", [api](const httplib::Request& req, httplib::Response& res) {
    Send(res, api->Events(req.params));
  });
  svr.Get(R"(/api/events/([^/]*))", [api](const httplib::Request& req, httplib::Response& res) {
    if (!req.params.empty()) return Send(res, ErrorResponse(400, "this endpoint takes no parameters"));
    Send(res, api->Event(req.matches[1]));
  });
  svr.Get(R"(/api/articles/([^/]*))", [api](const httplib::Request& req, httplib::Response& res) {
    if (!req.params.empty()) return Send(res, ErrorResponse(400, "this endpoint takes no parameters"));
    Send(res, api->Article(req.matches[1]));
  });
  svr.Get("/api/stats", [api](const httplib::Request& req, httplib::Response& res) {
    Send(res, api->Stats(req.params));
  });
  svr.Get("/api/clusters", [api](const httplib::Request& req, httplib::Response& res) {
    Send(res, api->Clusters(req.params));
  });
  svr.Get("/api/actors", [api](const httplib::Request& req, httplib::Response& res) {
    Send(res, api->Actors(req.params));
  });
  svr.Get("/api/places", [api](const httplib::Request& req, httplib::Response& res) {
    Send(res, api->Places(req.params));
  });
  svr.Get("/healthz", [api](const httplib::Request&, httplib::Response& res) { Send(res, api->Health()); });
  svr.Get("/api/openapi.json", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(OpenApiJson(), "application/json");
  });
  svr.Get("/api/config", [o](const httplib::Request&, httplib::Response& res) {
    std::string body;
    JsonWriter w(&body);
    w.BeginObject().Key("tiles");
    if (o.tiles_url.empty()) w.Null(); else w.String(o.tiles_url);
    w.Key("ingest").Bool(!o.token.empty() && o.ingest != nullptr).EndObject();
    res.set_content(body, "application/json");
  });
  svr.Post("/api/articles", [o](const httplib::Request& req, httplib::Response& res) {
    if (o.token.empty() || !o.ingest) {
      return Send(res, ErrorResponse(403, "ingest is disabled; start the server with --token to enable it"));
    }
    std::string auth = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    if (auth.rfind(prefix, 0) != 0 || !ConstantTimeEqual(std::string_view(auth).substr(prefix.size()), o.token)) {
      res.set_header("WWW-Authenticate", "Bearer");
      return Send(res, ErrorResponse(401, "missing or wrong token (Authorization: Bearer TOKEN)"));
    }
    if (req.body.empty()) return Send(res, ErrorResponse(400, "empty request body"));
    auto out = o.ingest(req.body, req.get_header_value("Content-Type"));
    if (!out.ok()) return Send(res, StatusResponse(out.status()));
    res.status = 201;
    res.set_content(*out, "application/json");
  });
  svr.Options(R"(/.*)", [o](const httplib::Request&, httplib::Response& res) {
    res.status = 204;
    if (!o.cors_origin.empty()) {
      res.set_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
      res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type");
      res.set_header("Access-Control-Max-Age", "600");
    }
  });
  auto serve_asset = [csp](std::string_view path, httplib::Response& res) {
    const Asset* a = FindAsset(path);
    if (!a) {
      if (kAssetCount == 0 && path == "index.html") {
        res.status = 503;
        return res.set_content("The web page was not built (node or third_party/node_modules missing; run `make setup`). "
                               "The API is available under /api/.", "text/plain");
      }
      return Send(res, ErrorResponse(404, "no such file"));
    }
    res.set_header("Content-Security-Policy", csp);
    res.set_header("Cache-Control", path == "index.html" ? "no-cache" : "public, max-age=3600");
    res.set_content(a->data, a->size, a->content_type);
  };
  svr.Get("/", [serve_asset](const httplib::Request&, httplib::Response& res) { serve_asset("index.html", res); });
  svr.Get(R"(/static/([A-Za-z0-9_./-]+))", [serve_asset](const httplib::Request& req, httplib::Response& res) {
    std::string path = req.matches[1];
    if (path.find("..") != std::string::npos) return Send(res, ErrorResponse(400, "bad path"));
    serve_asset(path, res);
  });

  int port = o.port;
  if (port == 0) {
    port = svr.bind_to_any_port(o.host);
    if (port <= 0) return Status::IoError("cannot bind to " + o.host);
  } else if (!svr.bind_to_port(o.host, port)) {
    return Status::IoError("cannot bind to " + o.host + ":" + std::to_string(port) + " (in use, or not an address of this machine)");
  }
  if (!IsLoopback(o.host)) {
    std::fprintf(stderr, "dateline serve: warning: listening on %s, reachable from other machines\n", o.host.c_str());
  }
  std::printf("listening on http://%s:%d\n", o.host.find(':') != std::string::npos ? ("[" + o.host + "]").c_str() : o.host.c_str(), port);
  std::fflush(stdout);
  if (!svr.listen_after_bind()) return Status::IoError("server stopped unexpectedly");
  return Status::Ok();
}

}  // namespace dateline::server
