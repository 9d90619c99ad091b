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

}  // namespace
}  // namespace dyad
