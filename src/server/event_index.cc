// See event_index.h.
#include "server/event_index.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace dateline::server {
namespace {

std::string Fold(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180, kEarthKm = 6371.0088;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

std::vector<char> EventIndex::Snapshot::MaskOf(const std::vector<int64_t>& event_ids) const {
  std::vector<char> mask(rows.size(), 0);
  for (int64_t id : event_ids) {
    auto it = std::lower_bound(by_id.begin(), by_id.end(), std::make_pair(id, uint32_t{0}));
    if (it != by_id.end() && it->first == id) mask[it->second] = 1;
  }
  return mask;
}

EventIndex::Matcher::Matcher(const Snapshot& snap, const EventFilter& f, const std::vector<char>* mask)
    : f_(f), base_(snap.rows.data()), mask_(mask) {
  if (f.country) { want_country_ = true; country_ = snap.Find(*f.country); }
  if (f.admin1) { want_admin1_ = true; admin1_ = snap.Find(Fold(*f.admin1)); }
  if (f.type) {
    want_type_ = true;
    type_ok_.assign(snap.strings.size(), 0);
    const std::string& t = *f.type;
    // As in event_sql.cc: digits are a CAMEO code prefix; words equal (NOCASE) one of the names.
    type_digits_ = std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    std::string folded = Fold(t);
    for (size_t i = 1; i < snap.strings.size(); ++i) {
      const std::string& s = snap.strings[i];
      type_ok_[i] = type_digits_ ? s.compare(0, t.size(), t) == 0 : s == folded;
    }
  }
  if (f.actor) {
    // As in event_sql.cc: upper-case letters and digits are a code prefix, anything else words
    // of a name; LIKE compares ASCII letters case-insensitively.
    want_actor_ = true;
    const std::string& t = *f.actor;
    actor_code_ = std::all_of(t.begin(), t.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
    std::string folded = Fold(t);
    actor_ok_.assign(snap.strings.size(), 0);
    for (size_t i = 1; i < snap.strings.size(); ++i) {
      std::string s = Fold(snap.strings[i]);
      actor_ok_[i] = actor_code_ ? s.compare(0, folded.size(), folded) == 0 : s.find(folded) != std::string::npos;
    }
  }
  if (f.near) {
    double dlat = f.near->km / 111.0;
    double dlon = f.near->km / (111.0 * std::max(0.01, std::cos(f.near->lat * M_PI / 180)));
    near_box_[0] = f.near->lat - dlat; near_box_[1] = f.near->lat + dlat;
    near_box_[2] = f.near->lon - dlon; near_box_[3] = f.near->lon + dlon;
  }
}

bool EventIndex::Matcher::operator()(const IndexedEvent& e) const {
  if (mask_ && !(*mask_)[static_cast<size_t>(&e - base_)]) return false;
  if (f_.since_day && (e.day_hi == kNoDay || e.day_hi < *f_.since_day)) return false;
  if (f_.until_day && (e.day_lo == kNoDay || e.day_lo > *f_.until_day)) return false;
  if (want_country_ && (country_ == 0 || e.country != country_)) return false;
  if (want_admin1_ && (admin1_ == 0 || e.admin1_fold != admin1_)) return false;
  if (f_.min_fatalities && (e.fatalities < 0 || e.fatalities < *f_.min_fatalities)) return false;
  if (f_.near) {
    if (!e.has_point || e.lat < near_box_[0] || e.lat > near_box_[1] || e.lon < near_box_[2] || e.lon > near_box_[3]) return false;
    if (HaversineKm(e.lat, e.lon, f_.near->lat, f_.near->lon) > f_.near->km) return false;
  }
  if (f_.bbox) {
    if (!e.has_point || e.lat < f_.bbox->south || e.lat > f_.bbox->north ||
        e.lon < std::max(-180.0, f_.bbox->west) || e.lon > std::min(180.0, f_.bbox->east)) return false;
  }
  if (want_actor_) {
    bool ok = actor_code_ ? actor_ok_[e.source_code] || actor_ok_[e.target_code]
                          : actor_ok_[e.source_name] || actor_ok_[e.target_name] || actor_ok_[e.source_acled] ||
                                actor_ok_[e.target_acled];
    if (!ok) return false;
  }
  if (want_type_) {
    if (type_digits_) {
      if (!type_ok_[e.cameo]) return false;
    } else if (!(type_ok_[e.acled_event_fold] || type_ok_[e.acled_sub_fold] ||
                 type_ok_[e.acled_disorder_fold] || type_ok_[e.plover_fold])) {
      return false;
    }
  }
  return true;
}

namespace {

int32_t CellKey(int lat_floor, int lon_floor) { return (lat_floor + 90) * 1000 + (lon_floor + 540); }

}  // namespace

EventIndex::CandidateLists EventIndex::Candidates(const Snapshot& snap, const EventFilter& f) {
  static const std::vector<uint32_t> kEmpty;
  CandidateLists best;
  size_t best_size = SIZE_MAX;
  auto consider = [&](std::vector<const std::vector<uint32_t>*> lists) {
    size_t n = 0;
    for (const auto* l : lists) n += l->size();
    if (n < best_size) {
      best_size = n;
      best.all = false;
      best.lists = std::move(lists);
    }
  };
  auto lookup = [&](const auto& map, uint32_t id) {
    auto it = map.find(id);
    return it == map.end() ? &kEmpty : &it->second;
  };
  if (f.country) consider({lookup(snap.by_country, snap.Find(*f.country))});
  if (f.admin1) consider({lookup(snap.by_admin1, snap.Find(Fold(*f.admin1)))});
  if (f.type) {
    const std::string& t = *f.type;
    if (std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      // Codes with this prefix: one list each, disjoint (a row has one code).
      std::vector<const std::vector<uint32_t>*> lists;
      for (const auto& [id, list] : snap.by_cameo) {
        if (snap.strings[id].compare(0, t.size(), t) == 0) lists.push_back(&list);
      }
      consider(std::move(lists));
    } else {
      consider({lookup(snap.by_type, snap.Find(Fold(t)))});
    }
  }
  double box[4];
  bool has_box = false;
  if (f.near) {
    double dlat = f.near->km / 111.0;
    double dlon = f.near->km / (111.0 * std::max(0.01, std::cos(f.near->lat * M_PI / 180)));
    box[0] = f.near->lat - dlat; box[1] = f.near->lat + dlat; box[2] = f.near->lon - dlon; box[3] = f.near->lon + dlon;
    has_box = true;
  } else if (f.bbox) {
    box[0] = f.bbox->south; box[1] = f.bbox->north;
    box[2] = std::max(-180.0, f.bbox->west); box[3] = std::min(180.0, f.bbox->east);
    has_box = true;
  }
  if (has_box) {
    int la0 = static_cast<int>(std::floor(std::max(-90.0, box[0]))), la1 = static_cast<int>(std::floor(std::min(90.0, box[1])));
    int lo0 = static_cast<int>(std::floor(std::max(-540.0, box[2]))), lo1 = static_cast<int>(std::floor(std::min(540.0, box[3])));
    if (static_cast<int64_t>(la1 - la0 + 1) * (lo1 - lo0 + 1) <= 400) {
      std::vector<const std::vector<uint32_t>*> lists;
      for (int la = la0; la <= la1; ++la) {
        for (int lo = lo0; lo <= lo1; ++lo) {
          auto it = snap.by_cell.find(CellKey(la, lo));
          if (it != snap.by_cell.end()) lists.push_back(&it->second);
        }
      }
      consider(std::move(lists));
    }
  }
  return best;
}

std::pair<size_t, size_t> EventIndex::DateRange(const Snapshot& snap, const EventFilter& f) {
  const auto& rows = snap.rows;
  size_t begin = 0, end = rows.size();
  if (f.until_day) {  // skip rows that start after `until` (undated rows sort last and never pass)
    int32_t until = *f.until_day;
    begin = std::partition_point(rows.begin(), rows.end(), [&](const IndexedEvent& e) {
              return e.day_lo != kNoDay && e.day_lo > until;
            }) - rows.begin();
  }
  if (f.since_day) {  // stop where even the longest range cannot reach `since`
    int64_t floor = static_cast<int64_t>(*f.since_day) - snap.max_span;
    end = std::partition_point(rows.begin(), rows.end(), [&](const IndexedEvent& e) {
            return e.day_lo != kNoDay && e.day_lo >= floor;
          }) - rows.begin();
  }
  return {begin, std::max(begin, end)};
}

EventIndex::EventIndex(std::string db_path) : path_(std::move(db_path)) {}

EventIndex::~EventIndex() {
  stop_ = true;
  if (loader_.joinable()) loader_.join();
  if (version_db_) sqlite3_close(static_cast<sqlite3*>(version_db_));
}

int64_t EventIndex::DataVersion() {
  if (!version_db_) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      sqlite3_close(db);
      return -1;
    }
    version_db_ = db;
  }
  sqlite3_stmt* st = nullptr;
  int64_t v = -1;
  if (sqlite3_prepare_v2(static_cast<sqlite3*>(version_db_), "PRAGMA data_version", -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    v = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  return v;
}

void EventIndex::Start() {
  std::lock_guard<std::mutex> lock(mu_);
  version_ = DataVersion();
  loading_ = true;
  loader_ = std::thread([this] { Reload(); });
}

void EventIndex::Reload() {
  std::string error;
  auto t0 = NowMs();
  auto snap = Load(path_, &error);
  if (!snap) {
    std::fprintf(stderr, "dateline serve: event index not loaded (queries use SQL only): %s\n", error.c_str());
  } else {
    std::fprintf(stderr, "dateline serve: event index: %zu events in %lld ms\n", snap->rows.size(),
                 static_cast<long long>(NowMs() - t0));
    std::lock_guard<std::mutex> lock(mu_);
    snap_ = std::shared_ptr<const Snapshot>(std::move(snap));
  }
  loading_ = false;
}

std::shared_ptr<const EventIndex::Snapshot> EventIndex::Get() {
  int64_t now = NowMs();
  int64_t last = last_check_ms_.load();
  if (now - last >= 1000 && !loading_ && last_check_ms_.compare_exchange_strong(last, now)) {
    std::lock_guard<std::mutex> lock(mu_);
    int64_t v = DataVersion();
    if (v != version_ && !loading_ && !stop_) {
      version_ = v;
      if (loader_.joinable()) loader_.join();
      loading_ = true;
      loader_ = std::thread([this] { Reload(); });
    }
  }
  std::lock_guard<std::mutex> lock(mu_);
  return snap_;
}

std::unique_ptr<EventIndex::Snapshot> EventIndex::Load(const std::string& path, std::string* error) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    *error = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return nullptr;
  }
  sqlite3_exec(db, "PRAGMA mmap_size=2147483648", nullptr, nullptr, nullptr);
  sqlite3_stmt* st = nullptr;
  const char* sql =
      "SELECT id, day_lo, day_hi, lat, lon, fatalities_best, country, admin1, cameo,"
      " coalesce(acled_event, plover_type, 'Other'), acled_event, acled_sub_event, acled_disorder, plover_type,"
      " source_code, target_code, source_name, target_name, source_acled, target_acled"
      " FROM events";  // in table order (sequential reads); sorted below
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
    *error = sqlite3_errmsg(db);
    sqlite3_close(db);
    return nullptr;
  }
  auto snap = std::make_unique<Snapshot>();
  snap->strings.push_back("");  // id 0: NULL
  auto intern = [&](int col, bool fold) -> uint32_t {
    if (sqlite3_column_type(st, col) == SQLITE_NULL) return 0;
    const char* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    std::string s(p, sqlite3_column_bytes(st, col));
    if (fold) s = Fold(s);
    auto [it, added] = snap->ids.emplace(s, static_cast<uint32_t>(snap->strings.size()));
    if (added) snap->strings.push_back(std::move(s));
    return it->second;
  };
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    IndexedEvent e;
    e.id = sqlite3_column_int64(st, 0);
    if (sqlite3_column_type(st, 1) != SQLITE_NULL) e.day_lo = sqlite3_column_int(st, 1);
    if (sqlite3_column_type(st, 2) != SQLITE_NULL) e.day_hi = sqlite3_column_int(st, 2);
    if (sqlite3_column_type(st, 3) != SQLITE_NULL && sqlite3_column_type(st, 4) != SQLITE_NULL) {
      e.has_point = true;
      e.lat = sqlite3_column_double(st, 3);
      e.lon = sqlite3_column_double(st, 4);
    }
    if (sqlite3_column_type(st, 5) != SQLITE_NULL) {
      e.fatalities = static_cast<int32_t>(std::clamp<int64_t>(sqlite3_column_int64(st, 5), 0, INT32_MAX));
    }
    e.country = intern(6, false);
    e.admin1_fold = intern(7, true);
    e.cameo = intern(8, false);
    e.label = intern(9, false);
    e.acled_event_fold = intern(10, true);
    e.acled_sub_fold = intern(11, true);
    e.acled_disorder_fold = intern(12, true);
    e.plover_fold = intern(13, true);
    e.source_code = intern(14, false);
    e.target_code = intern(15, false);
    e.source_name = intern(16, false);
    e.target_name = intern(17, false);
    e.source_acled = intern(18, false);
    e.target_acled = intern(19, false);
    if (e.day_lo != kNoDay && e.day_hi != kNoDay) snap->max_span = std::max(snap->max_span, e.day_hi - e.day_lo);
    snap->rows.push_back(e);
  }
  if (rc != SQLITE_DONE) *error = sqlite3_errmsg(db);
  sqlite3_finalize(st);
  sqlite3_close(db);
  if (rc != SQLITE_DONE) return nullptr;
  // The API's order: day_lo DESC with undated rows last, then id DESC.
  std::sort(snap->rows.begin(), snap->rows.end(), [](const IndexedEvent& a, const IndexedEvent& b) {
    if (a.day_lo != b.day_lo) {
      if (a.day_lo == kNoDay) return false;
      if (b.day_lo == kNoDay) return true;
      return a.day_lo > b.day_lo;
    }
    return a.id > b.id;
  });
  snap->by_id.reserve(snap->rows.size());
  for (size_t i = 0; i < snap->rows.size(); ++i) {
    const IndexedEvent& e = snap->rows[i];
    auto pos = static_cast<uint32_t>(i);
    snap->by_id.emplace_back(e.id, pos);
    if (e.country) snap->by_country[e.country].push_back(pos);
    if (e.admin1_fold) snap->by_admin1[e.admin1_fold].push_back(pos);
    if (e.cameo) snap->by_cameo[e.cameo].push_back(pos);
    uint32_t names[] = {e.acled_event_fold, e.acled_sub_fold, e.acled_disorder_fold, e.plover_fold};
    for (int k = 0; k < 4; ++k) {
      bool seen = names[k] == 0;
      for (int j = 0; j < k && !seen; ++j) seen = names[j] == names[k];
      if (!seen) snap->by_type[names[k]].push_back(pos);
    }
    if (e.has_point) {
      snap->by_cell[CellKey(static_cast<int>(std::floor(e.lat)), static_cast<int>(std::floor(e.lon)))].push_back(pos);
    }
  }
  std::sort(snap->by_id.begin(), snap->by_id.end());
  return snap;
}

}  // namespace dateline::server
