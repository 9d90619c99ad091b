// Criticism and accusation carried by what officials say (root 11), end to
// end on invented sentences: a verdict on an act's doer named by "for X to
// V", a joint act judged ("cooperation between X and Y is illegal"),
// reported abuse of a population (1122), masterminding a harmful act (112),
// and criticism received by an act named only by a definite noun. Each has
// its near misses. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_any_modality, find_code, NEED_MODELS

TEST(CoderQuoteCrit, ItIsUnacceptableForXToActCriticisesX) {
  NEED_MODELS();
  Document d = code_text(
      "\"It is unacceptable for Beijing to detain foreign reporters,\" the Canadian foreign minister said on "
      "Tuesday.");
  EXPECT_NE(find(d, "CAN", "CHN", "111"), nullptr) << describe(d);
  // The detention is judged, not reported as done, and never the speaker's.
  EXPECT_EQ(find_any_modality(d, "CAN", "", "17"), nullptr) << describe(d);
  EXPECT_EQ(find(d, "CHN", "", "17"), nullptr) << describe(d);
}

TEST(CoderQuoteCrit, ForXToActInAReportedClause) {
  NEED_MODELS();
  Document d = code_text("The Kenyan foreign minister said it was irresponsible for Kampala to hold the drills.");
  EXPECT_NE(find(d, "KEN", "UGA", "111"), nullptr) << describe(d);
}

TEST(CoderQuoteCrit, DangerForSomeoneIsNoVerdict) {
  NEED_MODELS();
  Document d = code_text(
      "\"It is dangerous for journalists to work in the north,\" the Canadian foreign minister said on Tuesday.");
  EXPECT_EQ(find_code(d, "11"), nullptr) << describe(d);
}

TEST(CoderQuoteCrit, JointActJudgedJudgesBothSides) {
  NEED_MODELS();
  Document d =
      code_text("The Polish foreign minister said that military cooperation between Belarus and Iran was illegal.");
  EXPECT_NE(find(d, "POL", "BLR", "111"), nullptr) << describe(d);
  EXPECT_NE(find(d, "POL", "IRN", "111"), nullptr) << describe(d);
}

TEST(CoderQuoteCrit, ImproperRequestJudgesItsOwner) {
  NEED_MODELS();
  Document d = code_text("The Chilean foreign minister said Bolivia's request was inappropriate.");
  EXPECT_NE(find(d, "CHL", "BOL", "111"), nullptr) << describe(d);
  // Without a speaker the writer's word is no event.
  Document plain = code_text("Bolivia's request was inappropriate for the court.");
  EXPECT_EQ(find_code(plain, "11"), nullptr) << describe(plain);
}

TEST(CoderQuoteCrit, StarvingItsPeopleInReportedWordsIsARightsAccusation) {
  NEED_MODELS();
  Document d = code_text("\"The junta in Myanmar is starving its own people,\" the Thai foreign minister said.");
  const Event* e = nullptr;
  for (const Event& x : d.events)
    if (x.cameo == "1122" && x.source >= 0 && starts(d.mentions[x.source].actor.code, "THA")) e = &x;
  ASSERT_NE(e, nullptr) << describe(d);
  // Not announced or possible: "could starve" accuses no one.
  Document maybe = code_text("\"The siege could starve the people of the city,\" the Thai foreign minister said.");
  for (const Event& x : maybe.events) EXPECT_NE(x.cameo, "1122") << describe(maybe);
}

TEST(CoderQuoteCrit, MastermindingAnAttackInReportedWords) {
  NEED_MODELS();
  Document d = code_text("Nigerian officials said Boko Haram masterminded the bombing in Maiduguri.");
  EXPECT_NE(find(d, "NGA", "NGA", "112"), nullptr) << describe(d);
  // The writer's own account accuses no one.
  Document plain = code_text("Boko Haram masterminded the bombing in Maiduguri, the group's video showed.");
  EXPECT_EQ(find(plain, "NGA", "NGA", "112"), nullptr) << describe(plain);
}

TEST(CoderQuoteCrit, CriticismReceivedByAnEarlierAct) {
  NEED_MODELS();
  Document d = code_text(
      "Police arrested dozens of opposition activists in Minsk on Saturday. "
      "The arrests drew sharp criticism from the European Union.");
  const Event* e = find(d, "IGOEUR", "", "111");
  EXPECT_EQ(e, nullptr) << describe(d);  // never without the doer
  bool found = false;
  for (const Event& x : d.events)
    if (starts(x.cameo, "111") && x.source >= 0 && starts(d.mentions[x.source].actor.code, "IGOEUR") &&
        x.target >= 0 && x.rule.find("/anaphor") != std::string::npos)
      found = true;
  EXPECT_TRUE(found) << describe(d);
}

TEST(CoderQuoteCrit, CriticismReceivedWithNoEarlierActHasNoTarget) {
  NEED_MODELS();
  Document d = code_text(
      "Rescue workers searched the rubble through the night. "
      "The arrests drew sharp criticism from the European Union.");
  for (const Event& x : d.events) EXPECT_FALSE(starts(x.cameo, "11")) << describe(d);
}

TEST(CoderQuoteCrit, EachOthersPoliciesAttackedBothWays) {
  NEED_MODELS();
  Document d = code_text("Merkel and Macron attacked each other's policies on immigration in a televised debate.");
  EXPECT_NE(find(d, "DEU", "FRA", "111"), nullptr) << describe(d);
  EXPECT_NE(find(d, "FRA", "DEU", "111"), nullptr) << describe(d);
  // A third party's policies name no reciprocal pair.
  Document other = code_text("Merkel and Macron attacked the other party's policies on immigration.");
  EXPECT_EQ(find(other, "DEU", "FRA", "111"), nullptr) << describe(other);
}

}  // namespace
}  // namespace dyad
