// `dateline gazetteer build [--cities FILE]... [--admin1 FILE] [--admin2 FILE]
//  [--all-countries FILE] [--countries FILE] [--feature-classes P] -o OUT`: compiles GeoNames
// dumps into the memory-mapped gazetteer the places stage reads (see src/geo/gazetteer_builder.h
// and docs/geo.md).
#include <cstdio>
#include <memory>

#include "cli/command.h"
#include "geo/gazetteer_builder.h"

namespace dateline::cli {
namespace {

struct GazArgs {
  std::vector<std::string> cities;
  std::string all_countries;
  geo::GazetteerBuildOptions options;
  bool quiet = false;
};

int RunBuild(GazArgs& args) {
  geo::GazetteerBuildOptions o = args.options;
  o.place_files = args.cities;
  if (!args.all_countries.empty()) o.place_files.push_back(args.all_countries);
  if (o.place_files.empty()) {
    std::fprintf(stderr, "dateline gazetteer build: give --cities or --all-countries\n");
    return kExitUsage;
  }
  geo::GazetteerBuildStats stats;
  Status st = geo::BuildGazetteer(o, &stats);
  if (!st.ok()) {
    std::fprintf(stderr, "dateline gazetteer build: %s\n", st.ToString().c_str());
    return kExitInputProblem;
  }
  if (!args.quiet)
    std::fprintf(stderr,
                 "gazetteer: %zu places, %zu admin1, %zu admin2, %zu countries, %zu names, %zu rows "
                 "skipped, %.1f MB -> %s\n",
                 stats.places, stats.admin1, stats.admin2, stats.countries, stats.names,
                 stats.skipped_rows, static_cast<double>(stats.bytes) / 1e6, o.output.c_str());
  return kExitOk;
}

std::function<int()> Setup(CLI::App* sub) {
  sub->require_subcommand(1);
  auto args = std::make_shared<GazArgs>();
  CLI::App* build = sub->add_subcommand("build", "Compile GeoNames dumps into a gazetteer file");
  build->add_option("--cities", args->cities,
                    "GeoNames place table: cities500.txt, cities1000.txt, XX.txt (repeatable)");
  build->add_option("--all-countries", args->all_countries, "GeoNames allCountries.txt");
  build->add_option("--admin1", args->options.admin1_file, "admin1CodesASCII.txt");
  build->add_option("--admin2", args->options.admin2_file, "admin2Codes.txt");
  build->add_option("--countries", args->options.countries_file,
                    "world-countries countries.json (ISO codes, centroids, demonyms)")
      ->required();
  build->add_option("--feature-classes", args->options.feature_classes,
                    "GeoNames feature classes to keep besides admin rows (default P)");
  build->add_option("-o,--output", args->options.output, "Output file (gazetteer.bin)")->required();
  build->add_flag("-q,--quiet", args->quiet, "No summary line");
  return [args, build] { return build->parsed() ? RunBuild(*args) : kExitUsage; };
}

}  // namespace

DATELINE_COMMAND("gazetteer", "Build the GeoNames gazetteer the places stage reads", Setup);

}  // namespace dateline::cli
