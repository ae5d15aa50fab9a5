// GET /api/actors?q=, /api/places?q= (autocomplete over the store's actor and place catalogs),
// /healthz, and the error responses every handler shares.
#include "base/json_writer.h"
#include "server/api.h"

namespace dateline::server {
namespace {

// q as a LIKE pattern that matches q literally: % _ and \ are escaped.
std::string LikeEscape(const std::string& q) {
  std::string out;
  for (char c : q) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

StatusOr<std::pair<std::string, int64_t>> LookupParams(const Params& params) {
  DATELINE_RETURN_IF_ERROR(CheckParams(params, {"q", "limit"}));
  auto q = Param(params, "q");
  if (!q || q->empty()) return Status::InvalidArgument("parameter 'q' is required: the start of a name");
  if (q->size() > 64) return Status::InvalidArgument("parameter 'q' is longer than 64 bytes");
  for (unsigned char c : *q) {
    if (c < 0x20 || c == 0x7f) return Status::InvalidArgument("parameter 'q' contains control characters");
  }
  auto limit = IntParam(params, "limit", 1, 50, /*cap=*/true);
  if (!limit.ok()) return limit.status();
  return std::pair{*q, limit->value_or(10)};
}

}  // namespace

ApiResponse ErrorResponse(int status, const std::string& message) {
  ApiResponse r;
  r.status = status;
  JsonWriter w(&r.body);
  w.BeginObject().Key("error").String(message).EndObject();
  return r;
}

ApiResponse StatusResponse(const Status& status) {
  switch (status.code()) {
    case Status::Code::kInvalidArgument: return ErrorResponse(400, status.message());
    case Status::Code::kNotFound: return ErrorResponse(404, status.message());
    case Status::Code::kUnsupported: return ErrorResponse(503, status.message());
    default: return ErrorResponse(500, "internal error");
  }
}

ApiResponse Api::Actors(const Params& params) {
  auto p = LookupParams(params);
  if (!p.ok()) return StatusResponse(p.status());
  auto lease = db_->Acquire();
  if (!lease.ok()) return StatusResponse(lease.status());
  // Names that start with q first, then names containing it; codes match as prefixes.
  auto q = lease->Prepare(
      "SELECT name, code, acled_name, kind, country FROM actors"
      " WHERE name LIKE ?1 ESCAPE '\\' OR acled_name LIKE ?1 ESCAPE '\\' OR code LIKE ?2 ESCAPE '\\'"
      " ORDER BY (name LIKE ?2 ESCAPE '\\') DESC, length(name), name LIMIT ?3");
  if (!q.ok()) return StatusResponse(q.status());
  std::string esc = LikeEscape(p->first);
  (*q)->BindAll({"%" + esc + "%", esc + "%", p->second});
  ApiResponse r;
  JsonWriter w(&r.body);
  w.BeginObject().Key("actors").BeginArray();
  while ((*q)->Step()) {
    w.BeginObject();
    const char* keys[] = {"name", "code", "acled_name", "kind", "country"};
    for (int i = 0; i < 5; ++i) {
      w.Key(keys[i]);
      if ((*q)->IsNull(i)) w.Null(); else w.String((*q)->Text(i));
    }
    w.EndObject();
  }
  if (!(*q)->status().ok()) return StatusResponse((*q)->status());
  w.EndArray().EndObject();
  return r;
}

ApiResponse Api::Places(const Params& params) {
  auto p = LookupParams(params);
  if (!p.ok()) return StatusResponse(p.status());
  auto lease = db_->Acquire();
  if (!lease.ok()) return StatusResponse(lease.status());
  auto q = lease->Prepare(
      "SELECT name, country, admin1, admin2, feature_code, lat, lon, precision, geonameid FROM places"
      " WHERE name LIKE ?1 ESCAPE '\\' ORDER BY (name LIKE ?2 ESCAPE '\\') DESC, length(name), name LIMIT ?3");
  if (!q.ok()) return StatusResponse(q.status());
  std::string esc = LikeEscape(p->first);
  (*q)->BindAll({"%" + esc + "%", esc + "%", p->second});
  ApiResponse r;
  JsonWriter w(&r.body);
  w.BeginObject().Key("places").BeginArray();
  while ((*q)->Step()) {
    const Query& row = **q;
    w.BeginObject();
    const char* keys[] = {"name", "country", "admin1", "admin2", "feature_code"};
    for (int i = 0; i < 5; ++i) {
      w.Key(keys[i]);
      if (row.IsNull(i)) w.Null(); else w.String(row.Text(i));
    }
    w.Key("lat");
    if (row.IsNull(5)) w.Null(); else w.Double(row.Double(5), 8);
    w.Key("lon");
    if (row.IsNull(6)) w.Null(); else w.Double(row.Double(6), 8);
    w.Key("precision");
    if (row.IsNull(7)) w.Null(); else w.Int(row.Int(7));
    w.Key("geonameid").Int(row.Int(8));
    w.EndObject();
  }
  if (!(*q)->status().ok()) return StatusResponse((*q)->status());
  w.EndArray().EndObject();
  return r;
}

ApiResponse Api::Health() {
  auto lease = db_->Acquire();
  if (!lease.ok()) return ErrorResponse(503, "database unavailable");
  auto q = lease->Prepare("SELECT max(id) FROM events");
  if (!q.ok()) return ErrorResponse(503, "database unavailable");
  if (!(*q)->Step() && !(*q)->status().ok()) return ErrorResponse(503, "database unavailable");
  ApiResponse r;
  r.body = std::string(R"({"status":"ok","index":")") +
           (!index_ ? "off" : index_->ready() ? "ready" : "loading") + "\"}";
  return r;
}

}  // namespace dateline::server
