#include "cli/pipeline_flags.h"

#include <cstdio>

namespace dateline::cli {

void PipelineFlags::Add(CLI::App* app) {
  app->add_option("--published", published,
                  "Publication date (YYYY-MM-DD) for articles that carry none");
  app->add_option("--country", country, "ISO 3166 alpha-3 country hint for every article");
  // One value per use (--dict a=X --dict b=Y), so that a following path is never taken as a value.
  app->add_option("--dict", dicts,
                  "Extra dictionary KIND=PATH (kinds: actors, agents, discards, verbs); repeatable")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app->add_flag("--no-default-dicts", no_default_dicts, "Load only the dictionaries given with --dict");
  app->add_option("--disable", disable,
                  "Leave a stage out (actors, syntax, times, places, events); repeatable")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app->add_option("--threads", threads, "Worker threads (default: all cores)")->check(CLI::NonNegativeNumber);
  app->add_option("--stdin-format", stdin_format, "Format of '-' (standard input)")
      ->check(CLI::IsMember({"jsonl", "text", "html"}));
}

bool PipelineFlags::ToOptions(PipelineOptions* options, ReaderOptions* reader,
                              RunnerOptions* runner) const {
  if (!published.empty()) options->default_published = published;
  if (!country.empty()) {
    if (country.size() != 3) {
      std::fprintf(stderr, "dateline: --country: expected an ISO 3166 alpha-3 code, got '%s'\n", country.c_str());
      return false;
    }
    std::string c = country;
    for (auto& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    options->default_country = c;
  }
  for (const auto& d : dicts) {
    size_t eq = d.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == d.size()) {
      std::fprintf(stderr, "dateline: --dict: expected KIND=PATH, got '%s'\n", d.c_str());
      return false;
    }
    options->dicts.emplace_back(d.substr(0, eq), d.substr(eq + 1));
  }
  options->default_dicts = !no_default_dicts;
  options->disabled_stages = disable;
  reader->stdin_format = stdin_format == "text"   ? InputFormat::kText
                         : stdin_format == "html" ? InputFormat::kHtml
                                                  : InputFormat::kJsonl;
  runner->threads = threads;
  return true;
}

std::unique_ptr<Pipeline> CreatePipelineOrReport(const PipelineOptions& options, const char* command) {
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "dateline %s: %s\n", command, pipeline.status().ToString().c_str());
    return nullptr;
  }
  return std::move(pipeline.value());
}

}  // namespace dateline::cli
