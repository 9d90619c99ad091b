// Validation suites: a tiny suite of each kind written for these tests, and
// the field's three suites in ../shared checked against the pass rates
// recorded in tests/compat/baselines.tsv (a drop below them fails).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/compat.h"
#include "dyad/pipeline.h"

namespace dyad::compat {
namespace {

namespace fs = std::filesystem;

class TinySuite : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_compat_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& body) {
    std::ofstream(dir_ / name, std::ios::binary) << body;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

const char* kVerbs =
    "--- SEND [070] ---\n"
    "SEND {SENT SENDS}\n"
    "- * GRAIN TO + [071]\n"
    "--- VISIT [032:033] ---\n"
    "VISIT {VISITED VISITS}\n";
const char* kActors = "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n";

TEST_F(TinySuite, Petr1XmlRecordsScoredAsMultisets) {
  write("T.verbs.txt", kVerbs);
  write("T.actors.txt", kActors);
  write("T.agents.txt", "ENVOY [~GOV]\n");
  write("T.discards.txt", "+CHESS OLYMPIAD\n");
  std::string suite_path = write("suite.xml",
      "<Validation>\n"
      "<Environment>\n"
      "  <Verbfile>T.verbs.txt</Verbfile><Actorfile>T.actors.txt</Actorfile>\n"
      "  <Agentfile>T.agents.txt</Agentfile><Discardfile>T.discards.txt</Discardfile>\n"
      "  <Include>A B</Include>\n"
      "</Environment>\n"
      "<Sentences>\n"
      "<Sentence date=\"20000101\" id=\"A-1\" category=\"A\" sentence=\"true\">\n"
      "<!-- a comment <EventCoding sourcecode=\"X\" targetcode=\"Y\" eventcode=\"1\"></EventCoding> -->\n"
      "<EventCoding sourcecode=\"FRD\" targetcode=\"SYL\" eventcode=\"071\"></EventCoding>\n"
      "<Text>Freedonia sent grain to Sylvania.</Text>\n"
      "<Parse>(ROOT (S (NP (NNP Freedonia)) (VP (VBD sent) (NP (NN grain)) (PP (TO to) (NP (NNP Sylvania)))) (. .)))</Parse>\n"
      "</Sentence>\n"
      "<Sentence date=\"20000101\" id=\"A-2\" category=\"A\" sentence=\"true\">\n"
      "<EventCoding sourcecode=\"FRD\" targetcode=\"SYL\" eventcode=\"032\"></EventCoding>\n"
      "<EventCoding sourcecode=\"SYL\" targetcode=\"FRD\" eventcode=\"033\"></EventCoding>\n"
      "<EventCoding sourcecode=\"SYL\" targetcode=\"FRD\" eventcode=\"999\"></EventCoding>\n"
      "<Text>Freedonia visited Sylvania.</Text>\n"
      "<Parse>(ROOT (S (NP (NNP Freedonia)) (VP (VBD visited) (NP (NNP Sylvania))) (. .)))</Parse>\n"
      "</Sentence>\n"
      "<Sentence date=\"20000101\" id=\"B-1\" category=\"B\" sentence=\"true\">\n"
      "<EventCoding noevents=\"True\"></EventCoding>\n"
      "<Text>Freedonia slept.</Text>\n"
      "<Parse>(ROOT (S (NP (NNP Freedonia)) (VP (VBD slept)) (. .)))</Parse>\n"
      "</Sentence>\n"
      "<Sentence date=\"20000101\" id=\"B-2\" category=\"B\" sentence=\"true\">\n"
      "<EventCoding error=\"storydiscard\"></EventCoding>\n"
      "<Text>Freedonia visited the chess olympiad.</Text>\n"
      "<Parse>(ROOT (S (NP (NNP Freedonia)) (VP (VBD visited) (NP (DT the) (NN chess) (NN olympiad))) (. .)))</Parse>\n"
      "</Sentence>\n"
      "<Sentence date=\"20000101\" id=\"C-1\" category=\"C\" sentence=\"true\">\n"
      "<EventCoding sourcecode=\"FRD\" targetcode=\"SYL\" eventcode=\"070\"></EventCoding>\n"
      "<Text>Not included.</Text><Parse>(ROOT (NP (NN x)))</Parse>\n"
      "</Sentence>\n"
      "</Sentences>\n"
      "</Validation>\n");
  Suite suite;
  ASSERT_EQ(read_suite(suite_path, suite), "");
  EXPECT_EQ(suite.kind, Suite::Kind::kPetr1);
  ASSERT_EQ(suite.records.size(), 5u);
  EXPECT_FALSE(suite.records[4].evaluate);  // category C is not included
  EXPECT_EQ(suite.records[0].expected.size(), 1u);  // the commented-out coding is ignored
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  ASSERT_TRUE(load_suite_dictionaries(suite, *d, diags));
  SuiteScore s = run_suite(suite, d, given_parse_source());
  EXPECT_EQ(s.total.records, 4);
  EXPECT_EQ(s.total.expected, 4);
  EXPECT_EQ(s.total.matched, 3);          // 999 is never coded
  EXPECT_EQ(s.total.records_passed, 3);   // A-2 fails on the missing triple
  EXPECT_EQ(s.by_category["A"].records_passed, 1);
  EXPECT_EQ(s.by_category["B"].records_passed, 2);
  EXPECT_FALSE(s.outcomes[1].passed);
  EXPECT_EQ(s.outcomes[3].got_error, "storydiscard");
}

TEST_F(TinySuite, TabariTextWithProject) {
  write("T.verbs", "SEND [070]\n{ SENT }\n- * GRAIN TO + [071]\nVISIT [032:033]\n");
  write("T.actors", "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n");
  write("T.agents", "ENVOY_ [~GOV]\n");
  write("T.options", "SET: LABEL = TRUE\nLABEL: 010=YIELD\n");
  write("T.project",
        "<actorsfile> T.actors\n<verbsfile> T.verbs\n<optionsfile> T.options\n<agentsfile> T.agents\n<textfile> "
        "T.text\n");
  std::string text =
      "000101  START-00\nnot coded\n/*\\n{+++} */\n\n"
      "950101  DEMO-01\nFreedonia sent grain to\nSylvania on Monday morning.\n/*\\n[prose with {braces}]\n\\n{ FRD / SYL / 071 } "
      "950101 */\n\n"
      "950101  DEMO-02\nFreedonia slept.\n/*\\n{---}\n\\n-{ FRD / SYL / 999 } */\n\n"
      "950101  FINAL-01\nend\n/*\\n{---} */\n\n"
      "950101  AFTER-01\nFreedonia visited Sylvania.\n/*\\n{ FRD / SYL / 032 } */\n";
  write("T.text", text);
  Suite suite;
  ASSERT_EQ(read_suite((dir_ / "T.project").string(), suite), "");
  EXPECT_EQ(suite.kind, Suite::Kind::kTabari);
  ASSERT_EQ(suite.records.size(), 5u);
  int evaluated = 0, expected = 0;
  for (const auto& r : suite.records) {
    evaluated += r.evaluate;
    if (r.evaluate) expected += static_cast<int>(r.expected.size());
  }
  EXPECT_EQ(evaluated, 2);  // START-00, FINAL-01 and what follows are not
  EXPECT_EQ(expected, 1);   // prose braces and a disabled '-{' do not count
  EXPECT_TRUE(suite.records[2].expect_none);
  EXPECT_EQ(suite.records[1].date, 19950101);
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  ASSERT_TRUE(load_suite_dictionaries(suite, *d, diags));
  // The TABARI suite carries no parse: tag the words by hand for the linear coder.
  SentenceSource src = [](const SuiteRecord& r, std::vector<CSentence>& out) -> std::string {
    CSentence s;
    s.date = r.date;
    std::istringstream in(r.text);
    std::string w;
    while (in >> w) {
      if (w.back() == '.') w.pop_back();
      CToken t;
      t.text = w;
      for (char& c : w) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      t.word = w;
      s.toks.push_back(t);
    }
    out = {s};
    return "";
  };
  SuiteScore s = run_suite(suite, d, src);
  EXPECT_EQ(s.total.records, 2);
  EXPECT_EQ(s.total.records_passed, 2);
  EXPECT_EQ(s.total.matched, 1);
}

// Records with YYYYMMDD dates (after "SET: YYYY = TRUE") or a mistyped 7- or
// 9-digit date are still records, and codings written after a comment that
// closed early belong to their record up to the blank line.
TEST_F(TinySuite, TabariLongDatesAndCodingsAfterAStrayClose) {
  write("T.verbs", "SEND [070]\n");
  write("T.actors", "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n");
  write("T.project", "<actorsfile> T.actors\n<verbsfile> T.verbs\n<textfile> T.text\n");
  write("T.text",
        "950101  OPT-01\nswitch\n/*\\n{ OPTION: SET: YYYY = TRUE } */\n\n"
        "20150607 LONG-01\nFreedonia sent envoys.\n/*\\n{ FRD / SYL / 070 } */\n\n"
        "186010029 LONG-02\nFreedonia sent envoys.\n/*\\n{ FRD / SYL / 070 } */\n\n"
        "9501201  SHORT-01\nFreedonia sent envoys.\n/*\\n{ FRD / SYL / 070 } */\n\n"
        "950101  STRAY-01\nFreedonia sent envoys.\n/*\\n{ FRD / SYL / 070 } */\n\\n{ SYL / FRD / 070 } */\n\n"
        "950101  NEXT-01\nFreedonia sent envoys.\n/*\\n{---} */\n");
  Suite suite;
  ASSERT_EQ(read_suite((dir_ / "T.project").string(), suite), "");
  ASSERT_EQ(suite.records.size(), 6u);
  EXPECT_EQ(suite.records[1].id, "LONG-01");
  EXPECT_EQ(suite.records[1].date, 20150607);
  EXPECT_EQ(suite.records[2].id, "LONG-02");
  EXPECT_EQ(suite.records[2].date, 18601002);
  EXPECT_EQ(suite.records[3].id, "SHORT-01");
  EXPECT_EQ(suite.records[3].date, 19501201);  // a 7-digit date: its last six digits, as for actor dates
  EXPECT_EQ(suite.records[4].id, "STRAY-01");
  EXPECT_EQ(suite.records[4].expected.size(), 2u);
  EXPECT_EQ(suite.records[5].id, "NEXT-01");
  EXPECT_TRUE(suite.records[5].expect_none);
}

TEST_F(TinySuite, MissingFilesAreNamed) {
  Suite suite;
  std::string err = read_suite((dir_ / "nope.xml").string(), suite);
  EXPECT_NE(err.find("nope.xml"), std::string::npos);
  std::string p = write("broken.xml", "<Validation><Environment><Verbfile>missing.txt</Verbfile></Environment>"
                                      "<Sentences><Sentence id=\"X\" date=\"20000101\"><Text>x</Text>"
                                      "</Sentences></Validation>");
  err = read_suite(p, suite);
  EXPECT_NE(err.find("not closed"), std::string::npos) << err;
}

// ------------------------------------------------------------ real suites

struct Baseline {
  int records_passed = -1, records = 0, events_passed = 0, events = 0;
};

Baseline read_baseline(const std::string& suite, const std::string& parse) {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/tests/compat/baselines.tsv");
  std::string line;
  Baseline b;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ss(line);
    std::string s, p;
    Baseline x;
    if (ss >> s >> p >> x.records_passed >> x.records >> x.events_passed >> x.events && s == suite && p == parse)
      b = x;
  }
  return b;
}

// dyad's pipeline, or nullptr with *why set when its models cannot be loaded.
const Pipeline* pipeline(std::string* why) {
  static std::string error;
  static std::unique_ptr<Pipeline> p = [] {
    PipelineOptions o;
    o.root = DYAD_SOURCE_DIR;
    try {
      return Pipeline::load(o);
    } catch (const std::exception& e) {
      error = e.what();
      return std::unique_ptr<Pipeline>();
    }
  }();
  *why = error;
  return p.get();
}

void check_suite(const std::string& rel, const std::string& key, bool given) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/" + rel;
  if (!fs::exists(path)) GTEST_SKIP() << "../shared absent: " << path;
  std::string why;
  const Pipeline* pl = given ? nullptr : pipeline(&why);
  if (!given && !pl) GTEST_SKIP() << "dyad models unavailable: " << why;
  Baseline b = read_baseline(key, given ? "given" : "dyad");
  ASSERT_GE(b.records_passed, 0) << "no baseline for " << key << " in tests/compat/baselines.tsv";
  Suite suite;
  ASSERT_EQ(read_suite(path, suite), "");
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  ASSERT_TRUE(load_suite_dictionaries(suite, *d, diags));
  SuiteScore s = run_suite(suite, d, given ? given_parse_source() : pipeline_source(*pl));
  EXPECT_EQ(s.total.records, b.records);
  EXPECT_EQ(s.total.expected, b.events);
  EXPECT_GE(s.total.records_passed, b.records_passed) << key << ": records passed fell below the baseline";
  EXPECT_GE(s.total.matched, b.events_passed) << key << ": events passed fell below the baseline";
  std::printf("%s %s: records %d/%d, events %d/%d\n", key.c_str(), given ? "given" : "dyad", s.total.records_passed,
              s.total.records, s.total.matched, s.total.expected);
}

TEST(CompatSuites, Petr1UnitTestsGivenParse) { check_suite("petrarch2/text/PETR.UnitTest.records.xml", "petrarch1", true); }
TEST(CompatSuites, Petr1UnitTestsDyadParse) { check_suite("petrarch2/text/PETR.UnitTest.records.xml", "petrarch1", false); }
TEST(CompatSuites, UdPetrarchGivenParse) { check_suite("ud-petrarch/PETR_Validate_records_2_02.xml", "udpetrarch", true); }
TEST(CompatSuites, UdPetrarchDyadParse) { check_suite("ud-petrarch/PETR_Validate_records_2_02.xml", "udpetrarch", false); }
TEST(CompatSuites, TabariValidateDyadParse) { check_suite("tabari/validate/Validate.project", "tabari", false); }

}  // namespace
}  // namespace dyad::compat
