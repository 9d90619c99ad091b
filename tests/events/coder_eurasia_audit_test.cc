// Europe and Asia security wire stories (Russia-Ukraine, NATO enlargement,
// Kosovo, Karabakh, Taiwan, India-Pakistan, Afghanistan): rules found by
// coding invented wire stories (2026-11-30, eighth session, Eurasia audit).
// Each rule has a near miss. Sentences are invented. Skips when a model is
// missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// parser_repair.cc repair_call_on_subject(): "called on Beijing to stop"
// read as "for Beijing to stop" with "on" a subordinator loses the
// addressee of the appeal.
TEST(CoderEurasiaAudit, CallOnAStateToActIsAnAppealToIt) {
  NEED_MODELS();
  Document d = code_text("Taiwan called on Beijing to stop its provocations.", "2024-05-23");
  EXPECT_TRUE(find(d, "TWN", "CHN", "02")) << describe(d);
  // Calling a thing names no addressee.
  Document none = code_text("Taiwan called the drills a provocation.", "2024-05-23");
  EXPECT_FALSE(find(none, "TWN", "CHN", "02")) << describe(none);
}

// 00-sets.txt &act-owner launch/begin/wage: the one who launches an
// invasion owns it.
TEST(CoderEurasiaAudit, LaunchingAnInvasionIsTheInvasion) {
  NEED_MODELS();
  Document d = code_text("Russia launched a full-scale invasion of Ukraine in February 2022.", "2024-02-24");
  EXPECT_TRUE(find(d, "RUS", "UKR", "192")) << describe(d);
  // Launching an inquiry into an invasion is no invasion by the inquirer.
  Document none = code_text("Poland launched an investigation into the invasion of Ukraine.", "2024-02-24");
  EXPECT_FALSE(find(none, "POL", "UKR", "19")) << describe(none);
}

// arguments.cc mention_for() &struck-site: sites struck in a named state
// stand for that state.
TEST(CoderEurasiaAudit, StrikesOnSitesInAStateTargetTheState) {
  NEED_MODELS();
  Document d = code_text("India launched missile strikes on nine sites in Pakistan on Wednesday.", "2025-05-07");
  EXPECT_TRUE(find(d, "IND", "PAK", "19")) << describe(d);
  // A province is no state named as such: whose base in Crimea is not said.
  Document none = code_text("Ukrainian drones struck an air base in Crimea.", "2025-05-07");
  EXPECT_FALSE(find(none, "UKR", "UKR", "19")) << describe(none);
}

// &anaphor-02 demand: "the demand" after an appeal is that appeal; the
// rejection goes to the one who asked.
TEST(CoderEurasiaAudit, RejectingTheDemandRejectsTheOneWhoCalledForIt) {
  NEED_MODELS();
  Document d = code_text(
      "The European Union called on Kosovo to withdraw special police units from the town halls. "
      "Kurti rejected the demand.",
      "2023-05-31");
  EXPECT_TRUE(find(d, "KSVGOV", "IGOEUREEC", "12")) << describe(d);
  Document none = code_text("Kurti rejected the demand.", "2023-05-31");
  EXPECT_FALSE(find_code(none, "12")) << describe(none);
}

// &anaphor-11 criticism: "the criticism" is the critic's act.
TEST(CoderEurasiaAudit, RejectingTheCriticismRejectsTheCritic) {
  NEED_MODELS();
  Document d = code_text(
      "U.N. Secretary-General Antonio Guterres condemned the Taliban's ban on women working for the United Nations. "
      "The Taliban rejected the criticism.",
      "2023-02-02");
  EXPECT_TRUE(find(d, "AFGGOVTAL", "IGOUNO", "12")) << describe(d);
  // No criticism told before: no one to answer.
  Document none = code_text("The Taliban rejected the criticism.", "2023-02-02");
  EXPECT_FALSE(find_code(none, "12")) << describe(none);
}

// 15-force.txt order-readiness: an alert ordered for one's own army.
TEST(CoderEurasiaAudit, OrderingTheArmyToCombatReadinessRaisesTheAlert) {
  NEED_MODELS();
  Document d = code_text("Serbian President Aleksandar Vucic ordered the army to full combat readiness.", "2023-05-26");
  EXPECT_TRUE(find(d, "SRBGOV", "", "152")) << describe(d);
  Document none = code_text("Serbian President Aleksandar Vucic ordered the army to the border.", "2023-05-26");
  EXPECT_FALSE(find_code(none, "152")) << describe(none);
}

// event_stage.cc accuser_of(): a state's army named in the claim and its
// government denying it are one side, so the denial answers the accuser;
// an army and a government of one state are still no accuser of each other.
TEST(CoderEurasiaAudit, AGovernmentDeniesWhatIsSaidOfItsArmy) {
  NEED_MODELS();
  Document d = code_text(
      "Indian Foreign Secretary Vikram Misri said the Pakistani military had violated the truce. "
      "Islamabad rejected the allegation.",
      "2025-05-11");
  EXPECT_TRUE(find(d, "PAKGOV", "INDGOV", "016")) << describe(d);
  Document none = code_text(
      "The Pakistani army said Pakistani troops had violated the truce. Islamabad rejected the allegation.",
      "2025-05-11");
  EXPECT_FALSE(find_code(none, "016")) << describe(none);
}

// 07-aid.txt approve-arms-sale, 12-reject.txt hold-up-bid, 16-reduce.txt
// suspend-participation.
TEST(CoderEurasiaAudit, ArmsSalesVetoesAndSuspendedParticipation) {
  NEED_MODELS();
  Document sale = code_text("Washington has approved several arms sales to Taiwan this year.", "2024-05-23");
  EXPECT_TRUE(find(sale, "USA", "TWN", "072")) << describe(sale);
  Document port = code_text("The board approved the sale of the port to a Chinese company.", "2024-05-23");
  EXPECT_FALSE(find_code(port, "07")) << describe(port);
  Document veto = code_text("Ankara continues to hold up Sweden's membership.", "2023-04-04");
  EXPECT_TRUE(find(veto, "TURGOV", "SWE", "12")) << describe(veto);
  Document traffic = code_text("Turkish police held up traffic in Ankara for hours.", "2023-04-04");
  EXPECT_FALSE(find_code(traffic, "12")) << describe(traffic);
  Document ex = code_text("The United States suspended Kosovo's participation in a military exercise.", "2023-05-31");
  EXPECT_TRUE(find(ex, "USA", "KSV", "16")) << describe(ex);
}

// 00-sets.txt &measure package/batch/tranche: a package of sanctions is the
// sanctions, and "the sanctions" called illegal are its owner's.
TEST(CoderEurasiaAudit, APackageOfSanctionsIsSanctions) {
  NEED_MODELS();
  Document d = code_text(
      "The European Union adopted its 11th package of sanctions against Russia on Friday. "
      "Russian Foreign Ministry spokeswoman Maria Zakharova called the sanctions illegal.",
      "2023-06-23");
  EXPECT_TRUE(find(d, "IGOEUREEC", "RUS", "163")) << describe(d);
  EXPECT_TRUE(find(d, "RUSGOV", "IGOEUREEC", "111")) << describe(d);
  // A package of reforms is no sanction.
  Document none = code_text("The European Union adopted a package of reforms for Ukraine.", "2023-06-23");
  EXPECT_FALSE(find_code(none, "16")) << describe(none);
}

// people_heads_europe.txt: Lajcak was the EU's envoy for the Belgrade-Pristina
// dialogue from 2020, Slovakia's foreign minister before.
TEST(CoderEurasiaAudit, LajcakIsTheEuEnvoyFrom2020) {
  NEED_MODELS();
  Document d = code_text("Vucic met EU envoy Miroslav Lajcak in Belgrade.", "2023-05-29");
  EXPECT_TRUE(find(d, "SRBGOV", "IGOEUREEC", "04")) << describe(d);
  Document before = code_text("Serbian Prime Minister Aleksandar Vucic met Miroslav Lajcak in Belgrade.", "2016-03-01");
  EXPECT_TRUE(find(before, "SRBGOV", "SVKGOV", "04")) << describe(before);
}

}  // namespace
}  // namespace dyad
