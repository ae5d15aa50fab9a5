// Actor recognition over a tokenized Document: dictionary matches become ActorMentions.
//
// Per sentence: (1) the compiled matcher finds leftmost-longest phrases; (2) "Long Form (ACR)"
// pairs are joined and the acronym remembered for the rest of the article ("Katiba Macina (JNIM)",
// two known actors, is an affiliation: one mention with the group's ACLED name); (3) a country,
// demonym, IGO or ethnic group followed (directly or through a possessive and up to two
// modifiers: "Mali's new military rulers") by an agent noun becomes one composed actor
// (MLI + MIL = MLIMIL; an IGO with a military agent becomes a peace operation: IGOUNOPKO); of
// adjacent agents the last is the head ("military rulers" -> rulers); an armed group absorbs a
// following member noun ("JNIM fighters"); (4) a bare agent coordinated with a composed one shares
// its country ("Malian soldiers and gendarmes"); another bare agent ("the army") takes the nearest
// country of its sentence, else the article's country (Article::country, the dateline place, else
// the country the article mentions most), and a `qualified` agent ("intelligence") none;
// (5) anaphors ("the group", "the mission", "it") link to the last compatible named actor of the
// last sentences; (6) capitals and metonyms ("Bamako",
// "the Kremlin") stand for the government outside locative phrases ("in Bamako"). Codes of persons
// and other date-restricted entries are chosen by the article's reference date. Last, ACLED roles
// in context (docs/dictionaries.md): external forces, protesters and rioters, identity militias
// (violent, "between", parties to a peace agreement), counted unnamed assailants, armed civilians.
#ifndef DATELINE_LEXICON_RECOGNIZER_H_
#define DATELINE_LEXICON_RECOGNIZER_H_

#include "dateline/document.h"
#include "lexicon/lexicon.h"

namespace dateline::lexicon {

// Fills doc.actors and doc.discards. REQUIRES: doc is tokenized and split into sentences.
void RecognizeActors(const Lexicon& lexicon, Document& doc);

}  // namespace dateline::lexicon

#endif  // DATELINE_LEXICON_RECOGNIZER_H_
