// One events-table row (selected with kEventColumns) as JSON, a GeoJSON feature or a CSV line.
// The JSON names follow the annotate contract (docs/annotate.md) where the fields are the same.
#ifndef DATELINE_SERVER_EVENT_JSON_H_
#define DATELINE_SERVER_EVENT_JSON_H_

#include <string>

#include "base/json_writer.h"
#include "server/read_db.h"

namespace dateline::server {

// Writes the event object's fields (the caller opens and closes the object).
void WriteEventFields(const Query& q, JsonWriter& w);
void AppendGeoJsonFeature(const Query& q, std::string* out);
extern const char* const kCsvHeader;
void AppendCsvRow(const Query& q, std::string* out);

// Column positions in kEventColumns that callers need.
inline constexpr int kColId = 0, kColDayLo = 3, kColLat = 11, kColLon = 12;

}  // namespace dateline::server

#endif  // DATELINE_SERVER_EVENT_JSON_H_
