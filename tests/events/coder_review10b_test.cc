// Adversarial review of the tenth session's event rules (2026-12-01, review
// b): realistic sentences aimed at each new rule's weak spots; each misfire
// found is a near miss here beside a case the rule must still code.
// Sentences are invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// anaphora.cc told_act_doers(): a statement told after the nearest
// quotation is its maker's, not the quotation's speaker's.
TEST(CoderReview10b, AStatementIssuedAfterAQuotationIsItsIssuers) {
  NEED_MODELS();
  Document d = code_text(
      "'We will not be intimidated,' Ukrainian President Volodymyr Zelensky said on Monday. Later, G7 leaders "
      "issued a joint statement on the war. Russia rejected the statement as hostile.",
      "2025-03-04");
  EXPECT_FALSE(find(d, "RUS", "UKR", "12")) << describe(d);
  // The quotation's speaker's own remarks still are his.
  Document k = code_text(
      "Ukraine's ambassador to Germany, Andriy Melnyk, said on Monday that Berlin should send tanks. 'We need "
      "them now,' he said. German Chancellor Olaf Scholz rejected the remarks.",
      "2025-03-04");
  EXPECT_TRUE(find(k, "DEU", "UKR", "12")) << describe(k);
}

// told_act_doers(): "the order by the Iraqi parliament" names its doer,
// even when the parser hangs the "by" phrase on the verb.
TEST(CoderReview10b, AnOrderByAnotherActorIsNotTheEarlierOrderers) {
  NEED_MODELS();
  Document d = code_text(
      "President Biden ordered a review of U.S. troop levels in Iraq. Iran welcomed the order by the Iraqi "
      "parliament to expel foreign forces.",
      "2025-03-04");
  EXPECT_FALSE(find(d, "IRN", "USA", "05")) << describe(d);
  Document k = code_text("The junta in Niger ordered French troops to leave. Paris rejected the order.", "2025-03-04");
  EXPECT_TRUE(find(k, "FRA", "NER", "12")) << describe(k);
}

// told_act_doers(): a verb that only begins with the noun ("planted") does
// not tell the act ("the plan").
TEST(CoderReview10b, PlantingABombIsNoPlan) {
  NEED_MODELS();
  Document d = code_text(
      "Militants planted a bomb near the Pakistani parliament on Monday. Islamabad condemned the plan.",
      "2025-03-04");
  EXPECT_FALSE(find(d, "PAK", "PAKREB", "111")) << describe(d);
}

// told_act_doers(), "the move": the main act of the sentence before must be
// done by an actor (not a thing of one's) and be an act a pattern knows.
TEST(CoderReview10b, TheMoveIsAnActorsKnownAct) {
  NEED_MODELS();
  Document d = code_text(
      "Russia's currency fell 5 percent against the dollar on Monday. The United States welcomed the move.",
      "2025-03-04");
  EXPECT_FALSE(find(d, "USA", "RUS", "05")) << describe(d);
  Document f = code_text(
      "Thousands of Armenians fled Nagorno-Karabakh last week. Azerbaijan criticized the move on Tuesday.",
      "2025-03-04");
  EXPECT_FALSE(find(f, "AZE", "ARM", "111")) << describe(f);
}

// infrastructure_place(): force on a facility in the doer's own state
// strikes no state ("police raided a warehouse in Lagos"); abroad it does.
TEST(CoderReview10b, AFacilityInTheDoersOwnStateIsNoTarget) {
  NEED_MODELS();
  Document d = code_text("Nigerian police raided a warehouse in Lagos and seized counterfeit drugs.", "2025-03-04");
  EXPECT_FALSE(find(d, "NGACOP", "NGA", "19")) << describe(d);
  Document k = code_text("Ukrainian drones struck an oil refinery in Russia's Belgorod region.", "2025-03-04");
  EXPECT_TRUE(find(k, "UKR", "RUS", "19")) << describe(k);
}

// answers_fire(): fire answered within the sentence ("after a suspect
// fired at a patrol") is its own incident, not the story's earlier attack.
TEST(CoderReview10b, FireAnsweredInTheSentenceIsNotTheStorysAttack) {
  NEED_MODELS();
  Document d = code_text(
      "Gunmen attacked a police post in Balochistan on Monday, officials said. In a separate incident in Quetta, "
      "police returned fire after a suspect fired at a patrol.",
      "2025-03-04");
  EXPECT_FALSE(find(d, "PAKCOP", "PAKREB", "19")) << describe(d);
}

// sanction_law_authors(): a bill told dead ("died in the Senate") threatens
// no one; one passed does.
TEST(CoderReview10b, ABillThatDiedThreatensNoOne) {
  NEED_MODELS();
  Document d = code_text(
      "A U.S. bill that would impose sanctions on Chinese officials died in the Senate last year.", "2025-03-04");
  EXPECT_FALSE(find(d, "USA", "CHN", "1312", Modality::kIntended)) << describe(d);
  Document k = code_text("The U.S. Senate passed a bill that would impose sanctions on Chinese officials over Hong Kong.",
                         "2025-03-04");
  EXPECT_TRUE(find(k, "USA", "CHN", "1312", Modality::kIntended)) << describe(k);
}

// story_side_targets() (event_stage.cc): in a two-sided story, a rejection
// of a thing whose owner the object names ("calls from local fishermen")
// and a warning of a thing ("of a strong typhoon") are no acts against the
// other side.
TEST(CoderReview10b, StorySideLeavesOwnedObjectsAndWarningsOfThings) {
  NEED_MODELS();
  Document d = code_text(
      "China and the Philippines have clashed repeatedly over the South China Sea. Chinese ships blocked a "
      "Philippine supply mission on Sunday. Manila summoned China's ambassador. Beijing says the shoal is Chinese "
      "territory. The Philippine government rejected calls from local fishermen for fuel subsidies. Manila also "
      "warned of a strong typhoon approaching the north.",
      "2025-03-04");
  EXPECT_FALSE(find(d, "PHL", "CHN", "12")) << describe(d);
  EXPECT_FALSE(find(d, "PHL", "CHN", "13")) << describe(d);
}

// event_stage.cc modality: an adjective of doubt right before the clause's
// "that" makes it a possibility even when the parser hangs the clause on
// the speech verb; a plain "said that" stays an announcement.
TEST(CoderReview10b, ADoubtAdjectiveBeforeThatIsAPossibility) {
  NEED_MODELS();
  Document d = code_text("It is unlikely that China will invade Taiwan this year, the Pentagon said.", "2025-03-04");
  EXPECT_FALSE(find(d, "CHN", "TWN", "13", Modality::kIntended)) << describe(d);
  Document k = code_text("Russia said that it will attack Ukraine again.", "2025-03-04");
  EXPECT_TRUE(find(k, "RUS", "UKR", "13", Modality::kIntended)) << describe(k);
}

}  // namespace
}  // namespace dyad
