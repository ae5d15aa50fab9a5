// `dateline eval <evaluation> ...`: the parent command, built from the evaluations registered
// with DATELINE_EVAL.
#include "cli/eval_registry.h"

#include <algorithm>
#include <map>
#include <memory>
#include <string>

namespace dateline::cli {

std::vector<CommandInfo>& EvalRegistry() {
  static std::vector<CommandInfo> registry;
  return registry;
}

bool RegisterEval(const char* name, const char* help, CommandSetup setup) {
  EvalRegistry().push_back({name, help, std::move(setup)});
  return true;
}

namespace {

std::function<int()> Setup(CLI::App* sub) {
  sub->require_subcommand(1);
  auto runs = std::make_shared<std::map<CLI::App*, std::function<int()>>>();
  auto& registry = EvalRegistry();
  std::sort(registry.begin(), registry.end(),
            [](const CommandInfo& a, const CommandInfo& b) { return std::string(a.name) < b.name; });
  for (auto& info : registry) {
    CLI::App* eval = sub->add_subcommand(info.name, info.help);
    (*runs)[eval] = info.setup(eval);
  }
  return [runs] {
    for (auto& [eval, run] : *runs)
      if (eval->parsed()) return run();
    return kExitUsage;
  };
}

}  // namespace

DATELINE_COMMAND("eval", "Evaluate a stage against gold data (timeml, ...)", Setup);

}  // namespace dateline::cli
