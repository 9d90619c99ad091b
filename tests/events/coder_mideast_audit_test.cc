// Middle East news as a wire tells it (2026-11-30, eighth session): strikes
// on Yemen and Gaza, IAEA and Security Council resolutions, a handover of
// hostages to the Red Cross, a navy destroyed, Syria's transition. Found by
// coding invented wire stories; each rule has a near miss. Sentences are
// invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// parser_repair.cc repair_finite_verb_under_noun_root(): a finite verb the
// tagger made a participle (VBN) on its subject noun, with an object of its
// own, is the sentence's verb.
TEST(CoderMideastAudit, ParticipleWithObjectUnderNounRootIsTheVerb) {
  NEED_MODELS();
  Document d = code_text(
      "U.S. and British warplanes and warships struck more than 60 targets in Houthi-controlled areas of Yemen on "
      "Friday.",
      "2024-01-12");
  EXPECT_TRUE(find(d, "USA", "YEM", "19")) << describe(d);
  EXPECT_TRUE(find(d, "GBR", "YEM", "19")) << describe(d);
  // A verb of two objects keeps its passive participle: "the militants
  // given asylum" did not give anything.
  Document none = code_text("Dozens of Syrian militants given asylum in Turkey last year.", "2024-01-12");
  EXPECT_FALSE(find_code(none, "07")) << describe(none);
}

// arguments.cc subjects_rec(): a resolution that the board passed does what
// its relative clause says through the board.
TEST(CoderMideastAudit, ResolutionRelativeClauseIsItsAuthors) {
  NEED_MODELS();
  Document d = code_text("VIENNA (Wire) -- The IAEA board passed a resolution that criticised Iran on Wednesday.",
                         "2022-06-09");
  EXPECT_TRUE(find(d, "IGOUNOIAE", "IRN", "111")) << describe(d);
  // Rejecting a statement that criticised X is no criticism of X by the
  // one who rejects it.
  Document none = code_text("TEHRAN (Wire) -- Iran rejected a statement that criticised Iran on Wednesday.",
                            "2022-06-09");
  EXPECT_FALSE(find(none, "IRN", "IRN", "111")) << describe(none);
}

// 08-yield.txt hand-to-relief: captives handed to the Red Cross are not
// extradited to it.
TEST(CoderMideastAudit, HandoverToTheRedCrossIsNoExtradition) {
  NEED_MODELS();
  Document d = code_text("GAZA (Wire) -- Hamas handed the three women to the Red Cross in Gaza City.", "2025-01-19");
  EXPECT_FALSE(find_code(d, "063")) << describe(d);
  Document c = code_text(
      "GAZA (Wire) -- Hamas handed the three women to the International Committee of the Red Cross in Gaza City.",
      "2025-01-19");
  EXPECT_FALSE(find_code(c, "063")) << describe(c);
  Document e = code_text("ISLAMABAD (Wire) -- Pakistan handed the suspect to the United States.", "2025-01-19");
  EXPECT_TRUE(find(e, "PAK", "USA", "063")) << describe(e);
}

// 00-sets.txt &troops: a fleet or navy destroyed is forces destroyed (190),
// not property (1712).
TEST(CoderMideastAudit, DestroyingAFleetIsForce) {
  NEED_MODELS();
  Document d = code_text("The Israeli navy destroyed the Syrian fleet on Tuesday.", "2024-12-10");
  EXPECT_TRUE(find(d, "ISRMIL", "SYR", "190")) << describe(d);
  Document p = code_text("Israeli troops destroyed the Syrian farm on Tuesday.", "2024-12-10");
  EXPECT_FALSE(find_code(p, "190")) << describe(p);
}

// people_world.txt: Syria's last prime minister under Assad named without
// his middle name.
TEST(CoderMideastAudit, JalaliWithoutMiddleName) {
  NEED_MODELS();
  Document d = code_text(
      "DAMASCUS (Wire) -- HTS leader Ahmed al-Sharaa met outgoing Prime Minister Mohammed al-Jalali on Monday.",
      "2024-12-10");
  EXPECT_TRUE(find(d, "SYR", "SYR", "040")) << describe(d);
}

// actor_stage.cc shared_conjunct(): "British warplanes and warships" are
// both British; roles that differ are not shared.
TEST(CoderMideastAudit, StateAdjectiveSharedByConjoinedRole) {
  NEED_MODELS();
  Document d = code_text("British warplanes and warships struck targets in Yemen on Friday.", "2024-01-12");
  EXPECT_TRUE(find(d, "GBRMIL", "YEM", "19")) << describe(d);
  bool shared = false;
  for (const ActorMention& m : d.mentions) shared = shared || (m.entry.find("+shared:GBR") != std::string::npos);
  EXPECT_TRUE(shared) << describe(d);
  Document none = code_text("American troops and rebels clashed near the border on Friday.", "2024-01-12");
  for (const ActorMention& m : none.mentions) EXPECT_EQ(m.entry.find("+shared:"), std::string::npos) << m.entry;
}

// event_stage.cc located_object_state(): targets "in Houthi-controlled
// areas" are the Houthis'; targets in a state's city are the state's only
// through the place rule.
TEST(CoderMideastAudit, TargetsInArmedGroupAreas) {
  NEED_MODELS();
  Document d = code_text("U.S. warplanes struck targets in Houthi-controlled areas on Friday.", "2024-01-12");
  EXPECT_TRUE(find(d, "USAMIL", "YEMREBHTH", "19")) << describe(d);
  // The source's own group is no target.
  Document none = code_text("Houthi fighters struck targets in Houthi-controlled areas on Friday.", "2024-01-12");
  EXPECT_FALSE(find(none, "YEMREBHTH", "YEMREBHTH", "19")) << describe(none);
}

// anaphora.cc anaphoric_act_noun(): the "as" label of a condemnation that
// the parser hung on the act noun ("as a violation of Iraq's sovereignty")
// names no doer; the strikes are still the ones just reported.
TEST(CoderMideastAudit, CondemnedTheStrikesAsAViolation) {
  NEED_MODELS();
  Document d = code_text(
      "BAGHDAD (Wire) -- U.S. forces struck targets in Iraq on Friday. Iraq condemned the strikes as a violation of "
      "Iraq's sovereignty.",
      "2024-02-03");
  EXPECT_TRUE(find(d, "IRQ", "USA", "111")) << describe(d);
  // An owner named on the noun itself still gives it its own reading.
  Document own = code_text(
      "BAGHDAD (Wire) -- U.S. forces struck targets in Iraq on Friday. Iraq condemned the Turkish strikes as a "
      "violation of Iraq's sovereignty.",
      "2024-02-03");
  EXPECT_FALSE(find(own, "IRQ", "USA", "111")) << describe(own);
}

}  // namespace
}  // namespace dyad
