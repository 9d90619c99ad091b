// Street politics on invented sentences, end to end with the shipped models:
// violence between a crowd and the police is riot (145) and repression
// (175), CAMEO's protest codes, not war (190); forces in the streets show
// military power (150), they do not demonstrate (141). Armed groups
// fighting the army stay 190. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

TEST(CoderStreet, CrowdAndPoliceClashIsRiotAndRepression) {
  NEED_MODELS();
  Document d = code_text("Demonstrators clashed with police in Lima on Saturday.");
  EXPECT_TRUE(find(d, "OPP", "PERCOP", "145")) << describe(d);
  EXPECT_TRUE(find(d, "PERCOP", "OPP", "175")) << describe(d);
  EXPECT_FALSE(find_code(d, "190")) << describe(d);
}

TEST(CoderStreet, NominalClashBetweenCrowdAndPolice) {
  NEED_MODELS();
  Document d = code_text("A student was injured in a clash between protesters and riot police.");
  EXPECT_TRUE(find(d, "OPP", "COP", "145")) << describe(d);
  EXPECT_TRUE(find(d, "COP", "OPP", "175")) << describe(d);
  EXPECT_FALSE(find_code(d, "190")) << describe(d);
}

TEST(CoderStreet, ArmedGroupsFightingTheArmyStayFighting) {
  NEED_MODELS();
  Document d = code_text("Separatist rebels clashed with the army near the border.");
  EXPECT_TRUE(find_code(d, "190")) << describe(d);
  EXPECT_FALSE(find_code(d, "145")) << describe(d);
  EXPECT_FALSE(find_code(d, "175")) << describe(d);
}

TEST(CoderStreet, ForcesInTheStreetsShowPower) {
  NEED_MODELS();
  Document d = code_text("Hundreds of soldiers took to the streets of the capital to remove barricades.");
  EXPECT_TRUE(find(d, "MIL", "", "150")) << describe(d);
  EXPECT_FALSE(find_code(d, "141")) << describe(d);
  Document c = code_text("Thousands of nurses took to the streets of Madrid on Friday.");
  EXPECT_TRUE(find_code(c, "141")) << describe(c);
  EXPECT_FALSE(find_code(c, "150")) << describe(c);
}

}  // namespace
}  // namespace dyad
