// Deaths and injuries in accidents are not conflict events: "a neighbor accidentally hit her
// while backing out of a driveway", "killed in a road accident". ACLED and GDELT's CAMEO code
// intended acts; a killing or injury (CAMEO 18x) whose sentence says it was an accident is
// dropped. Only assault codes are affected; a protest or an arrest after an accident stays.
#ifndef DATELINE_CODING_ACCIDENTS_H_
#define DATELINE_CODING_ACCIDENTS_H_

#include "dateline/document.h"

namespace dateline::coding {

// Removes the accidental killings and injuries from doc.events (ids renumbered in order);
// returns how many were removed.
int DropAccidents(Document& doc);

}  // namespace dateline::coding

#endif  // DATELINE_CODING_ACCIDENTS_H_
