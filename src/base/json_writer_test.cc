#include "base/json_writer.h"

#include <gtest/gtest.h>

namespace dateline {

TEST(JsonWriter, EscapesControlCharactersAndQuotes) {
  std::string out;
  AppendJsonString("a\"b\\c\n\x01", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001\"");
}

TEST(JsonWriter, NestsObjectsAndArraysWithCommas) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("a").Int(1).Key("b").BeginArray().String("x").Null().Bool(true).EndArray();
  w.Key("c").BeginObject().Key("d").Double(0.5).EndObject().EndObject();
  EXPECT_EQ(out, "{\"a\":1,\"b\":[\"x\",null,true],\"c\":{\"d\":0.5}}");
}

}  // namespace dateline
