// CAMEO tables: see cameo_tables.h. Both files are tab-separated with '#' comment lines and one
// header line.
#include "coding/cameo_tables.h"

#include <cstdlib>

#include "coding/records.h"

namespace dateline::coding {
namespace {

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (true) {
    size_t j = line.find('\t', i);
    out.emplace_back(line.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  if (!out.empty() && !out.back().empty() && out.back().back() == '\r') out.back().pop_back();
  return out;
}

template <typename F>
void ForLines(std::string_view text, F f) {
  size_t pos = 0;
  int n = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++n;
    if (line.empty() || line[0] == '#') continue;
    f(line, n);
  }
}

}  // namespace

Status CameoTables::LoadDirectory(const std::string& dir) {
  auto cameo = ReadFile(dir + "/cameo.tsv");
  if (!cameo.ok()) return cameo.status();
  DATELINE_RETURN_IF_ERROR(LoadCameo(*cameo, dir + "/cameo.tsv"));
  auto acled = ReadFile(dir + "/acled.tsv");
  if (!acled.ok()) return acled.status();
  return LoadAcled(*acled, dir + "/acled.tsv");
}

Status CameoTables::LoadCameo(std::string_view text, const std::string& origin) {
  Status st;
  bool header = true;
  ForLines(text, [&](std::string_view line, int n) {
    if (header) { header = false; return; }
    auto f = SplitTabs(line);
    if (f.size() < 4) {
      st = Status::InvalidArgument(origin + ":" + std::to_string(n) + ": expected at least 4 columns");
      return;
    }
    CameoInfo c;
    c.code = f[0];
    c.quad_class = std::atoi(f[1].c_str());
    c.goldstein = std::atof(f[2].c_str());
    c.name = f[3];
    if (f.size() > 4) c.plover_type = f[4];
    if (f.size() > 5) c.plover_mode = f[5];
    if (f.size() > 6) {
      std::string_view ctx = f[6];
      while (!ctx.empty()) {
        size_t semi = ctx.find(';');
        std::string item(ctx.substr(0, semi));
        if (!item.empty()) c.plover_context.push_back(item);
        if (semi == std::string_view::npos) break;
        ctx.remove_prefix(semi + 1);
      }
    }
    codes_[c.code] = std::move(c);
  });
  return st;
}

Status CameoTables::LoadAcled(std::string_view text, const std::string& origin) {
  Status st;
  bool header = true;
  ForLines(text, [&](std::string_view line, int n) {
    if (header) { header = false; return; }
    auto f = SplitTabs(line);
    if (f.size() < 5) {
      st = Status::InvalidArgument(origin + ":" + std::to_string(n) + ": expected 5 columns");
      return;
    }
    AcledRule r;
    r.prefix = f[0];
    if (f[1] != "any") {
      r.side = f[1].rfind("source:", 0) == 0 ? 's' : 't';
      std::string_view list = std::string_view(f[1]).substr(f[1].find(':') + 1);
      while (!list.empty()) {
        size_t bar = list.find('|');
        r.inters.push_back(std::atoi(std::string(list.substr(0, bar)).c_str()));
        if (bar == std::string_view::npos) break;
        list.remove_prefix(bar + 1);
      }
    }
    r.type = {f[2], f[3], f[4]};
    acled_.push_back(std::move(r));
  });
  return st;
}

const CameoInfo* CameoTables::Find(std::string_view code) const {
  while (!code.empty()) {
    auto it = codes_.find(code);
    if (it != codes_.end()) return &it->second;
    code.remove_suffix(1);
  }
  return nullptr;
}

AcledType CameoTables::Acled(std::string_view code, const std::vector<int>& source_inters,
                             const std::vector<int>& target_inters) const {
  size_t best_len = 0;
  for (const AcledRule& r : acled_) {
    if (r.prefix.size() > best_len && code.substr(0, r.prefix.size()) == r.prefix) best_len = r.prefix.size();
  }
  if (best_len == 0) return {};
  auto holds = [](const std::vector<int>& inters, const std::vector<int>& want) {
    if (inters.empty()) {
      for (int w : want) if (w == 0) return true;
      return false;
    }
    for (int i : inters) for (int w : want) if (i == w) return true;
    return false;
  };
  for (const AcledRule& r : acled_) {
    if (r.prefix.size() != best_len || code.substr(0, best_len) != r.prefix) continue;
    if (r.side == 0) return r.type;
    if (holds(r.side == 's' ? source_inters : target_inters, r.inters)) return r.type;
  }
  return {};
}

}  // namespace dateline::coding
