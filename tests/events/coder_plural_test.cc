// End to end: plural references ("the three countries", "both sides", "the
// two leaders", "the pair") as several sources or targets, text -> tagger ->
// parser -> actors -> events with the shipped models and lexicons (skips when
// a model is missing); and the coder's reading of a plural phrase on
// hand-written trees. Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "actors/plural.h"
#include "events/event_test_util.h"
#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace evtest;  // parse_rows, add_mention, shipped_stage, sorted_summary, Strings

// The articles here are dated 2023-05-10 and are one paragraph.
Document code_text(const std::string& text) { return pipetest::code_text(text, "2023-05-10"); }

// "SRC>TGT:ROOT" for each event of modality m, sorted and deduplicated.
Strings roots(const Document& d, Modality m = Modality::kAsserted) {
  Strings out;
  for (const Event& e : d.events) {
    if (e.modality != m) continue;
    std::string s = e.source >= 0 ? d.mentions[e.source].actor.code : "?";
    std::string t = e.target >= 0 ? d.mentions[e.target].actor.code : "-";
    out.push_back(s + ">" + t + ":" + e.cameo.substr(0, 2));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

TEST(CoderPlural, ThreeCountriesAccuseAThird) {
  NEED_MODELS();
  Document d = code_text("Chile, Peru and Bolivia left the trade pact in March. "
                         "The three countries accused Brazil of meddling in their affairs.");
  EXPECT_EQ(roots(d), (Strings{"BOLGOV>BRA:11", "CHLGOV>BRA:11", "PERGOV>BRA:11"}));
}

TEST(CoderPlural, BothSidesAccusingEachOtherIsMutual) {
  NEED_MODELS();
  Document d = code_text("Armenia and Georgia signed a truce in May. Both sides accused each other of violating it.");
  // (The signed truce is itself declared by both, 0871.)
  EXPECT_EQ(roots(d), (Strings{"ARM>GEO:08", "ARM>GEO:11", "GEO>ARM:08", "GEO>ARM:11"}));
  // The conjoined subject itself still reads "each other" as mutual.
  Document c = code_text("Armenia and Georgia accused each other of violating the truce.");
  EXPECT_EQ(roots(c), (Strings{"ARM>GEO:11", "GEO>ARM:11"}));
}

TEST(CoderPlural, TheTwoLeadersOfAPredicateDyadAgree) {
  NEED_MODELS();
  // The set is the dyad of the first sentence's verb, not a coordination.
  Document d = code_text("President Emmanuel Macron hosted Chancellor Olaf Scholz in Paris on Monday. "
                         "The two leaders agreed to hold talks on energy next month.");
  Strings r = roots(d, Modality::kIntended);
  EXPECT_EQ(r, (Strings{"DEUGOV>FRAGOV:03", "FRAGOV>DEUGOV:03"}));
}

TEST(CoderPlural, ThePairAsTarget) {
  NEED_MODELS();
  Document d = code_text("Ghana and Togo quit the customs union last year. Nigeria condemned the pair on Tuesday.");
  EXPECT_EQ(roots(d), (Strings{"NGA>GHA:11", "NGA>TGO:11"}));
}

TEST(CoderPlural, WithoutTheRightSetThePhraseActsForNoOne) {
  NEED_MODELS();
  // Four named, "two" said.
  Document four = code_text("Russia, China, Iran and Syria held joint drills. The two countries condemned Canada.");
  for (const std::string& s : roots(four)) EXPECT_EQ(s.find(">CAN"), std::string::npos) << s;
  // No states before it.
  Document none = code_text("The two countries condemned Canada on Friday.");
  for (const std::string& s : roots(none)) EXPECT_EQ(s.find(">CAN"), std::string::npos) << s;
  // Nationalities of goods are no actors.
  Document goods = code_text("Canada imposed tariffs on German and Italian cars. The two countries condemned the move.");
  for (const std::string& s : roots(goods)) EXPECT_EQ(s.find(":11"), std::string::npos) << s;
  // A part of the set.
  Document part = code_text("Chile and Peru held talks last week. One of the two countries condemned Brazil.");
  for (const std::string& s : roots(part)) EXPECT_EQ(s.find(">BRA"), std::string::npos) << s;
}

// The coder on a hand-written tree: the actor stage's several mentions over
// one phrase are several sources, and "each other" after them is mutual.
TEST(CoderPlural, SiblingMentionsOverOnePhraseAreSeveralSources) {
  Document d = parse_rows(R"(
1 The the DET DT 3 det
2 two two NUM CD 3 nummod
3 neighbours neighbour NOUN NNS 4 nsubj
4 accused accuse VERB VBD 0 root
5 each each DET DT 4 obj
6 other other ADJ JJ 5 fixed
7 of of SCONJ IN 8 mark
8 shelling shell VERB VBG 4 advcl
9 villages village NOUN NNS 8 obj
10 . . PUNCT . 4 punct
)");
  for (const char* c : {"CHLGOV", "PERGOV"}) {
    const int m = add_mention(d, "The two neighbours", c);
    d.mentions[m].entry = std::string(kPluralEntry) + "neighbours+" + c;
  }
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLGOV>PERGOV:112:asserted", "PERGOV>CHLGOV:112:asserted"}));

  // Two mentions over one phrase that are no plural phrase stay one actor.
  Document o = parse_rows(R"(
1 The the DET DT 3 det
2 two two NUM CD 3 nummod
3 neighbours neighbour NOUN NNS 4 nsubj
4 accused accuse VERB VBD 0 root
5 each each DET DT 4 obj
6 other other ADJ JJ 5 fixed
7 of of SCONJ IN 8 mark
8 shelling shell VERB VBG 4 advcl
9 villages village NOUN NNS 8 obj
10 . . PUNCT . 4 punct
)");
  add_mention(o, "The two neighbours", "CHLGOV");
  add_mention(o, "The two neighbours", "PERGOV");
  shipped_stage().run(o);
  EXPECT_TRUE(sorted_summary(o).empty()) << ::testing::PrintToString(sorted_summary(o));
}

}  // namespace
}  // namespace dyad
