// Tests of the CSV reader: quoting, embedded commas and newlines, CRLF, errors.
#include "eval/csv.h"

#include <gtest/gtest.h>

namespace dateline::eval {
namespace {

TEST(Csv, QuotedFields) {
  auto t = ParseCsv("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\nthere\"\n2,,\n");
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->rows[0][1], "x, y");
  EXPECT_EQ(t->rows[0][2], "say \"hi\"\nthere");
  EXPECT_EQ(t->rows[1][0], "2");
  EXPECT_EQ(t->rows[1][2], "");
  EXPECT_EQ(t->Column("c"), 2);
  EXPECT_EQ(t->Column("z"), -1);
}

TEST(Csv, ShortRowsArePaddedAndErrorsReported) {
  auto t = ParseCsv("a,b\n1\n");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->rows[0].size(), 2u);
  EXPECT_FALSE(ParseCsv("a,b\n1,\"open\n").ok());
  EXPECT_FALSE(ParseCsv("").ok());
}

}  // namespace
}  // namespace dateline::eval
