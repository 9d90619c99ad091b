// Appeals, intent, consultation and diplomatic cooperation (CAMEO roots
// 02-05): phrasings the dev misses showed uncoded (2026-12-01, tenth
// session, appeal helper). Each rule has a near miss that must not be
// coded. Sentences are invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// actor_stage.cc reported_it_antecedent(): "it" as the subject of an
// adjective of readiness with its "to" clause is the reporting verb's
// institutional subject, as for a verb ("Kenya said it will meet").
TEST(CoderCoop10, ReportedItReadyToActIsTheSpeakersSide) {
  NEED_MODELS();
  Document d = code_text("Kenya said it was ready to meet Somalia.", "2024-05-02");
  EXPECT_TRUE(find(d, "KEN", "SOM", "036", Modality::kIntended)) << describe(d);
  Document u = code_text("The UNHCR said it was ready to support the Kenyan government.", "2024-05-02");
  EXPECT_TRUE(find(u, "IGOUNO", "KENGOV", "03", Modality::kIntended)) << describe(u);
  // An expletive "it" before an adjective of judgement stays nobody's:
  // the talks are no act of Kenya's.
  Document e = code_text("Kenya said it was important to meet Somalia.", "2024-05-02");
  EXPECT_FALSE(find_any_modality(e, "KEN", "SOM", "03")) << describe(e);
  EXPECT_FALSE(find_any_modality(e, "KEN", "SOM", "04")) << describe(e);
}

// plural.cc find_phrases(): "all warring parties", "all the warring
// parties" are the sides fighting, as "the warring parties" are; a bare
// "all parties" stays no one's.
TEST(CoderCoop10, AllWarringPartiesAreTheSidesFighting) {
  NEED_MODELS();
  Document d = code_text(
      "The Taliban and the Afghan government resumed fighting in Kunduz. The U.N. called on all warring parties to "
      "return to talks.",
      "2024-05-02");
  EXPECT_TRUE(find(d, "IGOUNO", "AFGGOV", "02")) << describe(d);
  Document t = code_text(
      "The Taliban and the Afghan government resumed fighting in Kunduz. The U.N. urged all the warring parties to "
      "return to talks.",
      "2024-05-02");
  EXPECT_TRUE(find(t, "IGOUNO", "AFGGOV", "02")) << describe(t);
  Document n = code_text(
      "The Taliban and the Afghan government resumed fighting in Kunduz. The U.N. called on all parties to return "
      "to talks.",
      "2024-05-02");
  EXPECT_FALSE(find(n, "IGOUNO", "AFGGOV", "02")) << describe(n);
}

}  // namespace
}  // namespace dyad
