// Test helper: annotates a text with the default pipeline (text + places stages, default
// gazetteer in the build tree). Tests skip when the gazetteer has not been built.
#ifndef DATELINE_GEO_GEO_TEST_UTIL_H_
#define DATELINE_GEO_GEO_TEST_UTIL_H_

#include <memory>
#include <string>

#include "dateline/pipeline.h"

namespace dateline::geo::testing {

// The shared pipeline, or nullptr when the places stage is absent (no gazetteer).
inline const Pipeline* DefaultPipeline() {
  static std::unique_ptr<Pipeline> p = [] {
    PipelineOptions o;
    o.disabled_stages = {"events"};
    auto made = Pipeline::Create(o);
    std::unique_ptr<Pipeline> out;
    if (made.ok()) out = std::move(made).value();
    return out;
  }();
  if (!p) return nullptr;
  for (const auto& s : p->stages())
    if (s->name() == "places") return p.get();
  return nullptr;
}

inline Document Annotate(const Pipeline& p, std::string text, std::string country = "") {
  Document doc;
  doc.article.text = std::move(text);
  if (!country.empty()) doc.article.country = country;
  p.Process(doc);
  return doc;
}

}  // namespace dateline::geo::testing

#endif  // DATELINE_GEO_GEO_TEST_UTIL_H_
