// The extraction scorer (shingle metric) and the benchmark baseline.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "dyad/extract_eval.h"
#include "dyad/html.h"

namespace dyad {
namespace {

TEST(ExtractEval, TokensAreUnicodeWordRuns) {
  auto t = benchmark_tokens("Kyiv's 2nd_round: caf\xC3\xA9 \xE2\x80\x94 \xD0\x9C\xD0\xB8\xD1\x80! x");
  std::vector<std::string> got(t.begin(), t.end());
  EXPECT_EQ(got, (std::vector<std::string>{"Kyiv", "s", "2nd_round", "caf\xC3\xA9", "\xD0\x9C\xD0\xB8\xD1\x80", "x"}));
}

TEST(ExtractEval, ShingleCounts) {
  // Truth: 6 tokens -> 3 shingles. Prediction adds two tokens at the end -> 5
  // shingles, 3 shared: tp 3, fp 2, fn 0, normalised by 5.
  ShingleMatch m = shingle_match("a b c d e f", "a b c d e f g h");
  EXPECT_DOUBLE_EQ(m.tp, 3.0 / 5);
  EXPECT_DOUBLE_EQ(m.fp, 2.0 / 5);
  EXPECT_DOUBLE_EQ(m.fn, 0.0);
  // Repeated shingles count as a multiset.
  m = shingle_match("a b c d a b c d", "a b c d");
  EXPECT_DOUBLE_EQ(m.tp, 1.0 / 5);
  EXPECT_DOUBLE_EQ(m.fn, 4.0 / 5);
  // Short texts are one shorter shingle; case matters.
  m = shingle_match("Hello world", "hello world");
  EXPECT_DOUBLE_EQ(m.tp, 0.0);
  m = shingle_match("", "");
  EXPECT_DOUBLE_EQ(m.tp + m.fp + m.fn, 0.0);
}

TEST(ExtractEval, AveragesFollowTheBenchmark) {
  std::vector<PageScore> pages = {score_page("a b c d e f", "a b c d e f"),   // P 1 R 1
                                  score_page("a b c d e f", "a b c d e f g h"),  // P 3/5 R 1
                                  score_page("a b c d e f", "")};               // no precision, R 0
  ExtractionScore s = aggregate_scores(pages, 0);
  EXPECT_DOUBLE_EQ(s.precision, (1.0 + 0.6) / 2);
  EXPECT_DOUBLE_EQ(s.recall, (1.0 + 1.0 + 0.0) / 3);
  EXPECT_DOUBLE_EQ(s.f1, 2 * s.precision * s.recall / (s.precision + s.recall));
  EXPECT_DOUBLE_EQ(s.accuracy, 1.0 / 3);
}

// The benchmark: our scorer must reproduce a peer's published figure, and
// dyad's extraction must not fall below the recorded baseline.
// Baseline recorded 2026-11-29 (F1 0.975, P 0.972, R 0.977 over 181 pages);
// the test fails below 0.970 to leave room for deliberate trade-offs.
constexpr double kBaselineF1 = 0.970;

std::string bench_dir() { return std::string(DYAD_SHARED_DIR) + "/data/extraction/scrapinghub"; }

TEST(ExtractEval, ReproducesPublishedPeerScore) {
  std::string peer = bench_dir() + "/peer_output/trafilatura.json";
  if (!std::filesystem::exists(peer)) GTEST_SKIP() << "../shared absent: " << peer;
  ExtractionScore s = score_bodies(load_article_bodies(bench_dir() + "/ground-truth.json"), load_article_bodies(peer), 0);
  // README: trafilatura 2.0.0  F1 0.958, precision 0.938, recall 0.978.
  EXPECT_NEAR(s.f1, 0.958, 0.0005);
  EXPECT_NEAR(s.precision, 0.938, 0.0005);
  EXPECT_NEAR(s.recall, 0.978, 0.0005);
}

TEST(ExtractEval, ScrapinghubBenchmarkAboveBaseline) {
  std::string truth_path = bench_dir() + "/ground-truth.json";
  if (!std::filesystem::exists(truth_path)) GTEST_SKIP() << "../shared absent: " << truth_path;
  auto truth = load_article_bodies(truth_path);
  std::map<std::string, std::string> ours;
  for (const auto& [id, body] : truth) {
    std::ifstream in(bench_dir() + "/html/" + id + ".html.gz", std::ios::binary);
    std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()), html, error;
    ASSERT_TRUE(gunzip(raw, &html, &error)) << id << ": " << error;
    try {
      ours[id] = article_body(parse_html_document(html, {}));
    } catch (const std::exception& e) {
      ours[id] = "";
    }
  }
  ExtractionScore s = score_bodies(truth, ours, 0);
  std::printf("scrapinghub: F1 %.3f P %.3f R %.3f (baseline %.3f)\n", s.f1, s.precision, s.recall, kBaselineF1);
  EXPECT_EQ(s.pages, 181u);
  EXPECT_GE(s.f1, kBaselineF1);
}

}  // namespace
}  // namespace dyad
