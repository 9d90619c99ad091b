// CAMEO phrasing coverage, round 2, roots 16-20 (twelfth session, helper d):
// families of phrasings of data/verbs/56-cameo12-d.txt. Each test pairs
// invented sentences coded with near misses the same words must not code.
// Sentences are invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// break-off-ties-p: "off" read as a case word on "relations".
TEST(CoderCameo12D2, BreakingOffRelationsBreaksTies) {
  NEED_MODELS();
  Document d = code_text("Kenya broke off diplomatic relations with Somalia.", "2020-12-15");
  EXPECT_TRUE(find(d, "KEN", "SOM", "161")) << describe(d);
  Document none = code_text("A piece broke off the wing of the plane.", "2020-12-15");
  EXPECT_FALSE(find_code(none, "16")) << describe(none);
}

// scale-back-aid, slash-aid, freeze-programme, n-aid-suspension: aid scaled
// down, slashed, a lending programme frozen, a freeze of aid; other things
// scaled back or frozen are no aid.
TEST(CoderCameo12D2, ScalingBackAidAndFreezingLoanProgrammes) {
  NEED_MODELS();
  Document a = code_text("Canada scaled down its assistance to Haiti.", "2021-03-01");
  EXPECT_TRUE(find(a, "CAN", "HTI", "162")) << describe(a);
  Document b = code_text("The Netherlands slashed its development aid to Mali.", "2021-03-01");
  EXPECT_TRUE(find(b, "NLD", "MLI", "162")) << describe(b);
  Document c = code_text("The IMF suspended its loan programme for Sri Lanka.", "2021-03-01");
  EXPECT_TRUE(find(c, "IGOIMF", "LKA", "1621")) << describe(c);
  Document e = code_text("Washington's freeze of aid to Ukraine angered Kyiv.", "2021-03-01");
  EXPECT_TRUE(find(e, "USAGOV", "UKR", "162")) << describe(e);
  for (const char* s : {"The company scaled back its operations in Russia.",
                        "The bank froze the account of the company.",
                        "The freeze of Russian assets in Europe continued."}) {
    Document none = code_text(s, "2021-03-01");
    EXPECT_FALSE(find_code(none, "16")) << s << "\n" << describe(none);
  }
}

// halt-arms-shipment: weapons held up are military aid cut (1622); other
// goods paused are not.
TEST(CoderCameo12D2, HoldingUpWeaponsShipments) {
  NEED_MODELS();
  Document a = code_text("Washington paused a shipment of bombs to Israel.", "2024-05-08");
  EXPECT_TRUE(find(a, "USAGOV", "ISR", "1622")) << describe(a);
  Document b = code_text("Germany suspended a shipment of tanks to Turkey.", "2024-05-08");
  EXPECT_TRUE(find(b, "DEU", "TUR", "1622")) << describe(b);
  Document none = code_text("The company paused shipments of phones to China.", "2024-05-08");
  EXPECT_FALSE(find_code(none, "1622")) << describe(none);
}

// blackmail; rough-up; sexually-assault.
TEST(CoderCameo12D2, BlackmailRoughingUpAndSexualAssault) {
  NEED_MODELS();
  Document a = code_text("Russia blackmailed Ukraine over gas supplies.", "2022-01-10");
  EXPECT_TRUE(find(a, "RUS", "UKR", "170")) << describe(a);
  Document b = code_text("Police officers roughed up Kenyan journalists in Nairobi.", "2022-01-10");
  EXPECT_TRUE(find(b, "KENCOP", "KENMED", "182")) << describe(b);
  Document c = code_text("Sudanese soldiers sexually assaulted women in Khartoum.", "2022-01-10");
  EXPECT_TRUE(find(c, "SDNMIL", "SDNCVL", "1821")) << describe(c);
  Document none = code_text("The team beat up on its rivals.", "2022-01-10");
  EXPECT_FALSE(find_code(none, "18")) << describe(none);
}

// flout-truce; mass-kill-number; order-out-mass; wage-cleansing;
// fire-chem-shells. Soldiers killed by the hundred are war (190), plain
// shells fired are shelling.
TEST(CoderCameo12D2, MassViolenceFamilies) {
  NEED_MODELS();
  Document a = code_text("Sudan's army flouted another ceasefire.", "2023-06-01");
  EXPECT_TRUE(find(a, "SDNMIL", "", "196")) << describe(a);
  Document b = code_text("RSF fighters killed hundreds of civilians in Darfur.", "2023-06-01");
  EXPECT_TRUE(find(b, "SDNUAFRSF", "SDNCVL", "202")) << describe(b);
  Document c = code_text("Russian forces killed hundreds of Ukrainian soldiers.", "2023-06-01");
  EXPECT_FALSE(find_code(c, "202")) << describe(c);
  Document d = code_text("Israel's army ordered hundreds of thousands of Palestinians out of northern Gaza.", "2023-10-13");
  EXPECT_TRUE(find(d, "ISRMIL", "PSECVL", "201")) << describe(d);
  Document e = code_text("Serbia waged ethnic cleansing against Kosovo Albanians.", "1999-04-01");
  EXPECT_TRUE(find_code(e, "203")) << describe(e);
  Document f = code_text("Islamic State fired chemical shells at Iraqi troops.", "2016-03-01");
  EXPECT_TRUE(find_code(f, "2041")) << describe(f);
  Document none = code_text("Ukraine fired artillery shells at Russian positions.", "2023-06-01");
  EXPECT_FALSE(find_code(none, "2041")) << describe(none);
}

// block-aid-entry (1623), end-broker-role (165), declare-png (174),
// deport-observers (1662); near misses: other things blocked, roles ended.
TEST(CoderCameo12D2, AidKeptOutBrokersQuitDiplomatsAndObserversExpelled) {
  NEED_MODELS();
  Document a = code_text("Israel blocked the entry of humanitarian aid into Gaza.", "2024-03-01");
  EXPECT_TRUE(find(a, "ISR", "PSE", "1623")) << describe(a);
  Document b = code_text("Qatar ended its role as broker between Israel and Hamas.", "2024-03-01");
  EXPECT_TRUE(find(b, "QAT", "ISR", "165")) << describe(b);
  Document c = code_text("Tehran declared the Australian ambassador persona non grata.", "2024-03-01");
  EXPECT_TRUE(find(c, "IRN", "AUS", "174")) << describe(c);
  Document d = code_text("Tanzania deported European Union election observers.", "2024-03-01");
  EXPECT_TRUE(find(d, "TZA", "IGOEUREEC", "1662")) << describe(d);
  for (const char* s : {"Egypt blocked the entry of foreign journalists into Gaza.",
                        "The actor ended his role as host of the show."}) {
    Document none = code_text(s, "2024-03-01");
    EXPECT_FALSE(find_code(none, "16")) << s << "\n" << describe(none);
  }
}

// blow-up-homes (1712), breach-network (176), round-up-p (173),
// block-access-net (172, not a protest blockade: 144).
TEST(CoderCameo12D2, HomesBlownUpNetworksBreachedPeopleRoundedUpSitesBlocked) {
  NEED_MODELS();
  Document a = code_text("Houthi rebels blew up the houses of Yemeni soldiers.", "2023-05-01");
  EXPECT_TRUE(find(a, "YEMREB", "YEMMIL", "1712")) << describe(a);
  Document b = code_text("Russian hackers breached Ukrainian government networks.", "2023-05-01");
  EXPECT_TRUE(find(b, "RUS", "UKRGOV", "176")) << describe(b);
  Document c = code_text("Myanmar's military rounded up Aung San Suu Kyi and other leaders in a dawn coup.", "2021-02-01");
  EXPECT_TRUE(find(c, "MMRMIL", "MMR", "173")) << describe(c);
  Document d = code_text("Russia blocked access to Facebook and Twitter.", "2022-03-04");
  EXPECT_TRUE(find_code(d, "172")) << describe(d);
  EXPECT_FALSE(find_code(d, "144")) << describe(d);
  for (const char* s : {"The river breached its banks in Pakistan.", "The teacher rounded up the numbers."}) {
    Document none = code_text(s, "2023-05-01");
    EXPECT_FALSE(find_code(none, "17")) << s << "\n" << describe(none);
  }
}

// send-suicide-bomber (1831), attack-with-ied (1833), push-into (190),
// force-population-flee (201), gun-down-massacre (202), chemical attacks
// (2041); near misses: an economy pushed into recession, a storm's refugees.
TEST(CoderCameo12D2, BombersIedsIncursionsFlightAndMassacres) {
  NEED_MODELS();
  Document a = code_text("Hamas dispatched a suicide bomber to an Israeli bus station.", "2003-06-11");
  EXPECT_TRUE(find(a, "PSEREBHMS", "ISR", "1831")) << describe(a);
  Document b = code_text("Al-Shabab militants ambushed a Kenyan police convoy with an improvised explosive device.", "2019-06-15");
  EXPECT_TRUE(find(b, "SOMINSSHB", "KENCOP", "1833")) << describe(b);
  Document c = code_text("Israeli troops pushed into the Gaza Strip against Hamas.", "2023-10-28");
  EXPECT_TRUE(find(c, "ISRMIL", "PSEREBHMS", "190")) << describe(c);
  Document d = code_text("Azerbaijan's offensive forced thousands of Armenians to flee.", "2023-09-25");
  EXPECT_TRUE(find(d, "AZE", "ARM", "201")) << describe(d);
  Document e = code_text("Boko Haram gunned down dozens of Nigerian villagers in a massacre.", "2020-11-29");
  EXPECT_TRUE(find(e, "NGAINSBKH", "NGACVL", "202")) << describe(e);
  Document f = code_text("The Syrian army launched a chemical attack on Ghouta.", "2013-08-21");
  EXPECT_TRUE(find(f, "SYRMIL", "SYR", "2041")) << describe(f);
  for (const char* s : {"Israel's economy pushed into recession.", "The storm forced thousands of people to flee."}) {
    Document none = code_text(s, "2023-05-01");
    EXPECT_FALSE(find_code(none, "19")) << s << "\n" << describe(none);
    EXPECT_FALSE(find_code(none, "20")) << s << "\n" << describe(none);
  }
}

}  // namespace
}  // namespace dyad
