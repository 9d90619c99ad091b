// Full CAMEO codes below the root (fullcode branch: data/verbs/48-fullcode.txt,
// src/events/places.cc, the conditional threat in event_stage.cc, the object
// gerund in arguments.cc), end to end with the shipped models on invented
// sentences. Each rule has a near miss that keeps the general code. Skips
// when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// places.cc: a meeting in one side's state is a visit by the other (042)
// hosted by that side (043).
TEST(CoderFullcode, MeetingInOneSidesStateIsAVisit) {
  NEED_MODELS();
  Document d = code_text("Ghana and Togo\n\nGhanaian and Togolese officials met in Lome on Monday.");
  EXPECT_TRUE(find(d, "GHA", "TGO", "042")) << describe(d);
  EXPECT_TRUE(find(d, "TGO", "GHA", "043")) << describe(d);
  Document h = code_text("Kenya and Uganda\n\nRuto held talks with Museveni in Nairobi on Tuesday.");
  EXPECT_TRUE(find(h, "KEN", "UGA", "043")) << describe(h);
  // A third state stays 044; no place stays 040.
  Document t = code_text("Ghana and Togo\n\nGhanaian and Togolese officials met in Paris on Monday.");
  EXPECT_TRUE(find(t, "GHA", "TGO", "044")) << describe(t);
  EXPECT_FALSE(find_code(t, "042")) << describe(t);
  Document n = code_text("Ghana and Togo\n\nGhanaian and Togolese officials met on Monday.");
  EXPECT_TRUE(find(n, "GHA", "TGO", "040")) << describe(n);
}

// Talks named by what they negotiate are negotiations (046).
TEST(CoderFullcode, PeaceAndTradeTalksAreNegotiations) {
  NEED_MODELS();
  Document d = code_text("Sudan and Chad\n\nSudan held peace talks with Chad on Friday.");
  EXPECT_TRUE(find(d, "SDN", "TCD", "046")) << describe(d);
  Document t = code_text("Kenya and Uganda\n\nRuto held trade talks with Museveni on Tuesday.");
  EXPECT_TRUE(find(t, "KENGOV", "UGAGOV", "046")) << describe(t);
  Document n = code_text("Kenya and Uganda\n\nKenya's trade talks with Uganda resumed on Monday.");
  EXPECT_TRUE(find(n, "KEN", "UGA", "046")) << describe(n);
  // Plain talks are a consultation.
  Document p = code_text("Kenya and Uganda\n\nRuto held talks with Museveni on Tuesday.");
  EXPECT_TRUE(find(p, "KEN", "UGA", "040")) << describe(p);
  EXPECT_FALSE(find_code(p, "046")) << describe(p);
}

// Aid named by what is given or asked for.
TEST(CoderFullcode, AidByItsKind) {
  NEED_MODELS();
  Document d = code_text("Japan and Kenya\n\nJapan donated vaccines to Kenya in March.");
  EXPECT_TRUE(find(d, "JPN", "KEN", "073")) << describe(d);
  Document m = code_text("Mali and Russia\n\nMali is seeking military assistance from Russia.");
  EXPECT_TRUE(find(m, "MLI", "RUS", "0232")) << describe(m);
  // Unspecified aid and donations keep the general codes.
  Document g = code_text("Japan and Kenya\n\nJapan donated two buildings to Kenya in March.");
  EXPECT_TRUE(find(g, "JPN", "KEN", "070")) << describe(g);
  Document a = code_text("Mali and Russia\n\nMali is seeking assistance from Russia.");
  EXPECT_TRUE(find(a, "MLI", "RUS", "023")) << describe(a);
  EXPECT_FALSE(find_code(a, "0232")) << describe(a);
}

// arguments.cc: "accused X of V-ing" with the gerund hung on the object.
TEST(CoderFullcode, AccusedOfAbusingPeopleIsHumanRightsAbuse) {
  NEED_MODELS();
  Document d = code_text("Mali\n\nMali accused the rebel group of killing and raping civilians.");
  const Event* e = find_code(d, "1122");
  ASSERT_NE(e, nullptr) << describe(d);
  EXPECT_EQ(d.mentions[e->source].actor.code, "MLI") << describe(d);
  // An accusation of another act stays 112.
  Document o = code_text("Mali and France\n\nMali accused France of planning a coup.");
  EXPECT_TRUE(find(o, "MLI", "FRA", "112")) << describe(o);
  EXPECT_FALSE(find_code(o, "1122")) << describe(o);
}

// Troops withdrawn are a military retreat (0874).
TEST(CoderFullcode, WithdrawingTroopsIsRetreat) {
  NEED_MODELS();
  Document d = code_text("India and Sri Lanka\n\nIndia pulled back its troops from Sri Lanka in 1989.");
  EXPECT_TRUE(find(d, "IND", "LKA", "0874")) << describe(d);
  // Withdrawing from an organisation is no retreat.
  Document o = code_text("Mali and ECOWAS\n\nMali withdrew from ECOWAS in January.");
  EXPECT_FALSE(find_code(o, "087")) << describe(o);
}

// Killing in airstrikes is an aerial attack (195).
TEST(CoderFullcode, KillingInAirstrikesIsAerial) {
  NEED_MODELS();
  Document d = code_text("Somalia\n\nSomali troops killed 30 al-Shabab militants in airstrikes.");
  EXPECT_TRUE(find(d, "SOMMIL", "SOM", "195")) << describe(d);
  Document g = code_text("Somalia\n\nSomali troops killed 30 al-Shabab militants in the town.");
  EXPECT_TRUE(find(g, "SOMMIL", "SOM", "190")) << describe(g);
  EXPECT_FALSE(find_code(g, "195")) << describe(g);
}

// event_stage.cc: a conditional threat of an economic measure is 1312.
TEST(CoderFullcode, ConditionalThreatOfEnergyCutIsSanctionThreat) {
  NEED_MODELS();
  Document d = code_text(
      "Canada\n\n\"If the United States escalates, I will shut the electricity off,\" Canadian Prime Minister "
      "Justin Trudeau said.");
  EXPECT_TRUE(find(d, "CAN", "USA", "1312", Modality::kIntended)) << describe(d);
  Document f = code_text(
      "Canada\n\n\"If the United States escalates, I will send more police,\" Canadian Prime Minister Justin "
      "Trudeau said.");
  EXPECT_TRUE(find(f, "CAN", "USA", "13", Modality::kIntended)) << describe(f);
  EXPECT_FALSE(find_code(f, "1312", Modality::kIntended)) << describe(f);
}

// Invading is taking territory (192); besieging is a blockade (191); a plain
// attack stays 190.
TEST(CoderFullcode, InvasionsAndSiegesBelowTheRoot) {
  NEED_MODELS();
  Document d = code_text("Russia and Georgia\n\nRussia invaded Georgia in 2008.");
  EXPECT_TRUE(find(d, "RUS", "GEO", "192")) << describe(d);
  Document n = code_text("Russia and Georgia\n\nFrance condemned Russia's invasion of Georgia.");
  EXPECT_TRUE(find(n, "RUS", "GEO", "192")) << describe(n);
  Document b = code_text("Hong Kong\n\nPolice besieged the protesters at the university.");
  EXPECT_TRUE(find_code(b, "191")) << describe(b);
  EXPECT_FALSE(find_code(b, "190")) << describe(b);
  Document a = code_text("Russia and Georgia\n\nRussia attacked Georgia in 2008.");
  EXPECT_TRUE(find(a, "RUS", "GEO", "190")) << describe(a);
  EXPECT_FALSE(find_code(a, "192")) << describe(a);
}

// Talks about a deal, and direct talks, are negotiations (046).
TEST(CoderFullcode, TalksOnADealAreNegotiations) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda\n\nKenya held talks with Uganda on a trade deal.");
  EXPECT_TRUE(find(d, "KEN", "UGA", "046")) << describe(d);
  Document r = code_text("Kenya and Uganda\n\nKenya held direct talks with Uganda.");
  EXPECT_TRUE(find(r, "KEN", "UGA", "046")) << describe(r);
  // Talks on a day, or on a topic that is no deal, stay a consultation.
  Document m = code_text("Kenya and Uganda\n\nKenya held talks with Uganda on Monday.");
  EXPECT_TRUE(find(m, "KEN", "UGA", "040")) << describe(m);
  EXPECT_FALSE(find_code(m, "046")) << describe(m);
}

// An appeal to reverse or reconsider a decision is an appeal for policy
// change (0242).
TEST(CoderFullcode, AppealToReconsiderIsPolicyChange) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda\n\nKenya urged Uganda to reconsider its decision.");
  EXPECT_TRUE(find(d, "KEN", "UGA", "0242")) << describe(d);
  Document p = code_text("Kenya and Uganda\n\nKenya pleaded with Uganda to reverse the ban.");
  EXPECT_TRUE(find(p, "KEN", "UGA", "0242")) << describe(p);
  // Changing anything else is no policy change.
  Document n = code_text("Kenya and Uganda\n\nKenya urged Uganda to change its players.");
  EXPECT_FALSE(find_code(n, "0242")) << describe(n);
}

}  // namespace
}  // namespace dyad
