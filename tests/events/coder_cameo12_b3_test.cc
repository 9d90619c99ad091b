// CAMEO phrasings of roots 06-10, round 3 (twelfth session): families of
// phrasings in data/verbs/57-cameo12-b.txt, a demand noun's own content
// clause (src/events/event_stage.cc) and the civilians limits on political
// freedoms are eased for (implied:people-eased, src/actors/actor_stage.cc).
// Sentences are invented; each family has near misses. Skips when a model
// is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// 10: demands received ("faced demands from X to ...", "came under pressure
// from X"): X demands of the subject; demands made or laid down to someone.
// Market demand is no demand.
TEST(CoderCameo12B3, DemandsFacedAndPressureFromSomeone) {
  NEED_MODELS();
  Document d = code_text("Israel faced demands from Human Rights Watch to end the blockade.", "2023-05-04");
  EXPECT_TRUE(find(d, "NGO", "ISR", "10")) << describe(d);
  Document p = code_text("Ghana came under pressure from the IMF to cut spending.", "2023-05-04");
  EXPECT_TRUE(find(p, "IGOIMF", "GHA", "10")) << describe(p);
  Document f = code_text("India faced pressure from Washington to cut Russian oil imports.", "2023-05-04");
  EXPECT_TRUE(find(f, "USA", "IND", "10")) << describe(f);
  // Demands made, presented or laid down to someone.
  Document l = code_text("Moscow laid down sweeping demands to Kyiv.", "2023-05-04");
  EXPECT_TRUE(find(l, "RUS", "UKR", "100")) << describe(l);
  Document i = code_text("Beijing issued a list of demands to Canberra.", "2023-05-04");
  EXPECT_TRUE(find(i, "CHN", "AUS", "100")) << describe(i);
  // Buyers' demand for goods is a market.
  Document m = code_text("China faces strong demand from European buyers.", "2023-05-04");
  EXPECT_FALSE(find_code(m, "10")) << describe(m);
}

// 10: a demand named by a noun with its own content clause: the clause's
// subject is asked; a claim noun's clause is no demand.
TEST(CoderCameo12B3, DemandNounWithContentClause) {
  NEED_MODELS();
  Document d = code_text("Kenya's demand that Uganda hand over the suspects angered Kampala.", "2023-05-04");
  EXPECT_TRUE(find(d, "KEN", "UGA", "100")) << describe(d);
  Document e = code_text("Poland's demand that Germany pay reparations strained ties.", "2023-05-04");
  EXPECT_TRUE(find(e, "POL", "DEU", "100")) << describe(e);
  // A claim that someone acted is no demand.
  Document c = code_text("Kenya's claim that Uganda armed the rebels angered Kampala.", "2023-05-04");
  EXPECT_FALSE(find(c, "KEN", "UGA", "10")) << describe(c);
}

// 072 weapons delivery approved; 063 extradition approved; 0842 property
// repatriated or restituted.
TEST(CoderCameo12B3, DeliveriesExtraditionsRestitutionsApproved) {
  NEED_MODELS();
  Document d = code_text("Canada approved the delivery of tanks to Ukraine.", "2023-05-04");
  EXPECT_TRUE(find(d, "CAN", "UKR", "072")) << describe(d);
  // A hospital delivered is no weapon.
  Document h = code_text("Spain approved the delivery of a new hospital to Morocco.", "2023-05-04");
  EXPECT_FALSE(find_code(h, "072")) << describe(h);
  Document x = code_text("A Chilean court approved the extradition of a Peruvian banker to Lima.", "2023-05-04");
  EXPECT_TRUE(find(x, "CHL", "PER", "063")) << describe(x);
  // An extradition blocked is no cooperation.
  Document b = code_text("Spain's high court blocked the extradition of a Venezuelan general to the United States.",
                         "2023-05-04");
  EXPECT_FALSE(find_code(b, "063")) << describe(b);
  Document r = code_text("France restituted 26 royal treasures to Benin.", "2023-05-04");
  EXPECT_TRUE(find(r, "FRA", "BEN", "0842")) << describe(r);
}

// 087: an offensive or military operations halted or scaled back, troop
// presence reduced; a bare operation or a market presence is none.
TEST(CoderCameo12B3, OffensivesHaltedPresenceReduced) {
  NEED_MODELS();
  Document d = code_text("Israel halted its offensive against Hamas.", "2023-05-04");
  EXPECT_TRUE(find(d, "ISR", "PSE", "087")) << describe(d);
  Document o = code_text("Ethiopia halted military operations against Eritrea.", "2023-05-04");
  EXPECT_TRUE(find_code(o, "087")) << describe(o);
  Document p = code_text("Russia reduced its troop presence in Syria.", "2023-05-04");
  EXPECT_TRUE(find_code(p, "087")) << describe(p);
  Document n = code_text("The army stopped the operation after two soldiers died.", "2023-05-04");
  EXPECT_FALSE(find_code(n, "087")) << describe(n);
  Document m = code_text("Poland cut its presence in the Chinese market.", "2023-05-04");
  EXPECT_FALSE(find_code(m, "087")) << describe(m);
}

// 0811: limits on gatherings, the press or websites eased, for the easing
// state's own people; a ban on flights to another state stays 081.
TEST(CoderCameo12B3, LimitsOnFreedomsEased) {
  NEED_MODELS();
  Document d = code_text("Ethiopia eased curbs on public gatherings.", "2023-05-04");
  EXPECT_TRUE(find(d, "ETH", "ETH", "0811")) << describe(d);
  Document w = code_text("Uzbekistan lifted its ban on independent news websites.", "2023-05-04");
  EXPECT_TRUE(find(w, "UZB", "UZB", "0811")) << describe(w);
  Document c = code_text("Myanmar relaxed censorship of the press.", "2023-05-04");
  EXPECT_TRUE(find(c, "MMR", "MMR", "0811")) << describe(c);
  Document f = code_text("Russia lifted its ban on flights to Egypt.", "2023-05-04");
  EXPECT_FALSE(find_code(f, "0811")) << describe(f);
  EXPECT_FALSE(find(f, "RUS", "RUS", "08")) << describe(f);
}

// 094 war crimes documented; 1041 a leader's exit demanded.
TEST(CoderCameo12B3, WarCrimesDocumentedExitDemanded) {
  NEED_MODELS();
  Document d = code_text("Ukrainian prosecutors documented war crimes by Russian troops.", "2023-05-04");
  EXPECT_TRUE(find(d, "UKR", "RUS", "094")) << describe(d);
  Document e = code_text("The Belarusian opposition demanded Lukashenko's exit.", "2023-05-04");
  EXPECT_TRUE(find(e, "BLR", "BLR", "1041")) << describe(e);
}

// 075 borders opened to refugees; 074 a navy escorting another state's
// ships; 062 another side's exercise joined or taken part in.
TEST(CoderCameo12B3, BordersOpenedShipsEscortedExercisesJoined) {
  NEED_MODELS();
  Document d = code_text("Poland opened its borders to Ukrainian refugees.", "2023-05-04");
  EXPECT_TRUE(find(d, "POL", "UKR", "075")) << describe(d);
  // Borders opened to trade shelter no one.
  Document t = code_text("Hungary opened its borders to Austrian trade.", "2023-05-04");
  EXPECT_FALSE(find_code(t, "075")) << describe(t);
  Document e = code_text("French warships escorted Greek vessels in the Aegean.", "2023-05-04");
  EXPECT_TRUE(find(e, "FRA", "GRC", "074")) << describe(e);
  Document p = code_text("British jets took part in NATO's air exercise over Poland.", "2023-05-04");
  EXPECT_TRUE(find(p, "GBR", "IGOWSTNAT", "062")) << describe(p);
  Document j = code_text("Japan joined U.S. naval drills in the Philippine Sea.", "2023-05-04");
  EXPECT_TRUE(find(j, "JPN", "USA", "062")) << describe(j);
}

// 086: access granted to an international organisation, also when the
// parser hangs it on "access" or "access" has a phrase of its own; firms
// given access are no outsiders let in.
TEST(CoderCameo12B3, AccessGrantedToInternationalBodies) {
  NEED_MODELS();
  Document d = code_text("Sudan granted the UN access to Darfur.", "2023-05-04");
  EXPECT_TRUE(find(d, "SDN", "IGOUNO", "086")) << describe(d);
  Document i = code_text("Iran granted IAEA inspectors access to Fordow.", "2023-05-04");
  EXPECT_TRUE(find(i, "IRN", "IGOUNOIAE", "086")) << describe(i);
  Document f = code_text("Sudan granted Russian companies access to its gold mines.", "2023-05-04");
  EXPECT_FALSE(find_code(f, "086")) << describe(f);
}

// 085: sanctions loosened or revoked, also in the passive; a licence
// revoked is no sanction eased.
TEST(CoderCameo12B3, SanctionsLoosenedOrRevoked) {
  NEED_MODELS();
  Document d = code_text("Sanctions on Iran were loosened by the United States.", "2023-05-04");
  EXPECT_TRUE(find(d, "USA", "IRN", "085")) << describe(d);
  Document r = code_text("Washington revoked sanctions on two Cuban banks.", "2023-05-04");
  EXPECT_TRUE(find(r, "USA", "CUB", "085")) << describe(r);
  Document l = code_text("The court revoked the licence of a Russian bank.", "2023-05-04");
  EXPECT_FALSE(find_code(l, "085")) << describe(l);
}

}  // namespace
}  // namespace dyad
