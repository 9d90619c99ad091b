// Recall frames of the coder, second pass (issue 4): threats, intents and
// appeals that news phrases without the usual verb. Trees are hand-written
// and sentences invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;

TEST(CoderRecall2Frames, SanctionsThatFollowAnotherActorsActAreAThreat) {
  // The minister said sanctions could follow if Peru annexed the islands .
  Document d = coded(R"(
1 The the DET DT 2 det
2 minister minister NOUN NN 3 nsubj
3 said say VERB VBD 0 root
4 sanctions sanction NOUN NNS 6 nsubj
5 could could AUX MD 6 aux
6 follow follow VERB VB 3 ccomp
7 if if SCONJ IN 9 mark
8 Peru Peru PROPN NNP 9 nsubj
9 annexed annex VERB VBD 6 advcl
10 the the DET DT 11 det
11 islands island NOUN NNS 9 obj
12 . . PUNCT . 3 punct
)",
                     {{"minister", "CHLGOV"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLGOV>PER:1312:intended"}));
}

TEST(CoderRecall2Frames, AgentlessConditionalSanctionsInAnIndicatedClause) {
  // Chile indicated that sanctions would be imposed if Peru tested the missile .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 indicated indicate VERB VBD 0 root
3 that that SCONJ IN 7 mark
4 sanctions sanction NOUN NNS 7 nsubj:pass
5 would would AUX MD 7 aux
6 be be AUX VB 7 aux:pass
7 imposed impose VERB VBN 2 ccomp
8 if if SCONJ IN 10 mark
9 Peru Peru PROPN NNP 10 nsubj
10 tested test VERB VBD 7 advcl
11 the the DET DT 12 det
12 missile missile NOUN NN 10 obj
13 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  // The missile test itself is only a condition (hypothetical, not counted).
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:1312:intended", "PER>-:150:hypothetical"}));
}

TEST(CoderRecall2Frames, OwnedSanctionsThatWillFollowAreTheOwnersThreat) {
  // Peru said Chilean sanctions will follow if Bolivia closes the port .
  Document d = coded(R"(
1 Peru Peru PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 Chilean Chilean ADJ JJ 4 amod
4 sanctions sanction NOUN NNS 6 nsubj
5 will will AUX MD 6 aux
6 follow follow VERB VB 2 ccomp
7 if if SCONJ IN 9 mark
8 Bolivia Bolivia PROPN NNP 9 nsubj
9 closes close VERB VBZ 6 advcl
10 the the DET DT 11 det
11 port port NOUN NN 9 obj
12 . . PUNCT . 2 punct
)",
                     {{"Peru", "PER"}, {"Chilean", "CHL"}, {"Bolivia", "BOL"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>BOL:1312:intended"}));
}

TEST(CoderRecall2Frames, SanctionsLiftedOnAConditionAreNoThreat) {
  // The minister said sanctions would be lifted if Peru withdrew .
  Document d = coded(R"(
1 The the DET DT 2 det
2 minister minister NOUN NN 3 nsubj
3 said say VERB VBD 0 root
4 sanctions sanction NOUN NNS 7 nsubj:pass
5 would would AUX MD 7 aux
6 be be AUX VB 7 aux:pass
7 lifted lift VERB VBN 3 ccomp
8 if if SCONJ IN 10 mark
9 Peru Peru PROPN NNP 10 nsubj
10 withdrew withdraw VERB VBD 7 advcl
11 . . PUNCT . 3 punct
)",
                     {{"minister", "CHLGOV"}, {"Peru", "PER"}});
  for (const std::string& e : summarize(d)) EXPECT_EQ(e.find(":13"), std::string::npos) << e;
}

TEST(CoderRecall2Frames, SanctionsThatFollowedAreNoThreat) {
  // The minister said sanctions followed when Peru annexed the islands .
  // (no condition, nothing announced: a past fact with no one imposing)
  Document d = coded(R"(
1 The the DET DT 2 det
2 minister minister NOUN NN 3 nsubj
3 said say VERB VBD 0 root
4 sanctions sanction NOUN NNS 5 nsubj
5 followed follow VERB VBD 3 ccomp
6 when when SCONJ WRB 8 mark
7 Peru Peru PROPN NNP 8 nsubj
8 annexed annex VERB VBD 5 advcl
9 the the DET DT 10 det
10 islands island NOUN NNS 8 obj
11 . . PUNCT . 3 punct
)",
                     {{"minister", "CHLGOV"}, {"Peru", "PER"}});
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderRecall2Frames, PhraseHungOnAnObjectNounAsOblIsTheNounsPhrase) {
  // Chile threatened to use force against Peru .   (the parser hung
  // "against Peru" on "force" as obl)
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 threatened threaten VERB VBD 0 root
3 to to PART TO 4 mark
4 use use VERB VB 2 xcomp
5 force force NOUN NN 4 obj
6 against against ADP IN 7 case
7 Peru Peru PROPN NNP 5 obl
8 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:138:asserted"}));
}

TEST(CoderRecall2Frames, MultiWordNameGluedToAFrontedTimePhrase) {
  // Earlier in May , Sebastian Pinera threatened Peru .   (the name hangs
  // on "May" as appos, its last word on its first as flat)
  Document d = coded(R"(
1 Earlier early ADV RBR 7 advmod
2 in in ADP IN 3 case
3 May May PROPN NNP 1 obl
4 , , PUNCT , 5 punct
5 Sebastian Sebastian PROPN NNP 3 appos
6 Pinera Pinera PROPN NNP 5 flat
7 threatened threaten VERB VBD 0 root
8 Peru Peru PROPN NNP 7 obj
9 . . PUNCT . 7 punct
)",
                     {{"Sebastian Pinera", "CHLGOV"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLGOV>PER:130:asserted"}));
}

TEST(CoderRecall2Frames, WillNotHesitateAnnouncesTheAct) {
  // Chile will not hesitate to impose sanctions on Peru .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 4 nsubj
2 will will AUX MD 4 aux
3 not not PART RB 4 advmod
4 hesitate hesitate VERB VB 0 root
5 to to PART TO 6 mark
6 impose impose VERB VB 4 xcomp
7 sanctions sanction NOUN NNS 6 obj
8 on on ADP IN 9 case
9 Peru Peru PROPN NNP 6 obl
10 . . PUNCT . 4 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:1312:intended"}));
}

TEST(CoderRecall2Frames, WillNotHesitateUnderAHostileConditionIsAThreat) {
  // " If Peru escalates , we will not hesitate to shut the pipeline off , "
  // the Chilean minister said .
  Document d = coded(R"(
1 " " PUNCT `` 9 punct
2 If if SCONJ IN 4 mark
3 Peru Peru PROPN NNP 4 nsubj
4 escalates escalate VERB VBZ 9 advcl
5 , , PUNCT , 4 punct
6 we we PRON PRP 9 nsubj
7 will will AUX MD 9 aux
8 not not PART RB 9 advmod
9 hesitate hesitate VERB VB 20 ccomp
10 to to PART TO 11 mark
11 shut shut VERB VB 9 xcomp
12 the the DET DT 13 det
13 pipeline pipeline NOUN NN 11 obj
14 off off ADP RP 11 compound:prt
15 , , PUNCT , 9 punct
16 " " PUNCT '' 9 punct
17 the the DET DT 19 det
18 Chilean Chilean ADJ JJ 19 amod
19 minister minister NOUN NN 20 nsubj
20 said say VERB VBD 0 root
21 . . PUNCT . 20 punct
)",
                     {{"Peru", "PER"}, {"Chilean minister", "CHLGOV"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLGOV>PER:130:intended"}));
}

TEST(CoderRecall2Frames, HesitatingIsNoAnnouncement) {
  // Chile hesitated to impose sanctions on Peru .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 hesitated hesitate VERB VBD 0 root
3 to to PART TO 4 mark
4 impose impose VERB VB 2 xcomp
5 sanctions sanction NOUN NNS 4 obj
6 on on ADP IN 7 case
7 Peru Peru PROPN NNP 4 obl
8 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  for (const std::string& e : summarize(d)) EXPECT_EQ(e.find(":1312:"), std::string::npos) << e;
}

TEST(CoderRecall2Frames, VoteOnSanctionsAgainstAStateIsAPendingThreat) {
  // The Chilean Senate voted on measures against Peru .
  Document d = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 Senate Senate PROPN NNP 4 nsubj
4 voted vote VERB VBD 0 root
5 on on ADP IN 6 case
6 measures measure NOUN NNS 4 obl
7 against against ADP IN 8 case
8 Peru Peru PROPN NNP 4 obl
9 . . PUNCT . 4 punct
)",
                     {{"Chilean Senate", "CHLLEG"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLLEG>PER:1312:asserted"}));
}

TEST(CoderRecall2Frames, HavingTheBackingOfAStateIsItsSupport) {
  // Chile has the backing of Peru .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 has have VERB VBZ 0 root
3 the the DET DT 4 det
4 backing backing NOUN NN 2 obj
5 of of ADP IN 6 case
6 Peru Peru PROPN NNP 4 nmod
7 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PER>CHL:051:asserted"}));
}

TEST(CoderRecall2Frames, BenefitingFromProtectionIsTheProtectorsAct) {
  // Chile benefits from Peru 's diplomatic protection .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 benefits benefit VERB VBZ 0 root
3 from from ADP IN 7 case
4 Peru Peru PROPN NNP 7 nmod:poss
5 's 's PART POS 4 case
6 diplomatic diplomatic ADJ JJ 7 amod
7 protection protection NOUN NN 2 obl
8 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PER>CHL:052:asserted"}));
}

TEST(CoderRecall2Frames, ThreatOfOwnedSanctionsIsTheOwnersThreat) {
  // Bolivia acted despite threats of Chilean sanctions against La Paz .
  Document d = coded(R"(
1 Bolivia Bolivia PROPN NNP 2 nsubj
2 acted act VERB VBD 0 root
3 despite despite ADP IN 4 case
4 threats threat NOUN NNS 2 obl
5 of of ADP IN 7 case
6 Chilean Chilean ADJ JJ 7 amod
7 sanctions sanction NOUN NNS 4 nmod
8 against against ADP IN 10 case
9 La La PROPN NNP 10 compound
10 Paz Paz PROPN NNP 7 nmod
11 . . PUNCT . 2 punct
)",
                     {{"Bolivia", "BOL"}, {"Chilean", "CHL"}, {"La Paz", "BOL"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>BOL:1312:asserted"}));
}

TEST(CoderRecall2Frames, PossessedThreatOfTariffsOnAState) {
  // Chile 's threat of tariffs on Peru worried exporters .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 3 nmod:poss
2 's 's PART POS 1 case
3 threat threat NOUN NN 8 nsubj
4 of of ADP IN 5 case
5 tariffs tariff NOUN NNS 3 nmod
6 on on ADP IN 7 case
7 Peru Peru PROPN NNP 5 nmod
8 worried worry VERB VBD 0 root
9 exporters exporter NOUN NNS 8 obj
10 . . PUNCT . 8 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:1312:asserted"}));
}

TEST(CoderRecall2Frames, ThreatOfSanctionsWithNoTargetIsNoEvent) {
  // Threats of Chilean sanctions worried exporters .
  // (A threat defied, "Bolivia acted despite threats of Chilean sanctions",
  // is aimed at the one who defies it: coder_nominal_coercion_test.cc.)
  Document d = coded(R"(
1 Threats threat NOUN NNS 5 nsubj
2 of of ADP IN 4 case
3 Chilean Chilean ADJ JJ 4 amod
4 sanctions sanction NOUN NNS 1 nmod
5 worried worry VERB VBD 0 root
6 exporters exporter NOUN NNS 5 obj
7 . . PUNCT . 5 punct
)",
                     {{"Chilean", "CHL"}});
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderRecall2Frames, SeekingCloserTiesIsIntentToCooperate) {
  // Peru is seeking closer ties with Chile .
  Document d = coded(R"(
1 Peru Peru PROPN NNP 3 nsubj
2 is be AUX VBZ 3 aux
3 seeking seek VERB VBG 0 root
4 closer close ADJ JJR 5 amod
5 ties tie NOUN NNS 3 obj
6 with with ADP IN 7 case
7 Chile Chile PROPN NNP 5 nmod
8 . . PUNCT . 3 punct
)",
                     {{"Peru", "PER"}, {"Chile", "CHL"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PER>CHL:030:asserted"}));
}

TEST(CoderRecall2Frames, AgreeingToDeepenCooperationIsMutualIntent) {
  // Chile and Peru agreed to deepen security cooperation .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 4 nsubj
2 and and CCONJ CC 3 cc
3 Peru Peru PROPN NNP 1 conj
4 agreed agree VERB VBD 0 root
5 to to PART TO 6 mark
6 deepen deepen VERB VB 4 xcomp
7 security security NOUN NN 8 compound
8 cooperation cooperation NOUN NN 6 obj
9 . . PUNCT . 4 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:032:intended", "PER>CHL:032:intended"}));
}

TEST(CoderRecall2Frames, ProposingThatAnotherActorActsIsAnAppeal) {
  // Chile proposed that Peru lift the sanctions on Bolivia .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 proposed propose VERB VBD 0 root
3 that that SCONJ IN 5 mark
4 Peru Peru PROPN NNP 5 nsubj
5 lift lift VERB VB 2 ccomp
6 the the DET DT 7 det
7 sanctions sanction NOUN NNS 5 obj
8 on on ADP IN 9 case
9 Bolivia Bolivia PROPN NNP 5 obl
10 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}, {"Bolivia", "BOL"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:0254:asserted", "PER>BOL:085:requested"}));
}

TEST(CoderRecall2Frames, ProposingToActOneselfStaysAnIntent) {
  // Chile proposed to lift the sanctions on Peru .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 proposed propose VERB VBD 0 root
3 to to PART TO 4 mark
4 lift lift VERB VB 2 xcomp
5 the the DET DT 6 det
6 sanctions sanction NOUN NNS 4 obj
7 on on ADP IN 8 case
8 Peru Peru PROPN NNP 4 obl
9 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:0354:intended"}));
}

TEST(CoderRecall2Frames, SpeakerSayingTalksMustContinueIntendsToNegotiate) {
  // The Chilean minister said talks with Peru must continue .
  Document d = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 talks talk NOUN NNS 9 nsubj
6 with with ADP IN 7 case
7 Peru Peru PROPN NNP 5 nmod
8 must must AUX MD 9 aux
9 continue continue VERB VB 4 ccomp
10 . . PUNCT . 4 punct
)",
                     {{"Chilean minister", "CHLGOV"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLGOV>PER:036:intended"}));
}

TEST(CoderRecall2Frames, TalksThatContinuedAreNoAnnouncement) {
  // The Chilean minister said talks with Peru continued .
  Document d = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 talks talk NOUN NNS 8 nsubj
6 with with ADP IN 7 case
7 Peru Peru PROPN NNP 5 nmod
8 continued continue VERB VBD 4 ccomp
9 . . PUNCT . 4 punct
)",
                     {{"Chilean minister", "CHLGOV"}, {"Peru", "PER"}});
  for (const std::string& e : summarize(d)) EXPECT_EQ(e.find(":036:"), std::string::npos) << e;
}

TEST(CoderRecall2Frames, TalksThatWillContinueWithNoSpeakerAreNoEvent) {
  // Talks with Peru will continue .
  Document d = coded(R"(
1 Talks talk NOUN NNS 5 nsubj
2 with with ADP IN 3 case
3 Peru Peru PROPN NNP 1 nmod
4 will will AUX MD 5 aux
5 continue continue VERB VB 0 root
6 . . PUNCT . 5 punct
)",
                     {{"Peru", "PER"}});
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderRecall2Frames, FiniteVerbCoordinatedWithANounsParticipleJoinsTheClause) {
  // Chile expressed sorrow over lives lost and urged Peru to investigate .
  // (the parser made "urged" a conjunct of the participle "lost")
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 expressed express VERB VBD 0 root
3 sorrow sorrow NOUN NN 2 obj
4 over over ADP IN 5 case
5 lives life NOUN NNS 3 nmod
6 lost lose VERB VBN 5 acl
7 and and CCONJ CC 8 cc
8 urged urge VERB VBD 6 conj
9 Peru Peru PROPN NNP 8 obj
10 to to PART TO 11 mark
11 investigate investigate VERB VB 8 xcomp
12 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  std::vector<std::string> got = sorted_summary(d);
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0], "CHL>PER:020:asserted");
}

TEST(CoderRecall2Frames, ParticipleConjunctOfAParticipleKeepsTheNoun) {
  // Chile returned the weapons seized and destroyed by Peru .   (both
  // participles modify "weapons": no subject from the main clause)
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 returned return VERB VBD 0 root
3 the the DET DT 4 det
4 weapons weapon NOUN NNS 2 obj
5 seized seize VERB VBN 4 acl
6 and and CCONJ CC 7 cc
7 destroyed destroy VERB VBN 5 conj
8 by by ADP IN 9 case
9 Peru Peru PROPN NNP 7 obl:agent
10 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  for (const std::string& e : summarize(d)) EXPECT_NE(e.compare(0, 4, "CHL>"), 0) << e;
}

TEST(CoderRecall2Frames, CallForWarAgainstAnEnemyIsAThreatOfForce) {
  // The president called for a total war against the rebels .   ("against
  // the rebels" hangs on "war")
  Document d = coded(R"(
1 The the DET DT 2 det
2 president president NOUN NN 3 nsubj
3 called call VERB VBD 0 root
4 for for ADP IN 7 case
5 a a DET DT 7 det
6 total total ADJ JJ 7 amod
7 war war NOUN NN 3 obl
8 against against ADP IN 10 case
9 the the DET DT 10 det
10 rebels rebel NOUN NNS 7 nmod
11 . . PUNCT . 3 punct
)",
                     {{"president", "CHLGOV"}, {"rebels", "CHLREB"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLGOV>CHLREB:138:asserted"}));
}

TEST(CoderRecall2Frames, EnemyThatWillBeCrushedByOurForcesIsThreatened) {
  // The minister said the rebels will be crushed by Chilean forces .
  Document d = coded(R"(
1 The the DET DT 2 det
2 minister minister NOUN NN 3 nsubj
3 said say VERB VBD 0 root
4 the the DET DT 5 det
5 rebels rebel NOUN NNS 8 nsubj:pass
6 will will AUX MD 8 aux
7 be be AUX VB 8 aux:pass
8 crushed crush VERB VBN 3 ccomp
9 by by ADP IN 11 case
10 Chilean Chilean ADJ JJ 11 amod
11 forces force NOUN NNS 8 obl:agent
12 . . PUNCT . 3 punct
)",
                     {{"minister", "CHLGOV"}, {"rebels", "CHLREB"}, {"Chilean forces", "CHLMIL"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLMIL>CHLREB:138:intended"}));
}

TEST(CoderRecall2Frames, OneStateCrushingAnotherIsAMatch) {
  // Chile crushed Peru .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 crushed crush VERB VBD 0 root
3 Peru Peru PROPN NNP 2 obj
4 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderRecall2Frames, PlanForDoingIsItsAuthorsIntent) {
  // Chile proposed a plan for rearming the army and supporting Peru .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 proposed propose VERB VBD 0 root
3 a a DET DT 4 det
4 plan plan NOUN NN 2 obj
5 for for SCONJ IN 6 mark
6 rearming rearm VERB VBG 4 acl
7 the the DET DT 8 det
8 army army NOUN NN 6 obj
9 and and CCONJ CC 10 cc
10 supporting support VERB VBG 6 conj
11 Peru Peru PROPN NNP 10 obj
12 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:032:intended"}));
}

TEST(CoderRecall2Frames, ForGerundOnAnOrdinaryNounLendsNoSubject) {
  // Chile cut the funds for supporting Peru .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 cut cut VERB VBD 0 root
3 the the DET DT 4 det
4 funds fund NOUN NNS 2 obj
5 for for SCONJ IN 6 mark
6 supporting support VERB VBG 4 acl
7 Peru Peru PROPN NNP 6 obj
8 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  for (const std::string& e : summarize(d)) EXPECT_EQ(e.find(":05"), std::string::npos) << e;
}

TEST(CoderRecall2Frames, BillToSanctionIsAPendingThreat) {
  // Chilean senators introduced a bill to sanction Peru .
  Document d = coded(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 senators senator NOUN NNS 3 nsubj
3 introduced introduce VERB VBD 0 root
4 a a DET DT 5 det
5 bill bill NOUN NN 3 obj
6 to to PART TO 7 mark
7 sanction sanction VERB VB 5 acl
8 Peru Peru PROPN NNP 7 obj
9 . . PUNCT . 3 punct
)",
                     {{"Chilean senators", "CHLLEG"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLLEG>PER:1312:intended"}));
}

}  // namespace
}  // namespace dyad
