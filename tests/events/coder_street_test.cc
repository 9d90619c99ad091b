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
  // The demonstrators act where the clause places the clash too (Peru).
  EXPECT_TRUE(find(d, "PEROPP", "PERCOP", "145")) << describe(d);
  EXPECT_TRUE(find(d, "PERCOP", "PEROPP", "175")) << describe(d);
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

// Not accepting an offer or a demand is refusing it (the refusal is the
// act, asserted); accepting one is not.
TEST(CoderRefusal, NotAcceptingAProposalIsRejectingIt) {
  NEED_MODELS();
  Document d = code_text("Venezuela did not accept the proposal of the Organization of American States.");
  EXPECT_TRUE(find(d, "VEN", "IGO", "127")) << describe(d);
  Document c = code_text("Venezuela accepted the proposal of the Organization of American States.");
  EXPECT_FALSE(find_code(c, "127")) << describe(c);
}

// "welcomed the release" looks back to whoever released the captives.
TEST(CoderRefusal, WelcomingAReleaseTargetsTheCaptor) {
  NEED_MODELS();
  Document d = code_text("Houthi rebels freed three Saudi prisoners on Sunday. Oman welcomed the release.");
  EXPECT_TRUE(find(d, "OMN", "YEMREB", "051")) << describe(d);
}

// A visit to a hospital or a school at home is no diplomatic visit; a
// visit to another state's ministry is.
TEST(CoderVisits, HomeInstitutionIsNoVisit) {
  NEED_MODELS();
  Document d = code_text("The Kenyan president made a trip to a Nairobi hospital on Saturday.");
  EXPECT_FALSE(find_code(d, "042")) << describe(d);
  Document c = code_text("The Kenyan president made a trip to Uganda on Saturday.");
  EXPECT_TRUE(find(c, "KENGOV", "UGA", "042")) << describe(c);
}

// Drug seizures are not hijackings.
TEST(CoderVisits, DrugSeizuresAreNoHijacking) {
  NEED_MODELS();
  Document d = code_text("Kenyan police said seizures of heroin doubled last year.");
  EXPECT_FALSE(find_code(d, "181")) << describe(d);
}

// A city or province places the agents acting there in its state.
TEST(CoderPlaces, CityNamesTheAgentsState) {
  NEED_MODELS();
  Document d = code_text("Rebels in Idlib attacked government positions on Monday.");
  EXPECT_TRUE(find(d, "SYRREB", "SYR", "19")) << describe(d);
  Document c = code_text("In the northern city of Kunduz, gunmen killed two police officers.");
  EXPECT_TRUE(find(c, "AFG", "AFGCOP", "")) << describe(c);
}

// Reaching a deal is agreeing to cooperate (030), a trade deal economic
// cooperation (0311); signing one is the formal agreement (057).
TEST(CoderDeals, ReachingIsNotSigning) {
  NEED_MODELS();
  Document d = code_text("Chile reached a trade deal with Peru on Monday.");
  EXPECT_TRUE(find(d, "CHL", "PER", "0311")) << describe(d);
  EXPECT_TRUE(find(d, "PER", "CHL", "0311")) << describe(d);
  EXPECT_FALSE(find_code(d, "057")) << describe(d);
  Document c = code_text("Chile signed a trade deal with Peru on Monday.");
  EXPECT_TRUE(find(c, "CHL", "PER", "057")) << describe(c);
}

// A simple present in a relative clause on a person is what the person does
// as a rule, not a meeting that took place.
TEST(CoderDeals, HabitualMeetingInARelativeClauseIsNoEvent) {
  NEED_MODELS();
  Document d = code_text("The Kenyan envoy, who meets regularly with Ugandan officials, said talks would go on.");
  EXPECT_FALSE(find_code(d, "04")) << describe(d);
  Document c = code_text("The Kenyan envoy, who met Ugandan officials on Monday, said talks would go on.");
  EXPECT_TRUE(find(c, "KEN", "UGA", "04")) << describe(c);
}

// Met in the passive by armed men is an encounter, not talks; met by a
// foreign minister is still a meeting.
TEST(CoderDeals, MetByArmedMenIsNoMeeting) {
  NEED_MODELS();
  Document d = code_text("The Kenyan escapees were met outside by armed men.");
  EXPECT_FALSE(find_code(d, "04")) << describe(d);
  Document c = code_text("The Kenyan envoy was met by the Ugandan foreign minister on Monday.");
  EXPECT_TRUE(find(c, "UGA", "KEN", "04")) << describe(c);
}

// Letting refugees in is granting them asylum (075).
TEST(CoderDeals, TakingInRefugeesIsAsylum) {
  NEED_MODELS();
  Document d = code_text("Poland took in two million Ukrainian refugees last year.");
  EXPECT_TRUE(find(d, "POL", "UKRREF", "075")) << describe(d);
  Document c = code_text("Ukrainian refugees took shelter in Polish schools.");
  EXPECT_FALSE(find_code(c, "075")) << describe(c);
}

// Whoever reports an act is not its target, even when the parser hangs the
// reporter's title on the target as a conjunct.
TEST(CoderDeals, TheReporterIsNoTarget) {
  NEED_MODELS();
  Document d = code_text("Germany will send tanks to Ukraine, Chancellor Olaf Scholz said.", "2023-04-14");
  EXPECT_TRUE(find(d, "DEU", "UKR", "033", Modality::kIntended)) << describe(d);
  EXPECT_FALSE(find(d, "DEU", "DEUGOV", "", Modality::kIntended)) << describe(d);
}

// A pardon yields (080); an announced deployment of troops to a state is
// force posture toward it (154).
TEST(CoderDeals, PardonsAndAnnouncedDeployments) {
  NEED_MODELS();
  Document d = code_text("The Kenyan president pardoned the jailed Ugandan activists.");
  EXPECT_TRUE(find(d, "KENGOV", "UGA", "080")) << describe(d);
  Document c = code_text("The Pentagon announced the deployment of 3,000 troops to Romania.");
  EXPECT_TRUE(find(c, "USAMIL", "ROU", "154")) << describe(c);
  Document e = code_text("The Pentagon announced the deployment of a new software system.");
  EXPECT_FALSE(find_code(e, "154")) << describe(e);
}

// Force against a thing that is no actor is aimed at the state it stands
// in; not at the attacker's own state.
TEST(CoderPlaces, StrikeOnAThingInAStateTargetsTheState) {
  NEED_MODELS();
  Document d = code_text("Ukrainian drones struck an oil refinery in southern Russia.");
  EXPECT_TRUE(find(d, "UKR", "RUS", "19")) << describe(d);
  Document c = code_text("Malian rebels attacked a convoy in northern Mali.");
  EXPECT_FALSE(find(c, "MLIREB", "MLI", "19")) << describe(c);
}

// A ceasefire signed with someone is declared by both; drills around a
// state are aimed at it.
TEST(CoderDeals, SignedCeasefireAndDrillsAround) {
  NEED_MODELS();
  Document d = code_text("The Malian government signed a ceasefire with Tuareg rebels.");
  EXPECT_TRUE(find(d, "MLIGOV", "REB", "0871") || find(d, "MLIGOV", "MLIREB", "0871")) << describe(d);
  Document c = code_text("Russia conducted naval drills around Japan on Monday.");
  EXPECT_TRUE(find(c, "RUS", "JPN", "150")) << describe(c);
}

// Force against a group's positions or bases is aimed at the group.
TEST(CoderPlaces, StrikeOnAGroupsPositionsTargetsTheGroup) {
  NEED_MODELS();
  Document d = code_text("Israeli jets bombed Hezbollah positions in southern Lebanon.");
  EXPECT_TRUE(find(d, "ISR", "LBNREBHEZ", "19")) << describe(d);
}

}  // namespace
}  // namespace dyad
