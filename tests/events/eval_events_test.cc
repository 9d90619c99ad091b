// Event evaluation: gold parsing, dyad keys, one-to-one scoring, and
// `dyad eval-events` on the shipped gold sets with a recorded baseline.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "events/event_eval.h"

namespace dyad {
namespace {

std::string write_temp(const std::string& name, const std::string& body) {
  auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << body;
  return path.string();
}

std::string run_cli(const std::string& args, int* rc) {
  std::string out;
  FILE* p = popen((std::string(DYAD_CLI_PATH) + " " + args + " 2>&1").c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  *rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

// "root+dyad        tp ... P 0.123  R 0.456" -> P and R.
bool read_pr(const std::string& out, const std::string& label, double* p, double* r) {
  auto at = out.find("\n" + label + " ");
  if (at == std::string::npos) return false;
  auto ps = out.find(" P ", at), rs = out.find(" R ", at);
  if (ps == std::string::npos || rs == std::string::npos) return false;
  *p = std::stod(out.substr(ps + 3));
  *r = std::stod(out.substr(rs + 3));
  return true;
}

TEST(EvalEvents, ParsesGoldEventItems) {
  GoldEvent e = parse_gold_event("USAGOV TURGOV 1312");
  EXPECT_EQ(e.source, "USAGOV");
  EXPECT_EQ(e.target, "TURGOV");
  EXPECT_EQ(e.code, "1312");
  EXPECT_EQ(e.modality, Modality::kAsserted);
  e = parse_gold_event("PAKINS - 015");
  EXPECT_EQ(e.target, "");
  e = parse_gold_event("CHN RUS 111 negated");
  EXPECT_EQ(e.modality, Modality::kNegated);
  e = parse_gold_event("IRN RUS 072 denied");
  EXPECT_EQ(e.modality, Modality::kDenied);
  EXPECT_THROW(parse_gold_event("IRN RUS 072 disputed"), std::runtime_error);
  EXPECT_THROW(parse_gold_event("USA 111"), std::runtime_error);
  EXPECT_THROW(parse_gold_event("USA RUS 1x1"), std::runtime_error);
  EXPECT_THROW(parse_gold_event("usa RUS 111"), std::runtime_error);
  EXPECT_THROW(parse_gold_event("USA RUS 111 maybe"), std::runtime_error);
  EXPECT_THROW(parse_gold_event("- RUS 111"), std::runtime_error);
}

TEST(EvalEvents, GoldErrorsNameFileAndLine) {
  std::string path = write_temp("dyad_gold_bad.jsonl",
                                "{\"text\": \"A.\", \"events\": []}\n"
                                "# comment\n"
                                "{\"text\": \"B.\", \"events\": [\"USA\"]}\n");
  try {
    load_gold(path);
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("dyad_gold_bad.jsonl:3:"), std::string::npos) << e.what();
  }
  path = write_temp("dyad_gold_bad2.jsonl", "{\"id\": \"1\", \"events\": []}\n");
  EXPECT_THROW(load_gold(path), std::runtime_error);
  path = write_temp("dyad_gold_bad3.jsonl", "not json\n");
  EXPECT_THROW(load_gold(path), std::runtime_error);
  path = write_temp("dyad_gold_ok.jsonl",
                    "{\"corpus\": \"news/x.jsonl\", \"id\": \"7\", \"begin\": 3, \"end\": 9, \"fnv\": "
                    "\"0123456789abcdef\", \"date\": \"2020-01-02\", \"events\": [\"RUS UKR 190\"]}\n");
  auto g = load_gold(path);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].id, "7");
  EXPECT_EQ(g[0].begin, 3u);
  EXPECT_EQ(g[0].events.size(), 1u);
}

TEST(EvalEvents, Fnv1aMatchesReferenceValues) {
  EXPECT_EQ(fnv1a_hex(""), "cbf29ce484222325");
  EXPECT_EQ(fnv1a_hex("a"), "af63dc4c8601ec8c");
}

TEST(EvalEvents, DyadKeys) {
  std::unordered_set<std::string> countries{"USA", "PAK", "AFG"};
  EXPECT_EQ(dyad_key("USAGOV", countries), "USA");
  EXPECT_EQ(dyad_key("PAK", countries), "PAK");
  EXPECT_EQ(dyad_key("AFGGOVTAL", countries), "AFG");
  EXPECT_EQ(dyad_key("IGOUNOREFHCR", countries), "IGOUNO");
  EXPECT_EQ(dyad_key("IGOUNO", countries), "IGOUNO");
  // The full and short forms of one NGO share a key.
  EXPECT_EQ(dyad_key("NGOHLHMSF", countries), "NGOMSF");
  EXPECT_EQ(dyad_key("NGOMSF", countries), "NGOMSF");
  // A generic NGO with only its speciality ("rights groups") is the
  // generic NGO.
  EXPECT_EQ(dyad_key("NGOHRI", countries), "NGO");
  EXPECT_EQ(dyad_key("NGO", countries), "NGO");
  EXPECT_EQ(dyad_key("REB", countries), "REB");
  EXPECT_EQ(dyad_key("", countries), "");
}

TEST(EvalEvents, ScoresOneToOneAtBothLevels) {
  std::unordered_set<std::string> countries{"USA", "RUS", "CHN"};
  std::vector<GoldEvent> gold{parse_gold_event("USAGOV RUS 111"), parse_gold_event("USAGOV RUS 111"),
                              parse_gold_event("CHN RUS 111 negated")};
  auto sys_event = [](std::string s, std::string t, std::string c, Modality m = Modality::kAsserted) {
    SystemEvent e;
    e.source = s;
    e.target = t;
    e.code = c;
    e.modality = m;
    return e;
  };
  std::vector<SystemEvent> sys{sys_event("USA", "RUSGOV", "112"),      // root ok, full wrong
                               sys_event("CHN", "RUS", "111"),          // negated act as positive
                               sys_event("RUS", "USA", "190", Modality::kRequested)};  // not counted
  EvalTotals t;
  score_sentence(gold, sys, countries, t);
  EXPECT_EQ(t.gold_events, 2u);
  EXPECT_EQ(t.gold_negated, 1u);
  EXPECT_EQ(t.negated_as_positive, 1u);
  EXPECT_EQ(t.system_events, 2u);
  EXPECT_EQ(t.system_uncounted, 1u);
  EXPECT_EQ(t.root.tp, 1u);
  EXPECT_EQ(t.root.fn, 1u);
  EXPECT_EQ(t.root.fp, 1u);
  EXPECT_EQ(t.full.tp, 0u);
  EXPECT_EQ(t.full.fn, 2u);
  EXPECT_EQ(t.full.fp, 2u);
  // An event matched to an asserted gold act is not also the negated act of
  // the same root and dyad: "denied the charge" next to a negated "did not
  // comment" (both root 01).
  EvalTotals t3;
  score_sentence({parse_gold_event("USAGOV - 016"), parse_gold_event("USAGOV - 011 negated")},
                 {sys_event("USAGOV", "", "016")}, countries, t3);
  EXPECT_EQ(t3.root.tp, 1u);
  EXPECT_EQ(t3.gold_negated, 1u);
  EXPECT_EQ(t3.negated_as_positive, 0u);
  // An empty gold sentence with an empty system output scores nothing.
  EvalTotals t2;
  score_sentence({}, {}, countries, t2);
  EXPECT_EQ(t2.sentences, 1u);
  EXPECT_EQ(t2.root.tp + t2.root.fp + t2.root.fn, 0u);
}

TEST(EvalEventsCli, InlineGoldSentences) {
  std::string root = DYAD_SOURCE_DIR;
  if (!std::filesystem::exists(root + "/models/parser.bin")) GTEST_SKIP() << "models absent";
  std::string path = write_temp("dyad_gold_inline.jsonl",
                                "{\"text\": \"Russia condemned the United States on Monday.\", \"date\": "
                                "\"2021-04-14\", \"events\": [\"RUS USA 111\"]}\n"
                                "{\"text\": \"The minister said the weather was fine.\", \"date\": "
                                "\"2021-04-14\", \"events\": []}\n");
  int rc = -1;
  std::string out = run_cli("eval-events --gold " + path + " --verbose", &rc);
  ASSERT_EQ(rc, 0) << out;
  double p = 0, r = 0;
  ASSERT_TRUE(read_pr(out, "root+dyad", &p, &r)) << out;
  EXPECT_DOUBLE_EQ(r, 1.0) << out;
  EXPECT_DOUBLE_EQ(p, 1.0) << out;
}

// A `.json` corpus (one object keyed by story id, text in `articleBody`, as
// the article-extraction benchmark's ground truth) is referenced like JSONL.
TEST(EvalEventsCli, KeyedJsonCorpus) {
  std::string root = DYAD_SOURCE_DIR;
  if (!std::filesystem::exists(root + "/models/parser.bin")) GTEST_SKIP() << "models absent";
  auto shared = std::filesystem::temp_directory_path() / ("dyad_keyed_corpus_" + std::to_string(getpid()));
  std::filesystem::create_directories(shared / "data" / "bench");
  const std::string text = "Officials met on Monday. Russia condemned the United States on Monday.";
  std::ofstream(shared / "data" / "bench" / "truth.json")
      << "{\"abc123\": {\"url\": \"https://example.org/a\", \"articleBody\": \"" << text << "\"}}";
  const size_t b = text.find("Russia"), e = text.size();
  std::string gold = write_temp(
      "dyad_gold_keyed.jsonl",
      "{\"corpus\": \"bench/truth.json\", \"id\": \"abc123\", \"begin\": " + std::to_string(b) +
          ", \"end\": " + std::to_string(e) + ", \"fnv\": \"" + fnv1a_hex(std::string_view(text).substr(b)) +
          "\", \"date\": \"2021-04-14\", \"events\": [\"RUS USA 111\"]}\n");
  int rc = -1;
  std::string out = run_cli("eval-events --gold " + gold + " --shared " + shared.string(), &rc);
  ASSERT_EQ(rc, 0) << out;
  double p = 0, r = 0;
  ASSERT_TRUE(read_pr(out, "root+dyad", &p, &r)) << out;
  EXPECT_DOUBLE_EQ(r, 1.0) << out;
  EXPECT_DOUBLE_EQ(p, 1.0) << out;
}

// A `.conllu` treebank: each `# newdoc id` is a story whose text is its
// sentences' `# text` lines joined with a blank line; offsets index that text.
TEST(EvalEventsCli, ConlluCorpus) {
  std::string root = DYAD_SOURCE_DIR;
  if (!std::filesystem::exists(root + "/models/parser.bin")) GTEST_SKIP() << "models absent";
  auto shared = std::filesystem::temp_directory_path() / ("dyad_conllu_corpus_" + std::to_string(getpid()));
  std::filesystem::create_directories(shared / "data" / "tb");
  const std::string s1 = "Officials met on Monday.", s2 = "Russia condemned the United States on Monday.";
  auto sentence = [](const std::string& text) {
    return "# sent_id = x\n# text = " + text + "\n1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n\n";
  };
  std::ofstream(shared / "data" / "tb" / "t.conllu")
      << "# newdoc id = first\n" << sentence("Nothing happened here.") << "# newdoc id = second\n# newpar\n"
      << sentence(s1) << sentence(s2);
  const std::string text = s1 + "\n\n" + s2;
  const size_t b = text.find("Russia"), e = text.size();
  std::string line = "{\"corpus\": \"tb/t.conllu\", \"id\": \"second\", \"begin\": " + std::to_string(b) +
                     ", \"end\": " + std::to_string(e) + ", \"fnv\": \"" +
                     fnv1a_hex(std::string_view(text).substr(b)) + "\", \"date\": \"2021-04-14\", \"events\": [";
  int rc = -1;
  std::string out = run_cli(
      "eval-events --gold " + write_temp("dyad_gold_conllu.jsonl", line + "\"RUS USA 111\"]}\n") + " --shared " +
          shared.string(),
      &rc);
  ASSERT_EQ(rc, 0) << out;
  double p = 0, r = 0;
  ASSERT_TRUE(read_pr(out, "root+dyad", &p, &r)) << out;
  EXPECT_DOUBLE_EQ(r, 1.0) << out;
  EXPECT_DOUBLE_EQ(p, 1.0) << out;
  EXPECT_NE(out.find("1 sentences scored"), std::string::npos) << out;

  // A document id that appears twice is refused with the file named.
  std::ofstream(shared / "data" / "tb" / "dup.conllu")
      << "# newdoc id = a\n" << sentence(s1) << "# newdoc id = a\n" << sentence(s2);
  out = run_cli("eval-events --gold " +
                    write_temp("dyad_gold_conllu_dup.jsonl", std::string(line).replace(line.find("t.conllu"), 8,
                                                                                    "dup.conllu") +
                                                                 "]}\n") +
                    " --shared " + shared.string(),
                &rc);
  EXPECT_NE(rc, 0) << out;
  EXPECT_NE(out.find("dup.conllu: document a appears twice"), std::string::npos) << out;
}

TEST(EvalEventsCli, MissingGoldFileIsNamed) {
  int rc = 0;
  std::string out = run_cli("eval-events --gold /nonexistent/gold.jsonl", &rc);
  EXPECT_EQ(rc, 1);
  EXPECT_NE(out.find("/nonexistent/gold.jsonl"), std::string::npos) << out;
}

// The shipped gold with recorded baselines: a coder change that lowers
// root+dyad precision or recall on a dev gold set below its row fails this
// test. Raise the numbers when the coder improves (docs: tests/gold/README.md).
// Held-out sets are never gated: they are measured, not tuned on.
void expect_gold_above(const std::string& gold, double min_precision, double min_recall) {
  std::string shared = DYAD_SHARED_DIR;
  if (!std::filesystem::exists(shared + "/data/news/voa-dev.jsonl"))
    GTEST_SKIP() << "../shared absent: no VOA corpus for the gold sentences";
  std::string root = DYAD_SOURCE_DIR;
  if (!std::filesystem::exists(root + "/models/parser.bin")) GTEST_SKIP() << "models absent";
  int rc = -1;
  std::string out = run_cli("eval-events --gold " + root + "/tests/gold/" + gold + " --shared " + shared, &rc);
  ASSERT_EQ(rc, 0) << out;
  double p = 0, r = 0;
  ASSERT_TRUE(read_pr(out, "root+dyad", &p, &r)) << out;
  EXPECT_GE(p, min_precision) << out;
  EXPECT_GE(r, min_recall) << out;
}

// BASELINE (picked dev sentences: P 0.894 R 0.656 on 2026-11-30 12:07, fourth session's final coder)
TEST(EvalEventsCli, DevGoldAboveBaseline) { expect_gold_above("voa-dev.jsonl", 0.93, 0.72); }

// BASELINE (whole dev stories: P 0.906 R 0.427 on 2026-11-30 12:13)
TEST(EvalEventsCli, WholeStoryDevGoldAboveBaseline) { expect_gold_above("voa-dev-b.jsonl", 0.90, 0.50); }

// BASELINE (extraction-benchmark dev pages: P 0.816 R 0.149 on 2026-11-30 12:13;
// measured blind at P 0.559 R 0.091 before anyone tuned on it)
TEST(EvalEventsCli, ExtractionDevGoldAboveBaseline) {
  if (!std::filesystem::exists(std::string(DYAD_SHARED_DIR) + "/data/extraction/scrapinghub/ground-truth.json"))
    GTEST_SKIP() << "../shared absent: no extraction benchmark for the gold sentences";
  expect_gold_above("ext-dev.jsonl", 0.85, 0.25);
}

// The UD English EWT gold (eleventh session): blog and newsgroup posts of
// 2003-2006, sentences referenced in the treebank.
TEST(EvalEventsCli, TreebankDevGoldAboveBaseline) {
  if (!std::filesystem::exists(std::string(DYAD_SHARED_DIR) + "/data/ud-english-ewt/en_ewt-ud-train.conllu"))
    GTEST_SKIP() << "../shared absent: no UD English EWT treebank for the gold sentences";
  expect_gold_above("ewt-dev.jsonl", 0.85, 0.24);
}

// The CAMEO phrasing checklist (twelfth session): invented one-sentence
// reports, inline, so no shared corpus is needed. BASELINES at the session's
// end (start in brackets): phrasings-1 P 0.848 R 0.565 (0.744 / 0.400),
// phrasings-2 P 0.781 R 0.510 (0.664 / 0.336), phrasings-3 P 0.760 R 0.447
// (0.665 / 0.317). The held-out checklist is measured, not gated.
TEST(EvalEventsCli, PhrasingChecklistsAboveBaseline) {
  std::string root = DYAD_SOURCE_DIR;
  if (!std::filesystem::exists(root + "/models/parser.bin")) GTEST_SKIP() << "models absent";
  const struct {
    const char* file;
    double p, r;
  } sets[] = {{"cameo-phrasings-1.jsonl", 0.83, 0.55},
              {"cameo-phrasings-2.jsonl", 0.76, 0.49},
              {"cameo-phrasings-3.jsonl", 0.74, 0.43}};
  for (const auto& set : sets) {
    int rc = -1;
    std::string out = run_cli("eval-events --gold " + root + "/tests/gold/" + set.file, &rc);
    ASSERT_EQ(rc, 0) << out;
    double p = 0, r = 0;
    ASSERT_TRUE(read_pr(out, "root+dyad", &p, &r)) << out;
    EXPECT_GE(p, set.p) << set.file << "\n" << out;
    EXPECT_GE(r, set.r) << set.file << "\n" << out;
  }
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(EvalEvents, BootstrapIntervalOverStories) {
  // Identical stories: resampling cannot move the figures.
  std::vector<PRCounts> same(10, PRCounts{3, 1, 2});
  PRInterval a = bootstrap_pr(same);
  EXPECT_DOUBLE_EQ(a.p_lo, 0.75);
  EXPECT_DOUBLE_EQ(a.p_hi, 0.75);
  EXPECT_DOUBLE_EQ(a.r_lo, 0.6);
  EXPECT_DOUBLE_EQ(a.r_hi, 0.6);
  // Stories that disagree: the interval holds the pooled figure, is wider
  // with fewer stories, and the same input gives the same interval.
  std::vector<PRCounts> mixed;
  for (int i = 0; i < 20; ++i) mixed.push_back(i % 2 ? PRCounts{4, 0, 1} : PRCounts{1, 3, 4});
  PRInterval b = bootstrap_pr(mixed);  // pooled P 50/80 = 0.625, R 50/100 = 0.5
  EXPECT_LT(b.p_lo, 0.625);
  EXPECT_GT(b.p_hi, 0.625);
  EXPECT_LT(b.r_lo, 0.5);
  EXPECT_GT(b.r_hi, 0.5);
  std::vector<PRCounts> few(mixed.begin(), mixed.begin() + 4);
  PRInterval c = bootstrap_pr(few);
  EXPECT_GT(c.p_hi - c.p_lo, b.p_hi - b.p_lo);
  PRInterval again = bootstrap_pr(mixed);
  EXPECT_EQ(again.p_lo, b.p_lo);
  EXPECT_EQ(again.r_hi, b.r_hi);
  EXPECT_EQ(bootstrap_pr({}).p_hi, 0.0);
}

}  // namespace
}  // namespace dyad
