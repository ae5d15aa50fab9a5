// Subcommand registry of the `dateline` binary. Each cmd_*.cc file registers its subcommand with
// DATELINE_COMMAND; main() builds the CLI11 app from the registry. The CLI files only parse
// options and call the library: no NLP logic lives here.
#ifndef DATELINE_CLI_COMMAND_H_
#define DATELINE_CLI_COMMAND_H_

#include <CLI/CLI.hpp>

#include <functional>
#include <vector>

namespace dateline::cli {

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInputProblem = 1;  // some input could not be read
inline constexpr int kExitUsage = 2;         // bad options or arguments

// Declares the subcommand's options on `sub` and returns the function that runs it.
using CommandSetup = std::function<std::function<int()>(CLI::App* sub)>;

struct CommandInfo {
  const char* name;
  const char* help;
  CommandSetup setup;
};

std::vector<CommandInfo>& Registry();
bool RegisterCommand(const char* name, const char* help, CommandSetup setup);

}  // namespace dateline::cli

#define DATELINE_COMMAND_CONCAT2(a, b) a##b
#define DATELINE_COMMAND_CONCAT(a, b) DATELINE_COMMAND_CONCAT2(a, b)
#define DATELINE_COMMAND(name, help, setup)                                    \
  static const bool DATELINE_COMMAND_CONCAT(dateline_cmd_registered_, __LINE__) = \
      ::dateline::cli::RegisterCommand(name, help, setup)

#endif  // DATELINE_CLI_COMMAND_H_
