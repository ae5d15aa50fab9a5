// The SQLite event store: one file, WAL journal (readers never block the writer), statements
// prepared once at open, one transaction per batch, schema upgraded by ordered migrations.
// Mentions are clustered as they are stored: candidate events come from the events table by a
// date window and type (indexed), dedup.h decides, and the chosen event's facts are recomputed
// from its mentions only.
#ifndef DATELINE_STORE_SQLITE_STORE_H_
#define DATELINE_STORE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "store/store.h"

namespace dateline::store {

StatusOr<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path,
                                                      const StoreOptions& options);

}  // namespace dateline::store

#endif  // DATELINE_STORE_SQLITE_STORE_H_
