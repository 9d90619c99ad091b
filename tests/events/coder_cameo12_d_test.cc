// CAMEO phrasing coverage, roots 16-20 (twelfth session, helper d):
// patterns of data/verbs/55-cameo12-d.txt and two Thai parties of
// data/actors/groups.txt. Each test pairs invented sentences coded with
// near misses the same words must not code. Sentences are invented.
// Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// walk-out-of: the parser reads "out of" as two case words on "talks".
TEST(CoderCameo12D, WalkingOutOfTalksHaltsThem) {
  NEED_MODELS();
  Document d = code_text("Pakistan walked out of talks with India in Agra.", "2001-07-16");
  EXPECT_TRUE(find(d, "PAK", "IND", "164")) << describe(d);
  Document none = code_text("The minister walked out of the building with his aides.", "2001-07-16");
  EXPECT_FALSE(find_code(none, "16")) << describe(none);
}

// end-ties: a passive with its "by" agent; the ties' "with" phrase is the target.
TEST(CoderCameo12D, RelationsEndedByAStateBreakTies) {
  NEED_MODELS();
  Document d = code_text("Diplomatic relations with Qatar were ended by Egypt in 2017.", "2017-06-05");
  EXPECT_TRUE(find(d, "EGY", "QAT", "161")) << describe(d);
  Document none = code_text("Egypt ended a three-day visit to Qatar.", "2017-06-05");
  EXPECT_FALSE(find_code(none, "16")) << describe(none);
}

// cut-aid-share, pause-aid, pull-plug-aid: aid named through a share, a
// pause, or "pulled the plug on"; other things withheld or paused are no aid.
TEST(CoderCameo12D, WithholdingPausingOrEndingAidReducesAid) {
  NEED_MODELS();
  Document a = code_text("Canada withheld half of its aid to Haiti.", "2022-03-01");
  EXPECT_TRUE(find(a, "CAN", "HTI", "162")) << describe(a);
  Document b = code_text("Norway paused funding for the Palestinian Authority.", "2022-03-01");
  EXPECT_TRUE(find(b, "NOR", "PSE", "162")) << describe(b);
  Document c = code_text("Denmark pulled the plug on development aid for Tanzania.", "2022-03-01");
  EXPECT_TRUE(find(c, "DNK", "TZA", "162")) << describe(c);
  for (const char* s : {"Canada withheld part of the report from the public.", "Norway paused for a moment of silence.",
                        "Denmark pulled the plug on its nuclear plant.", "Kenya pulled the plug on the talks with Somalia."}) {
    Document none = code_text(s, "2022-03-01");
    EXPECT_FALSE(find_code(none, "162")) << s << "\n" << describe(none);
  }
}

// bar-inspectors and the order-out patterns: who is sent away says the code.
TEST(CoderCameo12D, BarringOrOrderingOutInspectorsAgenciesAndEnvoys) {
  NEED_MODELS();
  Document a = code_text("North Korea barred IAEA inspectors.", "2009-04-14");
  EXPECT_TRUE(find(a, "PRK", "IGOUNOIAE", "1662")) << describe(a);
  Document b = code_text("Iran ordered IAEA inspectors out of the country.", "2009-04-14");
  EXPECT_TRUE(find(b, "IRN", "IGOUNOIAE", "1662")) << describe(b);
  Document c = code_text("Ethiopia ordered two Irish diplomats out of the country.", "2021-11-25");
  EXPECT_TRUE(find(c, "ETH", "IRL", "174")) << describe(c);
  EXPECT_FALSE(find_code(c, "10")) << describe(c);
}

// seize-assets-of, seize-institution, seize-people: what is seized says the
// code; a town seized stays an occupation (192).
TEST(CoderCameo12D, WhatIsSeizedDecidesTheCode) {
  NEED_MODELS();
  Document a = code_text("Moscow seized the assets of German energy firm Uniper.", "2023-04-26");
  EXPECT_TRUE(find(a, "RUS", "DEU", "1711")) << describe(a);
  Document b = code_text("Turkish police seized the opposition newspaper Zaman.", "2016-03-05");
  // The newspaper is placed by the police that hold it (rule suffix /held).
  EXPECT_TRUE(find_sides(b, "TURCOP", "TUR", "1711")) << describe(b);
  EXPECT_FALSE(find_code(b, "192")) << describe(b);
  Document c = code_text("Somali pirates seized two Indian sailors.", "2011-01-01");
  EXPECT_TRUE(find(c, "SOM", "IND", "181")) << describe(c);
  EXPECT_FALSE(find_code(c, "192")) << describe(c);
  Document town = code_text("Rwandan rebels seized the town of Bunia.", "2003-05-01");
  EXPECT_TRUE(find_code(town, "192")) << describe(town);
  EXPECT_FALSE(find_code(town, "17")) << describe(town);
}

// coerce-into, bully, n-bullying.
TEST(CoderCameo12D, CoercingAndBullyingAreCoercion) {
  NEED_MODELS();
  Document a = code_text("China coerced Filipino fishermen into leaving the shoal.", "2016-05-01");
  EXPECT_TRUE(find(a, "CHN", "PHL", "170")) << describe(a);
  Document b = code_text("China bullied Vietnamese fishermen in the South China Sea.", "2016-05-01");
  EXPECT_TRUE(find(b, "CHN", "VNM", "170")) << describe(b);
  Document c = code_text("Beijing's bullying of Taiwan has increased.", "2016-05-01");
  EXPECT_TRUE(find(c, "CHN", "TWN", "170")) << describe(c);
}

// targeted-by-measure: a sanction "targets" its object; no attack.
TEST(CoderCameo12D, TargetedBySanctionsIsNoAttack) {
  NEED_MODELS();
  Document d = code_text("Russian exports have been targeted by Western sanctions.", "2022-03-01");
  EXPECT_FALSE(find_code(d, "19")) << describe(d);
}

// vandalize, attack-with-sticks, enslave, set-off-bomb, bomb-insurgents.
TEST(CoderCameo12D, UnconventionalViolenceAndPropertyDestruction) {
  NEED_MODELS();
  Document a = code_text("Russian soldiers vandalised Ukrainian churches in Bucha.", "2022-04-04");
  EXPECT_TRUE(find(a, "RUSMIL", "UKR", "1712")) << describe(a);
  Document b = code_text("Egyptian police attacked Sudanese migrants with sticks.", "2022-04-04");
  EXPECT_TRUE(find(b, "EGYCOP", "SDN", "182")) << describe(b);
  // Attacking positions with artillery is military force, not assault.
  Document c = code_text("Egyptian troops attacked Sudanese positions with artillery.", "2022-04-04");
  EXPECT_FALSE(find_code(c, "182")) << describe(c);
  Document e = code_text("Sudanese militiamen enslaved South Sudanese villagers.", "2012-04-04");
  EXPECT_TRUE(find(e, "SDN", "SSD", "1821")) << describe(e);
  Document f = code_text("Afghan militants set off a bomb near the Turkish embassy in Kabul.", "2012-04-04");
  EXPECT_TRUE(find(f, "AFG", "TUR", "183")) << describe(f);
  Document g = code_text("Greek protesters set off fireworks near the Turkish embassy.", "2012-04-04");
  EXPECT_FALSE(find_code(g, "18")) << describe(g);
  Document h = code_text("Al-Shabaab militants bombed a Kenyan police station.", "2012-04-04");
  EXPECT_TRUE(find(h, "SOMINSSHB", "KEN", "183")) << describe(h);
}

// drive-back-adv, drop-bombs, launch-barrage, close-ports.
TEST(CoderCameo12D, RepellingBombingAndClosingPorts) {
  NEED_MODELS();
  Document a = code_text("Al-Shabaab fighters were driven back by Kenyan troops.", "2012-04-04");
  EXPECT_TRUE(find(a, "KENMIL", "SOMINSSHB", "190")) << describe(a);
  Document b = code_text("Israeli jets dropped bombs on Hamas positions in Gaza.", "2014-07-10");
  EXPECT_TRUE(find(b, "ISRMIL", "PSEREBHMS", "195")) << describe(b);
  Document leaflets = code_text("Russian planes dropped leaflets on Ukrainian towns.", "2022-03-01");
  EXPECT_FALSE(find_code(leaflets, "19")) << describe(leaflets);
  Document c = code_text("Russia launched a missile barrage on Ukrainian cities.", "2022-10-10");
  EXPECT_TRUE(find(c, "RUS", "UKR", "195")) << describe(c);
  Document d = code_text("Saudi Arabia closed Yemen's ports and airports.", "2017-11-06");
  EXPECT_TRUE(find(d, "SAU", "YEM", "191")) << describe(d);
  // Closed "to" someone stays the administrative sanction (close-airspace).
  Document e = code_text("India closed its ports to Pakistani ships.", "2019-03-01");
  EXPECT_TRUE(find(e, "IND", "PAK", "172")) << describe(e);
}

// impose-asset-freeze: an asset freeze or travel ban on someone; a hiring
// freeze is none.
TEST(CoderCameo12D, AssetFreezesAndTravelBansAreSanctions) {
  NEED_MODELS();
  Document a = code_text("Britain announced an asset freeze on five Myanmar generals.", "2021-03-01");
  EXPECT_TRUE(find(a, "GBR", "MMRMIL", "163")) << describe(a);
  Document b = code_text("The EU imposed a travel ban on Belarusian officials.", "2021-03-01");
  EXPECT_TRUE(find(b, "IGOEUREEC", "BLR", "163")) << describe(b);
  Document none = code_text("Britain announced a hiring freeze.", "2021-03-01");
  EXPECT_FALSE(find_code(none, "16")) << describe(none);
}

// mass-expel-number, mass-expel-million: tens or hundreds of thousands, or
// millions, expelled is a mass expulsion; hundreds alone stay 174.
TEST(CoderCameo12D, ExpellingTensOfThousandsIsAMassExpulsion) {
  NEED_MODELS();
  Document a = code_text("Tanzania deported tens of thousands of Burundians.", "2019-10-01");
  EXPECT_TRUE(find(a, "TZA", "BDI", "201")) << describe(a);
  Document b = code_text("Pakistan deported millions of Afghan refugees.", "2019-10-01");
  EXPECT_TRUE(find(b, "PAK", "AFG", "201")) << describe(b);
  Document c = code_text("Iraq expelled hundreds of Iranian pilgrims.", "2019-10-01");
  EXPECT_TRUE(find(c, "IRQ", "IRN", "174")) << describe(c);
  EXPECT_FALSE(find_code(c, "20")) << describe(c);
}

// engage-cleansing, put-under-curfew, put-under-martial-law.
TEST(CoderCameo12D, EthnicCleansingCurfewAndMartialLaw) {
  NEED_MODELS();
  Document a = code_text("Bosnian Serb forces engaged in ethnic cleansing of Bosnian Muslims.", "1993-01-01");
  EXPECT_TRUE(find(a, "SRB", "BIH", "203")) << describe(a);
  Document b = code_text("Sudan's army put Khartoum under curfew.", "2021-10-26");
  EXPECT_TRUE(find(b, "SDNMIL", "SDN", "1723")) << describe(b);
  Document c = code_text("The Philippine president placed Mindanao under martial law.", "2017-05-24");
  EXPECT_TRUE(find(c, "PHLGOV", "PHL", "1724")) << describe(c);
  Document none = code_text("The court placed the opposition leader under house arrest.", "2017-05-24");
  EXPECT_FALSE(find_code(none, "1723")) << describe(none);
  EXPECT_FALSE(find_code(none, "1724")) << describe(none);
}

// groups.txt: Thailand's Move Forward and Future Forward parties, only with
// "Party" (the phrase "move forward" is no actor).
TEST(CoderCameo12D, ThaiOppositionPartiesAreNamedOnlyWithParty) {
  NEED_MODELS();
  Document d = code_text("A Thai court dissolved the Future Forward Party.", "2020-02-21");
  EXPECT_EQ(mention_code(d, "Future Forward Party"), "THAOPPPTY") << describe(d);
  EXPECT_TRUE(find(d, "THA", "THAOPPPTY", "1722")) << describe(d);
  Document none = code_text("The talks will Move Forward next week.", "2020-02-21");
  EXPECT_FALSE(has_mention(none, "Forward")) << describe(none);
}

// step-down-as-mediator, use-toxic-agent.
TEST(CoderCameo12D, SteppingDownAsMediatorAndNamedToxicAgents) {
  NEED_MODELS();
  Document a = code_text("Kenya stepped down as mediator in South Sudan's peace talks.", "2018-01-10");
  EXPECT_TRUE(find(a, "KEN", "SSD", "165")) << describe(a);
  Document none = code_text("The coach stepped down as manager of the Kenyan team.", "2018-01-10");
  EXPECT_FALSE(find_code(none, "16")) << describe(none);
  Document b = code_text("Syrian forces used sarin against rebels in Ghouta.", "2013-08-21");
  EXPECT_TRUE(find(b, "SYRMIL", "SYRREB", "2041")) << describe(b);
  Document c = code_text("The factory used chlorine in water treatment.", "2013-08-21");
  EXPECT_FALSE(find_code(c, "20")) << describe(c);
}

}  // namespace
}  // namespace dyad
