// GET /api/events/{id} and /api/articles/{id}: one event with the sentences that report it, and
// one article with its sentences and events.
//
// The store keeps each mention's evidence as article-relative byte spans (source, trigger,
// target, location, date; see docs/annotate.md). Here they become offsets relative to the
// reporting sentence, named for what a reader looks for (actor, verb, place, date), and the
// sentence is cut into runs of text so the page can wrap each run in <mark> without having to
// translate UTF-8 byte offsets into JavaScript string positions.
#include <algorithm>
#include <cstdio>
#include <set>

#include <simdjson.h>

#include "base/json_writer.h"
#include "server/api.h"
#include "server/event_json.h"
#include "server/event_sql.h"

namespace dateline::server {
namespace {

bool ParseId(const std::string& s, int64_t* id) {
  if (s.empty() || s.size() > 15) return false;
  int64_t n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  *id = n;
  return n > 0;
}

// Moves an offset back to the start of a UTF-8 character.
uint32_t CharStart(std::string_view s, uint32_t off) {
  while (off > 0 && off < s.size() && (static_cast<unsigned char>(s[off]) & 0xC0) == 0x80) --off;
  return off;
}

// Evidence spans of one mention relative to a sentence starting at sentence_start.
std::vector<MarkSpan> EvidenceSpans(std::string_view evidence_json, int64_t sentence_start,
                                    size_t sentence_size) {
  std::vector<MarkSpan> out;
  static const struct { const char* key; const char* kind; const char* role; } kKinds[] = {
      {"source", "actor", "source"}, {"trigger", "verb", "trigger"}, {"target", "actor", "target"},
      {"location", "place", "location"}, {"date", "date", "date"}};
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(evidence_json.data(), evidence_json.size()).get(doc)) return out;
  for (const auto& k : kKinds) {
    simdjson::dom::array arr;
    if (doc[k.key].get_array().get(arr)) continue;  // null or absent
    int64_t a = 0, b = 0;
    if (arr.size() != 2 || arr.at(0).get_int64().get(a) || arr.at(1).get_int64().get(b)) continue;
    a -= sentence_start;
    b -= sentence_start;
    // A span outside its sentence (e.g. a date from the dateline) is not highlighted here.
    if (a < 0 || b <= a || b > static_cast<int64_t>(sentence_size)) continue;
    out.push_back({k.kind, k.role, static_cast<uint32_t>(a), static_cast<uint32_t>(b)});
  }
  return out;
}

}  // namespace

std::vector<Segment> Segments(std::string_view sentence, const std::vector<MarkSpan>& spans) {
  std::set<uint32_t> cuts = {0, static_cast<uint32_t>(sentence.size())};
  for (const auto& s : spans) {
    cuts.insert(CharStart(sentence, std::min<uint32_t>(s.start, sentence.size())));
    cuts.insert(CharStart(sentence, std::min<uint32_t>(s.end, sentence.size())));
  }
  std::vector<Segment> out;
  for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
    uint32_t a = *it, b = *std::next(it);
    if (a >= b) continue;
    Segment seg;
    seg.text = std::string(sentence.substr(a, b - a));
    for (const auto& s : spans) {
      if (s.start <= a && b <= s.end &&
          std::find(seg.marks.begin(), seg.marks.end(), s.kind) == seg.marks.end()) {
        seg.marks.push_back(s.kind);
      }
    }
    out.push_back(std::move(seg));
  }
  return out;
}

ApiResponse Api::Event(const std::string& id_text) {
  int64_t id = 0;
  if (!ParseId(id_text, &id)) return ErrorResponse(400, "event id must be a positive integer");
  auto lease = db_->Acquire();
  if (!lease.ok()) return StatusResponse(lease.status());
  std::string body;
  JsonWriter w(&body);
  {
    auto q = lease->Prepare(std::string("SELECT ") + kEventColumns + " FROM events e WHERE e.id = ?");
    if (!q.ok()) return StatusResponse(q.status());
    (*q)->BindAll({id});
    if (!(*q)->Step()) {
      if (!(*q)->status().ok()) return StatusResponse((*q)->status());
      return ErrorResponse(404, "no event with id " + std::to_string(id));
    }
    w.BeginObject();
    WriteEventFields(**q, w);
  }
  auto q = lease->Prepare(
      "SELECT m.id, m.key, m.article_id, a.key, a.title, a.url, a.source, a.published, m.sentence,"
      " s.text, s.start_byte, m.evidence, m.negated, m.mood, m.attributed, m.confidence"
      " FROM event_mentions em JOIN mentions m ON m.id = em.mention_id"
      " JOIN articles a ON a.id = m.article_id"
      " LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
      " WHERE em.event_id = ? ORDER BY a.published, m.id LIMIT 500");
  if (!q.ok()) return StatusResponse(q.status());
  (*q)->BindAll({id});
  w.Key("reports").BeginArray();
  while ((*q)->Step()) {
    const Query& r = **q;
    w.BeginObject();
    w.Key("mention_id").Int(r.Int(0)).Key("mention_key").String(r.Text(1));
    w.Key("article").BeginObject();
    w.Key("id").Int(r.Int(2)).Key("key").String(r.Text(3));
    for (auto [key, col] : {std::pair{"title", 4}, {"url", 5}, {"source", 6}, {"published", 7}}) {
      w.Key(key);
      if (r.IsNull(col)) w.Null(); else w.String(r.Text(col));
    }
    w.EndObject();
    w.Key("negated").Bool(r.Int(12) != 0).Key("mood").String(r.Text(13));
    w.Key("attributed").Bool(r.Int(14) != 0);
    w.Key("confidence");
    if (r.IsNull(15)) w.Null(); else w.Double(r.Double(15), 3);
    w.Key("sentence");
    if (r.IsNull(9)) {
      w.Null();
    } else {
      std::string_view text = r.Text(9);
      auto spans = EvidenceSpans(r.Text(11), r.Int(10), text.size());
      w.BeginObject();
      w.Key("index").Int(r.Int(8)).Key("start").Int(r.Int(10)).Key("text").String(text);
      w.Key("spans").BeginArray();
      for (const auto& s : spans) {
        w.BeginObject().Key("kind").String(s.kind).Key("role").String(s.role);
        w.Key("start").Int(s.start).Key("end").Int(s.end).EndObject();
      }
      w.EndArray().Key("segments").BeginArray();
      for (const auto& seg : Segments(text, spans)) {
        w.BeginObject().Key("text").String(seg.text).Key("marks").StringArray(seg.marks).EndObject();
      }
      w.EndArray().EndObject();
    }
    w.EndObject();
  }
  if (!(*q)->status().ok()) return StatusResponse((*q)->status());
  w.EndArray().EndObject();
  ApiResponse resp;
  resp.body = std::move(body);
  return resp;
}

ApiResponse Api::Article(const std::string& id_text) {
  int64_t id = 0;
  bool by_row = ParseId(id_text, &id);
  if (!by_row) {
    if (id_text.empty() || id_text.size() > 200) {
      return ErrorResponse(400, "article id must be a row number or an article key of at most 200 bytes");
    }
    for (unsigned char c : id_text) {
      if (c < 0x20 || c == 0x7f) return ErrorResponse(400, "article id contains control characters");
    }
  }
  auto lease = db_->Acquire();
  if (!lease.ok()) return StatusResponse(lease.status());
  std::string body;
  JsonWriter w(&body);
  {
    auto q = lease->Prepare(
        by_row ? "SELECT id, key, title, url, source, published, country, ingested_at, text FROM articles WHERE id = ?"
               : "SELECT id, key, title, url, source, published, country, ingested_at, text FROM articles"
                 " WHERE key = ? ORDER BY id LIMIT 1");
    if (!q.ok()) return StatusResponse(q.status());
    if (by_row) (*q)->BindAll({id}); else (*q)->BindAll({id_text});
    if (!(*q)->Step()) {
      if (!(*q)->status().ok()) return StatusResponse((*q)->status());
      return ErrorResponse(404, "no article with id " + std::string(by_row ? std::to_string(id) : "'" + id_text + "'"));
    }
    const Query& r = **q;
    id = r.Int(0);
    w.BeginObject().Key("id").Int(id).Key("key").String(r.Text(1));
    const char* keys[] = {"title", "url", "source", "published", "country", "ingested_at", "text"};
    for (int i = 0; i < 7; ++i) {
      w.Key(keys[i]);
      if (r.IsNull(2 + i)) w.Null(); else w.String(r.Text(2 + i));
    }
  }
  {
    auto q = lease->Prepare("SELECT idx, start_byte, end_byte, text FROM sentences WHERE article_id = ? ORDER BY idx");
    if (!q.ok()) return StatusResponse(q.status());
    (*q)->BindAll({id});
    w.Key("sentences").BeginArray();
    while ((*q)->Step()) {
      w.BeginObject().Key("index").Int((*q)->Int(0)).Key("start").Int((*q)->Int(1));
      w.Key("end").Int((*q)->Int(2)).Key("text").String((*q)->Text(3)).EndObject();
    }
    if (!(*q)->status().ok()) return StatusResponse((*q)->status());
    w.EndArray();
  }
  {
    auto q = lease->Prepare(
        "SELECT DISTINCT em.event_id, m.sentence FROM mentions m JOIN event_mentions em ON em.mention_id = m.id"
        " WHERE m.article_id = ? ORDER BY m.sentence, em.event_id");
    if (!q.ok()) return StatusResponse(q.status());
    (*q)->BindAll({id});
    w.Key("events").BeginArray();
    while ((*q)->Step()) {
      w.BeginObject().Key("id").Int((*q)->Int(0)).Key("sentence");
      if ((*q)->IsNull(1)) w.Null(); else w.Int((*q)->Int(1));
      w.EndObject();
    }
    if (!(*q)->status().ok()) return StatusResponse((*q)->status());
    w.EndArray();
  }
  w.EndObject();
  ApiResponse resp;
  resp.body = std::move(body);
  return resp;
}

}  // namespace dateline::server
