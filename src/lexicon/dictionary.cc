// See dictionary.h. Field-level checks live here (a value that cannot be read is a parse error);
// checks across records (duplicates, overlaps, unknown countries) live in dict_check.cc.
#include "lexicon/dictionary.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lexicon/petrarch_format.h"

namespace dateline::lexicon {

const std::string& ActorEntry::CodeOn(int32_t date) const {
  static const std::string kEmpty;
  const DatedCode* undated = nullptr;
  const DatedCode* latest = nullptr;
  for (const auto& c : codes) {
    if (!c.dated) {
      if (!undated) undated = &c;
      continue;
    }
    if (date && (c.from == 0 || date >= c.from) && (c.to == 0 || date < c.to)) return c.code;
    if (!latest || c.from > latest->from) latest = &c;
  }
  // Date unknown: the current role (an open-ended range) says most about the actor today.
  if (!date && latest && latest->to == 0) return latest->code;
  if (undated) return undated->code;
  return latest ? latest->code : kEmpty;
}

void Dictionaries::Append(Dictionaries&& o) {
  for (auto& a : o.actors) actors.push_back(std::move(a));
  for (auto& c : o.countries) countries.push_back(std::move(c));
  for (auto& a : o.agents) agents.push_back(std::move(a));
  for (auto& d : o.discards) discards.push_back(std::move(d));
}

bool ParseIsoDate(std::string_view s, int32_t* out) {
  auto digits = [&](size_t b, size_t n, int* v) {
    if (b + n > s.size()) return false;
    *v = 0;
    for (size_t i = b; i < b + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      *v = *v * 10 + (s[i] - '0');
    }
    return true;
  };
  int y = 0, m = 1, d = 1;
  if (!digits(0, 4, &y)) return false;
  if (s.size() == 4) { *out = y * 10000 + 101; return true; }
  if (s.size() < 7 || s[4] != '-' || !digits(5, 2, &m) || m < 1 || m > 12) return false;
  if (s.size() == 7) { *out = y * 10000 + m * 100 + 1; return true; }
  if (s.size() != 10 || s[7] != '-' || !digits(8, 2, &d) || d < 1 || d > 31) return false;
  *out = y * 10000 + m * 100 + d;
  return true;
}

namespace {

bool ParseInter(std::string_view v, int* out) {
  if (v.size() != 1 || v[0] < '0' || v[0] > '8') return false;
  *out = v[0] - '0';
  return true;
}

bool ParseYesNo(std::string_view v, bool* out) {
  if (v == "yes" || v == "true") { *out = true; return true; }
  if (v == "no" || v == "false") { *out = false; return true; }
  return false;
}

// "CODE" or "CODE FROM..TO".
bool ParseDatedCode(std::string_view v, DatedCode* out, std::string* why) {
  size_t sp = v.find(' ');
  out->code = std::string(v.substr(0, sp));
  if (sp == std::string_view::npos) return true;
  std::string_view range = Trim(v.substr(sp + 1));
  size_t dots = range.find("..");
  if (dots == std::string_view::npos) { *why = "expected a date range FROM..TO after the code"; return false; }
  std::string_view from = range.substr(0, dots), to = range.substr(dots + 2);
  out->dated = true;
  if (!from.empty() && !ParseIsoDate(from, &out->from)) { *why = "bad date '" + std::string(from) + "'"; return false; }
  if (!to.empty() && !ParseIsoDate(to, &out->to)) { *why = "bad date '" + std::string(to) + "'"; return false; }
  if (out->from && out->to && out->from >= out->to) { *why = "empty date range " + std::string(range); return false; }
  return true;
}

void Append(std::vector<std::string>* list, std::string_view value) {
  for (auto& s : SplitList(value)) list->push_back(std::move(s));
}

}  // namespace

void AddRecords(const std::vector<Record>& records, const std::string& file, Dictionaries* dicts,
                std::vector<Diagnostic>* diags) {
  auto err = [&](uint32_t line, std::string reason) {
    if (diags) diags->push_back({file, line, std::move(reason)});
  };
  for (const Record& r : records) {
    auto bad = [&](const Field& f, const std::string& what) {
      err(f.line, r.type + " " + r.id + ": " + what + " '" + f.value + "'");
    };
    if (r.type == "actor") {
      ActorEntry a;
      a.id = r.id, a.file = file, a.line = r.line;
      for (const Field& f : r.fields) {
        const std::string& k = f.key;
        if (k == "actor") continue;
        if (k == "name") a.name = f.value;
        else if (k == "alias") Append(&a.aliases, f.value);
        else if (k == "code") {
          DatedCode c;
          std::string why;
          c.line = f.line;
          if (!ParseDatedCode(f.value, &c, &why)) { bad(f, why + " in code"); continue; }
          a.codes.push_back(std::move(c));
        } else if (k == "country") a.country = f.value;
        else if (k == "sector") a.sector = f.value;
        else if (k == "kind") a.kind = f.value;
        else if (k == "acled") a.acled = f.value;
        else if (k == "inter") { if (!ParseInter(f.value, &a.inter)) bad(f, "inter must be 0-8, got"); }
        else if (k == "wikidata") a.wikidata = f.value;
        else if (k == "role") a.roles.push_back(f);
        else if (k == "metonym") { if (!ParseYesNo(f.value, &a.metonym)) bad(f, "metonym must be yes or no, got"); }
        else bad(f, "unknown key '" + k + "' with value");
      }
      dicts->actors.push_back(std::move(a));
    } else if (r.type == "country") {
      CountryEntry c;
      c.iso3 = r.id, c.file = file, c.line = r.line;
      for (const Field& f : r.fields) {
        const std::string& k = f.key;
        if (k == "country") continue;
        if (k == "iso2") c.iso2 = f.value;
        else if (k == "name") c.name = f.value;
        else if (k == "alias") Append(&c.aliases, f.value);
        else if (k == "demonym") Append(&c.demonyms, f.value);
        else if (k == "capital") Append(&c.capitals, f.value);
        else if (k == "metonym") Append(&c.metonyms, f.value);
        else if (k == "region") c.region = f.value;
        else if (k == "cameo") c.cameo = f.value;
        else bad(f, "unknown key '" + k + "' with value");
      }
      dicts->countries.push_back(std::move(c));
    } else if (r.type == "agent") {
      AgentEntry a;
      a.id = r.id, a.file = file, a.line = r.line;
      for (const Field& f : r.fields) {
        const std::string& k = f.key;
        if (k == "agent") continue;
        if (k == "forms") Append(&a.forms, f.value);
        else if (k == "code") a.code = f.value;
        else if (k == "inter") { if (!ParseInter(f.value, &a.inter)) bad(f, "inter must be 0-8, got"); }
        else if (k == "acled") a.acled = f.value;
        else if (k == "kind") a.kind = f.value;
        else if (k == "igo") { if (!ParseYesNo(f.value, &a.igo)) bad(f, "igo must be yes or no, got"); }
        else if (k == "qualified") {
          if (!ParseYesNo(f.value, &a.qualified)) bad(f, "qualified must be yes or no, got");
        }
        else bad(f, "unknown key '" + k + "' with value");
      }
      dicts->agents.push_back(std::move(a));
    } else if (r.type == "discard") {
      DiscardEntry d;
      d.id = r.id, d.file = file, d.line = r.line;
      for (const Field& f : r.fields) {
        const std::string& k = f.key;
        if (k == "discard") continue;
        if (k == "phrase") Append(&d.phrases, f.value);
        else if (k == "scope") {
          if (f.value != "sentence" && f.value != "story") bad(f, "scope must be sentence or story, got");
          else d.scope = f.value;
        } else if (k == "topic") d.topic = f.value;
        else bad(f, "unknown key '" + k + "' with value");
      }
      dicts->discards.push_back(std::move(d));
    } else {
      err(r.line, "unknown record type '" + r.type + "' (expected actor, country, agent or discard)");
    }
  }
}

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  return ss.str();
}

namespace {

// The project format starts (after comments and blank lines) with "actor:", "country:", "agent:"
// or "discard:".
bool IsProjectFormat(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = Trim(text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos));
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    if (line.empty() || line[0] == '#') continue;
    for (std::string_view t : {"actor:", "country:", "agent:", "discard:"})
      if (line.substr(0, t.size()) == t) return true;
    return false;
  }
  return true;  // empty file
}

}  // namespace

Status LoadDictionaryFile(const std::string& path, std::string_view kind, Dictionaries* dicts,
                          std::vector<Diagnostic>* diags) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  if (IsProjectFormat(*text)) {
    AddRecords(ParseRecords(*text, path, diags), path, dicts, diags);
    return Status::Ok();
  }
  if (kind == "actors") return ParsePetrarchActors(*text, path, dicts, diags);
  if (kind == "agents") return ParsePetrarchAgents(*text, path, dicts, diags);
  if (kind == "discards") return ParsePetrarchDiscards(*text, path, dicts, diags);
  return Status::InvalidArgument(path + ": not in the project's record format, and the kind of "
                                 "dictionary (actors, agents, discards) was not given");
}

Status LoadDictionaryDir(const std::string& dir, Dictionaries* dicts, std::vector<Diagnostic>* diags) {
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path().string());
  }
  if (ec) return Status::IoError(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) DATELINE_RETURN_IF_ERROR(LoadDictionaryFile(f, "", dicts, diags));
  return Status::Ok();
}

}  // namespace dateline::lexicon
