// Tense of the clause around a temporal expression, read from the nearest verb markers: "will",
// "plans to", "expected to", "would" point forward; "said", "was", past-tense -ed forms and
// irregular past forms point back. The normaliser uses it to resolve under-specified dates
// ("Tuesday", "in June") before or after the reference date, as HeidelTime does.
#ifndef DATELINE_TIME_TENSE_H_
#define DATELINE_TIME_TENSE_H_

#include <cstddef>
#include <vector>

#include "time/token_view.h"

namespace dateline::time {

enum class Tense { kUnknown, kPast, kPresent, kFuture };

// Tense around tokens [begin, end) of a sentence's views: the nearest marker within a few
// tokens on either side, stopping at ";" and ":".
Tense TenseAround(const std::vector<TokView>& v, size_t begin, size_t end);

}  // namespace dateline::time

#endif  // DATELINE_TIME_TENSE_H_
