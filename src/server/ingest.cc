// See ingest.h. Input fields are the JSON Lines reader's (docs/annotate.md): text (required), id,
// title, url, source, published, country. Anything else is refused, so a typo is not silently
// ignored.
#include "server/ingest.h"

#include <cstdio>
#include <mutex>

#include <simdjson.h>

#include "base/json_writer.h"
#include "base/utf8.h"
#include "dateline/pipeline.h"
#include "store/store.h"

namespace dateline::server {
namespace {

StatusOr<Article> ParseArticle(std::string_view body, std::string_view content_type) {
  Article a;
  a.origin = "http";
  a.format = InputFormat::kText;
  if (!IsValidUtf8(body)) return Status::InvalidArgument("the request body is not valid UTF-8");
  bool json = content_type.rfind("application/json", 0) == 0;
  if (!json) {
    if (!content_type.empty() && content_type.rfind("text/plain", 0) != 0) {
      return Status::InvalidArgument("Content-Type must be application/json or text/plain");
    }
    a.text = std::string(body);
    return a;
  }
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(body.data(), body.size()).get(doc)) return Status::InvalidArgument("the body is not valid JSON");
  simdjson::dom::object obj;
  if (doc.get_object().get(obj)) return Status::InvalidArgument("the body must be a JSON object with a \"text\" field");
  bool has_text = false;
  for (auto field : obj) {
    std::string_view key = field.key;
    std::string_view value;
    static const char* kKnown[] = {"text", "id", "title", "url", "source", "published", "country"};
    bool known = false;
    for (const char* k : kKnown) known = known || key == k;
    if (!known) {
      return Status::InvalidArgument("unknown field '" + std::string(key.substr(0, 40)) +
                                     "'; expected text, id, title, url, source, published, country");
    }
    if (field.value.is_null()) continue;
    if (field.value.get_string().get(value)) {
      return Status::InvalidArgument("field '" + std::string(key.substr(0, 40)) + "' must be a string");
    }
    if (key == "text") { a.text = std::string(value); has_text = true; }
    else if (key == "id") a.id = std::string(value);
    else if (key == "title") a.title = std::string(value);
    else if (key == "url") a.url = std::string(value);
    else if (key == "source") a.source = std::string(value);
    else if (key == "published") a.published = std::string(value);
    else if (key == "country") a.country = std::string(value);
  }
  if (!has_text || a.text.empty()) return Status::InvalidArgument("field 'text' is required and must not be empty");
  if (a.id.size() > 200) return Status::InvalidArgument("field 'id' is longer than 200 bytes");
  return a;
}

}  // namespace

StatusOr<IngestFn> MakeIngest(const std::string& db_path) {
  auto pipeline = Pipeline::Create(PipelineOptions{});
  if (!pipeline.ok()) return pipeline.status();
  auto store = store::EventStore::Open(db_path);
  if (!store.ok()) return store.status();
  struct State {
    std::unique_ptr<Pipeline> pipeline;
    std::unique_ptr<store::EventStore> store;
    std::mutex mu;  // the store has one writer
  };
  auto state = std::make_shared<State>();
  state->pipeline = std::move(*pipeline);
  state->store = std::move(*store);
  return IngestFn([state](std::string_view body, std::string_view content_type) -> StatusOr<std::string> {
    auto article = ParseArticle(body, content_type);
    if (!article.ok()) return article.status();
    Document doc;
    doc.article = std::move(*article);
    state->pipeline->Process(doc);  // concurrent calls are fine: stages are immutable
    std::lock_guard<std::mutex> lock(state->mu);
    // Store failures are logged here in full; the client only learns that it failed.
    auto fail = [](const Status& s) {
      std::fprintf(stderr, "dateline serve: ingest: %s\n", s.ToString().c_str());
      return Status::Internal(s.message());
    };
    Status st = state->store->BeginBatch();
    if (!st.ok()) return fail(st);
    auto r = state->store->StoreDocument(doc);
    if (!r.ok()) {
      state->store->RollbackBatch();
      return fail(r.status());
    }
    st = state->store->CommitBatch();
    if (!st.ok()) return fail(st);
    std::string out;
    JsonWriter w(&out);
    w.BeginObject().Key("article_id").Int(r->article_id).Key("key").String(doc.article.id);
    w.Key("inserted").Bool(r->inserted).Key("sentences").Int(static_cast<int64_t>(doc.sentences.size()));
    w.Key("mentions").Int(r->mentions).Key("new_events").Int(r->new_events).Key("merged").Int(r->merged);
    w.EndObject();
    return out;
  });
}

}  // namespace dateline::server
