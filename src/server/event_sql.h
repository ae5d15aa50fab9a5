// The SQL the server runs against the event store's schema (src/store/schema.cc: events,
// event_mentions, mentions, sentences, sentences_fts, articles, actors, places). Filters become a
// WHERE clause with `?` placeholders and a list of values: user input is only ever bound, never
// spliced into SQL text, and full-text words are quoted so they cannot be FTS5 syntax.
#ifndef DATELINE_SERVER_EVENT_SQL_H_
#define DATELINE_SERVER_EVENT_SQL_H_

#include <string>
#include <vector>

#include "server/params.h"
#include "server/read_db.h"

namespace dateline::server {

struct SqlWhere {
  std::string sql;  // "" or " WHERE ..." over the events table aliased e
  std::vector<SqlValue> binds;
};

SqlWhere BuildWhere(const EventFilter& f);

// Adds " AND clause" (or " WHERE clause") to w.
void AddClause(SqlWhere* w, const std::string& clause);

// FTS5 query for the words of text: each word a quoted phrase, all required. Empty: no words.
std::string FtsQuery(const std::string& text);

// Columns read by ReadEventRow, in order, for "SELECT <kEventColumns> FROM events e".
extern const char* const kEventColumns;

}  // namespace dateline::server

#endif  // DATELINE_SERVER_EVENT_SQL_H_
