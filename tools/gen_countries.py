#!/usr/bin/env python3
"""Generate data/actors/countries.txt (record format: docs/dictionaries.md).

Source of the base facts (ISO codes, common/official names, alternative spellings,
English demonyms, capitals, subregions): the npm package `world-countries`
(third_party/node_modules/world-countries/countries.json, ODbL).  Everything in
the CURATION tables below is hand-written for Dateline: common short names and
abbreviations used by news agencies, plural demonyms, government metonyms,
UN M49 region fixes and the removal of ambiguous aliases.

Usage:  python3 tools/gen_countries.py [PATH_TO_countries.json] > data/actors/countries.txt
The script refuses to write a file with duplicate ISO codes, names, aliases or
demonyms across countries (an alias may only ever point to one country).
Standard library only.
"""
import json
import os
import sys
import unicodedata

DEFAULT_SRC = os.path.join(os.path.dirname(__file__), "..", "..", "main", "third_party",
                           "node_modules", "world-countries", "countries.json")

# world-countries uses the private code UNK for Kosovo; the de-facto standard
# user-assigned code (EU, ACLED, IMF...) is XKX / XK.  CAMEO-based coders use KSV.
ISO3_FIX = {"UNK": ("XKX", "XK")}
CAMEO_DIFF = {"XKX": "KSV"}

# UN M49 sub-regions where world-countries uses a different grouping.
REGION_FIX = {
    "ALB": "Southern Europe", "BIH": "Southern Europe", "HRV": "Southern Europe",
    "UNK": "Southern Europe", "MKD": "Southern Europe", "MNE": "Southern Europe",
    "SRB": "Southern Europe", "SVN": "Southern Europe", "BGR": "Eastern Europe",
    "ROU": "Eastern Europe", "CZE": "Eastern Europe", "HUN": "Eastern Europe",
    "POL": "Eastern Europe", "SVK": "Eastern Europe", "AUT": "Western Europe",
    "MEX": "Central America", "BMU": "Northern America", "CAN": "Northern America",
    "GRL": "Northern America", "SPM": "Northern America", "USA": "Northern America",
    "UMI": "Micronesia", "SSD": "Eastern Africa", "ATA": "Antarctica",
    "ATF": "Eastern Africa", "BVT": "South America", "HMD": "Australia and New Zealand",
    "SGS": "South America",
}

# Common English short name when it differs from world-countries' `common`.
NAME_FIX = {
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CIV": "Ivory Coast",
    "TUR": "Turkey",
    "CZE": "Czech Republic",
    "UNK": "Kosovo",
}

# Aliases that must never be emitted (ambiguous, or not a name of the country).
BAD_ALIAS = {
    "COG": {"Congo"},             # bare "Congo" is given to COD (see EXTRA_ALIAS)
    "DMA": {"Dominique"},
    "LAO": {"Lao"},               # the people/language
    "GBR": {"Great Britain"},     # re-added below on purpose? no: kept via EXTRA
    "IRL": {"Éire"},
    "ISL": {"Island"},            # folded native name; collides with the English word
    "IMN": {"Mann"},
    "THA": {"Thai"},
    "TLS": {"Timor"},
    "GUF": {"Guiana"},
    "FJI": {"Viti"},
    "VAT": {"Holy See (Vatican City State)"},
}
BAD_ALIAS["GBR"] = set()

# Extra aliases (abbreviations, short forms, former names still in use).
# Bare "Congo" is ambiguous; like "Congolese" it is given to COD, which it means in the vast
# majority of conflict reports ("eastern Congo"); Congo-Brazzaville has its own forms.
EXTRA_ALIAS = {
    "USA": ["U.S.", "U.S.A.", "US", "USA", "America", "United States of America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "COD": ["Congo", "DRC", "DR Congo", "D.R. Congo", "DRCongo", "Congo-Kinshasa", "Congo Kinshasa",
            "Democratic Republic of Congo", "RDC", "République démocratique du Congo", "Zaire"],
    "COG": ["Congo-Brazzaville", "Congo Brazzaville", "Republic of Congo", "Congo Republic"],
    "CIV": ["Cote d'Ivoire", "Côte d'Ivoire", "Ivory Coast"],
    "MMR": ["Burma"],
    "RUS": ["Russian Federation"],
    "KOR": ["Republic of Korea", "ROK", "S. Korea"],
    "PRK": ["DPRK", "N. Korea"],
    "ARE": ["UAE", "U.A.E.", "the Emirates", "Emirates"],
    "CAF": ["CAR", "Centrafrique", "République centrafricaine"],
    "BFA": ["Burkina", "Upper Volta"],
    "GNB": ["Guinea Bissau"],
    "GNQ": ["Equatorial Guinea"],
    "GIN": ["Guinea-Conakry", "Guinea Conakry", "Guinée"],
    "SSD": ["Republic of South Sudan"],
    "PSE": ["Palestinian territories", "Palestinian Territories", "occupied Palestinian territory",
            "Occupied Palestinian Territories", "State of Palestine"],
    "TUR": ["Türkiye", "Turkiye", "Republic of Turkey"],
    "CZE": ["Czechia"],
    "SWZ": ["Swaziland"],
    "MKD": ["North Macedonia", "Macedonia", "FYROM"],
    "CPV": ["Cabo Verde"],
    "TLS": ["East Timor", "Timor Leste"],
    "VAT": ["Holy See", "Vatican"],
    "SYR": ["Syrian Arab Republic"],
    "IRN": ["Persia"],
    "LKA": ["Ceylon"],
    "NLD": ["Holland", "the Netherlands"],
    "XKX": ["Republic of Kosovo"],
    "MRT": ["Mauritanie"],
    "DZA": ["Algérie"],
    "MAR": ["Maroc"],
    "TCD": ["Tchad"],
    "CMR": ["Cameroun"],
    "SEN": ["Sénégal"],
    "BEN": ["Bénin"],
    "ESH": ["Western Sahara", "Sahrawi Arab Democratic Republic", "SADR"],
    "TWN": ["Republic of China", "Chinese Taipei"],
    "CHN": ["People's Republic of China", "PRC", "mainland China"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"],
    "LBY": ["State of Libya"],
    "STP": ["Sao Tome and Principe", "São Tomé"],
    "FSM": ["Micronesia"],
    "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "LCA": ["St Lucia", "St. Lucia"],
    "VCT": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
}

# Demonyms: "singular adjective/noun | plural noun | further forms".  Replaces the
# generated value for these countries.  Ambiguity notes:
#  * "Congolese" is used for both Congos; it is given to COD only (far more frequent
#    in conflict reporting) -- COG gets the unambiguous "Congolese (Brazzaville)" forms.
#  * "Dominican" is given to DOM; DMA gets "Dominican (Dominica)" style forms only.
#  * "Guinean" stays with GIN; GNB/GNQ use their own compound forms.
#  * "Nigerien" (NER) and "Nigerian" (NGA) are different words; never mix them.
DEMONYM = {
    "USA": "American | Americans",
    "GBR": "British | Briton | Britons | Brit | Brits",
    "FRA": "French | Frenchman | Frenchmen | Frenchwoman",
    "DEU": "German | Germans",
    "NLD": "Dutch | Dutchman | Dutchmen",
    "ESP": "Spanish | Spaniard | Spaniards",
    "TUR": "Turkish | Turk | Turks",
    "POL": "Polish | Pole | Poles",
    "DNK": "Danish | Dane | Danes",
    "SWE": "Swedish | Swede | Swedes",
    "FIN": "Finnish | Finn | Finns",
    "IRL": "Irish | Irishman | Irishmen",
    "CHE": "Swiss",
    "CZE": "Czech | Czechs",
    "SVK": "Slovak | Slovaks | Slovakian | Slovakians",
    "COD": "Congolese",  # note: ambiguous in texts, preferred for DRC
    "COG": "Congolese (Brazzaville) | Brazzaville Congolese",
    "DMA": "Dominican (Dominica) | Dominicans (Dominica)",
    "DOM": "Dominican | Dominicans",
    "GNB": "Bissau-Guinean | Bissau-Guineans | Guinea-Bissauan",
    "GNQ": "Equatorial Guinean | Equatorial Guineans | Equatoguinean | Equatoguineans",
    "GIN": "Guinean | Guineans",
    "NER": "Nigerien | Nigeriens",
    "NGA": "Nigerian | Nigerians",
    "SAU": "Saudi | Saudis | Saudi Arabian | Saudi Arabians",
    "ARE": "Emirati | Emiratis",
    "MMR": "Burmese",
    "PHL": "Filipino | Filipinos | Filipina | Filipinas | Philippine",
    "NZL": "New Zealander | New Zealanders | Kiwi | Kiwis",
    "CIV": "Ivorian | Ivorians",
    "BFA": "Burkinabe | Burkinabè | Burkinabes",
    "CAF": "Central African | Central Africans",
    "SSD": "South Sudanese",
    "SDN": "Sudanese",
    "XKX": "Kosovar | Kosovars | Kosovan | Kosovans",
    "PSE": "Palestinian | Palestinians",
    "ISR": "Israeli | Israelis",
    "IRQ": "Iraqi | Iraqis",
    "YEM": "Yemeni | Yemenis",
    "AFG": "Afghan | Afghans",
    "PAK": "Pakistani | Pakistanis",
    "BGD": "Bangladeshi | Bangladeshis",
    "SOM": "Somali | Somalis | Somalian | Somalians",
    "THA": "Thai | Thais",
    "KOR": "South Korean | South Koreans",
    "PRK": "North Korean | North Koreans",
    "GRC": "Greek | Greeks",
    "CYP": "Cypriot | Cypriots",
    "MDG": "Malagasy",
    "MUS": "Mauritian | Mauritians",
    "MRT": "Mauritanian | Mauritanians",
    "LUX": "Luxembourgish | Luxembourger | Luxembourgers",
    "ISL": "Icelandic | Icelander | Icelanders",
    "BEL": "Belgian | Belgians",
    "LAO": "Laotian | Laotians",
    "CPV": "Cape Verdean | Cape Verdeans | Cabo Verdean",
    "UMI": "",  # "American Islander" would be a bad match for "American"
    "ESH": "Sahrawi | Sahrawis | Saharawi | Saharawis",
    "BIH": "Bosnian | Bosnians | Bosnian-Herzegovinian",
    "MKD": "Macedonian | Macedonians | North Macedonian | North Macedonians",
    "TLS": "Timorese | East Timorese",
    "SWZ": "Swazi | Swazis | Emaswati",
    "LSO": "Basotho | Mosotho",
    "BWA": "Motswana | Batswana | Botswanan",
    "GGY": "Guernseyman | Guernseywoman | Guernsey islander",
    "JEY": "Jerseyman | Jerseywoman | Jersey islander",
    "VGB": "British Virgin Islander | British Virgin Islanders",
    "VIR": "US Virgin Islander | US Virgin Islanders",
    "HMD": "", "BVT": "", "ATA": "", "SGS": "", "ATF": "", "IOT": "",
    "BES": "", "SJM": "", "PCN": "Pitcairn Islander | Pitcairn Islanders",
    "CCK": "Cocos Islander | Cocos Islanders", "CXR": "Christmas Islander | Christmas Islanders",
    "FLK": "Falkland Islander | Falkland Islanders",
    "MNP": "Northern Mariana Islander | Northern Mariana Islanders",
    "DJI": "Djiboutian | Djiboutians",
    "ATG": "Antiguan | Antiguans | Barbudan | Barbudans",
    "KNA": "Kittitian | Kittitians | Nevisian | Nevisians",
    "SPM": "Saint-Pierrais | Miquelonnais",
    "GIB": "Gibraltarian | Gibraltarians",
    "ARG": "Argentine | Argentines | Argentinian | Argentinians",
    "KGZ": "Kyrgyz | Kyrgyzstani | Kyrgyzstanis",
    "TJK": "Tajik | Tajiks | Tajikistani | Tajikistanis",
    "KAZ": "Kazakh | Kazakhs | Kazakhstani | Kazakhstanis",
    "UZB": "Uzbek | Uzbeks | Uzbekistani | Uzbekistanis",
    "TKM": "Turkmen | Turkmens",
    "ECU": "Ecuadorian | Ecuadorians | Ecuadorean | Ecuadoreans",
    "MDV": "Maldivian | Maldivians",
    "HRV": "Croatian | Croatians | Croat | Croats",
    "SRB": "Serbian | Serbians | Serb | Serbs",
    "SVN": "Slovenian | Slovenians | Slovene | Slovenes",
    "MNE": "Montenegrin | Montenegrins",
    "VAT": "",
    "COM": "Comorian | Comorians | Comoran | Comorans",
    "SUR": "Surinamese | Surinamer | Surinamers",
    "NPL": "Nepali | Nepalis | Nepalese",
    "AZE": "Azerbaijani | Azerbaijanis | Azeri | Azeris",
    "GRL": "Greenlander | Greenlanders | Greenlandic",
    "BLR": "Belarusian | Belarusians",
    "KEN": "Kenyan | Kenyans",
    "LBN": "Lebanese",
}

# Capitals (when the government sits elsewhere or spellings vary).
CAPITAL = {
    "USA": "Washington | Washington, D.C. | Washington D.C. | Washington DC",
    "CIV": "Yamoussoukro | Abidjan",  # Abidjan: seat of most institutions
    "BOL": "Sucre | La Paz",
    "MMR": "Naypyidaw | Nay Pyi Taw | Naypyitaw",
    "ZAF": "Pretoria | Cape Town | Bloemfontein",
    "NLD": "Amsterdam",
    "BEN": "Porto-Novo | Cotonou",
    "ISR": "Jerusalem",
    "PSE": "Ramallah",
    "XKX": "Pristina | Prishtina",
    "UKR": "Kyiv | Kiev",
    "MLI": "Bamako",
    "SSD": "Juba",
    "GNB": "Bissau",
    "KOR": "Seoul",
    "MAC": "",
    "UMI": "",
    "BES": "Kralendijk",
    # Laayoune is administered by Morocco; it does not stand for a Sahrawi government.
    "ESH": "",
}

# Government metonyms (the capital already stands for the government).
METONYM = {
    "USA": "the White House | White House | Foggy Bottom | Oval Office",
    "RUS": "the Kremlin | Kremlin",
    "GBR": "Downing Street | Number 10 | No 10 | No. 10 | Whitehall",
    "FRA": "the Elysee | Elysee | Élysée | Elysee Palace | Élysée Palace | Quai d'Orsay | Matignon",
    "MLI": "Koulouba | Koulouba Palace",
    "DEU": "the Chancellery | Kanzleramt",
    "CHN": "Zhongnanhai",
    "KOR": "Blue House | Cheong Wa Dae",
    "UKR": "Bankova",
    "IND": "South Block | Raisina Hill",
    "BRA": "Planalto | Palácio do Planalto | Itamaraty",
    "ARG": "Casa Rosada",
    "MEX": "Los Pinos | Palacio Nacional",
    "VEN": "Miraflores | Miraflores Palace",
    "COL": "Casa de Nariño | Casa de Narino",
    "PHL": "Malacañang | Malacanang | Malacañang Palace",
    "NGA": "Aso Rock | Aso Villa",
    "BFA": "Kosyam | Kosyam Palace",
    "ITA": "Palazzo Chigi | the Quirinale",
    "ESP": "La Moncloa | Moncloa",
    "GHA": "Jubilee House",
    "JPN": "the Kantei",
    "SRB": "",
}


def latin(s):
    for ch in s:
        if ch.isalpha():
            try:
                if "LATIN" not in unicodedata.name(ch):
                    return False
            except ValueError:
                return False
    return True


def split(v):
    return [x.strip() for x in v.split("|") if x.strip()]


def plural(d):
    if d.endswith(("ese", "ss", "sh", "ch", "i (", "x")):
        return None
    if d.endswith(("an", "i", "er", "ot", "ite", "ene", "ek", "ab", "ai", "ean", "ian", "on")):
        return d + "s"
    return None


def uniq(seq):
    out, seen = [], set()
    for x in seq:
        k = x.casefold()
        if x and k not in seen:
            seen.add(k)
            out.append(x)
    return out


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SRC
    data = json.load(open(src, encoding="utf-8"))
    recs = []
    for c in data:
        raw3 = c["cca3"]
        iso3, iso2 = ISO3_FIX.get(raw3, (raw3, c["cca2"]))
        name = NAME_FIX.get(raw3, c["name"]["common"])
        bad = BAD_ALIAS.get(raw3, set())
        aliases = [c["name"]["common"], c["name"]["official"]] + list(c.get("altSpellings", []))
        aliases = [a for a in aliases
                   if len(a) > 2 and latin(a) and ", " not in a and "(" not in a and a not in bad]
        aliases += EXTRA_ALIAS.get(iso3, [])
        aliases = [a for a in uniq(aliases) if a.casefold() != name.casefold()]
        if iso3 in DEMONYM:
            dem = DEMONYM[iso3]
        else:
            e = c.get("demonyms", {}).get("eng", {})
            forms = uniq([e.get("m", ""), e.get("f", "")])
            forms += [p for p in (plural(f) for f in forms) if p]
            dem = " | ".join(uniq(forms))
        cap = CAPITAL.get(iso3, " | ".join(c.get("capital", [])))
        region = REGION_FIX.get(raw3, c.get("subregion") or c.get("region"))
        recs.append(dict(country=iso3, iso2=iso2, name=name, alias=aliases, demonym=dem,
                         capital=cap, metonym=METONYM.get(iso3, ""), region=region,
                         cameo=CAMEO_DIFF.get(iso3, ""), independent=c.get("independent")))
    # --- uniqueness checks -------------------------------------------------
    seen = {}
    errors = []
    for r in recs:
        keys = [("iso3", r["country"]), ("iso2", r["iso2"])]
        keys += [("term", r["name"].casefold())] + [("term", a.casefold()) for a in r["alias"]]
        keys += [("term", d.casefold()) for d in split(r["demonym"])]
        keys += [("term", m.casefold()) for m in split(r["metonym"])]
        for k in set(keys):
            if k in seen:
                errors.append(f"duplicate {k[0]} {k[1]!r}: {seen[k]} and {r['country']}")
            seen[k] = r["country"]
    if errors:
        sys.exit("\n".join(errors))
    recs.sort(key=lambda r: r["country"])
    out = sys.stdout
    out.write("# Countries and territories (ISO 3166-1), format: docs/dictionaries.md\n"
              "# GENERATED by tools/gen_countries.py from world-countries (ODbL) plus the\n"
              "# hand-curated tables in that script.  Edit the script, not this file.\n"
              "# Kosovo uses the user-assigned code XKX (CAMEO: KSV).\n"
              "# Ambiguous names: 'Congo' and 'Congolese' -> COD (not COG); 'Dominican' -> DOM (not DMA).\n"
              "# Names that are also common words or person names (Chad, Jordan, Georgia, Niger the river,\n"
              "# Guinea inside Guinea-Bissau) are kept: disambiguation is the matcher's job.\n\n")
    for r in recs:
        out.write(f"country: {r['country']}\n")
        out.write(f"iso2: {r['iso2']}\n")
        out.write(f"name: {r['name']}\n")
        for a in r["alias"]:
            out.write(f"alias: {a}\n")
        if r["demonym"]:
            out.write(f"demonym: {r['demonym']}\n")
        if r["capital"]:
            out.write(f"capital: {r['capital']}\n")
        if r["metonym"]:
            out.write(f"metonym: {r['metonym']}\n")
        out.write(f"region: {r['region']}\n")
        if r["cameo"]:
            out.write(f"cameo: {r['cameo']}\n")
        out.write("\n")


if __name__ == "__main__":
    main()
