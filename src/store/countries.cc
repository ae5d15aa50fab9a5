#include "store/countries.h"

namespace dateline::store {
namespace {

// ISO 3166-1 alpha-3, numeric, English short name (as ACLED spells it).
constexpr CountryInfo kCountries[] = {
    {"AFG", 4, "Afghanistan"},   {"AGO", 24, "Angola"},          {"ARM", 51, "Armenia"},
    {"AZE", 31, "Azerbaijan"},   {"BDI", 108, "Burundi"},        {"BEN", 204, "Benin"},
    {"BFA", 854, "Burkina Faso"}, {"BGD", 50, "Bangladesh"},     {"BLR", 112, "Belarus"},
    {"BRA", 76, "Brazil"},       {"CAF", 140, "Central African Republic"},
    {"CHN", 156, "China"},       {"CIV", 384, "Ivory Coast"},    {"CMR", 120, "Cameroon"},
    {"COD", 180, "Democratic Republic of Congo"},                {"COG", 178, "Republic of Congo"},
    {"COL", 170, "Colombia"},    {"DZA", 12, "Algeria"},         {"EGY", 818, "Egypt"},
    {"ERI", 232, "Eritrea"},     {"ETH", 231, "Ethiopia"},       {"FRA", 250, "France"},
    {"GBR", 826, "United Kingdom"}, {"GHA", 288, "Ghana"},       {"GIN", 324, "Guinea"},
    {"GMB", 270, "Gambia"},      {"GNB", 624, "Guinea-Bissau"},  {"HTI", 332, "Haiti"},
    {"IND", 356, "India"},       {"IDN", 360, "Indonesia"},      {"IRN", 364, "Iran"},
    {"IRQ", 368, "Iraq"},        {"ISR", 376, "Israel"},         {"JOR", 400, "Jordan"},
    {"KEN", 404, "Kenya"},       {"LBN", 422, "Lebanon"},        {"LBR", 430, "Liberia"},
    {"LBY", 434, "Libya"},       {"MAR", 504, "Morocco"},        {"MDG", 450, "Madagascar"},
    {"MEX", 484, "Mexico"},      {"MLI", 466, "Mali"},           {"MMR", 104, "Myanmar"},
    {"MOZ", 508, "Mozambique"},  {"MRT", 478, "Mauritania"},     {"MWI", 454, "Malawi"},
    {"NER", 562, "Niger"},       {"NGA", 566, "Nigeria"},        {"PAK", 586, "Pakistan"},
    {"PHL", 608, "Philippines"}, {"PSE", 275, "Palestine"},      {"RUS", 643, "Russia"},
    {"RWA", 646, "Rwanda"},      {"SAU", 682, "Saudi Arabia"},   {"SDN", 729, "Sudan"},
    {"SEN", 686, "Senegal"},     {"SLE", 694, "Sierra Leone"},   {"SOM", 706, "Somalia"},
    {"SSD", 728, "South Sudan"}, {"SYR", 760, "Syria"},          {"TCD", 148, "Chad"},
    {"TGO", 768, "Togo"},        {"THA", 764, "Thailand"},       {"TUN", 788, "Tunisia"},
    {"TUR", 792, "Turkey"},      {"TZA", 834, "Tanzania"},       {"UGA", 800, "Uganda"},
    {"UKR", 804, "Ukraine"},     {"USA", 840, "United States"},  {"VEN", 862, "Venezuela"},
    {"YEM", 887, "Yemen"},       {"ZAF", 710, "South Africa"},   {"ZMB", 894, "Zambia"},
    {"ZWE", 716, "Zimbabwe"},
};

}  // namespace

const CountryInfo* FindCountry(std::string_view iso3) {
  for (const CountryInfo& c : kCountries) {
    if (iso3 == c.iso3) return &c;
  }
  return nullptr;
}

}  // namespace dateline::store
