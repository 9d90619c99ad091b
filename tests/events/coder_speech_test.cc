// Verbal events in reported speech (roots 01, 11, 12, 13): conditional and
// announced threats, threats and refusals aimed through an uncoded governed
// act, anger at an actor, dismissive verdicts, denials answering a claim.
// Hand-written trees of invented sentences, coded by the shipped stage.
#include <gtest/gtest.h>

#include <algorithm>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using evtest::coded;
using evtest::sorted_summary;
using evtest::Strings;

const char* const kCutIfEscalates = R"(1 Ottawa Ottawa PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 Canada Canada PROPN NNP 5 nsubj
4 will will AUX MD 5 aux
5 cut cut VERB VB 2 ccomp
6 off off ADP RP 5 compound:prt
7 power power NOUN NN 5 obj
8 if if SCONJ IN 10 mark
9 Washington Washington PROPN NNP 10 nsubj
10 escalates escalate VERB VBZ 5 advcl
11 . . PUNCT . 2 punct)";

TEST(CoderSpeech, ConditionalActOfSpeakersSideIsThreat) {
  // "Ottawa said Canada will cut off power if Washington escalates."
  auto d = coded(kCutIfEscalates, {{"Ottawa", "CANGOV"}, {"Canada", "CAN"}, {"Washington", "USA"}});
  // Cutting off power threatens an economic measure: 1312 (  EXPECT_EQ(sorted_summary(d), (Strings{"CAN>USA:130:intended"}));threat-sanction).
  EXPECT_EQ(sorted_summary(d), (Strings{"CAN>USA:1312:intended"}));
}

TEST(CoderSpeech, ConditionalNeedsReportedSpeechAndTheSpeakersSide) {
  // Narration, not anyone's words: "Canada will cut off power if Washington escalates."
  auto narrated = coded(R"(1 Canada Canada PROPN NNP 3 nsubj
2 will will AUX MD 3 aux
3 cut cut VERB VB 0 root
4 off off ADP RP 3 compound:prt
5 power power NOUN NN 3 obj
6 if if SCONJ IN 8 mark
7 Washington Washington PROPN NNP 8 nsubj
8 escalates escalate VERB VBZ 3 advcl
9 . . PUNCT . 3 punct)",
                        {{"Canada", "CAN"}, {"Washington", "USA"}});
  EXPECT_TRUE(narrated.events.empty());
  // A forecast about a third party: "Ottawa said Russia will gain ground if Washington escalates."
  auto forecast = coded(R"(1 Ottawa Ottawa PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 Russia Russia PROPN NNP 5 nsubj
4 will will AUX MD 5 aux
5 gain gain VERB VB 2 ccomp
6 ground ground NOUN NN 5 obj
7 if if SCONJ IN 9 mark
8 Washington Washington PROPN NNP 9 nsubj
9 escalates escalate VERB VBZ 5 advcl
10 . . PUNCT . 2 punct)",
                        {{"Ottawa", "CANGOV"}, {"Russia", "RUS"}, {"Washington", "USA"}});
  EXPECT_TRUE(forecast.events.empty());
  // A condition naming no actor: "Ottawa said Canada will cut off power if talks fail."
  auto no_actor = coded(R"(1 Ottawa Ottawa PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 Canada Canada PROPN NNP 5 nsubj
4 will will AUX MD 5 aux
5 cut cut VERB VB 2 ccomp
6 off off ADP RP 5 compound:prt
7 power power NOUN NN 5 obj
8 if if SCONJ IN 10 mark
9 talks talk NOUN NNS 10 nsubj
10 fail fail VERB VBP 5 advcl
11 . . PUNCT . 2 punct)",
                        {{"Ottawa", "CANGOV"}, {"Canada", "CAN"}});
  EXPECT_TRUE(no_actor.events.empty());
}

TEST(CoderSpeech, AnnouncedRetaliationIsThreatDoneRetaliationIsNot) {
  // "Moscow vowed to retaliate against Washington."
  auto vowed = coded(R"(1 Moscow Moscow PROPN NNP 2 nsubj
2 vowed vow VERB VBD 0 root
3 to to PART TO 4 mark
4 retaliate retaliate VERB VB 2 xcomp
5 against against ADP IN 6 case
6 Washington Washington PROPN NNP 4 obl
7 . . PUNCT . 2 punct)",
                     {{"Moscow", "RUS"}, {"Washington", "USA"}});
  EXPECT_EQ(sorted_summary(vowed), (Strings{"RUS>USA:130:intended"}));
  // "Moscow retaliated against Washington."
  auto done = coded(R"(1 Moscow Moscow PROPN NNP 2 nsubj
2 retaliated retaliate VERB VBD 0 root
3 against against ADP IN 4 case
4 Washington Washington PROPN NNP 2 obl
5 . . PUNCT . 2 punct)",
                    {{"Moscow", "RUS"}, {"Washington", "USA"}});
  EXPECT_TRUE(done.events.empty());
}

TEST(CoderSpeech, ThreatTargetFromUncodedGovernedAct) {
  // "Ankara threatened to close U.S. bases."
  auto d = coded(R"(1 Ankara Ankara PROPN NNP 2 nsubj
2 threatened threaten VERB VBD 0 root
3 to to PART TO 4 mark
4 close close VERB VB 2 xcomp
5 U.S. U.S. PROPN NNP 6 compound
6 bases base NOUN NNS 4 obj
7 . . PUNCT . 2 punct)",
                 {{"Ankara", "TUR"}, {"U.S.", "USA"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"TUR>USA:130:asserted"}));
}

TEST(CoderSpeech, AngerAtAnActorIsDisapproval) {
  // "Paris is angry with London."
  auto d = coded(R"(1 Paris Paris PROPN NNP 3 nsubj
2 is be AUX VBZ 3 cop
3 angry angry ADJ JJ 0 root
4 with with ADP IN 5 case
5 London London PROPN NNP 3 obl
6 . . PUNCT . 3 punct)",
                 {{"Paris", "FRA"}, {"London", "GBR"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"FRA>GBR:110:asserted"}));
}

TEST(CoderSpeech, DismissingAnOfferAsSomethingIsARejection) {
  // "Iran dismissed Washington's offer as a trick." A proposal or offer
  // dismissed is rejected (127, dismiss-plan-as in 56-cameo12-c.txt, as the
  // CAMEO phrasing checklist codes it); other things dismissed as something
  // stay a verdict on their owner (111, dismiss-as in 42-criticism.txt).
  auto d = coded(R"(1 Iran Iran PROPN NNP 2 nsubj
2 dismissed dismiss VERB VBD 0 root
3 Washington Washington PROPN NNP 5 nmod:poss
4 's 's PART POS 3 case
5 offer offer NOUN NN 2 obj
6 as as ADP IN 8 case
7 a a DET DT 8 det
8 trick trick NOUN NN 2 obl
9 . . PUNCT . 2 punct)",
                 {{"Iran", "IRN"}, {"Washington", "USA"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"IRN>USA:127:asserted"}));
}

const char* const kAccusation = R"(1 Beijing Beijing PROPN NNP 2 nsubj
2 accused accuse VERB VBD 0 root
3 Manila Manila PROPN NNP 2 obj
4 of of ADP IN 5 case
5 provocations provocation NOUN NNS 2 obl
6 . . PUNCT . 2 punct
)";

TEST(CoderSpeech, RejectedAccusationsAnswerTheAccuser) {
  // "Beijing accused Manila of provocations. Manila rejected the accusations."
  auto d = coded(std::string(kAccusation) + R"(
1 Manila Manila PROPN NNP 2 nsubj
2 rejected reject VERB VBD 0 root
3 the the DET DT 4 det
4 accusations accusation NOUN NNS 2 obj
5 . . PUNCT . 2 punct)",
                 {{"Beijing", "CHN"}, {"Manila", "PHL"}, {"Manila", "PHL"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHN>PHL:1123:asserted", "PHL>CHN:016:asserted"}));
  // With no claim before it, a rejection of "the accusations" names no one: no event.
  auto alone = coded(R"(1 Manila Manila PROPN NNP 2 nsubj
2 rejected reject VERB VBD 0 root
3 the the DET DT 4 det
4 accusations accusation NOUN NNS 2 obj
5 . . PUNCT . 2 punct)",
                     {{"Manila", "PHL"}});
  EXPECT_TRUE(alone.events.empty());
}

TEST(CoderSpeech, DenyingAnActAnswersTheAccuser) {
  // "Beijing accused Manila of provocations. Manila denied provoking China."
  auto d = coded(std::string(kAccusation) + R"(
1 Manila Manila PROPN NNP 2 nsubj
2 denied deny VERB VBD 0 root
3 provoking provoke VERB VBG 2 xcomp
4 China China PROPN NNP 3 obj
5 . . PUNCT . 2 punct)",
                 {{"Beijing", "CHN"}, {"Manila", "PHL"}, {"Manila", "PHL"}, {"China", "CHN"}});
  Strings s = sorted_summary(d);
  EXPECT_NE(std::find(s.begin(), s.end(), "PHL>CHN:016:asserted"), s.end());
  // The denied act itself is never asserted.
  for (const std::string& e : s)
    if (e.find(":asserted") != std::string::npos)
      EXPECT_TRUE(e == "PHL>CHN:016:asserted" || e == "CHN>PHL:1123:asserted") << e;
}

TEST(CoderSpeech, RefusalNeedsWhomItRefuses) {
  // "Hungary refused Brussels's request.": the requester is the target.
  auto asked = coded(R"(1 Hungary Hungary PROPN NNP 2 nsubj
2 refused refuse VERB VBD 0 root
3 Brussels Brussels PROPN NNP 5 nmod:poss
4 's 's PART POS 3 case
5 request request NOUN NN 2 obj
6 . . PUNCT . 2 punct)",
                     {{"Hungary", "HUN"}, {"Brussels", "IGOEUREEC"}});
  EXPECT_EQ(sorted_summary(asked), (Strings{"HUN>IGOEUREEC:120:asserted"}));
  // "Hungary refused.": nobody named, no event (not a refusal aimed at '-').
  auto bare = coded(R"(1 Hungary Hungary PROPN NNP 2 nsubj
2 refused refuse VERB VBD 0 root
3 . . PUNCT . 2 punct)",
                    {{"Hungary", "HUN"}});
  EXPECT_TRUE(bare.events.empty());
}

TEST(CoderSpeech, FearWithoutAnActorIsNoEvent) {
  // "Ireland fears that prices will rise." names no one feared: no event;
  // "Ireland fears Russia." does.
  auto vague = coded(R"(1 Ireland Ireland PROPN NNP 2 nsubj
2 fears fear VERB VBZ 0 root
3 that that SCONJ IN 6 mark
4 prices price NOUN NNS 6 nsubj
5 will will AUX MD 6 aux
6 rise rise VERB VB 2 ccomp
7 . . PUNCT . 2 punct)",
                     {{"Ireland", "IRL"}});
  EXPECT_TRUE(vague.events.empty());
  auto named = coded(R"(1 Ireland Ireland PROPN NNP 2 nsubj
2 fears fear VERB VBZ 0 root
3 Russia Russia PROPN NNP 2 obj
4 . . PUNCT . 2 punct)",
                     {{"Ireland", "IRL"}, {"Russia", "RUS"}});
  EXPECT_EQ(sorted_summary(named), (Strings{"IRL>RUS:012:asserted"}));
}

TEST(CoderSpeech, WhatTheSpeakersSideCouldDoIsAThreat) {
  // "China warned that it would attack Taiwan." (it = China)
  auto d = coded(R"(1 China China PROPN NNP 2 nsubj
2 warned warn VERB VBD 0 root
3 that that SCONJ IN 6 mark
4 it it PRON PRP 6 nsubj
5 would would AUX MD 6 aux
6 attack attack VERB VB 2 ccomp
7 Taiwan Taiwan PROPN NNP 6 obj
8 . . PUNCT . 2 punct)",
                 {{"China", "CHN"}, {"it", "CHN"}, {"Taiwan", "TWN"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHN>TWN:138:intended"}));
  // Another actor's possible act is the speaker's forecast, not a threat:
  // "Russia said NATO could attack Belarus."
  auto other = coded(R"(1 Russia Russia PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 NATO NATO PROPN NNP 5 nsubj
4 could could AUX MD 5 aux
5 attack attack VERB VB 2 ccomp
6 Belarus Belarus PROPN NNP 5 obj
7 . . PUNCT . 2 punct)",
                     {{"Russia", "RUS"}, {"NATO", "IGOWSTNAT"}, {"Belarus", "BLR"}});
  EXPECT_EQ(sorted_summary(other), (Strings{"IGOWSTNAT>BLR:190:hypothetical"}));
  // "could have attacked" looks back, it announces nothing.
  auto past = coded(R"(1 China China PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 it it PRON PRP 7 nsubj
4 could could AUX MD 7 aux
5 have have AUX VB 7 aux
6 already already ADV RB 7 advmod
7 attacked attack VERB VBN 2 ccomp
8 Taiwan Taiwan PROPN NNP 7 obj
9 . . PUNCT . 2 punct)",
                    {{"China", "CHN"}, {"it", "CHN"}, {"Taiwan", "TWN"}});
  EXPECT_EQ(sorted_summary(past), (Strings{"CHN>TWN:190:hypothetical"}));
}

TEST(CoderSpeech, BareDenialAnswersTheAccuserOrIsNoEvent) {
  // "Beijing accused Manila of provocations. Manila denied."
  auto d = coded(std::string(kAccusation) + R"(
1 Manila Manila PROPN NNP 2 nsubj
2 denied deny VERB VBD 0 root
3 . . PUNCT . 2 punct)",
                 {{"Beijing", "CHN"}, {"Manila", "PHL"}, {"Manila", "PHL"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHN>PHL:1123:asserted", "PHL>CHN:016:asserted"}));
  // "Manila denied." with no claim before it: no denial aimed at no one.
  auto alone = coded(R"(1 Manila Manila PROPN NNP 2 nsubj
2 denied deny VERB VBD 0 root
3 . . PUNCT . 2 punct)",
                     {{"Manila", "PHL"}});
  EXPECT_TRUE(alone.events.empty());
}

}  // namespace
}  // namespace dyad
