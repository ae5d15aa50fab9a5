// An in-memory copy of the columns of the events table that the map filters and aggregates on
// (dates, coordinates, deaths, country, region, type codes, actors), so that the clusters, the timeline
// and filtered pages answer in milliseconds over a million events instead of scanning wide SQLite
// rows. SQLite stays the source of truth: pages take only event ids from here and read the events
// themselves from the database. A full-text filter is answered by SQLite's FTS5 index as a set of
// event ids, which the API turns into a mask over the snapshot's rows (TextMask) and caches, so
// the page, the timeline and the clusters of one search share one FTS query.
//
// The index is a snapshot: loaded in the background at start, and reloaded in the background when
// another connection commits to the database (PRAGMA data_version, checked at most once a second),
// while the old snapshot keeps answering. Filters give exactly the rows the SQL of event_sql.h
// gives (the same comparisons, NOCASE as ASCII case folding, NULLs never matching); the API tests
// and server_test check the two against each other.
#ifndef DATELINE_SERVER_EVENT_INDEX_H_
#define DATELINE_SERVER_EVENT_INDEX_H_

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "server/params.h"

namespace dateline::server {

inline constexpr int32_t kNoDay = INT32_MIN;

struct IndexedEvent {
  int64_t id = 0;
  int32_t day_lo = kNoDay, day_hi = kNoDay;
  double lat = 0, lon = 0;
  bool has_point = false;
  int32_t fatalities = -1;  // best estimate; -1: unknown
  // Ids into Snapshot::strings; 0 is NULL. *_fold are ASCII-lower-cased (SQLite NOCASE).
  uint32_t country = 0, admin1_fold = 0, cameo = 0, label = 0;
  uint32_t acled_event_fold = 0, acled_sub_fold = 0, acled_disorder_fold = 0, plover_fold = 0;
  uint32_t source_code = 0, target_code = 0;  // as stored
  uint32_t source_name = 0, target_name = 0, source_acled = 0, target_acled = 0;
};

class EventIndex {
 public:
  struct Snapshot {
    std::vector<IndexedEvent> rows;  // ordered like the API: day_lo DESC (undated last), id DESC
    int32_t max_span = 0;            // largest day_hi - day_lo: bounds where a date filter can match
    // Positions in rows (ascending) by country id, by folded region id and by 1-degree cell, so
    // that a selective filter visits only its candidates instead of every row.
    std::unordered_map<uint32_t, std::vector<uint32_t>> by_country, by_admin1;
    std::unordered_map<int32_t, std::vector<uint32_t>> by_cell;
    // By folded type name (any of ACLED event, sub-event, disorder, PLOVER type; a row once per
    // distinct name) and by CAMEO code.
    std::unordered_map<uint32_t, std::vector<uint32_t>> by_type, by_cameo;
    std::vector<std::string> strings;
    std::unordered_map<std::string, uint32_t> ids;
    std::vector<std::pair<int64_t, uint32_t>> by_id;  // (event id, position), by id
    // A mask over rows (1: the row's event is in ids; ids not in the snapshot are left out).
    std::vector<char> MaskOf(const std::vector<int64_t>& event_ids) const;
    uint32_t Find(const std::string& s) const {
      auto it = ids.find(s);
      return it == ids.end() ? 0 : it->second;
    }
  };

  // A filter compiled against one snapshot.
  class Matcher {
   public:
    // mask, when given, is a row mask from Snapshot::MaskOf (the full-text filter's events).
    Matcher(const Snapshot& snap, const EventFilter& f, const std::vector<char>* mask = nullptr);
    bool operator()(const IndexedEvent& e) const;

   private:
    const EventFilter& f_;
    const IndexedEvent* base_ = nullptr;
    const std::vector<char>* mask_ = nullptr;
    uint32_t country_ = 0, admin1_ = 0;
    bool want_country_ = false, want_admin1_ = false, want_type_ = false, type_digits_ = false;
    std::vector<char> type_ok_;  // by string id
    bool want_actor_ = false, actor_code_ = false;
    std::vector<char> actor_ok_;  // by string id
    double near_box_[4] = {0, 0, 0, 0};
  };

  explicit EventIndex(std::string db_path);
  ~EventIndex();

  // Starts the first load in the background.
  void Start();
  // The current snapshot, or nullptr while the first load runs. May start a background reload.
  std::shared_ptr<const Snapshot> Get();
  bool ready() {
    std::lock_guard<std::mutex> lock(mu_);
    return snap_ != nullptr;
  }
  // The part [begin, end) of snap.rows where rows can pass the filter's date bounds (rows are
  // ordered by day_lo, and day_hi is at most day_lo + max_span).
  static std::pair<size_t, size_t> DateRange(const Snapshot& snap, const EventFilter& f);
  // Candidate positions for a filter: the smallest of the country list, the region list and the
  // union of the 1-degree cells of a small box; `all` when none applies.
  struct CandidateLists {
    bool all = true;
    std::vector<const std::vector<uint32_t>*> lists;
  };
  static CandidateLists Candidates(const Snapshot& snap, const EventFilter& f);

  // Calls visit(position) for rows in [begin, end) that may pass the filter until visit returns
  // false; in ascending position (page) order when `ordered`, which merges the lists of several
  // cells on a heap (no sort of the union).
  template <typename Visit>
  static void Scan(const Snapshot& snap, const EventFilter& f, size_t begin, size_t end, bool ordered,
                   Visit&& visit) {
    CandidateLists c = Candidates(snap, f);
    if (c.all) {
      for (size_t p = begin; p < end; ++p) if (!visit(p)) return;
      return;
    }
    using It = std::vector<uint32_t>::const_iterator;
    std::vector<std::pair<It, It>> runs;
    for (const auto* l : c.lists) {
      It a = std::lower_bound(l->begin(), l->end(), static_cast<uint32_t>(begin));
      if (a != l->end() && *a < end) runs.emplace_back(a, l->end());
    }
    if (!ordered || runs.size() == 1) {
      for (auto& [a, b] : runs) {
        for (; a != b && *a < end; ++a) if (!visit(*a)) return;
      }
      return;
    }
    auto later = [](const std::pair<It, It>& x, const std::pair<It, It>& y) { return *x.first > *y.first; };
    std::make_heap(runs.begin(), runs.end(), later);
    while (!runs.empty()) {
      std::pop_heap(runs.begin(), runs.end(), later);
      auto& run = runs.back();
      if (*run.first >= end) { runs.pop_back(); continue; }
      if (!visit(*run.first)) return;
      if (++run.first == run.second) runs.pop_back();
      else std::push_heap(runs.begin(), runs.end(), later);
    }
  }
  // Filters the index can answer exactly by itself (a text filter needs a mask, see Matcher).
  static bool Supports(const EventFilter& f) { return !f.text; }

  // Loads a snapshot synchronously (tests, and the background thread).
  static std::unique_ptr<Snapshot> Load(const std::string& db_path, std::string* error);

 private:
  void Reload();
  int64_t DataVersion();

  std::string path_;
  std::mutex mu_;
  std::shared_ptr<const Snapshot> snap_;
  std::thread loader_;
  std::atomic<bool> loading_{false};
  std::atomic<bool> stop_{false};
  std::atomic<int64_t> last_check_ms_{0};
  int64_t version_ = -1;
  void* version_db_ = nullptr;  // sqlite3*, kept open so data_version sees other connections' commits
};

}  // namespace dateline::server

#endif  // DATELINE_SERVER_EVENT_INDEX_H_
