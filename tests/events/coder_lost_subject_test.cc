// When the parser loses a clause's own subject, the coder must not borrow the
// main clause's subject for it: a finite verb under advcl, or a verb attached
// as conj with no "and" and no comma, is a misparse, not shared-subject
// coordination. Trees are written as a greedy parser typically gets them
// wrong; sentences are invented.
#include <gtest/gtest.h>

#include <algorithm>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;  // parse_rows, add_mention, shipped_stage, sorted_summary, Strings

TEST(CoderLostSubject, FiniteAdverbialClauseDoesNotInheritSubject) {
  // Oslo hosted Tehran after the ministers condemned Cairo .
  // (parser attached "after the ministers" to the main verb and lost nsubj)
  Document d = parse_rows(R"(
1 Oslo Oslo PROPN NNP 2 nsubj
2 hosted host VERB VBD 0 root
3 Tehran Tehran PROPN NNP 2 obj
4 after after ADP IN 6 case
5 the the DET DT 6 det
6 ministers minister NOUN NNS 2 obl
7 condemned condemn VERB VBD 2 advcl
8 Cairo Cairo PROPN NNP 7 obj
9 . . PUNCT . 2 punct
)");
  add_mention(d, "Oslo", "NOR");
  add_mention(d, "Tehran", "IRN");
  add_mention(d, "Cairo", "EGY");
  shipped_stage().run(d);
  for (const std::string& s : sorted_summary(d)) EXPECT_EQ(s.find("NOR>EGY"), std::string::npos) << s;
}

TEST(CoderLostSubject, NonFiniteAdverbialClauseInherits) {
  // Oslo left after condemning Cairo .
  Document d = parse_rows(R"(
1 Oslo Oslo PROPN NNP 2 nsubj
2 left leave VERB VBD 0 root
3 after after SCONJ IN 4 mark
4 condemning condemn VERB VBG 2 advcl
5 Cairo Cairo PROPN NNP 4 obj
6 . . PUNCT . 2 punct
)");
  add_mention(d, "Oslo", "NOR");
  add_mention(d, "Cairo", "EGY");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"NOR>EGY:111:asserted"}));
}

TEST(CoderLostSubject, BareConjDoesNotInheritButCoordinatedDoes) {
  // Oslo met Tehran in Geneva after the envoys condemned Cairo .   (misparse: conj)
  Document bare = parse_rows(R"(
1 Oslo Oslo PROPN NNP 2 nsubj
2 met meet VERB VBD 0 root
3 Tehran Tehran PROPN NNP 2 obj
4 in in ADP IN 5 case
5 Geneva Geneva PROPN NNP 2 obl
6 after after ADP IN 8 case
7 the the DET DT 8 det
8 envoys envoy NOUN NNS 5 nmod
9 condemned condemn VERB VBD 2 conj
10 Cairo Cairo PROPN NNP 9 obj
11 . . PUNCT . 2 punct
)");
  add_mention(bare, "Oslo", "NOR");
  add_mention(bare, "Tehran", "IRN");
  add_mention(bare, "Cairo", "EGY");
  shipped_stage().run(bare);
  for (const std::string& s : sorted_summary(bare)) EXPECT_EQ(s.find("NOR>EGY"), std::string::npos) << s;

  // Oslo met Tehran and condemned Cairo .
  Document coordinated = parse_rows(R"(
1 Oslo Oslo PROPN NNP 2 nsubj
2 met meet VERB VBD 0 root
3 Tehran Tehran PROPN NNP 2 obj
4 and and CCONJ CC 5 cc
5 condemned condemn VERB VBD 2 conj
6 Cairo Cairo PROPN NNP 5 obj
7 . . PUNCT . 2 punct
)");
  add_mention(coordinated, "Oslo", "NOR");
  add_mention(coordinated, "Tehran", "IRN");
  add_mention(coordinated, "Cairo", "EGY");
  shipped_stage().run(coordinated);
  auto got = sorted_summary(coordinated);
  EXPECT_NE(std::find(got.begin(), got.end(), "NOR>EGY:111:asserted"), got.end());
}

TEST(CoderLostSubject, MainClauseParsedAsReducedRelativeKeepsItsSubject) {
  // Freedonian troops attacked Ruritanian positions .
  // (tagged VBN after the plural subject; parsed as "troops [acl attacked ...]")
  Document d = parse_rows(R"(
1 Freedonian Freedonian ADJ JJ 2 amod
2 troops troop NOUN NNS 0 root
3 attacked attack VERB VBN 2 acl
4 Ruritanian Ruritanian ADJ JJ 5 amod
5 positions position NOUN NNS 3 obj
6 . . PUNCT . 2 punct
)");
  add_mention(d, "Freedonian troops", "FRDMIL");
  add_mention(d, "Ruritanian", "RUR");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"FRDMIL>RUR:190:asserted"}));
}

TEST(CoderLostSubject, RealReducedPassiveStillPassive) {
  // Ruritanian police attacked by Freedonian troops fled .
  Document d = parse_rows(R"(
1 Ruritanian Ruritanian ADJ JJ 2 amod
2 police police NOUN NNS 7 nsubj
3 attacked attack VERB VBN 2 acl
4 by by ADP IN 6 case
5 Freedonian Freedonian ADJ JJ 6 amod
6 troops troop NOUN NNS 3 obl:agent
7 fled flee VERB VBD 0 root
8 . . PUNCT . 7 punct
)");
  add_mention(d, "Ruritanian police", "RURCOP");
  add_mention(d, "Freedonian troops", "FRDMIL");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"FRDMIL>RURCOP:190:asserted"}));
}

}  // namespace
}  // namespace dyad
