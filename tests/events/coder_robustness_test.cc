// The coder never crashes or hangs on malformed layers: random trees (with
// cycles, self-heads and out-of-range heads), random mentions and quote marks.
#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "events/event_test_util.h"

namespace dyad {
namespace {

TEST(CoderRobustness, RandomTreesAndMentions) {
  const char* words[] = {"urged", "to", "attack", "Moscow", "\"", "said", "not", "will", "met", "with",
                         "on", "Tuesday", "who", "and", "he", "we", "sanctions", "impose", "threat", "is"};
  const char* lemmas[] = {"urge", "to", "attack", "Moscow", "\"", "say", "not", "will", "meet", "with",
                          "on", "Tuesday", "who", "and", "he", "we", "sanction", "impose", "threat", "be"};
  std::mt19937 rng(7);
  auto start = std::chrono::steady_clock::now();
  for (int iter = 0; iter < 300; ++iter) {
    Document d;
    d.date = iter % 3 ? "2021-04-14" : "garbage";
    int n = 1 + static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) {
      int w = static_cast<int>(rng() % 20);
      Token t;
      t.begin = static_cast<uint32_t>(d.text.size());
      d.text += words[w];
      t.end = static_cast<uint32_t>(d.text.size());
      t.norm = words[w];
      d.text += ' ';
      d.tokens.push_back(t);
      TokenSyntax sx;
      sx.upos = static_cast<UPos>(rng() % static_cast<int>(UPos::kCount));
      sx.xpos = rng() % 2 ? "VBD" : "NN";
      sx.lemma = lemmas[w];
      sx.head = static_cast<int>(rng() % (n + 3)) - 2;  // -2 .. n: out of range both ways
      sx.deprel = static_cast<DepRel>(rng() % deprel_count());
      d.syntax.push_back(sx);
    }
    int cut = static_cast<int>(rng() % (n + 1));
    d.sentences.push_back({0, static_cast<uint32_t>(cut), 0, 0, 0});
    d.sentences.push_back({static_cast<uint32_t>(cut), static_cast<uint32_t>(n), 0, 0, 0});
    d.paragraphs.push_back({0, static_cast<uint32_t>(d.text.size()), false});
    for (int m = 0; m < 5; ++m) {
      ActorMention am;
      am.token_begin = rng() % n;
      am.token_end = am.token_begin + 1 + rng() % 3;
      if (am.token_end > static_cast<uint32_t>(n)) am.token_end = n;
      am.head = am.token_end - 1;
      am.actor.code = m % 2 ? "RUS" : "";
      am.antecedent = static_cast<int>(rng() % 7) - 1;  // may point at itself or past the end
      if (am.antecedent >= 5) am.antecedent = 4;
      d.mentions.push_back(am);
    }
    evtest::shipped_stage().run(d);
    for (const Event& e : d.events) {
      ASSERT_LT(e.source, static_cast<int>(d.mentions.size()));
      ASSERT_LT(e.target, static_cast<int>(d.mentions.size()));
      ASSERT_FALSE(e.cameo.empty());
    }
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
}

TEST(CoderRobustness, NoSyntaxMeansQuotesOnly) {
  Document d;
  d.text = "\" We will fight on the beaches , \" he said .";
  size_t p = 0;
  while (p < d.text.size()) {
    size_t e = d.text.find(' ', p);
    if (e == std::string::npos) e = d.text.size();
    Token t;
    t.begin = static_cast<uint32_t>(p);
    t.end = static_cast<uint32_t>(e);
    t.norm = d.text.substr(p, e - p);
    d.tokens.push_back(t);
    p = e + 1;
  }
  d.sentences.push_back({0, static_cast<uint32_t>(d.tokens.size()), 0, static_cast<uint32_t>(d.text.size()), 0});
  evtest::shipped_stage().run(d);
  EXPECT_TRUE(d.events.empty());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, -1);
  EXPECT_EQ(d.span_text(d.quotes[0].begin, d.quotes[0].end), "We will fight on the beaches ,");
}

// Tokens split on spaces; a token written "x|" has no space after it.
Document spaced_doc(const std::string& spec) {
  Document d;
  size_t p = 0;
  while (p < spec.size()) {
    size_t e = spec.find(' ', p);
    if (e == std::string::npos) e = spec.size();
    std::string w = spec.substr(p, e - p);
    bool glued = !w.empty() && w.back() == '|';
    if (glued) w.pop_back();
    Token t;
    t.begin = static_cast<uint32_t>(d.text.size());
    d.text += w;
    t.end = static_cast<uint32_t>(d.text.size());
    t.norm = w;
    t.space_after = !glued;
    if (!glued) d.text += ' ';
    d.tokens.push_back(t);
    p = e + 1;
  }
  d.sentences.push_back({0, static_cast<uint32_t>(d.tokens.size()), 0, static_cast<uint32_t>(d.text.size()), 0});
  return d;
}

TEST(CoderRobustness, StraightQuoteDirectionFromSpacing) {
  // A closing mark with no opening one must not start a quote that swallows
  // the narration after it:  a b c ," he said . " We will go home , " she added .
  Document d = spaced_doc("a b c| ,| \" he said . \"| We will go home ,| \" she added .");
  evtest::shipped_stage().run(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.span_text(d.quotes[0].begin, d.quotes[0].end), "We will go home ,");
}

}  // namespace
}  // namespace dyad
