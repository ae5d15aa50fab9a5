#include "base/utf8.h"

#include <gtest/gtest.h>

namespace dateline {

TEST(Utf8, RepairReplacesEachMaximalInvalidSubpart) {
  struct Case { std::string in, out; size_t repairs; };
  const Case cases[] = {
      {"abc", "abc", 0},
      {"a\xFF" "b", "a\xEF\xBF\xBD" "b", 1},
      {"\xE2\x80", "\xEF\xBF\xBD", 1},                       // truncated 3-byte sequence
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", 2},           // overlong: two bad bytes
      {"Go\xC3\xAF" "ta", "Go\xC3\xAF" "ta", 0},             // valid ï
      {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3},  // surrogate
  };
  for (const auto& c : cases) {
    std::string s = c.in;
    EXPECT_EQ(RepairUtf8(&s), c.repairs) << c.in;
    EXPECT_EQ(s, c.out);
    EXPECT_TRUE(IsValidUtf8(s));
  }
}

TEST(Utf8, FoldLowersAndStripsDiacritics) {
  EXPECT_EQ(Fold("Assimi Go\xC3\xAF" "ta"), "assimi goita");
  EXPECT_EQ(Fold("\xC3\x89lys\xC3\xA9" "e"), "elysee");
  EXPECT_EQ(Fold("\xC5\x81\xC3\xB3" "d\xC5\xBA"), "lodz");
  EXPECT_EQ(Fold("Mali\xE2\x80\x99s"), "mali's");
  EXPECT_EQ(Fold("pull\xE2\x80\x94out"), "pull-out");
  EXPECT_EQ(Fold("\xD0\x9A\xD0\xB8\xD0\xB5\xD0\xB2"), "\xD0\xBA\xD0\xB8\xD0\xB5\xD0\xB2");  // Киев -> киев
}

}  // namespace dateline
