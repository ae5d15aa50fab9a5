// EventStore::Open: picks the back end from the URL's scheme.
#include "store/store.h"

#include "store/pg_store.h"
#include "store/sqlite_store.h"

namespace dateline::store {

StatusOr<std::unique_ptr<EventStore>> EventStore::Open(const std::string& url,
                                                       const StoreOptions& options) {
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return OpenPostgresStore(url, options);
  }
  std::string path = url.rfind("sqlite:", 0) == 0 ? url.substr(7) : url;
  if (path.empty()) return Status::InvalidArgument("empty database path");
  return OpenSqliteStore(path, options);
}

}  // namespace dateline::store
