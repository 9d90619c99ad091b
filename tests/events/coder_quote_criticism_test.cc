// Criticism and accusation carried by reported words: the speaker of a
// quotation or of a speech verb's content clause accuses (112) the clause's
// subject of a wrongdoing, or judges (111) an actor or the act, policy or
// words it owns. Trees are hand-written; sentences are invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;  // coded, sorted_summary, Strings

TEST(CoderQuoteCriticism, ReportedRippingOffIsTheSpeakersAccusation) {
  // The Swedish minister said Norway was ripping off Swedish farmers .
  // (The parser reads "off" either as a particle or as the object's
  // preposition.)
  Document prt = coded(R"(
1 The the DET DT 3 det
2 Swedish Swedish ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 Norway Norway PROPN NNP 7 nsubj
6 was be AUX VBD 7 aux
7 ripping rip VERB VBG 4 ccomp
8 off off ADP RP 7 compound:prt
9 Swedish Swedish ADJ JJ 10 amod
10 farmers farmer NOUN NNS 7 obj
11 . . PUNCT . 4 punct
)",
                       {{"minister", "SWEGOV"}, {"Norway", "NOR"}});
  EXPECT_EQ(sorted_summary(prt), (Strings{"SWEGOV>NOR:112:asserted"}));

  Document cs = coded(R"(
1 The the DET DT 3 det
2 Swedish Swedish ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 Norway Norway PROPN NNP 7 nsubj
6 was be AUX VBD 7 aux
7 ripping rip VERB VBG 4 ccomp
8 off off ADP IN 10 case
9 Swedish Swedish ADJ JJ 10 amod
10 farmers farmer NOUN NNS 7 obl
11 . . PUNCT . 4 punct
)",
                      {{"minister", "SWEGOV"}, {"Norway", "NOR"}});
  EXPECT_EQ(sorted_summary(cs), (Strings{"SWEGOV>NOR:112:asserted"}));

  // Stated by the reporter, it is nobody's accusation.
  Document plain = coded(R"(
1 Norway Norway PROPN NNP 3 nsubj
2 was be AUX VBD 3 aux
3 ripping rip VERB VBG 0 root
4 off off ADP RP 3 compound:prt
5 Swedish Swedish ADJ JJ 6 amod
6 farmers farmer NOUN NNS 3 obj
7 . . PUNCT . 3 punct
)",
                         {{"Norway", "NOR"}});
  EXPECT_TRUE(sorted_summary(plain).empty());
}

TEST(CoderQuoteCriticism, NegatedPlannedOrFirstPersonWrongdoingIsNoAccusation) {
  // The Swedish minister said Norway was not stealing fish .
  Document neg = coded(R"(
1 The the DET DT 3 det
2 Swedish Swedish ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 Norway Norway PROPN NNP 8 nsubj
6 was be AUX VBD 8 aux
7 not not PART RB 8 advmod
8 stealing steal VERB VBG 4 ccomp
9 fish fish NOUN NN 8 obj
10 . . PUNCT . 4 punct
)",
                       {{"minister", "SWEGOV"}, {"Norway", "NOR"}});
  EXPECT_TRUE(counted_summary(neg).empty()) << ::testing::PrintToString(sorted_summary(neg));

  // The Swedish minister said Norway would exploit the new oil field .
  Document field = coded(R"(
1 The the DET DT 3 det
2 Swedish Swedish ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 Norway Norway PROPN NNP 7 nsubj
6 would would AUX MD 7 aux
7 exploit exploit VERB VB 4 ccomp
8 the the DET DT 11 det
9 new new ADJ JJ 11 amod
10 oil oil NOUN NN 11 compound
11 field field NOUN NN 7 obj
12 . . PUNCT . 4 punct
)",
                         {{"minister", "SWEGOV"}, {"Norway", "NOR"}});
  EXPECT_TRUE(counted_summary(field).empty()) << ::testing::PrintToString(sorted_summary(field));

  // Developing its own resources is no wrongdoing even when done.
  Document done = coded(R"(
1 The the DET DT 3 det
2 Swedish Swedish ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 Norway Norway PROPN NNP 7 nsubj
6 was be AUX VBD 7 aux
7 exploiting exploit VERB VBG 4 ccomp
8 its its PRON PRP$ 10 nmod:poss
9 gas gas NOUN NN 10 compound
10 reserves reserve NOUN NNS 7 obj
11 . . PUNCT . 4 punct
)",
                        {{"minister", "SWEGOV"}, {"Norway", "NOR"}});
  EXPECT_TRUE(sorted_summary(done).empty()) << ::testing::PrintToString(sorted_summary(done));

  // " We have never exploited anyone , " the Norwegian minister said .
  Document self = coded(R"(
1 " " PUNCT `` 5 punct
2 We we PRON PRP 5 nsubj
3 have have AUX VBP 5 aux
4 never never ADV RB 5 advmod
5 exploited exploit VERB VBN 13 ccomp
6 anyone anyone PRON NN 5 obj
7 , , PUNCT , 5 punct
8 " " PUNCT '' 5 punct
9 the the DET DT 12 det
10 Norwegian Norwegian ADJ JJ 12 amod
11 foreign foreign ADJ JJ 12 amod
12 minister minister NOUN NN 13 nsubj
13 said say VERB VBD 0 root
14 . . PUNCT . 13 punct
)",
                        {{"minister", "NORGOV"}});
  EXPECT_TRUE(counted_summary(self).empty()) << ::testing::PrintToString(sorted_summary(self));
}

TEST(CoderQuoteCriticism, QuotedDisinformationAccusesButAQuotedQuestionDoesNot) {
  // " Minsk is spreading disinformation , " the Lithuanian minister said .
  Document said = coded(R"(
1 " " PUNCT `` 4 punct
2 Minsk Minsk PROPN NNP 4 nsubj
3 is be AUX VBZ 4 aux
4 spreading spread VERB VBG 11 ccomp
5 disinformation disinformation NOUN NN 4 obj
6 , , PUNCT , 4 punct
7 " " PUNCT '' 4 punct
8 the the DET DT 10 det
9 Lithuanian Lithuanian ADJ JJ 10 amod
10 minister minister NOUN NN 11 nsubj
11 said say VERB VBD 0 root
12 . . PUNCT . 11 punct
)",
                       {{"Minsk", "BLRGOV"}, {"minister", "LTUGOV"}});
  EXPECT_EQ(sorted_summary(said), (Strings{"LTUGOV>BLRGOV:112:asserted"}));

  // " Is Minsk spreading disinformation ? " the Lithuanian minister said .
  Document asked = coded(R"(
1 " " PUNCT `` 4 punct
2 Is be AUX VBZ 4 aux
3 Minsk Minsk PROPN NNP 4 nsubj
4 spreading spread VERB VBG 11 ccomp
5 disinformation disinformation NOUN NN 4 obj
6 ? ? PUNCT . 4 punct
7 " " PUNCT '' 4 punct
8 the the DET DT 10 det
9 Lithuanian Lithuanian ADJ JJ 10 amod
10 minister minister NOUN NN 11 nsubj
11 said say VERB VBD 0 root
12 . . PUNCT . 11 punct
)",
                        {{"Minsk", "BLRGOV"}, {"minister", "LTUGOV"}});
  EXPECT_TRUE(counted_summary(asked).empty()) << ::testing::PrintToString(sorted_summary(asked));

  // Spreading a rumour's opposite: spreading the vaccine is no accusation.
  Document vaccine = coded(R"(
1 " " PUNCT `` 4 punct
2 Minsk Minsk PROPN NNP 4 nsubj
3 is be AUX VBZ 4 aux
4 spreading spread VERB VBG 11 ccomp
5 vaccines vaccine NOUN NNS 4 obj
6 , , PUNCT , 4 punct
7 " " PUNCT '' 4 punct
8 the the DET DT 10 det
9 Lithuanian Lithuanian ADJ JJ 10 amod
10 minister minister NOUN NN 11 nsubj
11 said say VERB VBD 0 root
12 . . PUNCT . 11 punct
)",
                          {{"Minsk", "BLRGOV"}, {"minister", "LTUGOV"}});
  EXPECT_TRUE(sorted_summary(vaccine).empty());
}

TEST(CoderQuoteCriticism, AVerdictOnAnActorsActTargetsItsOwner) {
  // The Bolivian minister said Chile 's decision was a betrayal .
  Document owned = coded(R"(
1 The the DET DT 3 det
2 Bolivian Bolivian ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 Chile Chile PROPN NNP 7 nmod:poss
6 's 's PART POS 5 case
7 decision decision NOUN NN 10 nsubj
8 was be AUX VBD 10 cop
9 a a DET DT 10 det
10 betrayal betrayal NOUN NN 4 ccomp
11 . . PUNCT . 4 punct
)",
                         {{"minister", "BOLGOV"}, {"Chile", "CHL"}});
  EXPECT_EQ(sorted_summary(owned), (Strings{"BOLGOV>CHL:111:asserted"}));

  // A verdict on what no actor owns has no target: "the situation was a
  // disgrace".
  Document none = coded(R"(
1 The the DET DT 3 det
2 Bolivian Bolivian ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 the the DET DT 6 det
6 situation situation NOUN NN 9 nsubj
7 was be AUX VBD 9 cop
8 a a DET DT 9 det
9 disgrace disgrace NOUN NN 4 ccomp
10 . . PUNCT . 4 punct
)",
                        {{"minister", "BOLGOV"}});
  EXPECT_TRUE(sorted_summary(none).empty());

  // The Bolivian minister said Chile 's decision was not a betrayal .
  Document neg = coded(R"(
1 The the DET DT 3 det
2 Bolivian Bolivian ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 Chile Chile PROPN NNP 7 nmod:poss
6 's 's PART POS 5 case
7 decision decision NOUN NN 11 nsubj
8 was be AUX VBD 11 cop
9 not not PART RB 11 advmod
10 a a DET DT 11 det
11 betrayal betrayal NOUN NN 4 ccomp
12 . . PUNCT . 4 punct
)",
                       {{"minister", "BOLGOV"}, {"Chile", "CHL"}});
  EXPECT_TRUE(counted_summary(neg).empty()) << ::testing::PrintToString(sorted_summary(neg));
}

TEST(CoderQuoteCriticism, AConjoinedVerdictSharesTheCopulaAndItsSubject) {
  // The Bolivian minister said Chile 's policy was outdated and very bad
  // for the region .   ("outdated" has no pattern; "bad for" does.)
  Document d = coded(R"(
1 The the DET DT 3 det
2 Bolivian Bolivian ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 Chile Chile PROPN NNP 7 nmod:poss
6 's 's PART POS 5 case
7 policy policy NOUN NN 9 nsubj
8 was be AUX VBD 9 cop
9 outdated outdated ADJ JJ 4 ccomp
10 and and CCONJ CC 12 cc
11 very very ADV RB 12 advmod
12 bad bad ADJ JJ 9 conj
13 for for ADP IN 15 case
14 the the DET DT 15 det
15 region region NOUN NN 12 obl
16 . . PUNCT . 4 punct
)",
                     {{"minister", "BOLGOV"}, {"Chile", "CHL"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"BOLGOV>CHL:111:asserted"}));

  // "bad" alone is no verdict on anyone: "the harvest was late and bad".
  Document plain = coded(R"(
1 The the DET DT 3 det
2 Bolivian Bolivian ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 Chile Chile PROPN NNP 7 nmod:poss
6 's 's PART POS 5 case
7 harvest harvest NOUN NN 9 nsubj
8 was be AUX VBD 9 cop
9 late late ADJ JJ 4 ccomp
10 and and CCONJ CC 11 cc
11 bad bad ADJ JJ 9 conj
12 . . PUNCT . 4 punct
)",
                         {{"minister", "BOLGOV"}, {"Chile", "CHL"}});
  EXPECT_TRUE(sorted_summary(plain).empty());
}

TEST(CoderQuoteCriticism, AnOwnerOutsideAPartialQuoteOwnsTheQuotedSubject) {
  // The Bolivian minister said the newspaper 's " policy is harmful to
  // farmers . "   (the parser hangs the owner on the predicate)
  Document d = coded(R"(
1 The the DET DT 3 det
2 Bolivian Bolivian ADJ JJ 3 amod
3 minister minister NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 the the DET DT 6 det
6 newspaper newspaper NOUN NN 11 nmod:poss
7 's 's PART POS 6 case
8 " " PUNCT `` 11 punct
9 policy policy NOUN NN 11 nsubj
10 is be AUX VBZ 11 cop
11 harmful harmful ADJ JJ 4 ccomp
12 to to ADP IN 13 case
13 farmers farmer NOUN NNS 11 obl
14 . . PUNCT . 11 punct
15 " " PUNCT '' 11 punct
)",
                     {{"minister", "BOLGOV"}, {"newspaper", "CHLMED"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"BOLGOV>CHLMED:111:asserted"}));
}

TEST(CoderQuoteCriticism, BlameForAHarmfulActButNotForADuty) {
  // Ukrainian officials said Russia was responsible for the strike .
  Document blame = coded(R"(
1 Ukrainian Ukrainian ADJ JJ 2 amod
2 officials official NOUN NNS 3 nsubj
3 said say VERB VBD 0 root
4 Russia Russia PROPN NNP 6 nsubj
5 was be AUX VBD 6 cop
6 responsible responsible ADJ JJ 3 ccomp
7 for for ADP IN 9 case
8 the the DET DT 9 det
9 strike strike NOUN NN 6 obl
10 . . PUNCT . 3 punct
)",
                         {{"officials", "UKRGOV"}, {"Russia", "RUS"}});
  EXPECT_EQ(sorted_summary(blame), (Strings{"UKRGOV>RUS:112:asserted"}));

  // Georgian officials said Russian troops were responsible for the
  // security of the region .
  Document duty = coded(R"(
1 Georgian Georgian ADJ JJ 2 amod
2 officials official NOUN NNS 3 nsubj
3 said say VERB VBD 0 root
4 Russian Russian ADJ JJ 5 amod
5 troops troop NOUN NNS 7 nsubj
6 were be AUX VBD 7 cop
7 responsible responsible ADJ JJ 3 ccomp
8 for for ADP IN 10 case
9 the the DET DT 10 det
10 security security NOUN NN 7 obl
11 of of ADP IN 13 case
12 the the DET DT 13 det
13 region region NOUN NN 10 nmod
14 . . PUNCT . 3 punct
)",
                        {{"officials", "GEOGOV"}, {"Russian troops", "RUSMIL"}});
  EXPECT_TRUE(sorted_summary(duty).empty());

  // The Latvian ministry said Minsk was behind the cyberattack .
  Document behind = coded(R"(
1 The the DET DT 3 det
2 Latvian Latvian ADJ JJ 3 amod
3 ministry ministry NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 Minsk Minsk PROPN NNP 9 nsubj
6 was be AUX VBD 9 cop
7 behind behind ADP IN 9 case
8 the the DET DT 9 det
9 cyberattack cyberattack NOUN NN 4 ccomp
10 . . PUNCT . 4 punct
)",
                          {{"ministry", "LVAGOV"}, {"Minsk", "BLRGOV"}});
  EXPECT_EQ(sorted_summary(behind), (Strings{"LVAGOV>BLRGOV:112:asserted"}));

  // Without a speaker nobody blames: "Minsk was behind the cyberattack."
  Document bare = coded(R"(
1 Minsk Minsk PROPN NNP 5 nsubj
2 was be AUX VBD 5 cop
3 behind behind ADP IN 5 case
4 the the DET DT 5 det
5 cyberattack cyberattack NOUN NN 0 root
6 . . PUNCT . 5 punct
)",
                        {{"Minsk", "BLRGOV"}});
  EXPECT_TRUE(sorted_summary(bare).empty());
}

TEST(CoderQuoteCriticism, ANounAfterAnAdjectiveKeepsItsOwnEvent) {
  // Lawmakers are angry with Ankara and a Turkish offensive against the
  // militia .   ("offensive" is an event noun, not a second verdict)
  Document d = coded(R"(
1 Lawmakers lawmaker NOUN NNS 3 nsubj
2 are be AUX VBP 3 cop
3 angry angry ADJ JJ 0 root
4 with with ADP IN 5 case
5 Ankara Ankara PROPN NNP 3 obl
6 and and CCONJ CC 9 cc
7 a a DET DT 9 det
8 Turkish Turkish ADJ JJ 9 amod
9 offensive offensive NOUN NN 3 conj
10 against against ADP IN 12 case
11 the the DET DT 12 det
12 militia militia NOUN NN 9 nmod
13 . . PUNCT . 3 punct
)",
                     {{"Lawmakers", "USALEG"}, {"Ankara", "TURGOV"}, {"Turkish", "TUR"}, {"militia", "SYRREB"}});
  const Strings s = sorted_summary(d);
  EXPECT_NE(std::find(s.begin(), s.end(), "TUR>SYRREB:190:asserted"), s.end()) << ::testing::PrintToString(s);
}

TEST(CoderQuoteCriticism, AVerdictEpithetOnAPolityInReportedWords) {
  // The opposition party says the illegitimate government is seizing its
  // offices .
  const char* rows = R"(
1 The the DET DT 3 det
2 opposition opposition NOUN NN 3 compound
3 party party NOUN NN 4 nsubj
4 says say VERB VBZ 0 root
5 the the DET DT 7 det
6 illegitimate illegitimate ADJ JJ 7 amod
7 government government NOUN NN 9 nsubj
8 is be AUX VBZ 9 aux
9 seizing seize VERB VBG 4 ccomp
10 its its PRON PRP$ 11 nmod:poss
11 offices office NOUN NNS 9 obj
12 . . PUNCT . 4 punct
)";
  Document said = coded(rows, {{"opposition party", "PERPTYOPP"}, {"government", "PERGOV"}});
  const Strings s = counted_summary(said);
  EXPECT_NE(std::find(s.begin(), s.end(), "PERPTYOPP>PERGOV:111:asserted"), s.end()) << ::testing::PrintToString(s);

  // The reporter's own words carry no verdict: "The illegitimate
  // government is seizing offices."
  Document bare = coded(R"(
1 The the DET DT 3 det
2 illegitimate illegitimate ADJ JJ 3 amod
3 government government NOUN NN 5 nsubj
4 is be AUX VBZ 5 aux
5 seizing seize VERB VBG 0 root
6 offices office NOUN NNS 5 obj
7 . . PUNCT . 5 punct
)",
                        {{"government", "PERGOV"}});
  for (const std::string& e : sorted_summary(bare)) EXPECT_EQ(e.find(":111:"), std::string::npos) << e;

  // Only a polity is judged by its epithet: "illegal migrants are arriving,"
  // the minister said.
  Document people = coded(R"(
1 " " PUNCT `` 4 punct
2 Illegal illegal ADJ JJ 3 amod
3 migrants migrant NOUN NNS 5 nsubj
4 are be AUX VBP 5 aux
5 arriving arrive VERB VBG 12 ccomp
6 , , PUNCT , 5 punct
7 " " PUNCT '' 5 punct
8 the the DET DT 11 det
9 Italian Italian ADJ JJ 11 amod
10 interior interior NOUN NN 11 compound
11 minister minister NOUN NN 12 nsubj
12 said say VERB VBD 0 root
13 . . PUNCT . 12 punct
)",
                          {{"Illegal migrants", "REF"}, {"minister", "ITAGOV"}});
  EXPECT_TRUE(sorted_summary(people).empty()) << ::testing::PrintToString(sorted_summary(people));
}

}  // namespace
}  // namespace dyad
