// The text stage: id, metadata, page-chrome cleaning, sentences and tokens. Sentences come only
// from the body regions ExtractPageMetadata keeps (chrome lines inside the body are skipped).
#include "base/hash.h"
#include "pipeline/stages.h"
#include "text/metadata.h"
#include "text/sentences.h"

namespace dateline {
namespace {

class TextStage : public Stage {
 public:
  explicit TextStage(const PipelineOptions& options) : options_(options) {}
  std::string_view name() const override { return "text"; }

  void Process(Document& doc) const override {
    Article& a = doc.article;
    if (a.id.empty()) a.id = HashHex(a.text);
    doc.title = a.title;
    if (a.published) doc.published = NormalizeIsoDateTime(*a.published);
    if (!a.country && options_.default_country) a.country = options_.default_country;
    std::vector<Span> regions = ExtractPageMetadata(doc);
    if (!doc.published && options_.default_published)
      doc.published = NormalizeIsoDateTime(*options_.default_published);
    const uint32_t wrap = WrapWidth(a.text, doc.body);
    for (const Span& region : regions) SplitSentences(doc, region, wrap);
  }

 private:
  PipelineOptions options_;
};

}  // namespace

StatusOr<std::unique_ptr<Stage>> MakeTextStage(const PipelineOptions& options) {
  if (options.default_published && !NormalizeIsoDateTime(*options.default_published))
    return Status::InvalidArgument("--published: not an ISO date: " + *options.default_published);
  return std::unique_ptr<Stage>(new TextStage(options));
}

}  // namespace dateline
