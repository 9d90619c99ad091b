// Actor stage, precision on unseen text (second sample): two more ways a
// sentence places a bare state role -- an "of" place on the role noun itself
// ("the mayor of Nablus"), and the "in" place of an act of force whose
// object the role is ("the attack on militiamen in Najaf"). Trees are written
// by hand (as the shipped parser gets them); sentences are invented.
#include <gtest/gtest.h>

#include <string>

#include "dyad/actors.h"
#include "actors/placed_tree.h"
#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace actortest;  // placed, code_of, mention_with_text

TEST(ActorPlacePrecision2, AnOfPlaceOnTheRoleNounIsItsState) {
  // The mayor of Nablus resigned .
  Document d = placed(R"(
1 The the DET DT 2 det
2 mayor mayor NOUN NN 5 nsubj
3 of of ADP IN 4 case
4 Nablus Nablus PROPN NNP 2 nmod
5 resigned resign VERB VBD 0 root
6 . . PUNCT . 5 punct
)");
  EXPECT_EQ(code_of(d, "mayor of Nablus"), "PSEGOV");
}

TEST(ActorPlacePrecision2, AnOfPhraseOnAnotherNounPlacesNoOne) {
  // Soldiers arrested a citizen of Chad .  (the soldiers are not Chad's)
  Document d = placed(R"(
1 Soldiers soldier NOUN NNS 2 nsubj
2 arrested arrest VERB VBD 0 root
3 a a DET DT 4 det
4 citizen citizen NOUN NN 2 obj
5 of of ADP IN 6 case
6 Chad Chad PROPN NNP 4 nmod
7 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(d, "Soldiers"), "MIL");
}

TEST(ActorPlacePrecision2, AnActOfForceHappensWhereItsTargetsAre) {
  // Turkey criticized a report on the attack on militiamen in Idlib .  (the
  // parser hangs the place on the attack, two nouns below the verb)
  Document d = placed(R"(
1 Turkey Turkey PROPN NNP 2 nsubj
2 criticized criticize VERB VBD 0 root
3 a a DET DT 4 det
4 report report NOUN NN 2 obj
5 on on ADP IN 7 case
6 the the DET DT 7 det
7 attack attack NOUN NN 4 nmod
8 on on ADP IN 9 case
9 militiamen militiaman NOUN NNS 7 nmod
10 in in ADP IN 11 case
11 Idlib Idlib PROPN NNP 7 nmod
12 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(d, "militiamen"), "SYRREB");
}

TEST(ActorPlacePrecision2, TalksAbroadDoNotPlaceTheirPartners) {
  // Turkey criticized a report on the talks with militiamen in Doha .
  Document d = placed(R"(
1 Turkey Turkey PROPN NNP 2 nsubj
2 criticized criticize VERB VBD 0 root
3 a a DET DT 4 det
4 report report NOUN NN 2 obj
5 on on ADP IN 7 case
6 the the DET DT 7 det
7 talks talk NOUN NNS 4 nmod
8 with with ADP IN 9 case
9 militiamen militiaman NOUN NNS 7 nmod
10 in in ADP IN 11 case
11 Doha Doha PROPN NNP 7 nmod
12 . . PUNCT . 2 punct
)");
  EXPECT_NE(code_of(d, "militiamen").substr(0, 3), "QAT");
}

}  // namespace
}  // namespace dyad
