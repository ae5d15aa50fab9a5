// Geoparsing evaluation against gold corpora in the XML of Gritta et al.'s evaluation repository:
// LGL (<toponym><start><end><gaztag geonameid><lat><lon>) and GeoWebNews (<toponym><start><end>
// <latitude><longitude>). Gold offsets count characters (code points) of the decoded <text>; the
// reader converts them to UTF-8 byte offsets. The measures are Gritta et al.'s ("What's missing
// in geographical parsing?", 2018): share of gold toponyms found (a predicted place overlaps the
// gold span), and among those found: accuracy within 161 km (100 miles), median and mean error in
// km, and the AUC of the log error curve (0 best, 1 worst). Precision of recognition is reported
// too, though the published figures ignore it.
#ifndef DATELINE_EVAL_GEO_EVAL_H_
#define DATELINE_EVAL_GEO_EVAL_H_

#include <string>
#include <vector>

#include "dateline/document.h"
#include "dateline/status.h"

namespace dateline::eval {

struct GeoGoldToponym {
  Span span;  // UTF-8 bytes of the article text
  double lat = 0, lon = 0;
  std::string phrase;  // the gold surface form, when the file gives it
};

struct GeoGoldArticle {
  std::string id;
  std::string text;
  std::vector<GeoGoldToponym> toponyms;  // those with coordinates
  size_t without_coordinates = 0;       // gold toponyms left out: no coordinates given
  size_t bad_offsets = 0;               // left out: offsets outside the text
};

// Reads LGL or GeoWebNews XML. Corruption when the file holds no <article>.
StatusOr<std::vector<GeoGoldArticle>> ReadGeoGold(const std::string& path);

// Converts a code point offset in text to a byte offset; npos-like UINT32_MAX when out of range.
uint32_t CharToByteOffset(const std::vector<uint32_t>& index, size_t char_offset);
// index[i] = byte offset of code point i; index.back() = text.size().
std::vector<uint32_t> CodePointIndex(const std::string& text);

struct GeoScore {
  size_t gold = 0, found = 0;
  size_t predicted = 0, predicted_matching = 0;  // predicted places and those overlapping gold
  size_t within_161 = 0;
  std::vector<double> errors_km;  // one per found gold toponym
  // Found toponyms by the precision of the predicted place (index 1-4; 0 = unknown) and those of
  // them within 161 km: country-level points are conventions, worth reading apart.
  size_t found_by_precision[5] = {0, 0, 0, 0, 0};
  size_t within_by_precision[5] = {0, 0, 0, 0, 0};
  double found_share() const { return gold ? static_cast<double>(found) / gold : 0; }
  double accuracy_161() const { return found ? static_cast<double>(within_161) / found : 0; }
  double precision() const { return predicted ? static_cast<double>(predicted_matching) / predicted : 0; }
  double MedianKm() const;
  double MeanKm() const;
  double Auc() const;  // area under the curve of sorted ln(1+error), normalised by ln(20039)
};

// Adds one article: its gold toponyms and the places the geoparser produced.
void ScoreArticle(const GeoGoldArticle& gold, const std::vector<PlaceMention>& places, GeoScore* score);

}  // namespace dateline::eval

#endif  // DATELINE_EVAL_GEO_EVAL_H_
