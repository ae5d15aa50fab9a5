// TimeML reading is a single forward scan: tags are copied out of the text as they are met,
// entity references are decoded, and each <TIMEX3 ...> opens a span closed by the next
// </TIMEX3> (TIMEX3 elements do not nest in TimeML). Attributes are read with a small scanner
// for name="value" pairs; nothing more of XML is needed for these corpora.
#include "eval/timeml_eval.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/sentences.h"
#include "time/temporal_tagger.h"

namespace dateline::eval {
namespace {

std::string Attribute(std::string_view tag, std::string_view name) {
  size_t p = 0;
  while ((p = tag.find(name, p)) != std::string_view::npos) {
    size_t eq = p + name.size();
    bool boundary = p > 0 && (tag[p - 1] == ' ' || tag[p - 1] == '\t' || tag[p - 1] == '\n');
    if (boundary && eq + 1 < tag.size() && tag[eq] == '=' && (tag[eq + 1] == '"' || tag[eq + 1] == '\'')) {
      char q = tag[eq + 1];
      size_t end = tag.find(q, eq + 2);
      if (end == std::string_view::npos) return "";
      return std::string(tag.substr(eq + 2, end - eq - 2));
    }
    p = eq;
  }
  return "";
}

// Appends the decoded form of an entity starting at s[i] ('&'); returns its length.
size_t DecodeEntity(std::string_view s, size_t i, std::string* out) {
  static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (const auto& [name, value] : kEntities) {
    if (s.substr(i, name.size()) == name) {
      *out += value;
      return name.size();
    }
  }
  out->push_back('&');
  return 1;
}

bool Overlaps(Span a, Span b) { return a.start < b.end && b.start < a.end; }

}  // namespace

StatusOr<TimemlDocument> ParseTimeml(std::string_view xml) {
  TimemlDocument doc;
  // Document creation time: the TIMEX3 marked CREATION_TIME, wherever it sits.
  for (size_t p = 0; (p = xml.find("<TIMEX3", p)) != std::string_view::npos; ++p) {
    size_t end = xml.find('>', p);
    if (end == std::string_view::npos) break;
    std::string_view tag = xml.substr(p, end - p);
    if (Attribute(tag, "functionInDocument") == "CREATION_TIME") {
      doc.dct = Attribute(tag, "value").substr(0, 10);
      break;
    }
  }
  size_t docid = xml.find("<DOCID>");
  if (docid != std::string_view::npos) {
    size_t e = xml.find("</DOCID>", docid);
    if (e != std::string_view::npos) doc.id = std::string(xml.substr(docid + 7, e - docid - 7));
  }
  size_t begin = xml.find("<TEXT>");
  size_t end = xml.rfind("</TEXT>");
  if (begin == std::string_view::npos || end == std::string_view::npos || end < begin)
    return Status::InvalidArgument("no <TEXT> element");
  std::string_view body = xml.substr(begin + 6, end - begin - 6);
  GoldTimex open;
  bool in_timex = false;
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c == '<') {
      size_t close = body.find('>', i);
      if (close == std::string_view::npos) return Status::InvalidArgument("unterminated tag");
      std::string_view tag = body.substr(i, close - i + 1);
      if (tag.substr(0, 7) == "<TIMEX3") {
        if (in_timex) return Status::InvalidArgument("nested TIMEX3");
        open = GoldTimex();
        open.span.start = static_cast<uint32_t>(doc.text.size());
        open.type = Attribute(tag, "type");
        open.value = Attribute(tag, "value");
        in_timex = true;
      } else if (tag.substr(0, 9) == "</TIMEX3>") {
        if (!in_timex) return Status::InvalidArgument("unbalanced </TIMEX3>");
        open.span.end = static_cast<uint32_t>(doc.text.size());
        // Trim spaces the annotators left inside the element.
        while (open.span.start < open.span.end && doc.text[open.span.start] == ' ') ++open.span.start;
        while (open.span.end > open.span.start && doc.text[open.span.end - 1] == ' ') --open.span.end;
        doc.timexes.push_back(open);
        in_timex = false;
      }
      i = close + 1;
    } else if (c == '&') {
      i += DecodeEntity(body, i, &doc.text);
    } else {
      doc.text.push_back(c);
      ++i;
    }
  }
  if (in_timex) return Status::InvalidArgument("unterminated TIMEX3");
  return doc;
}

void ScoreTimemlDocument(const TimemlDocument& gold, TimemlScores* scores) {
  Document doc;
  doc.article.text = gold.text;
  if (!gold.dct.empty()) doc.published = gold.dct;
  doc.body = {0, static_cast<uint32_t>(doc.article.text.size())};
  SplitSentences(doc, doc.body);
  time::TagTimes(doc);
  ++scores->documents;
  auto date_or_time = [](std::string_view type) { return type == "DATE" || type == "TIME"; };
  std::vector<const TimeMention*> sys;
  for (const auto& t : doc.times)
    if (date_or_time(t.type)) sys.push_back(&t);
  scores->system += static_cast<int>(sys.size());
  for (const auto& g : gold.timexes) {
    if (!date_or_time(g.type)) continue;
    ++scores->gold;
    const TimeMention* any = nullptr;
    bool matched = false;
    for (const auto& t : doc.times) {
      if (!Overlaps(t.span, g.span)) continue;
      if (!any || t.value == g.value) any = &t;
      if (date_or_time(t.type)) matched = true;
    }
    std::string gold_text = gold.text.substr(g.span.start, g.span.size());
    if (matched) ++scores->gold_matched;
    if (!any) {
      scores->mistakes.push_back(gold.id + "\tmissed\t" + gold_text + "\t" + g.value + "\t");
      continue;
    }
    ++scores->overlapped;
    if (any->value == g.value) {
      ++scores->value_correct;
    } else {
      scores->mistakes.push_back(gold.id + "\tvalue\t" + gold_text + " | " +
                                 std::string(doc.raw(any->span)) + "\t" + g.value + "\t" +
                                 any->value + "\t" + gold.dct);
    }
  }
  for (const TimeMention* t : sys) {
    bool hit = false;
    for (const auto& g : gold.timexes)
      if (date_or_time(g.type) && Overlaps(t->span, g.span)) hit = true;
    if (hit) {
      ++scores->system_matched;
    } else {
      scores->mistakes.push_back(gold.id + "\tspurious\t" + std::string(doc.raw(t->span)) +
                                 "\t\t" + t->value);
    }
  }
}

namespace {
double Ratio(int a, int b) { return b ? static_cast<double>(a) / b : 0.0; }
double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }
}  // namespace

double TimemlScores::RecognitionPrecision() const { return Ratio(system_matched, system); }
double TimemlScores::RecognitionRecall() const { return Ratio(gold_matched, gold); }
double TimemlScores::RecognitionF1() const {
  return F1(RecognitionPrecision(), RecognitionRecall());
}
double TimemlScores::ValueAccuracy() const { return Ratio(value_correct, overlapped); }
double TimemlScores::ValuePrecision() const { return Ratio(value_correct, system); }
double TimemlScores::ValueRecall() const { return Ratio(value_correct, gold); }
double TimemlScores::ValueF1() const { return F1(ValuePrecision(), ValueRecall()); }

StatusOr<TimemlScores> EvaluateTimemlDir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound("not a directory: " + dir);
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".tml") files.push_back(it->path());
  }
  if (ec) return Status::IoError(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  TimemlScores scores;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    if (!in && !in.eof()) {
      scores.errors.push_back(f + ": cannot read");
      continue;
    }
    auto parsed = ParseTimeml(ss.str());
    if (!parsed.ok()) {
      scores.errors.push_back(f + ": " + parsed.status().ToString());
      continue;
    }
    if (parsed->id.empty()) parsed->id = fs::path(f).filename();
    ScoreTimemlDocument(*parsed, &scores);
  }
  return scores;
}

}  // namespace dateline::eval
