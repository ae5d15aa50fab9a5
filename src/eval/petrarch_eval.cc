// PETRARCH validation suites: see petrarch_eval.h. The XML is read with a small scanner (the files
// are flat and machine-written): comments are removed first, then each <Sentence> element gives its
// attributes, <EventCoding> children and <Text>.
#include "eval/petrarch_eval.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

namespace dateline::eval {
namespace {

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      struct E { std::string_view name; char c; };
      static constexpr E kEntities[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const E& e : kEntities) {
        if (s.substr(i, e.name.size()) == e.name) {
          out.push_back(e.c);
          i += e.name.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

std::string Attr(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    bool boundary = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n');
    size_t eq = pos + name.size();
    while (eq < tag.size() && tag[eq] == ' ') ++eq;
    if (boundary && eq < tag.size() && tag[eq] == '=') {
      size_t q = tag.find('"', eq);
      if (q == std::string_view::npos) return "";
      size_t q2 = tag.find('"', q + 1);
      if (q2 == std::string_view::npos) return "";
      return Unescape(tag.substr(q + 1, q2 - q - 1));
    }
    pos += name.size();
  }
  return "";
}

bool HasAttr(std::string_view tag, std::string_view name) {
  size_t pos = tag.find(name);
  return pos != std::string_view::npos && pos > 0 && tag[pos - 1] == ' ';
}

std::string ElementText(std::string_view xml, std::string_view name) {
  std::string open = "<" + std::string(name) + ">", close = "</" + std::string(name) + ">";
  size_t a = xml.find(open);
  if (a == std::string_view::npos) return "";
  a += open.size();
  size_t b = xml.find(close, a);
  if (b == std::string_view::npos) return "";
  std::string_view v = xml.substr(a, b - a);
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
  return Unescape(v);
}

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

// The codes of one side. A country (or IGO) mention and an agent mention read apart by the actor
// layer ("the Dagobah government") compose into one code, as PETRARCH writes them (DAGGOV).
std::vector<std::string> SideCodes(const Document& doc, const std::vector<uint32_t>& side) {
  static const std::set<std::string> kAgents = {
      "GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "BUS", "CVL", "MED", "EDU", "ELI", "HLH",
      "REF", "LAB", "REL", "SPY", "CRM", "INS", "SEP", "PTY", "UAF", "NGO", "IGO", "PKO", "AGR", "ENV"};
  std::vector<uint32_t> order = side;
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return doc.actors[a].span.start < doc.actors[b].span.start; });
  std::vector<std::string> out;
  std::vector<bool> used(order.size(), false);
  for (size_t i = 0; i < order.size(); ++i) {
    if (used[i]) continue;
    std::string code = doc.actors[order[i]].code;
    if (code.size() == 3 && !kAgents.count(code)) {
      for (size_t j = 0; j < order.size(); ++j) {
        if (j == i || used[j]) continue;
        const std::string& other = doc.actors[order[j]].code;
        if (kAgents.count(other)) {
          code += other;
          used[j] = true;
          break;
        }
      }
    } else if (kAgents.count(code)) {
      bool merged = false;
      for (size_t j = 0; j < order.size(); ++j) {
        if (j == i || used[j]) continue;
        const std::string& other = doc.actors[order[j]].code;
        if (other.size() == 3 && !kAgents.count(other)) merged = true;
      }
      if (merged) continue;  // composed with its country above or below
    }
    used[i] = true;
    // An agent with no country ("a senior official") is written "---GOV", as PETRARCH does.
    if (doc.actors[order[i]].entity_id.rfind("xxx+", 0) == 0) code = "---" + code;
    out.push_back(code);
  }
  return out;
}

}  // namespace

StatusOr<PetrarchSuite> ParsePetrarchSuite(std::string_view raw, const std::string& path) {
  // Drop comments.
  std::string xml;
  xml.reserve(raw.size());
  size_t pos = 0;
  while (pos < raw.size()) {
    size_t c = raw.find("<!--", pos);
    if (c == std::string_view::npos) {
      xml.append(raw.substr(pos));
      break;
    }
    xml.append(raw.substr(pos, c - pos));
    size_t e = raw.find("-->", c + 4);
    if (e == std::string_view::npos) return Status::Corruption(path + ": unterminated comment");
    pos = e + 3;
  }
  PetrarchSuite suite;
  std::string dir = path.substr(0, path.find_last_of('/') + 1);
  auto env_file = [&](const char* name) {
    std::string f = ElementText(xml, name);
    return f.empty() ? f : dir + f;
  };
  suite.verbfile = env_file("Verbfile");
  suite.actorfile = env_file("Actorfile");
  suite.agentfile = env_file("Agentfile");
  suite.discardfile = env_file("Discardfile");
  std::istringstream inc(ElementText(xml, "Include"));
  for (std::string w; inc >> w;) {
    if (w != "valid") suite.include.push_back(w);
  }
  pos = 0;
  while ((pos = xml.find("<Sentence ", pos)) != std::string::npos) {
    size_t tag_end = xml.find('>', pos);
    size_t end = xml.find("</Sentence>", pos);
    if (tag_end == std::string::npos || end == std::string::npos) {
      return Status::Corruption(path + ": unterminated <Sentence>");
    }
    std::string_view tag(xml.data() + pos, tag_end - pos);
    std::string_view body(xml.data() + tag_end + 1, end - tag_end - 1);
    PetrarchRecord r;
    r.id = Attr(tag, "id");
    r.category = Attr(tag, "category");
    r.date = Attr(tag, "date");
    r.evaluate = Attr(tag, "evaluate") != "false";
    size_t ep = 0;
    while ((ep = body.find("<EventCoding", ep)) != std::string_view::npos) {
      size_t ee = body.find('>', ep);
      if (ee == std::string_view::npos) break;
      std::string_view ec = body.substr(ep, ee - ep);
      if (HasAttr(ec, "error")) r.expects_error = true;
      if (HasAttr(ec, "eventcode")) {
        r.expected.push_back({Attr(ec, "sourcecode"), Attr(ec, "targetcode"), Attr(ec, "eventcode")});
      }
      ep = ee;
    }
    r.text = Collapse(ElementText(body, "Text"));
    suite.records.push_back(std::move(r));
    pos = end + 11;
  }
  return suite;
}

StatusOr<PetrarchSuite> ReadPetrarchSuite(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ParsePetrarchSuite(ss.str(), path);
}

PipelineOptions SuiteOptions(const PetrarchSuite& suite,
                             const std::vector<std::pair<std::string, std::string>>& extra_dicts) {
  PipelineOptions o;
  o.default_dicts = false;
  if (!suite.actorfile.empty()) o.dicts.emplace_back("actors", suite.actorfile);
  if (!suite.agentfile.empty()) o.dicts.emplace_back("agents", suite.agentfile);
  if (!suite.discardfile.empty()) o.dicts.emplace_back("discards", suite.discardfile);
  if (!suite.verbfile.empty()) o.dicts.emplace_back("verbs", suite.verbfile);
  for (const auto& d : extra_dicts) o.dicts.push_back(d);
  return o;
}

void ScoreRecord(const std::vector<PetrarchCoding>& expected, std::vector<PetrarchCoding> produced,
                 CategoryScore* score) {
  std::sort(produced.begin(), produced.end());
  produced.erase(std::unique(produced.begin(), produced.end()), produced.end());
  std::vector<PetrarchCoding> want = expected;
  std::sort(want.begin(), want.end());
  want.erase(std::unique(want.begin(), want.end()), want.end());
  int correct = 0;
  for (const auto& w : want) {
    if (std::binary_search(produced.begin(), produced.end(), w)) ++correct;
  }
  score->records += 1;
  score->correct += correct;
  score->uncoded += static_cast<int>(want.size()) - correct;
  score->extra += static_cast<int>(produced.size()) - correct;
  if (produced == want) score->exact += 1;
}

PetrarchReport EvaluatePetrarch(const PetrarchSuite& suite, const Pipeline& pipeline) {
  PetrarchReport report;
  for (const PetrarchRecord& r : suite.records) {
    if (!r.evaluate || r.expects_error) continue;
    if (!suite.include.empty() &&
        std::find(suite.include.begin(), suite.include.end(), r.category) == suite.include.end())
      continue;
    Document doc;
    doc.article.text = r.text;
    doc.article.id = r.id;
    if (r.date.size() == 8) {
      doc.article.published = r.date.substr(0, 4) + "-" + r.date.substr(4, 2) + "-" + r.date.substr(6, 2);
    }
    pipeline.Process(doc);
    std::vector<PetrarchCoding> produced;
    for (const Event& e : doc.events) {
      // PETRARCH codes future and intended acts alike but not negated or hypothetical ones.
      if (e.negated || e.mood == "hypothetical") continue;
      std::vector<std::string> src = SideCodes(doc, e.sources), tgt = SideCodes(doc, e.targets);
      if (src.empty()) src.push_back("---");
      if (tgt.empty()) tgt.push_back("---");
      for (const auto& s : src) {
        for (const auto& t : tgt) produced.push_back({s, t, e.cameo});
      }
    }
    CategoryScore before = report.total;
    ScoreRecord(r.expected, produced, &report.categories[r.category]);
    ScoreRecord(r.expected, produced, &report.total);
    if (report.total.exact == before.exact) {
      std::string line = r.id + ": expected";
      for (const auto& c : r.expected) line += " " + c.source + "/" + c.target + "/" + c.code;
      if (r.expected.empty()) line += " none";
      line += "; produced";
      for (const auto& c : produced) line += " " + c.source + "/" + c.target + "/" + c.code;
      if (produced.empty()) line += " none";
      report.details.push_back(line);
    }
  }
  return report;
}

std::string FormatReport(const PetrarchReport& report) {
  std::string out;
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-10s %7s %7s %7s %7s %7s %7s %7s\n", "category", "records", "correct",
                "uncoded", "extra", "TP%", "FP%", "exact%");
  out += buf;
  auto line = [&](const std::string& name, const CategoryScore& s) {
    double tp = s.correct + s.uncoded ? 100.0 * s.correct / (s.correct + s.uncoded) : 0;
    double fp = s.records ? 100.0 * s.extra / s.records : 0;
    double ex = s.records ? 100.0 * s.exact / s.records : 0;
    std::snprintf(buf, sizeof buf, "%-10s %7d %7d %7d %7d %7.2f %7.2f %7.2f\n", name.c_str(), s.records,
                  s.correct, s.uncoded, s.extra, tp, fp, ex);
    out += buf;
  };
  for (const auto& [name, s] : report.categories) line(name, s);
  line("TOTAL", report.total);
  return out;
}

}  // namespace dateline::eval
