// The "eval" parent command: one sub-subcommand per registered evaluation.
#include <algorithm>
#include <map>
#include <memory>
#include <string>

#include "cli/eval_registry.h"

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
    CLI::App* e = sub->add_subcommand(info.name, info.help);
    (*runs)[e] = info.setup(e);
  }
  return [runs] {
    for (auto& [e, run] : *runs) {
      if (e->parsed()) return run();
    }
    return kExitUsage;
  };
}

}  // namespace

DATELINE_COMMAND("eval", "Development evaluations against gold sets (acled, geo, timeml, petrarch)", Setup);

}  // namespace dateline::cli
