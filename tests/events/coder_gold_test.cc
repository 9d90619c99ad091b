// The coder on hand-parsed sentences (gold UD trees) with hand-made mentions:
// each test exercises one construction. Sentences are invented.
#include <gtest/gtest.h>

#include <algorithm>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using evtest::add_mention;
using evtest::parse_rows;
using evtest::shipped_stage;
using evtest::sorted_summary;
using evtest::Strings;
using evtest::summarize;

TEST(CoderGold, ActiveTransitiveWithWeekday) {
  // Moscow condemned Washington on Monday .   (article: Wednesday 2021-04-14)
  Document d = parse_rows(R"(
1 Moscow Moscow PROPN NNP 2 nsubj
2 condemned condemn VERB VBD 0 root
3 Washington Washington PROPN NNP 2 obj
4 on on ADP IN 5 case
5 Monday Monday PROPN NNP 2 obl
6 . . PUNCT . 2 punct
)");
  add_mention(d, "Moscow", "RUSGOV");
  add_mention(d, "Washington", "USAGOV");
  shipped_stage().run(d);
  ASSERT_EQ(sorted_summary(d), (Strings{"RUSGOV>USAGOV:111:asserted"}));
  const Event& e = d.events[0];
  EXPECT_EQ(e.root, "11");
  EXPECT_EQ(e.plover, "ACCUSE");
  EXPECT_EQ(e.quad, 3);
  EXPECT_DOUBLE_EQ(e.goldstein, -2.0);
  EXPECT_EQ(e.date, "2021-04-12");
  EXPECT_EQ(e.verb_begin, 1);
  EXPECT_EQ(e.verb_end, 2);
  EXPECT_EQ(e.rule, "criticize");
}

TEST(CoderGold, PassiveWithAgent) {
  // Kyiv was shelled by Russian troops yesterday .
  Document d = parse_rows(R"(
1 Kyiv Kyiv PROPN NNP 3 nsubj:pass
2 was be AUX VBD 3 aux:pass
3 shelled shell VERB VBN 0 root
4 by by ADP IN 6 case
5 Russian Russian ADJ JJ 6 amod
6 troops troop NOUN NNS 3 obl:agent
7 yesterday yesterday NOUN NN 3 obl:tmod
8 . . PUNCT . 3 punct
)");
  add_mention(d, "Kyiv", "UKR");
  add_mention(d, "Russian troops", "RUSMIL");
  shipped_stage().run(d);
  ASSERT_EQ(sorted_summary(d), (Strings{"RUSMIL>UKR:194:asserted"}));
  EXPECT_EQ(d.events[0].date, "2021-04-13");
}

TEST(CoderGold, PassiveWithoutAgentCodesNothing) {
  // Kyiv was shelled .
  Document d = parse_rows(R"(
1 Kyiv Kyiv PROPN NNP 3 nsubj:pass
2 was be AUX VBD 3 aux:pass
3 shelled shell VERB VBN 0 root
4 . . PUNCT . 3 punct
)");
  add_mention(d, "Kyiv", "UKR");
  shipped_stage().run(d);
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderGold, UrgeToDerivesAppealAndCodesRequestedClause) {
  // Paris urged Tehran to resume talks with Riyadh .
  Document d = parse_rows(R"(
1 Paris Paris PROPN NNP 2 nsubj
2 urged urge VERB VBD 0 root
3 Tehran Tehran PROPN NNP 2 obj
4 to to PART TO 5 mark
5 resume resume VERB VB 2 xcomp
6 talks talk NOUN NNS 5 obj
7 with with ADP IN 8 case
8 Riyadh Riyadh PROPN NNP 5 obl
9 . . PUNCT . 2 punct
)");
  add_mention(d, "Paris", "FRA");
  add_mention(d, "Tehran", "IRN");
  add_mention(d, "Riyadh", "SAU");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"FRA>IRN:026:asserted", "IRN>SAU:040:requested"}));
  for (const Event& e : d.events)
    if (e.cameo == "026") EXPECT_EQ(e.rule, "urge<hold-talks");
}

TEST(CoderGold, CallOnToWithPrepositionalTarget) {
  // Berlin called on Ankara to release the journalists .
  Document d = parse_rows(R"(
1 Berlin Berlin PROPN NNP 2 nsubj
2 called call VERB VBD 0 root
3 on on ADP IN 4 case
4 Ankara Ankara PROPN NNP 2 obl
5 to to PART TO 6 mark
6 release release VERB VB 2 xcomp
7 the the DET DT 8 det
8 journalists journalist NOUN NNS 6 obj
9 . . PUNCT . 2 punct
)");
  add_mention(d, "Berlin", "DEU");
  add_mention(d, "Ankara", "TUR");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"DEU>TUR:0253:asserted"}));
}

TEST(CoderGold, ReportedSpeechCodesContentNotSaid) {
  // Ottawa said Beijing had detained two Canadians .
  Document d = parse_rows(R"(
1 Ottawa Ottawa PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 Beijing Beijing PROPN NNP 5 nsubj
4 had have AUX VBD 5 aux
5 detained detain VERB VBN 2 ccomp
6 two two NUM CD 7 nummod
7 Canadians Canadian PROPN NNPS 5 obj
8 . . PUNCT . 2 punct
)");
  add_mention(d, "Ottawa", "CANGOV");
  add_mention(d, "Beijing", "CHNGOV");
  add_mention(d, "Canadians", "CAN");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHNGOV>CAN:173:asserted"}));
}

TEST(CoderGold, CoordinatedSubjectsAndObjects) {
  // France and Germany criticized Russia and Belarus .
  Document d = parse_rows(R"(
1 France France PROPN NNP 4 nsubj
2 and and CCONJ CC 3 cc
3 Germany Germany PROPN NNP 1 conj
4 criticized criticize VERB VBD 0 root
5 Russia Russia PROPN NNP 4 obj
6 and and CCONJ CC 7 cc
7 Belarus Belarus PROPN NNP 5 conj
8 . . PUNCT . 4 punct
)");
  add_mention(d, "France", "FRA");
  add_mention(d, "Germany", "DEU");
  add_mention(d, "Russia", "RUS");
  add_mention(d, "Belarus", "BLR");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"DEU>BLR:111:asserted", "DEU>RUS:111:asserted", "FRA>BLR:111:asserted", "FRA>RUS:111:asserted"}));
}

TEST(CoderGold, CoordinatedVerbsShareSubject) {
  // Brazil praised Chile but condemned Peru .
  Document d = parse_rows(R"(
1 Brazil Brazil PROPN NNP 2 nsubj
2 praised praise VERB VBD 0 root
3 Chile Chile PROPN NNP 2 obj
4 but but CCONJ CC 5 cc
5 condemned condemn VERB VBD 2 conj
6 Peru Peru PROPN NNP 5 obj
7 . . PUNCT . 2 punct
)");
  add_mention(d, "Brazil", "BRA");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"BRA>CHL:051:asserted", "BRA>PER:111:asserted"}));
}

TEST(CoderGold, MutualMeetingOfConjoinedSubjects) {
  // Egypt and Jordan met in Cairo .
  Document d = parse_rows(R"(
1 Egypt Egypt PROPN NNP 4 nsubj
2 and and CCONJ CC 3 cc
3 Jordan Jordan PROPN NNP 1 conj
4 met meet VERB VBD 0 root
5 in in ADP IN 6 case
6 Cairo Cairo PROPN NNP 4 obl
7 . . PUNCT . 4 punct
)");
  add_mention(d, "Egypt", "EGY");
  add_mention(d, "Jordan", "JOR");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"EGY>JOR:040:asserted", "JOR>EGY:040:asserted"}));
}

TEST(CoderGold, RelativeClauseTakesHeadNounAsSubject) {
  // Blinken met Lavrov , who criticized Kyiv .
  Document d = parse_rows(R"(
1 Blinken Blinken PROPN NNP 2 nsubj
2 met meet VERB VBD 0 root
3 Lavrov Lavrov PROPN NNP 2 obj
4 , , PUNCT , 6 punct
5 who who PRON WP 6 nsubj
6 criticized criticize VERB VBD 3 acl:relcl
7 Kyiv Kyiv PROPN NNP 6 obj
8 . . PUNCT . 2 punct
)");
  add_mention(d, "Blinken", "USAGOV");
  add_mention(d, "Lavrov", "RUSGOV");
  add_mention(d, "Kyiv", "UKRGOV");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"RUSGOV>UKRGOV:111:asserted", "USAGOV>RUSGOV:040:asserted"}));
}

TEST(CoderGold, AppositionAndTitleResolveThroughMention) {
  // Stoltenberg , NATO 's chief , praised Oslo .
  Document d = parse_rows(R"(
1 Stoltenberg Stoltenberg PROPN NNP 6 nsubj
2 , , PUNCT , 5 punct
3 NATO NATO PROPN NNP 5 nmod:poss
4 's 's PART POS 3 case
5 chief chief NOUN NN 1 appos
6 praised praise VERB VBD 0 root
7 Oslo Oslo PROPN NNP 6 obj
8 . . PUNCT . 6 punct
)");
  add_mention(d, "Stoltenberg", "NATO");
  add_mention(d, "NATO", "NATO");
  add_mention(d, "Oslo", "NOR");
  shipped_stage().run(d);
  ASSERT_EQ(sorted_summary(d), (Strings{"NATO>NOR:051:asserted"}));
  EXPECT_EQ(d.events[0].source, 0);  // the subject's own mention, not the one inside the apposition
}

TEST(CoderGold, PronounFollowsAntecedent) {
  // He visited Beijing .   (He -> Putin, an earlier mention)
  Document d = parse_rows(R"(
1 Putin Putin PROPN NNP 2 nsubj
2 spoke speak VERB VBD 0 root
3 . . PUNCT . 2 punct

1 He he PRON PRP 2 nsubj
2 visited visit VERB VBD 0 root
3 Beijing Beijing PROPN NNP 2 obj
4 . . PUNCT . 2 punct
)");
  int putin = add_mention(d, "Putin", "RUSGOV");
  add_mention(d, "He", "", 0, putin);
  add_mention(d, "Beijing", "CHN");
  shipped_stage().run(d);
  ASSERT_EQ(sorted_summary(d), (Strings{"RUSGOV>CHN:042:asserted"}));
  EXPECT_EQ(d.events[0].sentence, 1u);
}

TEST(CoderGold, Negation) {
  // Cairo did not criticize Riyadh .
  Document d = parse_rows(R"(
1 Cairo Cairo PROPN NNP 4 nsubj
2 did do AUX VBD 4 aux
3 not not PART RB 4 advmod
4 criticize criticize VERB VB 0 root
5 Riyadh Riyadh PROPN NNP 4 obj
6 . . PUNCT . 4 punct
)");
  add_mention(d, "Cairo", "EGY");
  add_mention(d, "Riyadh", "SAU");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"EGY>SAU:111:negated"}));
}

TEST(CoderGold, DeniedDoingIsDenied) {
  // Minsk denied attacking Vilnius .
  Document d = parse_rows(R"(
1 Minsk Minsk PROPN NNP 2 nsubj
2 denied deny VERB VBD 0 root
3 attacking attack VERB VBG 2 xcomp
4 Vilnius Vilnius PROPN NNP 3 obj
5 . . PUNCT . 2 punct
)");
  add_mention(d, "Minsk", "BLR");
  add_mention(d, "Vilnius", "LTU");
  shipped_stage().run(d);
  // The denial itself is a denial of responsibility (016, no accuser named:
  // deny-doing-open, 56-cameo12-a.txt); the act denied stays denied.
  EXPECT_EQ(sorted_summary(d), (Strings{"BLR>-:016:asserted", "BLR>LTU:190:denied"}));
}

// Every event of the root is there with modality m, and there is one.
void expect_root_with_modality(const Document& d, const std::string& root, Modality m) {
  bool found = false;
  for (const Event& e : d.events)
    if (e.cameo.rfind(root, 0) == 0) {
      found = true;
      EXPECT_EQ(e.modality, m) << e.cameo;
    }
  EXPECT_TRUE(found) << ::testing::PrintToString(sorted_summary(d));
}

TEST(CoderGold, ContentOfARejectedClaimIsDenied) {
  // Minsk rejected claims that it shelled Vilnius .  (clause on the noun)
  Document d = parse_rows(R"(
1 Minsk Minsk PROPN NNP 2 nsubj
2 rejected reject VERB VBD 0 root
3 claims claim NOUN NNS 2 obj
4 that that SCONJ IN 6 mark
5 it it PRON PRP 6 nsubj
6 shelled shell VERB VBD 3 acl
7 Vilnius Vilnius PROPN NNP 6 obj
8 . . PUNCT . 2 punct
)");
  add_mention(d, "Minsk", "BLR");
  add_mention(d, "it", "BLR");
  add_mention(d, "Vilnius", "LTU");
  shipped_stage().run(d);
  expect_root_with_modality(d, "19", Modality::kDenied);
}

// "Minsk <verb> reports that its troops attacked Vilnius ." with the "that"
// clause on the verb (ccomp), coded.
Document coded_report_sentence(const std::string& form, const std::string& lemma) {
  Document d = parse_rows("1 Minsk Minsk PROPN NNP 2 nsubj\n"
                          "2 " + form + " " + lemma + " VERB VBD 0 root\n" +
                          "3 reports report NOUN NNS 2 obj\n"
                          "4 that that SCONJ IN 7 mark\n"
                          "5 its its PRON PRP$ 6 nmod:poss\n"
                          "6 troops troop NOUN NNS 7 nsubj\n"
                          "7 attacked attack VERB VBD 2 ccomp\n"
                          "8 Vilnius Vilnius PROPN NNP 7 obj\n"
                          "9 . . PUNCT . 2 punct\n");
  add_mention(d, "Minsk", "BLR");
  add_mention(d, "troops", "BLRMIL");
  add_mention(d, "Vilnius", "LTU");
  shipped_stage().run(d);
  return d;
}

TEST(CoderGold, ContentOfADismissedReportIsDenied) {
  expect_root_with_modality(coded_report_sentence("dismissed", "dismiss"), "19", Modality::kDenied);
}

TEST(CoderGold, AReportThatIsNotRejectedStaysAsserted) {
  expect_root_with_modality(coded_report_sentence("confirmed", "confirm"), "19", Modality::kAsserted);
}

TEST(CoderGold, HypotheticalModalAndIfClause) {
  // Seoul could sanction Pyongyang if it tests missiles .
  Document d = parse_rows(R"(
1 Seoul Seoul PROPN NNP 3 nsubj
2 could could AUX MD 3 aux
3 sanction sanction VERB VB 0 root
4 Pyongyang Pyongyang PROPN NNP 3 obj
5 if if SCONJ IN 7 mark
6 it it PRON PRP 7 nsubj
7 tests test VERB VBZ 3 advcl
8 missiles missile NOUN NNS 7 obj
9 . . PUNCT . 3 punct
)");
  add_mention(d, "Seoul", "KOR");
  add_mention(d, "Pyongyang", "PRK");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"KOR>PRK:163:hypothetical"}));
}

TEST(CoderGold, FutureIntentMapsToExpressIntent) {
  // Delhi will send aid to Kathmandu and will open talks with Dhaka .
  Document d = parse_rows(R"(
1 Delhi Delhi PROPN NNP 3 nsubj
2 will will AUX MD 3 aux
3 send send VERB VB 0 root
4 aid aid NOUN NN 3 obj
5 to to ADP IN 6 case
6 Kathmandu Kathmandu PROPN NNP 3 obl
7 and and CCONJ CC 9 cc
8 will will AUX MD 9 aux
9 open open VERB VB 3 conj
10 talks talk NOUN NNS 9 obj
11 with with ADP IN 12 case
12 Dhaka Dhaka PROPN NNP 9 obl
13 . . PUNCT . 3 punct
)");
  add_mention(d, "Delhi", "IND");
  add_mention(d, "Kathmandu", "NPL");
  add_mention(d, "Dhaka", "BGD");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"IND>BGD:036:intended", "IND>NPL:033:intended"}));
}

TEST(CoderGold, AgreeToMeetIsIntentToMeet) {
  // Tokyo agreed to meet Seoul .
  Document d = parse_rows(R"(
1 Tokyo Tokyo PROPN NNP 2 nsubj
2 agreed agree VERB VBD 0 root
3 to to PART TO 4 mark
4 meet meet VERB VB 2 xcomp
5 Seoul Seoul PROPN NNP 4 obj
6 . . PUNCT . 2 punct
)");
  add_mention(d, "Tokyo", "JPN");
  add_mention(d, "Seoul", "KOR");
  shipped_stage().run(d);
  ASSERT_EQ(sorted_summary(d), (Strings{"JPN>KOR:036:intended"}));
  EXPECT_EQ(d.events[0].rule, "meet/intent");
}

TEST(CoderGold, ThreatAbsorbsTheThreatenedAct) {
  // Tehran threatened to strike Israeli bases .
  Document d = parse_rows(R"(
1 Tehran Tehran PROPN NNP 2 nsubj
2 threatened threaten VERB VBD 0 root
3 to to PART TO 4 mark
4 strike strike VERB VB 2 xcomp
5 Israeli Israeli ADJ JJ 6 amod
6 bases base NOUN NNS 4 obj
7 . . PUNCT . 2 punct
)");
  add_mention(d, "Tehran", "IRN");
  add_mention(d, "Israeli", "ISR");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"IRN>ISR:138:asserted"}));
}

TEST(CoderGold, SuggestMeetingWithTarget) {
  // Rome suggests meeting with Vienna   (headline: gerund as a noun object)
  Document d = parse_rows(R"(
1 Rome Rome PROPN NNP 2 nsubj
2 suggests suggest VERB VBZ 0 root
3 meeting meeting NOUN NN 2 obj
4 with with ADP IN 5 case
5 Vienna Vienna PROPN NNP 3 nmod
)");
  add_mention(d, "Rome", "ITA");
  add_mention(d, "Vienna", "AUT");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"ITA>AUT:036:asserted"}));
}

TEST(CoderGold, DescribeAsProvocationIsCriticism) {
  // He described the British deployment as a provocation .
  Document d = parse_rows(R"(
1 He he PRON PRP 2 nsubj
2 described describe VERB VBD 0 root
3 the the DET DT 5 det
4 British British ADJ JJ 5 amod
5 deployment deployment NOUN NN 2 obj
6 as as ADP IN 8 case
7 a a DET DT 8 det
8 provocation provocation NOUN NN 2 obl
9 . . PUNCT . 2 punct
)");
  add_mention(d, "He", "ARGGOV");
  add_mention(d, "British", "GBR");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"ARGGOV>GBR:111:asserted"}));
}

TEST(CoderGold, LightVerbNounPatterns) {
  // Brussels imposed sanctions on Minsk and held talks with Kyiv .
  Document d = parse_rows(R"(
1 Brussels Brussels PROPN NNP 2 nsubj
2 imposed impose VERB VBD 0 root
3 sanctions sanction NOUN NNS 2 obj
4 on on ADP IN 5 case
5 Minsk Minsk PROPN NNP 2 obl
6 and and CCONJ CC 7 cc
7 held hold VERB VBD 2 conj
8 talks talk NOUN NNS 7 obj
9 with with ADP IN 10 case
10 Kyiv Kyiv PROPN NNP 7 obl
11 . . PUNCT . 2 punct
)");
  add_mention(d, "Brussels", "EUR");
  add_mention(d, "Minsk", "BLR");
  add_mention(d, "Kyiv", "UKR");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"EUR>BLR:163:asserted", "EUR>UKR:040:asserted"}));
  for (const Event& e : d.events)
    if (e.cameo == "163") {
      EXPECT_EQ(e.verb_begin, 1);  // "imposed sanctions"
      EXPECT_EQ(e.verb_end, 3);
    }
}

TEST(CoderGold, QuoteWithSpeakerAfterAndFirstPersonSubject) {
  // " We condemn Ankara , " the Greek minister said .
  Document d = parse_rows(R"(
1 " " PUNCT `` 3 punct
2 We we PRON PRP 3 nsubj
3 condemn condemn VERB VBP 11 ccomp
4 Ankara Ankara PROPN NNP 3 obj
5 , , PUNCT , 3 punct
6 " " PUNCT '' 3 punct
7 the the DET DT 10 det
8 Greek Greek ADJ JJ 10 amod
9 foreign foreign ADJ JJ 10 amod
10 minister minister NOUN NN 11 nsubj
11 said say VERB VBD 0 root
12 . . PUNCT . 11 punct
)");
  add_mention(d, "the Greek foreign minister", "GRCGOV");
  add_mention(d, "Ankara", "TURGOV");
  shipped_stage().run(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, 0);
  EXPECT_EQ(d.quotes[0].cue, 10);
  EXPECT_EQ(d.quotes[0].token_begin, 1u);
  EXPECT_EQ(d.quotes[0].token_end, 5u);
  ASSERT_EQ(sorted_summary(d), (Strings{"GRCGOV>TURGOV:111:asserted"}));
  EXPECT_EQ(d.events[0].quote, 0);
}

TEST(CoderGold, QuoteWithSpeakerBeforeAndSpanningSentences) {
  // Lima said : " Quito is wrong . We reject its claim . "
  Document d = parse_rows(R"(
1 Lima Lima PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 : : PUNCT : 2 punct
4 " " PUNCT `` 7 punct
5 Quito Quito PROPN NNP 7 nsubj
6 is be AUX VBZ 7 cop
7 wrong wrong ADJ JJ 2 parataxis
8 . . PUNCT . 2 punct

1 We we PRON PRP 2 nsubj
2 reject reject VERB VBP 0 root
3 its its PRON PRP$ 4 nmod:poss
4 claim claim NOUN NN 2 obj
5 . . PUNCT . 2 punct
6 " " PUNCT '' 2 punct
)");
  add_mention(d, "Lima", "PER");
  int quito = add_mention(d, "Quito", "ECU");
  add_mention(d, "its", "", 0, quito);
  shipped_stage().run(d);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, 0);
  EXPECT_EQ(d.quotes[0].cue, 1);
  EXPECT_EQ(d.quotes[0].sentence, 0u);
  EXPECT_EQ(d.quotes[0].token_end, 13u);
  // "We reject its claim": the speaker rejects a claim of Quito's.
  ASSERT_EQ(sorted_summary(d), (Strings{"PER>ECU:120:asserted"}));
  EXPECT_EQ(d.events[0].quote, 0);
}

TEST(CoderGold, CalledFragmentIsAPartialQuotation) {
  // Moscow called Washington an " adversary " .
  Document d = parse_rows(R"(
1 Moscow Moscow PROPN NNP 2 nsubj
2 called call VERB VBD 0 root
3 Washington Washington PROPN NNP 2 obj
4 an a DET DT 6 det
5 " " PUNCT `` 6 punct
6 adversary adversary NOUN NN 2 xcomp
7 " " PUNCT '' 6 punct
8 . . PUNCT . 2 punct
)");
  add_mention(d, "Moscow", "RUS");
  add_mention(d, "Washington", "USA");
  shipped_stage().run(d);
  // A fragment the naming verb governs is Moscow's word, quoted: a partial
  // quotation (src/events/quotes.h). Scare quotes without a governing cue
  // are not quotations (tests/events/quotes_test.cc).
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_TRUE(d.quotes[0].partial);
  EXPECT_EQ(d.quotes[0].speaker, 0);
  EXPECT_EQ(sorted_summary(d), (Strings{"RUS>USA:111:asserted"}));
}

TEST(CoderGold, NoEventWithoutActors) {
  // The company met its targets .
  Document d = parse_rows(R"(
1 The the DET DT 2 det
2 company company NOUN NN 3 nsubj
3 met meet VERB VBD 0 root
4 its its PRON PRP$ 5 nmod:poss
5 targets target NOUN NNS 3 obj
6 . . PUNCT . 3 punct
)");
  shipped_stage().run(d);
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderGold, TargetOptionalOnlyWhereThePatternSaysSo) {
  // Protesters rallied in Minsk . / Minsk criticized .
  Document d = parse_rows(R"(
1 Protesters protester NOUN NNS 2 nsubj
2 rallied rally VERB VBD 0 root
3 in in ADP IN 4 case
4 Minsk Minsk PROPN NNP 2 obl
5 . . PUNCT . 2 punct

1 Minsk Minsk PROPN NNP 2 nsubj
2 criticized criticize VERB VBD 0 root
3 . . PUNCT . 2 punct
)");
  add_mention(d, "Protesters", "BLROPP");
  add_mention(d, "Minsk", "BLRGOV", 1);
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"BLROPP>-:141:asserted"}));
}

TEST(CoderGold, NominalJudgementInReportedSpeech) {
  // Caracas said Bogota was an aggressor .   /  Caracas said Bogota was a partner .
  Document d = parse_rows(R"(
1 Caracas Caracas PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 Bogota Bogota PROPN NNP 6 nsubj
4 was be AUX VBD 6 cop
5 an a DET DT 6 det
6 aggressor aggressor NOUN NN 2 ccomp
7 . . PUNCT . 2 punct

1 Caracas Caracas PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 Bogota Bogota PROPN NNP 6 nsubj
4 was be AUX VBD 6 cop
5 a a DET DT 6 det
6 partner partner NOUN NN 2 ccomp
7 . . PUNCT . 2 punct
)");
  add_mention(d, "Caracas", "VENGOV");
  add_mention(d, "Bogota", "COLGOV");
  add_mention(d, "Caracas", "VENGOV", 1);
  add_mention(d, "Bogota", "COLGOV", 1);
  shipped_stage().run(d);
  ASSERT_EQ(sorted_summary(d), (Strings{"VENGOV>COLGOV:111:asserted"}));
  EXPECT_EQ(d.events[0].sentence, 0u);
  EXPECT_EQ(d.events[0].rule, "is-adversary");
}

TEST(CoderGold, NominalJudgementNeedsASpeaker) {
  // Bogota is an aggressor .   (no one says so: no event)
  Document d = parse_rows(R"(
1 Bogota Bogota PROPN NNP 4 nsubj
2 is be AUX VBZ 4 cop
3 an a DET DT 4 det
4 aggressor aggressor NOUN NN 0 root
5 . . PUNCT . 4 punct
)");
  add_mention(d, "Bogota", "COLGOV");
  shipped_stage().run(d);
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderGold, MonthDayAndLastWeek) {
  // Hanoi criticized Beijing on Jan. 6 .  /  Hanoi praised Manila last week .
  Document d = parse_rows(R"(
1 Hanoi Hanoi PROPN NNP 2 nsubj
2 criticized criticize VERB VBD 0 root
3 Beijing Beijing PROPN NNP 2 obj
4 on on ADP IN 5 case
5 Jan. January PROPN NNP 2 obl
6 6 6 NUM CD 5 nummod
7 . . PUNCT . 2 punct

1 Hanoi Hanoi PROPN NNP 2 nsubj
2 praised praise VERB VBD 0 root
3 Manila Manila PROPN NNP 2 obj
4 last last ADJ JJ 5 amod
5 week week NOUN NN 2 obl:tmod
6 . . PUNCT . 2 punct
)", "2021-03-02");
  add_mention(d, "Hanoi", "VNM");
  add_mention(d, "Beijing", "CHN");
  add_mention(d, "Hanoi", "VNM", 1);
  add_mention(d, "Manila", "PHL");
  shipped_stage().run(d);
  ASSERT_EQ(d.events.size(), 2u);
  EXPECT_EQ(d.events[0].date, "2021-01-06");
  EXPECT_EQ(d.events[1].date, "2021-02-23");
  // A month later in the year than the article date is last year's.
  Document d2 = parse_rows(R"(
1 Hanoi Hanoi PROPN NNP 2 nsubj
2 criticized criticize VERB VBD 0 root
3 Beijing Beijing PROPN NNP 2 obj
4 on on ADP IN 5 case
5 December December PROPN NNP 2 obl
6 30 30 NUM CD 5 nummod
7 . . PUNCT . 2 punct
)", "2021-03-02");
  add_mention(d2, "Hanoi", "VNM");
  add_mention(d2, "Beijing", "CHN");
  shipped_stage().run(d2);
  ASSERT_EQ(d2.events.size(), 1u);
  EXPECT_EQ(d2.events[0].date, "2020-12-30");
}

TEST(CoderGold, StandAccusedIsPassive) {
  // Two Chadian officers stand accused by Niger .
  Document d = parse_rows(R"(
1 Two two NUM CD 3 nummod
2 Chadian Chadian ADJ JJ 3 amod
3 officers officer NOUN NNS 4 nsubj
4 stand stand VERB VBP 0 root
5 accused accuse VERB VBN 4 xcomp
6 by by ADP IN 7 case
7 Niger Niger PROPN NNP 5 obl
8 . . PUNCT . 4 punct
)");
  add_mention(d, "Chadian officers", "TCDMIL");
  add_mention(d, "Niger", "NER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"NER>TCDMIL:112:asserted"}));
}

TEST(CoderGold, DirectTargetsIgnoreModifiers) {
  // Kabul called Islamabad 's claims baseless .  / Kabul called Islamabad .
  Document d = parse_rows(R"(
1 Kabul Kabul PROPN NNP 2 nsubj
2 called call VERB VBD 0 root
3 Islamabad Islamabad PROPN NNP 5 nmod:poss
4 's 's PART POS 3 case
5 claims claim NOUN NNS 2 obj
6 . . PUNCT . 2 punct

1 Kabul Kabul PROPN NNP 2 nsubj
2 called call VERB VBD 0 root
3 Islamabad Islamabad PROPN NNP 2 obj
4 . . PUNCT . 2 punct
)");
  add_mention(d, "Kabul", "AFGGOV");
  add_mention(d, "Islamabad", "PAKGOV");
  add_mention(d, "Kabul", "AFGGOV", 1);
  add_mention(d, "Islamabad", "PAKGOV", 1);
  shipped_stage().run(d);
  ASSERT_EQ(sorted_summary(d), (Strings{"AFGGOV>PAKGOV:041:asserted"}));
  EXPECT_EQ(d.events[0].sentence, 1u);
}

}  // namespace
}  // namespace dyad
