// Evaluation of the temporal tagger on TimeML files (TimeBank, AQUAINT; TempEval-3 format).
// Each file's document creation time is the TIMEX3 whose functionInDocument is CREATION_TIME;
// the text is the <TEXT> element with its tags stripped and entities decoded, and each gold
// TIMEX3 inside it becomes a byte span of that text. The tagger runs on the text with the DCT as
// publication date, and is scored on DATE and TIME expressions:
//   recognition  P/R/F1 by span overlap (a gold DATE/TIME matched by any system DATE/TIME);
//   value accuracy  among gold DATE/TIME expressions overlapped by a system mention, the share
//                   whose system value equals the gold value exactly;
//   value P/R/F1    a gold DATE/TIME counts as correct when an overlapping system mention has
//                   exactly its value; P = correct / system DATE+TIME, R = correct / gold
//                   DATE+TIME — the honest end-to-end figure.
#ifndef DATELINE_EVAL_TIMEML_EVAL_H_
#define DATELINE_EVAL_TIMEML_EVAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.h"
#include "dateline/status.h"

namespace dateline::eval {

struct GoldTimex {
  Span span;  // byte offsets into TimemlDocument::text
  std::string type, value;
};

struct TimemlDocument {
  std::string id;
  std::string dct;   // YYYY-MM-DD
  std::string text;  // <TEXT> content, tags stripped, entities decoded
  std::vector<GoldTimex> timexes;
};

// Parses one TimeML file's content. Errors: no <TEXT> element, unbalanced TIMEX3 tags.
StatusOr<TimemlDocument> ParseTimeml(std::string_view xml);

struct TimemlScores {
  int documents = 0;
  int gold = 0;           // gold DATE/TIME expressions
  int system = 0;         // system DATE/TIME mentions
  int gold_matched = 0;   // gold DATE/TIME overlapped by a system DATE/TIME mention
  int system_matched = 0; // system DATE/TIME mentions overlapping a gold DATE/TIME
  int overlapped = 0;     // gold DATE/TIME overlapped by any system mention
  int value_correct = 0;  // ... of which the value is exactly right
  std::vector<std::string> errors;  // files that could not be read
  // One line per value or recognition error: "file<TAB>kind<TAB>text<TAB>gold<TAB>system".
  std::vector<std::string> mistakes;

  double RecognitionPrecision() const;
  double RecognitionRecall() const;
  double RecognitionF1() const;
  double ValueAccuracy() const;
  double ValuePrecision() const;
  double ValueRecall() const;
  double ValueF1() const;
};

// Scores one parsed document, adding to *scores.
void ScoreTimemlDocument(const TimemlDocument& gold, TimemlScores* scores);

// Scores every *.tml file under dir (recursively).
StatusOr<TimemlScores> EvaluateTimemlDir(const std::string& dir);

}  // namespace dateline::eval

#endif  // DATELINE_EVAL_TIMEML_EVAL_H_
