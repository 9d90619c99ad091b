// Wire stories on conflict and diplomacy in Africa and Latin America (Sahel
// juntas, Somalia, Sudan, Congo, Venezuela-Guyana, Haiti): the rules found
// by coding invented stories (2026-11-30, eighth session, africa-audit).
// Each rule has a near miss. Sentences are invented. Skips when a model is
// missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// data/actors/agents.txt (MIL, COP): a post of the armed forces stands for
// them as the target of an attack.
TEST(CoderAfricaAudit, AnAttackOnAMilitaryBaseIsOnTheArmy) {
  NEED_MODELS();
  Document d = code_text(
      "Somalia's army said Al-Shabab militants attacked a military base near Mogadishu on Wednesday.",
      "2024-01-03");
  EXPECT_TRUE(find(d, "SOMINSSHB", "SOMMIL", "19")) << describe(d);
  // A hotel is no organ of the state: no army as target.
  Document hotel = code_text(
      "Somalia's army said Al-Shabab militants attacked a hotel near Mogadishu on Wednesday.", "2024-01-03");
  EXPECT_FALSE(find(hotel, "SOMINSSHB", "SOMMIL", "19")) << describe(hotel);
}

// people_heads_asiaam.txt: St. Vincent's prime minister hosting talks is
// St. Vincent's government, not the Venezuelan one the story is about.
TEST(CoderAfricaAudit, GonsalvesIsStVincentsPrimeMinister) {
  NEED_MODELS();
  Document d = code_text(
      "Prime Minister Ralph Gonsalves welcomed Venezuelan President Nicolas Maduro to Kingstown.", "2023-12-14");
  EXPECT_TRUE(find(d, "VCTGOV", "VENGOV", "05")) << describe(d);
  EXPECT_FALSE(find(d, "VENGOV", "VENGOV", "05")) << describe(d);
  // Out of office he is an elite, no longer the government.
  Document later = code_text(
      "Former prime minister Ralph Gonsalves welcomed Venezuelan opposition leaders to Kingstown.", "2026-06-01");
  EXPECT_FALSE(find(later, "VCTGOV", "", "")) << describe(later);
  EXPECT_FALSE(find(later, "VCTGOV", "VEN", "")) << describe(later);
}

// people_heads_asiaam.txt: Guyana's president, named or by surname later.
TEST(CoderAfricaAudit, IrfaanAliIsGuyanasPresident) {
  NEED_MODELS();
  Document d = code_text(
      "Guyanese President Irfaan Ali met Venezuelan President Nicolas Maduro on Thursday. "
      "Ali accused Venezuela of threatening Guyana's sovereignty.",
      "2023-12-15");
  EXPECT_TRUE(find(d, "GUYGOV", "VEN", "112")) << describe(d);
  // Before his term began he was no president.
  Document before = code_text("Irfaan Ali accused the government of rigging the vote.", "2019-06-01");
  EXPECT_FALSE(find(before, "GUYGOV", "", "112")) << describe(before);
}

// people_heads_asiaam.txt: a gang leader is a criminal actor of Haiti, and
// "he" in the next sentence is still him.
TEST(CoderAfricaAudit, AGangLeaderAccusingTheGovernment) {
  NEED_MODELS();
  Document d = code_text(
      "Gang leader Jimmy Cherizier threatened to fight the foreign forces. "
      "He accused the Haitian government of serving the interests of the rich.",
      "2024-06-26");
  EXPECT_TRUE(find(d, "HTICRM", "HTIGOV", "112")) << describe(d);
  // The government accusing him is the other direction.
  Document rev = code_text(
      "The Haitian government accused gang leader Jimmy Cherizier of killing civilians.", "2024-06-26");
  EXPECT_FALSE(find(rev, "HTICRM", "HTIGOV", "112")) << describe(rev);
}

// 03-intent.txt rule-out-doing: ruling out an act is not doing it.
TEST(CoderAfricaAudit, RulingOutSendingTroopsIsNoDeployment) {
  NEED_MODELS();
  Document d = code_text("The United States ruled out sending troops to Haiti.", "2024-06-26");
  EXPECT_FALSE(find(d, "USA", "HTI", "15")) << describe(d);
  // Sending them is.
  Document sent = code_text("The United States sent troops to Haiti.", "2024-06-26");
  EXPECT_TRUE(find(sent, "USA", "HTI", "15")) << describe(sent);
}

}  // namespace
}  // namespace dyad
