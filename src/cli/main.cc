// `dateline <command> [options]`: builds the CLI from the registered subcommands, runs the one
// given, and turns failures into exit codes (0 ok, 1 input problems, 2 usage).
#include <algorithm>
#include <cstdio>
#include <string>
#include <exception>
#include <map>

#include "cli/command.h"

namespace dateline::cli {

std::vector<CommandInfo>& Registry() {
  static std::vector<CommandInfo> registry;
  return registry;
}

bool RegisterCommand(const char* name, const char* help, CommandSetup setup) {
  Registry().push_back({name, help, std::move(setup)});
  return true;
}

}  // namespace dateline::cli

int main(int argc, char** argv) {
  using namespace dateline::cli;
  CLI::App app{"Dateline: news articles in, coded conflict events out.", "dateline"};
  app.require_subcommand(1);
  app.set_version_flag("--version", DATELINE_VERSION_STRING);
  std::map<CLI::App*, std::function<int()>> runs;
  auto& registry = Registry();
  std::sort(registry.begin(), registry.end(),
            [](const CommandInfo& a, const CommandInfo& b) { return std::string(a.name) < b.name; });
  for (auto& info : registry) {
    CLI::App* sub = app.add_subcommand(info.name, info.help);
    runs[sub] = info.setup(sub);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  try {
    for (auto& [sub, run] : runs) {
      if (sub->parsed()) return run();
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dateline: %s\n", e.what());
    return kExitInputProblem;
  }
  return kExitUsage;
}
