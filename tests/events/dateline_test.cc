// Leading wire datelines and credits (events/dateline.h), on invented text.
#include "events/dateline.h"

#include <gtest/gtest.h>

#include <string>

#include "dyad/text.h"
#include "events/event_test_util.h"

namespace dyad::events {
namespace {

// The text of sentence 0 from the first token after its dateline on.
std::string body(const std::string& text) {
  Document d;
  d.text = text;
  run_text_stage(d);
  if (d.sentences.empty()) return "<no sentence>";
  const Sentence& s = d.sentences[0];
  const uint32_t t = dateline_end(d, s);
  if (t >= s.token_end) return "<all>";
  return d.text.substr(d.tokens[t].begin, d.tokens[s.token_end - 1].end - d.tokens[t].begin);
}

TEST(Dateline, WireDatelinesAndCreditsAreSkipped) {
  EXPECT_EQ(body("OSLO (Reuters) - Chile accused Peru of spying."), "Chile accused Peru of spying.");
  EXPECT_EQ(body("LIMA, Peru, March 3 (AP) \u2014 Chile accused Peru of spying."),
            "Chile accused Peru of spying.");
  EXPECT_EQ(body("SANTIAGO \u2013 Chile accused Peru of spying."), "Chile accused Peru of spying.");
  EXPECT_EQ(body("(NewsWire) Chile accused Peru of spying."), "Chile accused Peru of spying.");
  EXPECT_EQ(body("(Global News Network) - Chile accused Peru."), "Chile accused Peru.");
}

TEST(Dateline, OrdinarySentencesAreLeftWhole) {
  EXPECT_EQ(body("Chile accused Peru of spying."), "Chile accused Peru of spying.");
  EXPECT_EQ(body("(The ministry declined to comment.)"), "(The ministry declined to comment.)");
  EXPECT_EQ(body("NATO - the alliance - met in Oslo."), "NATO - the alliance - met in Oslo.");
  EXPECT_EQ(body("U.S. officials - speaking anonymously - denied it."),
            "U.S. officials - speaking anonymously - denied it.");
  EXPECT_EQ(body("CHILE ACCUSES PERU OF SPYING"), "CHILE ACCUSES PERU OF SPYING");
}

// The coder never takes the dateline's place as an actor, however the
// parser attaches it (here as a conjunct of the subject).
TEST(Dateline, PlaceInADatelineIsNoSource) {
  Document d = evtest::parse_rows(R"(
1 OSLO Oslo PROPN NNP 7 nsubj
2 ( ( PUNCT -LRB- 3 punct
3 Reuters Reuters PROPN NNP 1 appos
4 ) ) PUNCT -RRB- 3 punct
5 - - PUNCT : 1 punct
6 Chile Chile PROPN NNP 1 conj
7 accused accuse VERB VBD 0 root
8 Peru Peru PROPN NNP 7 obj
9 . . PUNCT . 7 punct
)");
  evtest::add_mention(d, "OSLO", "NOR");
  evtest::add_mention(d, "Reuters", "GBRMED");
  evtest::add_mention(d, "Chile", "CHL");
  evtest::add_mention(d, "Peru", "PER");
  evtest::shipped_stage().run(d);
  EXPECT_EQ(evtest::sorted_summary(d), (evtest::Strings{"CHL>PER:112:asserted"}));
}

}  // namespace
}  // namespace dyad::events
