// The SQLite schema as ordered migrations. Migration i (1-based) moves a database from version
// i-1 to i; schema_version records the last one applied, so opening an old file upgrades it and
// a file from a newer Dateline is refused rather than misread.
#ifndef DATELINE_STORE_SCHEMA_H_
#define DATELINE_STORE_SCHEMA_H_

#include <string>
#include <vector>

namespace dateline::store {

const std::vector<std::string>& SqliteMigrations();

}  // namespace dateline::store

#endif  // DATELINE_STORE_SCHEMA_H_
