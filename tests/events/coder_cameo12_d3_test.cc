// CAMEO phrasing coverage, round 3, roots 16-20 (twelfth session, helper d):
// families of phrasings of data/verbs/57-cameo12-d.txt and the home-measure
// target of src/events/event_stage.cc. Each test pairs invented sentences
// coded with near misses the same words must not code. Skips when a model is
// missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_sides, find_code, NEED_MODELS

// home_measure: a curfew, martial law, a state of emergency or an internet
// shutdown that names no one falls on the state's own people (curfews and
// restrictions: CVL) or on the country; a place of its own state is where
// the measure holds.
TEST(CoderCameo12D3, HomeMeasuresFallOnTheStatesOwnPeople) {
  NEED_MODELS();
  Document a = code_text("Nepal imposed a nationwide curfew after the riots.", "2023-05-01");
  EXPECT_TRUE(find_sides(a, "NPL", "NPLCVL", "1723")) << describe(a);
  Document b = code_text("Peru's president declared a state of emergency in Lima.", "2023-05-01");
  EXPECT_TRUE(find_sides(b, "PERGOV", "PER", "1724")) << describe(b);
  Document c = code_text("Myanmar's junta declared martial law.", "2023-05-01");
  EXPECT_TRUE(find_sides(c, "MMRGOV", "MMR", "1724")) << describe(c);
  Document d = code_text("Ethiopia cut off the internet in Tigray.", "2023-05-01");
  EXPECT_TRUE(find_sides(d, "ETH", "ETHCVL", "1721")) << describe(d);
  // Announced: the threat of a curfew, on the same people.
  Document e = code_text("Kenya's government said it would impose a curfew in Nairobi.", "2023-05-01");
  bool announced = false;
  for (const Event& ev : e.events) {
    const Actor* t = e.target_actor(ev);
    announced = announced || (ev.cameo == "1323" && ev.modality == Modality::kIntended && t && t->code == "KENCVL");
  }
  EXPECT_TRUE(announced) << describe(e);
  // Near misses: a curfew on named people keeps them; a school's or a
  // club's curfew is no state's.
  Document f = code_text("Israel imposed a curfew on Palestinians in Hebron.", "2023-05-01");
  EXPECT_TRUE(find_sides(f, "ISR", "PSE", "1723")) << describe(f);
  Document none = code_text("The storm cut power lines in Florida.", "2023-05-01");
  EXPECT_FALSE(find_code(none, "17")) << describe(none);
  // A curfew a school sets on its students is no state's: no people invented.
  Document school = code_text("The school imposed a curfew on its students.", "2023-05-01");
  for (const Event& ev : school.events) {
    const Actor* t = school.target_actor(ev);
    EXPECT_FALSE(t && t->code.ends_with("CVL")) << describe(school);
  }
}

// put-ties-on-hold, n-talks-suspension, suspend-arms-licences,
// halt-disbursements, halt-payments-igo; near misses: a project on hold,
// a bank's payments, licences granted.
TEST(CoderCameo12D3, TiesOnHoldTalksSuspendedLicencesAndDisbursementsHalted) {
  NEED_MODELS();
  Document a = code_text("The Dutch government put its cultural agreement with Venezuela on hold.", "2023-05-01");
  EXPECT_TRUE(find(a, "NLDGOV", "VEN", "160")) << describe(a);
  Document b = code_text("Russia's suspension of peace talks with Ukraine angered Kyiv.", "2023-05-01");
  EXPECT_TRUE(find(b, "RUS", "UKR", "164")) << describe(b);
  Document c = code_text("Britain revoked arms export licences to Saudi Arabia.", "2023-05-01");
  EXPECT_TRUE(find(c, "GBR", "SAU", "1622")) << describe(c);
  Document d = code_text("The IMF suspended disbursements to Zambia.", "2023-05-01");
  EXPECT_TRUE(find(d, "IGOIMF", "ZMB", "1621")) << describe(d);
  Document e = code_text("The World Bank halted payments to Malawi.", "2023-05-01");
  EXPECT_TRUE(find(e, "IGOUNOWBK", "MWI", "1621")) << describe(e);
  for (const char* s : {"The company put the project on hold.", "The bank suspended payments to its creditors.",
                        "Britain granted arms export licences to Saudi Arabia."}) {
    Document none = code_text(s, "2023-05-01");
    EXPECT_FALSE(find_code(none, "16")) << s << "\n" << describe(none);
  }
}

// order-monitors-leave, pull-monitors-out, expel-inspectors-of,
// expel-aid-groups (166x, not a
// demand or a person's expulsion).
TEST(CoderCameo12D3, MonitorsOrderedOutAndAidGroupsExpelled) {
  NEED_MODELS();
  Document a = code_text("Sudan ordered the UN monitors to leave the country.", "2023-05-01");
  EXPECT_TRUE(find(a, "SDN", "IGOUNO", "1662")) << describe(a);
  EXPECT_FALSE(find_code(a, "10")) << describe(a);
  Document b = code_text("The Arab League pulled its monitors out of Libya.", "2023-05-01");
  EXPECT_TRUE(find(b, "IGOMEAARL", "LBY", "1662")) << describe(b);
  // expel-inspectors-of: the expelled inspectors' organisation; withdrawn
  // inspectors (the IAEA's own) fall on the place they leave.
  Document i = code_text("North Korea expelled IAEA inspectors from the Yongbyon site.", "2023-05-01");
  EXPECT_TRUE(find(i, "PRK", "IGOUNOIAE", "1662")) << describe(i);
  Document w = code_text("The IAEA withdrew its inspectors from Iraq.", "2023-05-01");
  EXPECT_TRUE(find(w, "IGOUNOIAE", "IRQ", "1662")) << describe(w);
  Document c = code_text("Zambia expelled two foreign aid groups from the north.", "2023-05-01");
  EXPECT_TRUE(find(c, "ZMB", "NGO", "1663")) << describe(c);
  EXPECT_FALSE(find_code(c, "174")) << describe(c);
}

// weaponize, use-as-weapon (170), commandeer (171), abuse-detainees (1822),
// clash-with-fists (182), engage-with-guns (193); near misses.
TEST(CoderCameo12D3, WeaponisedTradeCommandeeredShipsFistsAndGuns) {
  NEED_MODELS();
  Document a = code_text("Russia used gas as a weapon against Europe.", "2023-05-01");
  EXPECT_TRUE(find_code(a, "170")) << describe(a);
  Document b = code_text("Belarus weaponised migrants against Poland.", "2023-05-01");
  EXPECT_TRUE(find(b, "BLR", "POL", "170")) << describe(b);
  Document c = code_text("The Houthis commandeered a British tanker.", "2023-05-01");
  EXPECT_TRUE(find(c, "YEMREB", "GBR", "171")) << describe(c);
  Document d = code_text("Sudanese guards abused Eritrean detainees.", "2023-05-01");
  EXPECT_TRUE(find_code(d, "1822")) << describe(d);
  Document e = code_text("Indian and Chinese soldiers clashed with sticks and stones in Ladakh.", "2023-05-01");
  EXPECT_TRUE(find(e, "INDMIL", "CHNMIL", "182")) << describe(e);
  EXPECT_TRUE(find(e, "CHNMIL", "INDMIL", "182")) << describe(e);
  Document f = code_text("Boko Haram fighters engaged Nigerian troops with rifles near Maiduguri.", "2023-05-01");
  EXPECT_TRUE(find(f, "NGAINS", "NGAMIL", "193")) << describe(f);
  for (const char* s : {"Police commandeered a taxi to chase the suspect.",
                        "The coach used the defeat as a lever against his critics.",
                        "The mayor engaged residents with a new website.", "The nurse abused the patient."}) {
    Document none = code_text(s, "2023-05-01");
    EXPECT_FALSE(find_code(none, "17")) << s << "\n" << describe(none);
    EXPECT_FALSE(find_code(none, "18")) << s << "\n" << describe(none);
    EXPECT_FALSE(find_code(none, "19")) << s << "\n" << describe(none);
  }
}

// n-mass-expulsion (201, not 174), n-ethnic-cleansing (203),
// use-toxic-agents (2041); near misses: a landlord's eviction, gas released
// by a factory.
TEST(CoderCameo12D3, MassExpulsionEthnicCleansingToxicAgents) {
  NEED_MODELS();
  Document a = code_text("Uganda carried out mass deportations of Rwandans.", "2023-05-01");
  EXPECT_TRUE(find(a, "UGA", "RWA", "201")) << describe(a);
  Document b = code_text("The ethnic cleansing of Armenians by Azerbaijan drew condemnation.", "2023-05-01");
  EXPECT_TRUE(find(b, "AZE", "ARM", "203")) << describe(b);
  Document c = code_text("Russia used toxic agents against Ukrainian soldiers.", "2023-05-01");
  EXPECT_TRUE(find(c, "RUS", "UKRMIL", "2041")) << describe(c);
  for (const char* s : {"The landlord began a mass eviction of tenants.", "The factory released toxic gas into the river."}) {
    Document none = code_text(s, "2023-05-01");
    EXPECT_FALSE(find_code(none, "20")) << s << "\n" << describe(none);
  }
}

}  // namespace
}  // namespace dyad
