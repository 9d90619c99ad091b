// Nested constructions: a relative clause on an event noun ("the sanctions
// X imposed on Y"), verbs coordinated on one object ("shot and killed X").
// Trees are hand-written; sentences are invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;

TEST(CoderNested, RelativeClauseOnEventNounIsTheObject) {
  // The sanctions Chile has imposed on Peru hurt farmers .
  Document d = parse_rows(R"(
1 The the DET DT 2 det
2 sanctions sanction NOUN NNS 9 nsubj
3 Chile Chile PROPN NNP 5 nsubj
4 has have AUX VBZ 5 aux
5 imposed impose VERB VBN 2 acl:relcl
6 on on ADP IN 7 case
7 Peru Peru PROPN NNP 5 obl
8 , , PUNCT , 9 punct
9 hurt hurt VERB VBD 0 root
10 farmers farmer NOUN NNS 9 obj
11 . . PUNCT . 9 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:163:asserted"}));
}

TEST(CoderNested, RelativePronounObjectIsTheNoun) {
  // Chile lifted the tariffs which Peru imposed on it .  -> only Peru's act
  // and Chile's lifting; "which" is the tariffs.
  Document d = parse_rows(R"(
1 Peru Peru PROPN NNP 2 nsubj
2 condemned condemn VERB VBD 0 root
3 the the DET DT 4 det
4 tariffs tariff NOUN NNS 2 obj
5 which which PRON WDT 7 obj
6 Chile Chile PROPN NNP 7 nsubj
7 levied levy VERB VBD 4 acl:relcl
8 on on ADP IN 9 case
9 Peru Peru PROPN NNP 7 obl
10 . . PUNCT . 2 punct
)");
  add_mention(d, "Peru", "PER");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER", 1);
  shipped_stage().run(d);
  auto s = sorted_summary(d);
  EXPECT_NE(std::find(s.begin(), s.end(), "CHL>PER:163:asserted"), s.end());
}

TEST(CoderNested, CoordinatedVerbsShareObjectAndCodeOnce) {
  // Chilean soldiers shot and killed two Peruvian smugglers .
  Document d = parse_rows(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 soldiers soldier NOUN NNS 3 nsubj
3 shot shoot VERB VBD 0 root
4 and and CCONJ CC 5 cc
5 killed kill VERB VBD 3 conj
6 two two NUM CD 8 nummod
7 Peruvian Peruvian ADJ JJ 8 amod
8 smugglers smuggler NOUN NNS 5 obj
9 . . PUNCT . 3 punct
)");
  add_mention(d, "Chilean soldiers", "CHLMIL");
  add_mention(d, "Peruvian smugglers", "PERCRM");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLMIL>PERCRM:193:asserted"}));
}

TEST(CoderNested, ParticipleOnAnIssuedTextIsItsAuthors) {
  // Chile issued a statement condemning Peru .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 issued issue VERB VBD 0 root
3 a a DET DT 4 det
4 statement statement NOUN NN 2 obj
5 condemning condemn VERB VBG 4 acl
6 Peru Peru PROPN NNP 5 obj
7 . . PUNCT . 2 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:111:asserted"}));
}

TEST(CoderNested, AdverbialParticipleHungOnANounSharesTheClauseSubject) {
  // Chile strengthened ties after meeting Peru .  ("meeting" parsed as acl of "ties")
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 strengthened strengthen VERB VBD 0 root
3 ties tie NOUN NNS 2 obj
4 after after SCONJ IN 5 mark
5 meeting meet VERB VBG 3 acl
6 Peru Peru PROPN NNP 5 obj
7 . . PUNCT . 2 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:040:asserted"}));
}

TEST(CoderNested, PurposeOnAnAdverbialPhraseIsTheSubjects) {
  // Chile acted in a bid to attack Peru .  ("to punish" is acl of "bid")
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 acted act VERB VBD 0 root
3 in in ADP IN 5 case
4 a a DET DT 5 det
5 bid bid NOUN NN 2 obl
6 to to PART TO 7 mark
7 attack attack VERB VB 5 acl
8 Peru Peru PROPN NNP 7 obj
9 . . PUNCT . 2 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.mentions[d.events[0].source].actor.code, "CHL");
  EXPECT_EQ(d.events[0].root, "19");
}

TEST(CoderNested, PassiveInAFightTakesTheOtherSideAsAgent) {
  // The rebel leader was killed in a battle with Chilean troops .
  Document d = parse_rows(R"(
1 The the DET DT 3 det
2 rebel rebel NOUN NN 3 compound
3 leader leader NOUN NN 5 nsubj:pass
4 was be AUX VBD 5 aux:pass
5 killed kill VERB VBN 0 root
6 in in ADP IN 8 case
7 a a DET DT 8 det
8 battle battle NOUN NN 5 obl
9 with with ADP IN 11 case
10 Chilean Chilean ADJ JJ 11 amod
11 troops troop NOUN NNS 8 nmod
12 . . PUNCT . 5 punct
)");
  add_mention(d, "rebel leader", "CHLREB");
  add_mention(d, "Chilean troops", "CHLMIL");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLMIL>CHLREB:190:asserted"}));
}

TEST(CoderNested, RelativeAdverbClauseHasNoNounObject) {
  // Soldiers patrolled Peru , where Chilean troops clashed with rebels .
  Document d = parse_rows(R"(
1 Soldiers soldier NOUN NNS 2 nsubj
2 patrolled patrol VERB VBD 0 root
3 Peru Peru PROPN NNP 2 obj
4 , , PUNCT , 8 punct
5 where where ADV WRB 8 advmod
6 Chilean Chilean ADJ JJ 7 amod
7 troops troop NOUN NNS 8 nsubj
8 clashed clash VERB VBD 3 acl:relcl
9 with with ADP IN 10 case
10 rebels rebel NOUN NNS 8 obl
11 . . PUNCT . 2 punct
)");
  add_mention(d, "Peru", "PER");
  add_mention(d, "Chilean troops", "CHLMIL");
  add_mention(d, "rebels", "PERREB");
  shipped_stage().run(d);
  for (const std::string& e : sorted_summary(d)) EXPECT_EQ(e.find("CHLMIL>PER:"), std::string::npos) << e;
  auto s = sorted_summary(d);
  EXPECT_NE(std::find(s.begin(), s.end(), "CHLMIL>PERREB:190:asserted"), s.end());
}

TEST(CoderNested, AgentWithoutByIsAMisreadObject) {
  // Officials said Chilean rebels attacked Peruvian villagers .  (parsed as
  // a reduced passive on "rebels" whose "agent" has no "by")
  Document d = parse_rows(R"(
1 Officials official NOUN NNS 2 nsubj
2 said say VERB VBD 0 root
3 Chilean Chilean ADJ JJ 4 amod
4 rebels rebel NOUN NNS 2 obj
5 attacked attack VERB VBN 4 acl
6 Peruvian Peruvian ADJ JJ 7 amod
7 villagers villager NOUN NNS 5 obl:agent
8 . . PUNCT . 2 punct
)");
  add_mention(d, "Chilean rebels", "CHLREB");
  add_mention(d, "Peruvian villagers", "PERCVL");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLREB>PERCVL:190:asserted"}));
}

TEST(CoderNested, AgentlessArrestIsTheStateWhereItHappened) {
  // Two Peruvian reporters were detained in Chile .
  Document d = parse_rows(R"(
1 Two two NUM CD 3 nummod
2 Peruvian Peruvian ADJ JJ 3 amod
3 reporters reporter NOUN NNS 5 nsubj:pass
4 were be AUX VBD 5 aux:pass
5 detained detain VERB VBN 0 root
6 in in ADP IN 7 case
7 Chile Chile PROPN NNP 5 obl
8 . . PUNCT . 5 punct
)");
  add_mention(d, "Peruvian reporters", "PERMED");
  add_mention(d, "Chile", "CHL");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PERMED:173:asserted"}));
  // Not for a non-coercive act ("was attacked in Chile" has no known agent).
  Document e = parse_rows(R"(
1 Two two NUM CD 3 nummod
2 Peruvian Peruvian ADJ JJ 3 amod
3 reporters reporter NOUN NNS 5 nsubj:pass
4 were be AUX VBD 5 aux:pass
5 attacked attack VERB VBN 0 root
6 in in ADP IN 7 case
7 Chile Chile PROPN NNP 5 obl
8 . . PUNCT . 5 punct
)");
  add_mention(e, "Peruvian reporters", "PERMED");
  add_mention(e, "Chile", "CHL");
  shipped_stage().run(e);
  EXPECT_TRUE(e.events.empty());
}

TEST(CoderNested, TargetInsideAQuantityOrTradePhrase) {
  // Chile imposed tariffs on $ 2 billion worth of Peruvian exports .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 imposed impose VERB VBD 0 root
3 tariffs tariff NOUN NNS 2 obj
4 on on ADP IN 8 case
5 $ $ SYM $ 8 compound
6 2 2 NUM CD 7 compound
7 billion billion NUM CD 5 nummod
8 worth worth NOUN NN 3 nmod
9 of of ADP IN 11 case
10 Peruvian Peruvian ADJ JJ 11 amod
11 exports export NOUN NNS 8 nmod
12 . . PUNCT . 2 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peruvian", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:163:asserted"}));
}

TEST(CoderNested, ReducedRelativeReadAsTwoSubjects) {
  // The sanctions Chile has imposed on Peru have hurt farmers .  (parsed
  // with "sanctions" and "Chile" both subjects of "imposed")
  Document d = parse_rows(R"(
1 The the DET DT 2 det
2 sanctions sanction NOUN NNS 5 nsubj
3 Chile Chile PROPN NNP 5 nsubj
4 has have AUX VBZ 5 aux
5 imposed impose VERB VBN 0 root
6 on on ADP IN 7 case
7 Peru Peru PROPN NNP 5 obl
8 have have AUX VBP 9 aux
9 hurt hurt VERB VBN 5 conj
10 farmers farmer NOUN NNS 9 obj
11 . . PUNCT . 5 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:163:asserted"}));
}

TEST(CoderNested, SubjectAfterAStrayPrepositionIsNotASubject) {
  // Chilean strikes on Peru killed villagers .  ("on" hung on the verb,
  // "Peru" made a second subject)
  Document d = parse_rows(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 strikes strike NOUN NNS 5 nsubj
3 on on ADP IN 5 mark
4 Peru Peru PROPN NNP 5 nsubj
5 killed kill VERB VBD 0 root
6 villagers villager NOUN NNS 5 obj
7 . . PUNCT . 5 punct
)");
  add_mention(d, "Chilean", "CHL");
  add_mention(d, "Peru", "PER");
  add_mention(d, "villagers", "PERCVL");
  shipped_stage().run(d);
  for (const std::string& e : sorted_summary(d)) EXPECT_EQ(e.rfind("PER>", 0), std::string::npos) << e;
  auto s = sorted_summary(d);
  EXPECT_NE(std::find(s.begin(), s.end(), "CHL>PERCVL:190:asserted"), s.end());
}

TEST(CoderNested, FirstVerbReadAsANounLeavesItsSubjectAsCompound) {
  // Chilean police shot and killed two smugglers .  ("shot" tagged NN, root)
  Document d = parse_rows(R"(
1 Chilean Chilean ADJ JJ 3 amod
2 police police NOUN NN 3 compound
3 shot shot NOUN NN 0 root
4 and and CCONJ CC 5 cc
5 killed kill VERB VBD 3 conj
6 two two NUM CD 7 nummod
7 smugglers smuggler NOUN NNS 5 obj
8 . . PUNCT . 3 punct
)");
  add_mention(d, "Chilean police", "CHLCOP");
  add_mention(d, "smugglers", "PERCRM");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLCOP>PERCRM:190:asserted"}));
}

}  // namespace
}  // namespace dyad
