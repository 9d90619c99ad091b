// Domestic unrest abroad as a wire would tell it: police firing on
// protesters, bans on rallies, crowds storming buildings, rights groups and
// the UN reacting, electoral commissions accused. Found by coding invented
// wire stories (2026-11-30, eighth session, unrest-audit); each rule has a
// near miss. Sentences are invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

const char* const kDhaka = "DHAKA (AP) - Bangladesh imposed a curfew on Saturday after days of unrest in Dhaka.\n\n";

// actor_stage.cc context_fits(): an organisation that is the subject of a
// verb before a bare role ("Amnesty International urged the authorities")
// does not own it; the story's state does.
TEST(CoderUnrest, ARightsGroupUrgingTheAuthoritiesUrgesTheStorysState) {
  NEED_MODELS();
  Document d = code_text(std::string(kDhaka) + "Human Rights Watch urged the authorities to stop using lethal force.",
                         "2024-07-20");
  EXPECT_TRUE(find(d, "NGO", "BGDGOV", "02")) << describe(d);
  // An organisation right before the role still owns it: the UN's officials.
  Document near = code_text(std::string(kDhaka) + "UN officials called for calm.", "2024-07-20");
  for (const Event& e : near.events) EXPECT_NE(near.mentions[e.source].actor.code, "BGDGOV") << describe(near);
}

// 51-unrest.txt ban-rally and the implied protesters of implied_police():
// a ban on a rally restricts political freedoms (1721) of those who would
// rally.
TEST(CoderUnrest, BanningAMarchRestrictsTheOpposition) {
  NEED_MODELS();
  Document d = code_text(std::string(kDhaka) + "Police banned a march planned for Sunday.", "2024-07-20");
  EXPECT_TRUE(find(d, "BGDCOP", "BGDOPP", "1721")) << describe(d);
  // A ban on goods is no restriction of political freedoms.
  Document near = code_text(std::string(kDhaka) + "The government banned the export of rice.", "2024-07-20");
  EXPECT_FALSE(find_code(near, "1721")) << describe(near);
}

// event_stage.cc emit(): a crowd storming a building, or setting property
// on fire, riots (145); troops storming a town attack (190).
TEST(CoderUnrest, ACrowdStormingParliamentRiots) {
  NEED_MODELS();
  Document d = code_text(
      "NAIROBI (Reuters) - Kenyan police fired tear gas in Nairobi on Tuesday.\n\n"
      "Protesters stormed parliament and set fire to the building.",
      "2024-06-25");
  EXPECT_TRUE(find(d, "KENOPP", "KENLEG", "145")) << describe(d);
  EXPECT_FALSE(find_code(d, "190")) << describe(d);
  Document near = code_text(
      "NAIROBI (Reuters) - Kenyan police fired tear gas in Nairobi on Tuesday.\n\n"
      "Kenyan troops stormed an al-Shabab camp in Somalia.",
      "2024-06-25");
  EXPECT_FALSE(find_code(near, "145")) << describe(near);
}

// crowd_role(): students are a crowd too: clashes between police and
// students are repression (175) and riot (145), not war (190).
TEST(CoderUnrest, ClashesBetweenPoliceAndStudents) {
  NEED_MODELS();
  Document d = code_text(std::string(kDhaka) + "Dozens were hurt in clashes between police and students.", "2024-07-20");
  EXPECT_TRUE(find(d, "BGDCOP", "BGDEDU", "175")) << describe(d);
  EXPECT_TRUE(find(d, "BGDEDU", "BGDCOP", "145")) << describe(d);
  EXPECT_FALSE(find_code(d, "190")) << describe(d);
}

// parser_repair.cc repair_said_subject_as_object(): "said police detained
// X" is a reported clause, not "police" as the object of "said".
TEST(CoderUnrest, SaidPoliceDetainedPeople) {
  NEED_MODELS();
  Document d = code_text(
      "TBILISI (Reuters) - Georgian police used water cannon against protesters in Tbilisi.\n\n"
      "The Interior Ministry said police detained more than 100 people on Tuesday night.",
      "2024-12-05");
  EXPECT_TRUE(find(d, "GEOCOP", "GEO", "173")) << describe(d);
  // A noun object of "said" with no verb of its own stays one.
  Document near = code_text(
      "TBILISI (Reuters) - Georgian police used water cannon against protesters in Tbilisi.\n\n"
      "The Interior Ministry said police reforms were needed.",
      "2024-12-05");
  EXPECT_FALSE(find_code(near, "173")) << describe(near);
}

// repair_possessive_adjective_subject(): "Myanmar's military detained ..."
// has a subject, though the tagger reads "military" as an adjective.
TEST(CoderUnrest, AStatesMilitaryAsSubject) {
  NEED_MODELS();
  Document d = code_text("YANGON (Reuters) - Myanmar's military detained Aung San Suu Kyi on Monday.", "2021-02-02");
  EXPECT_TRUE(find(d, "MMRMIL", "MMR", "173")) << describe(d);
  // As a modifier it stays one: "Myanmar's military leader met ...".
  Document near = code_text("YANGON (Reuters) - Myanmar's military leader met the envoy on Monday.", "2021-02-02");
  EXPECT_FALSE(find_code(near, "173")) << describe(near);
}

// actor_stage.cc national_chapters(): "Amnesty International Kenya" is the
// rights group's chapter, not the state.
TEST(CoderUnrest, ARightsGroupsNationalChapter) {
  NEED_MODELS();
  Document d = code_text(
      "NAIROBI (Reuters) - Kenyan police fired tear gas in Nairobi on Tuesday.\n\n"
      "Amnesty International Kenya urged the government to exercise restraint.",
      "2024-06-25");
  EXPECT_TRUE(find(d, "NGO", "KENGOV", "02")) << describe(d);
  EXPECT_FALSE(find(d, "KEN", "KENGOV", "02")) << describe(d);
  // A state named after the group's verb is a target of its own.
  Document near = code_text("Amnesty International accused Kenya of torture.", "2024-06-25");
  EXPECT_TRUE(find(near, "NGO", "KEN", "112")) << describe(near);
}

// drop_subsumed(): "fired tear gas to disperse X" is one act (175) on X;
// conjoined verbs are two acts even with alike codes.
TEST(CoderUnrest, TearGasToDisperseIsOneAct) {
  NEED_MODELS();
  Document d = code_text(
      "KAMPALA (AFP) - Uganda's Electoral Commission declared President Yoweri Museveni the winner.\n\n"
      "Police fired tear gas to disperse opposition supporters in Kampala.",
      "2021-01-16");
  EXPECT_EQ(count_root(d, "175"), 1) << describe(d);
  EXPECT_TRUE(find(d, "UGACOP", "UGAOPP", "175")) << describe(d);
  Document two = code_text(
      "ISLAMABAD (Reuters) - Pakistani forces arrested Imran Khan in Islamabad.\n\n"
      "The government suspended mobile internet services and banned gatherings in Punjab province.",
      "2023-05-12");
  EXPECT_TRUE(find_sides(two, "PAKGOV", "PAKCVL", "1721")) << describe(two);
  EXPECT_TRUE(find(two, "PAKGOV", "PAKOPP", "1721")) << describe(two);
}

// agents_legal.txt: electoral commissions are state bodies (GOV).
TEST(CoderUnrest, AccusingTheElectoralCommission) {
  NEED_MODELS();
  Document d = code_text(
      "KAMPALA (AFP) - Uganda's Electoral Commission declared President Yoweri Museveni the winner.\n\n"
      "Bobi Wine accused the electoral commission of announcing fake results.",
      "2021-01-16");
  EXPECT_TRUE(find(d, "UGAOPP", "UGAGOV", "112")) << describe(d);
}

// names_offence(): "unlawful assembly" named as a charge is no verdict on
// a legislature.
TEST(CoderUnrest, AChargesNameIsNoVerdict) {
  NEED_MODELS();
  Document d = code_text(
      "HONG KONG (Reuters) - Hong Kong police fired tear gas at protesters.\n\n"
      "Police said officers arrested dozens of people on charges including unlawful assembly.",
      "2019-08-12");
  EXPECT_FALSE(find_code(d, "111")) << describe(d);
}

// tag_repair.cc repair_weapon_compounds(): "stun grenades" is a noun, so
// the "at" phrase still names whom the police fired at.
TEST(CoderUnrest, StunGrenadesAtProtesters) {
  NEED_MODELS();
  Document d = code_text("MINSK (AP) - Police in Belarus fired rubber bullets and stun grenades at thousands of "
                         "protesters in Minsk on Sunday night.",
                         "2020-08-10");
  EXPECT_TRUE(find(d, "BLRCOP", "BLROPP", "175")) << describe(d);
}

// anaphora.cc: the "of" phrase of "the detention of X" names the victim;
// condemning it condemns the earlier detainer. No earlier detention: none.
TEST(CoderUnrest, CondemningTheDetentionOfLeaders) {
  NEED_MODELS();
  Document d = code_text(
      "YANGON (Reuters) - Myanmar's military detained Aung San Suu Kyi on Monday.\n\n"
      "United Nations Secretary-General Antonio Guterres condemned the detention of the civilian leaders.",
      "2021-02-02");
  EXPECT_TRUE(find(d, "IGOUNO", "MMRMIL", "111")) << describe(d);
  Document none = code_text(
      "YANGON (Reuters) - Myanmar's military leader met the envoy on Monday.\n\n"
      "United Nations Secretary-General Antonio Guterres condemned the detention of the civilian leaders.",
      "2021-02-02");
  EXPECT_FALSE(find(none, "IGOUNO", "MMRMIL", "111")) << describe(none);
}

// A "what it called X" names X; it is no phone call (041). Diplomats "from
// seven countries" are not the story's state's.
TEST(CoderUnrest, NamingAndForeignDiplomats) {
  NEED_MODELS();
  Document d = code_text(
      "CARACAS (AP) - Venezuela's opposition rejected the result in Caracas.\n\n"
      "The government said it would free what it called terrorist leaders.\n\n"
      "Venezuela expelled diplomats from seven Latin American countries.",
      "2024-07-30");
  EXPECT_FALSE(find_code(d, "041")) << describe(d);
  EXPECT_FALSE(find(d, "VEN", "VENGOV", "17")) << describe(d);
}

// people_heads_asiaam.txt: Hong Kong's chief executive is its government,
// not a businesswoman; 51-unrest.txt throw-at: missiles thrown by a crowd
// at the police are a riot (145); &anaphor-145: "the violence" after it.
TEST(CoderUnrest, HongKongsChiefExecutive) {
  NEED_MODELS();
  Document d = code_text(
      "HONG KONG (Reuters) - Hong Kong police fired tear gas at protesters on Sunday.\n\n"
      "Protesters threw bricks and petrol bombs at a police station in Tsim Sha Tsui.\n\n"
      "Chief Executive Carrie Lam condemned the violence.",
      "2019-08-12");
  EXPECT_TRUE(find(d, "HKGGOV", "HKGOPP", "111")) << describe(d);
  EXPECT_TRUE(find(d, "HKGOPP", "HKGCOP", "145")) << describe(d);
}

}  // namespace
}  // namespace dyad
