// Tests of the RFC 4180 CSV reader.
#include "eval/csv.h"

#include <gtest/gtest.h>

namespace dateline::eval {
namespace {

TEST(Csv, ParsesQuotedFieldsWithCommasQuotesAndNewlines) {
  auto records = ParseCsv("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n");
  ASSERT_TRUE(records.ok());
  ASSERT_EQ(records->size(), 3u);
  EXPECT_EQ((*records)[1], (CsvRecord{"1", "x, y", "say \"hi\""}));
  EXPECT_EQ((*records)[2], (CsvRecord{"2", "two\nlines", ""}));
}

TEST(Csv, LastLineWithoutNewline) {
  auto records = ParseCsv("a,b\n1,2");
  ASSERT_TRUE(records.ok());
  ASSERT_EQ(records->size(), 2u);
  EXPECT_EQ((*records)[1], (CsvRecord{"1", "2"}));
}

TEST(Csv, UnterminatedQuoteIsAnError) {
  EXPECT_FALSE(ParseCsv("a,b\n1,\"open\n").ok());
}

TEST(CsvTable, LooksUpColumnsByName) {
  auto table = CsvTable::Parse("id,notes,fatalities\nMLI1,\"On 3 March, 2 killed\",2\nMLI2\n");
  ASSERT_TRUE(table.ok());
  ASSERT_EQ(table->size(), 2u);
  EXPECT_EQ(table->Field(0, table->Column("notes")), "On 3 March, 2 killed");
  EXPECT_EQ(table->Field(1, table->Column("fatalities")), "");  // short row
  EXPECT_EQ(table->Column("missing"), -1);
  EXPECT_EQ(table->Field(0, -1), "");
}

}  // namespace
}  // namespace dateline::eval
