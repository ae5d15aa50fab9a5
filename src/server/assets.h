// The web page's files (web/, Leaflet's dist files, the country outlines), embedded in the binary
// at build time by web/build.mjs so that `dateline serve` needs no files and no internet.
#ifndef DATELINE_SERVER_ASSETS_H_
#define DATELINE_SERVER_ASSETS_H_

#include <cstddef>
#include <string_view>

namespace dateline::server {

struct Asset {
  const char* path;          // URL path under /static/ ("index.html" is served at /)
  const char* content_type;
  const char* data;
  size_t size;
};

// Generated: build/web_assets.cc. Empty when the assets could not be built (no node or npm).
extern const Asset kAssets[];
extern const size_t kAssetCount;

inline const Asset* FindAsset(std::string_view path) {
  for (size_t i = 0; i < kAssetCount; ++i) {
    if (path == kAssets[i].path) return &kAssets[i];
  }
  return nullptr;
}

}  // namespace dateline::server

#endif  // DATELINE_SERVER_ASSETS_H_
