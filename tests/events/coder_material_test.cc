// Material and coercive news phrasings (roots 03-09, 14-20): weapons tests
// named by a bare noun, terrorist designations, imposed bans, and a visit
// framing its clause ("said during a visit to X"). Trees are hand-written;
// sentences are invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;

TEST(CoderMaterial, ConductedTestIsAWeaponsTest) {
  // Ruritania conducted a second test near its coast .
  Document a = coded(R"(
1 Ruritania Ruritania PROPN NNP 2 nsubj
2 conducted conduct VERB VBD 0 root
3 a a DET DT 5 det
4 second second ADJ JJ 5 amod
5 test test NOUN NN 2 obj
6 near near ADP IN 8 case
7 its its PRON PRP$ 8 nmod:poss
8 coast coast NOUN NN 2 obl
9 . . PUNCT . 2 punct
)", {{"Ruritania", "RURGOV"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"RURGOV>-:150:asserted"}));

  // Ruritania carried out four rounds of tests .
  Document b = coded(R"(
1 Ruritania Ruritania PROPN NNP 2 nsubj
2 carried carry VERB VBD 0 root
3 out out ADP RP 2 compound:prt
4 four four NUM CD 5 nummod
5 rounds round NOUN NNS 2 obj
6 of of ADP IN 7 case
7 tests test NOUN NNS 5 nmod
8 . . PUNCT . 2 punct
)", {{"Ruritania", "RURGOV"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"RURGOV>-:150:asserted"}));
}

TEST(CoderMaterial, TerroristDesignationIsASanction) {
  // Chile designated the Red Hand as a terrorist organization .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 designated designate VERB VBD 0 root
3 the the DET DT 5 det
4 Red Red PROPN NNP 5 compound
5 Hand Hand PROPN NNP 2 obj
6 as as ADP IN 9 case
7 a a DET DT 9 det
8 terrorist terrorist ADJ JJ 9 amod
9 organization organization NOUN NN 2 obl
10 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Red Hand", "CHLINS"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>CHLINS:163:asserted"}));

  // Designated as a venue is no sanction.
  // Chile designated Valparaiso as a venue .
  Document e = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 designated designate VERB VBD 0 root
3 Valparaiso Valparaiso PROPN NNP 2 obj
4 as as ADP IN 6 case
5 a a DET DT 6 det
6 venue venue NOUN NN 2 obl
7 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Valparaiso", "CHL"}});
  EXPECT_TRUE(sorted_summary(e).empty());
}

TEST(CoderMaterial, ImposedBanOnAnActor) {
  // Peru imposed a ban on the Chilean newspaper .
  Document d = coded(R"(
1 Peru Peru PROPN NNP 2 nsubj
2 imposed impose VERB VBD 0 root
3 a a DET DT 4 det
4 ban ban NOUN NN 2 obj
5 on on ADP IN 8 case
6 the the DET DT 8 det
7 Chilean Chilean ADJ JJ 8 amod
8 newspaper newspaper NOUN NN 4 nmod
9 . . PUNCT . 2 punct
)", {{"Peru", "PER"}, {"Chilean newspaper", "CHLMED"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PER>CHLMED:172:asserted"}));
}

TEST(CoderMaterial, VisitFramingTheClauseIsTheSubjects) {
  // The Peruvian minister said during a visit to Chile that trade grew .
  Document d = coded(R"(
1 The the DET DT 3 det
2 Peruvian Peruvian ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 during during ADP IN 7 case
6 a a DET DT 7 det
7 visit visit NOUN NN 4 obl
8 to to ADP IN 9 case
9 Chile Chile PROPN NNP 7 nmod
10 that that SCONJ IN 12 mark
11 trade trade NOUN NN 12 nsubj
12 grew grow VERB VBD 4 ccomp
13 . . PUNCT . 4 punct
)", {{"Peruvian minister", "PERGOV"}, {"Chile", "CHL"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PERGOV>CHL:042:asserted"}));

  // Only a visit: "said during the election that ..." codes nothing, and a
  // visit in another frame ("said after a visit to Chile") is not assumed.
  // The Peruvian minister spoke after a visit to Chile .
  Document e = coded(R"(
1 The the DET DT 3 det
2 Peruvian Peruvian ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 spoke speak VERB VBD 0 root
5 after after ADP IN 7 case
6 a a DET DT 7 det
7 visit visit NOUN NN 4 obl
8 to to ADP IN 9 case
9 Chile Chile PROPN NNP 7 nmod
10 . . PUNCT . 4 punct
)", {{"Peruvian minister", "PERGOV"}, {"Chile", "CHL"}});
  EXPECT_TRUE(sorted_summary(e).empty());
}

TEST(CoderMaterial, StrikeNounAsSubjectOrUnderAttack) {
  // Airstrikes by the Chilean army killed 30 Peruvian rebels .
  Document a = coded(R"(
1 Airstrikes airstrike NOUN NNS 7 nsubj
2 by by ADP IN 5 case
3 the the DET DT 5 det
4 Chilean Chilean ADJ JJ 5 amod
5 army army NOUN NN 1 nmod
6 have have AUX VBP 7 aux
7 killed kill VERB VBN 0 root
8 30 30 NUM CD 10 nummod
9 Peruvian Peruvian ADJ JJ 10 amod
10 rebels rebel NOUN NNS 7 obj
11 . . PUNCT . 7 punct
)", {{"Chilean army", "CHLMIL"}, {"Peruvian rebels", "PERREB"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHLMIL>PERREB:195:asserted"}));

  // The Chilean army came under an attack from Peruvian rebels .
  Document b = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 army army NOUN NN 4 nsubj
4 came come VERB VBD 0 root
5 under under ADP IN 7 case
6 an a DET DT 7 det
7 attack attack NOUN NN 4 obl
8 from from ADP IN 10 case
9 Peruvian Peruvian ADJ JJ 10 amod
10 rebels rebel NOUN NNS 7 nmod
11 . . PUNCT . 4 punct
)", {{"Chilean army", "CHLMIL"}, {"Peruvian rebels", "PERREB"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"PERREB>CHLMIL:190:asserted"}));

  // "Imports from Peru" are no strike: only force nouns read "from" as the source.
  // The Chilean army came under scrutiny from Peruvian rebels .
  Document c = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 army army NOUN NN 4 nsubj
4 came come VERB VBD 0 root
5 under under ADP IN 6 case
6 scrutiny scrutiny NOUN NN 4 obl
7 from from ADP IN 9 case
8 Peruvian Peruvian ADJ JJ 9 amod
9 rebels rebel NOUN NNS 6 nmod
10 . . PUNCT . 4 punct
)", {{"Chilean army", "CHLMIL"}, {"Peruvian rebels", "PERREB"}});
  EXPECT_TRUE(sorted_summary(c).empty());
}

TEST(CoderMaterial, TakingOwnershipFromIsNoSeizure) {
  // Chile took ownership of the island from Peru .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 took take VERB VBD 0 root
3 ownership ownership NOUN NN 2 obj
4 of of ADP IN 6 case
5 the the DET DT 6 det
6 island island NOUN NN 3 nmod
7 from from ADP IN 8 case
8 Peru Peru PROPN NNP 2 obl
9 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_TRUE(sorted_summary(d).empty());
}

TEST(CoderMaterial, CommaRestatedSourceCodesOnce) {
  // The Chilean army , Chile 's troops , shelled Peru .
  Document d = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 army army NOUN NN 10 nsubj
4 , , PUNCT , 8 punct
5 Chile Chile PROPN NNP 8 nmod:poss
6 's 's PART POS 5 case
7 own own ADJ JJ 8 amod
8 troops troops NOUN NNS 3 conj
9 , , PUNCT , 3 punct
10 shelled shell VERB VBD 0 root
11 Peru Peru PROPN NNP 10 obj
12 . . PUNCT . 10 punct
)", {{"Chilean army", "CHLMIL"}, {"Chile 's own troops", "CHLGOV"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d).size(), 1u);

  // With "and" they are two actors: both code.
  // The Chilean army and Chile 's own troops shelled Peru .
  Document e = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 army army NOUN NN 9 nsubj
4 and and CCONJ CC 8 cc
5 Chile Chile PROPN NNP 8 nmod:poss
6 's 's PART POS 5 case
7 own own ADJ JJ 8 amod
8 troops troops NOUN NNS 3 conj
9 shelled shell VERB VBD 0 root
10 Peru Peru PROPN NNP 9 obj
11 . . PUNCT . 9 punct
)", {{"Chilean army", "CHLMIL"}, {"Chile 's own troops", "CHLGOV"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(e).size(), 2u);
}

TEST(CoderMaterial, TravelRestrictionsAndRampedUpPressure) {
  // Chile tightened restrictions on travel from Peru .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 tightened tighten VERB VBD 0 root
3 restrictions restriction NOUN NNS 2 obj
4 on on ADP IN 5 case
5 travel travel NOUN NN 3 nmod
6 from from ADP IN 7 case
7 Peru Peru PROPN NNP 5 nmod
8 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PER:172:asserted"}));

  // Chile ramped up attacks on Peruvian rebels .
  Document b = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 ramped ramp VERB VBD 0 root
3 up up ADP RP 2 compound:prt
4 attacks attack NOUN NNS 2 obj
5 on on ADP IN 7 case
6 Peruvian Peruvian ADJ JJ 7 amod
7 rebels rebel NOUN NNS 4 nmod
8 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peruvian rebels", "PERREB"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"CHL>PERREB:190:asserted"}));
}

TEST(CoderMaterial, NounTargetHungOnAVerbThatCodesNothing) {
  // Lima highlighted Chile 's curbs on Peruvian traders .
  Document a = coded(R"(
1 Lima Lima PROPN NNP 2 nsubj
2 highlighted highlight VERB VBD 0 root
3 Chile Chile PROPN NNP 5 nmod:poss
4 's 's PART POS 3 case
5 curbs curb NOUN NNS 2 obj
6 on on ADP IN 8 case
7 Peruvian Peruvian ADJ JJ 8 amod
8 traders trader NOUN NNS 2 obl
9 . . PUNCT . 2 punct
)", {{"Lima", "PER"}, {"Chile", "CHL"}, {"Peruvian traders", "PERBUS"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PERBUS:172:asserted"}));
}

TEST(CoderMaterial, HostingCodesTheGuestsVisit) {
  // Chile hosted Peru .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 hosted host VERB VBD 0 root
3 Peru Peru PROPN NNP 2 obj
4 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PER:043:asserted", "PER>CHL:042:asserted"}));
}

TEST(CoderMaterial, AttributiveVisitingNamesTheVisitor) {
  // The Chilean minister thanked visiting Peruvian envoy Ana Ruiz .
  // (parsed as the tagger does: "visiting" an open complement, the envoy
  // its oblique)
  Document a = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 thanked thank VERB VBD 0 root
5 visiting visit VERB VBG 4 xcomp
6 Peruvian Peruvian ADJ JJ 9 amod
7 envoy envoy NOUN NN 9 compound
8 Ana Ana PROPN NNP 9 compound
9 Ruiz Ruiz PROPN NNP 5 obl
10 . . PUNCT . 4 punct
)", {{"Chilean minister", "CHLGOV"}, {"Peruvian envoy Ana Ruiz", "PERGOV"}});
  bool visit = false;
  for (const std::string& s : sorted_summary(a)) {
    EXPECT_EQ(s.find("CHLGOV>PERGOV:042"), std::string::npos) << s;
    visit = visit || s == "PERGOV>CHLGOV:042:asserted";
  }
  EXPECT_TRUE(visit);
}

TEST(CoderMaterial, ForceAgainstAnArmedEnemy) {
  // Troops are struggling to stamp out the rebels .
  Document a = coded(R"(
1 Troops troop NOUN NNS 4 nsubj
2 are be AUX VBP 4 aux
3 still still ADV RB 4 advmod
4 struggling struggle VERB VBG 0 root
5 to to PART TO 6 mark
6 stamp stamp VERB VB 4 xcomp
7 out out ADP RP 6 compound:prt
8 the the DET DT 9 det
9 rebels rebel NOUN NNS 6 obj
10 . . PUNCT . 4 punct
)", {{"Troops", "RURMIL"}, {"rebels", "RURREB"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"RURMIL>RURREB:190:asserted"}));

  // The rebels inflicted heavy casualties on army units .
  Document b = coded(R"(
1 The the DET DT 2 det
2 rebels rebel NOUN NNS 3 nsubj
3 inflicted inflict VERB VBD 0 root
4 heavy heavy ADJ JJ 5 amod
5 casualties casualty NOUN NNS 3 obj
6 on on ADP IN 8 case
7 army army NOUN NN 8 compound
8 units unit NOUN NNS 3 obl
9 . . PUNCT . 3 punct
)", {{"rebels", "RURREB"}, {"army", "RURMIL"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"RURREB>RURMIL:190:asserted"}));

  // Inmates exchanged gunfire with guards .
  Document c = coded(R"(
1 Inmates inmate NOUN NNS 2 nsubj
2 exchanged exchange VERB VBD 0 root
3 gunfire gunfire NOUN NN 2 obj
4 with with ADP IN 5 case
5 guards guard NOUN NNS 2 obl
6 . . PUNCT . 2 punct
)", {{"Inmates", "RURCRM"}, {"guards", "RURCOP"}});
  // An exchange of fire is fought by both sides.
  EXPECT_EQ(sorted_summary(c), (Strings{"RURCOP>RURCRM:190:asserted", "RURCRM>RURCOP:190:asserted"}));

  // Ruritania used drones against Freedonia .
  Document d = coded(R"(
1 Ruritania Ruritania PROPN NNP 2 nsubj
2 used use VERB VBD 0 root
3 drones drone NOUN NNS 2 obj
4 against against ADP IN 5 case
5 Freedonia Freedonia PROPN NNP 2 obl
6 . . PUNCT . 2 punct
)", {{"Ruritania", "RUR"}, {"Freedonia", "FRD"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"RUR>FRD:190:asserted"}));

  // Used for something else, no force: Ruritania used the funds for schools .
  Document e = coded(R"(
1 Ruritania Ruritania PROPN NNP 2 nsubj
2 used use VERB VBD 0 root
3 the the DET DT 4 det
4 funds fund NOUN NNS 2 obj
5 for for ADP IN 6 case
6 schools school NOUN NNS 2 obl
7 . . PUNCT . 2 punct
)", {{"Ruritania", "RUR"}});
  EXPECT_TRUE(summarize(e).empty());
}

TEST(CoderMaterial, TradeAgreementSignedIsAFormalAgreement) {
  // Chile signed a free trade agreement with Peru .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 signed sign VERB VBD 0 root
3 a a DET DT 6 det
4 free free ADJ JJ 6 amod
5 trade trade NOUN NN 6 compound
6 agreement agreement NOUN NN 2 obj
7 with with ADP IN 8 case
8 Peru Peru PROPN NNP 2 obl
9 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  // Signing is joint: Peru signed it as well.
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PER:057:asserted", "PER>CHL:057:asserted"}));
}

TEST(CoderMaterial, JointActWithAPartnerIsCodedBothWaysAMeetingIsNot) {
  // Chile reached a deal with Peru on Monday .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 reached reach VERB VBD 0 root
3 a a DET DT 4 det
4 deal deal NOUN NN 2 obj
5 with with ADP IN 6 case
6 Peru Peru PROPN NNP 2 obl
7 on on ADP IN 8 case
8 Monday Monday PROPN NNP 2 obl
9 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  // (Reaching a deal is agreeing to cooperate, 030: CAMEO's verb dictionary.)
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PER:030:asserted", "PER>CHL:030:asserted"}));

  // Chile met with Peru on Monday .  (one way: the one who meets)
  Document b = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 met meet VERB VBD 0 root
3 with with ADP IN 4 case
4 Peru Peru PROPN NNP 2 obl
5 on on ADP IN 6 case
6 Monday Monday PROPN NNP 2 obl
7 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"CHL>PER:040:asserted"}));
}

TEST(CoderMaterial, ReceivedAidIsCodedFromTheGiver) {
  // Chile accepted Chinese loans for its ports .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 accepted accept VERB VBD 0 root
3 Chinese Chinese ADJ JJ 4 amod
4 loans loan NOUN NNS 2 obj
5 for for ADP IN 7 case
6 its its PRON PRP$ 7 nmod:poss
7 ports port NOUN NNS 2 obl
8 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Chinese", "CHN"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHN>CHL:071:asserted"}));

  // Peru received humanitarian aid from Japan .
  Document b = coded(R"(
1 Peru Peru PROPN NNP 2 nsubj
2 received receive VERB VBD 0 root
3 humanitarian humanitarian ADJ JJ 4 amod
4 aid aid NOUN NN 2 obj
5 from from ADP IN 6 case
6 Japan Japan PROPN NNP 2 obl
7 . . PUNCT . 2 punct
)", {{"Peru", "PER"}, {"Japan", "JPN"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"JPN>PER:070:asserted"}));

  // Peru accepted $ 2 billion in Japanese loans .
  Document d = coded(R"(
1 Peru Peru PROPN NNP 2 nsubj
2 accepted accept VERB VBD 0 root
3 $ $ SYM $ 2 obj
4 2 2 NUM CD 5 compound
5 billion billion NUM CD 3 nummod
6 in in ADP IN 8 case
7 Japanese Japanese ADJ JJ 8 amod
8 loans loan NOUN NNS 3 nmod
9 . . PUNCT . 2 punct
)", {{"Peru", "PER"}, {"Japanese", "JPN"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"JPN>PER:071:asserted"}));

  // Aid received in a place is not given by that place: Peru received aid in Lima .
  Document e = coded(R"(
1 Peru Peru PROPN NNP 2 nsubj
2 received receive VERB VBD 0 root
3 aid aid NOUN NN 2 obj
4 in in ADP IN 5 case
5 Lima Lima PROPN NNP 2 obl
6 . . PUNCT . 2 punct
)", {{"Peru", "PER"}, {"Lima", "PER"}});
  EXPECT_TRUE(sorted_summary(e).empty());

  // No giver, no event: Peru received aid .
  Document c = coded(R"(
1 Peru Peru PROPN NNP 2 nsubj
2 received receive VERB VBD 0 root
3 aid aid NOUN NN 2 obj
4 . . PUNCT . 2 punct
)", {{"Peru", "PER"}});
  EXPECT_TRUE(sorted_summary(c).empty());
}

TEST(CoderMaterial, QuittingAnOrganisationBreaksRelationsWithIt) {
  // Chile withdrew from the Pacific League .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 withdrew withdraw VERB VBD 0 root
3 from from ADP IN 6 case
4 the the DET DT 6 det
5 Pacific Pacific PROPN NNP 6 compound
6 League League PROPN NNP 2 obl
7 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Pacific League", "IGOPAL"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>IGOPAL:161:asserted"}));

  // Chile suspended its membership in the Pacific League .
  Document b = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 suspended suspend VERB VBD 0 root
3 its its PRON PRP$ 4 nmod:poss
4 membership membership NOUN NN 2 obj
5 in in ADP IN 8 case
6 the the DET DT 8 det
7 Pacific Pacific PROPN NNP 8 compound
8 League League PROPN NNP 4 nmod
9 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Pacific League", "IGOPAL"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"CHL>IGOPAL:161:asserted"}));

  // Leaving a state or a place is no such act (it is a military retreat,
  // 0874, since the eleventh session's `land` patterns): Chile withdrew
  // from Peru .
  Document c = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 withdrew withdraw VERB VBD 0 root
3 from from ADP IN 4 case
4 Peru Peru PROPN NNP 2 obl
5 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(c), (Strings{"CHL>PER:0874:asserted"}));

  // Nor is leaving an organisation's summit: Chile left the League summit .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 left leave VERB VBD 0 root
3 the the DET DT 5 det
4 League League PROPN NNP 5 compound
5 summit summit NOUN NN 2 obj
6 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"League", "IGOPAL"}});
  EXPECT_TRUE(sorted_summary(d).empty());
}

TEST(CoderMaterial, KindOfBombingFromItsModifier) {
  // The Red Hand detonated a car bomb outside the Peruvian embassy .
  Document a = coded(R"(
1 The the DET DT 3 det
2 Red Red PROPN NNP 3 compound
3 Hand Hand PROPN NNP 4 nsubj
4 detonated detonate VERB VBD 0 root
5 a a DET DT 7 det
6 car car NOUN NN 7 compound
7 bomb bomb NOUN NN 4 obj
8 outside outside ADP IN 11 case
9 the the DET DT 11 det
10 Peruvian Peruvian ADJ JJ 11 amod
11 embassy embassy NOUN NN 4 obl
12 . . PUNCT . 4 punct
)", {{"Red Hand", "CHLINS"}, {"Peruvian", "PER"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHLINS>PER:1832:asserted"}));

  // The Red Hand carried out a suicide attack on Peruvian troops .
  Document b = coded(R"(
1 The the DET DT 3 det
2 Red Red PROPN NNP 3 compound
3 Hand Hand PROPN NNP 4 nsubj
4 carried carry VERB VBD 0 root
5 out out ADP RP 4 compound:prt
6 a a DET DT 8 det
7 suicide suicide NOUN NN 8 compound
8 attack attack NOUN NN 4 obj
9 on on ADP IN 11 case
10 Peruvian Peruvian ADJ JJ 11 amod
11 troops troops NOUN NNS 8 nmod
12 . . PUNCT . 4 punct
)", {{"Red Hand", "CHLINS"}, {"Peruvian troops", "PERMIL"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"CHLINS>PERMIL:1831:asserted"}));

  // The Red Hand planted a roadside bomb .
  Document c = coded(R"(
1 The the DET DT 3 det
2 Red Red PROPN NNP 3 compound
3 Hand Hand PROPN NNP 4 nsubj
4 planted plant VERB VBD 0 root
5 a a DET DT 7 det
6 roadside roadside NOUN NN 7 compound
7 bomb bomb NOUN NN 4 obj
8 . . PUNCT . 4 punct
)", {{"Red Hand", "CHLINS"}});
  EXPECT_EQ(sorted_summary(c), (Strings{"CHLINS>-:1833:asserted"}));

  // A plain bomb stays 183: The Red Hand detonated a bomb .
  Document d = coded(R"(
1 The the DET DT 3 det
2 Red Red PROPN NNP 3 compound
3 Hand Hand PROPN NNP 4 nsubj
4 detonated detonate VERB VBD 0 root
5 a a DET DT 6 det
6 bomb bomb NOUN NN 4 obj
7 . . PUNCT . 4 punct
)", {{"Red Hand", "CHLINS"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLINS>-:183:asserted"}));
}

TEST(CoderMaterial, SuicideBomberSubjectMakesASuicideBombing) {
  // A suicide bomber killed Peruvian soldiers .
  Document a = coded(R"(
1 A a DET DT 3 det
2 suicide suicide NOUN NN 3 compound
3 bomber bomber NOUN NN 4 nsubj
4 killed kill VERB VBD 0 root
5 Peruvian Peruvian ADJ JJ 6 amod
6 soldiers soldier NOUN NNS 4 obj
7 . . PUNCT . 4 punct
)", {{"suicide bomber", "UAF"}, {"Peruvian soldiers", "PERMIL"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"UAF>PERMIL:1831:asserted"}));

  // Another attacker is coded on the verb: A gunman killed Peruvian soldiers .
  Document b = coded(R"(
1 A a DET DT 2 det
2 gunman gunman NOUN NN 3 nsubj
3 killed kill VERB VBD 0 root
4 Peruvian Peruvian ADJ JJ 5 amod
5 soldiers soldier NOUN NNS 3 obj
6 . . PUNCT . 3 punct
)", {{"gunman", "UAF"}, {"Peruvian soldiers", "PERMIL"}});
  ASSERT_EQ(sorted_summary(b).size(), 1u);
  EXPECT_EQ(sorted_summary(b)[0].find(":1831:"), std::string::npos);
}

TEST(CoderMaterial, ClashWithIsFoughtByBothSidesAnAttackIsNot) {
  // Peruvian police clashed with the Red Hand .
  Document a = coded(R"(
1 Peruvian Peruvian ADJ JJ 2 amod
2 police police NOUN NNS 3 nsubj
3 clashed clash VERB VBD 0 root
4 with with ADP IN 7 case
5 the the DET DT 7 det
6 Red Red PROPN NNP 7 compound
7 Hand Hand PROPN NNP 3 obl
8 . . PUNCT . 3 punct
)", {{"Peruvian police", "PERCOP"}, {"Red Hand", "CHLINS"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHLINS>PERCOP:190:asserted", "PERCOP>CHLINS:190:asserted"}));

  // Peruvian police attacked the Red Hand .
  Document b = coded(R"(
1 Peruvian Peruvian ADJ JJ 2 amod
2 police police NOUN NNS 3 nsubj
3 attacked attack VERB VBD 0 root
4 the the DET DT 6 det
5 Red Red PROPN NNP 6 compound
6 Hand Hand PROPN NNP 3 obj
7 . . PUNCT . 3 punct
)", {{"Peruvian police", "PERCOP"}, {"Red Hand", "CHLINS"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"PERCOP>CHLINS:190:asserted"}));
}

TEST(CoderMaterial, CooperationWithAPartnerIsCodedBothWays) {
  // Chile cooperated with Peru . (Cooperating with nothing material named
  // is diplomatic cooperation, 050.)
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 cooperated cooperate VERB VBD 0 root
3 with with ADP IN 4 case
4 Peru Peru PROPN NNP 2 obl
5 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PER:050:asserted", "PER>CHL:050:asserted"}));
}

TEST(CoderMaterial, AWishToCooperateIsTheSubjectsAlone) {
  // Chile wants to cooperate with Peru . (Chile's intent, not Peru's.)
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 wants want VERB VBZ 0 root
3 to to PART TO 4 mark
4 cooperate cooperate VERB VB 2 xcomp
5 with with ADP IN 6 case
6 Peru Peru PROPN NNP 4 obl
7 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PER:032:intended"}));
}

TEST(CoderMaterial, TravelBanFromEachConjoinedCountry) {
  // Chile tightened restrictions on travel from Peru , Bolivia and Ecuador .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 tightened tighten VERB VBD 0 root
3 restrictions restriction NOUN NNS 2 obj
4 on on ADP IN 5 case
5 travel travel NOUN NN 3 nmod
6 from from ADP IN 7 case
7 Peru Peru PROPN NNP 5 nmod
8 , , PUNCT , 9 punct
9 Bolivia Bolivia PROPN NNP 7 conj
10 and and CCONJ CC 11 cc
11 Ecuador Ecuador PROPN NNP 7 conj
12 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}, {"Bolivia", "BOL"}, {"Ecuador", "ECU"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>BOL:172:asserted", "CHL>ECU:172:asserted", "CHL>PER:172:asserted"}));
}

TEST(CoderMaterial, TradeWarWithAnAppositiveListOfPartners) {
  // Chile waged a tariff fight with Peru 's partners -- Bolivia and Ecuador .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 waged wage VERB VBD 0 root
3 a a DET DT 5 det
4 tariff tariff NOUN NN 5 compound
5 fight fight NOUN NN 2 obj
6 with with ADP IN 9 case
7 Peru Peru PROPN NNP 9 nmod:poss
8 's 's PART POS 7 case
9 partners partner NOUN NNS 2 obl
10 -- -- PUNCT , 11 punct
11 Bolivia Bolivia PROPN NNP 9 appos
12 and and CCONJ CC 13 cc
13 Ecuador Ecuador PROPN NNP 11 conj
14 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}, {"Bolivia", "BOL"}, {"Ecuador", "ECU"}});
  // The partners are the listed states, not their owner.
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>BOL:163:asserted", "CHL>ECU:163:asserted"}));
}

TEST(CoderMaterial, RivalsOfAnActorAreNotThatActor) {
  // Chile gives military aid to Peru 's rivals .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 gives give VERB VBZ 0 root
3 military military ADJ JJ 4 amod
4 aid aid NOUN NN 2 obj
5 to to ADP IN 8 case
6 Peru Peru PROPN NNP 8 nmod:poss
7 's 's PART POS 6 case
8 rivals rival NOUN NNS 2 obl
9 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  for (const std::string& s : summarize(a)) EXPECT_EQ(s.find(">PER"), std::string::npos) << s;
  // The same phrase with an ally is the ally's: Chile gives military aid to Peru 's army .
  Document b = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 gives give VERB VBZ 0 root
3 military military ADJ JJ 4 amod
4 aid aid NOUN NN 2 obj
5 to to ADP IN 8 case
6 Peru Peru PROPN NNP 8 nmod:poss
7 's 's PART POS 6 case
8 army army NOUN NN 2 obl
9 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"CHL>PER:072:asserted"}));
}

TEST(CoderMaterial, ImpliedPoliceAreTheAgentOfAnAgentlessArrest) {
  // The actor stage implies the police on an agentless passive arrest
  // (tests/actors); the coder takes them as the passive's agent.
  // The gang leader was arrested in 2011 .
  Document d = parse_rows(R"(
1 The the DET DT 3 det
2 gang gang NOUN NN 3 compound
3 leader leader NOUN NN 5 nsubj:pass
4 was be AUX VBD 5 aux:pass
5 arrested arrest VERB VBN 0 root
6 in in ADP IN 7 case
7 2011 2011 NUM CD 5 obl
8 . . PUNCT . 5 punct
)");
  add_mention(d, "gang leader", "RURCRM");
  int p = add_mention(d, "arrested", "RURCOP");
  d.mentions[p].basis = "implied";
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"RURCOP>RURCRM:173:asserted"}));
  // Without the implied agent there is no source and no event.
  Document e = parse_rows(R"(
1 The the DET DT 3 det
2 gang gang NOUN NN 3 compound
3 leader leader NOUN NN 5 nsubj:pass
4 was be AUX VBD 5 aux:pass
5 arrested arrest VERB VBN 0 root
6 in in ADP IN 7 case
7 2011 2011 NUM CD 5 obl
8 . . PUNCT . 5 punct
)");
  add_mention(e, "gang leader", "RURCRM");
  shipped_stage().run(e);
  EXPECT_TRUE(summarize(e).empty());
}

}  // namespace
}  // namespace dyad
