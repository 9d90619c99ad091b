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
      "Somalia's president visited Mogadishu on Tuesday. "
      "Somalia's army said Al-Shabab militants attacked a military base near Mogadishu on Wednesday.",
      "2024-01-03");
  EXPECT_TRUE(find(d, "SOMINSSHB", "SOMMIL", "19")) << describe(d);
  // A hotel is no organ of the state: no army as target.
  Document hotel = code_text(
      "Somalia's president visited Mogadishu on Tuesday. "
      "Somalia's army said Al-Shabab militants attacked a hotel near Mogadishu on Wednesday.",
      "2024-01-03");
  EXPECT_FALSE(find(hotel, "SOMINSSHB", "SOMMIL", "19")) << describe(hotel);
}

// people_heads_asiaam.txt: St. Vincent's prime minister hosting talks is
// St. Vincent's government, not the Venezuelan one the story is about.
TEST(CoderAfricaAudit, GonsalvesIsStVincentsPrimeMinister) {
  NEED_MODELS();
  Document d = code_text(
      "Prime Minister Ralph Gonsalves welcomed Venezuelan President Nicolas Maduro to Kingstown.", "2023-12-14");
  // A visiting leader welcomed to the host's capital is hosted (043, and the
  // guest's visit 042: welcome-to-place, 56-cameo12-a.txt).
  EXPECT_TRUE(find(d, "VCTGOV", "VENGOV", "043")) << describe(d);
  EXPECT_FALSE(find(d, "VENGOV", "VENGOV", "0")) << describe(d);
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

// actors/plural.cc names_own_subject(): no one mediates between, or urges,
// themselves; "the two sides" is then no set the sentence names.
TEST(CoderAfricaAudit, MediatorsAreNotTheTwoSides) {
  NEED_MODELS();
  Document d = code_text("Egypt and Saudi Arabia offered to mediate between the two sides.", "2023-04-18");
  EXPECT_FALSE(find(d, "EGY", "SAU", "")) << describe(d);
  EXPECT_FALSE(find(d, "SAU", "EGY", "")) << describe(d);
  // The set two states name in a clause of its own is theirs.
  Document own = code_text(
      "Russia and China signed a trade pact on Monday. The two countries accused the United States of meddling.",
      "2023-04-18");
  EXPECT_TRUE(find(own, "RUSGOV", "USA", "112")) << describe(own);
}

// actor_stage.cc named_group(): "the rebels" further back than four
// sentences from the one armed group the story has named is that group.
TEST(CoderAfricaAudit, TheRebelsAreTheOnlyRebelsNamed) {
  NEED_MODELS();
  const std::string story =
      "M23 rebels pushed into the eastern city of Goma on Sunday. "
      "Congo cut diplomatic ties with Rwanda. "
      "Rwanda's foreign minister blamed Congo for the collapse of the peace talks. "
      "Kenya's president called an emergency summit. "
      "South Africa's president spoke with Kagame. "
      "The rebels killed at least 13 peacekeepers in fighting around Goma.";
  Document d = code_text(story, "2025-01-28");
  EXPECT_TRUE(find(d, "CODREB", "IGOPKO", "")) << describe(d);
  // Two armed groups named, neither in the four sentences before: no guess.
  Document two = code_text(
      "M23 rebels pushed into Goma on Sunday. Houthi rebels attacked a ship in the Red Sea. "
      "Congo cut diplomatic ties with Rwanda. Rwanda's foreign minister blamed Congo. "
      "Yemen's president called an emergency summit. Kenya's president spoke with Kagame. "
      "The rebels killed at least 13 peacekeepers.",
      "2025-01-28");
  EXPECT_FALSE(find(two, "CODREB", "IGOPKO", "")) << describe(two);
  EXPECT_FALSE(find(two, "YEMREB", "IGOPKO", "")) << describe(two);
}

// actor_stage.cc context_fits(): a junta rules at home; the state it acts on,
// named after it, does not make it foreign.
TEST(CoderAfricaAudit, TheJuntaActingOnFranceIsStillTheHomeJunta) {
  NEED_MODELS();
  Document d = code_text(
      "Niger's military rulers met in Niamey on Monday. Thousands rallied in Niamey. "
      "The junta accused France of planning to attack Niger.",
      "2023-08-11");
  EXPECT_TRUE(find(d, "NERGOV", "FRA", "112")) << describe(d);
  // No story state to lend: the junta stays unplaced, no event.
  Document bare = code_text("The junta accused France of planning an attack.", "2023-08-11");
  EXPECT_FALSE(find(bare, "NER", "FRA", "112")) << describe(bare);
}

// parser_repair.cc repair_reduced_relative_subject(): the participle of a
// reduced relative ("linked to", "led by") is no main verb.
TEST(CoderAfricaAudit, AReducedRelativeLeavesTheRealVerbItsSubject) {
  NEED_MODELS();
  Document d = code_text(
      "Mali's army fought in the centre. Mali's foreign minister spoke in Bamako. "
      "The junta led by Colonel Assimi Goita seized power in 2020 and expelled the French ambassador last year.",
      "2023-06-17");
  EXPECT_TRUE(find(d, "MLIGOV", "FRAGOV", "17")) << describe(d);
  // A participle with an object of its own is the main verb: the junta led
  // the delegation, and "expelled" keeps no borrowed subject.
  Document main = code_text(
      "Mali's army fought in the centre. The junta led the talks with Paris on Monday.", "2023-06-17");
  EXPECT_FALSE(find_code(main, "17")) << describe(main);
}

}  // namespace
}  // namespace dyad
