// `dateline events [filters] [--format F]`: queries the deduplicated events of the store and
// writes them as a table or in an exchange layout (src/store/export.h). Every filter becomes a
// bound SQL parameter. `dateline events split ID [--mention M]` undoes merges.
#include <cstdio>
#include <memory>

#include "cli/command.h"
#include "store/export.h"
#include "store/store.h"

namespace dateline::cli {
namespace {

struct EventsArgs {
  std::string db = "dateline.db";
  std::string since, until, country, admin1, near, type, actor, text;
  int64_t min_fatalities = -1;
  int limit = 100;
  std::string format = "table";
  bool reports = false;
  // split
  int64_t split_id = 0;
  int64_t split_mention = 0;
};

int Usage(const std::string& msg) {
  std::fprintf(stderr, "dateline events: %s\n", msg.c_str());
  return kExitUsage;
}

int RunEvents(const EventsArgs& args) {
  store::ExportFormat format;
  if (!store::ParseExportFormat(args.format, &format)) return Usage("unknown --format " + args.format);
  store::EventQuery q;
  if (!args.since.empty()) q.since = args.since;
  if (!args.until.empty()) q.until = args.until;
  if (!args.country.empty()) {
    if (args.country.size() != 3) return Usage("--country: expected ISO3, got " + args.country);
    std::string c = args.country;
    for (auto& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    q.country = c;
  }
  if (!args.admin1.empty()) q.admin1 = args.admin1;
  if (!args.near.empty()) {
    double lat, lon, km;
    char extra;
    if (std::sscanf(args.near.c_str(), "%lf,%lf,%lf%c", &lat, &lon, &km, &extra) != 3 ||
        lat < -90 || lat > 90 || lon < -180 || lon > 180 || km <= 0) {
      return Usage("--near: expected LAT,LON,KM, got " + args.near);
    }
    q.near = store::EventQuery::Near{lat, lon, km};
  }
  if (!args.type.empty()) q.type = args.type;
  if (!args.actor.empty()) q.actor = args.actor;
  if (args.min_fatalities >= 0) q.min_fatalities = args.min_fatalities;
  if (!args.text.empty()) q.text = args.text;
  q.limit = args.limit;
  q.with_reports = args.reports || store::FormatNeedsReports(format);
  auto store = store::EventStore::Open(args.db);
  if (!store.ok()) return Usage(store.status().ToString());
  auto events = (*store)->QueryEvents(q);
  if (!events.ok()) {
    std::fprintf(stderr, "dateline events: %s\n", events.status().ToString().c_str());
    return events.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitInputProblem;
  }
  std::string out;
  store::WriteEvents(*events, format, &out);
  if (format == store::ExportFormat::kTable && args.reports) {
    for (const auto& e : *events) {
      out += "\nevent " + std::to_string(e.event.id) + ": " + store::EventSummary(e) + "\n";
      for (const auto& r : e.reports) {
        out += "  [" + r.article_key + " #" + std::to_string(r.sentence + 1) + (r.outlet.empty() ? "" : ", " + r.outlet) +
               "] " + r.sentence_text + "\n";
      }
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

int RunSplit(const EventsArgs& args) {
  auto store = store::EventStore::Open(args.db);
  if (!store.ok()) return Usage(store.status().ToString());
  std::optional<int64_t> mention;
  if (args.split_mention > 0) mention = args.split_mention;
  auto created = (*store)->SplitEvent(args.split_id, mention);
  if (!created.ok()) {
    std::fprintf(stderr, "dateline events split: %s\n", created.status().ToString().c_str());
    return kExitInputProblem;
  }
  std::printf("event %lld: %zu mention(s) split off into new events:", static_cast<long long>(args.split_id),
              created->size());
  for (int64_t id : *created) std::printf(" %lld", static_cast<long long>(id));
  std::printf("\n");
  return kExitOk;
}

std::function<int()> Setup(CLI::App* sub) {
  auto args = std::make_shared<EventsArgs>();
  sub->add_option("--db", args->db, "Database: a path or sqlite:PATH (default: dateline.db)");
  sub->add_option("--since", args->since, "Events on or after this date (YYYY-MM-DD, YYYY-MM, YYYY)");
  sub->add_option("--until", args->until, "Events on or before this date");
  sub->add_option("--country", args->country, "ISO 3166 alpha-3 country code");
  sub->add_option("--admin1", args->admin1, "First-level region name");
  sub->add_option("--near", args->near, "LAT,LON,KM: events within KM of a point");
  sub->add_option("--type", args->type,
                  "PLOVER type, CAMEO code or root (prefix), ACLED disorder/event/sub-event type");
  sub->add_option("--actor", args->actor, "Actor code (prefix, e.g. MLIMIL) or words of a name");
  sub->add_option("--min-fatalities", args->min_fatalities, "At least this many killed (best estimate)");
  sub->add_option("--text", args->text, "Words a reporting sentence contains (full-text search)");
  sub->add_option("--limit", args->limit, "At most this many events, newest first (0: all; default 100)")
      ->check(CLI::NonNegativeNumber);
  sub->add_option("--format", args->format, "table, csv, jsonl, geojson, gdelt, acled or plover")
      ->check(CLI::IsMember({"table", "csv", "jsonl", "geojson", "gdelt", "acled", "plover"}));
  sub->add_flag("--reports", args->reports, "With the table: list each event's reporting sentences");
  CLI::App* split = sub->add_subcommand("split", "Undo merges: split an event's mentions into events of their own");
  split->add_option("id", args->split_id, "Event id")->required();
  split->add_option("--mention", args->split_mention, "Split off only this mention");
  split->add_option("--db", args->db, "Database: a path or sqlite:PATH (default: dateline.db)");
  sub->require_subcommand(0, 1);
  return [args, split] { return split->parsed() ? RunSplit(*args) : RunEvents(*args); };
}

}  // namespace

DATELINE_COMMAND("events", "Query the deduplicated events; export them (GDELT, ACLED, PLOVER, GeoJSON ...)", Setup);

}  // namespace dateline::cli
