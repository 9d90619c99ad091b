// Sentence splitter: abbreviations, quotes, ellipses, newlines, paragraphs.
// All sentences are invented for the tests.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "dyad/text.h"
#include "text/text_test_util.h"

namespace dyad {
namespace {

using testing::sents;
using V = std::vector<std::string>;

TEST(Splitter, BasicTerminals) {
  EXPECT_EQ(sents("The talks ended. Both sides left! Will they return? Nobody knows."),
            (V{"The talks ended.", "Both sides left!", "Will they return?", "Nobody knows."}));
  EXPECT_EQ(sents("No final period here"), (V{"No final period here"}));
}

TEST(Splitter, AbbreviationBeforeNameDoesNotBreak) {
  EXPECT_EQ(sents("The U.S. Trade Representative arrived in Lima on Monday."),
            (V{"The U.S. Trade Representative arrived in Lima on Monday."}));
  EXPECT_EQ(sents("He met Gen. Tomas Brandt and Sen. Ada Mills."),
            (V{"He met Gen. Tomas Brandt and Sen. Ada Mills."}));
  EXPECT_EQ(sents("Voting closes on Feb. 14 in most districts."),
            (V{"Voting closes on Feb. 14 in most districts."}));
  EXPECT_EQ(sents("The vote opens at 8 a.m. Tuesday and closes at 9 p.m. Wednesday."),
            (V{"The vote opens at 8 a.m. Tuesday and closes at 9 p.m. Wednesday."}));
  EXPECT_EQ(sents("A minister of the C.A.R.’s government spoke."),
            (V{"A minister of the C.A.R.’s government spoke."}));
  EXPECT_EQ(sents("The envoy, L. M. Duarte, spoke to U.N. staff."),
            (V{"The envoy, L. M. Duarte, spoke to U.N. staff."}));
  EXPECT_EQ(sents("Costs rose, e.g. Fuel and Rent, and vs. Others stayed flat."),
            (V{"Costs rose, e.g. Fuel and Rent, and vs. Others stayed flat."}));
}

TEST(Splitter, AbbreviationAtRealSentenceEndBreaks) {
  EXPECT_EQ(sents("The plan was backed by the U.S. The ministry called it a mistake."),
            (V{"The plan was backed by the U.S.", "The ministry called it a mistake."}));
  EXPECT_EQ(sents("The rally began at 4 p.m. It drew thousands."),
            (V{"The rally began at 4 p.m.", "It drew thousands."}));
  EXPECT_EQ(sents("Shares fell at Norvex Inc. But analysts were calm."),
            (V{"Shares fell at Norvex Inc.", "But analysts were calm."}));
  EXPECT_EQ(sents("The deal was signed in the U.S. \"We are pleased,\" a spokesman said."),
            (V{"The deal was signed in the U.S.", "\"We are pleased,\" a spokesman said."}));
}

TEST(Splitter, ClosingQuotesAndBracketsStayWithTheirSentence) {
  EXPECT_EQ(sents("She said, \"We will not leave.\" Then she left."),
            (V{"She said, \"We will not leave.\"", "Then she left."}));
  EXPECT_EQ(sents("He said, “The border is closed.” Trucks waited."),
            (V{"He said, “The border is closed.”", "Trucks waited."}));
  EXPECT_EQ(sents("Prices rose (again.) Buyers balked."),
            (V{"Prices rose (again.)", "Buyers balked."}));
  EXPECT_EQ(sents("\"Why now?\" he asked. \"Because!\" she replied."),
            (V{"\"Why now?\" he asked.", "\"Because!\" she replied."}));
  EXPECT_EQ(sents("'Stop!' the guard shouted."), (V{"'Stop!' the guard shouted."}));
}

TEST(Splitter, UnbalancedQuotes) {
  EXPECT_EQ(sents("He said \"we will stay. They left. \" Nobody argued."),
            (V{"He said \"we will stay.", "They left. \"", "Nobody argued."}));
  EXPECT_EQ(sents("A \"quote without end. Next one."),
            (V{"A \"quote without end.", "Next one."}));
}

TEST(Splitter, Ellipses) {
  EXPECT_EQ(sents("We waited... and waited. Nothing came… Then rain."),
            (V{"We waited... and waited.", "Nothing came…", "Then rain."}));
  EXPECT_EQ(sents("It was over . . . The crowd left."),
            (V{"It was over . . .", "The crowd left."}));
}

TEST(Splitter, ListNumbersDoNotEndSentences) {
  EXPECT_EQ(sents("Demands: 1. Free the prisoners. 2. Open the roads."),
            (V{"Demands: 1. Free the prisoners.", "2. Open the roads."}));
  EXPECT_EQ(sents("3. Close the port. It was built in 1961. Ships left."),
            (V{"3. Close the port.", "It was built in 1961.", "Ships left."}));
}

TEST(Splitter, ParagraphsAlwaysBreak) {
  Document doc;
  doc.text = "Headline without a stop\n\nBody text starts here and ends here.";
  doc.paragraphs = {{0, 23, true}, {25, static_cast<uint32_t>(doc.text.size())}};
  auto out = testing::sentence_texts(doc);
  EXPECT_EQ(out, (V{"Headline without a stop", "Body text starts here and ends here."}));
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[0].paragraph, 0u);
  EXPECT_EQ(doc.sentences[1].paragraph, 1u);
  // Without paragraph info a blank line is a paragraph break too.
  EXPECT_EQ(sents("Dateline Heading\n\nthe story goes on"),
            (V{"Dateline Heading", "the story goes on"}));
  // Even "Gen." at the end of a paragraph ends the sentence.
  Document d2;
  d2.text = "They praised Gen.\n\nOthers did not.";
  d2.paragraphs = {{0, 17}, {19, static_cast<uint32_t>(d2.text.size())}};
  EXPECT_EQ(testing::sentence_texts(d2), (V{"They praised Gen.", "Others did not."}));
}

TEST(Splitter, SingleNewlines) {
  // A short heading line and list items break.
  EXPECT_EQ(sents("Key points\nThe army withdrew on Sunday."),
            (V{"Key points", "The army withdrew on Sunday."}));
  EXPECT_EQ(sents("The list includes:\n- wheat\n- rice"),
            (V{"The list includes:", "- wheat", "- rice"}));
  // Hard-wrapped prose does not.
  EXPECT_EQ(sents("The committee met for several hours on Tuesday to discuss the\n"
                  "Proposed changes to the budget."),
            (V{"The committee met for several hours on Tuesday to discuss the\n"
               "Proposed changes to the budget."}));
}

TEST(Splitter, SentenceCapBoundsRunOnText) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  Document doc;
  doc.text = text;
  run_text_stage(doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  for (const Sentence& s : doc.sentences) EXPECT_LE(s.token_end - s.token_begin, 400u);
  SentenceOptions opt;
  opt.max_sentence_tokens = 100;
  split_sentences(doc, opt);
  EXPECT_EQ(doc.sentences.size(), 10u);
}

TEST(Splitter, HugeUnpunctuatedLineIsFast) {
  // About 5 MB of words with no punctuation or newline.
  std::string text;
  const std::string words[] = {"market ", "talks ", "convoy ", "border ", "minister "};
  while (text.size() < (5u << 20)) text += words[text.size() % 5];
  Document doc;
  doc.text = std::move(text);
  auto t0 = std::chrono::steady_clock::now();
  run_text_stage(doc);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(secs, 3.0);
  std::string why;
  EXPECT_TRUE(testing::layers_valid(doc, &why)) << why;
  for (const Sentence& s : doc.sentences) ASSERT_LE(s.token_end - s.token_begin, 400u);
}

TEST(Splitter, SentencesNeverCrossParagraphs) {
  Document doc;
  doc.text = "One \"two. Three\" four (five\n\nsix) seven. Eight";
  doc.paragraphs = {{0, 27}, {29, static_cast<uint32_t>(doc.text.size())}};
  run_text_stage(doc);
  std::string why;
  ASSERT_TRUE(testing::layers_valid(doc, &why)) << why;
  for (const Sentence& s : doc.sentences) {
    const Paragraph& p = doc.paragraphs[s.paragraph];
    EXPECT_GE(s.begin, p.begin);
    EXPECT_LE(s.end, p.end);
  }
}

TEST(Splitter, RerunReplacesLayers) {
  Document doc;
  doc.text = "First one. Second one.";
  run_text_stage(doc);
  run_text_stage(doc);
  EXPECT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.tokens.size(), 6u);
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(Splitter, SentenceFinalAbbreviationGivesUpItsPeriod) {
  Document doc;
  doc.text = "They sell pens, ink, etc. The shop opened in the U.S.\n\nIt grew.";
  run_text_stage(doc);
  std::vector<std::string> t;
  for (size_t i = 0; i < doc.tokens.size(); ++i) t.emplace_back(doc.token_text(i));
  EXPECT_EQ(t, (std::vector<std::string>{"They", "sell", "pens", ",", "ink", ",", "etc", ".",
                                         "The", "shop", "opened", "in", "the", "U.S", ".",
                                         "It", "grew", "."}));
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].token_end, 8u);
  EXPECT_EQ(doc.sentences[1].token_begin, 8u);
  EXPECT_EQ(doc.sentences[1].token_end, 15u);
  EXPECT_EQ(doc.tokens[6].norm, "etc");
  EXPECT_EQ(doc.tokens[7].norm, ".");
  EXPECT_FALSE(doc.tokens[6].space_after);
  std::string why;
  EXPECT_TRUE(testing::layers_valid(doc, &why)) << why;
  // Mid-sentence abbreviations keep their period.
  EXPECT_EQ(testing::toks("U.S. envoy"), (std::vector<std::string>{"U.S.", "envoy"}));
}

}  // namespace
}  // namespace dyad
