// Story-side targets (event_stage.cc story_side_targets()): in a story
// about two states, a disapproval, rejection or threat by one side's state
// or government that names no addressee is aimed at the other side's
// government (rule suffix "/story-side"). Each case has a near miss.
// Stories are invented (2026-12-01, tenth session). Skips when a model is
// missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, starts, NEED_MODELS

// Two sides: Turkey and the United States, each named at least five times
// by their state or government, and no one else.
const std::string kTwoSided =
    "Turkey and the United States traded warnings on Monday over the F-35 program.\n\n"
    "Washington said Turkey must drop the S-400 system. Ankara rejected the demand and said Turkey would not "
    "back down.\n\n"
    "The United States has already removed Turkey from the program. Turkish officials say the U.S. decision is "
    "unfair.\n\n";
const std::string kTwoSidedEnd = "\n\nU.S. officials said Washington is ready to talk with Turkey.";

// An asserted "/story-side" event whose own sides' codes start with src
// and tgt and whose code starts with `code`.
const Event* story_side(const Document& d, const std::string& src, const std::string& tgt, const std::string& code) {
  for (const Event& e : d.events) {
    const Actor* s = d.source_actor(e);
    const Actor* t = d.target_actor(e);
    if (s && starts(s->code, src) && t && starts(t->code, tgt) && starts(e.cameo, code) &&
        e.modality == Modality::kAsserted && e.rule.ends_with("/story-side"))
      return &e;
  }
  return nullptr;
}
int story_side_count(const Document& d) {
  int n = 0;
  for (const Event& e : d.events) n += e.rule.ends_with("/story-side") ? 1 : 0;
  // No event is left waiting for a target.
  for (const Event& e : d.events) EXPECT_FALSE(e.rule.ends_with("/story-side?")) << e.rule;
  return n;
}

TEST(CoderStorySide, AThreatWithNoAddresseeFallsOnTheOtherSide) {
  NEED_MODELS();
  Document d = code_text(kTwoSided + "Ankara is warning it could turn to other suppliers." + kTwoSidedEnd,
                         "2019-11-25");
  EXPECT_TRUE(story_side(d, "TURGOV", "USAGOV", "13")) << describe(d);
  Document t = code_text(kTwoSided + "Ankara threatened to close the base." + kTwoSidedEnd, "2019-11-25");
  EXPECT_TRUE(story_side(t, "TURGOV", "USAGOV", "13")) << describe(t);
}

TEST(CoderStorySide, ARejectionOrCriticismWithNoAddresseeFallsOnTheOtherSide) {
  NEED_MODELS();
  Document d = code_text(kTwoSided + "Turkey rejected the proposal on Tuesday." + kTwoSidedEnd, "2019-11-25");
  EXPECT_TRUE(story_side(d, "TUR", "USAGOV", "12")) << describe(d);
  Document c = code_text(kTwoSided + "Turkey criticized the decision." + kTwoSidedEnd, "2019-11-25");
  EXPECT_TRUE(story_side(c, "TUR", "USAGOV", "11")) << describe(c);
}

// Near misses in the same two-sided story: no event takes a story side.
// - a third state named in the sentence as an actor could be the one meant
//   ("Russian jets" are RUSMIL);
// - not a state's own voice: an opposition party's criticism is no act of
//   one state on the other;
// - appeals and demands are given no side ("urged calm" is as often said
//   to one's own people);
// - a court's ruling rejected is the court's act, not the other side's
//   ("Beijing has rejected the arbitral ruling");
// - a participle modifying a noun ("the threatened area") is no threat.
TEST(CoderStorySide, NearMissesInATwoSidedStoryGetNoSide) {
  NEED_MODELS();
  // The story's own sentences may take a side ("Turkey would not back
  // down": 124 aimed at Washington); a near miss adds none.
  const int base = story_side_count(code_text(kTwoSided + kTwoSidedEnd, "2019-11-25"));
  for (const char* sentence : {"Turkey warned it could buy Russian jets instead.",
                               "Turkish opposition parties criticized the decision.", "Ankara urged calm.",
                               "Ankara has rejected the arbitral ruling.",
                               "Ankara sent more troops to the threatened area."}) {
    Document d = code_text(kTwoSided + sentence + kTwoSidedEnd, "2019-11-25");
    EXPECT_EQ(story_side_count(d), base) << sentence << "\n" << describe(d);
  }
}

// Near miss: a one-sided story (Haiti, with the United States named once)
// gives no side.
TEST(CoderStorySide, AOneSidedStoryGivesNoTarget) {
  NEED_MODELS();
  Document d = code_text(
      "Haiti's government declared a state of emergency on Monday. Haitian police said Haiti's prisons were "
      "overcrowded. The Haitian prime minister met ministers in Port-au-Prince. Haiti has asked the United States "
      "for help.\n\n"
      "The Haitian government rejected the proposal on Tuesday. Haiti's president criticized the decision.",
      "2021-02-27");
  EXPECT_EQ(story_side_count(d), 0) << describe(d);
}

}  // namespace
}  // namespace dyad
