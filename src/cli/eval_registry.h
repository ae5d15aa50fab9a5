// Sub-evaluations of `dateline eval`: each cmd_eval_*.cc file registers one with DATELINE_EVAL
// (timeml, acled, geo ...), exactly as top-level commands register with DATELINE_COMMAND, so
// evaluations owned by different stages never edit a shared file. The evaluation logic itself
// lives in the library (src/eval/); these files only parse options and print figures.
#ifndef DATELINE_CLI_EVAL_REGISTRY_H_
#define DATELINE_CLI_EVAL_REGISTRY_H_

#include <vector>

#include "cli/command.h"

namespace dateline::cli {

std::vector<CommandInfo>& EvalRegistry();
bool RegisterEval(const char* name, const char* help, CommandSetup setup);

}  // namespace dateline::cli

#define DATELINE_EVAL(name, help, setup)                                             \
  static const bool DATELINE_COMMAND_CONCAT(dateline_eval_registered_, __LINE__) = \
      ::dateline::cli::RegisterEval(name, help, setup)

#endif  // DATELINE_CLI_EVAL_REGISTRY_H_
