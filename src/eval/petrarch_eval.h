// PETRARCH validation suites (UD-PETRARCH's PETR_Validate_records_2_02.xml, PETRARCH-1's
// PETR.UnitTest.records.xml): reads the records, runs the pipeline on each record's text with the
// dictionaries the suite's <Environment> names, and scores the coded events against the records'
// <EventCoding> lines the way UD-PETRARCH's validation.py does: per category, Correct (expected
// source/target/code triple produced), Uncoded (expected, not produced), Extra (produced, not
// expected); TP% = correct/(correct+uncoded), FP% = extra/records. A record is "exactly right"
// when the produced set equals the expected set (PETRARCH-1's unit-test criterion).
#ifndef DATELINE_EVAL_PETRARCH_EVAL_H_
#define DATELINE_EVAL_PETRARCH_EVAL_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dateline/pipeline.h"
#include "dateline/status.h"

namespace dateline::eval {

struct PetrarchCoding {
  std::string source, target, code;
  bool operator<(const PetrarchCoding& o) const {
    return std::tie(source, target, code) < std::tie(o.source, o.target, o.code);
  }
  bool operator==(const PetrarchCoding& o) const = default;
};

struct PetrarchRecord {
  std::string id, category, date;  // date as YYYYMMDD
  bool evaluate = true;
  bool expects_error = false;
  std::vector<PetrarchCoding> expected;  // empty with noevents
  std::string text;
};

struct PetrarchSuite {
  std::string verbfile, actorfile, agentfile, discardfile;  // absolute paths ("" when absent)
  std::vector<std::string> include;                          // categories; empty: all
  std::vector<PetrarchRecord> records;
};

// Parses a suite file; paths in <Environment> are resolved against the file's directory.
StatusOr<PetrarchSuite> ParsePetrarchSuite(std::string_view xml, const std::string& path);
StatusOr<PetrarchSuite> ReadPetrarchSuite(const std::string& path);

struct CategoryScore {
  int records = 0, correct = 0, uncoded = 0, extra = 0, exact = 0;
};

struct PetrarchReport {
  std::map<std::string, CategoryScore> categories;
  CategoryScore total;
  std::vector<std::string> details;  // one line per record that was not exactly right
};

// The options the suite asks for: its own dictionaries only, plus `extra_dicts`.
PipelineOptions SuiteOptions(const PetrarchSuite& suite,
                             const std::vector<std::pair<std::string, std::string>>& extra_dicts);

// Codes every evaluated record of the suite with `pipeline` and scores it.
PetrarchReport EvaluatePetrarch(const PetrarchSuite& suite, const Pipeline& pipeline);

// Scores one record's produced codings against the expected ones (adds to score).
void ScoreRecord(const std::vector<PetrarchCoding>& expected, std::vector<PetrarchCoding> produced,
                 CategoryScore* score);

std::string FormatReport(const PetrarchReport& report);

}  // namespace dateline::eval

#endif  // DATELINE_EVAL_PETRARCH_EVAL_H_
