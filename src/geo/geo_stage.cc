// Factory of the places stage: maps <gen_dir>/gazetteer.bin (built by the build, see
// src/geo/gazetteer.cmake) and runs the Geoparser on every document. Without a gazetteer file the
// stage is absent (the places layer stays empty); a damaged or outdated file is an error.
#include <sys/stat.h>

#include "geo/gazetteer.h"
#include "geo/geoparser.h"
#include "pipeline/stages.h"

namespace dateline {
namespace {

class PlaceStage : public Stage {
 public:
  explicit PlaceStage(std::unique_ptr<geo::Gazetteer> gaz) : gaz_(std::move(gaz)), parser_(*gaz_) {}
  std::string_view name() const override { return "places"; }
  void Process(Document& doc) const override { parser_.Process(doc); }

 private:
  std::unique_ptr<geo::Gazetteer> gaz_;
  geo::Geoparser parser_;
};

}  // namespace

StatusOr<std::unique_ptr<Stage>> MakePlaceStage(const PipelineOptions& options) {
  std::string path = options.gen_dir + "/gazetteer.bin";
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return std::unique_ptr<Stage>();
  auto gaz = geo::Gazetteer::Open(path);
  if (!gaz.ok()) return gaz.status();
  return std::unique_ptr<Stage>(new PlaceStage(std::move(gaz).value()));
}

}  // namespace dateline
