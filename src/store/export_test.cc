#include "store/export.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dateline::store {
namespace {

EventRow Sample() {
  EventRow row;
  row.event.id = 42;
  row.event.num_reports = 3;
  row.event.num_sources = 2;
  row.event.first_reported = "2023-10-31";
  row.event.last_reported = "2023-11-01";
  EventFacts& f = row.event.facts;
  f.date = "2023-10-31";
  f.days = ParseDayRange(f.date);
  f.date_precision = 1;
  f.has_place = true;
  f.place_name = "Kidal";
  f.geonameid = 2455290;
  f.country = "MLI";
  f.admin1 = "Kidal";
  f.lat = 18.44111;
  f.lon = 1.40778;
  f.geo_precision = 1;
  f.cameo = "190";
  f.cameo_root = "19";
  f.quad_class = 4;
  f.goldstein = -10;
  f.plover_type = "ASSAULT";
  f.plover_mode = "firearms";
  f.plover_context = {"military"};
  f.acled_disorder = "Political violence";
  f.acled_event = "Battles";
  f.acled_sub_event = "Armed clash";
  f.inter1 = 1;
  f.inter2 = 2;
  f.interaction = 12;
  f.source = {"MLIMIL", "Military of Mali", "Military Forces of Mali (2021-)", "Wagner Group", 1};
  f.target = {"MLIREBJNM", "JNIM", "JNIM: Group for Support of Islam and Muslims", "", 2};
  f.fatalities = Fatalities{5, 5, 7};
  row.reports.push_back({1, 7, "a1", "AFP", "https://example.org/a1", "2023-10-31", 0, "Five died, \"officials\" said."});
  return row;
}

std::vector<std::string> SplitLine(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (sep == ',' && c == '"') {
      if (quoted && i + 1 < line.size() && line[i + 1] == '"') { cur += '"'; ++i; }
      else quoted = !quoted;
    } else if (c == sep && !quoted) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

TEST(WriteEvents, GdeltHas61ColumnsInCodebookOrder) {
  std::string out;
  WriteEvents({Sample()}, ExportFormat::kGdelt, &out);
  ASSERT_FALSE(out.empty());
  ASSERT_EQ(out.back(), '\n');
  auto c = SplitLine(out.substr(0, out.size() - 1), '\t');
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[0], "42");          // GLOBALEVENTID
  EXPECT_EQ(c[1], "20231031");    // SQLDATE
  EXPECT_EQ(c[2], "202310");      // MonthYear
  EXPECT_EQ(c[3], "2023");        // Year
  EXPECT_EQ(c[5], "MLIMIL");      // Actor1Code
  EXPECT_EQ(c[7], "MLI");         // Actor1CountryCode
  EXPECT_EQ(c[12], "MIL");        // Actor1Type1Code
  EXPECT_EQ(c[15], "MLIREBJNM");  // Actor2Code
  EXPECT_EQ(c[22], "REB");        // Actor2Type1Code
  EXPECT_EQ(c[26], "190");        // EventCode
  EXPECT_EQ(c[28], "19");         // EventRootCode
  EXPECT_EQ(c[29], "4");          // QuadClass
  EXPECT_EQ(c[31], "3");          // NumMentions
  EXPECT_EQ(c[32], "2");          // NumSources
  EXPECT_EQ(c[51], "4");          // ActionGeo_Type: world city
  EXPECT_EQ(c[56], "18.4411");    // ActionGeo_Lat
  EXPECT_EQ(c[58], "2455290");    // ActionGeo_FeatureID
  EXPECT_EQ(c[59], "20231031000000");
  EXPECT_EQ(c[60], "https://example.org/a1");
  EXPECT_EQ(c[34], "");           // AvgTone: not computed
}

TEST(WriteEvents, AcledColumns) {
  std::string out;
  WriteEvents({Sample()}, ExportFormat::kAcled, &out);
  std::istringstream in(out);
  std::string header, line;
  std::getline(in, header);
  std::getline(in, line);
  auto h = SplitLine(header, ',');
  auto v = SplitLine(line, ',');
  ASSERT_EQ(h.size(), 26u);
  ASSERT_EQ(v.size(), h.size()) << line;
  auto col = [&](const std::string& name) {
    for (size_t i = 0; i < h.size(); ++i) if (h[i] == name) return v[i];
    ADD_FAILURE() << "no column " << name;
    return std::string();
  };
  EXPECT_EQ(col("event_id_cnty"), "MLIDL42");
  EXPECT_EQ(col("event_date"), "31 October 2023");
  EXPECT_EQ(col("event_type"), "Battles");
  EXPECT_EQ(col("actor1"), "Military Forces of Mali (2021-)");
  EXPECT_EQ(col("assoc_actor_1"), "Wagner Group");
  EXPECT_EQ(col("interaction"), "12");
  EXPECT_EQ(col("iso"), "466");
  EXPECT_EQ(col("country"), "Mali");
  EXPECT_EQ(col("latitude"), "18.4411");
  EXPECT_EQ(col("time_precision"), "1");
  EXPECT_EQ(col("source"), "AFP");
  EXPECT_EQ(col("fatalities"), "5");
  EXPECT_NE(col("notes").find("31 October 2023"), std::string::npos);
}

TEST(WriteEvents, JsonFormatsCarryTheFacts) {
  struct Case { ExportFormat format; const char* needle; };
  const Case cases[] = {
      {ExportFormat::kJsonl, "\"text\":\"Five died, \\\"officials\\\" said.\""},
      {ExportFormat::kGeoJson, "\"coordinates\":[1.40778,18.44111]"},
      {ExportFormat::kPlover, "\"actor\":[\"Military of Mali\",\"Wagner Group\"],\"recipient\":[\"JNIM\"],\"event\":\"ASSAULT\",\"mode\":\"firearms\",\"context\":[\"military\"]"},
      {ExportFormat::kCsv, "42,2023-10-31,,1,Kidal,2455290,MLI"},
      {ExportFormat::kTable, "Armed clash"},
  };
  for (const Case& c : cases) {
    std::string out;
    WriteEvents({Sample()}, c.format, &out);
    EXPECT_NE(out.find(c.needle), std::string::npos) << static_cast<int>(c.format) << ": " << out;
  }
}

TEST(WriteEvents, GeoJsonSkipsEventsWithoutPlace) {
  EventRow row = Sample();
  row.event.facts.has_place = false;
  std::string out;
  WriteEvents({row}, ExportFormat::kGeoJson, &out);
  EXPECT_NE(out.find("\"features\":[],\"skipped\":1"), std::string::npos) << out;
}

TEST(EventSummary, IsOneLine) {
  std::string s = EventSummary(Sample());
  EXPECT_EQ(s, "On 31 October 2023, Armed clash (Military of Mali against JNIM) in Kidal, Mali; 5 killed. "
               "3 reports from 2 sources.");
}

// An event neither ACLED nor PLOVER types is named by its CAMEO root, not by a bare code.
TEST(EventSummary, NamesCameoRootsWithoutAcledOrPloverType) {
  EventRow row = Sample();
  row.event.facts.acled_event.clear();
  row.event.facts.acled_sub_event.clear();
  row.event.facts.plover_type.clear();
  row.event.facts.cameo = "020";
  EXPECT_NE(EventSummary(row).find("Appeal (CAMEO 020)"), std::string::npos) << EventSummary(row);
  row.event.facts.cameo = "99";
  EXPECT_NE(EventSummary(row).find("CAMEO 99"), std::string::npos) << EventSummary(row);
}

}  // namespace
}  // namespace dateline::store
