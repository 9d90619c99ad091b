// The coder on coercive acts named by nouns (sanctions, bans, controls,
// measures, bills): who owns them, whom they hit, and their modality
// (threatened or pending sanctions are threats, 1312; a noun that only
// modifies another noun, "sanctions relief", is no act). Sentences are
// invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;  // parse_rows, add_mention, coded, sorted_summary, Strings

// A legislature mention: the role the actor stage gives "the Senate".
int add_legislature(Document& d, const std::string& words, const std::string& code) {
  const int m = add_mention(d, words, code);
  d.mentions[m].actor.sectors = {"LEG"};
  if (code.size() == 3) d.mentions[m].actor.country.clear();
  return m;
}

TEST(CoderNominalCoercion, ThreatenedSanctionsAreAThreat) {
  // Quito 's threatened sanctions against Lima rattled investors .
  Document d = coded(R"(
1 Quito Quito PROPN NNP 4 nmod:poss
2 's 's PART POS 1 case
3 threatened threatened ADJ JJ 4 amod
4 sanctions sanction NOUN NNS 7 nsubj
5 against against ADP IN 6 case
6 Lima Lima PROPN NNP 4 nmod
7 rattled rattle VERB VBD 0 root
8 investors investor NOUN NNS 7 obj
9 . . PUNCT . 7 punct
)",
                     {{"Quito", "ECU"}, {"Lima", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"ECU>PER:1312:asserted"}));
}

TEST(CoderNominalCoercion, ThreatenedVisitIsNoEvent) {
  // Quito 's threatened visit to Lima was cancelled .
  Document d = coded(R"(
1 Quito Quito PROPN NNP 4 nmod:poss
2 's 's PART POS 1 case
3 threatened threatened ADJ JJ 4 amod
4 visit visit NOUN NN 8 nsubj:pass
5 to to ADP IN 6 case
6 Lima Lima PROPN NNP 4 nmod
7 was be AUX VBD 8 aux:pass
8 cancelled cancel VERB VBN 0 root
9 . . PUNCT . 8 punct
)",
                     {{"Quito", "ECU"}, {"Lima", "PER"}});
  for (const std::string& s : sorted_summary(d)) EXPECT_EQ(s.find(":042:"), std::string::npos) << s;
  for (const std::string& s : sorted_summary(d)) EXPECT_EQ(s.find(":036:"), std::string::npos) << s;
}

TEST(CoderNominalCoercion, SanctionsPendingInALegislature) {
  // Broad new sanctions against Lima are pending in the Ecuadorian Senate .
  Document d = parse_rows(R"(
1 Broad broad ADJ JJ 3 amod
2 new new ADJ JJ 3 amod
3 sanctions sanction NOUN NNS 7 nsubj
4 against against ADP IN 5 case
5 Lima Lima PROPN NNP 3 nmod
6 are be AUX VBP 7 aux
7 pending pend VERB VBG 0 root
8 in in ADP IN 11 case
9 the the DET DT 11 det
10 Ecuadorian Ecuadorian ADJ JJ 11 amod
11 Senate Senate PROPN NNP 7 obl
12 . . PUNCT . 7 punct
)");
  add_mention(d, "Lima", "PER");
  add_legislature(d, "Ecuadorian Senate", "ECULEG");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"ECULEG>PER:1312:intended"}));
}

TEST(CoderNominalCoercion, SanctionsBillsPendingInCongress) {
  // Two sanctions bills proposing harsh penalties against Lima are pending in Congress .
  Document d = parse_rows(R"(
1 Two two NUM CD 3 nummod
2 sanctions sanction NOUN NNS 3 compound
3 bills bill NOUN NNS 11 nsubj
4 proposing propose VERB VBG 3 acl
5 harsh harsh ADJ JJ 6 amod
6 penalties penalty NOUN NNS 4 obj
7 against against ADP IN 8 case
8 Lima Lima PROPN NNP 6 nmod
9 are be AUX VBP 11 cop
10 still still ADV RB 11 advmod
11 pending pending ADJ JJ 0 root
12 in in ADP IN 13 case
13 Congress Congress PROPN NNP 11 obl
14 . . PUNCT . 11 punct
)");
  add_mention(d, "Lima", "PER");
  add_legislature(d, "Congress", "ECULEG");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"ECULEG>PER:1312:intended"}));
}

TEST(CoderNominalCoercion, SenatePassedASanctionsBill) {
  // The Senate passed a sanctions bill against Lima .
  Document d = parse_rows(R"(
1 The the DET DT 2 det
2 Senate Senate PROPN NNP 3 nsubj
3 passed pass VERB VBD 0 root
4 a a DET DT 6 det
5 sanctions sanction NOUN NNS 6 compound
6 bill bill NOUN NN 3 obj
7 against against ADP IN 8 case
8 Lima Lima PROPN NNP 6 nmod
9 . . PUNCT . 3 punct
)");
  add_legislature(d, "Senate", "ECULEG");
  add_mention(d, "Lima", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"ECULEG>PER:1312:asserted"}));
}

TEST(CoderNominalCoercion, ThreatsDefiedAreAimedAtTheSubject) {
  // Lima bought the jets despite threats of Quito sanctions .
  Document d = coded(R"(
1 Lima Lima PROPN NNP 2 nsubj
2 bought buy VERB VBD 0 root
3 the the DET DT 4 det
4 jets jet NOUN NNS 2 obj
5 despite despite ADP IN 6 case
6 threats threat NOUN NNS 2 obl
7 of of ADP IN 9 case
8 Quito Quito PROPN NNP 9 compound
9 sanctions sanction NOUN NNS 6 nmod
10 . . PUNCT . 2 punct
)",
                     {{"Lima", "PER"}, {"Quito", "ECU"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"ECU>PER:1312:asserted"}));
}

TEST(CoderNominalCoercion, SanctionsDefiedAreNoThreat) {
  // Lima bought the jets despite Quito sanctions .  (no "threat": no 13x guess)
  Document d = coded(R"(
1 Lima Lima PROPN NNP 2 nsubj
2 bought buy VERB VBD 0 root
3 the the DET DT 4 det
4 jets jet NOUN NNS 2 obj
5 despite despite ADP IN 7 case
6 Quito Quito PROPN NNP 7 compound
7 sanctions sanction NOUN NNS 2 obl
8 . . PUNCT . 2 punct
)",
                     {{"Lima", "PER"}, {"Quito", "ECU"}});
  EXPECT_TRUE(d.events.empty()) << sorted_summary(d).size();
}

TEST(CoderNominalCoercion, SanctionsTargetingAnActorAreNoAttack) {
  // Quito 's sanctions targeting Lima 's banks took effect .
  Document d = coded(R"(
1 Quito Quito PROPN NNP 3 nmod:poss
2 's 's PART POS 1 case
3 sanctions sanction NOUN NNS 8 nsubj
4 targeting target VERB VBG 3 acl
5 Lima Lima PROPN NNP 7 nmod:poss
6 's 's PART POS 5 case
7 banks bank NOUN NNS 4 obj
8 took take VERB VBD 0 root
9 effect effect NOUN NN 8 obj
10 . . PUNCT . 8 punct
)",
                     {{"Quito", "ECU"}, {"Lima", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"ECU>PER:163:asserted"}));
}

TEST(CoderNominalCoercion, PunitiveMeasuresAreSanctions) {
  // He pointed to Quito 's punitive measures against Lima .
  Document d = coded(R"(
1 He he PRON PRP 2 nsubj
2 pointed point VERB VBD 0 root
3 to to ADP IN 7 case
4 Quito Quito PROPN NNP 7 nmod:poss
5 's 's PART POS 4 case
6 punitive punitive ADJ JJ 7 amod
7 measures measure NOUN NNS 2 obl
8 against against ADP IN 9 case
9 Lima Lima PROPN NNP 7 nmod
10 . . PUNCT . 2 punct
)",
                     {{"Quito", "ECU"}, {"Lima", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"ECU>PER:163:asserted"}));
}

TEST(CoderNominalCoercion, ImpositionOfSanctions) {
  // Quito 's imposition of tariffs on Lima angered farmers .
  Document d = coded(R"(
1 Quito Quito PROPN NNP 3 nmod:poss
2 's 's PART POS 1 case
3 imposition imposition NOUN NN 8 nsubj
4 of of ADP IN 5 case
5 tariffs tariff NOUN NNS 3 nmod
6 on on ADP IN 7 case
7 Lima Lima PROPN NNP 3 nmod
8 angered anger VERB VBD 0 root
9 farmers farmer NOUN NNS 8 obj
10 . . PUNCT . 8 punct
)",
                     {{"Quito", "ECU"}, {"Lima", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"ECU>PER:163:asserted"}));
}

TEST(CoderNominalCoercion, ExportControlsAreSanctions) {
  // Quito 's export controls on Peruvian firms have tightened .
  Document d = coded(R"(
1 Quito Quito PROPN NNP 4 nmod:poss
2 's 's PART POS 1 case
3 export export NOUN NN 4 compound
4 controls control NOUN NNS 9 nsubj
5 on on ADP IN 7 case
6 Peruvian Peruvian ADJ JJ 7 amod
7 firms firm NOUN NNS 4 nmod
8 have have AUX VBP 9 aux
9 tightened tighten VERB VBN 0 root
10 . . PUNCT . 9 punct
)",
                     {{"Quito", "ECU"}, {"Peruvian", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"ECU>PER:163:asserted"}));
  // Quito 's control on the town is firm .  (territory, no sanction)
  Document e = coded(R"(
1 Quito Quito PROPN NNP 3 nmod:poss
2 's 's PART POS 1 case
3 control control NOUN NN 8 nsubj
4 on on ADP IN 6 case
5 the the DET DT 6 det
6 town town NOUN NN 3 nmod
7 is be AUX VBZ 8 cop
8 firm firm ADJ JJ 0 root
9 . . PUNCT . 8 punct
)",
                     {{"Quito", "ECU"}});
  EXPECT_TRUE(e.events.empty());
}

TEST(CoderNominalCoercion, SanctionsPackageIsSanctionsNotABill) {
  // Brussels 's new sanctions package against Lima hit its banks .
  Document d = coded(R"(
1 Brussels Brussels PROPN NNP 5 nmod:poss
2 's 's PART POS 1 case
3 new new ADJ JJ 5 amod
4 sanctions sanction NOUN NNS 5 compound
5 package package NOUN NN 9 nsubj
6 against against ADP IN 7 case
7 Lima Lima PROPN NNP 5 nmod
8 quickly quickly ADV RB 9 advmod
9 hit hit VERB VBD 0 root
10 banks bank NOUN NNS 9 obj
11 . . PUNCT . 9 punct
)",
                     {{"Brussels", "IGOEUREEC"}, {"Lima", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"IGOEUREEC>PER:163:asserted"}));
}

TEST(CoderNominalCoercion, BareNounUnderAPossibleClauseIsHypothetical) {
  // Quito sanctions on Lima would hurt farmers .
  const std::string rows = R"(
1 DET DET DET DT 3 det
2 Quito Quito PROPN NNP 3 compound
3 sanctions sanction NOUN NNS 8 nsubj
4 on on ADP IN 5 case
5 Lima Lima PROPN NNP 3 nmod
6 would would AUX MD 8 aux
7 badly badly ADV RB 8 advmod
8 hurt hurt VERB VB 0 root
9 farmers farmer NOUN NNS 8 obj
10 . . PUNCT . 8 punct
)";
  // Without an article the sanctions are only possible; "the Quito
  // sanctions" are there (the clause's "would" is about their effect).
  std::string bare = rows;
  bare.replace(bare.find("1 DET DET DET DT 3 det"), 22, "1 Now now ADV RB 8 advmod");
  Document d = coded(bare, {{"Quito", "ECU"}, {"Lima", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"ECU>PER:163:hypothetical"}));
  std::string with_det = rows;
  with_det.replace(with_det.find("1 DET DET DET DT 3 det"), 22, "1 The the DET DT 3 det");
  Document e = coded(with_det, {{"Quito", "ECU"}, {"Lima", "PER"}});
  EXPECT_EQ(sorted_summary(e), (Strings{"ECU>PER:163:asserted"}));
}

TEST(CoderNominalCoercion, ModifyingNounIsNoAct) {
  // Quito sanctions relief for Lima is under discussion .
  // The parser hangs the owner on the modifying noun.
  Document d = coded(R"(
1 Quito Quito PROPN NNP 2 compound
2 sanctions sanction NOUN NNS 3 compound
3 relief relief NOUN NN 8 nsubj
4 for for ADP IN 5 case
5 Lima Lima PROPN NNP 3 nmod
6 is be AUX VBZ 8 cop
7 under under ADP IN 8 case
8 discussion discussion NOUN NN 0 root
9 . . PUNCT . 8 punct
)",
                     {{"Quito", "ECU"}, {"Lima", "PER"}});
  EXPECT_TRUE(d.events.empty()) << sorted_summary(d).size();
  // Quito sanctions debate on Lima continues .
  Document e = coded(R"(
1 Quito Quito PROPN NNP 2 compound
2 sanctions sanction NOUN NNS 3 compound
3 debate debate NOUN NN 6 nsubj
4 on on ADP IN 5 case
5 Lima Lima PROPN NNP 2 nmod
6 continues continue VERB VBZ 0 root
7 . . PUNCT . 6 punct
)",
                     {{"Quito", "ECU"}, {"Lima", "PER"}});
  EXPECT_TRUE(e.events.empty()) << sorted_summary(e).size();
}

}  // namespace
}  // namespace dyad
