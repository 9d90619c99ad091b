// Recall frames of the coder (issue 4): common news phrasings that the
// lexicon or the argument finder used to miss. Trees are hand-written and
// sentences invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;

TEST(CoderRecallFrames, RearrestIsAnArrest) {
  // Police rearrested the activist .
  Document d = coded(R"(
1 Police police NOUN NN 2 nsubj
2 rearrested rearrest VERB VBD 0 root
3 the the DET DT 4 det
4 activist activist NOUN NN 2 obj
5 . . PUNCT . 2 punct
)",
                     {{"Police", "CHLCOP"}, {"activist", "CHLOPP"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLCOP>CHLOPP:173:asserted"}));
}

TEST(CoderRecallFrames, ClausalSubjectBesideASubjectIsAnOpenComplement) {
  // The Chilean president is due to travel to Peru .   (parsed with "travel"
  // as a csubj of "due", beside the real subject)
  Document d = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 president president NOUN NN 5 nsubj
4 is be AUX VBZ 5 cop
5 due due ADJ JJ 0 root
6 to to PART TO 7 mark
7 travel travel VERB VB 5 csubj
8 to to ADP IN 9 case
9 Peru Peru PROPN NNP 7 obl
10 . . PUNCT . 5 punct
)",
                     {{"The Chilean president", "CHLGOV"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLGOV>PER:036:intended"}));
}

TEST(CoderRecallFrames, ClausalSubjectAloneHasNoActor) {
  // To travel to Peru is risky .   (a real clausal subject: no one travels)
  Document d = coded(R"(
1 To to PART TO 2 mark
2 travel travel VERB VB 6 csubj
3 to to ADP IN 4 case
4 Peru Peru PROPN NNP 2 obl
5 is be AUX VBZ 6 cop
6 risky risky ADJ JJ 0 root
7 . . PUNCT . 6 punct
)",
                     {{"Peru", "PER"}});
  EXPECT_TRUE(d.events.empty());
}


TEST(CoderRecallFrames, TitleCaseEventNounIsStillANominalEvent) {
  // Border talks Negotiations between Chile and Peru resumed .   (a run-in
  // subheading leaves the noun capitalised and tagged as a name)
  Document d = coded(R"(
1 Border border NOUN NN 2 compound
2 talks talk NOUN NNS 9 nsubj
3 Negotiations Negotiation PROPN NNPS 2 nsubj
4 between between ADP IN 5 case
5 Chile Chile PROPN NNP 3 nmod
6 and and CCONJ CC 7 cc
7 Peru Peru PROPN NNP 5 conj
8 have have AUX VBP 9 aux
9 resumed resume VERB VBN 0 root
10 . . PUNCT . 9 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:046:asserted", "PER>CHL:046:asserted"}));
}

TEST(CoderRecallFrames, ProperNameInsideAnActorMentionIsNoEvent) {
  // The Sanctions Committee between Chile and Peru met .   (the capitalised
  // noun is part of an actor's name)
  Document d = coded(R"(
1 The the DET DT 3 det
2 Sanctions Sanctions PROPN NNPS 3 compound
3 Committee Committee PROPN NNP 8 nsubj
4 between between ADP IN 5 case
5 Chile Chile PROPN NNP 2 nmod
6 and and CCONJ CC 7 cc
7 Peru Peru PROPN NNP 5 conj
8 met meet VERB VBD 0 root
9 . . PUNCT . 8 punct
)",
                     {{"The Sanctions Committee", "IGOSAN"}, {"Chile", "CHL"}, {"Peru", "PER"}});
  for (const std::string& s : sorted_summary(d)) EXPECT_EQ(s.find(":163:"), std::string::npos) << s;
}

TEST(CoderRecallFrames, EachOtherCodesBothDirections) {
  // Chile and Peru accused each other of violating the truce .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 4 nsubj
2 and and CCONJ CC 3 cc
3 Peru Peru PROPN NNP 1 conj
4 accused accuse VERB VBD 0 root
5 each each DET DT 6 det
6 other other ADJ JJ 4 obj
7 of of SCONJ IN 8 mark
8 violating violate VERB VBG 4 advcl
9 the the DET DT 10 det
10 truce truce NOUN NN 8 obj
11 . . PUNCT . 4 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:112:asserted", "PER>CHL:112:asserted"}));
}

TEST(CoderRecallFrames, ConjoinedSubjectsWithAnUnknownObjectAreNotReciprocal) {
  // Chile and Peru accused the smugglers of violating the truce .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 4 nsubj
2 and and CCONJ CC 3 cc
3 Peru Peru PROPN NNP 1 conj
4 accused accuse VERB VBD 0 root
5 the the DET DT 6 det
6 smugglers smuggler NOUN NNS 4 obj
7 of of SCONJ IN 8 mark
8 violating violate VERB VBG 4 advcl
9 the the DET DT 10 det
10 truce truce NOUN NN 8 obj
11 . . PUNCT . 4 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  for (const std::string& s : sorted_summary(d)) EXPECT_EQ(s.find(":112:"), std::string::npos) << s;
}

TEST(CoderRecallFrames, TradedAccusationsWithIsJoint) {
  // Chile traded accusations with Peru .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 traded trade VERB VBD 0 root
3 accusations accusation NOUN NNS 2 obj
4 with with ADP IN 5 case
5 Peru Peru PROPN NNP 2 obl
6 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:112:asserted", "PER>CHL:112:asserted"}));
}

TEST(CoderRecallFrames, CriticismDrawnFromACriticIsTheCriticsAct) {
  // Chile 's plan drew criticism from Peru .
  Document d = coded(R"(
1 Chile Chile PROPN NNP 3 nmod:poss
2 's 's PART POS 1 case
3 plan plan NOUN NN 4 nsubj
4 drew draw VERB VBD 0 root
5 criticism criticism NOUN NN 4 obj
6 from from ADP IN 7 case
7 Peru Peru PROPN NNP 4 obl
8 . . PUNCT . 4 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PER>CHL:111:asserted"}));
}

TEST(CoderRecallFrames, CriticismDrawnByAnUnownedThingIsNoEvent) {
  // The plan drew criticism from Peru .
  Document d = coded(R"(
1 The the DET DT 2 det
2 plan plan NOUN NN 3 nsubj
3 drew draw VERB VBD 0 root
4 criticism criticism NOUN NN 3 obj
5 from from ADP IN 6 case
6 Peru Peru PROPN NNP 3 obl
7 . . PUNCT . 3 punct
)",
                     {{"Peru", "PER"}});
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderRecallFrames, ExchangeOfFireBetweenTwoSides) {
  // An exchange of fire between Chilean troops and rebels lasted hours .
  Document d = coded(R"(
1 An a DET DT 2 det
2 exchange exchange NOUN NN 10 nsubj
3 of of ADP IN 4 case
4 fire fire NOUN NN 2 nmod
5 between between ADP IN 7 case
6 Chilean Chilean ADJ JJ 7 amod
7 troops troop NOUN NNS 2 nmod
8 and and CCONJ CC 9 cc
9 rebels rebel NOUN NNS 7 conj
10 lasted last VERB VBD 0 root
11 hours hour NOUN NNS 10 obj
12 . . PUNCT . 10 punct
)",
                     {{"Chilean troops", "CHLMIL"}, {"rebels", "CHLREB"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLMIL>CHLREB:190:asserted", "CHLREB>CHLMIL:190:asserted"}));
}

TEST(CoderRecallFrames, SubjectGluedToAFrontedTimePhrase) {
  // In April , Chile and Peru withdrew from the OAS .   (the parser made the
  // subjects an apposition of "April")
  Document d = coded(R"(
1 In in ADP IN 2 case
2 April April PROPN NNP 7 obl
3 , , PUNCT , 4 punct
4 Chile Chile PROPN NNP 2 appos
5 and and CCONJ CC 6 cc
6 Peru Peru PROPN NNP 4 conj
7 withdrew withdraw VERB VBD 0 root
8 from from ADP IN 10 case
9 the the DET DT 10 det
10 OAS OAS PROPN NNP 7 obl
11 . . PUNCT . 7 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}, {"OAS", "IGOOAS"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>IGOOAS:161:asserted", "PER>IGOOAS:161:asserted"}));
}

TEST(CoderRecallFrames, SubjectGluedToATimeWordUnderAnAdverb) {
  // Earlier in May , Chile threatened Peru .
  Document d = coded(R"(
1 Earlier early ADV RBR 6 advmod
2 in in ADP IN 3 case
3 May May PROPN NNP 1 obl
4 , , PUNCT , 5 punct
5 Chile Chile PROPN NNP 3 appos
6 threatened threaten VERB VBD 0 root
7 Peru Peru PROPN NNP 6 obj
8 . . PUNCT . 6 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:130:asserted"}));
}

TEST(CoderRecallFrames, ActorGluedToAPlaceIsNoSubject) {
  // At the summit , Chile threatened Peru .   ("summit" dates nothing: the
  // glued word may be part of the phrase, not the clause's subject)
  Document d = coded(R"(
1 At at ADP IN 3 case
2 the the DET DT 3 det
3 summit summit NOUN NN 6 obl
4 , , PUNCT , 5 punct
5 Chile Chile PROPN NNP 3 appos
6 threatened threaten VERB VBD 0 root
7 Peru Peru PROPN NNP 6 obj
8 . . PUNCT . 6 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_TRUE(d.events.empty());
}

TEST(CoderRecallFrames, RelativeClauseOnAVerbIsItsContentClause) {
  // Chile alleges the rebels have broken the truce .   (parsed with "broken"
  // as a relative clause of "alleges")
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 alleges allege VERB VBZ 0 root
3 the the DET DT 4 det
4 rebels rebel NOUN NNS 6 nsubj
5 have have AUX VBP 6 aux
6 broken break VERB VBN 2 acl:relcl
7 the the DET DT 8 det
8 truce truce NOUN NN 6 obj
9 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"rebels", "CHLREB"}});
  const Strings got = sorted_summary(d);
  EXPECT_NE(std::find(got.begin(), got.end(), "CHL>CHLREB:112:asserted"), got.end());
}

TEST(CoderRecallFrames, RelativeClauseWithARelativePronounStaysRelative) {
  // Chile alleges abuses that the rebels denied .   (a real relative clause
  // on the object: no content clause, no target for the allegation)
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 alleges allege VERB VBZ 0 root
3 abuses abuse NOUN NNS 2 obj
4 that that PRON WDT 7 obj
5 the the DET DT 6 det
6 rebels rebel NOUN NNS 7 nsubj
7 denied deny VERB VBD 3 acl:relcl
8 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"rebels", "CHLREB"}});
  for (const std::string& s : sorted_summary(d)) EXPECT_EQ(s.find("CHL>CHLREB:112"), std::string::npos) << s;
}

TEST(CoderRecallFrames, RebuttalAnswersAClaimSomeSentencesBack) {
  // Chile accused Peru of spying . Trade grew . Prices fell . Ships sailed .
  // Peru rebutted the claim .   (the denial comes four sentences later)
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 accused accuse VERB VBD 0 root
3 Peru Peru PROPN NNP 2 obj
4 of of SCONJ IN 5 mark
5 spying spy VERB VBG 2 advcl
6 . . PUNCT . 2 punct

1 Trade trade NOUN NN 2 nsubj
2 grew grow VERB VBD 0 root
3 . . PUNCT . 2 punct

1 Prices price NOUN NNS 2 nsubj
2 fell fall VERB VBD 0 root
3 . . PUNCT . 2 punct

1 Ships ship NOUN NNS 2 nsubj
2 sailed sail VERB VBD 0 root
3 . . PUNCT . 2 punct

1 Peru Peru PROPN NNP 2 nsubj
2 rebutted rebut VERB VBD 0 root
3 the the DET DT 4 det
4 claim claim NOUN NN 2 obj
5 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:112:asserted", "PER>CHL:016:asserted"}));
}

TEST(CoderRecallFrames, FlattenedChargeRejectedIsADenial) {
  // Chile accused Peru of spying , a charge Peru rejected .   (parsed with
  // "charge" as a compound on "Peru" and "rejected" as a conjunct)
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 accused accuse VERB VBD 0 root
3 Peru Peru PROPN NNP 2 obj
4 of of SCONJ IN 5 mark
5 spying spy VERB VBG 2 advcl
6 , , PUNCT , 10 punct
7 a a DET DT 9 det
8 charge charge NOUN NN 9 compound
9 Peru Peru PROPN NNP 10 nsubj
10 rejected reject VERB VBD 2 conj
11 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:112:asserted", "PER>CHL:016:asserted"}));
}

TEST(CoderRecallFrames, DenialAnswersOneAccuserPerCountry) {
  // The president and the army accused Peru of spying . Peru rebutted the claim .
  Document d = coded(R"(
1 The the DET DT 2 det
2 president president NOUN NN 6 nsubj
3 and and CCONJ CC 5 cc
4 the the DET DT 5 det
5 army army NOUN NN 2 conj
6 accused accuse VERB VBD 0 root
7 Peru Peru PROPN NNP 6 obj
8 of of SCONJ IN 9 mark
9 spying spy VERB VBG 6 advcl
10 . . PUNCT . 6 punct

1 Peru Peru PROPN NNP 2 nsubj
2 rebutted rebut VERB VBD 0 root
3 the the DET DT 4 det
4 claim claim NOUN NN 2 obj
5 . . PUNCT . 2 punct
)",
                     {{"president", "CHLGOV"}, {"army", "CHLMIL"}, {"Peru", "PER"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d),
            (Strings{"CHLGOV>PER:112:asserted", "CHLMIL>PER:112:asserted", "PER>CHLGOV:016:asserted"}));
}

}  // namespace
}  // namespace dyad
