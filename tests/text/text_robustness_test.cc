// The text stage on hostile input: random bytes, odd paragraph tables.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "dyad/text.h"
#include "text/text_test_util.h"

namespace dyad {
namespace {

TEST(TextRobustness, RandomBytesKeepLayersValid) {
  std::mt19937 rng(12345);
  // Bias towards the characters the rules care about.
  const std::string alphabet =
      "aZ9 .,;:!?'\"-()[]$%@#&/_\n\t\xE2\x80\x99\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\xA6\xE2\x80\x94"
      "\xC3\xA9\xFF\x80";
  for (int round = 0; round < 300; ++round) {
    Document doc;
    size_t len = rng() % 400;
    for (size_t i = 0; i < len; ++i) {
      if (rng() % 4 == 0) doc.text += static_cast<char>(rng() % 256);
      else doc.text += alphabet[rng() % alphabet.size()];
    }
    if (round % 3 == 0 && !doc.text.empty()) {
      uint32_t n = static_cast<uint32_t>(doc.text.size());
      uint32_t a = rng() % n, b = rng() % n;
      if (a > b) std::swap(a, b);
      doc.paragraphs = {{0, a}, {a, b}, {b, n}};
    }
    run_text_stage(doc);
    std::string why;
    ASSERT_TRUE(testing::layers_valid(doc, &why)) << why << " in round " << round;
    for (const Sentence& s : doc.sentences)
      if (!doc.paragraphs.empty()) ASSERT_LT(s.paragraph, doc.paragraphs.size());
  }
}

TEST(TextRobustness, BadParagraphTablesAreClipped) {
  Document doc;
  doc.text = "First part here. Second part there.";
  // Overlapping, reversed and out-of-range paragraphs.
  doc.paragraphs = {{0, 20}, {10, 15}, {30, 25}, {18, 9999}};
  run_text_stage(doc);
  std::string why;
  EXPECT_TRUE(testing::layers_valid(doc, &why)) << why;
  EXPECT_FALSE(doc.tokens.empty());
  for (const Token& t : doc.tokens) EXPECT_LE(t.end, doc.text.size());
}

}  // namespace
}  // namespace dyad
