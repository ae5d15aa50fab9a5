// The event coder: reads each sentence's chunks (src/syntax) and actor mentions and emits coded
// events. Verb groups are matched against the event lexicon with their subject, object, particle
// and prepositional phrases; the voice decides which side is the source (passive: the "by" phrase);
// noun triggers code when the sentence reports them happening (light verbs, occurrence verbs).
// Every event needs at least one actor on one side; nothing is coded by default. Mood, negation
// and attribution come from the verb group's features and its governing verb.
#ifndef DATELINE_CODING_CODER_H_
#define DATELINE_CODING_CODER_H_

#include "coding/cameo_tables.h"
#include "coding/event_lexicon.h"
#include "coding/hooks.h"
#include "dateline/document.h"
#include "syntax/word_lexicon.h"

namespace dateline::coding {

struct CoderOptions {
  // Emit events whose mood is not "asserted" or that are negated (flagged in the output).
  bool keep_non_asserted = true;
};

class EventCoder {
 public:
  EventCoder(const EventLexicon& lexicon, const CameoTables& tables, const syntax::WordLexicon& words,
             CodingHooks hooks, CoderOptions options = {})
      : lexicon_(lexicon), tables_(tables), words_(words), hooks_(hooks), options_(options) {}

  // Replaces doc.events. REQUIRES: the syntax layer (doc.chunks) is filled.
  void Code(Document& doc) const;

  // Fills cameo_root, quad_class, goldstein, PLOVER and ACLED fields from e->cameo and the actors.
  void FillCodes(const Document& doc, Event* e, const std::string& plover_mode,
                 const std::string& acled_sub) const;

 private:
  const EventLexicon& lexicon_;
  const CameoTables& tables_;
  const syntax::WordLexicon& words_;
  CodingHooks hooks_;
  CoderOptions options_;
};

}  // namespace dateline::coding

#endif  // DATELINE_CODING_CODER_H_
