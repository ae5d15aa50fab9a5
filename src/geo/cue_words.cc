// Cue word lists; see cue_words.h. Sorted arrays searched with binary search: small, immutable,
// no static initialisation order issues.
#include "geo/cue_words.h"

#include <algorithm>
#include <array>

namespace dateline::geo {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& sorted, std::string_view w) {
  return std::binary_search(sorted.begin(), sorted.end(), w);
}

template <size_t N>
constexpr bool IsSorted(const std::array<std::string_view, N>& a) {
  for (size_t i = 1; i < N; ++i)
    if (!(a[i - 1] < a[i])) return false;
  return true;
}

constexpr auto kLocative = std::to_array<std::string_view>({
    "across", "around", "at", "from", "in", "inside", "into", "near", "nearby", "of", "outside",
    "through", "throughout", "to", "toward", "towards", "via", "visit", "visited", "visiting",
    "within"});
constexpr auto kNear = std::to_array<std::string_view>({
    "around", "close", "near", "nearby", "outside", "outskirts", "surrounding"});
constexpr auto kDirection = std::to_array<std::string_view>({
    "central", "east", "eastern", "north", "north-east", "north-west", "northeast", "northeastern",
    "northern", "northwest", "northwestern", "south", "south-east", "south-west", "southeast",
    "southeastern", "southern", "southwest", "southwestern", "west"});
constexpr auto kPopulated = std::to_array<std::string_view>({
    "capital", "cities", "city", "commune", "hamlet", "locality", "municipality", "settlement",
    "town", "towns", "village", "villages"});
constexpr auto kAdmin = std::to_array<std::string_view>({
    "cercle", "circle", "counties", "county", "department", "district", "districts", "governorate",
    "oblast", "parish", "prefecture", "province", "provinces", "region", "regions", "state",
    "states", "territory", "wilaya"});
constexpr auto kTitles = std::to_array<std::string_view>({
    "adm", "archbishop", "bishop", "brig", "capt", "cardinal", "chairman", "col", "commissioner",
    "cpl", "dr", "father", "gen", "gov", "governor", "judge", "justice", "king", "lt", "maj",
    "mayor", "minister", "miss", "mr", "mrs", "ms", "pastor", "pope", "pres", "president",
    "prince", "prof", "queen", "rep", "rev", "sen", "senator", "sgt", "sheikh", "sir"});
constexpr auto kOrg = std::to_array<std::string_view>({
    "academy", "airlines", "airport", "area", "arts", "association", "authority", "bank", "bar",
    "board", "bridge", "bulletin", "camp", "center", "centre", "chamber", "chronicle", "church",
    "club", "college", "commission", "committee", "community", "company", "corp", "corporation",
    "council", "court", "daily", "department", "dept", "district", "elementary", "federal",
    "fire", "foundation", "gazette", "group", "herald", "high", "hospital", "hotel", "inc",
    "institute", "journal", "league", "library", "life", "mall", "medical", "memorial", "middle",
    "museum", "news", "observer", "office", "park", "police", "post", "press", "public", "record",
    "regional", "school", "sheriff", "society", "star", "street", "sun", "times", "tribune",
    "university", "zoo"});
constexpr auto kStop = std::to_array<std::string_view>({
    "a", "about", "after", "airport", "all", "also", "an", "and", "any", "april", "are", "area",
    "art", "arts", "as", "august", "avenue", "back", "bay", "be", "beach", "because", "before",
    "best", "between", "big", "bishop", "black", "blue", "board", "both", "bridge", "brown",
    "but", "by", "camp", "can", "captain", "center", "central", "centre", "change", "christmas",
    "church", "city", "club", "colonel", "commerce", "congress", "could", "council", "county",
    "court", "cup", "day", "december", "democrat", "democrats", "do", "drive", "during", "each",
    "east", "easter", "eastern", "education", "energy", "english", "even", "every", "faith",
    "february", "federal", "first", "for", "friday", "from", "games", "general", "global", "gold",
    "good", "government", "grace", "great", "green", "had", "hall", "halloween", "has", "have",
    "he", "health", "her", "here", "hill", "his", "home", "hope", "hospital", "house", "how", "i",
    "if", "in", "independence", "is", "island", "it", "its", "january", "joy", "july", "june",
    "just", "justice", "labor", "labour", "lake", "lane", "last", "league", "liberty", "library",
    "lieutenant", "lives", "local", "major", "mall", "many", "march", "market", "may", "memorial",
    "mission", "monday", "moon", "more", "most", "mountain", "museum", "national", "new", "news",
    "no", "north", "not", "november", "now", "october", "of", "office", "on", "one", "only", "or",
    "other", "our", "over", "page", "park", "pastor", "people", "plaza", "police", "post",
    "power", "premier", "prime", "public", "red", "regional", "republic", "republican",
    "republicans", "river", "road", "rose", "royal", "royalty", "saint", "saturday", "school",
    "senate", "september", "sergeant", "series", "she", "silver", "so", "some", "south", "square",
    "star", "state", "station", "still", "street", "sun", "sunday", "team", "thanksgiving",
    "that", "the", "their", "then", "there", "these", "they", "this", "thursday", "to", "today",
    "tower", "tuesday", "two", "union", "united", "university", "up", "valley", "veterans",
    "victory", "village", "water", "way", "we", "wednesday", "west", "what", "when", "where",
    "which", "while", "white", "who", "will", "with", "world", "you"});
constexpr auto kConnectors = std::to_array<std::string_view>({
    "al", "an", "and", "d", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos",
    "du", "el", "en", "la", "le", "of", "on", "upon"});

constexpr auto kArea = std::to_array<std::string_view>({
    "area", "environs", "localities", "outskirts", "surroundings", "vicinity"});
constexpr auto kBorder = std::to_array<std::string_view>({"border", "borders", "frontier"});

static_assert(IsSorted(kArea) && IsSorted(kBorder));
static_assert(IsSorted(kLocative) && IsSorted(kNear) && IsSorted(kDirection) &&
              IsSorted(kPopulated) && IsSorted(kAdmin) && IsSorted(kTitles) && IsSorted(kOrg) &&
              IsSorted(kStop) && IsSorted(kConnectors));

std::string_view StripPeriod(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

}  // namespace

bool IsLocativePreposition(std::string_view w) { return In(kLocative, w); }
bool IsNearWord(std::string_view w) { return In(kNear, w); }
bool IsDirectionWord(std::string_view w) { return In(kDirection, w); }
bool IsPopulatedPlaceWord(std::string_view w) { return In(kPopulated, w); }
bool IsAdminWord(std::string_view w) { return In(kAdmin, w); }
bool IsPersonTitle(std::string_view w) { return In(kTitles, StripPeriod(w)); }
bool IsOrgContinuation(std::string_view w) { return In(kOrg, StripPeriod(w)); }
bool IsStopWord(std::string_view w) { return In(kStop, w); }
bool IsNameConnector(std::string_view w) { return In(kConnectors, w); }
bool IsAreaWord(std::string_view w) { return In(kArea, w); }
bool IsBorderWord(std::string_view w) { return In(kBorder, w); }

}  // namespace dateline::geo
