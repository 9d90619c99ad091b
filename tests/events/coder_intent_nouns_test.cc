// Intentions named by a noun with an "of" gerund ("her intention of
// visiting X"), and announced relationship-building (build-ties, 032 by the
// intent table) against relationships described as they stand. Trees are
// hand-written; sentences are invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;

TEST(CoderIntentNouns, AnOfGerundOnAnIntentionNounIsTheOwnersIntent) {
  // Chile reaffirmed its intention of visiting Peru .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 reaffirmed reaffirm VERB VBD 0 root
3 its its PRON PRP$ 4 nmod:poss
4 intention intention NOUN NN 2 obj
5 of of SCONJ IN 6 mark
6 visiting visit VERB VBG 4 acl
7 Peru Peru PROPN NNP 6 obj
8 . . PUNCT . 2 punct
)", {{"Chile", "CHLGOV"}, {"Peru", "PER"}});
  EXPECT_EQ(counted_summary(a), (Strings{"CHLGOV>PER:036:intended"}));

  // Chile has a history of criticizing Peru . (No intention noun: not an
  // announced visit or criticism either way; the noun is no plan.)
  Document b = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 has have VERB VBZ 0 root
3 a a DET DT 4 det
4 history history NOUN NN 2 obj
5 of of SCONJ IN 6 mark
6 criticizing criticize VERB VBG 4 acl
7 Peru Peru PROPN NNP 6 obj
8 . . PUNCT . 2 punct
)", {{"Chile", "CHLGOV"}, {"Peru", "PER"}});
  for (const std::string& e : sorted_summary(b)) EXPECT_EQ(e.find(":intended"), std::string::npos) << e;
}

TEST(CoderIntentNouns, BuildingARelationshipCountsOnlyWhenAnnounced) {
  // Chile will build a partnership with Peru .
  Document a = coded(R"(
1 Chile Chile PROPN NNP 3 nsubj
2 will will AUX MD 3 aux
3 build build VERB VB 0 root
4 a a DET DT 5 det
5 partnership partnership NOUN NN 3 obj
6 with with ADP IN 7 case
7 Peru Peru PROPN NNP 5 nmod
8 . . PUNCT . 3 punct
)", {{"Chile", "CHLGOV"}, {"Peru", "PER"}});
  EXPECT_EQ(counted_summary(a), (Strings{"CHLGOV>PER:032:intended"}));

  // Chile has developed a good relationship with Peru . (How the two get
  // on, no event.)
  Document b = coded(R"(
1 Chile Chile PROPN NNP 3 nsubj
2 has have AUX VBZ 3 aux
3 developed develop VERB VBN 0 root
4 a a DET DT 6 det
5 good good ADJ JJ 6 amod
6 relationship relationship NOUN NN 3 obj
7 with with ADP IN 8 case
8 Peru Peru PROPN NNP 6 nmod
9 . . PUNCT . 3 punct
)", {{"Chile", "CHLGOV"}, {"Peru", "PER"}});
  EXPECT_TRUE(counted_summary(b).empty()) << ::testing::PrintToString(sorted_summary(b));
}

}  // namespace
}  // namespace dyad
