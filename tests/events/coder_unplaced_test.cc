// The output policy for actors no state places (EventOptions::keep_unplaced):
// by default an event whose source or target is a bare role with no state
// and no organisation is left out; with the option it is kept; events whose
// actors are placed are never touched. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, NEED_MODELS

// code_text with the shipped default stage instead of the keeping one.
Document code_default(const std::string& text) {
  Document d = code_text(text);
  d.events.clear();
  d.quotes.clear();
  evtest::default_stage().run(d);
  return d;
}

TEST(CoderUnplaced, UnplacedActorsGiveNoEventByDefault) {
  NEED_MODELS();
  const std::string text = "Rebels attacked the village and killed several residents.";
  Document kept = code_text(text);
  EXPECT_NE(find(kept, "REB", "CVL", "1"), nullptr) << describe(kept);  // coded, with the option
  Document d = code_default(text);
  EXPECT_TRUE(d.events.empty()) << describe(d);
  // The mentions are still there for the mention output.
  EXPECT_FALSE(d.mentions.empty());
}

TEST(CoderUnplaced, OneUnplacedSideIsEnough) {
  NEED_MODELS();
  const std::string text = "Chilean troops attacked the rebels.";
  Document kept = code_text(text);
  EXPECT_NE(find(kept, "CHLMIL", "REB", "19"), nullptr) << describe(kept);
  Document d = code_default(text);
  EXPECT_EQ(find(d, "CHLMIL", "REB", "19"), nullptr) << describe(d);
}

TEST(CoderUnplaced, PlacedActorsAreKept) {
  NEED_MODELS();
  Document d = code_default("Chilean troops attacked Peruvian rebels near the border.");
  EXPECT_NE(find(d, "CHLMIL", "PERREB", "19"), nullptr) << describe(d);
  Document igo = code_default("The United Nations condemned the Chilean army.");
  EXPECT_NE(find(igo, "IGOUNO", "CHLMIL", "11"), nullptr) << describe(igo);
}

}  // namespace
}  // namespace dyad
