// End to end: a verb the tagger reads as an adjective after a modal ("would
// free", repaired by repair_modal_adjectives) still codes the announced act.
// Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, NEED_MODELS

TEST(CoderModalHomograph, WouldFreePrisonersIsAnAnnouncedRelease) {
  NEED_MODELS();
  Document d = code_text("Israel announced it would free 150 Palestinian prisoners.");
  EXPECT_NE(find(d, "ISR", "PSE", "035", Modality::kIntended), nullptr) << describe(d);
  Document w = code_text("Israel will free 150 Palestinian prisoners next week.");
  EXPECT_NE(find(w, "ISR", "PSE", "035", Modality::kIntended), nullptr) << describe(w);
}

}  // namespace
}  // namespace dyad
