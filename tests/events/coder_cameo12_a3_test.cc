// CAMEO phrasing coverage, round 3, roots 01-05 (twelfth session, helper
// a): the families of data/verbs/57-cameo12-a.txt, each on sentences
// invented for the test (none from the checklists) with near misses it must
// not touch. Skips when a model is missing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/found_none_test_util.h"
#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;   // NEED_MODELS
using namespace foundnone;  // Found, None, expect_found, expect_none (date 2024-02-01)

// 016: rejecting or denying accusations that name no accuser; claims and
// reports only with their content clause; an accuser named stays the
// target. Criminal charges dismissed by a court and claims for
// compensation deny nothing.
TEST(CoderCameo12A3, DenyingUnattributedAccusations) {
  NEED_MODELS();
  expect_found({
      {"Syria rejected accusations that it had used chemical weapons.", "SYR", "", "016", Modality::kAsserted},
      {"Moscow dismissed allegations of interference in the election.", "RUS", "", "016", Modality::kAsserted},
      {"Beijing denied reports that it was building a base in Cambodia.", "CHN", "", "016", Modality::kAsserted},
      {"Pakistan rejected claims by India that it sheltered the militants.", "PAK", "IND", "016", Modality::kAsserted},
  });
  expect_none({
      {"The court dismissed the charges against the opposition leader.", "01"},
      {"Germany rejected claims for compensation from Greece.", "01"},
      {"Manila rejected the accusations.", "01"},
  });
}

// 0231, 023, 0214: credit asked of a lender, aid asked of donors or the
// world (no target), a call for aid issued, information asked of someone.
// Reporters or a bank asking for details make no appeal between actors.
TEST(CoderCameo12A3, AskingForCreditAidAndInformation) {
  NEED_MODELS();
  expect_found({
      {"Ghana asked the IMF for a bailout.", "GHA", "IGOIMF", "0231", Modality::kAsserted},
      {"Zambia approached the World Bank for a loan.", "ZMB", "IGOUNOWBK", "0231", Modality::kAsserted},
      {"Malawi asked donors for emergency help.", "MWI", "", "023", Modality::kAsserted},
      {"The Philippines appealed to the international community for help after the typhoon.", "PHL", "", "023", Modality::kAsserted},
      {"Haiti issued an urgent call for aid after the hurricane.", "HTI", "", "023", Modality::kAsserted},
      {"France asked Moscow for information on the missing journalist.", "FRA", "RUS", "0214", Modality::kAsserted},
  });
  expect_none({
      {"Reporters asked the minister for details.", "02"},
      {"The bank asked customers for information.", "02"},
      {"Haiti issued a call for calm.", "02"},
  });
}

// 0256: an end to fighting urged or called for, a call for restraint
// reiterated; an end to a strike or a practice is no end of fighting, and
// a call naming no addressee or place is no event.
TEST(CoderCameo12A3, CallsToEndFighting) {
  NEED_MODELS();
  expect_found({
      {"The UN urged an end to the fighting in Sudan.", "IGOUNO", "SDN", "0256", Modality::kAsserted},
      {"The EU reiterated its call for restraint in Libya.", "IGOEUREEC", "LBY", "0256", Modality::kAsserted},
  });
  expect_none({
      {"The union called for an end to the strike.", "02"},
      {"Activists urged an end to the practice of child marriage.", "02"},
      {"The UN urged an end to the fighting.", "02"},
  });
}

// 046 / 026: back to the negotiating table (asked for: 026); a referee
// returning to a table negotiates nothing.
TEST(CoderCameo12A3, BackToTheTable) {
  NEED_MODELS();
  expect_found({
      {"Beijing urged Pyongyang to return to the negotiating table.", "CHN", "PRK", "026", Modality::kAsserted},
  });
  expect_none({
      {"The referee returned to the table after the break.", "04"},
  });
}

// 018 / 013: solidarity voiced with someone (support voiced stays 032);
// confidence that something will happen.
TEST(CoderCameo12A3, SolidarityAndConfidence) {
  NEED_MODELS();
  expect_found({
      {"Italy voiced solidarity with Spain after the floods.", "ITA", "ESP", "018", Modality::kAsserted},
      {"Italy voiced support for Spain.", "ITA", "ESP", "032", Modality::kAsserted},
      {"Macron is confident that the treaty will be ratified.", "FRA", "", "013", Modality::kAsserted},
  });
}

// 0212 / 038: military intervention sought (the modifier or a from-phrase
// names whom of); mediation accepted. Intervention rejected asks nothing,
// and an offer of talks welcomed stays 051.
TEST(CoderCameo12A3, InterventionSoughtMediationAccepted) {
  NEED_MODELS();
  expect_found({
      {"Yemen's president requested Saudi military intervention.", "YEM", "SAU", "0212", Modality::kAsserted},
      {"Mali sought armed intervention from France.", "MLI", "FRA", "0212", Modality::kAsserted},
      {"Sudan agreed to mediation by the African Union.", "SDN", "IGOAFRAFU", "038", Modality::kAsserted},
      {"Qatar welcomed Kuwait's mediation offer.", "QAT", "KWT", "038", Modality::kAsserted},
  });
  expect_none({
      {"The rebels rejected any military intervention.", "02"},
      {"Qatar welcomed Kuwait's offer of talks.", "038"},
  });
}

// 019 / 0232: agreement voiced by two sides; a request for weapons renewed
// or made. A minister sharing his view with reporters agrees with no one.
TEST(CoderCameo12A3, AgreementVoicedWeaponsRequested) {
  NEED_MODELS();
  expect_found({
      {"The United States and China voiced agreement on climate action.", "USA", "CHN", "019", Modality::kAsserted},
      {"The United States and China voiced agreement on climate action.", "CHN", "USA", "019", Modality::kAsserted},
      {"Ukraine renewed its request for German cruise missiles.", "UKR", "DEU", "0232", Modality::kAsserted},
  });
  expect_none({
      {"The minister shared his view with reporters.", "01"},
      {"Kenya shared photos of the event.", "01"},
  });
}

// 042: touching down or setting foot somewhere on a visit; a plane
// touching down visits no one.
TEST(CoderCameo12A3, TouchingDown) {
  NEED_MODELS();
  expect_found({
      {"Obama touched down in Havana on Sunday.", "USA", "CUB", "042", Modality::kAsserted},
  });
  expect_none({
      {"The plane touched down in Havana.", "04"},
  });
}

}  // namespace
}  // namespace dyad
