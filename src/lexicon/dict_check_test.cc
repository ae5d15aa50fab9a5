// Tests of the dictionary linter, including a run over the shipped data/ (fails when the data
// is broken).
#include "lexicon/dict_check.h"

#include <gtest/gtest.h>

namespace dateline::lexicon {
namespace {

std::vector<Diagnostic> Check(const std::string& text) {
  std::vector<Diagnostic> diags;
  Dictionaries d;
  AddRecords(ParseRecords(text, "t.txt", &diags), "t.txt", &d, &diags);
  CheckDictionaries(d, &diags);
  std::vector<Diagnostic> errors;
  for (auto& x : diags) if (x.error) errors.push_back(x);
  return errors;
}

const char kCountries[] = "country: MLI\nname: Mali\ndemonym: Malian\n\ncountry: FRA\nname: France\n\n";

struct LintCase {
  const char* records;
  const char* expect;  // substring of the first error; "" = clean
};

TEST(DictCheck, Table) {
  const LintCase cases[] = {
      {"actor: mli.a\nname: A\ncode: MLIGOV\nkind: state\n", ""},
      {"actor: mli.a\nname: A\ncode: MLIGOV\nkind: state\n\nactor: mli.a\nname: B\ncode: MLIMIL\nkind: state\n",
       "duplicate actor mli.a"},
      {"actor: mli.a\nname: A\ncode: mligov\nkind: state\n", "bad code"},
      {"actor: mli.a\nname: A\ncode: XYZGOV\nkind: state\n", "no known country"},
      {"actor: mli.a\nname: A\ncode: MLIGOV\nkind: state\ncountry: XYZ\n", "unknown country 'XYZ'"},
      {"actor: mli.a\nname: A\nkind: state\n", "missing code"},
      {"actor: mli.a\ncode: MLIGOV\nkind: state\n", "missing name"},
      {"actor: mli.a\nname: A\ncode: MLIGOV\nkind: warlord\n", "unknown kind"},
      {"actor: mli.a\nname: A\ncode: MLIGOV 2020-01-01..2022-01-01\ncode: MLIMIL 2021-01-01..\nkind: person\n",
       "overlaps"},
      {"actor: mli.a\nname: A\ncode: MLIGOV 2020-01-01..2021-01-01\ncode: MLIMIL 2021-01-01..\nkind: person\n", ""},
      {"actor: mli.a\nname: A\ncode: MLIGOV 2020-13-01..\nkind: person\n", "bad date"},
      {"actor: mli.a\nname: A\ncode: MLIGOV\nkind: state\ninter: 9\n", "inter must be 0-8"},
      {"actor: mli.a\nname: A\nalias: Foo\ncode: MLIGOV\nkind: state\n\n"
       "actor: fra.b\nname: B\nalias: foo\ncode: FRAGOV\nkind: state\n",
       "alias 'foo' of fra.b (FRAGOV) also names mli.a"},
      {"actor: mli.a\nname: Malian\ncode: FRAGOV\nkind: state\n", "also names MLI"},
      {"actor: mli.a\nname: A\ncode: MLIGOV\nkind: state\ncolour: red\n", "unknown key 'colour'"},
      {"agent: ag.x\nforms: soldier\ncode: MIL\n\nagent: ag.y\nforms: soldier\ncode: GOV\n", "also belongs to agent"},
      {"agent: ag.x\nforms: soldier\n", "missing code"},
      {"agent: ag.x\nforms: intelligence\ncode: SPY\nqualified: yes\n", ""},
      {"agent: ag.x\nforms: intelligence\ncode: SPY\nqualified: maybe\n", "qualified must be yes or no"},
      {"discard: d\nscope: story\n", "missing phrase"},
      {"this is not a record\n", "expected 'key: value'"},
      {"actor: mli.p\nname: P\ncode: MLIGOV\nkind: person\nrole: president MLI 2021-05-24..\n", ""},
      {"actor: mli.p\nname: P\ncode: MLIGOV\nkind: person\nrole: president XYZ 2021-05-24..\n", "unknown country 'XYZ' in role"},
      {"actor: mli.p\nname: P\ncode: MLIGOV\nkind: person\nrole: president MLI 2021-05-24..2020-01-01\n", "bad date range"},
  };
  for (const auto& c : cases) {
    auto errors = Check(std::string(kCountries) + c.records);
    if (std::string(c.expect).empty()) {
      EXPECT_TRUE(errors.empty()) << c.records << " -> " << errors[0].ToString();
      continue;
    }
    ASSERT_FALSE(errors.empty()) << c.records;
    EXPECT_NE(errors[0].ToString().find(c.expect), std::string::npos) << errors[0].ToString();
    EXPECT_EQ(errors[0].ToString().rfind("t.txt:", 0), 0u) << "file:line prefix";
  }
}

TEST(DictCheck, ShippedDataIsClean) {
  auto diags = CheckDataDir(std::string(DATELINE_SOURCE_DIR) + "/data");
  std::string all;
  for (const auto& d : diags) if (d.error) all += d.ToString() + "\n";
  EXPECT_TRUE(all.empty()) << all;
}

}  // namespace
}  // namespace dateline::lexicon
