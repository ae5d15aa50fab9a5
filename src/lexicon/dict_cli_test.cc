// Tests of the `dateline dict check` command line: clean shipped data exits 0, a broken extra
// dictionary exits 1 with "file:line: reason" lines.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace dateline {
namespace {

int RunDateline(const std::string& args, std::string* out) {
  std::string cmd = std::string(DATELINE_BINARY) + " " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return -1;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out->append(buf, n);
  int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(DictCli, ShippedDataPassesAndBrokenDictionaryFails) {
  std::string out;
  EXPECT_EQ(RunDateline("dict check", &out), 0) << out;
  std::string path = ::testing::TempDir() + "/broken_actors.txt";
  {
    std::ofstream f(path);
    f << "actor: mli.broken\nname: Broken\ncode: mligov\nkind: state\ncountry: XYZ\n";
  }
  out.clear();
  EXPECT_EQ(RunDateline("dict check --dict actors=" + path, &out), 1);
  EXPECT_NE(out.find(path + ":1: actor mli.broken: unknown country 'XYZ'"), std::string::npos) << out;
  EXPECT_NE(out.find(path + ":3: actor mli.broken: bad code 'mligov'"), std::string::npos) << out;
  std::remove(path.c_str());
}

}  // namespace
}  // namespace dateline
