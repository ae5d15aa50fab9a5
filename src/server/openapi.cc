// The OpenAPI 3.0 description of the API, written by hand to match api.h and http_server.cc.
// tests/api_server.sh checks that every path it lists answers.
#include "server/http_server.h"

namespace dateline::server {

const std::string& OpenApiJson() {
  static const std::string kDoc = R"json({
"openapi": "3.0.3",
"info": {"title": "Dateline API", "version": "1",
  "description": "Coded conflict events with the sentences that report them. Read-only unless the server runs with --token. Errors are {\"error\": message}."},
"components": {
  "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
  "parameters": {
    "since": {"name": "since", "in": "query", "description": "First day (inclusive): YYYY-MM-DD, YYYY-MM or YYYY", "schema": {"type": "string"}},
    "until": {"name": "until", "in": "query", "description": "Last day (inclusive): YYYY-MM-DD, YYYY-MM or YYYY", "schema": {"type": "string"}},
    "country": {"name": "country", "in": "query", "description": "ISO 3166 alpha-3 code", "schema": {"type": "string", "pattern": "^[A-Za-z]{3}$"}},
    "admin1": {"name": "admin1", "in": "query", "description": "First-level region name", "schema": {"type": "string", "maxLength": 100}},
    "near": {"name": "near", "in": "query", "description": "LAT,LON,KM: within KM kilometres of a point", "schema": {"type": "string"}},
    "bbox": {"name": "bbox", "in": "query", "description": "WEST,SOUTH,EAST,NORTH in degrees", "schema": {"type": "string"}},
    "type": {"name": "type", "in": "query", "description": "CAMEO code prefix (digits), PLOVER type, ACLED event type, sub-event type or disorder type", "schema": {"type": "string", "maxLength": 64}},
    "actor": {"name": "actor", "in": "query", "description": "Actor code prefix (upper case, e.g. MLIMIL) or words of an actor name", "schema": {"type": "string", "maxLength": 100}},
    "min_fatalities": {"name": "min_fatalities", "in": "query", "schema": {"type": "integer", "minimum": 0}},
    "text": {"name": "text", "in": "query", "description": "Words that a reporting sentence contains (all of them)", "schema": {"type": "string", "maxLength": 200}}
  },
  "schemas": {
    "Error": {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]},
    "Actor": {"type": "object", "nullable": true, "properties": {"code": {"type": "string"}, "name": {"type": "string"}, "acled_name": {"type": "string"}}},
    "Event": {"type": "object", "properties": {
      "id": {"type": "integer"}, "date": {"type": "string", "nullable": true}, "date_end": {"type": "string", "nullable": true},
      "date_precision": {"type": "integer", "nullable": true, "description": "ACLED time_precision: 1 day, 2 week or range, 3 month or coarser"},
      "place": {"type": "object", "properties": {"name": {"type": "string"}, "geonameid": {"type": "integer"}, "country": {"type": "string"}, "admin1": {"type": "string"}, "admin2": {"type": "string"}, "lat": {"type": "number"}, "lon": {"type": "number"}, "precision": {"type": "integer", "description": "ACLED geo_precision: 1 town, 2 near or part of a region, 3 region, 4 country"}}},
      "cameo": {"type": "string"}, "cameo_root": {"type": "string"}, "quad_class": {"type": "integer"}, "goldstein": {"type": "number"},
      "plover": {"type": "object", "properties": {"type": {"type": "string"}, "mode": {"type": "string"}}},
      "acled": {"type": "object", "properties": {"disorder_type": {"type": "string"}, "event_type": {"type": "string"}, "sub_event_type": {"type": "string"}, "interaction": {"type": "integer"}}},
      "source": {"$ref": "#/components/schemas/Actor"}, "target": {"$ref": "#/components/schemas/Actor"},
      "fatalities": {"type": "object", "nullable": true, "properties": {"low": {"type": "integer"}, "best": {"type": "integer"}, "high": {"type": "integer"}}},
      "num_reports": {"type": "integer"}, "num_sources": {"type": "integer"}, "first_reported": {"type": "string"}, "last_reported": {"type": "string"}}},
    "Report": {"type": "object", "properties": {
      "mention_id": {"type": "integer"}, "mention_key": {"type": "string"},
      "article": {"type": "object", "properties": {"id": {"type": "integer"}, "key": {"type": "string"}, "title": {"type": "string"}, "url": {"type": "string"}, "source": {"type": "string"}, "published": {"type": "string"}}},
      "negated": {"type": "boolean"}, "mood": {"type": "string"}, "attributed": {"type": "boolean"}, "confidence": {"type": "number"},
      "sentence": {"type": "object", "nullable": true, "properties": {
        "index": {"type": "integer"}, "start": {"type": "integer", "description": "UTF-8 byte offset of the sentence in the article"}, "text": {"type": "string"},
        "spans": {"type": "array", "items": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["actor", "verb", "place", "date"]}, "role": {"type": "string", "enum": ["source", "trigger", "target", "location", "date"]}, "start": {"type": "integer", "description": "UTF-8 byte offset relative to the sentence"}, "end": {"type": "integer"}}}},
        "segments": {"type": "array", "description": "The sentence cut at span boundaries, for highlighting", "items": {"type": "object", "properties": {"text": {"type": "string"}, "marks": {"type": "array", "items": {"type": "string"}}}}}}}}}
  },
  "responses": {
    "BadRequest": {"description": "A parameter is invalid; the message says which", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
    "NotFound": {"description": "No such object", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
  }
},
"paths": {
  "/api/events": {"get": {"summary": "Events matching the filters, newest first, one page at a time",
    "parameters": [{"$ref": "#/components/parameters/since"}, {"$ref": "#/components/parameters/until"}, {"$ref": "#/components/parameters/country"}, {"$ref": "#/components/parameters/admin1"}, {"$ref": "#/components/parameters/near"}, {"$ref": "#/components/parameters/bbox"}, {"$ref": "#/components/parameters/type"}, {"$ref": "#/components/parameters/actor"}, {"$ref": "#/components/parameters/min_fatalities"}, {"$ref": "#/components/parameters/text"},
      {"name": "limit", "in": "query", "description": "Page size, default 100; values above 1000 are capped to 1000", "schema": {"type": "integer", "minimum": 1}},
      {"name": "cursor", "in": "query", "description": "next_cursor of the previous page", "schema": {"type": "string"}},
      {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "geojson", "csv"], "default": "json"}}],
    "responses": {"200": {"description": "A page of events; the next page's cursor is next_cursor (and the X-Next-Cursor header)", "content": {
      "application/json": {"schema": {"type": "object", "properties": {"events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}, "count": {"type": "integer"}, "limit": {"type": "integer"}, "next_cursor": {"type": "string", "nullable": true}}}},
      "application/geo+json": {"schema": {"type": "object"}}, "text/csv": {"schema": {"type": "string"}}}},
      "400": {"$ref": "#/components/responses/BadRequest"}}}},
  "/api/events/{id}": {"get": {"summary": "One event with its reports: the sentences, with actor, verb, place and date spans",
    "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}}],
    "responses": {"200": {"description": "The event", "content": {"application/json": {"schema": {"allOf": [{"$ref": "#/components/schemas/Event"}, {"type": "object", "properties": {"reports": {"type": "array", "items": {"$ref": "#/components/schemas/Report"}}}}]}}}},
      "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
  "/api/articles/{id}": {"get": {"summary": "One article by row id or article key, with its sentences and the events read in it",
    "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
    "responses": {"200": {"description": "The article", "content": {"application/json": {"schema": {"type": "object"}}}},
      "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}},
  "/api/articles": {"post": {"summary": "Ingest one article through the pipeline (only when the server runs with --token)",
    "security": [{"bearer": []}],
    "requestBody": {"required": true, "content": {
      "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}, "id": {"type": "string"}, "title": {"type": "string"}, "url": {"type": "string"}, "source": {"type": "string"}, "published": {"type": "string"}, "country": {"type": "string"}}}},
      "text/plain": {"schema": {"type": "string"}}}},
    "responses": {"201": {"description": "Stored", "content": {"application/json": {"schema": {"type": "object"}}}},
      "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"description": "Missing or wrong token"}, "403": {"description": "Ingest is disabled"}, "413": {"description": "Body too large"}}}},
  "/api/stats": {"get": {"summary": "Counts for the timeline: events and fatalities per day, week or month, and per type",
    "parameters": [{"$ref": "#/components/parameters/since"}, {"$ref": "#/components/parameters/until"}, {"$ref": "#/components/parameters/country"}, {"$ref": "#/components/parameters/admin1"}, {"$ref": "#/components/parameters/near"}, {"$ref": "#/components/parameters/bbox"}, {"$ref": "#/components/parameters/type"}, {"$ref": "#/components/parameters/actor"}, {"$ref": "#/components/parameters/min_fatalities"}, {"$ref": "#/components/parameters/text"},
      {"name": "bucket", "in": "query", "schema": {"type": "string", "enum": ["auto", "day", "week", "month"], "default": "auto"}}],
    "responses": {"200": {"description": "Counts", "content": {"application/json": {"schema": {"type": "object", "properties": {"total": {"type": "integer"}, "fatalities": {"type": "integer"}, "undated": {"type": "integer"}, "bucket": {"type": "string"}, "timeline": {"type": "array", "items": {"type": "object", "properties": {"start": {"type": "string"}, "events": {"type": "integer"}, "fatalities": {"type": "integer"}}}}, "types": {"type": "array", "items": {"type": "object", "properties": {"type": {"type": "string"}, "events": {"type": "integer"}, "fatalities": {"type": "integer"}}}}}}}}},
      "400": {"$ref": "#/components/responses/BadRequest"}}}},
  "/api/clusters": {"get": {"summary": "Events grouped on a grid for the map: one cell per group, with its count, fatalities and commonest type",
    "parameters": [{"name": "zoom", "in": "query", "description": "Map zoom level 0-22 (cell size follows it)", "schema": {"type": "integer"}}, {"$ref": "#/components/parameters/bbox"}, {"$ref": "#/components/parameters/since"}, {"$ref": "#/components/parameters/until"}, {"$ref": "#/components/parameters/country"}, {"$ref": "#/components/parameters/admin1"}, {"$ref": "#/components/parameters/near"}, {"$ref": "#/components/parameters/type"}, {"$ref": "#/components/parameters/actor"}, {"$ref": "#/components/parameters/min_fatalities"}, {"$ref": "#/components/parameters/text"}],
    "responses": {"200": {"description": "Cells; id is the event's when the cell holds one", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": {"$ref": "#/components/responses/BadRequest"}}}},
  "/api/actors": {"get": {"summary": "Actor names for autocomplete",
    "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string", "maxLength": 64}}, {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 50}}],
    "responses": {"200": {"description": "Matches", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": {"$ref": "#/components/responses/BadRequest"}}}},
  "/api/places": {"get": {"summary": "Place names for autocomplete",
    "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string", "maxLength": 64}}, {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 50}}],
    "responses": {"200": {"description": "Matches", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": {"$ref": "#/components/responses/BadRequest"}}}},
  "/api/config": {"get": {"summary": "Settings the page needs: tile URL, whether ingest is enabled", "responses": {"200": {"description": "Settings"}}}},
  "/api/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3 document"}}}},
  "/healthz": {"get": {"summary": "Liveness: the database answers", "responses": {"200": {"description": "ok"}, "503": {"description": "database unavailable"}}}}
},
"security": [],
"servers": [{"url": "/"}]
}
)json";
  return kDoc;
}

}  // namespace dateline::server
