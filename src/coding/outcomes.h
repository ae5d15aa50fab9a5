// Deaths told as the outcome of another event of the same sentence are that event's toll, not an
// event of their own. "JNIM clashed with the army in Sebete, killing two soldiers", "Two people
// were killed when gunmen attacked the village" and "Gunmen attacked the village; three people
// were killed" each report one incident; the coder reads a clash or an attack and, separately, a
// killing with no perpetrator of its own. ACLED codes one event with the deaths as its fatalities,
// and counting two would double every such incident in the store. FoldOutcomeDeaths removes the
// killing and gives its toll to the event it belongs to when
//   - its trigger is a death word (kill, killing, died, dead, death ...),
//   - its perpetrator is unknown or the same as the other event's,
//   - the other event in the sentence is political violence (CAMEO 18-20) that is itself not a
//     death nor an abduction ("abducted and killed" is a killing, as ACLED codes it), real in the
//     same way (negation, mood), and not placed elsewhere (the same place, or
//     a region or country that holds the other one).
// Event ids are renumbered "<article id>:<n>" in order, as the coder numbers them.
#ifndef DATELINE_CODING_OUTCOMES_H_
#define DATELINE_CODING_OUTCOMES_H_

#include "dateline/document.h"

namespace dateline::coding {

// True when the event's trigger (evidence.trigger) is a word of dying or killing.
bool IsDeathTrigger(const Document& doc, const Event& e);

// Folds outcome deaths into their event (see above); returns how many events were folded.
int FoldOutcomeDeaths(Document& doc);

}  // namespace dateline::coding

#endif  // DATELINE_CODING_OUTCOMES_H_
