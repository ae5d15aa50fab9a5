// See dict_check.h. Every check is a pass over the tables with a hash map; the whole shipped data
// checks in a few milliseconds, so it runs in the tests.
#include "lexicon/dict_check.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "base/utf8.h"

namespace dateline::lexicon {

std::string MatchKey(std::string_view phrase) {
  std::string folded = Fold(phrase);
  std::string out;
  for (char c : folded) {
    if (c == '.') continue;
    if (c == '-' || c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace {

const std::set<std::string>& Sectors() {
  static const std::set<std::string> k = {
      "GOV", "MIL", "POL", "JUD", "LEG", "ELI", "REB", "INS", "SEP", "OPP", "PTY", "COP", "CVL", "MED",
      "EDU", "BUS", "NGO", "IGO", "PKO", "HLH", "REF", "LAB", "REL", "ETH", "AGR", "UAF", "SPY", "CRM"};
  return k;
}
const std::set<std::string>& Kinds() {
  static const std::set<std::string> k = {"state", "igo", "ngo", "armed-group", "militia", "ethnic-group",
                                          "person", "company", "media", "party", "location"};
  return k;
}
// CAMEO prefixes that are not countries: international and transnational actors, regions.
const std::set<std::string>& NonCountryPrefixes() {
  static const std::set<std::string> k = {
      "IGO", "NGO", "IMG", "MNC", "UIS", "NGM", "INT", "AFR", "ASA", "EUR", "MEA", "WAF", "EAF",
      "SAF", "NAF", "CAF", "MAF", "SAS", "SEA", "LAM", "NAM", "CAS", "WST", "CRB", "BLK", "CHR",
      "MUS", "JEW", "BUD", "HIN", "SIK", "ISL"};
  return k;
}

// A CAMEO-style code: three upper-case letters followed by upper-case letters or digits (blocks of
// three are the convention; other lengths are warned about).
bool GoodCode(const std::string& c) {
  if (c.size() < 3) return false;
  for (size_t i = 0; i < c.size(); ++i) {
    char ch = c[i];
    bool up = ch >= 'A' && ch <= 'Z';
    if (i < 3 ? !up : !(up || (ch >= '0' && ch <= '9'))) return false;
  }
  return true;
}

}  // namespace

void CheckDictionaries(const Dictionaries& d, std::vector<Diagnostic>* diags) {
  auto err = [&](const std::string& file, uint32_t line, std::string why, bool error = true) {
    diags->push_back({file, line, std::move(why), error});
  };
  std::unordered_set<std::string> countries;  // ISO3 and CAMEO codes
  std::unordered_map<std::string, const CountryEntry*> country_ids;
  for (const auto& c : d.countries) {
    if (c.iso3.size() != 3 || !GoodCode(c.iso3)) err(c.file, c.line, "country " + c.iso3 + ": not an ISO 3166 alpha-3 code");
    if (c.name.empty()) err(c.file, c.line, "country " + c.iso3 + ": missing name");
    if (!c.cameo.empty() && !GoodCode(c.cameo)) err(c.file, c.line, "country " + c.iso3 + ": bad cameo code " + c.cameo);
    auto [it, fresh] = country_ids.emplace(c.iso3, &c);
    if (!fresh) err(c.file, c.line, "duplicate country " + c.iso3 + " (first at " + it->second->file + ":" + std::to_string(it->second->line) + ")");
    countries.insert(c.iso3);
    if (!c.cameo.empty()) countries.insert(c.cameo);
  }
  auto known_prefix = [&](const std::string& code) {
    std::string p = code.substr(0, 3);
    return countries.count(p) || NonCountryPrefixes().count(p);
  };

  // Alias -> (code, where) for the conflict check. Countries contribute their names and
  // demonyms with the country code.
  // Actors of two different countries may share an alias ("JEM" in Sudan, "JeM" in India): the
  // recogniser picks the one of the article's country, so that is only a warning.
  struct Owner { std::string code, id, file; uint32_t line; std::string country; };
  std::unordered_map<std::string, Owner> alias_owner;
  auto claim = [&](const std::string& phrase, const Owner& o) {
    std::string key = MatchKey(phrase);
    if (key.empty()) return;
    auto [it, fresh] = alias_owner.emplace(key, o);
    if (fresh || it->second.id == o.id) return;
    bool contextual = !o.country.empty() && !it->second.country.empty() && o.country != it->second.country;
    if (it->second.code != o.code)
      err(o.file, o.line, std::string(contextual ? "ambiguous " : "") + "alias '" + phrase + "' of " + o.id + " (" + o.code + ") also names " + it->second.id +
          " (" + it->second.code + ") at " + it->second.file + ":" + std::to_string(it->second.line) +
          (contextual ? " (resolved by the article's country)" : ""), !contextual);
  };
  for (const auto& c : d.countries) {
    Owner o{c.code(), c.iso3, c.file, c.line, ""};
    claim(c.name, o);
    for (const auto& a : c.aliases) claim(a, o);
    for (const auto& a : c.demonyms) claim(a, o);
  }

  std::unordered_map<std::string, const ActorEntry*> actor_ids;
  for (const auto& a : d.actors) {
    auto where = [&](uint32_t line) { return line ? line : a.line; };
    std::string who = "actor " + a.id;
    auto [it, fresh] = actor_ids.emplace(a.id, &a);
    if (!fresh) err(a.file, a.line, "duplicate " + who + " (first at " + it->second->file + ":" + std::to_string(it->second->line) + ")");
    if (a.name.empty()) err(a.file, a.line, who + ": missing name");
    if (a.codes.empty()) err(a.file, a.line, who + ": missing code");
    if (a.kind.empty()) err(a.file, a.line, who + ": missing kind");
    else if (!Kinds().count(a.kind)) err(a.file, a.line, who + ": unknown kind '" + a.kind + "'");
    if (!a.sector.empty() && !Sectors().count(a.sector)) err(a.file, a.line, who + ": unknown sector '" + a.sector + "'");
    if (!a.country.empty() && !countries.count(a.country)) err(a.file, a.line, who + ": unknown country '" + a.country + "'");
    for (const auto& c : a.codes) {
      if (!GoodCode(c.code)) err(a.file, where(c.line), who + ": bad code '" + c.code + "'");
      else if (c.code.size() % 3 != 0)
        err(a.file, where(c.line), who + ": code '" + c.code + "' is not made of three-letter blocks", false);
      else if (!known_prefix(c.code)) err(a.file, where(c.line), who + ": code '" + c.code + "' starts with no known country or international prefix");
    }
    // role: ROLE COUNTRY [FROM..TO]
    for (const Field& r : a.roles) {
      std::vector<std::string> parts;
      size_t pos = 0;
      while (pos < r.value.size()) {
        size_t sp = r.value.find(' ', pos);
        if (sp == std::string::npos) sp = r.value.size();
        if (sp > pos) parts.push_back(r.value.substr(pos, sp - pos));
        pos = sp + 1;
      }
      if (parts.size() < 2 || parts.size() > 3) {
        err(a.file, r.line, who + ": role must be 'ROLE COUNTRY [FROM..TO]', got '" + r.value + "'");
        continue;
      }
      // The role's country, or an international body's code ("secretary-general IGOUNO").
      if (!countries.count(parts[1]) && !(GoodCode(parts[1]) && NonCountryPrefixes().count(parts[1].substr(0, 3))))
        err(a.file, r.line, who + ": unknown country '" + parts[1] + "' in role");
      if (parts.size() == 3) {
        size_t dots = parts[2].find("..");
        int32_t f = 0, t = 0;
        std::string from = dots == std::string::npos ? parts[2] : parts[2].substr(0, dots);
        std::string to = dots == std::string::npos ? "" : parts[2].substr(dots + 2);
        if (dots == std::string::npos || (!from.empty() && !ParseIsoDate(from, &f)) || (!to.empty() && !ParseIsoDate(to, &t)) ||
            (f && t && f >= t))
          err(a.file, r.line, who + ": bad date range '" + parts[2] + "' in role");
      }
    }
    // Dated ranges must not overlap ([from, to), 0 = open).
    std::vector<const DatedCode*> dated;
    for (const auto& c : a.codes) if (c.dated) dated.push_back(&c);
    std::sort(dated.begin(), dated.end(), [](auto* x, auto* y) { return x->from < y->from; });
    for (size_t i = 1; i < dated.size(); ++i) {
      int32_t prev_to = dated[i - 1]->to ? dated[i - 1]->to : INT32_MAX;
      if (dated[i]->from < prev_to)
        err(a.file, where(dated[i]->line), who + ": date range of " + dated[i]->code + " overlaps that of " + dated[i - 1]->code);
    }
    if (!a.codes.empty()) {
      Owner o{a.CodeOn(0), a.id, a.file, a.line, a.country};
      claim(a.name, o);
      for (const auto& al : a.aliases) claim(al, o);
    }
  }

  std::unordered_map<std::string, const AgentEntry*> agent_ids;
  std::unordered_map<std::string, const AgentEntry*> agent_forms;
  for (const auto& g : d.agents) {
    std::string who = "agent " + g.id;
    auto [it, fresh] = agent_ids.emplace(g.id, &g);
    if (!fresh) err(g.file, g.line, "duplicate " + who);
    if (g.forms.empty()) err(g.file, g.line, who + ": missing forms");
    if (g.code.empty()) err(g.file, g.line, who + ": missing code");
    else if (!GoodCode(g.code)) err(g.file, g.line, who + ": bad code '" + g.code + "'");
    if (!g.kind.empty() && !Kinds().count(g.kind)) err(g.file, g.line, who + ": unknown kind '" + g.kind + "'");
    for (const auto& f : g.forms) {
      auto [fit, ffresh] = agent_forms.emplace(MatchKey(f), &g);
      if (!ffresh && fit->second->code != g.code)
        err(g.file, g.line, who + ": form '" + f + "' (" + g.code + ") also belongs to agent " + fit->second->id + " (" + fit->second->code + ")");
    }
  }
  std::unordered_map<std::string, const DiscardEntry*> discard_ids;
  for (const auto& x : d.discards) {
    auto [it, fresh] = discard_ids.emplace(x.id, &x);
    if (!fresh) err(x.file, x.line, "duplicate discard " + x.id);
    if (x.phrases.empty()) err(x.file, x.line, "discard " + x.id + ": missing phrase");
  }
}

std::vector<Diagnostic> CheckDataDir(const std::string& data_dir) {
  std::vector<Diagnostic> diags;
  Dictionaries dicts;
  Status st = LoadDictionaryDir(data_dir + "/actors", &dicts, &diags);
  if (!st.ok()) {
    diags.push_back({data_dir + "/actors", 0, st.message()});
    return diags;
  }
  CheckDictionaries(dicts, &diags);
  return diags;
}

}  // namespace dateline::lexicon
