// CAMEO code tables (data/cameo/cameo.tsv, data/cameo/acled.tsv): for each code its name, quad
// class, Goldstein value and PLOVER type/mode/context, and the rules that give its ACLED disorder
// type, event type and sub-event type from the actors' ACLED inter codes.
#ifndef DATELINE_CODING_CAMEO_TABLES_H_
#define DATELINE_CODING_CAMEO_TABLES_H_

#include <string>
#include <string_view>
#include <vector>

#include "dateline/status.h"
#include "syntax/word_lexicon.h"

namespace dateline::coding {

struct CameoInfo {
  std::string code, name;
  int quad_class = 0;
  double goldstein = 0;
  std::string plover_type, plover_mode;
  std::vector<std::string> plover_context;
};

struct AcledType {
  std::string disorder_type, event_type, sub_event_type;
};

class CameoTables {
 public:
  // Reads cameo.tsv and acled.tsv from dir (data/cameo).
  Status LoadDirectory(const std::string& dir);
  Status LoadCameo(std::string_view text, const std::string& origin);
  Status LoadAcled(std::string_view text, const std::string& origin);

  // The code's entry, or its nearest ancestor's (0874 -> 087 -> 08); null when unknown.
  const CameoInfo* Find(std::string_view code) const;
  // The ACLED type for a code and the inter codes of its sources and targets (0 = none); empty
  // event_type when ACLED would not record the event.
  AcledType Acled(std::string_view code, const std::vector<int>& source_inters,
                  const std::vector<int>& target_inters) const;

 private:
  struct AcledRule {
    std::string prefix;
    char side = 0;          // 0 any, 's' sources, 't' targets
    std::vector<int> inters;
    AcledType type;
  };
  syntax::StringMap<CameoInfo> codes_;
  std::vector<AcledRule> acled_;
};

}  // namespace dateline::coding

#endif  // DATELINE_CODING_CAMEO_TABLES_H_
