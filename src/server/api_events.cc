// GET /api/events, /api/stats and /api/clusters: lists and aggregates of the events that match
// the filters of params.h.
//
// Pagination is by keyset, not OFFSET: events are ordered newest first by (day_lo, id), and the
// cursor names the last row sent ("d<day>_<id>", or "n<id>" once into the undated events, which
// sort last). A page therefore costs the same at any depth and stays stable while events are
// added. Clusters are computed in SQL on a grid whose cell size follows the map's zoom, so the
// page draws a few hundred circles whatever the number of events.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "base/json_writer.h"
#include "server/api.h"
#include "server/event_json.h"
#include "server/event_sql.h"

namespace dateline::server {
namespace {

struct Cursor {
  bool dated = true;
  int64_t day = 0, id = 0;
};

bool ParseCursor(const std::string& s, Cursor* c) {
  if (s.size() < 2 || s.size() > 40) return false;
  auto num = [](std::string_view v, int64_t* out) {
    if (v.empty() || v.size() > 18) return false;
    bool neg = v[0] == '-';
    if (neg) v.remove_prefix(1);
    if (v.empty()) return false;
    int64_t n = 0;
    for (char ch : v) {
      if (ch < '0' || ch > '9') return false;
      n = n * 10 + (ch - '0');
    }
    *out = neg ? -n : n;
    return true;
  };
  std::string_view v(s);
  if (v[0] == 'n') {
    c->dated = false;
    return num(v.substr(1), &c->id);
  }
  if (v[0] != 'd') return false;
  size_t us = v.find('_');
  if (us == std::string_view::npos) return false;
  c->dated = true;
  return num(v.substr(1, us - 1), &c->day) && num(v.substr(us + 1), &c->id);
}

}  // namespace

Api::IndexView Api::View(const EventFilter& f) {
  IndexView v;
  if (!index_) return v;
  auto snap = index_->Get();
  if (!snap) return v;
  if (f.text && !FtsQuery(*f.text).empty()) {
    v.mask = TextMask(snap, *f.text);
    if (!v.mask) return v;  // to SQL, which reports the error
  }
  v.snap = std::move(snap);
  return v;
}

std::shared_ptr<const std::vector<char>> Api::TextMask(
    const std::shared_ptr<const EventIndex::Snapshot>& snap, const std::string& text) {
  std::shared_ptr<TextEntry> entry;
  {
    std::lock_guard<std::mutex> lock(text_mu_);
    for (auto it = text_cache_.begin(); it != text_cache_.end(); ++it) {
      if ((*it)->snap == snap.get() && !(*it)->alive.expired() && (*it)->text == text) {
        entry = *it;
        text_cache_.splice(text_cache_.begin(), text_cache_, it);
        break;
      }
    }
    if (!entry) {
      entry = std::make_shared<TextEntry>();
      entry->snap = snap.get();
      entry->alive = snap;
      entry->text = text;
      text_cache_.push_front(entry);
      if (text_cache_.size() > kTextCacheSize) text_cache_.pop_back();
    }
  }
  std::call_once(entry->once, [&] {
    auto lease = db_->Acquire();
    if (!lease.ok()) return;
    auto q = lease->Prepare(
        "SELECT DISTINCT em.event_id FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
        " JOIN mentions m ON m.article_id = s.article_id AND m.sentence = s.idx"
        " JOIN event_mentions em ON em.mention_id = m.id WHERE sentences_fts MATCH ?");
    if (!q.ok()) return;
    (*q)->BindAll({FtsQuery(text)});
    std::vector<int64_t> ids;
    while ((*q)->Step()) ids.push_back((*q)->Int(0));
    if (!(*q)->status().ok()) return;
    entry->mask = std::make_shared<const std::vector<char>>(snap->MaskOf(ids));
  });
  if (!entry->mask) {  // failed (e.g. the query budget): let a later request try again
    std::lock_guard<std::mutex> lock(text_mu_);
    text_cache_.remove(entry);
  }
  return entry->mask;
}

namespace {

int32_t WeekStart(int32_t day) { return day - (((day + 3) % 7) + 7) % 7; }  // Monday

}  // namespace

ApiResponse Api::Events(const Params& params) {
  Status st = CheckParams(params, kFilterParams, {"limit", "cursor", "format"});
  if (!st.ok()) return StatusResponse(st);
  auto filter = ParseEventFilter(params);
  if (!filter.ok()) return StatusResponse(filter.status());
  auto limit = IntParam(params, "limit", 1, kMaxPageSize, /*cap=*/true);
  if (!limit.ok()) return StatusResponse(limit.status());
  int64_t page = limit->value_or(kDefaultPageSize);
  std::string format = Param(params, "format").value_or("json");
  if (format != "json" && format != "geojson" && format != "csv") {
    return ErrorResponse(400, "parameter 'format' must be json, geojson or csv");
  }
  std::optional<Cursor> cursor;
  if (auto c = Param(params, "cursor")) {
    Cursor cur;
    if (!ParseCursor(*c, &cur)) {
      return ErrorResponse(400, "parameter 'cursor' is not a cursor from a previous page (next_cursor)");
    }
    cursor = cur;
  }
  auto lease = db_->Acquire();
  if (!lease.ok()) return StatusResponse(lease.status());

  ApiResponse r;
  std::string body;
  body.reserve(static_cast<size_t>(page) * 900);
  if (format == "csv") body = kCsvHeader;
  if (format == "geojson") body = R"({"type":"FeatureCollection","features":[)";
  if (format == "json") body = R"({"events":[)";
  int64_t n = 0;
  bool more = false;
  Cursor last;
  auto emit = [&](const Query& row) {
    if (format == "csv") {
      AppendCsvRow(row, &body);
    } else {
      if (n > 0) body.push_back(',');
      if (format == "geojson") {
        AppendGeoJsonFeature(row, &body);
      } else {
        JsonWriter w(&body);
        w.BeginObject();
        WriteEventFields(row, w);
        w.EndObject();
      }
    }
    last.dated = !row.IsNull(kColDayLo);
    last.day = row.Int(kColDayLo);
    last.id = row.Int(kColId);
    ++n;
  };

  if (auto snap = View(*filter)) {
    // Ids from the index, in page order; the events themselves from SQLite.
    const auto& rows = snap->rows;
    size_t pos = 0;
    if (cursor) {
      const Cursor cur = *cursor;
      auto after = [&](const IndexedEvent& e) {
        if (!cur.dated) return e.day_lo == kNoDay && e.id < cur.id;
        return e.day_lo == kNoDay || e.day_lo < cur.day || (e.day_lo == cur.day && e.id < cur.id);
      };
      pos = std::partition_point(rows.begin(), rows.end(), [&](const IndexedEvent& e) { return !after(e); }) -
            rows.begin();
    }
    EventIndex::Matcher match(*snap, *filter, snap.mask.get());
    auto [begin, end] = EventIndex::DateRange(*snap, *filter);
    pos = std::max(pos, begin);
    std::vector<int64_t> ids;
    EventIndex::Scan(*snap, *filter, pos, end, /*ordered=*/true, [&](size_t p) {
      if (match(rows[p])) ids.push_back(rows[p].id);
      return static_cast<int64_t>(ids.size()) <= page;
    });
    more = static_cast<int64_t>(ids.size()) > page;
    if (more) ids.pop_back();
    const std::string by_id = std::string("SELECT ") + kEventColumns + " FROM events e WHERE e.id = ?";
    for (int64_t id : ids) {
      auto q = lease->Prepare(by_id);
      if (!q.ok()) return StatusResponse(q.status());
      (*q)->BindAll({id});
      if ((*q)->Step()) emit(**q);  // an event deleted since the snapshot is skipped
      if (!(*q)->status().ok()) return StatusResponse((*q)->status());
    }
  } else {
    SqlWhere where = BuildWhere(*filter);
    if (cursor) {
      if (cursor->dated) {
        AddClause(&where, "(e.day_lo < ? OR (e.day_lo = ? AND e.id < ?) OR e.day_lo IS NULL)");
        where.binds.emplace_back(cursor->day);
        where.binds.emplace_back(cursor->day);
        where.binds.emplace_back(cursor->id);
      } else {
        AddClause(&where, "e.day_lo IS NULL AND e.id < ?");
        where.binds.emplace_back(cursor->id);
      }
    }
    std::string sql = std::string("SELECT ") + kEventColumns + " FROM events e" + where.sql +
                      " ORDER BY e.day_lo DESC, e.id DESC LIMIT ?";
    where.binds.emplace_back(page + 1);
    auto q = lease->Prepare(sql);
    if (!q.ok()) return StatusResponse(q.status());
    (*q)->BindAll(where.binds);
    while ((*q)->Step()) {
      if (n == page) { more = true; break; }
      emit(**q);
    }
    if (!(*q)->status().ok()) return StatusResponse((*q)->status());
  }
  if (more) {
    r.next_cursor = last.dated ? "d" + std::to_string(last.day) + "_" + std::to_string(last.id)
                               : "n" + std::to_string(last.id);
  }
  if (format == "csv") {
    r.content_type = "text/csv; charset=utf-8";
  } else {
    body += "],";
    JsonWriter w(&body);
    w.Key("count").Int(n).Key("limit").Int(page).Key("next_cursor");
    if (more) w.String(r.next_cursor); else w.Null();
    body += "}";
    if (format == "geojson") r.content_type = "application/geo+json";
  }
  r.body = std::move(body);
  return r;
}

ApiResponse Api::Stats(const Params& params) {
  Status st = CheckParams(params, kFilterParams, {"bucket"});
  if (!st.ok()) return StatusResponse(st);
  auto filter = ParseEventFilter(params);
  if (!filter.ok()) return StatusResponse(filter.status());
  std::string bucket = Param(params, "bucket").value_or("auto");
  if (bucket != "auto" && bucket != "day" && bucket != "week" && bucket != "month") {
    return ErrorResponse(400, "parameter 'bucket' must be day, week, month or auto");
  }
  struct Day { int32_t day; int64_t events, fatalities; };
  struct TypeCount { std::string type; int64_t events, fatalities; };
  std::vector<Day> days;
  std::vector<TypeCount> types;
  int64_t undated = 0, total = 0, fatalities = 0;
  if (auto snap = View(*filter)) {
    EventIndex::Matcher match(*snap, *filter, snap.mask.get());
    std::unordered_map<int32_t, std::pair<int64_t, int64_t>> by_day;
    std::unordered_map<uint32_t, std::pair<int64_t, int64_t>> by_type;
    auto [begin, end] = EventIndex::DateRange(*snap, *filter);
    EventIndex::Scan(*snap, *filter, begin, end, /*ordered=*/false, [&](size_t i) {
      const IndexedEvent& e = snap->rows[i];
      if (!match(e)) return true;
      int64_t fat = std::max(0, e.fatalities);
      ++total;
      fatalities += fat;
      if (e.day_lo == kNoDay) {
        ++undated;
      } else {
        auto& d = by_day[e.day_lo];
        ++d.first;
        d.second += fat;
      }
      auto& t = by_type[e.label];
      ++t.first;
      t.second += fat;
      return true;
    });
    for (const auto& [day, c] : by_day) days.push_back({day, c.first, c.second});
    std::sort(days.begin(), days.end(), [](const Day& a, const Day& b) { return a.day < b.day; });
    for (const auto& [label, c] : by_type) types.push_back({snap->strings[label], c.first, c.second});
  } else {
    SqlWhere where = BuildWhere(*filter);
    auto lease = db_->Acquire();
    if (!lease.ok()) return StatusResponse(lease.status());
    {
      auto q = lease->Prepare("SELECT e.day_lo, count(*), sum(coalesce(e.fatalities_best, 0)) FROM events e" +
                              where.sql + " GROUP BY e.day_lo ORDER BY e.day_lo");
      if (!q.ok()) return StatusResponse(q.status());
      (*q)->BindAll(where.binds);
      while ((*q)->Step()) {
        total += (*q)->Int(1);
        fatalities += (*q)->Int(2);
        if ((*q)->IsNull(0)) undated += (*q)->Int(1);
        else days.push_back({static_cast<int32_t>((*q)->Int(0)), (*q)->Int(1), (*q)->Int(2)});
      }
      if (!(*q)->status().ok()) return StatusResponse((*q)->status());
    }
    auto q = lease->Prepare("SELECT coalesce(e.acled_event, e.plover_type, 'Other'), count(*),"
                            " sum(coalesce(e.fatalities_best, 0)) FROM events e" + where.sql + " GROUP BY 1");
    if (!q.ok()) return StatusResponse(q.status());
    (*q)->BindAll(where.binds);
    while ((*q)->Step()) types.push_back({std::string((*q)->Text(0)), (*q)->Int(1), (*q)->Int(2)});
    if (!(*q)->status().ok()) return StatusResponse((*q)->status());
  }
  // Most frequent first; ties by name, so both paths answer identically.
  std::sort(types.begin(), types.end(), [](const TypeCount& a, const TypeCount& b) {
    return a.events != b.events ? a.events > b.events : a.type < b.type;
  });
  if (types.size() > 100) types.resize(100);
  if (bucket == "auto") {
    int32_t span = days.empty() ? 0 : days.back().day - days.front().day;
    bucket = span > 3 * 366 ? "month" : span > 120 ? "week" : "day";
  }
  // Fold days into buckets, keyed by the bucket's first day.
  std::map<std::string, std::pair<int64_t, int64_t>> buckets;
  for (const Day& d : days) {
    std::string key = bucket == "day"    ? FormatDay(d.day)
                      : bucket == "week" ? FormatDay(WeekStart(d.day))
                                         : FormatDay(d.day).substr(0, 7) + "-01";
    auto& b = buckets[key];
    b.first += d.events;
    b.second += d.fatalities;
  }
  std::string body;
  JsonWriter w(&body);
  w.BeginObject().Key("total").Int(total).Key("fatalities").Int(fatalities).Key("undated").Int(undated);
  w.Key("bucket").String(bucket).Key("timeline").BeginArray();
  for (const auto& [key, b] : buckets) {
    w.BeginObject().Key("start").String(key).Key("events").Int(b.first).Key("fatalities").Int(b.second).EndObject();
  }
  w.EndArray().Key("types").BeginArray();
  for (const auto& t : types) {
    w.BeginObject().Key("type").String(t.type).Key("events").Int(t.events);
    w.Key("fatalities").Int(t.fatalities).EndObject();
  }
  w.EndArray().EndObject();
  ApiResponse r;
  r.body = std::move(body);
  return r;
}

ApiResponse Api::Clusters(const Params& params) {
  Status st = CheckParams(params, kFilterParams, {"zoom"});
  if (!st.ok()) return StatusResponse(st);
  auto filter = ParseEventFilter(params);
  if (!filter.ok()) return StatusResponse(filter.status());
  auto zoom = IntParam(params, "zoom", 0, 22, /*cap=*/true);
  if (!zoom.ok()) return StatusResponse(zoom.status());
  // About 40 screen pixels per cell at 256-pixel tiles.
  double cell = 360.0 / std::pow(2.0, static_cast<double>(zoom->value_or(2))) / 6.0;
  struct Cell {
    int64_t count = 0, fatalities = 0, id = INT64_MAX;
    double lat = 0, lon = 0;
    std::vector<std::pair<std::string, int64_t>> types;
  };
  std::map<std::pair<int64_t, int64_t>, Cell> cells;
  if (auto snap = View(*filter)) {
    EventIndex::Matcher match(*snap, *filter, snap.mask.get());
    struct Part { int64_t count = 0, fatalities = 0, id = INT64_MAX; double lat = 0, lon = 0; };
    if (snap->strings.size() > 0xFFFF) return ErrorResponse(503, "too many distinct types to cluster");
    // Key: grid x, grid y (both < 2^24 at zoom 22) and the type label id.
    std::unordered_map<uint64_t, Part> parts;
    auto [begin, end] = EventIndex::DateRange(*snap, *filter);
    EventIndex::Scan(*snap, *filter, begin, end, /*ordered=*/false, [&](size_t i) {
      const IndexedEvent& e = snap->rows[i];
      if (!e.has_point || !match(e)) return true;
      // CAST(x AS INTEGER) in SQL truncates toward zero; so does this.
      uint64_t gx = static_cast<uint64_t>(static_cast<int64_t>((e.lon + 180) / cell)) & 0xFFFFFF;
      uint64_t gy = static_cast<uint64_t>(static_cast<int64_t>((e.lat + 90) / cell)) & 0xFFFFFF;
      Part& p = parts[(gx << 40) | (gy << 16) | (e.label & 0xFFFF)];
      ++p.count;
      p.fatalities += std::max(0, e.fatalities);
      p.lat += e.lat;
      p.lon += e.lon;
      p.id = std::min(p.id, e.id);
      return true;
    });
    for (const auto& [key, p] : parts) {
      Cell& c = cells[{static_cast<int64_t>(key >> 40), static_cast<int64_t>((key >> 16) & 0xFFFFFF)}];
      c.count += p.count;
      c.fatalities += p.fatalities;
      c.lat += p.lat;
      c.lon += p.lon;
      c.id = std::min(c.id, p.id);
      c.types.emplace_back(snap->strings[key & 0xFFFF], p.count);
    }
  } else {
    SqlWhere where = BuildWhere(*filter);
    AddClause(&where, "e.lat IS NOT NULL AND e.lon IS NOT NULL");
    std::string sql =
        "SELECT CAST((e.lon + 180) / ? AS INTEGER) AS gx, CAST((e.lat + 90) / ? AS INTEGER) AS gy,"
        " coalesce(e.acled_event, e.plover_type, 'Other'), count(*), sum(e.lat), sum(e.lon),"
        " sum(coalesce(e.fatalities_best, 0)), min(e.id) FROM events e" + where.sql +
        " GROUP BY gx, gy, 3 LIMIT 50000";
    std::vector<SqlValue> binds = {cell, cell};
    binds.insert(binds.end(), where.binds.begin(), where.binds.end());
    auto lease = db_->Acquire();
    if (!lease.ok()) return StatusResponse(lease.status());
    auto q = lease->Prepare(sql);
    if (!q.ok()) return StatusResponse(q.status());
    (*q)->BindAll(binds);
    while ((*q)->Step()) {
      Cell& c = cells[{(*q)->Int(0), (*q)->Int(1)}];
      int64_t n = (*q)->Int(3);
      c.count += n;
      c.lat += (*q)->Double(4);
      c.lon += (*q)->Double(5);
      c.fatalities += (*q)->Int(6);
      c.id = std::min(c.id, (*q)->Int(7));
      c.types.emplace_back(std::string((*q)->Text(2)), n);
    }
    if (!(*q)->status().ok()) return StatusResponse((*q)->status());
  }
  std::string body;
  JsonWriter w(&body);
  int64_t total = 0;
  w.BeginObject().Key("cell_degrees").Double(cell).Key("cells").BeginArray();
  for (auto& [key, c] : cells) {
    std::sort(c.types.begin(), c.types.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    total += c.count;
    w.BeginObject();
    w.Key("lat").Double(c.lat / c.count, 5).Key("lon").Double(c.lon / c.count, 5);
    w.Key("count").Int(c.count).Key("fatalities").Int(c.fatalities);
    w.Key("type").String(c.types.front().first);
    w.Key("id");
    if (c.count == 1) w.Int(c.id); else w.Null();
    w.Key("types").BeginObject();
    for (const auto& [t, n] : c.types) w.Key(t).Int(n);
    w.EndObject().EndObject();
  }
  w.EndArray().Key("total").Int(total).EndObject();
  ApiResponse r;
  r.body = std::move(body);
  return r;
}

}  // namespace dateline::server
