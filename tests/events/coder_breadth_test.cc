// Breadth of the verb lexicon and the rules added with it: common news
// phrasings with particles, light verbs and nominal forms; reported
// characterisations ("X said Y is ignoring ..."); the stance of nouns and
// adjectives over an infinitive ("failure to", "ready to"). Trees are
// hand-written; sentences are invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;

TEST(CoderBreadth, ParticleAndLightVerbPhrasings) {
  // Chile hit out at Peru .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 hit hit VERB VBD 0 root
3 out out ADP RP 2 compound:prt
4 at at ADP IN 5 case
5 Peru Peru PROPN NNP 2 obl
6 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PER:111:asserted"}));

  // Chile sent a delegation to Peru .
  Document b = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 sent send VERB VBD 0 root
3 a a DET DT 4 det
4 delegation delegation NOUN NN 2 obj
5 to to ADP IN 6 case
6 Peru Peru PROPN NNP 2 obl
7 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"CHL>PER:042:asserted"}));

  // Chilean police fired tear gas at Peruvian protesters .
  Document c = coded(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 police police NOUN NN 3 nsubj
3 fired fire VERB VBD 0 root
4 tear tear NOUN NN 5 compound
5 gas gas NOUN NN 3 obj
6 at at ADP IN 8 case
7 Peruvian Peruvian ADJ JJ 8 amod
8 protesters protester NOUN NNS 3 obl
9 . . PUNCT . 3 punct
)", {{"Chilean police", "CHLCOP"}, {"Peruvian protesters", "PEROPP"}});
  EXPECT_EQ(sorted_summary(c), (Strings{"CHLCOP>PEROPP:175:asserted"}));

  // Rebels took control of the Chilean embassy .  -> 192 on Chile
  Document e = coded(R"(
1 Rebels rebel NOUN NNS 2 nsubj
2 took take VERB VBD 0 root
3 control control NOUN NN 2 obj
4 of of ADP IN 7 case
5 the the DET DT 7 det
6 Chilean Chilean ADJ JJ 7 amod
7 embassy embassy NOUN NN 3 nmod
8 . . PUNCT . 2 punct
)", {{"Rebels", "PERREB"}, {"Chilean embassy", "CHLGOV"}});
  EXPECT_EQ(sorted_summary(e), (Strings{"PERREB>CHLGOV:192:asserted"}));

  // Chile barred the envoy from entering .  -> 1245 (keeping outsiders out)
  Document f = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 barred bar VERB VBD 0 root
3 the the DET DT 4 det
4 envoy envoy NOUN NN 2 obj
5 from from SCONJ IN 6 mark
6 entering enter VERB VBG 2 advcl
7 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"envoy", "IGOUNO"}});
  EXPECT_EQ(sorted_summary(f), (Strings{"CHL>IGOUNO:1245:asserted"}));
}

TEST(CoderBreadth, NominalForms) {
  // Chile 's trade war with Peru deepened .  -> tariffs, not fighting
  Document a = coded(R"(
1 Chile Chile PROPN NNP 4 nmod:poss
2 's 's PART POS 1 case
3 trade trade NOUN NN 4 compound
4 war war NOUN NN 7 nsubj
5 with with ADP IN 6 case
6 Peru Peru PROPN NNP 4 nmod
7 deepened deepen VERB VBD 0 root
8 . . PUNCT . 7 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PER:163:asserted"}));

  // The Chilean army claimed the killing of Peruvian rebels .
  Document b = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 army army NOUN NN 4 nsubj
4 claimed claim VERB VBD 0 root
5 the the DET DT 6 det
6 killing killing NOUN NN 4 obj
7 of of ADP IN 9 case
8 Peruvian Peruvian ADJ JJ 9 amod
9 rebels rebel NOUN NNS 6 nmod
10 . . PUNCT . 4 punct
)", {{"The Chilean army", "CHLMIL"}, {"Peruvian rebels", "PERREB"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"CHLMIL>PERREB:190:asserted"}));

  // Chilean strikes on Peru continued .  -> 190; drone strikes -> 195
  Document c = coded(R"(
1 Chilean Chilean ADJ JJ 3 amod
2 drone drone NOUN NN 3 compound
3 strikes strike NOUN NNS 6 nsubj
4 on on ADP IN 5 case
5 Peru Peru PROPN NNP 3 nmod
6 continued continue VERB VBD 0 root
7 . . PUNCT . 6 punct
)", {{"Chilean", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(c), (Strings{"CHL>PER:195:asserted"}));
}

TEST(CoderBreadth, ReportedCharacterisationIsTheSpeakersAccusation) {
  // Chile said Peru is ignoring the ruling .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 Peru Peru PROPN NNP 5 nsubj
4 is be AUX VBZ 5 aux
5 ignoring ignore VERB VBG 2 ccomp
6 the the DET DT 7 det
7 ruling ruling NOUN NN 5 obj
8 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PER:112:asserted"}));
  // Not reported: no accusation by anyone.
  Document b = coded(R"(
1 Peru Peru PROPN NNP 2 nsubj
2 ignored ignore VERB VBD 0 root
3 the the DET DT 4 det
4 ruling ruling NOUN NN 2 obj
5 . . PUNCT . 2 punct
)", {{"Peru", "PER"}});
  for (const std::string& s : sorted_summary(b)) EXPECT_EQ(s.find(":112:"), std::string::npos) << s;
}

TEST(CoderBreadth, StanceOfNounOrAdjectiveOverInfinitive) {
  // Chile 's failure to sell arms to Peru angered Lima .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 3 nmod:poss
2 's 's PART POS 1 case
3 failure failure NOUN NN 10 nsubj
4 to to PART TO 5 mark
5 sell sell VERB VB 3 acl
6 arms arm NOUN NNS 5 obj
7 to to ADP IN 8 case
8 Peru Peru PROPN NNP 5 obl
9 , , PUNCT , 10 punct
10 angered anger VERB VBD 0 root
11 Lima Lima PROPN NNP 10 obj
12 . . PUNCT . 10 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}, {"Lima", "PER"}});
  for (const Event& e : a.events)
    if (e.cameo == "072") EXPECT_EQ(e.modality, Modality::kNegated);

  // Chile is ready to talk with Peru .  -> intent to meet
  Document b = coded(R"(
1 Chile Chile PROPN NNP 3 nsubj
2 is be AUX VBZ 3 cop
3 ready ready ADJ JJ 0 root
4 to to PART TO 5 mark
5 talk talk VERB VB 3 xcomp
6 with with ADP IN 7 case
7 Peru Peru PROPN NNP 5 obl
8 . . PUNCT . 3 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"CHL>PER:036:intended"}));

  // Chile is interested in talking to Peru .  -> not an act
  Document c = coded(R"(
1 Chile Chile PROPN NNP 3 nsubj
2 is be AUX VBZ 3 cop
3 interested interested ADJ JJ 0 root
4 in in SCONJ IN 5 mark
5 talking talk VERB VBG 3 advcl
6 to to ADP IN 7 case
7 Peru Peru PROPN NNP 5 obl
8 . . PUNCT . 3 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(c), (Strings{"CHL>PER:040:hypothetical"}));
}

TEST(CoderBreadth, MutualNeedsAnAnd) {
  // Speaking beside Chile , Peru said so .  (the parser glued Peru to Chile by a comma)
  Document a = coded(R"(
1 Speaking speak VERB VBG 7 advcl
2 beside beside ADV RB 1 advmod
3 Chile Chile PROPN NNP 1 nsubj
4 , , PUNCT , 5 punct
5 Peru Peru PROPN NNP 3 conj
6 so so ADV RB 7 advmod
7 said say VERB VBD 0 root
8 . . PUNCT . 7 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_TRUE(a.events.empty()) << sorted_summary(a)[0];
  // Chile and Peru talked .
  Document b = coded(R"(
1 Chile Chile PROPN NNP 4 nsubj
2 and and CCONJ CC 3 cc
3 Peru Peru PROPN NNP 1 conj
4 talked talk VERB VBD 0 root
5 . . PUNCT . 4 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"CHL>PER:040:asserted", "PER>CHL:040:asserted"}));
}

TEST(CoderBreadth, OneOfTheMostIsAJudgement) {
  // Chile said Peru is one of the most hostile regimes .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 said say VERB VBD 0 root
3 Peru Peru PROPN NNP 5 nsubj
4 is be AUX VBZ 5 cop
5 one one NUM CD 2 ccomp
6 of of ADP IN 10 case
7 the the DET DT 10 det
8 most most ADV RBS 9 advmod
9 hostile hostile ADJ JJ 10 amod
10 regimes regime NOUN NNS 5 nmod
11 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PER:111:asserted"}));
}

TEST(CoderBreadth, YieldingPhrasings) {
  // Chile allowed humanitarian access to Peru .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 allowed allow VERB VBD 0 root
3 humanitarian humanitarian ADJ JJ 4 amod
4 access access NOUN NN 2 obj
5 to to ADP IN 6 case
6 Peru Peru PROPN NNP 4 nmod
7 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PER:0863:asserted"}));
  // Chile lifted the siege of Peru .
  Document b = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 lifted lift VERB VBD 0 root
3 the the DET DT 4 det
4 siege siege NOUN NN 2 obj
5 of of ADP IN 6 case
6 Peru Peru PROPN NNP 4 nmod
7 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"CHL>PER:0872:asserted"}));
}

TEST(CoderBreadth, WarnAgainstAndQuantityOfActors) {
  // Chile warned Peru against provocations .  (Peru parsed as a modifier of "provocations")
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 warned warn VERB VBD 0 root
3 Peru Peru PROPN NNP 5 amod
4 against against ADP IN 5 case
5 provocations provocation NOUN NNS 2 obl
6 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PER:130:asserted"}));
  // Chilean police arrested dozens of protesters .  (a bare role: OPP, no country)
  Document b = parse_rows(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 police police NOUN NN 3 nsubj
3 arrested arrest VERB VBD 0 root
4 dozens dozen NOUN NNS 3 obj
5 of of ADP IN 6 case
6 protesters protester NOUN NNS 4 nmod
7 . . PUNCT . 3 punct
)");
  add_mention(b, "Chilean police", "CHLCOP");
  int p = add_mention(b, "protesters", "OPP");
  b.mentions[p].actor.country.clear();
  shipped_stage().run(b);
  EXPECT_EQ(sorted_summary(b), (Strings{"CHLCOP>OPP:173:asserted"}));
}

TEST(CoderBreadth, SumOfMoneyIsEconomicAid) {
  // Chile pledged $ 5 million in aid to Peru .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 pledged pledge VERB VBD 0 root
3 $ $ SYM $ 2 obj
4 5 5 NUM CD 5 compound
5 million million NUM CD 3 nummod
6 in in ADP IN 7 case
7 aid aid NOUN NN 3 nmod
8 to to ADP IN 9 case
9 Peru Peru PROPN NNP 7 nmod
10 . . PUNCT . 2 punct
)", {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(a), (Strings{"CHL>PER:0331:asserted"}));
}

}  // namespace
}  // namespace dyad
