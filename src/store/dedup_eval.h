// Measuring dedup: a generator that rewrites each ACLED event as 2-4 differently worded news
// reports, and the pairwise precision/recall/F1 of a clustering against the events they came from.
//
// Every sentence is written here from the event's fields (never ACLED's notes): the reports vary
// the word order, numbers as digits or words, the date style (weekday, "30 December", "December
// 30, 2018"; the week or month when ACLED's time precision is coarser), the place detail (town,
// "near" the town in its region, the region only), the outlet and the publication day (0-3 days
// after the event), and what they omit or get slightly wrong (the second actor, an early lower
// death toll). Each report also carries the facts a perfect extractor would code from its text
// (the oracle), so dedup can be measured apart from extraction.
//
// Pairwise scoring (as in entity-resolution evaluation): over all pairs of reports, a pair is
// predicted when both reports are in one predicted event and gold when both come from one ACLED
// event; P = correct predicted pairs / predicted pairs, R = correct predicted pairs / gold pairs.
#ifndef DATELINE_STORE_DEDUP_EVAL_H_
#define DATELINE_STORE_DEDUP_EVAL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dateline/document.h"
#include "dateline/status.h"

namespace dateline::store {

struct AcledSourceEvent {
  std::string id;  // event_id_cnty
  std::string date;  // ISO day
  int time_precision = 1;
  std::string disorder, event_type, sub_event_type;
  std::string actor1, actor2;  // ACLED names; actor2 may be empty
  int inter1 = 0, inter2 = 0;
  std::string iso3, country, admin1, admin2, location;
  double lat = 0, lon = 0;
  int geo_precision = 1;
  int64_t fatalities = 0;
};

// Reads an ACLED CSV export; rows sharing event_id_cnty are one event (the second row's actor1 is
// the event's actor 2 when the export has no actor2 column).
StatusOr<std::vector<AcledSourceEvent>> ReadAcledForDedup(const std::string& path);

struct GeneratedReport {
  std::string gold;  // the ACLED event_id_cnty it reports
  Document doc;      // article (id, source, published, title, text), one sentence per report
                     // paragraph, and the oracle layers: actors, place, one event
};

// 2-4 reports per event, deterministic for a seed.
std::vector<GeneratedReport> GenerateReports(const std::vector<AcledSourceEvent>& events, uint64_t seed);

// The article as one JSON Lines record for `dateline ingest` (with "gold_event").
std::string ReportJsonl(const GeneratedReport& report);

struct PairwiseScore {
  uint64_t true_pairs = 0, predicted_pairs = 0, gold_pairs = 0;
  double precision() const { return predicted_pairs ? double(true_pairs) / predicted_pairs : 1.0; }
  double recall() const { return gold_pairs ? double(true_pairs) / gold_pairs : 1.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// gold[i] and predicted[i] label item i.
PairwiseScore ScorePairs(const std::vector<std::string>& gold, const std::vector<int64_t>& predicted);

}  // namespace dateline::store

#endif  // DATELINE_STORE_DEDUP_EVAL_H_
