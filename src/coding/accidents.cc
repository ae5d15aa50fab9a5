// See accidents.h.
#include "coding/accidents.h"

#include <string>
#include <string_view>
#include <vector>

namespace dateline::coding {
namespace {

bool SaysAccident(const Document& doc, const Sentence& s) {
  static constexpr std::string_view kWords[] = {"accident", "accidents", "accidental", "accidentally"};
  for (uint32_t t = s.token_begin; t < s.token_end && t < doc.tokens.size(); ++t) {
    std::string_view w = doc.norm(doc.tokens[t]);
    for (std::string_view k : kWords)
      if (w == k) return true;
  }
  return false;
}

}  // namespace

int DropAccidents(Document& doc) {
  std::vector<char> accident(doc.sentences.size(), -1);  // -1 not yet looked at
  std::vector<char> drop(doc.events.size(), 0);
  int dropped = 0;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    if (e.cameo.rfind("18", 0) != 0 || e.sentence >= doc.sentences.size()) continue;
    char& a = accident[e.sentence];
    if (a < 0) a = SaysAccident(doc, doc.sentences[e.sentence]) ? 1 : 0;
    if (a == 1) {
      drop[i] = 1;
      ++dropped;
    }
  }
  if (dropped == 0) return 0;
  std::vector<Event> kept;
  kept.reserve(doc.events.size() - dropped);
  for (size_t i = 0; i < doc.events.size(); ++i) {
    if (drop[i]) continue;
    kept.push_back(std::move(doc.events[i]));
    kept.back().id = doc.article.id + ":" + std::to_string(kept.size());
  }
  doc.events = std::move(kept);
  return dropped;
}

}  // namespace dateline::coding
