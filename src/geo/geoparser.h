// Toponym recognition and resolution over a tokenised Document: fills Document::places.
//
// Recognition scans each sentence for the longest run of capitalised tokens (with name
// connectors: "Bosnia and Herzegovina", "Isle of Man") whose canonical key is a gazetteer name,
// then drops runs that are people or organisations (a title before, a capitalised name word
// before, an organisation word after: "Gov. Jackson", "Raquel Henry", "Alexandria Police"; the
// actors layer when present) and common words (a stop list). Country codes count only in upper
// case ("US", "U.S.", "DRC"), US state abbreviations only after "Place,". Demonyms ("Malian") are
// read as country evidence, not emitted as places. Cues around a name are kept: a locative
// preposition ("in/at/from X"), nearness ("near X", "north of X"), a feature word ("the town of
// X" -> a populated place, "X region" -> a division), an admin hierarchy ("Douentza, Mopti",
// "(Alexandria, La.)"), the dateline.
//
// Resolution scores every sense of a name: population and feature priors (countries, capitals
// and first-level divisions first), the cues, and the article's context: votes for countries
// and first-level divisions from --country / Article::country, the actors' countries, demonyms
// and the other names' senses, and the hierarchy links. Following the "one sense per discourse"
// heuristic, a name has one sense per article. The context is re-estimated from the chosen senses
// and the choice repeated (two rounds), so "Alexandria" goes to Louisiana in an article that also
// names Rapides Parish. Precision follows ACLED's geo_precision: 1 a named town, 2 near a town or
// in part of it, 3 a division (its centroid), 4 a country (feature "country"): a country-only
// mention is never given a fake exact point.
//
// The article's countries (the hint, the countries it names, the dateline's) veto far-away minor
// senses in other countries ("Kokang" in a report on Myanmar is not the Indonesian village). A
// name the gazetteer lacks, or whose senses were all vetoed, is kept as an unresolved toponym when
// a strong cue marks it ("the village of Kewa", "near X", "in Kewa, circle of Djenne", "X, 25 km
// from Y"): feature "unresolved", geonameid 0, placed at the finest known unit named with it (a
// town: precision 2; a division: 3; the country: 4), the way ACLED codes unknown villages. Country
// adjectives and the far side of a border are marked PlaceMention::modifier.
#ifndef DATELINE_GEO_GEOPARSER_H_
#define DATELINE_GEO_GEOPARSER_H_

#include "dateline/document.h"
#include "geo/gazetteer.h"

namespace dateline::geo {

class Geoparser {
 public:
  // REQUIRES: gaz outlives the Geoparser.
  explicit Geoparser(const Gazetteer& gaz) : gaz_(gaz) {}
  // Replaces doc.places with the resolved toponyms of doc, in text order.
  void Process(Document& doc) const;
  const Gazetteer& gazetteer() const { return gaz_; }

 private:
  const Gazetteer& gaz_;
};

}  // namespace dateline::geo

#endif  // DATELINE_GEO_GEOPARSER_H_
