// Conflict wire copy: raids, massacres and abductions by named armed
// groups, with victims the sentence places only by where it happened
// ("killed 15 villagers in Nigeria's Borno state"). Found by coding
// invented conflict reports (2026-11-30, ninth session); each rule has a
// near miss. Sentences are invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// actor_stage.cc org_before(): an organisation right before a role noun
// owns it only within one phrase ("IAEA inspectors"); the named group that
// is the subject of the verb does not own its victims, so the "in" phrase
// places them.
TEST(CoderConflictWire, VictimsOfANamedGroupTakeThePlaceOfTheAttack) {
  NEED_MODELS();
  Document d = code_text("Boko Haram militants killed 15 villagers in northern Nigeria.", "2025-03-04");
  EXPECT_TRUE(find(d, "NGAINSBKH", "NGACVL", "180")) << describe(d);
  // No place said: the villagers stay unplaced (the group's home is no
  // proof of theirs).
  Document none = code_text("Boko Haram militants killed 15 villagers.", "2025-03-04");
  EXPECT_FALSE(find(none, "", "NGACVL", "180")) << describe(none);
}

// actor_stage.cc states_at(): a place noun's own name and its possessor
// ("in Nigeria's Borno state", "in Iraq's Anbar province") say the state.
TEST(CoderConflictWire, AProvinceNamedWithItsPlaceNounPlacesTheVictims) {
  NEED_MODELS();
  Document d = code_text("Militants raided a village in Borno state overnight, killing 15 villagers.", "2025-03-04");
  EXPECT_TRUE(find(d, "NGAREB", "NGACVL", "180")) << describe(d);
  Document p = code_text("Islamic State fighters attacked an army checkpoint in Iraq's Anbar province.", "2025-03-04");
  EXPECT_TRUE(find(p, "", "IRQMIL", "190")) << describe(p);
  // A foreign province named as its possessor's: the possessor, not a
  // place adjective elsewhere in the sentence, places the soldiers.
  Document q = code_text("Russian drones attacked soldiers in Ukraine's Kharkiv region.", "2025-03-04");
  EXPECT_FALSE(find(q, "", "RUSMIL", "190")) << describe(q);
}

}  // namespace
}  // namespace dyad
