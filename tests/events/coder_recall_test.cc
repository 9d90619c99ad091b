// Recall rules of the coder: a pronoun subject under a speech verb is its
// speaker; a purpose clause on an object that names no actor is done by the
// clause's subject; coordinated owners of one head noun are separate actors;
// a purpose under a negated act is negated. Trees are hand-written;
// sentences are invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;

TEST(CoderRecall, PronounUnderSpeechVerbIsTheSpeaker) {
  // The Chilean army said it shelled rebels and later attacked Peru .
  Document d = parse_rows(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 army army NOUN NN 4 nsubj
4 said say VERB VBD 0 root
5 it it PRON PRP 6 nsubj
6 shelled shell VERB VBD 4 ccomp
7 rebels rebel NOUN NNS 6 obj
8 and and CCONJ CC 10 cc
9 later later ADV RBR 10 advmod
10 attacked attack VERB VBD 6 conj
11 Peru Peru PROPN NNP 10 obj
12 . . PUNCT . 4 punct
)");
  add_mention(d, "The Chilean army", "CHLMIL");
  add_mention(d, "rebels", "CHLREB");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLMIL>CHLREB:194:asserted", "CHLMIL>PER:190:asserted"}));
}

TEST(CoderRecall, PronounUnderNonSpeechVerbStaysUnresolved) {
  // Chile feared they attacked Peru .   ("they" is not Chile)
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 feared fear VERB VBD 0 root
3 they they PRON PRP 4 nsubj
4 attacked attack VERB VBD 2 ccomp
5 Peru Peru PROPN NNP 4 obj
6 . . PUNCT . 2 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  for (const std::string& s : sorted_summary(d)) EXPECT_EQ(s.find("CHL>PER:190"), std::string::npos) << s;
}

TEST(CoderRecall, PurposeClauseOnPlainObjectIsTheSubjects) {
  // Kenya launched an operation to flush out rebels .
  Document d = parse_rows(R"(
1 Kenya Kenya PROPN NNP 2 nsubj
2 launched launch VERB VBD 0 root
3 an a DET DT 4 det
4 operation operation NOUN NN 2 obj
5 to to PART TO 6 mark
6 flush flush VERB VB 4 acl
7 out out ADP RP 6 compound:prt
8 rebels rebel NOUN NNS 6 obj
9 . . PUNCT . 2 punct
)");
  add_mention(d, "Kenya", "KEN");
  add_mention(d, "rebels", "SOMREB");
  shipped_stage().run(d);
  // The flushing is the purpose of the launch: intended, coded as intent.
  bool found = false;
  for (const Event& e : d.events)
    if (d.mentions[e.source].actor.code == "KEN" && e.target >= 0 && d.mentions[e.target].actor.code == "SOMREB")
      found = true;
  EXPECT_TRUE(found) << ::testing::PrintToString(sorted_summary(d));
}

TEST(CoderRecall, CoordinatedOwnersAreSeparateActors) {
  // Russian and Korean leaders signed a treaty .
  Document d = parse_rows(R"(
1 Russian Russian ADJ JJ 4 amod
2 and and CCONJ CC 3 cc
3 Korean Korean ADJ JJ 1 conj
4 leaders leader NOUN NNS 5 nsubj
5 signed sign VERB VBD 0 root
6 a a DET DT 7 det
7 treaty treaty NOUN NN 5 obj
8 . . PUNCT . 5 punct
)");
  add_mention(d, "Russian", "RUSGOV");
  add_mention(d, "Korean leaders", "PRKGOV");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"PRKGOV>RUSGOV:057:asserted", "RUSGOV>PRKGOV:057:asserted"}));
}

TEST(CoderRecall, PrepositionOnFirstWordAndOwnersInsideModifier) {
  // Iran praised the withdrawal of U.S. and French troops .
  // ("of" hung on the first word of the phrase, as the parser often does)
  Document d = parse_rows(R"(
1 Iran Iran PROPN NNP 2 nsubj
2 praised praise VERB VBD 0 root
3 the the DET DT 4 det
4 withdrawal withdrawal NOUN NN 2 obj
5 of of ADP IN 6 case
6 U.S. U.S. PROPN NNP 9 compound
7 and and CCONJ CC 8 cc
8 French French ADJ JJ 6 conj
9 troops troop NOUN NNS 4 nmod
10 . . PUNCT . 2 punct
)");
  add_mention(d, "Iran", "IRN");
  add_mention(d, "U.S.", "USA");
  add_mention(d, "French troops", "FRAMIL");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"IRN>FRAMIL:051:asserted", "IRN>USA:051:asserted"}));
}

TEST(CoderRecall, BareOblNamingAnActorIsAnotherObject) {
  // Oslo met Cairo and President Ana Ruiz Monday .
  // (the parser split the object: "Ana" a bare obl; "Monday" a time word)
  Document d = parse_rows(R"(
1 Oslo Oslo PROPN NNP 2 nsubj
2 met meet VERB VBD 0 root
3 Cairo Cairo PROPN NNP 2 obj
4 and and CCONJ CC 6 cc
5 President President PROPN NNP 6 compound
6 Ana Ana PROPN NNP 2 obl
7 Ruiz Ruiz PROPN NNP 6 flat
8 Monday Monday PROPN NNP 2 obl
9 . . PUNCT . 2 punct
)");
  add_mention(d, "Oslo", "NOR");
  add_mention(d, "Cairo", "EGY");
  add_mention(d, "President Ana Ruiz", "PERGOV");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"NOR>EGY:040:asserted", "NOR>PERGOV:040:asserted"}));
}

TEST(CoderRecall, PurposeUnderNegatedActIsNegated) {
  // Iran did not send troops to attack Iraq .
  Document d = parse_rows(R"(
1 Iran Iran PROPN NNP 4 nsubj
2 did do AUX VBD 4 aux
3 not not PART RB 4 advmod
4 send send VERB VB 0 root
5 troops troop NOUN NNS 4 obj
6 to to PART TO 7 mark
7 attack attack VERB VB 4 advcl
8 Iraq Iraq PROPN NNP 7 obj
9 . . PUNCT . 4 punct
)");
  add_mention(d, "Iran", "IRN");
  add_mention(d, "Iraq", "IRQ");
  shipped_stage().run(d);
  for (const Event& e : d.events)
    if (e.cameo.rfind("19", 0) == 0 || e.cameo.rfind("138", 0) == 0)
      EXPECT_EQ(e.modality, Modality::kNegated) << e.cameo;
}

TEST(CoderRecall, QuotedSecondComplementIsNotAPhoneCall) {
  // Oslo called Cairo " one of the worst " .
  Document d = parse_rows(R"(
1 Oslo Oslo PROPN NNP 2 nsubj
2 called call VERB VBD 0 root
3 Cairo Cairo PROPN NNP 2 obj
4 " " PUNCT `` 5 punct
5 one one NUM CD 3 appos
6 of of ADP IN 8 case
7 the the DET DT 8 det
8 worst bad ADJ JJS 5 nmod
9 " " PUNCT '' 5 punct
10 . . PUNCT . 2 punct
)");
  add_mention(d, "Oslo", "NOR");
  add_mention(d, "Cairo", "EGY");
  shipped_stage().run(d);
  for (const std::string& s : sorted_summary(d)) EXPECT_EQ(s.find(":041:"), std::string::npos) << s;
}

}  // namespace
}  // namespace dyad
