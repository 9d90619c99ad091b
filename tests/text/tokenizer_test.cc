// Tokenizer: EWT/PTB token boundaries, norms, kinds, robustness. All
// sentences here are invented for the tests.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "dyad/text.h"
#include "text/text_test_util.h"

namespace dyad {
namespace {

using testing::norms;
using testing::tokenized;
using testing::toks;
using V = std::vector<std::string>;

TEST(Tokenizer, SplitsClitics) {
  EXPECT_EQ(toks("Kyiv's mayor"), (V{"Kyiv", "'s", "mayor"}));
  EXPECT_EQ(toks("They don't care."), (V{"They", "do", "n't", "care", "."}));
  EXPECT_EQ(toks("We can't, won't and shouldn't."),
            (V{"We", "ca", "n't", ",", "wo", "n't", "and", "should", "n't", "."}));
  EXPECT_EQ(toks("I'm sure they're here, we've seen it, she'd know, you'll see"),
            (V{"I", "'m", "sure", "they", "'re", "here", ",", "we", "'ve", "seen", "it", ",",
               "she", "'d", "know", ",", "you", "'ll", "see"}));
  EXPECT_EQ(toks("DON'T"), (V{"DO", "N'T"}));
  EXPECT_EQ(toks("O'Neill left"), (V{"O'Neill", "left"}));
  EXPECT_EQ(toks("the ministers' plan"), (V{"the", "ministers", "'", "plan"}));
  EXPECT_EQ(toks("the U.S.'s envoy"), (V{"the", "U.S.", "'s", "envoy"}));
}

TEST(Tokenizer, FusedFormsSplitAsInPtb) {
  EXPECT_EQ(toks("You cannot go"), (V{"You", "can", "not", "go"}));
  EXPECT_EQ(toks("gonna wanna gotta"), (V{"gon", "na", "wan", "na", "got", "ta"}));
}

TEST(Tokenizer, CurlyApostrophes) {
  EXPECT_EQ(toks("Belarus’s border"), (V{"Belarus", "’s", "border"}));
  EXPECT_EQ(norms("Belarus’s border"), (V{"Belarus", "'s", "border"}));
  EXPECT_EQ(toks("they don’t"), (V{"they", "do", "n’t"}));
  EXPECT_EQ(norms("they don’t"), (V{"they", "do", "n't"}));
  // ’ as a closing single quote.
  EXPECT_EQ(toks("the word ‘truce’ was used"),
            (V{"the", "word", "‘", "truce", "’", "was", "used"}));
  EXPECT_EQ(norms("‘truce’"), (V{"'", "truce", "'"}));
}

TEST(Tokenizer, HyphensFollowEwt) {
  EXPECT_EQ(toks("a search-engine firm"), (V{"a", "search", "-", "engine", "firm"}));
  EXPECT_EQ(toks("a Cold War-style standoff"),
            (V{"a", "Cold", "War", "-", "style", "standoff"}));
  EXPECT_EQ(toks("cold war-style"), (V{"cold", "war", "-", "style"}));
  // Prefixes EWT keeps attached.
  EXPECT_EQ(toks("an e-mail to non-aligned co-workers"),
            (V{"an", "e-mail", "to", "non-aligned", "co-workers"}));
  EXPECT_EQ(toks("pre-war and anti-government"), (V{"pre-war", "and", "anti-government"}));
  // Ranges split, phone numbers stay whole.
  EXPECT_EQ(toks("in 1994-1998"), (V{"in", "1994", "-", "1998"}));
  EXPECT_EQ(toks("call 202-555-0147"), (V{"call", "202-555-0147"}));
  EXPECT_EQ(toks("U.S.-backed forces"), (V{"U.S.", "-", "backed", "forces"}));
}

TEST(Tokenizer, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(toks("U.S. and U.N. officials"), (V{"U.S.", "and", "U.N.", "officials"}));
  EXPECT_EQ(toks("Gen. Ortiz met Sen. Vale and Dr. Amari"),
            (V{"Gen.", "Ortiz", "met", "Sen.", "Vale", "and", "Dr.", "Amari"}));
  EXPECT_EQ(toks("on Jan. 9 and Feb. 3"), (V{"on", "Jan.", "9", "and", "Feb.", "3"}));
  EXPECT_EQ(toks("at 7 a.m. and 6 p.m. daily"),
            (V{"at", "7", "a.m.", "and", "6", "p.m.", "daily"}));
  EXPECT_EQ(toks("Acme Inc. on Elm St. in No. 4"),
            (V{"Acme", "Inc.", "on", "Elm", "St.", "in", "No.", "4"}));
  // "No." keeps its period only before a number.
  EXPECT_EQ(toks("The answer was No."), (V{"The", "answer", "was", "No", "."}));
  // Initials.
  EXPECT_EQ(toks("R. Okafor said"), (V{"R.", "Okafor", "said"}));
  // Ordinary words do not keep the period.
  EXPECT_EQ(toks("It rained."), (V{"It", "rained", "."}));
  EXPECT_EQ(toks("e.g. this, i.e. that"), (V{"e.g.", "this", ",", "i.e.", "that"}));
}

TEST(Tokenizer, NumbersStayWhole) {
  EXPECT_EQ(toks("14,000 troops and 3.5 percent in 2021"),
            (V{"14,000", "troops", "and", "3.5", "percent", "in", "2021"}));
  EXPECT_EQ(toks("the 5th day"), (V{"the", "5th", "day"}));
  EXPECT_EQ(toks("$5 and 40%"), (V{"$", "5", "and", "40", "%"}));
  EXPECT_EQ(toks("at 5:30 on 11/03/2022"), (V{"at", "5:30", "on", "11/03/2022"}));
  EXPECT_EQ(toks("at 5pm"), (V{"at", "5", "pm"}));
  Document doc = tokenized("14,000 and 3.5");
  EXPECT_EQ(doc.tokens[0].kind, TokenKind::kNumber);
  EXPECT_EQ(doc.tokens[1].kind, TokenKind::kWord);
  EXPECT_EQ(doc.tokens[2].kind, TokenKind::kNumber);
}

TEST(Tokenizer, UrlsAndEmailsWhole) {
  EXPECT_EQ(toks("See https://example.org/a/b?c=1&d=2."),
            (V{"See", "https://example.org/a/b?c=1&d=2", "."}));
  EXPECT_EQ(toks("(www.example.com/path)"), (V{"(", "www.example.com/path", ")"}));
  EXPECT_EQ(toks("Write to press.office@example.gov, today"),
            (V{"Write", "to", "press.office@example.gov", ",", "today"}));
  EXPECT_EQ(toks("visit example.com now"), (V{"visit", "example.com", "now"}));
}

TEST(Tokenizer, PunctuationQuotesDashesEllipses) {
  EXPECT_EQ(toks("\"No,\" she said."), (V{"\"", "No", ",", "\"", "she", "said", "."}));
  EXPECT_EQ(toks("“Never,” he said"), (V{"“", "Never", ",", "”", "he", "said"}));
  EXPECT_EQ(norms("“Never,”"), (V{"\"", "Never", ",", "\""}));
  EXPECT_EQ(toks("war -- again"), (V{"war", "--", "again"}));
  EXPECT_EQ(toks("war—again – later"), (V{"war", "—", "again", "–", "later"}));
  EXPECT_EQ(norms("war—again – later"), (V{"war", "--", "again", "--", "later"}));
  EXPECT_EQ(toks("wait... what… now"), (V{"wait", "...", "what", "…", "now"}));
  EXPECT_EQ(norms("what…"), (V{"what", "..."}));
  EXPECT_EQ(toks("Really?!"), (V{"Really", "?!"}));
  EXPECT_EQ(toks("(see [1]; {x})"),
            (V{"(", "see", "[", "1", "]", ";", "{", "x", "}", ")"}));
  EXPECT_EQ(toks("great :) and"), (V{"great", ":)", "and"}));
  EXPECT_EQ(toks("ratio 3:1 at 4:30"), (V{"ratio", "3:1", "at", "4:30"}));
}

TEST(Tokenizer, UnbalancedQuotesDoNotDisturb) {
  EXPECT_EQ(toks("He said \"we will stay. They left."),
            (V{"He", "said", "\"", "we", "will", "stay", ".", "They", "left", "."}));
  EXPECT_EQ(toks("end\" of story"), (V{"end", "\"", "of", "story"}));
}

TEST(Tokenizer, NormIsNfkc) {
  // Full-width letters and the "ﬁ" ligature normalise; case is kept.
  EXPECT_EQ(norms("ＡＢＣ ﬁnal"), (V{"ABC", "final"}));
  EXPECT_EQ(norms("café"), (V{"café"}));
  // Non-breaking space separates tokens.
  EXPECT_EQ(toks("10\xC2\xA0km"), (V{"10", "km"}));
}

TEST(Tokenizer, SpaceAfterAndKinds) {
  Document doc = tokenized("Hi, $5 now!");
  ASSERT_EQ(doc.tokens.size(), 6u);
  EXPECT_FALSE(doc.tokens[0].space_after);  // Hi
  EXPECT_TRUE(doc.tokens[1].space_after);   // ,
  EXPECT_FALSE(doc.tokens[2].space_after);  // $
  EXPECT_EQ(doc.tokens[2].kind, TokenKind::kSymbol);
  EXPECT_EQ(doc.tokens[1].kind, TokenKind::kPunct);
  EXPECT_EQ(doc.tokens[3].kind, TokenKind::kNumber);
  EXPECT_TRUE(doc.tokens[5].space_after);  // end of text
}

TEST(Tokenizer, EmptyAndBlankText) {
  EXPECT_TRUE(tokenized("").tokens.empty());
  EXPECT_TRUE(tokenized(" \n\t\n ").tokens.empty());
  Document doc;
  run_text_stage(doc);
  EXPECT_TRUE(doc.sentences.empty());
}

TEST(Tokenizer, InvalidUtf8BecomesSymbols) {
  const std::string bad = std::string("ab\xFF\xFE cd\xC3") + " e\xE2\x82" + "f \xF0\x9F";
  Document doc = tokenized(bad);
  std::string why;
  run_text_stage(doc);
  EXPECT_TRUE(testing::layers_valid(doc, &why)) << why;
  size_t bad_tokens = 0;
  for (const Token& t : doc.tokens) {
    if (t.norm == "\xEF\xBF\xBD") {
      ++bad_tokens;
      EXPECT_EQ(t.kind, TokenKind::kSymbol);
    }
  }
  EXPECT_GE(bad_tokens, 4u);
  EXPECT_EQ(doc.token_text(0), "ab");
}

TEST(Tokenizer, NoTokenCrossesAParagraph) {
  Document doc;
  doc.text = "Alpha beta-\ngamma delta";
  // Paragraph boundary in the middle of "beta-gamma" and inside "delta".
  doc.paragraphs = {{0, 11}, {12, 20}, {20, 23}};
  tokenize(doc);
  for (const Token& t : doc.tokens) {
    bool inside = false;
    for (const Paragraph& p : doc.paragraphs) inside |= t.begin >= p.begin && t.end <= p.end;
    EXPECT_TRUE(inside) << doc.text.substr(t.begin, t.end - t.begin);
  }
  EXPECT_EQ(doc.token_text(doc.tokens.size() - 1), "lta");
}

TEST(Tokenizer, LongUnbrokenRunIsLinearAndBounded) {
  // 5 MB with no space or punctuation at all.
  Document doc;
  doc.text.assign(5 << 20, 'x');
  auto t0 = std::chrono::steady_clock::now();
  run_text_stage(doc);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(secs, 2.0);
  for (const Token& t : doc.tokens) ASSERT_LE(t.end - t.begin, 1024u);
  std::string why;
  EXPECT_TRUE(testing::layers_valid(doc, &why)) << why;
}

TEST(Tokenizer, OffsetsValidOnMixedText) {
  Document doc;
  doc.text =
      "“Kyiv’s” U.S.-led... (14,000) — Gen. X? \xFF\n\nNew para: e-mail a@b.co :) "
      "https://x.org/(a)).  ''odd`` ‹›«» ½ ① \t x";
  std::string why;
  run_text_stage(doc);
  EXPECT_TRUE(testing::layers_valid(doc, &why)) << why;
}

}  // namespace
}  // namespace dyad
