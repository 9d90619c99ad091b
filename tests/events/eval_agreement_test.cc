// Two annotations of one gold set: the consensus split (events both
// annotators record, events either records), `"skipped"` sentences, and
// `dyad eval-agreement` / `eval-events --second-gold` end to end.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <unordered_set>

#include "cli_fixture.h"
#include "events/event_eval.h"

namespace dyad {
namespace {

using cli_test::CliResult;
using cli_test::CliTest;

// "out" and "err" of a run, for failure messages and searches.
std::string both(const CliResult& r) { return r.out + r.err; }

std::vector<GoldEvent> events(std::initializer_list<const char*> items) {
  std::vector<GoldEvent> out;
  for (const char* s : items) out.push_back(parse_gold_event(s));
  return out;
}

TEST(Consensus, AgreedIsMatchedAtRootAndDyadEitherIsTheUnion) {
  const std::unordered_set<std::string> countries = {"USA", "RUS", "UKR"};
  // Same root and dyad keys, different full codes: agreed (root + dyad is
  // the level the targets are set at).
  auto a = events({"USAGOV RUSGOV 112", "RUS UKR 190", "USA RUS 036 negated"});
  auto b = events({"USA RUS 111", "UKR RUS 190", "RUS UKR 173 hypothetical"});
  Consensus c = consensus(a, b, countries);
  ASSERT_EQ(c.agreed.size(), 1u);
  EXPECT_EQ(c.agreed[0].code, "112");  // the first annotation's form
  // Either: all of a (its negated event stays, uncounted) plus b's counted
  // unmatched event; b's hypothetical one is no event of its own.
  ASSERT_EQ(c.either.size(), 4u);
  EXPECT_EQ(c.either[3].source, "UKR");
  EXPECT_EQ(c.either[3].code, "190");
  // A reversed dyad is not agreement.
  EXPECT_TRUE(consensus(events({"RUS UKR 190"}), events({"UKR RUS 190"}), countries).agreed.empty());
  // Nothing from one annotator: nothing agreed, the other's events defended.
  c = consensus({}, b, countries);
  EXPECT_TRUE(c.agreed.empty());
  EXPECT_EQ(c.either.size(), 2u);
}

class GoldFiles : public CliTest {};

TEST_F(GoldFiles, SkippedSentencesAndKeys) {
  std::string path = write("gold_skipped.jsonl",
                                "{\"text\": \"A.\", \"events\": [], \"skipped\": true}\n"
                                "{\"corpus\": \"news/x.jsonl\", \"id\": \"7\", \"begin\": 3, \"end\": 9, "
                                "\"fnv\": \"0123456789abcdef\", \"events\": []}\n");
  auto g = load_gold(path);
  ASSERT_EQ(g.size(), 2u);
  EXPECT_TRUE(g[0].skipped);
  EXPECT_FALSE(g[1].skipped);
  EXPECT_EQ(sentence_key(g[1]), "news/x.jsonl\t7\t3\t9");
  EXPECT_NE(sentence_key(g[0]), sentence_key(g[1]));
  std::string bad = write("gold_skipped_bad.jsonl", "{\"text\": \"A.\", \"events\": [], \"skipped\": 1}\n");
  try {
    load_gold(bad);
    FAIL() << "a non-boolean \"skipped\" was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(":1:"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("skipped"), std::string::npos) << e.what();
  }
}

TEST_F(GoldFiles, AgreementScoresSecondAgainstFirst) {
  const std::string first = write("agree_first.jsonl",
                                       "{\"text\": \"One.\", \"events\": [\"USAGOV RUSGOV 112\", \"RUS UKR 190\"]}\n"
                                       "{\"text\": \"Two.\", \"events\": [\"UKR RUS 111\"]}\n"
                                       "{\"text\": \"Three.\", \"events\": [\"CHN USA 036\"]}\n");
  // Agrees on one event of "One." (root + dyad, not full code), adds one of
  // its own there, misses "Two.", and skipped "Three.".
  const std::string second = write("agree_second.jsonl",
                                        "{\"text\": \"One.\", \"events\": [\"USA RUS 111\", \"UKR RUS 173\"]}\n"
                                        "{\"text\": \"Two.\", \"events\": []}\n"
                                        "{\"text\": \"Three.\", \"events\": [], \"skipped\": true}\n");
  CliResult r = cli_test::run_dyad(dir_, "eval-agreement --gold " + first + " --second " + second);
  std::string out = both(r);
  ASSERT_EQ(r.exit_code, 0) << out;
  EXPECT_NE(out.find("2 sentences paired, 1 left out (skipped)"), std::string::npos) << out;
  EXPECT_NE(out.find("agreed    1  second only    1  first only    2   P 0.500  R 0.333"), std::string::npos)
      << out;
  // Full codes differ on the agreed pair.
  EXPECT_NE(out.find("full             agreed    0"), std::string::npos) << out;
  // Per root: both 11 events of the first (112, 111) against one of the
  // second, agreed once; the first's 190 and the second's 173 unmatched.
  EXPECT_NE(out.find("11         2       1        1  0.67"), std::string::npos) << out;
  EXPECT_NE(out.find("17         0       1        0  0.00"), std::string::npos) << out;
  EXPECT_NE(out.find("19         1       0        0  0.00"), std::string::npos) << out;

  // Files of different sentences pair nothing: an error, not a perfect score.
  const std::string other = write("agree_other.jsonl", "{\"text\": \"Four.\", \"events\": []}\n");
  r = cli_test::run_dyad(dir_, "eval-agreement --gold " + first + " --second " + other);
  out = both(r);
  EXPECT_EQ(r.exit_code, 1) << out;
  EXPECT_NE(out.find("no sentence"), std::string::npos) << out;
}

TEST_F(GoldFiles, SecondGoldGivesConsensusFigures) {
  std::string root = DYAD_SOURCE_DIR;
  if (!std::filesystem::exists(root + "/models/parser.bin")) GTEST_SKIP() << "models absent";
  // dyad codes RUS -> USA 111 here. The first annotator recorded it and a
  // second event; the second annotator only the second event: the coder's
  // event is outside the agreed set but inside what either records.
  const std::string s = "Russia condemned the United States on Monday.";
  const std::string first =
      write("second_first.jsonl", "{\"text\": \"" + s +
                                           "\", \"date\": \"2021-04-14\", \"events\": [\"RUS USA 111\", "
                                           "\"USA RUS 173\"]}\n");
  const std::string second = write(
      "second_second.jsonl", "{\"text\": \"" + s + "\", \"date\": \"2021-04-14\", \"events\": [\"USA RUS 173\"]}\n");
  CliResult r = cli_test::run_dyad(dir_, "eval-events --gold " + first + " --second-gold " + second);
  std::string out = both(r);
  ASSERT_EQ(r.exit_code, 0) << out;
  EXPECT_NE(out.find("1 sentences paired"), std::string::npos) << out;
  EXPECT_NE(out.find("agreed by both       R 0.000  (0 of 1 events"), std::string::npos) << out;
  EXPECT_NE(out.find("recorded by either   P 1.000  (1 of 1 dyad events)"), std::string::npos) << out;

  // --per-root: gold, coded and matched events of each root.
  r = cli_test::run_dyad(dir_, "eval-events --gold " + first + " --per-root");
  out = both(r);
  ASSERT_EQ(r.exit_code, 0) << out;
  EXPECT_NE(out.find("11         1       1        1  1.00"), std::string::npos) << out;
  EXPECT_NE(out.find("17         1       0        0  0.00"), std::string::npos) << out;
}

// Every shipped second annotation covers exactly the sentences of its first
// annotation (same keys, none skipped), so the agreement and consensus
// figures in tests/gold/README.md are over whole sets. Only the files are
// read: no shared corpus is needed.
TEST_F(GoldFiles, ShippedSecondAnnotationsPairWithTheirSets) {
  const std::filesystem::path gold = std::filesystem::path(DYAD_SOURCE_DIR) / "tests" / "gold";
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(gold / "second")) {
    if (e.path().extension() != ".jsonl") continue;
    ++files;
    const auto first = gold / e.path().filename();
    ASSERT_TRUE(std::filesystem::exists(first)) << e.path() << " has no first annotation";
    const auto a = load_gold(first.string()), b = load_gold(e.path().string());
    EXPECT_EQ(a.size(), b.size()) << e.path();
    std::unordered_set<std::string> keys;
    for (const auto& g : a) keys.insert(sentence_key(g));
    for (const auto& g : b) {
      EXPECT_TRUE(keys.count(sentence_key(g))) << g.where << ": not a sentence of " << first;
      EXPECT_FALSE(g.skipped) << g.where;
    }
    CliResult r = cli_test::run_dyad(dir_, "eval-agreement --gold " + first.string() + " --second " + e.path().string());
    std::string out = both(r);
    EXPECT_EQ(r.exit_code, 0) << out;
    EXPECT_NE(out.find(std::to_string(a.size()) + " sentences paired\n"), std::string::npos) << out;
  }
  EXPECT_GE(files, 6);
}

}  // namespace
}  // namespace dyad
