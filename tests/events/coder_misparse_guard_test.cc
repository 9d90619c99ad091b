// Three misparses of news clauses that the coder must read through: an
// "according to X" source coordinated with the real participants, a relative
// clause with its own subject attached as a participle ("acl"), and a main
// verb hung on the predicate of the subject's relative clause. Trees are
// written as a greedy parser gets them wrong; sentences are invented.
#include <gtest/gtest.h>

#include <algorithm>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;  // parse_rows, add_mention, shipped_stage, sorted_summary, Strings

TEST(CoderMisparseGuard, AccordingToSourceIsNotAnotherParticipant) {
  // Oslo condemned Cairo and Tehran , according to Reuters .
  // (parser: "Reuters" as a conjunct of "Cairo", with its own case words)
  Document d = parse_rows(R"(
1 Oslo Oslo PROPN NNP 2 nsubj
2 condemned condemn VERB VBD 0 root
3 Cairo Cairo PROPN NNP 2 obj
4 and and CCONJ CC 5 cc
5 Tehran Tehran PROPN NNP 3 conj
6 , , PUNCT , 9 punct
7 according accord VERB VBG 9 case
8 to to ADP IN 7 fixed
9 Reuters Reuters PROPN NNP 3 conj
10 . . PUNCT . 2 punct
)");
  add_mention(d, "Oslo", "NOR");
  add_mention(d, "Cairo", "EGY");
  add_mention(d, "Tehran", "IRN");
  add_mention(d, "Reuters", "GBRMED");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"NOR>EGY:111:asserted", "NOR>IRN:111:asserted"}));
}

TEST(CoderMisparseGuard, ParticipleWithItsOwnSubjectIsAClause) {
  // Fighting spread to the valley , where police clashed with rebels .
  // ("clashed" read as VBN and hung on "valley" as acl; it has a subject, so
  // it is a relative clause, not "the valley [was] clashed")
  Document d = parse_rows(R"(
1 Fighting fighting NOUN NN 2 nsubj
2 spread spread VERB VBD 0 root
3 to to ADP IN 5 case
4 the the DET DT 5 det
5 valley valley NOUN NN 2 obl
6 , , PUNCT , 9 punct
7 where where ADV WRB 9 advmod
8 police police NOUN NNS 9 nsubj
9 clashed clash VERB VBN 5 acl
10 with with ADP IN 11 case
11 rebels rebel NOUN NNS 9 obl
12 . . PUNCT . 2 punct
)");
  add_mention(d, "police", "COP");
  add_mention(d, "rebels", "REB");
  shipped_stage().run(d);
  const Strings got = sorted_summary(d);
  EXPECT_NE(std::find(got.begin(), got.end(), "COP>REB:190:asserted"), got.end());
}

TEST(CoderMisparseGuard, MainVerbOnTheSubjectsRelativeClauseTakesTheRootSubject) {
  // Oslo , which has long been Cairo 's partner , condemned Tehran .
  // (parser: "Oslo" as root, "condemned" (VBN) an acl of "partner")
  Document d = parse_rows(R"(
1 Oslo Oslo PROPN NNP 0 root
2 , , PUNCT , 8 punct
3 which which PRON WDT 8 nsubj
4 has have AUX VBZ 8 aux
5 long long ADV RB 8 advmod
6 been be AUX VBN 8 cop
7 Cairo Cairo PROPN NNP 8 nmod:poss
8 partner partner NOUN NN 1 acl:relcl
9 , , PUNCT , 10 punct
10 condemned condemn VERB VBN 8 acl
11 Tehran Tehran PROPN NNP 10 obj
12 . . PUNCT . 1 punct
)");
  add_mention(d, "Oslo", "NOR");
  add_mention(d, "Cairo", "EGY");
  add_mention(d, "Tehran", "IRN");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"NOR>IRN:111:asserted"}));
}

}  // namespace
}  // namespace dyad
