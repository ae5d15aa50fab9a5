// `dateline dict check [--data DIR] [--dict KIND=PATH ...]`: lints the shipped dictionaries (and
// any extra ones), printing "file:line: reason" for each problem. Exit 0 when clean, 1 on errors.
#include <cstdio>
#include <memory>

#include "cli/command.h"
#include "dateline/pipeline.h"
#include "lexicon/dict_check.h"

namespace dateline::cli {
namespace {

struct DictArgs {
  std::string data_dir;
  std::vector<std::string> extra;
  bool warnings = true;
};

int RunCheck(const DictArgs& args) {
  PipelineOptions options;
  options.data_dir = args.data_dir;
  options = ResolveDefaults(options);
  std::vector<lexicon::Diagnostic> diags;
  lexicon::Dictionaries dicts;
  Status st = lexicon::LoadDictionaryDir(options.data_dir + "/actors", &dicts, &diags);
  if (!st.ok()) {
    std::fprintf(stderr, "dateline dict check: %s\n", st.ToString().c_str());
    return kExitInputProblem;
  }
  for (const auto& kv : args.extra) {
    size_t eq = kv.find('=');
    if (eq == std::string::npos) {
      std::fprintf(stderr, "dateline dict check: --dict expects KIND=PATH, got '%s'\n", kv.c_str());
      return kExitUsage;
    }
    st = lexicon::LoadDictionaryFile(kv.substr(eq + 1), kv.substr(0, eq), &dicts, &diags);
    if (!st.ok()) {
      std::fprintf(stderr, "dateline dict check: %s\n", st.ToString().c_str());
      return kExitInputProblem;
    }
  }
  lexicon::CheckDictionaries(dicts, &diags);
  size_t errors = 0, warnings = 0;
  for (const auto& d : diags) {
    (d.error ? errors : warnings)++;
    if (d.error || args.warnings) std::printf("%s\n", d.ToString().c_str());
  }
  std::fprintf(stderr, "%zu actors, %zu countries, %zu agents, %zu discards: %zu errors, %zu warnings\n",
               dicts.actors.size(), dicts.countries.size(), dicts.agents.size(), dicts.discards.size(),
               errors, warnings);
  return errors ? kExitInputProblem : kExitOk;
}

std::function<int()> Setup(CLI::App* sub) {
  auto args = std::make_shared<DictArgs>();
  sub->require_subcommand(1);
  CLI::App* check = sub->add_subcommand("check", "Lint the dictionaries: duplicates, bad codes, overlapping dates, unknown countries");
  check->add_option("--data", args->data_dir, "Data directory holding actors/*.txt (default: the shipped data/)");
  check->add_option("--dict", args->extra, "Extra dictionary KIND=PATH (actors, agents, discards); repeatable");
  return [args] { return RunCheck(*args); };
}

}  // namespace

DATELINE_COMMAND("dict", "Dictionary tools: `dict check` lints the actor dictionaries", Setup);

}  // namespace dateline::cli
