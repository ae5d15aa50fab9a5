// See lexicon.h. Agents are also added in their regular plural ("soldier" -> "soldiers") so that
// dictionaries need list only what is irregular.
#include "lexicon/lexicon.h"

#include "lexicon/dict_check.h"

namespace dateline::lexicon {
namespace {

// Regular English plural of a phrase's last word ("militia" -> "militias", "party" -> "parties").
std::string Plural(const std::string& s) {
  if (s.empty()) return s;
  char last = s.back(), prev = s.size() > 1 ? s[s.size() - 2] : ' ';
  if (last == 'y' && prev != 'a' && prev != 'e' && prev != 'o' && prev != 'u') return s.substr(0, s.size() - 1) + "ies";
  if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's'))) return s + "es";
  return s + "s";
}

// The form a phrase written in capitals by convention (PETRARCH, TABARI) is matched in: lower
// case, so that no word is taken for a case-sensitive acronym ("SAM GAMGEE", "ARMY"); a one-word
// actor name in title case, so that it matches capitalised words only ("BREE" -> "Bree", as the
// project format's one-word names do). Phrases with lower-case letters are left as written.
std::string ConventionalCapitals(const std::string& s, bool one_word_name) {
  bool lower = false;
  for (char c : s) lower |= c >= 'a' && c <= 'z';
  if (lower) return s;
  std::string out = s;
  bool multi = s.find(' ') != std::string::npos;
  for (size_t i = 0; i < out.size(); ++i) {
    char c = out[i];
    if (c < 'A' || c > 'Z') continue;
    bool keep = one_word_name && !multi && (i == 0 || !((out[i - 1] >= 'A' && out[i - 1] <= 'Z') ||
                                                        (out[i - 1] >= 'a' && out[i - 1] <= 'z')));
    if (!keep) out[i] = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::unique_ptr<Lexicon> Lexicon::Compile(Dictionaries dicts) {
  std::unique_ptr<Lexicon> lx(new Lexicon());
  lx->dicts_ = std::move(dicts);
  PhraseMatcher& m = lx->matcher_;
  const Dictionaries& d = lx->dicts_;
  for (uint32_t i = 0; i < d.countries.size(); ++i) {
    const CountryEntry& c = d.countries[i];
    lx->country_by_code_.emplace(c.iso3, i);
    if (!c.cameo.empty()) lx->country_by_code_.emplace(c.cameo, i);
    m.Add(c.name, {kCountryName, i});
    lx->country_by_place_.emplace(MatchKey(c.name), i);
    for (const auto& a : c.aliases) {
      m.Add(a, {kCountryName, i});
      lx->country_by_place_.emplace(MatchKey(a), i);
    }
    for (const auto& a : c.demonyms) m.Add(a, {kCountryDemonym, i});
    for (const auto& a : c.capitals) {
      m.Add(a, {kCountryCapital, i});
      lx->country_by_place_.emplace(MatchKey(a), i);
    }
    for (const auto& a : c.metonyms) m.Add(a, {kCountryMetonym, i});
  }
  for (uint32_t i = 0; i < d.actors.size(); ++i) {
    const ActorEntry& a = d.actors[i];
    auto form = [&](const std::string& p) { return a.capitals_by_convention ? ConventionalCapitals(p, true) : p; };
    m.Add(form(a.name), {kActorName, i});
    for (const auto& al : a.aliases) m.Add(form(al), {kActorName, i});
  }
  for (uint32_t i = 0; i < d.agents.size(); ++i) {
    for (const auto& written : d.agents[i].forms) {
      std::string f = d.agents[i].capitals_by_convention ? ConventionalCapitals(written, false) : written;
      m.Add(f, {kAgentForm, i});
      bool lower = !f.empty() && f.back() >= 'a' && f.back() <= 'z';
      if (lower && f.back() != 's') m.Add(Plural(f), {kAgentForm, i});
    }
  }
  for (uint32_t i = 0; i < d.discards.size(); ++i)
    for (const auto& p : d.discards[i].phrases)
      m.Add(d.discards[i].capitals_by_convention ? ConventionalCapitals(p, false) : p, {kDiscardPhrase, i});
  m.Compile();
  return lx;
}

StatusOr<std::unique_ptr<Lexicon>> Lexicon::Load(const PipelineOptions& options) {
  Dictionaries dicts;
  std::vector<Diagnostic> diags;
  if (options.default_dicts) DATELINE_RETURN_IF_ERROR(LoadDictionaryDir(options.data_dir + "/actors", &dicts, &diags));
  for (const auto& [kind, path] : options.dicts) {
    if (kind == "verbs") continue;  // read by the events stage
    if (kind != "actors" && kind != "agents" && kind != "discards")
      return Status::InvalidArgument("--dict " + kind + "=" + path + ": unknown kind (actors, agents, discards, verbs)");
    DATELINE_RETURN_IF_ERROR(LoadDictionaryFile(path, kind, &dicts, &diags));
  }
  std::string msg;
  int errors = 0;
  for (const auto& dg : diags) {
    if (!dg.error) continue;
    if (++errors <= 5) msg += (msg.empty() ? "" : "; ") + dg.ToString();
  }
  if (errors) return Status::InvalidArgument("dictionary errors (" + std::to_string(errors) + "): " + msg);
  return Compile(std::move(dicts));
}

const CountryEntry* Lexicon::Country(std::string_view iso3) const {
  auto it = country_by_code_.find(std::string(iso3));
  return it == country_by_code_.end() ? nullptr : &dicts_.countries[it->second];
}

const CountryEntry* Lexicon::CountryOfPlace(std::string_view place) const {
  auto it = country_by_place_.find(MatchKey(place));
  return it == country_by_place_.end() ? nullptr : &dicts_.countries[it->second];
}

}  // namespace dateline::lexicon
