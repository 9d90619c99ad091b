// Modality that comes from sentence form rather than auxiliaries: questions,
// headline infinitives, "due/set to". Gold trees; invented sentences.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;  // parse_rows, add_mention, shipped_stage, sorted_summary, Strings

TEST(CoderModality, QuestionAssertsNothing) {
  // Did Oslo condemn Cairo ?
  Document d = parse_rows(R"(
1 Did do AUX VBD 3 aux
2 Oslo Oslo PROPN NNP 3 nsubj
3 condemn condemn VERB VB 0 root
4 Cairo Cairo PROPN NNP 3 obj
5 ? ? PUNCT . 3 punct
)");
  add_mention(d, "Oslo", "NOR");
  add_mention(d, "Cairo", "EGY");
  shipped_stage().run(d);
  EXPECT_EQ(sorted_summary(d), (Strings{"NOR>EGY:111:hypothetical"}));
}

TEST(CoderModality, HeadlineInfinitiveIsIntent) {
  // Norwegian premier to visit Cairo   (parsed with the noun as root)
  Document d = parse_rows(R"(
1 Norwegian Norwegian ADJ JJ 2 amod
2 premier premier NOUN NN 0 root
3 to to PART TO 4 mark
4 visit visit VERB VB 2 acl
5 Cairo Cairo PROPN NNP 4 obj
)");
  add_mention(d, "Norwegian premier", "NORGOV");
  add_mention(d, "Cairo", "EGY");
  shipped_stage().run(d);
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].modality, Modality::kIntended);
  EXPECT_EQ(d.events[0].root, "03");  // an announced visit is an intent to meet
}

TEST(CoderModality, DueToIsIntent) {
  // Oslo is due to meet Cairo .
  Document d = parse_rows(R"(
1 Oslo Oslo PROPN NNP 3 nsubj
2 is be AUX VBZ 3 cop
3 due due ADJ JJ 0 root
4 to to PART TO 5 mark
5 meet meet VERB VB 3 xcomp
6 Cairo Cairo PROPN NNP 5 obj
7 . . PUNCT . 3 punct
)");
  add_mention(d, "Oslo", "NOR");
  add_mention(d, "Cairo", "EGY");
  shipped_stage().run(d);
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].modality, Modality::kIntended);
  EXPECT_EQ(d.events[0].root, "03");
}

// "Neither X nor Y condemned Z", "None of the allies criticized Z", "X
// neither condemned nor praised Z": negated, never asserted.
TEST(CoderModality, NeitherNorAndNoneNegate) {
  Document both = evtest::parse_rows(R"(
1 Neither neither DET DT 2 det
2 Chile Chile PROPN NNP 5 nsubj
3 nor nor CCONJ CC 4 cc
4 Peru Peru PROPN NNP 2 conj
5 condemned condemn VERB VBD 0 root
6 Bolivia Bolivia PROPN NNP 5 obj
7 . . PUNCT . 5 punct
)");
  evtest::add_mention(both, "Chile", "CHL");
  evtest::add_mention(both, "Peru", "PER");
  evtest::add_mention(both, "Bolivia", "BOL");
  evtest::shipped_stage().run(both);
  EXPECT_EQ(evtest::sorted_summary(both), (evtest::Strings{"CHL>BOL:111:negated", "PER>BOL:111:negated"}));

  Document none = evtest::parse_rows(R"(
1 None none PRON NN 5 nsubj
2 of of ADP IN 4 case
3 the the DET DT 4 det
4 Chileans Chilean PROPN NNPS 1 nmod
5 criticized criticize VERB VBD 0 root
6 Bolivia Bolivia PROPN NNP 5 obj
7 . . PUNCT . 5 punct
)");
  evtest::add_mention(none, "Chileans", "CHL");
  evtest::add_mention(none, "Bolivia", "BOL");
  evtest::shipped_stage().run(none);
  for (const std::string& s : evtest::sorted_summary(none)) EXPECT_EQ(s.find(":asserted"), std::string::npos) << s;

  Document verbs = evtest::parse_rows(R"(
1 Chile Chile PROPN NNP 3 nsubj
2 neither neither CCONJ CC 3 cc
3 condemned condemn VERB VBD 0 root
4 nor nor CCONJ CC 5 cc
5 praised praise VERB VBD 3 conj
6 Bolivia Bolivia PROPN NNP 5 obj
7 . . PUNCT . 3 punct
)");
  evtest::add_mention(verbs, "Chile", "CHL");
  evtest::add_mention(verbs, "Bolivia", "BOL");
  evtest::shipped_stage().run(verbs);
  for (const std::string& s : evtest::sorted_summary(verbs)) EXPECT_EQ(s.find(":asserted"), std::string::npos) << s;
}

}  // namespace
}  // namespace dyad
