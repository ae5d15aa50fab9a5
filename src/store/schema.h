// The schema as ordered migrations, one list per back end. Migration i (1-based) moves a database from version
// i-1 to i; schema_version records the last one applied, so opening an old file upgrades it and
// a file from a newer Dateline is refused rather than misread.
#ifndef DATELINE_STORE_SCHEMA_H_
#define DATELINE_STORE_SCHEMA_H_

#include <string>
#include <vector>

namespace dateline::store {

const std::vector<std::string>& SqliteMigrations();

// The same schema in PostgreSQL's dialect (BIGSERIAL ids, a generated tsvector column with a GIN
// index instead of FTS5), plus the work queue of `dateline work`.
const std::vector<std::string>& PostgresMigrations();

}  // namespace dateline::store

#endif  // DATELINE_STORE_SCHEMA_H_
