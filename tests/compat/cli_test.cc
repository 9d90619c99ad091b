// `dyad validate` and `dyad code --dict/--verbs/--actors` as a user runs them:
// the real binary on small dictionaries and suites written for these tests.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli_fixture.h"

namespace {

namespace fs = std::filesystem;

using CliRun = dyad::cli_test::CliResult;

class CompatCli : public dyad::cli_test::CliTest {
 protected:
  CliRun dyad(const std::string& args) { return dyad::cli_test::run_dyad(dir_, args); }
  void write_suite() {
    write("S.verbs.txt",
          "--- SEND [070] ---\nSEND {SENT SENDS}\n- * GRAIN TO + [071]\n- * BROKEN [\n"
          "--- VISIT [032:033] ---\nVISIT {VISITED VISITS}\n");
    write("S.actors.txt", "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\nMARSOVIA_ [MRS <1990]\n");
    write("S.agents.txt", "ENVOY [~GOV]\n");
    write("suite.xml",
          "<Validation>\n<Environment><Verbfile>S.verbs.txt</Verbfile><Actorfile>S.actors.txt</Actorfile>"
          "<Agentfile>S.agents.txt</Agentfile><Include>A B</Include></Environment>\n<Sentences>\n"
          "<Sentence date=\"20000101\" id=\"A-1\" category=\"A\" sentence=\"true\">\n"
          "<EventCoding sourcecode=\"FRD\" targetcode=\"SYL\" eventcode=\"071\"></EventCoding>\n"
          "<Text>Freedonia sent grain to Sylvania.</Text>\n"
          "<Parse>(ROOT (S (NP (NNP Freedonia)) (VP (VBD sent) (NP (NN grain)) (PP (TO to) (NP (NNP Sylvania)))) (. "
          ".)))</Parse>\n</Sentence>\n"
          "<Sentence date=\"20000101\" id=\"B-1\" category=\"B\" sentence=\"true\">\n"
          "<EventCoding sourcecode=\"SYL\" targetcode=\"FRD\" eventcode=\"042\"></EventCoding>\n"
          "<Text>Sylvania visited Freedonia.</Text>\n"
          "<Parse>(ROOT (S (NP (NNP Sylvania)) (VP (VBD visited) (NP (NNP Freedonia))) (. .)))</Parse>\n"
          "</Sentence>\n</Sentences>\n</Validation>\n");
  }
};

std::string last_line(const std::string& s) {
  std::string t = s;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  size_t nl = t.rfind('\n');
  return nl == std::string::npos ? t : t.substr(nl + 1);
}

TEST_F(CompatCli, ValidateReportsRatesFailuresAndDictionaryLines) {
  write_suite();
  CliRun r = dyad("validate '" + (dir_ / "suite.xml").string() + "' --given-parse");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(last_line(r.out), "passed 1 of 2 expected events (50.0%)");
  EXPECT_NE(r.out.find("FAIL B-1 [B]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("expected: SYL FRD 042"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("got:      SYL FRD 032, FRD SYL 033"), std::string::npos) << r.out;
  // Malformed dictionary lines are named file:line on stderr; loading went on.
  EXPECT_NE(r.err.find("S.verbs.txt:4: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("S.actors.txt:3: "), std::string::npos) << r.err;
}

TEST_F(CompatCli, ValidateJson) {
  write_suite();
  CliRun r = dyad("validate '" + (dir_ / "suite.xml").string() + "' --given-parse --json --quiet-dictionaries");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["events"]["passed"], 1);
  EXPECT_EQ(j["events"]["expected"], 2);
  EXPECT_EQ(j["records"]["passed"], 1);
  EXPECT_EQ(j["categories"]["A"]["records_passed"], 1);
  ASSERT_EQ(j["failures"].size(), 1u);
  EXPECT_EQ(j["failures"][0]["id"], "B-1");
  EXPECT_EQ(j["failures"][0]["expected"][0][2], "042");
  EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST_F(CompatCli, ValidateMissingSuiteOrDictionary) {
  CliRun r = dyad("validate '" + (dir_ / "absent.xml").string() + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("absent.xml"), std::string::npos) << r.err;
  write("bad.xml",
        "<Validation><Environment><Verbfile>gone.txt</Verbfile></Environment><Sentences>"
        "<Sentence id=\"X\" date=\"20000101\" category=\"A\"><Text>x</Text><Parse>(ROOT (NN x))</Parse></Sentence>"
        "</Sentences></Validation>");
  r = dyad("validate '" + (dir_ / "bad.xml").string() + "' --given-parse");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("gone.txt"), std::string::npos) << r.err;
}

TEST_F(CompatCli, CodeWithUserDictionaries) {
  write("v.txt", "--- SEND [070] ---\nSEND {SENT SENDS}\n- * GRAIN (TO) [071]\n");
  std::string v2 =
      "####### VERB PATTERNS #######\n--- SHIP [070] ---\nSHIP {SHIPPED SHIPS}\n- * GRAIN (TO) [071]\n- * BAD (LINE\n";
  write("v2.txt", v2);
  write("a.txt", "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n");
  std::string text = write("in.txt", "Freedonia shipped grain to Sylvania on Monday.\n");
  CliRun r = dyad("code --verbs '" + (dir_ / "v2.txt").string() + "' --actors '" + (dir_ / "a.txt").string() +
               "' --dict-mode replace --date 2020-01-01 '" + text + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("v2.txt:5: "), std::string::npos) << r.err;
  std::istringstream in(r.out);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    EXPECT_EQ(j["cameo"], "071");
    EXPECT_EQ(j["source"]["code"], "FRD");
    EXPECT_EQ(j["target"]["code"], "SYL");
    EXPECT_NE(j["evidence"]["rule"].get<std::string>().find("v2.txt:4"), std::string::npos) << line;
    ++n;
  }
  EXPECT_EQ(n, 1) << r.out;
  // A directory of dictionaries, and an unreadable file.
  fs::create_directories(dir_ / "dict");
  std::ofstream(dir_ / "dict" / "my.verbs.txt") << v2;
  std::ofstream(dir_ / "dict" / "my.actors.txt") << "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n";
  r = dyad("code --dict '" + (dir_ / "dict").string() + "' --dict-mode replace --date 2020-01-01 '" + text + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"071\""), std::string::npos) << r.out;
  r = dyad("code --verbs '" + (dir_ / "nope.txt").string() + "' '" + text + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("nope.txt"), std::string::npos) << r.err;
}

}  // namespace
