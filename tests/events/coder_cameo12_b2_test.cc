// CAMEO phrasings of roots 06-10, round 2 (twelfth session): families of
// phrasings in data/verbs/56-cameo12-b.txt, the recipient's "to" phrase hung
// on a topic phrase (src/events/arguments.cc) and the civilians a lifted
// curfew or state of emergency is eased for (implied:people-eased,
// src/actors/actor_stage.cc). Sentences are invented; each family has near
// misses. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// 064: information, intelligence or tips passed, handed over or relayed,
// also with the "to" phrase after a topic phrase.
TEST(CoderCameo12B2, IntelligencePassedToSomeone) {
  NEED_MODELS();
  Document d = code_text("Jordan passed information about the cell to French authorities on Monday.", "2023-05-04");
  EXPECT_TRUE(find(d, "JOR", "FRA", "064")) << describe(d);
  Document h = code_text("Britain handed over intelligence on the smuggling network to Italy last week.", "2023-05-04");
  EXPECT_TRUE(find(h, "GBR", "ITA", "064")) << describe(h);
  Document r = code_text("Norway relayed information on the hijackers to Spain.", "2023-05-04");
  EXPECT_TRUE(find(r, "NOR", "ESP", "064")) << describe(r);
  Document t = code_text("Turkish police passed tips to Greece about a trafficker.", "2023-05-04");
  EXPECT_TRUE(find(t, "TUR", "GRC", "064")) << describe(t);
  // A law passed is no intelligence.
  Document n = code_text("Kenya's parliament passed a law on data protection on Tuesday.", "2023-05-04");
  EXPECT_FALSE(find_code(n, "064")) << describe(n);
}

// 073: relief goods by kind shipped or airlifted to disaster victims.
TEST(CoderCameo12B2, ReliefShippedToDisasterVictims) {
  NEED_MODELS();
  Document d = code_text("The Red Cross airlifted medicine to flood victims in Libya on Monday.", "2023-05-04");
  EXPECT_TRUE(find(d, "", "LBYCVL", "073")) << describe(d);
  Document t = code_text("Qatar shipped tents and blankets to Turkey on Friday.", "2023-05-04");
  EXPECT_TRUE(find(t, "QAT", "TUR", "073")) << describe(t);
  // Oil shipped is trade.
  Document o = code_text("Russia shipped oil to India on Monday.", "2023-05-04");
  EXPECT_FALSE(find_code(o, "073")) << describe(o);
}

// 072 hand-over-vehicles, 0842 hand-back-vessel, 0871 sign-truce-deal.
TEST(CoderCameo12B2, VehiclesHandedOverShipsHandedBackTrucesSigned) {
  NEED_MODELS();
  Document v = code_text("France handed over armoured vehicles to the Malian army on Tuesday.", "2023-05-04");
  EXPECT_TRUE(find(v, "FRA", "MLIMIL", "072")) << describe(v);
  EXPECT_FALSE(find_code(v, "063")) << describe(v);
  Document s = code_text("Iran handed back the seized British tanker to London on Monday.", "2023-05-04");
  EXPECT_TRUE(find_code(s, "0842")) << describe(s);
  EXPECT_FALSE(find_code(s, "072")) << describe(s);
  Document c = code_text("Armenia and Azerbaijan signed a ceasefire deal on Tuesday.", "2023-05-04");
  EXPECT_TRUE(find(c, "ARM", "AZE", "0871")) << describe(c);
  EXPECT_TRUE(find(c, "AZE", "ARM", "0871")) << describe(c);
  // Any other deal is an agreement signed.
  Document t = code_text("Armenia and Azerbaijan signed a trade deal on Tuesday.", "2023-05-04");
  EXPECT_FALSE(find_code(t, "0871")) << describe(t);
  EXPECT_TRUE(find(t, "ARM", "AZE", "057")) << describe(t);
}

// 086x: an international organisation's observers invited, its access
// granted, routes opened to its aid, a deployment agreed to.
TEST(CoderCameo12B2, InternationalInvolvementAllowed) {
  NEED_MODELS();
  Document o = code_text("Zimbabwe invited African Union observers to monitor its elections.", "2023-05-04");
  EXPECT_TRUE(find(o, "ZWE", "IGOAFRAFU", "086")) << describe(o);
  EXPECT_FALSE(find_code(o, "020")) << describe(o);
  // Investors invited are asked.
  Document i = code_text("Zimbabwe invited Chinese investors to build a dam.", "2023-05-04");
  EXPECT_FALSE(find_code(i, "086")) << describe(i);
  Document c = code_text("Syria opened two border crossings to UN aid convoys on Monday.", "2023-05-04");
  EXPECT_TRUE(find(c, "SYR", "IGOUNO", "0863")) << describe(c);
  Document p = code_text("Lebanon agreed to the deployment of more UN peacekeepers on Saturday.", "2023-05-04");
  EXPECT_TRUE(find_code(p, "0861")) << describe(p);
  Document t = code_text("Mali opened its doors to French troops.", "2023-05-04");
  EXPECT_TRUE(find(t, "MLI", "FRAMIL", "0861")) << describe(t);
}

// 0813/0814: a curfew or state of emergency eased falls on the civilians of
// the state that eases it.
TEST(CoderCameo12B2, CurfewsEasedForThePeople) {
  NEED_MODELS();
  Document d = code_text("Peru lifted its state of emergency on Wednesday.", "2023-05-04");
  EXPECT_TRUE(find(d, "PER", "PERCVL", "0814")) << describe(d);
  Document r = code_text("Kenya's government relaxed the nationwide curfew on Monday.", "2023-05-04");
  EXPECT_TRUE(find(r, "KENGOV", "KENCVL", "0813")) << describe(r);
  Document p = code_text("The curfew was eased by Nigerian police on Friday.", "2023-05-04");
  EXPECT_TRUE(find(p, "NGACOP", "NGACVL", "0813")) << describe(p);
  Document m = code_text("Thailand's government ended martial law on Wednesday.", "2023-05-04");
  EXPECT_TRUE(find(m, "THAGOV", "THACVL", "0814")) << describe(m);
  // A law repealed is no state of emergency eased.
  Document l = code_text("Peru's congress repealed the mining law on Wednesday.", "2023-05-04");
  EXPECT_FALSE(find_code(l, "0814")) << describe(l);
}

// 09: an inquiry's kind is the kind of act it looks into; 10: a demand
// pressed or renewed.
TEST(CoderCameo12B2, InquiriesByKindAndDemandsPressed) {
  NEED_MODELS();
  Document a = code_text("The UN ordered an inquiry into killings by Iranian security forces.", "2023-05-04");
  EXPECT_TRUE(find_code(a, "092")) << describe(a);
  Document s = code_text("Ukraine opened an investigation into the Russian missile strike on Kramatorsk.", "2023-05-04");
  EXPECT_TRUE(find(s, "UKR", "RUS", "093")) << describe(s);
  // A hospital opened is no inquiry.
  Document h = code_text("The minister opened a new hospital in Kisumu on Monday.", "2023-05-04");
  EXPECT_FALSE(find_code(h, "09")) << describe(h);
  Document d = code_text("South Korea renewed its demand for an apology from Japan on Thursday.", "2023-05-04");
  EXPECT_TRUE(find(d, "KOR", "JPN", "100")) << describe(d);
  Document p = code_text("Japan pressed its demand for compensation from China.", "2023-05-04");
  EXPECT_TRUE(find(p, "JPN", "CHN", "100")) << describe(p);
}

// 100 tell-to: told or instructed to act is a demand, and the act asked is
// not done; telling the media what is so demands nothing.
TEST(CoderCameo12B2, ToldToActIsADemand) {
  NEED_MODELS();
  Document d = code_text("Washington told Ankara to free the American pastor.", "2023-05-04");
  EXPECT_TRUE(find(d, "USA", "TUR", "1053")) << describe(d);
  EXPECT_FALSE(find_code(d, "0841")) << describe(d);
  Document p = code_text("Ankara was told by Washington to free the American pastor.", "2023-05-04");
  EXPECT_TRUE(find(p, "USA", "TUR", "1053")) << describe(p);
  Document m = code_text("Afghan writer Nazeer Ahmad Sahaar told VOA the Taliban jettison anything they see as contrary to their ideology.",
                         "2023-05-04");
  EXPECT_FALSE(find_code(m, "10")) << describe(m);
}

// 060/061 joint funds and projects, 063 police working with another side
// on a case, 0842 a ship let go.
TEST(CoderCameo12B2, JointFundsCasesAndShipsLetGo) {
  NEED_MODELS();
  Document f = code_text("China and Italy launched a joint investment fund on Friday.", "2023-05-04");
  EXPECT_TRUE(find(f, "CHN", "ITA", "061")) << describe(f);
  EXPECT_TRUE(find(f, "ITA", "CHN", "061")) << describe(f);
  // A fund of one side is no cooperation.
  Document o = code_text("Egypt launched a new investment fund on Friday.", "2023-05-04");
  EXPECT_FALSE(find_code(o, "06")) << describe(o);
  Document c = code_text("French police worked with Belgian investigators on the inquiry into the Paris attacks.",
                         "2023-05-04");
  EXPECT_TRUE(find(c, "FRA", "BEL", "063")) << describe(c);
  // Officials working with firms are no judicial cooperation.
  Document b = code_text("Turkish officials are cooperating with German companies in the energy sector.", "2023-05-04");
  EXPECT_FALSE(find_code(b, "063")) << describe(b);
  Document s = code_text("Iran let the British tanker go after two months.", "2023-05-04");
  EXPECT_TRUE(find(s, "IRN", "GBR", "0842")) << describe(s);
  EXPECT_FALSE(find_code(s, "0841")) << describe(s);
}

// 104/1042: reforms or a law's repeal demanded by a state's own people, no
// one named, are asked of their government (implied:policy-maker+demanders).
TEST(CoderCameo12B2, PeoplesDemandsForReformGoToTheirGovernment) {
  NEED_MODELS();
  Document d = code_text("Indian farmers demanded the repeal of the new farm laws on Tuesday.", "2023-05-04");
  EXPECT_TRUE(find(d, "INDAGR", "INDGOV", "1042")) << describe(d);
  Document b = code_text("Kenyan teachers demanded the withdrawal of the new education bill.", "2023-05-04");
  EXPECT_TRUE(find(b, "KENEDU", "KENGOV", "1042")) << describe(b);
  // Someone named in the demand is the one asked; a government's demand
  // is no domestic one; troops withdrawn are no law.
  Document n = code_text("Ukrainian protesters demanded reforms of the Russian-backed government.", "2023-05-04");
  EXPECT_FALSE(find(n, "UKROPP", "UKRGOV", "10")) << describe(n);
  Document g = code_text("The Kenyan government demanded reforms at the IMF.", "2023-05-04");
  EXPECT_FALSE(find(g, "KENGOV", "KENGOV", "10")) << describe(g);
  Document t = code_text("Nigerian students demanded the withdrawal of troops from the campus.", "2023-05-04");
  EXPECT_FALSE(find(t, "NGAEDU", "NGAGOV", "10")) << describe(t);
}

// 070 help-recover, 0861 accept-protection-force, 0841 set-free.
TEST(CoderCameo12B2, HelpToRecoverProtectionForcesPeopleSetFree) {
  NEED_MODELS();
  Document h = code_text("Japan helped Indonesia rebuild after the tsunami.", "2023-05-04");
  EXPECT_TRUE(find(h, "JPN", "IDN", "070")) << describe(h);
  Document e = code_text("The central bank is helping the economy recover.", "2023-05-04");
  EXPECT_FALSE(find_code(e, "07")) << describe(e);
  Document f = code_text("Mali accepted a UN protection force on Sunday.", "2023-05-04");
  EXPECT_TRUE(find(f, "MLI", "IGOUNO", "0861")) << describe(f);
  Document p = code_text("Two Pakistani pilots were set free by the Taliban.", "2023-05-04");
  EXPECT_TRUE(find(p, "AFG", "PAK", "0841")) << describe(p);
  Document a = code_text("Hamas set two American hostages free on Friday.", "2023-05-04");
  EXPECT_TRUE(find(a, "PSE", "USA", "0841")) << describe(a);
  // Free markets and free trade zones are no release.
  Document m = code_text("Russia set up a free trade zone with Belarus.", "2023-05-04");
  EXPECT_FALSE(find_code(m, "084")) << describe(m);
}

// 0874 hand-back-ground: ground handed over is given up; 0842 things handed
// back, with the "to" phrase the parser hangs under "back".
TEST(CoderCameo12B2, GroundHandedOverThingsHandedBack) {
  NEED_MODELS();
  Document g = code_text("Armenia handed over three villages to Azerbaijan on Friday.", "2023-05-04");
  EXPECT_TRUE(find(g, "ARM", "AZE", "0874")) << describe(g);
  EXPECT_FALSE(find_code(g, "0841")) << describe(g);
  Document b = code_text("Germany handed back the Benin Bronzes to Nigeria.", "2023-05-04");
  EXPECT_TRUE(find(b, "DEU", "NGA", "0842")) << describe(b);
}

}  // namespace
}  // namespace dyad
