// Statement and criticism readings (roots 01, 11, 12): a stated refusal to
// comment, adjectives of attitude with a copula, verbal attacks "for" some
// conduct, reported failure, refused requests and waved-away findings.
// Trees are hand-written; sentences are invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;

TEST(CoderStatements, NegatedCommentIsAnAssertedRefusal) {
  // The Chilean ministry does not comment on border incidents .
  Document d = parse_rows(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 ministry ministry NOUN NN 6 nsubj
4 does do AUX VBZ 6 aux
5 not not PART RB 6 advmod
6 comment comment VERB VB 0 root
7 on on ADP IN 9 case
8 border border NOUN NN 9 compound
9 incidents incident NOUN NNS 6 obl
10 . . PUNCT . 6 punct
)");
  add_mention(d, "The Chilean ministry", "CHLGOV");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLGOV>-:011:asserted"}));
}

TEST(CoderStatements, ConcernedAdjectiveIsTheSubjectsStatement) {
  // Chile is deeply concerned about Peru .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 4 nsubj
2 is be AUX VBZ 4 cop
3 deeply deeply ADV RB 4 advmod
4 concerned concerned ADJ JJ 0 root
5 about about ADP IN 6 case
6 Peru Peru PROPN NNP 4 obl
7 . . PUNCT . 4 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:012:asserted"}));
}

TEST(CoderStatements, CriticalOfIsCriticism) {
  // Bolivia was sharply critical of Chile .
  Document d = parse_rows(R"(
1 Bolivia Bolivia PROPN NNP 4 nsubj
2 was be AUX VBD 4 cop
3 sharply sharply ADV RB 4 advmod
4 critical critical ADJ JJ 0 root
5 of of ADP IN 6 case
6 Chile Chile PROPN NNP 4 obl
7 . . PUNCT . 4 punct
)");
  add_mention(d, "Bolivia", "BOL");
  add_mention(d, "Chile", "CHL");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"BOL>CHL:111:asserted"}));
}

TEST(CoderStatements, AttackForConductIsVerbal) {
  // Peru attacked Chile for refusing to sign the treaty .
  Document d = parse_rows(R"(
1 Peru Peru PROPN NNP 2 nsubj
2 attacked attack VERB VBD 0 root
3 Chile Chile PROPN NNP 2 obj
4 for for SCONJ IN 5 mark
5 refusing refuse VERB VBG 2 advcl
6 to to PART TO 7 mark
7 sign sign VERB VB 5 xcomp
8 the the DET DT 9 det
9 treaty treaty NOUN NN 7 obj
10 . . PUNCT . 2 punct
)");
  add_mention(d, "Peru", "PER");
  add_mention(d, "Chile", "CHL");
  shipped_stage().run(d);
  auto s = sorted_summary(d);
  EXPECT_NE(std::find(s.begin(), s.end(), "PER>CHL:111:asserted"), s.end());
  for (const std::string& e : s) EXPECT_EQ(e.find(":190:"), std::string::npos) << e;
}

TEST(CoderStatements, ReportedFailureIsTheSpeakersCriticism) {
  // Bolivia said Chile failed to stop the smugglers .
  Document d = parse_rows(R"(
1 Bolivia Bolivia PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 Chile Chile PROPN NNP 4 nsubj
4 failed fail VERB VBD 2 ccomp
5 to to PART TO 6 mark
6 stop stop VERB VB 4 xcomp
7 the the DET DT 8 det
8 smugglers smuggler NOUN NNS 6 obj
9 . . PUNCT . 2 punct
)");
  add_mention(d, "Bolivia", "BOL");
  add_mention(d, "Chile", "CHL");
  shipped_stage().run(d);
  auto s = sorted_summary(d);
  EXPECT_NE(std::find(s.begin(), s.end(), "BOL>CHL:111:asserted"), s.end());
}

TEST(CoderStatements, DeniedRequestIsARejectionNotADenial) {
  // Chile denied Peru 's request .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 denied deny VERB VBD 0 root
3 Peru Peru PROPN NNP 5 nmod:poss
4 's 's PART POS 3 case
5 request request NOUN NN 2 obj
6 . . PUNCT . 2 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:120:asserted"}));
}

TEST(CoderStatements, FindingsDismissedAsPropagandaAreDenied) {
  // Chile dismissed the Peruvian findings as propaganda .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 dismissed dismiss VERB VBD 0 root
3 the the DET DT 5 det
4 Peruvian Peruvian ADJ JJ 5 amod
5 findings finding NOUN NNS 2 obj
6 as as ADP IN 7 case
7 propaganda propaganda NOUN NN 2 obl
8 . . PUNCT . 2 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peruvian", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:016:asserted"}));
}

TEST(CoderStatements, HarshLabelIsCriticism) {
  // Chile called the Peruvian move egregious .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 called call VERB VBD 0 root
3 the the DET DT 5 det
4 Peruvian Peruvian ADJ JJ 5 amod
5 move move NOUN NN 2 obj
6 egregious egregious ADJ JJ 2 xcomp
7 . . PUNCT . 2 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peruvian", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:111:asserted"}));
}

TEST(CoderStatements, HostileActOnConditionIsAThreatAgainstItsActor) {
  // If Chile escalates , Peru will impose sanctions .
  Document d = parse_rows(R"(
1 If if SCONJ IN 3 mark
2 Chile Chile PROPN NNP 3 nsubj
3 escalates escalate VERB VBZ 7 advcl
4 , , PUNCT , 7 punct
5 Peru Peru PROPN NNP 7 nsubj
6 will will AUX MD 7 aux
7 impose impose VERB VB 0 root
8 sanctions sanction NOUN NNS 7 obj
9 . . PUNCT . 7 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"PER>CHL:1312:intended"}));
}

TEST(CoderStatements, PassiveConditionNamesItsAgent) {
  // Peru will impose sanctions unless the tariffs are dropped by Chile .
  Document d = parse_rows(R"(
1 Peru Peru PROPN NNP 3 nsubj
2 will will AUX MD 3 aux
3 impose impose VERB VB 0 root
4 sanctions sanction NOUN NNS 3 obj
5 unless unless SCONJ IN 9 mark
6 the the DET DT 7 det
7 tariffs tariff NOUN NNS 9 nsubj:pass
8 are be AUX VBP 9 aux:pass
9 dropped drop VERB VBN 3 advcl
10 by by ADP IN 11 case
11 Chile Chile PROPN NNP 9 obl:agent
12 . . PUNCT . 3 punct
)");
  add_mention(d, "Peru", "PER");
  add_mention(d, "Chile", "CHL");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"PER>CHL:1312:intended"}));
}

TEST(CoderStatements, CooperativeActOnConditionIsNoThreat) {
  // Peru will meet Bolivia if Chile agrees .
  Document d = parse_rows(R"(
1 Peru Peru PROPN NNP 3 nsubj
2 will will AUX MD 3 aux
3 meet meet VERB VB 0 root
4 Bolivia Bolivia PROPN NNP 3 obj
5 if if SCONJ IN 7 mark
6 Chile Chile PROPN NNP 7 nsubj
7 agrees agree VERB VBZ 3 advcl
8 . . PUNCT . 3 punct
)");
  add_mention(d, "Peru", "PER");
  add_mention(d, "Bolivia", "BOL");
  add_mention(d, "Chile", "CHL");
  shipped_stage().run(d);
  for (const std::string& e : sorted_summary(d)) EXPECT_EQ(e.find("PER>CHL"), std::string::npos) << e;
}

TEST(CoderStatements, NotOnlyIsNoNegation) {
  // Chile is not only critical of Peru .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 5 nsubj
2 is be AUX VBZ 5 cop
3 not not PART RB 5 advmod
4 only only ADV RB 5 advmod
5 critical critical ADJ JJ 0 root
6 of of ADP IN 7 case
7 Peru Peru PROPN NNP 5 obl
8 . . PUNCT . 5 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:111:asserted"}));
}

TEST(CoderStatements, VerblessAdjectiveClauseIsRead) {
  // While critical of the Peruvian government and Peru 's decision , Chile praised Bolivia .
  Document d = parse_rows(R"(
1 While while SCONJ IN 2 mark
2 critical critical ADJ JJ 13 advcl
3 of of ADP IN 6 case
4 the the DET DT 6 det
5 Peruvian Peruvian ADJ JJ 6 amod
6 government government NOUN NN 2 obl
7 and and CCONJ CC 10 cc
8 Peru Peru PROPN NNP 10 nmod:poss
9 's 's PART POS 8 case
10 decision decision NOUN NN 6 conj
11 , , PUNCT , 13 punct
12 Chile Chile PROPN NNP 13 nsubj
13 praised praise VERB VBD 0 root
14 Bolivia Bolivia PROPN NNP 13 obj
15 . . PUNCT . 13 punct
)");
  add_mention(d, "Peruvian government", "PERGOV");
  add_mention(d, "Peru", "PER");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Bolivia", "BOL");
  shipped_stage().run(d);
  auto s = sorted_summary(d);
  EXPECT_NE(std::find(s.begin(), s.end(), "CHL>PERGOV:111:asserted"), s.end());
  // The bare state after its own government is the same target, coded once.
  EXPECT_EQ(std::find(s.begin(), s.end(), "CHL>PER:111:asserted"), s.end());
}

TEST(CoderStatements, BlameOnNamesTheAccused) {
  // Chile blamed the bombing on Peru .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 blamed blame VERB VBD 0 root
3 the the DET DT 4 det
4 bombing bombing NOUN NN 2 obj
5 on on ADP IN 6 case
6 Peru Peru PROPN NNP 2 obl
7 . . PUNCT . 2 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:112:asserted"}));
}

TEST(CoderStatements, OrderingOwnForcesIsNoDemand) {
  // Chile ordered the Chilean army to seal the border .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 ordered order VERB VBD 0 root
3 the the DET DT 5 det
4 Chilean Chilean ADJ JJ 5 amod
5 army army NOUN NN 2 obj
6 to to PART TO 7 mark
7 seal seal VERB VB 2 xcomp
8 the the DET DT 9 det
9 border border NOUN NN 7 obj
10 . . PUNCT . 2 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Chilean army", "CHLMIL");
  shipped_stage().run(d);
  for (const std::string& e : sorted_summary(d)) EXPECT_EQ(e.find("CHL>CHLMIL:10"), std::string::npos) << e;
}

TEST(CoderStatements, DenialAnswersTheEarlierAccuser) {
  // Peru said Chile trained the smugglers .  Chile denied the charge .
  Document d = parse_rows(R"(
1 Peru Peru PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 Chile Chile PROPN NNP 4 nsubj
4 trained train VERB VBD 2 ccomp
5 the the DET DT 6 det
6 smugglers smuggler NOUN NNS 4 obj
7 . . PUNCT . 2 punct

1 Chile Chile PROPN NNP 2 nsubj
2 denied deny VERB VBD 0 root
3 the the DET DT 4 det
4 charge charge NOUN NN 2 obj
5 . . PUNCT . 2 punct
)");
  add_mention(d, "Peru", "PER");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Chile", "CHL", 1);
  shipped_stage().run(d);
  auto s = sorted_summary(d);
  EXPECT_NE(std::find(s.begin(), s.end(), "CHL>PER:016:asserted"), s.end());
  for (const std::string& e : s) EXPECT_EQ(e.find("CHL>-:016"), std::string::npos) << e;
}

TEST(CoderStatements, DenialAnswersTheOtherSideOfOneCountry) {
  // Chilean officials blamed the rebels .  The rebels denied involvement .
  Document d = parse_rows(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 officials official NOUN NNS 3 nsubj
3 blamed blame VERB VBD 0 root
4 the the DET DT 5 det
5 rebels rebel NOUN NNS 3 obj
6 . . PUNCT . 3 punct

1 The the DET DT 2 det
2 rebels rebel NOUN NNS 3 nsubj
3 denied deny VERB VBD 0 root
4 involvement involvement NOUN NN 3 obj
5 . . PUNCT . 3 punct
)");
  add_mention(d, "Chilean officials", "CHLGOV");
  add_mention(d, "rebels", "CHLREB");
  add_mention(d, "rebels", "CHLREB", 1);
  shipped_stage().run(d);
  auto s = sorted_summary(d);
  EXPECT_NE(std::find(s.begin(), s.end(), "CHLREB>CHLGOV:016:asserted"), s.end());
}

TEST(CoderStatements, DenyingPeopleSomethingIsNoDenial) {
  // Peru said Chile was denying migrants access to lawyers .
  Document d = parse_rows(R"(
1 Peru Peru PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 Chile Chile PROPN NNP 5 nsubj
4 was be AUX VBD 5 aux
5 denying deny VERB VBG 2 ccomp
6 migrants migrant NOUN NNS 5 obj
7 access access NOUN NN 5 obl
8 to to ADP IN 9 case
9 lawyers lawyer NOUN NNS 7 nmod
10 . . PUNCT . 2 punct
)");
  add_mention(d, "Peru", "PER");
  add_mention(d, "Chile", "CHL");
  shipped_stage().run(d);
  for (const std::string& e : sorted_summary(d)) EXPECT_EQ(e.find(":016:"), std::string::npos) << e;
}

}  // namespace
}  // namespace dyad
