// Word lists the toponym recogniser reads around a candidate: locative prepositions ("in Kidal"),
// nearness words ("near", "north of"), feature words before ("the town of X") and after ("X
// region"), titles that mark a person ("Gov. Jackson"), words that continue an organisation or
// facility name ("Alexandria Police"), and a stop list of common English words that are also
// place names ("March", "Of", "Police"). All entries are folded lower case, as token norms are.
#ifndef DATELINE_GEO_CUE_WORDS_H_
#define DATELINE_GEO_CUE_WORDS_H_

#include <string_view>

namespace dateline::geo {

bool IsLocativePreposition(std::string_view norm);  // in, at, near, from, to, outside ...
bool IsNearWord(std::string_view norm);             // near, outside, around, outskirts ...
bool IsDirectionWord(std::string_view norm);        // north, southern, northeast ...
bool IsPopulatedPlaceWord(std::string_view norm);   // town, city, village, capital ...
bool IsAdminWord(std::string_view norm);            // region, province, district, county ...
bool IsPersonTitle(std::string_view norm);          // mr, gov, president, gen ...
bool IsOrgContinuation(std::string_view norm);      // police, university, post, council ...
bool IsStopWord(std::string_view norm);             // common words never read as a place alone
bool IsNameConnector(std::string_view norm);        // of, de, la, al, and ... inside names
bool IsAreaWord(std::string_view norm);             // area, vicinity, outskirts, environs ...
bool IsBorderWord(std::string_view norm);           // border, borders, frontier

}  // namespace dateline::geo

#endif  // DATELINE_GEO_CUE_WORDS_H_
