// The open complement of a passive is done by the passive's subject ("Lima
// is scheduled to meet X": Lima meets X, an intended act), rebutting a
// "claim" is a denial aimed at whoever made it, and capturing people is an
// arrest (173) where capturing a town is an occupation (192). Trees written
// by hand; sentences invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;

TEST(CoderPassiveXcomp, ScheduledToMeetIsThePassiveSubjectsIntendedAct) {
  // Lima is scheduled to meet Chilean envoys .
  Document d = parse_rows(R"(
1 Lima Lima PROPN NNP 3 nsubj:pass
2 is be AUX VBZ 3 aux:pass
3 scheduled schedule VERB VBN 0 root
4 to to PART TO 5 mark
5 meet meet VERB VB 3 xcomp
6 Chilean Chilean ADJ JJ 7 amod
7 envoys envoy NOUN NNS 5 obj
8 . . PUNCT . 3 punct
)");
  add_mention(d, "Lima", "PER");
  add_mention(d, "Chilean envoys", "CHLGOV");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"PER>CHLGOV:036:intended"}));
}

TEST(CoderPassiveXcomp, NotTheAgentOfThePassive) {
  // Lima was slated by Quito to host Chilean envoys .  -- Lima hosts.
  Document d = parse_rows(R"(
1 Lima Lima PROPN NNP 3 nsubj:pass
2 was be AUX VBD 3 aux:pass
3 slated slate VERB VBN 0 root
4 by by ADP IN 5 case
5 Quito Quito PROPN NNP 3 obl:agent
6 to to PART TO 7 mark
7 host host VERB VB 3 xcomp
8 Chilean Chilean ADJ JJ 9 amod
9 envoys envoy NOUN NNS 7 obj
10 . . PUNCT . 3 punct
)");
  add_mention(d, "Lima", "PER");
  add_mention(d, "Quito", "ECU");
  add_mention(d, "Chilean envoys", "CHLGOV");
  shipped_stage().run(d);
  for (const std::string& s : sorted_summary(d)) EXPECT_EQ(s.rfind("ECU>", 0), std::string::npos) << s;
}

TEST(CoderPassiveXcomp, RebuttingTheClaimAnswersTheAccuser) {
  // Quito accused Lima of spying . Rebutting the claim , Lima said Quito lied .
  Document d = parse_rows(R"(
1 Quito Quito PROPN NNP 2 nsubj
2 accused accuse VERB VBD 0 root
3 Lima Lima PROPN NNP 2 obj
4 of of SCONJ IN 5 mark
5 spying spy VERB VBG 2 advcl
6 . . PUNCT . 2 punct

1 Rebutting rebut VERB VBG 6 advcl
2 the the DET DT 3 det
3 claim claim NOUN NN 1 obj
4 , , PUNCT , 1 punct
5 Lima Lima PROPN NNP 6 nsubj
6 said say VERB VBD 0 root
7 Quito Quito PROPN NNP 8 nsubj
8 lied lie VERB VBD 6 ccomp
9 . . PUNCT . 6 punct
)");
  add_mention(d, "Quito", "ECU", 0);
  add_mention(d, "Lima", "PER", 0);
  add_mention(d, "Lima", "PER", 1);
  add_mention(d, "Quito", "ECU", 1);
  shipped_stage().run(d);
  const Strings s = sorted_summary(d);
  EXPECT_NE(std::find(s.begin(), s.end(), "PER>ECU:016:asserted"), s.end()) << ::testing::PrintToString(s);
}

TEST(CoderPassiveXcomp, CapturingPeopleIsAnArrestCapturingATownIsNot) {
  // Chilean troops captured several rebels .
  Document d = coded(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 troops troops NOUN NNS 3 nsubj
3 captured capture VERB VBD 0 root
4 several several ADJ JJ 5 amod
5 rebels rebel NOUN NNS 3 obj
6 . . PUNCT . 3 punct
)",
                     {{"troops", "CHLMIL"}, {"rebels", "PERREB"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLMIL>PERREB:173:asserted"}));
  // Chilean troops captured Tacna .
  Document t = coded(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 troops troops NOUN NNS 3 nsubj
3 captured capture VERB VBD 0 root
4 Tacna Tacna PROPN NNP 3 obj
5 . . PUNCT . 3 punct
)",
                     {{"troops", "CHLMIL"}, {"Tacna", "PER"}});
  EXPECT_EQ(sorted_summary(t), (Strings{"CHLMIL>PER:192:asserted"}));
}

TEST(CoderPassiveXcomp, VerbMisreadAsAdjectiveOfItsObject) {
  // The Chilean envoy expressed deep concern .  -- parsed as "[envoy]
  // [expressed deep concern]" with the noun "concern" as the root.
  Document d = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 envoy envoy NOUN NN 6 nsubj
4 expressed express VERB VBN 6 amod
5 deep deep ADJ JJ 6 amod
6 concern concern NOUN NN 0 root
7 . . PUNCT . 6 punct
)",
                     {{"envoy", "CHLGOV"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLGOV>-:012:asserted"}));
  // A real adjective phrase is left alone: "the envoy is an expelled official"
  // (no expulsion of an official by the envoy).
  Document n = coded(R"(
1 The the DET DT 2 det
2 envoy envoy NOUN NN 6 nsubj
3 is be AUX VBZ 6 cop
4 an a DET DT 6 det
5 expelled expel VERB VBN 6 amod
6 official official NOUN NN 0 root
7 . . PUNCT . 6 punct
)",
                     {{"envoy", "CHLGOV"}, {"official", "PERGOV"}});
  EXPECT_TRUE(n.events.empty()) << ::testing::PrintToString(sorted_summary(n));
}

}  // namespace
}  // namespace dyad
