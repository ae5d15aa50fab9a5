// The PostgreSQL event store (libpq), for many writers: the same EventStore as SQLite, with
// articles unique by hash under concurrency (INSERT ... ON CONFLICT DO NOTHING), dedup serialised
// across processes by a transaction-scoped advisory lock, sentences searched through a generated
// tsvector column, and a work queue claimed with SELECT ... FOR UPDATE SKIP LOCKED.
// Built only when libpq is found (DATELINE_HAVE_POSTGRES).
#ifndef DATELINE_STORE_PG_STORE_H_
#define DATELINE_STORE_PG_STORE_H_

#include <memory>
#include <string>

#include "store/store.h"

namespace dateline::store {

StatusOr<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& url, const StoreOptions& options);

// For tests: drops and recreates the public schema of the database at url (everything in it is
// lost).
Status ResetPostgresForTests(const std::string& url);

}  // namespace dateline::store

#endif  // DATELINE_STORE_PG_STORE_H_
