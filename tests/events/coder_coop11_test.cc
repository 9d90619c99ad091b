// Cooperative roots 01-08, eleventh session: recall of verbal and material
// cooperation. The two parse repairs of the session
// (repair_relative_clause_main_verb, repair_agent_without_by) are tested on
// hand-written wrong trees in tests/syntax/parser_repair_test.cc; here the
// coder, on invented sentences through the whole pipeline, each with a near
// miss. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_sides, find_code, NEED_MODELS

// Through the pipeline: letting refugees in is granting them asylum (075),
// with a counted object; a passive with its agent codes the same.
TEST(CoderCoop11, AStateAdmittingACountOfRefugeesGrantsAsylum) {
  NEED_MODELS();
  Document d = code_text("Jordan has admitted more than 1.4 million Syrian refugees.", "2016-05-01");
  EXPECT_TRUE(find(d, "JOR", "SYRREF", "075")) << describe(d);
  Document p = code_text("More than 1.4 million Syrian refugees were admitted by Jordan.", "2016-05-01");
  EXPECT_TRUE(find(p, "JOR", "SYRREF", "075")) << describe(p);
  // Near miss: refugees admitted to hospital are no asylum by anyone named.
  Document h = code_text("Two refugees were admitted to hospital on Monday.", "2016-05-01");
  EXPECT_EQ(count_root(h, "07"), 0) << describe(h);
}

// A speaker with a non-restrictive relative clause still declines to
// comment (011), and a state so described still signs (05/06).
TEST(CoderCoop11, ARelativeClauseOnTheSubjectKeepsItsAct) {
  NEED_MODELS();
  Document d = code_text("The Pentagon, which oversees the mission, declined to comment.", "2024-05-01");
  EXPECT_TRUE(find(d, "USAMIL", "", "011")) << describe(d);
  Document k = code_text("Kenya and Somalia, which share a long border, signed a trade agreement.", "2024-05-01");
  EXPECT_TRUE(find(k, "KEN", "SOM", "057")) << describe(k);
  EXPECT_TRUE(find(k, "SOM", "KEN", "057")) << describe(k);
}

}  // namespace
}  // namespace dyad
