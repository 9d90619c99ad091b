// The coder on constructions added for the VOA gold: nominal events, the
// double-object "call", open complements under "will", weekday subjects,
// "call for X to V", "plead with", "fighting between", tariffs, and the
// no-event cases that must stay silent. Sentences are invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using evtest::add_mention;
using evtest::parse_rows;
using evtest::shipped_stage;
using evtest::sorted_summary;
using evtest::Strings;

TEST(CoderNominal, PossessorInvasionOfTarget) {
  // Paris condemned Russia 's invasion of Georgia .
  Document d = parse_rows(R"(
1 Paris Paris PROPN NNP 2 nsubj
2 condemned condemn VERB VBD 0 root
3 Russia Russia PROPN NNP 5 nmod:poss
4 's 's PART POS 3 case
5 invasion invasion NOUN NN 2 obj
6 of of ADP IN 7 case
7 Georgia Georgia PROPN NNP 5 nmod
8 . . PUNCT . 2 punct
)");
  add_mention(d, "Paris", "FRA");
  add_mention(d, "Russia", "RUS");
  add_mention(d, "Georgia", "GEO");
  shipped_stage().run(d);
  // An invasion takes territory: 192 (fullcode branch; was 190).
  EXPECT_EQ(sorted_summary(d), (Strings{"FRA>RUS:111:asserted", "RUS>GEO:192:asserted"}));
}

TEST(CoderNominal, DeliberatedNounIsNotCoded) {
  // Ministers discussed EU sanctions against Moscow .
  Document d = parse_rows(R"(
1 Ministers minister NOUN NNS 2 nsubj
2 discussed discuss VERB VBD 0 root
3 EU EU PROPN NNP 4 compound
4 sanctions sanction NOUN NNS 2 obj
5 against against ADP IN 6 case
6 Moscow Moscow PROPN NNP 4 nmod
7 . . PUNCT . 2 punct
)");
  add_mention(d, "EU", "IGOEUREEC");
  d.mentions.back().actor.org = "EU";
  add_mention(d, "Moscow", "RUS");
  shipped_stage().run(d);
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderNominal, PossessedNounUnderDiscussIsAFact) {
  // Envoys discussed Pyongyang 's transfer of arms to Moscow .
  Document d = parse_rows(R"(
1 Envoys envoy NOUN NNS 2 nsubj
2 discussed discuss VERB VBD 0 root
3 Pyongyang Pyongyang PROPN NNP 5 nmod:poss
4 's 's PART POS 3 case
5 transfer transfer NOUN NN 2 obj
6 of of ADP IN 7 case
7 arms arm NOUN NNS 5 nmod
8 to to ADP IN 9 case
9 Moscow Moscow PROPN NNP 5 nmod
10 . . PUNCT . 2 punct
)");
  add_mention(d, "Pyongyang", "PRK");
  add_mention(d, "Moscow", "RUS");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"PRK>RUS:072:asserted"}));
}

TEST(CoderNominal, AdjectiveSourceSanctionsAgainst) {
  // U.S. sanctions against Iran hurt its economy .
  Document e = parse_rows(R"(
1 U.S. U.S. PROPN NNP 2 compound
2 sanctions sanction NOUN NNS 5 nsubj
3 against against ADP IN 4 case
4 Iran Iran PROPN NNP 2 nmod
5 hurt hurt VERB VBD 0 root
6 its its PRON PRP$ 7 nmod:poss
7 economy economy NOUN NN 5 obj
8 . . PUNCT . 5 punct
)");
  add_mention(e, "U.S.", "USA");
  add_mention(e, "Iran", "IRN");
  shipped_stage().run(e);
  EXPECT_EQ(sorted_summary(e), (Strings{"USA>IRN:163:asserted"}));
}

TEST(CoderNominal, VisitByWithTargetHungOnTheByPhrase) {
  // Talks came during a visit by Modi to Mauritius .
  Document d = parse_rows(R"(
1 Talks talk NOUN NNS 2 nsubj
2 came come VERB VBD 0 root
3 during during ADP IN 5 case
4 a a DET DT 5 det
5 visit visit NOUN NN 2 obl
6 by by ADP IN 7 case
7 Modi Modi PROPN NNP 5 nmod
8 to to ADP IN 9 case
9 Mauritius Mauritius PROPN NNP 7 nmod
10 . . PUNCT . 2 punct
)");
  add_mention(d, "Modi", "INDGOV");
  add_mention(d, "Mauritius", "MUS");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"INDGOV>MUS:042:asserted"}));
}

TEST(CoderNominal, ExpectedVisitIsIntent) {
  // Suga 's expected visit to India drew attention .
  Document d = parse_rows(R"(
1 Suga Suga PROPN NNP 4 nmod:poss
2 's 's PART POS 1 case
3 expected expected ADJ JJ 4 amod
4 visit visit NOUN NN 7 nsubj
5 to to ADP IN 6 case
6 India India PROPN NNP 4 nmod
7 drew draw VERB VBD 0 root
8 attention attention NOUN NN 7 obj
9 . . PUNCT . 7 punct
)");
  add_mention(d, "Suga", "JPNGOV");
  add_mention(d, "India", "IND");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"JPNGOV>IND:036:intended"}));
}

TEST(CoderNominal, NoSourceNoEvent) {
  // The attack on the base killed ten .
  Document d = parse_rows(R"(
1 The the DET DT 2 det
2 attack attack NOUN NN 6 nsubj
3 on on ADP IN 5 case
4 the the DET DT 5 det
5 base base NOUN NN 2 nmod
6 killed kill VERB VBD 0 root
7 ten ten NUM CD 6 obj
8 . . PUNCT . 6 punct
)");
  shipped_stage().run(d);
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderNominal, LightVerbObjectIsNotCodedTwice) {
  // Canada imposed tariffs on China .
  Document d = parse_rows(R"(
1 Canada Canada PROPN NNP 2 nsubj
2 imposed impose VERB VBD 0 root
3 tariffs tariff NOUN NNS 2 obj
4 on on ADP IN 5 case
5 China China PROPN NNP 2 obl
6 . . PUNCT . 2 punct
)");
  add_mention(d, "Canada", "CAN");
  add_mention(d, "China", "CHN");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CAN>CHN:163:asserted"}));
}

TEST(CoderNominal, SanctionsUnderAnAppealAreNotAsserted) {
  // Kyiv called for sanctions against Moscow .
  Document d = parse_rows(R"(
1 Kyiv Kyiv PROPN NNP 2 nsubj
2 called call VERB VBD 0 root
3 for for ADP IN 4 case
4 sanctions sanction NOUN NNS 2 obl
5 against against ADP IN 6 case
6 Moscow Moscow PROPN NNP 4 nmod
7 . . PUNCT . 2 punct
)");
  add_mention(d, "Kyiv", "UKR");
  add_mention(d, "Moscow", "RUS");
  shipped_stage().run(d);
  for (const Event& e : d.events) EXPECT_NE(e.cameo, "163") << e.rule;
}

TEST(CoderNominal, FightingBetweenCodesBothWays) {
  // Villagers fled fighting between rebels and the army .
  Document d = parse_rows(R"(
1 Villagers villager NOUN NNS 2 nsubj
2 fled flee VERB VBD 0 root
3 fighting fighting NOUN NN 2 obj
4 between between ADP IN 5 case
5 rebels rebel NOUN NNS 3 nmod
6 and and CCONJ CC 8 cc
7 the the DET DT 8 det
8 army army NOUN NN 5 conj
9 . . PUNCT . 2 punct
)");
  add_mention(d, "rebels", "CAFREB");
  add_mention(d, "army", "CAFMIL");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CAFMIL>CAFREB:190:asserted", "CAFREB>CAFMIL:190:asserted"}));
}

TEST(CoderVerbs, FightingBetweenAsVerbWithoutSubject) {
  // Thousands were displaced by fighting between rebels and the army .
  Document d = parse_rows(R"(
1 Thousands thousand NOUN NNS 3 nsubj:pass
2 were be AUX VBD 3 aux:pass
3 displaced displace VERB VBN 0 root
4 by by SCONJ IN 5 mark
5 fighting fight VERB VBG 3 advcl
6 between between ADP IN 7 case
7 rebels rebel NOUN NNS 5 obl
8 and and CCONJ CC 10 cc
9 the the DET DT 10 det
10 army army NOUN NN 7 conj
11 . . PUNCT . 3 punct
)");
  add_mention(d, "rebels", "CAFREB");
  add_mention(d, "army", "CAFMIL");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CAFMIL>CAFREB:190:asserted", "CAFREB>CAFMIL:190:asserted"}));
}

TEST(CoderVerbs, CalledCountryANameIsNoPhoneCall) {
  // Trump called Canada one of the worst offenders .
  Document d = parse_rows(R"(
1 Trump Trump PROPN NNP 2 nsubj
2 called call VERB VBD 0 root
3 Canada Canada PROPN NNP 2 obj
4 one one NUM CD 2 obj
5 of of ADP IN 8 case
6 the the DET DT 8 det
7 worst bad ADJ JJS 8 amod
8 offenders offender NOUN NNS 4 nmod
9 . . PUNCT . 2 punct
)");
  add_mention(d, "Trump", "USAGOV");
  add_mention(d, "Canada", "CAN");
  shipped_stage().run(d);
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderVerbs, CalledCountryABadNameIsCriticism) {
  // Tehran called Washington a liar .
  Document d = parse_rows(R"(
1 Tehran Tehran PROPN NNP 2 nsubj
2 called call VERB VBD 0 root
3 Washington Washington PROPN NNP 2 obj
4 a a DET DT 5 det
5 liar liar NOUN NN 2 obj
6 . . PUNCT . 2 punct
)");
  add_mention(d, "Tehran", "IRN");
  add_mention(d, "Washington", "USA");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"IRN>USA:111:asserted"}));
}

TEST(CoderModality, GerundUnderWillIsIntended) {
  // His trip will include meeting Modi .
  Document d = parse_rows(R"(
1 His his PRON PRP$ 2 nmod:poss
2 trip trip NOUN NN 4 nsubj
3 will will AUX MD 4 aux
4 include include VERB VB 0 root
5 meeting meet VERB VBG 4 xcomp
6 Modi Modi PROPN NNP 5 obj
7 . . PUNCT . 4 punct
)");
  int suga = add_mention(d, "His", "JPNGOV");
  (void)suga;
  add_mention(d, "Modi", "INDGOV");
  shipped_stage().run(d);
  // No subject of its own for "meeting": the point is that nothing is
  // asserted as 040.
  for (const Event& e : d.events) EXPECT_NE(e.cameo, "040") << e.rule;
}

TEST(CoderModality, XcompOfNegatedVerbIsNegated) {
  // Ankara did not try to attack Athens .
  Document d = parse_rows(R"(
1 Ankara Ankara PROPN NNP 4 nsubj
2 did do AUX VBD 4 aux
3 not not PART RB 4 advmod
4 try try VERB VB 0 root
5 to to PART TO 6 mark
6 attack attack VERB VB 4 xcomp
7 Athens Athens PROPN NNP 6 obj
8 . . PUNCT . 4 punct
)");
  add_mention(d, "Ankara", "TUR");
  add_mention(d, "Athens", "GRC");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"TUR>GRC:190:negated"}));
}

TEST(CoderVerbs, WeekdayParsedAsSubjectIsSkipped) {
  // Trump on Thursday threatened Canada with tariffs .  (parser: Thursday = nsubj)
  Document d = parse_rows(R"(
1 Trump Trump PROPN NNP 4 nsubj
2 on on ADP IN 3 case
3 Thursday Thursday PROPN NNP 4 nsubj
4 threatened threaten VERB VBD 0 root
5 Canada Canada PROPN NNP 4 obj
6 with with ADP IN 7 case
7 tariffs tariff NOUN NNS 4 obl
8 . . PUNCT . 4 punct
)");
  add_mention(d, "Trump", "USAGOV");
  add_mention(d, "Canada", "CAN");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"USAGOV>CAN:1312:asserted"}));
}

TEST(CoderVerbs, CallForXToVIsAnAppealToX) {
  // Guterres called for Kabul to lift the ban .
  Document d = parse_rows(R"(
1 Guterres Guterres PROPN NNP 2 nsubj
2 called call VERB VBD 0 root
3 for for ADP IN 4 case
4 Kabul Kabul PROPN NNP 2 obl
5 to to PART TO 6 mark
6 lift lift VERB VB 2 advcl
7 the the DET DT 8 det
8 ban ban NOUN NN 6 obj
9 . . PUNCT . 2 punct
)");
  add_mention(d, "Guterres", "IGOUNO");
  add_mention(d, "Kabul", "AFG");
  shipped_stage().run(d);
  // The appeal to Kabul, and the lifting as Kabul's requested act.
  EXPECT_EQ(sorted_summary(d), (Strings{"AFG>-:081:requested", "IGOUNO>AFG:0251:asserted"}));
}

TEST(CoderVerbs, PleadWithIsAnAppeal) {
  // Officials pleaded with villagers to return .
  Document d = parse_rows(R"(
1 Officials official NOUN NNS 2 nsubj
2 pleaded plead VERB VBD 0 root
3 with with ADP IN 4 case
4 villagers villager NOUN NNS 2 obl
5 to to PART TO 6 mark
6 return return VERB VB 2 advcl
7 . . PUNCT . 2 punct
)");
  add_mention(d, "Officials", "CAFGOV");
  add_mention(d, "villagers", "CAFCVL");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CAFGOV>CAFCVL:020:asserted"}));
}

TEST(CoderVerbs, DecliningToBeNamedIsNoRefusal) {
  // An official spoke , declining to be named .
  Document d = parse_rows(R"(
1 An a DET DT 2 det
2 official official NOUN NN 3 nsubj
3 spoke speak VERB VBD 0 root
4 , , PUNCT , 5 punct
5 declining decline VERB VBG 3 advcl
6 to to PART TO 8 mark
7 be be AUX VB 8 aux:pass
8 named name VERB VBN 5 xcomp
9 . . PUNCT . 3 punct
)");
  add_mention(d, "official", "USAGOV");
  shipped_stage().run(d);
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderVerbs, DeclineAsDecreaseIsNoEvent) {
  // Japan 's exports declined .
  Document d = parse_rows(R"(
1 Japan Japan PROPN NNP 3 nmod:poss
2 's 's PART POS 1 case
3 exports export NOUN NNS 4 nsubj
4 declined decline VERB VBD 0 root
5 . . PUNCT . 4 punct
)");
  add_mention(d, "Japan", "JPN");
  shipped_stage().run(d);
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderVerbs, CallingAccusationsBaselessIsADenial) {
  // Kabul called Pakistan 's assertions baseless .
  Document d = parse_rows(R"(
1 Kabul Kabul PROPN NNP 2 nsubj
2 called call VERB VBD 0 root
3 Pakistan Pakistan PROPN NNP 5 nmod:poss
4 's 's PART POS 3 case
5 assertions assertion NOUN NNS 2 obj
6 baseless baseless ADJ JJ 2 xcomp
7 . . PUNCT . 2 punct
)");
  add_mention(d, "Kabul", "AFG");
  add_mention(d, "Pakistan", "PAK");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"AFG>PAK:016:asserted"}));
}

TEST(CoderVerbs, LevyAndRetaliateWithTariffs) {
  // Ottawa retaliated with tariffs on Washington .
  Document d = parse_rows(R"(
1 Ottawa Ottawa PROPN NNP 2 nsubj
2 retaliated retaliate VERB VBD 0 root
3 with with ADP IN 4 case
4 tariffs tariff NOUN NNS 2 obl
5 on on ADP IN 6 case
6 Washington Washington PROPN NNP 2 obl
7 . . PUNCT . 2 punct
)");
  add_mention(d, "Ottawa", "CAN");
  add_mention(d, "Washington", "USA");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CAN>USA:163:asserted"}));
}

TEST(CoderVerbs, ThreateningRetaliationAgainst) {
  // Ankara is threatening retaliation against Washington .
  Document d = parse_rows(R"(
1 Ankara Ankara PROPN NNP 3 nsubj
2 is be AUX VBZ 3 aux
3 threatening threaten VERB VBG 0 root
4 retaliation retaliation NOUN NN 3 obj
5 against against ADP IN 6 case
6 Washington Washington PROPN NNP 4 nmod
7 . . PUNCT . 3 punct
)");
  add_mention(d, "Ankara", "TUR");
  add_mention(d, "Washington", "USA");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"TUR>USA:130:asserted"}));
}

TEST(CoderVerbs, AppositiveRestatingTheActorIsOneEvent) {
  // Hamas , or HMS , claimed responsibility .
  Document d = parse_rows(R"(
1 Hamas Hamas PROPN NNP 6 nsubj
2 , , PUNCT , 4 punct
3 or or CCONJ CC 4 cc
4 HMS HMS PROPN NNP 1 conj
5 , , PUNCT , 4 punct
6 claimed claim VERB VBD 0 root
7 responsibility responsibility NOUN NN 6 obj
8 . . PUNCT . 6 punct
)");
  add_mention(d, "Hamas", "PSEREBHMS");
  add_mention(d, "HMS", "PSEREBHMS");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"PSEREBHMS>-:015:asserted"}));
}

}  // namespace
}  // namespace dyad
