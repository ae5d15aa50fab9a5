// Writes events in the layouts analysts load elsewhere:
//   table    a readable fixed-width table (the default of `dateline events`);
//   csv      every stored field, one header line (RFC 4180 quoting);
//   jsonl    one JSON object per event with its reports and their sentences;
//   geojson  a FeatureCollection of Points (events without coordinates are left out, counted in
//            the collection's "skipped" member);
//   gdelt    the GDELT 2.0 event table: 61 tab-separated columns in the codebook's order, no
//            header; what Dateline cannot fill (religion, ethnic codes, tone, actor geography,
//            FIPS codes) stays empty;
//   acled    ACLED's CSV columns (event_id_cnty ... timestamp) with a generated one-line note;
//   plover   PLOVER JSON records (one per line): actor and recipient lists, event, mode, context.
// Formats that cite sources (jsonl, gdelt, acled) need the events' reports (with_reports).
#ifndef DATELINE_STORE_EXPORT_H_
#define DATELINE_STORE_EXPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace dateline::store {

enum class ExportFormat { kTable, kCsv, kJsonl, kGeoJson, kGdelt, kAcled, kPlover };

// false when name is not a format.
bool ParseExportFormat(std::string_view name, ExportFormat* format);
bool FormatNeedsReports(ExportFormat format);

// Appends the events in the format to *out (header and footer included).
void WriteEvents(const std::vector<EventRow>& events, ExportFormat format, std::string* out);

// The generated one-line summary used as ACLED "notes": "On 31 October 2023, Military of Mali
// clashed with JNIM in Kidal (Kidal, Mali); 5 killed. 2 reports from 2 sources."
std::string EventSummary(const EventRow& row);

}  // namespace dateline::store

#endif  // DATELINE_STORE_EXPORT_H_
