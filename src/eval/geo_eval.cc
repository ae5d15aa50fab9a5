// Reading and scoring geoparsing gold corpora; see geo_eval.h. The XML is read with a small
// tag scanner (the two corpora use a fixed, flat layout), decoding CDATA and character entities.
#include "eval/geo_eval.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "base/utf8.h"
#include "geo/distance.h"

namespace dateline::eval {
namespace {

// Decodes CDATA sections and the XML entities of s.
std::string XmlText(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s.compare(i, 9, "<![CDATA[") == 0) {
      size_t end = s.find("]]>", i + 9);
      if (end == std::string_view::npos) end = s.size();
      out.append(s.substr(i + 9, end - i - 9));
      i = end + 3;
      continue;
    }
    if (s[i] == '&') {
      size_t semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 10) {
        std::string_view ent = s.substr(i + 1, semi - i - 1);
        char32_t cp = 0;
        if (ent == "amp") cp = '&';
        else if (ent == "lt") cp = '<';
        else if (ent == "gt") cp = '>';
        else if (ent == "quot") cp = '"';
        else if (ent == "apos") cp = '\'';
        else if (ent.size() > 1 && ent[0] == '#')
          cp = static_cast<char32_t>(ent[1] == 'x' ? std::strtoul(std::string(ent.substr(2)).c_str(), nullptr, 16)
                                                   : std::strtoul(std::string(ent.substr(1)).c_str(), nullptr, 10));
        if (cp) {
          AppendUtf8(cp, &out);
          i = semi + 1;
          continue;
        }
      }
    }
    out.push_back(s[i]);
    ++i;
  }
  return out;
}

// The content of the first <tag ...>...</tag> in s (empty when absent or self-closed).
std::string_view Element(std::string_view s, std::string_view tag, size_t* after = nullptr) {
  std::string open = "<" + std::string(tag);
  size_t p = 0;
  while (true) {
    p = s.find(open, p);
    if (p == std::string_view::npos) return {};
    char next = p + open.size() < s.size() ? s[p + open.size()] : '\0';
    if (next == '>' || next == ' ' || next == '/') break;
    p += open.size();
  }
  size_t gt = s.find('>', p);
  if (gt == std::string_view::npos) return {};
  if (s[gt - 1] == '/') {
    if (after) *after = gt + 1;
    return {};
  }
  std::string close = "</" + std::string(tag) + ">";
  size_t end = s.find(close, gt + 1);
  if (end == std::string_view::npos) return {};
  if (after) *after = end + close.size();
  return s.substr(gt + 1, end - gt - 1);
}

bool ToDouble(std::string_view s, double* v) {
  std::string t(s);
  char* end = nullptr;
  *v = std::strtod(t.c_str(), &end);
  return !t.empty() && end != t.c_str();
}

}  // namespace

std::vector<uint32_t> CodePointIndex(const std::string& text) {
  std::vector<uint32_t> idx;
  idx.reserve(text.size() + 1);
  size_t i = 0, len = 0;
  while (i < text.size()) {
    idx.push_back(static_cast<uint32_t>(i));
    DecodeUtf8(text, i, &len);
    i += len;
  }
  idx.push_back(static_cast<uint32_t>(text.size()));
  return idx;
}

uint32_t CharToByteOffset(const std::vector<uint32_t>& index, size_t c) {
  return c < index.size() ? index[c] : UINT32_MAX;
}

StatusOr<std::vector<GeoGoldArticle>> ReadGeoGold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("eval geo: cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string xml = ss.str();
  std::vector<GeoGoldArticle> out;
  std::string_view all(xml);
  size_t pos = 0;
  while (true) {
    size_t after = 0;
    std::string_view art = Element(all.substr(pos), "article", &after);
    if (after == 0) break;
    pos += after;
    GeoGoldArticle a;
    a.id = std::to_string(out.size());
    a.text = XmlText(Element(art, "text"));
    RepairUtf8(&a.text);
    auto index = CodePointIndex(a.text);
    std::string_view tops = Element(art, "toponyms");
    size_t tp = 0;
    while (true) {
      size_t ta = 0;
      std::string_view t = Element(tops.substr(tp), "toponym", &ta);
      if (ta == 0) break;
      tp += ta;
      double start, end, lat, lon;
      std::string_view la = Element(t, "lat"), lo = Element(t, "lon");
      if (la.empty()) la = Element(t, "latitude");
      if (lo.empty()) lo = Element(t, "longitude");
      if (!ToDouble(la, &lat) || !ToDouble(lo, &lon)) {
        ++a.without_coordinates;
        continue;
      }
      if (!ToDouble(Element(t, "start"), &start) || !ToDouble(Element(t, "end"), &end)) {
        ++a.bad_offsets;
        continue;
      }
      uint32_t bs = CharToByteOffset(index, static_cast<size_t>(start));
      uint32_t be = CharToByteOffset(index, static_cast<size_t>(end));
      if (bs == UINT32_MAX || be == UINT32_MAX || be <= bs) {
        ++a.bad_offsets;
        continue;
      }
      GeoGoldToponym g;
      g.span = {bs, be};
      g.lat = lat;
      g.lon = lon;
      std::string_view ph = Element(t, "phrase");
      if (ph.empty()) ph = Element(t, "extractedName");
      g.phrase = XmlText(ph);
      a.toponyms.push_back(std::move(g));
    }
    out.push_back(std::move(a));
  }
  if (out.empty()) return Status::Corruption("eval geo: no <article> in " + path);
  return out;
}

void ScoreArticle(const GeoGoldArticle& gold, const std::vector<PlaceMention>& places, GeoScore* score) {
  auto overlaps = [](Span a, Span b) { return a.start < b.end && b.start < a.end; };
  for (const auto& g : gold.toponyms) {
    ++score->gold;
    for (const auto& p : places) {
      if (!overlaps(g.span, p.span)) continue;
      double km = geo::HaversineKm(g.lat, g.lon, p.lat, p.lon);
      ++score->found;
      score->errors_km.push_back(km);
      int prec = p.precision >= 1 && p.precision <= 4 ? p.precision : 0;
      ++score->found_by_precision[prec];
      if (km <= 161.0) {
        ++score->within_161;
        ++score->within_by_precision[prec];
      }
      break;
    }
  }
  for (const auto& p : places) {
    ++score->predicted;
    for (const auto& g : gold.toponyms)
      if (overlaps(g.span, p.span)) {
        ++score->predicted_matching;
        break;
      }
  }
}

double GeoScore::MedianKm() const {
  if (errors_km.empty()) return 0;
  std::vector<double> e = errors_km;
  std::sort(e.begin(), e.end());
  size_t n = e.size();
  return n % 2 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
}

double GeoScore::MeanKm() const {
  if (errors_km.empty()) return 0;
  double s = 0;
  for (double x : errors_km) s += x;
  return s / static_cast<double>(errors_km.size());
}

double GeoScore::Auc() const {
  if (errors_km.size() < 2) return errors_km.empty() ? 0 : std::log1p(errors_km[0]) / std::log(20039.0);
  std::vector<double> e = errors_km;
  std::sort(e.begin(), e.end());
  double area = 0;
  for (size_t i = 1; i < e.size(); ++i) area += (std::log1p(e[i - 1]) + std::log1p(e[i])) / 2;
  return area / (std::log(20039.0) * static_cast<double>(e.size() - 1));
}

}  // namespace dateline::eval
