// Conflict recall, eleventh session (roots 13-20): hijacked vehicles,
// military strikes launched on someone, ultimatums given with two objects,
// breaking into computers, quitting an organisation named as a bloc,
// hotels and malls stormed, one event for an attack and the participle
// that tells its toll, European goods as the Union's, and a hint of one's
// own sanctions as a threat. Sentences are invented; each rule has a near miss.
// Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_any_modality, count_root, NEED_MODELS

// 53-conflict11.txt hijack-vehicle-v: a hijacked vehicle is 181 with no
// target (it is no actor); a debate "hijacked" is no abduction.
TEST(CoderConflict11, HijackingAVehicleIsAnAbduction) {
  NEED_MODELS();
  Document d = code_text("Militants hijacked a passenger train in Pakistan's Balochistan province.", "2025-03-11");
  EXPECT_TRUE(find(d, "PAK", "", "181")) << describe(d);
  Document p = code_text("Somali pirates hijacked an oil tanker off the coast of Somalia.", "2025-03-11");
  EXPECT_TRUE(find(p, "SOM", "", "181")) << describe(p);
  Document near = code_text("The protesters hijacked the debate in the Kenyan parliament.", "2025-03-11");
  EXPECT_EQ(count_root(near, "18"), 0) << describe(near);
}

// 53-conflict11.txt launch-strike-on/-against, nuclear-strike: a strike
// launched on someone is force (190), a nuclear one a nuclear detonation
// (2042) and, threatened, a threat of WMD attack (1385); a strike launched
// by workers (no on-phrase, or only a weekday) stays a walkout (143).
TEST(CoderConflict11, AStrikeLaunchedOnSomeoneIsForceNotAWalkout) {
  NEED_MODELS();
  Document d = code_text("Israel launched a strike on Iranian targets in Syria.", "2025-03-11");
  EXPECT_TRUE(find(d, "ISR", "IRN", "190")) << describe(d);
  EXPECT_EQ(count_root(d, "14"), 0) << describe(d);
  Document a = code_text("The United States carried out a strike against Houthi rebels in Yemen.", "2025-03-11");
  EXPECT_TRUE(find(a, "USA", "YEM", "190")) << describe(a);
  Document n = code_text("North Korea threatened to launch a nuclear strike on South Korea.", "2025-03-11");
  EXPECT_TRUE(find(n, "PRK", "KOR", "1385")) << describe(n);
  Document w = code_text("Teachers in Kenya launched a strike on Monday.", "2025-03-11");
  EXPECT_TRUE(find(w, "KEN", "", "143")) << describe(w);
  EXPECT_EQ(count_root(w, "19"), 0) << describe(w);
  Document pay = code_text("Nurses in Britain launched a strike over pay.", "2025-03-11");
  EXPECT_TRUE(find(pay, "GBR", "", "143")) << describe(pay);
}

// 53-conflict11.txt ultimatum-obj2: "gave Iran an ultimatum" read as two
// objects; the first is the one it is given to.
TEST(CoderConflict11, AnUltimatumGivenWithTwoObjects) {
  NEED_MODELS();
  Document d = code_text("The United States gave Iran an ultimatum.", "2025-03-11");
  EXPECT_TRUE(find(d, "USA", "IRN", "139")) << describe(d);
  Document t = code_text("Russia gave Ukraine an ultimatum to withdraw.", "2025-03-11");
  EXPECT_TRUE(find(t, "RUS", "UKR", "139")) << describe(t);
  // A gift is no ultimatum.
  Document g = code_text("The United States gave Iran a warning.", "2025-03-11");
  EXPECT_FALSE(find(g, "USA", "IRN", "139")) << describe(g);
}

// 53-conflict11.txt hack-into: breaking into what someone owns is a cyber
// attack (176) on the owner; one's own phone names no victim.
TEST(CoderConflict11, HackingIntoAccountsIsACyberAttackOnTheirOwner) {
  NEED_MODELS();
  Document d = code_text("Chinese hackers hacked into the email accounts of US officials.", "2025-03-11");
  EXPECT_TRUE(find(d, "CHN", "USA", "176")) << describe(d);
  Document p = code_text("Russian hackers hacked into the computer network of the German parliament.", "2025-03-11");
  EXPECT_TRUE(find(p, "RUS", "DEU", "176")) << describe(p);
  Document own = code_text("The journalist hacked into his own phone.", "2025-03-11");
  EXPECT_EQ(count_root(own, "17"), 0) << describe(own);
}

// 53-conflict11.txt quit-igo-bloc: an organisation named as the modifier
// of "bloc" or "alliance" is the organisation quit (161); a town or a
// summit left is none.
TEST(CoderConflict11, QuittingAnOrganisationNamedAsABloc) {
  NEED_MODELS();
  Document d = code_text("Mali withdrew from the ECOWAS bloc.", "2025-03-11");
  EXPECT_TRUE(find(d, "MLI", "IGOWAFWAS", "161")) << describe(d);
  Document town = code_text("Russian troops withdrew from the Kherson region.", "2025-03-11");
  EXPECT_EQ(count_root(town, "16"), 0) << describe(town);
  Document summit = code_text("Hungary left the NATO summit early.", "2025-03-11");
  EXPECT_EQ(count_root(summit, "16"), 0) << describe(summit);
}

// agents.txt: a hotel or mall stormed or struck stands for the
// people in it (CVL), as a village does; an armed group attacking them uses
// unconventional violence (180). A hotel where talks are held is no target.
TEST(CoderConflict11, AHotelStormedStandsForItsPeople) {
  NEED_MODELS();
  Document d = code_text("Al-Shabab gunmen stormed a hotel in Mogadishu.", "2025-03-11");
  EXPECT_TRUE(find(d, "SOMINSSHB", "SOMCVL", "180")) << describe(d);
  Document m = code_text("Russian missiles struck a shopping mall in Kremenchuk.", "2025-03-11");
  EXPECT_TRUE(find(m, "RUS", "UKRCVL", "19")) << describe(m);
  Document talks = code_text("Russian and Ukrainian delegates met at a hotel in Istanbul.", "2025-03-11");
  for (const Event& e : talks.events)
    EXPECT_FALSE(e.target >= 0 && talks.mentions[e.target].actor.code == "TURCVL") << describe(talks);
}

// event_stage.cc result_participle(): an attack and the participle telling
// its toll on the same kind of actor are one act, coded once; a toll on
// others than the target (a city's state, then its civilians) is two.
TEST(CoderConflict11, AnAttackAndItsTollAreOneEvent) {
  NEED_MODELS();
  Document d = code_text("Gunmen stormed a hotel in Mogadishu, leaving at least five people dead.", "2025-03-11");
  EXPECT_EQ(count_root(d, "18"), 1) << describe(d);
  Document v = code_text("Boko Haram fighters raided a village in Borno state, killing 12 people.", "2025-03-11");
  EXPECT_EQ(count_root(v, "18"), 1) << describe(v);
  Document two = code_text("Russian forces shelled the city of Kharkiv, killing three civilians.", "2025-03-11");
  EXPECT_TRUE(find(two, "RUSMIL", "UKR", "194")) << describe(two);
  EXPECT_TRUE(find(two, "RUSMIL", "UKRCVL", "19")) << describe(two);
}


// 53-conflict11.txt come-under-*: a place or force that comes under air
// strikes or gunfire suffers them from the one named (recipient); coming
// "under fire" or "under attack" from lawmakers or a bloc is criticism, not
// force, and is left to other rules.
TEST(CoderConflict11, ComingUnderAirStrikesOrGunfireIsSufferingForce) {
  NEED_MODELS();
  Document d = code_text("Gaza came under Israeli airstrikes overnight.", "2025-03-11");
  EXPECT_TRUE(find(d, "ISR", "PSE", "195")) << describe(d);
  Document g = code_text("Israeli troops came under gunfire from Hamas gunmen in Gaza.", "2025-03-11");
  EXPECT_TRUE(find(g, "PSE", "ISRMIL", "190")) << describe(g);
  Document crit = code_text("The minister came under fire from opposition lawmakers in Kenya.", "2025-03-11");
  EXPECT_EQ(count_root(crit, "19"), 0) << describe(crit);
  Document plan = code_text("The plan came under attack from the European Union.", "2025-03-11");
  EXPECT_EQ(count_root(plan, "19"), 0) << describe(plan);
}

// arguments.cc prep_phrases(): a phrase the parser hangs on the place
// the verb's locative phrase names is the verb's ("demonstrated in Tel
// Aviv against the prime minister"); a weekday or a month is no place.
TEST(CoderConflict11, APhraseHungOnTheVerbsPlaceIsTheVerbs) {
  NEED_MODELS();
  Document d = code_text(
      "Tens of thousands of Israelis demonstrated in Tel Aviv against Prime Minister Benjamin Netanyahu.",
      "2025-03-11");
  EXPECT_TRUE(find(d, "ISR", "ISRGOV", "141")) << describe(d);
  Document sun = code_text("Thousands of Serbs protested in Belgrade on Sunday.", "2025-03-11");
  EXPECT_TRUE(find(sun, "SRB", "", "141")) << describe(sun);
}

// 53-conflict11.txt fight-against: armed men fighting against someone use
// force (190); politicians or activists fighting against a nominee or a
// bill do not.
TEST(CoderConflict11, ArmedMenFightingAgainstSomeoneUseForce) {
  NEED_MODELS();
  Document d = code_text("Russian troops fought in Bakhmut against Ukrainian forces.", "2025-03-11");
  EXPECT_TRUE(find(d, "RUSMIL", "UKRMIL", "190")) << describe(d);
  Document r = code_text("Sudanese rebels battled against the army in Darfur.", "2025-03-11");
  EXPECT_TRUE(find(r, "SDNREB", "SDNMIL", "190")) << describe(r);
  Document pol = code_text("Democrats fought against the nominee of President Trump.", "2025-03-11");
  EXPECT_EQ(count_root(pol, "19"), 0) << describe(pol);
  Document act = code_text("Kenyan activists fought against the finance bill.", "2025-03-11");
  EXPECT_EQ(count_root(act, "19"), 0) << describe(act);
}

// event_stage.cc (future patterns) and 53-conflict11.txt vow-response: a
// side that said it "would" retaliate announced it, as with "will" (130,
// intended); analysts' "would", a present "says ... would" and a question
// announce nothing. A response vowed to someone is a threat; a response
// promised to a letter is none.
TEST(CoderConflict11, ASideThatSaidItWouldRetaliateThreatens) {
  NEED_MODELS();
  Document d = code_text("Russia said it would retaliate against Finland.", "2025-03-11");
  EXPECT_TRUE(find(d, "RUS", "FIN", "130", Modality::kIntended)) << describe(d);
  Document an = code_text("Analysts said Russia would retaliate against Finland.", "2025-03-11");
  EXPECT_EQ(count_root(an, "13"), 0) << describe(an);
  Document q = code_text("Russia asked whether Finland would retaliate against Moscow.", "2025-03-11");
  EXPECT_EQ(count_root(q, "13"), 0) << describe(q);
  Document v = code_text("Iran's supreme leader vowed a harsh response to Israel.", "2025-03-11");
  EXPECT_TRUE(find(v, "IRN", "ISR", "130")) << describe(v);
  Document letter = code_text("The ministry promised a response to the Chinese letter.", "2025-03-11");
  EXPECT_EQ(count_root(letter, "13"), 0) << describe(letter);
}

// 00-sets.txt &aid lending, &ambassador commissioner: a lender suspending
// its lending cuts aid (162); a high commissioner recalled is an
// ambassador recalled (161). Lending among no actors, or a commissioner
// appointed, is none.
TEST(CoderConflict11, SuspendedLendingAndARecalledHighCommissioner) {
  NEED_MODELS();
  Document d = code_text("The World Bank suspended its lending to Uganda.", "2025-03-11");
  EXPECT_TRUE(find(d, "IGOUNOWBK", "UGA", "162")) << describe(d);
  Document r = code_text("Kenya recalled its high commissioner from Somalia.", "2025-03-11");
  EXPECT_TRUE(find(r, "KEN", "SOM", "161")) << describe(r);
  Document banks = code_text("Banks suspended lending to small firms in Kenya.", "2025-03-11");
  EXPECT_EQ(count_root(banks, "16"), 0) << describe(banks);
  Document app = code_text("The EU appointed a new commissioner for trade.", "2025-03-11");
  EXPECT_EQ(count_root(app, "16"), 0) << describe(app);
}

// actor_stage.cc europe_as_union(): in a story that names the European
// Union, goods the adjective "European" names ("tariffs on European
// steel") are the Union's; without the Union named, or for "European
// countries", the region stays.
TEST(CoderConflict11, EuropeanGoodsAreTheUnionsInAStoryNamingIt) {
  NEED_MODELS();
  Document d = code_text("The European Union said Washington imposed tariffs on European steel.", "2025-03-11");
  EXPECT_TRUE(find(d, "USA", "IGOEUREEC", "163")) << describe(d);
  Document p = code_text("The European Union said China halted imports of European pork.", "2025-03-11");
  EXPECT_TRUE(find(p, "CHN", "IGOEUREEC", "163")) << describe(p);
  Document none = code_text("Trump imposed tariffs on European cars.", "2025-03-11");
  EXPECT_FALSE(find(none, "", "IGOEUREEC", "163")) << describe(none);
  // Not a region's countries, nor European soil.
  Document region =
      code_text("The European Union met as European countries condemned the attack on European soil.", "2025-03-11");
  EXPECT_EQ(mention_code(region, "European countries"), "EUR");
  EXPECT_EQ(mention_code(region, "European"), "EUR");
}

// 00-sets.txt &speech hint, signal: a side that hints or signals its own
// possible act announces it, so possible sanctions are a threat (1312) as
// after "said it could"; another side's possible act stays possible.
TEST(CoderConflict11, HintingAtItsOwnSanctionsIsAThreat) {
  NEED_MODELS();
  Document d = code_text("Beijing hinted that it could retaliate with tariffs on Canadian canola.", "2025-03-11");
  EXPECT_TRUE(find(d, "CHN", "CAN", "1312", Modality::kIntended)) << describe(d);
  Document s = code_text("Beijing signaled that it could impose sanctions on Lithuania.", "2025-03-11");
  EXPECT_TRUE(find(s, "CHN", "LTU", "1312", Modality::kIntended)) << describe(s);
  Document other = code_text("Beijing hinted that Washington could impose sanctions on Lithuania.", "2025-03-11");
  EXPECT_FALSE(find_any_modality(other, "", "LTU", "1312")) << describe(other);
  EXPECT_FALSE(find(other, "USA", "LTU", "163")) << describe(other);
}

}  // namespace
}  // namespace dyad
