// `dateline eval <name>`: development evaluations against gold sets (acled, geo, timeml, petrarch).
// Each cmd_eval_<name>.cc registers its evaluation with DATELINE_EVAL; cmd_eval.cc builds the
// "eval" parent command from this registry, exactly as main() does for top-level commands.
#ifndef DATELINE_CLI_EVAL_REGISTRY_H_
#define DATELINE_CLI_EVAL_REGISTRY_H_

#include <vector>

#include "cli/command.h"

namespace dateline::cli {

std::vector<CommandInfo>& EvalRegistry();
bool RegisterEval(const char* name, const char* help, CommandSetup setup);

}  // namespace dateline::cli

#define DATELINE_EVAL(name, help, setup)                                       \
  static const bool DATELINE_COMMAND_CONCAT(dateline_eval_registered_, __LINE__) = \
      ::dateline::cli::RegisterEval(name, help, setup)

#endif  // DATELINE_CLI_EVAL_REGISTRY_H_
