// Passives whose agent or patient is not where the clause puts it: a
// passive conjunct or adverbial participle whose patient is the governing
// clause's ("were arrested and [charged]", "flee when [attacked] by X",
// "before [being caught] by guards"), coordinated passives of one kind of
// act sharing the by-agent, an appositive participle the parser gave a
// subject ("The reporter, detained by police, ..."), and an expulsion whose
// agent is the state named by "from". Trees are the parser's shapes, written
// by hand; sentences are invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;  // parse_rows, add_mention, shipped_stage, sorted_summary, Strings

TEST(CoderPassive, CoordinatedPassivesShareTheByAgent) {
  // Two Chilean activists were detained and charged by Peruvian police .
  Document d = coded(R"(
1 Two two NUM CD 3 nummod
2 Chilean Chilean ADJ JJ 3 amod
3 activists activist NOUN NNS 5 nsubj:pass
4 were be AUX VBD 5 aux:pass
5 detained detain VERB VBN 0 root
6 and and CCONJ CC 7 cc
7 charged charge VERB VBN 5 conj
8 by by ADP IN 10 case
9 Peruvian Peruvian ADJ JJ 10 amod
10 police police NOUN NN 7 obl:agent
11 . . PUNCT . 5 punct
)",
                     {{"Chilean activists", "CHLOPP"}, {"Peruvian police", "PERCOP"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PERCOP>CHLOPP:173:asserted"}));
}

TEST(CoderPassive, AConjunctTaggedAsPastTenseIsPassiveToo) {
  // Two Chilean activists were detained and deported by Peruvian police .
  // (The tagger reads the second participle as a past tense; the agent
  // hangs on it.)
  Document d = coded(R"(
1 Two two NUM CD 3 nummod
2 Chilean Chilean ADJ JJ 3 amod
3 activists activist NOUN NNS 5 nsubj:pass
4 were be AUX VBD 5 aux:pass
5 detained detain VERB VBN 0 root
6 and and CCONJ CC 7 cc
7 deported deport VERB VBD 5 conj
8 by by ADP IN 10 case
9 Peruvian Peruvian ADJ JJ 10 amod
10 police police NOUN NN 7 obl:agent
11 . . PUNCT . 5 punct
)",
                     {{"Chilean activists", "CHLOPP"}, {"Peruvian police", "PERCOP"}});
  // One act of one root on one pair, coded once (the first verb's code).
  EXPECT_EQ(sorted_summary(d), (Strings{"PERCOP>CHLOPP:173:asserted"}));
}

TEST(CoderPassive, AnotherKindOfActDoesNotShareTheAgent) {
  // Two Chilean activists were detained by Peruvian police and convicted .
  // The police detain; a conviction (116) is a court's act, not theirs.
  Document d = coded(R"(
1 Two two NUM CD 3 nummod
2 Chilean Chilean ADJ JJ 3 amod
3 activists activist NOUN NNS 5 nsubj:pass
4 were be AUX VBD 5 aux:pass
5 detained detain VERB VBN 0 root
6 by by ADP IN 8 case
7 Peruvian Peruvian ADJ JJ 8 amod
8 police police NOUN NN 5 obl:agent
9 and and CCONJ CC 10 cc
10 convicted convict VERB VBN 5 conj
11 . . PUNCT . 5 punct
)",
                     {{"Chilean activists", "CHLOPP"}, {"Peruvian police", "PERCOP"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PERCOP>CHLOPP:173:asserted"}));
}

TEST(CoderPassive, AdverbialParticipleIsAboutTheMainSubject) {
  // Chilean fishermen flee to Bolivia when attacked by Peruvian pirates .
  Document d = coded(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 fishermen fishermen NOUN NNS 3 nsubj
3 flee flee VERB VBP 0 root
4 to to ADP IN 5 case
5 Bolivia Bolivia PROPN NNP 3 obl
6 when when ADV WRB 7 advmod
7 attacked attack VERB VBN 3 advcl
8 by by ADP IN 10 case
9 Peruvian Peruvian ADJ JJ 10 amod
10 pirates pirate NOUN NNS 7 obl:agent
11 . . PUNCT . 3 punct
)",
                     {{"Chilean fishermen", "CHLCVL"}, {"Bolivia", "BOL"}, {"Peruvian pirates", "PERCRM"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PERCRM>CHLCVL:190:asserted"}));
}

TEST(CoderPassive, BeingCaughtHungOnTheNounOfTheVerbsPhrase) {
  // The Chilean inmate escaped and hid for hours before being caught by Peruvian guards .
  Document d = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 inmate inmate NOUN NN 4 nsubj
4 escaped escape VERB VBD 0 root
5 and and CCONJ CC 6 cc
6 hid hide VERB VBD 4 conj
7 for for ADP IN 8 case
8 hours hour NOUN NNS 6 obl
9 before before SCONJ IN 11 mark
10 being be AUX VBG 11 aux:pass
11 caught catch VERB VBN 8 acl
12 by by ADP IN 14 case
13 Peruvian Peruvian ADJ JJ 14 amod
14 guards guard NOUN NNS 11 obl:agent
15 . . PUNCT . 4 punct
)",
                     {{"Chilean inmate", "CHLCRM"}, {"Peruvian guards", "PERCOP"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PERCOP>CHLCRM:173:asserted"}));
}

TEST(CoderPassive, FrontedPassiveParticipleTakesTheMainPassiveSubject) {
  // After being detained by Peruvian police , the Chilean journalist was released .
  Document d = coded(R"(
1 After after SCONJ IN 3 mark
2 being be AUX VBG 3 aux:pass
3 detained detain VERB VBN 12 advcl
4 by by ADP IN 6 case
5 Peruvian Peruvian ADJ JJ 6 amod
6 police police NOUN NN 3 obl:agent
7 , , PUNCT , 3 punct
8 the the DET DT 10 det
9 Chilean Chilean ADJ JJ 10 amod
10 journalist journalist NOUN NN 12 nsubj:pass
11 was be AUX VBD 12 aux:pass
12 released release VERB VBN 0 root
13 . . PUNCT . 12 punct
)",
                     {{"Peruvian police", "PERCOP"}, {"Chilean journalist", "CHLMED"}});
  // The release has no agent of its own: it is the holder's, the police
  // who detained the journalist (as the gold sets code "he was released").
  EXPECT_EQ(sorted_summary(d), (Strings{"PERCOP>CHLMED:0841:asserted", "PERCOP>CHLMED:173:asserted"}));
}

TEST(CoderPassive, AFiniteClauseKeepsItsOwnLostSubject) {
  // The police returned fire and the Chilean gunman was killed , Peruvian officials said .
  // Misparse: "killed" an adverbial clause of "returned", its subject lost;
  // "was" makes it finite, so it is not about the police.
  Document d = coded(R"(
1 The the DET DT 2 det
2 police police NOUN NN 3 nsubj
3 returned return VERB VBD 0 root
4 fire fire NOUN NN 3 obj
5 and and CCONJ CC 8 cc
6 the the DET DT 8 det
7 Chilean Chilean ADJ JJ 8 amod
8 gunman gunman NOUN NN 3 conj
9 was be AUX VBD 10 aux:pass
10 killed kill VERB VBN 3 advcl
11 , , PUNCT , 10 punct
12 Peruvian Peruvian ADJ JJ 13 amod
13 officials official NOUN NNS 10 obl:agent
14 said say VERB VBD 13 acl
15 . . PUNCT . 3 punct
)",
                     {{"police", "PERCOP"}, {"Chilean gunman", "CHLCRM"}, {"Peruvian officials", "PERGOV"}});
  for (const std::string& s : sorted_summary(d)) EXPECT_EQ(s.find(">PERCOP:"), std::string::npos) << s;
}

TEST(CoderPassive, AppositiveParticipleWithAnAgentIsPassive) {
  // The Chilean journalist , detained by Peruvian police last month , was freed .
  Document d = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 journalist journalist NOUN NN 5 nsubj
4 , , PUNCT , 3 punct
5 detained detain VERB VBN 13 advcl
6 by by ADP IN 8 case
7 Peruvian Peruvian ADJ JJ 8 amod
8 police police NOUN NN 5 obl:agent
9 last last ADJ JJ 10 amod
10 month month NOUN NN 5 obl:unmarked
11 , , PUNCT , 5 punct
12 was be AUX VBD 13 aux:pass
13 freed free VERB VBN 0 root
14 . . PUNCT . 13 punct
)",
                     {{"Chilean journalist", "CHLMED"}, {"Peruvian police", "PERCOP"}});
  // (The release is the holder's: the police who detained the journalist.)
  EXPECT_EQ(sorted_summary(d), (Strings{"PERCOP>CHLMED:0841:asserted", "PERCOP>CHLMED:173:asserted"}));
}

TEST(CoderPassive, ReducedRelativeWithoutCommaIsBackground) {
  // The Somali soldiers backed by Kenyan troops worked through the night .
  Document d = coded(R"(
1 The the DET DT 3 det
2 Somali Somali ADJ JJ 3 amod
3 soldiers soldier NOUN NNS 4 nsubj
4 backed back VERB VBN 0 root
5 by by ADP IN 7 case
6 Kenyan Kenyan ADJ JJ 7 amod
7 troops troops NOUN NNS 4 obl:agent
8 worked work VERB VBD 4 advcl
9 through through ADP IN 11 case
10 the the DET DT 11 det
11 night night NOUN NN 8 obl
12 . . PUNCT . 4 punct
)",
                     {{"Somali soldiers", "SOMMIL"}, {"Kenyan troops", "KENMIL"}});
  EXPECT_TRUE(sorted_summary(d).empty());
}

TEST(CoderPassive, ExpelledFromAStateIsThatStatesAct) {
  // Two Chilean diplomats were expelled from Peru .
  Document d = coded(R"(
1 Two two NUM CD 3 nummod
2 Chilean Chilean ADJ JJ 3 amod
3 diplomats diplomat NOUN NNS 5 nsubj:pass
4 were be AUX VBD 5 aux:pass
5 expelled expel VERB VBN 0 root
6 from from ADP IN 7 case
7 Peru Peru PROPN NNP 5 obl
8 . . PUNCT . 5 punct
)",
                     {{"Chilean diplomats", "CHLGOV"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PER>CHLGOV:174:asserted"}));
}

TEST(CoderPassive, ExpelledFromAPlaceThatIsNoStateHasNoAgent) {
  // Two Chilean diplomats were expelled from the Peruvian embassy .
  // An embassy is no state.
  Document d = coded(R"(
1 Two two NUM CD 3 nummod
2 Chilean Chilean ADJ JJ 3 amod
3 diplomats diplomat NOUN NNS 5 nsubj:pass
4 were be AUX VBD 5 aux:pass
5 expelled expel VERB VBN 0 root
6 from from ADP IN 9 case
7 the the DET DT 9 det
8 Peruvian Peruvian ADJ JJ 9 amod
9 embassy embassy NOUN NN 5 obl
10 . . PUNCT . 5 punct
)",
                     {{"Chilean diplomats", "CHLGOV"}, {"Peruvian embassy", "PERGOV"}});
  EXPECT_TRUE(sorted_summary(d).empty());

  // Two Chilean traders were detained from Peru .  -- only an expulsion
  // takes its agent from a "from" phrase.
  Document far = coded(R"(
1 Two two NUM CD 3 nummod
2 Chilean Chilean ADJ JJ 3 amod
3 traders trader NOUN NNS 5 nsubj:pass
4 were be AUX VBD 5 aux:pass
5 detained detain VERB VBN 0 root
6 from from ADP IN 7 case
7 Peru Peru PROPN NNP 5 obl
8 . . PUNCT . 5 punct
)",
                       {{"Chilean traders", "CHLBUS"}, {"Peru", "PER"}});
  EXPECT_TRUE(sorted_summary(far).empty());
}

TEST(CoderPassive, AgentHungOnTheAsPhraseOfARelativeClause) {
  // The Houthis , who are listed as a terrorist group by Washington , attacked a ship .
  Document d = coded(R"(
1 The the DET DT 2 det
2 Houthis Houthis PROPN NNPS 14 nsubj
3 , , PUNCT , 2 punct
4 who who PRON WP 6 nsubj:pass
5 are be AUX VBP 6 aux:pass
6 listed list VERB VBN 2 acl:relcl
7 as as ADP IN 10 case
8 a a DET DT 10 det
9 terrorist terrorist NOUN NN 10 compound
10 group group NOUN NN 6 obl
11 by by ADP IN 12 case
12 Washington Washington PROPN NNP 10 nmod
13 , , PUNCT , 2 punct
14 attacked attack VERB VBD 0 root
15 a a DET DT 16 det
16 ship ship NOUN NN 14 obj
17 . . PUNCT . 14 punct
)",
                     {{"Houthis", "YEMREB"}, {"Washington", "USAGOV"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"USAGOV>YEMREB:163:asserted"}));
}

TEST(CoderPassive, RelativeClauseOnAPredicateNounIsAboutTheSubject) {
  // Hamas is a militant group that is designated as a terrorist organization by Canada .
  Document d = coded(R"(
1 Hamas Hamas PROPN NNP 5 nsubj
2 is be AUX VBZ 5 cop
3 a a DET DT 5 det
4 militant militant ADJ JJ 5 amod
5 group group NOUN NN 0 root
6 that that PRON WDT 8 nsubj:pass
7 is be AUX VBZ 8 aux:pass
8 designated designate VERB VBN 5 acl:relcl
9 as as ADP IN 12 case
10 a a DET DT 12 det
11 terrorist terrorist ADJ JJ 12 amod
12 organization organization NOUN NN 8 obl
13 by by ADP IN 14 case
14 Canada Canada PROPN NNP 12 nmod
15 . . PUNCT . 5 punct
)",
                     {{"Hamas", "PSEREB"}, {"Canada", "CAN"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CAN>PSEREB:163:asserted"}));
}

TEST(CoderPassive, AByPhraseOnAnotherNounIsNoAgent) {
  // The Chilean activist was arrested after a complaint by the Peruvian ministry .
  // The ministry complained; who arrested is not said (no context here).
  Document d = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 activist activist NOUN NN 5 nsubj:pass
4 was be AUX VBD 5 aux:pass
5 arrested arrest VERB VBN 0 root
6 after after ADP IN 8 case
7 a a DET DT 8 det
8 complaint complaint NOUN NN 5 obl
9 by by ADP IN 12 case
10 the the DET DT 12 det
11 Peruvian Peruvian ADJ JJ 12 amod
12 ministry ministry NOUN NN 8 nmod
13 . . PUNCT . 5 punct
)",
                     {{"Chilean activist", "CHLOPP"}, {"Peruvian ministry", "PERGOV"}});
  EXPECT_TRUE(sorted_summary(d).empty());
}

}  // namespace
}  // namespace dyad
