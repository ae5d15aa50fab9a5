// The main event of a short report (an ACLED note, a headline story): the event an analyst would
// code for it. ACLED codes the most severe event of the report's lead, so "arrested and then
// executed" is an execution and "attacked a village and looted shops" an attack: among the
// ACLED-typed events of the first sentence that has any, the most severe type wins (political
// violence over riots over protests over strategic developments; within violence an abduction
// ranks below an attack: "abducted and executed" is an attack), earliest first on ties. Negated
// and hypothetical events are passed over while a real one exists. An attack that only robs (a
// plain attack or harassment beside a looting event, no killing, injury or toll) is the looting, as
// ACLED codes it.
#ifndef DATELINE_CODING_MAIN_EVENT_H_
#define DATELINE_CODING_MAIN_EVENT_H_

#include <string>

#include "dateline/document.h"

namespace dateline::coding {

// Severity rank of an ACLED event type: 3 political violence (battles, explosions/remote violence,
// violence against civilians), 2 riots, 1 protests, 0 strategic developments, -1 none.
int AcledSeverity(const std::string& event_type);

// Index into doc.events of the main event, or kNone when the document has no event. Without any
// ACLED-typed event the first event is returned.
uint32_t MainEventIndex(const Document& doc);

}  // namespace dateline::coding

#endif  // DATELINE_CODING_MAIN_EVENT_H_
