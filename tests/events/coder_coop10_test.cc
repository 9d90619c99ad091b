// Appeals, intent, consultation and diplomatic cooperation (CAMEO roots
// 02-05): phrasings the dev misses showed uncoded (2026-12-01, tenth
// session, appeal helper). Each rule has a near miss that must not be
// coded. Sentences are invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// actor_stage.cc reported_it_antecedent(): "it" as the subject of an
// adjective of readiness with its "to" clause is the reporting verb's
// institutional subject, as for a verb ("Kenya said it will meet").
TEST(CoderCoop10, ReportedItReadyToActIsTheSpeakersSide) {
  NEED_MODELS();
  Document d = code_text("Kenya said it was ready to meet Somalia.", "2024-05-02");
  EXPECT_TRUE(find(d, "KEN", "SOM", "036", Modality::kIntended)) << describe(d);
  Document u = code_text("The UNHCR said it was ready to support the Kenyan government.", "2024-05-02");
  EXPECT_TRUE(find(u, "IGOUNO", "KENGOV", "03", Modality::kIntended)) << describe(u);
  // An expletive "it" before an adjective of judgement stays nobody's:
  // the talks are no act of Kenya's.
  Document e = code_text("Kenya said it was important to meet Somalia.", "2024-05-02");
  EXPECT_FALSE(find_any_modality(e, "KEN", "SOM", "03")) << describe(e);
  EXPECT_FALSE(find_any_modality(e, "KEN", "SOM", "04")) << describe(e);
}

// 48-coop.txt renew-call-to: an appeal named by a noun that the verb
// repeats, with its addressee in a "to" phrase; the clause gives the code.
TEST(CoderCoop10, ARenewedCallToAnActorIsAnAppeal) {
  NEED_MODELS();
  Document d = code_text(
      "Amnesty International reiterated its call to the Egyptian authorities to release the activists.",
      "2024-05-02");
  EXPECT_TRUE(find(d, "NGO", "EGYGOV", "0253")) << describe(d);
  Document h = code_text("Human Rights Watch repeated its appeal to the Egyptian government to free the journalist.",
                         "2024-05-02");
  EXPECT_TRUE(find(h, "NGO", "EGYGOV", "025")) << describe(h);
  // A call made to someone is a phone call, never an appeal.
  Document p = code_text("The Kenyan president made a call to the Ugandan president to discuss the border.",
                         "2024-05-02");
  EXPECT_FALSE(find_code(p, "02")) << describe(p);
}

// 48-coop.txt have-meal, dine: a meal with an actor is a meeting (040).
TEST(CoderCoop10, AMealWithAnActorIsAMeeting) {
  NEED_MODELS();
  Document d = code_text("The Iranian foreign minister had lunch with the Saudi king.", "2024-05-02");
  EXPECT_TRUE(find(d, "IRNGOV", "SAUGOV", "040")) << describe(d);
  Document n = code_text("The French president dined with the Indian prime minister.", "2024-05-02");
  EXPECT_TRUE(find(n, "FRAGOV", "INDGOV", "040")) << describe(n);
  // A meal with reporters consults no one.
  Document r = code_text("The Kenyan president had dinner with Kenyan journalists on Monday.", "2024-05-02");
  EXPECT_FALSE(find_code(r, "04")) << describe(r);
  // A meal with no one named meets no one.
  Document m = code_text("The Iranian foreign minister had lunch in Riyadh on Sunday.", "2024-05-02");
  EXPECT_FALSE(find_code(m, "04")) << describe(m);
}

// 48-coop.txt receive-award: an award received from an actor is the
// giver's praise (051, giver -> receiver).
TEST(CoderCoop10, AnAwardReceivedFromAnActorIsItsPraise) {
  NEED_MODELS();
  Document d = code_text("The Kenyan journalist received an award from the German foreign minister.", "2024-05-02");
  EXPECT_TRUE(find(d, "DEUGOV", "KENMED", "051")) << describe(d);
  // A letter or threats received are no praise.
  Document l = code_text("The Kenyan journalist received a letter from the German foreign minister.", "2024-05-02");
  EXPECT_FALSE(find_code(l, "05")) << describe(l);
}

// 48-coop.txt assure: an assurance given to an actor is intent to
// cooperate (030); one given to reporters is no event.
TEST(CoderCoop10, AnAssuranceToAnActorIsIntentToCooperate) {
  NEED_MODELS();
  Document d = code_text(
      "The American secretary of state assured the Australian foreign minister that the United States will not "
      "leave Australia alone.",
      "2024-05-02");
  EXPECT_TRUE(find(d, "USAGOV", "AUSGOV", "030")) << describe(d);
  Document k = code_text("The Kenyan president assured Uganda that the border would stay open.", "2024-05-02");
  EXPECT_TRUE(find(k, "KENGOV", "UGA", "030")) << describe(k);
  Document r = code_text("The Kenyan president assured reporters that the border would stay open.", "2024-05-02");
  EXPECT_FALSE(find_code(r, "03")) << describe(r);
}

// plural.cc find_phrases(): "all warring parties", "all the warring
// parties" are the sides fighting, as "the warring parties" are; a bare
// "all parties" stays no one's.
TEST(CoderCoop10, AllWarringPartiesAreTheSidesFighting) {
  NEED_MODELS();
  Document d = code_text(
      "The Taliban and the Afghan government resumed fighting in Kunduz. The U.N. called on all warring parties to "
      "return to talks.",
      "2024-05-02");
  EXPECT_TRUE(find(d, "IGOUNO", "AFGGOV", "02")) << describe(d);
  Document t = code_text(
      "The Taliban and the Afghan government resumed fighting in Kunduz. The U.N. urged all the warring parties to "
      "return to talks.",
      "2024-05-02");
  EXPECT_TRUE(find(t, "IGOUNO", "AFGGOV", "02")) << describe(t);
  Document n = code_text(
      "The Taliban and the Afghan government resumed fighting in Kunduz. The U.N. called on all parties to return "
      "to talks.",
      "2024-05-02");
  EXPECT_FALSE(find(n, "IGOUNO", "AFGGOV", "02")) << describe(n);
}

// 48-coop.txt tell-should (the `eaux` condition): telling an actor that
// it should act is an appeal to it, coded from the clause; a view of a
// third party ("that Russia should"), a blame in the perfect ("should have
// acted") and advice to reporters are no appeal to the one told.
TEST(CoderCoop10, TellingAnActorItShouldActIsAnAppeal) {
  NEED_MODELS();
  Document d = code_text("The American envoy told Kyiv it should hold talks with Moscow.", "2024-05-02");
  EXPECT_TRUE(find(d, "USAGOV", "UKRGOV", "026")) << describe(d);
  Document e = code_text("The EU told Italy that it should not close its borders.", "2024-05-02");
  EXPECT_TRUE(find(e, "IGOEUREEC", "ITA", "02")) << describe(e);
  Document t = code_text("The American envoy told Kyiv that Russia should withdraw its troops.", "2024-05-02");
  EXPECT_FALSE(find(t, "USAGOV", "UKR", "02")) << describe(t);
  Document h = code_text("The American envoy told the Ukrainian government that it should have acted sooner.",
                         "2024-05-02");
  EXPECT_FALSE(find(h, "USAGOV", "UKRGOV", "02")) << describe(h);
  Document r = code_text("The American envoy told reporters that they should not expect a deal.", "2024-05-02");
  EXPECT_FALSE(find_code(r, "02")) << describe(r);
}

// actor_stage.cc own_role_noun(): "national governments" are the nations'
// own, never the one state a story is about.
TEST(CoderCoop10, NationalGovernmentsAreNoOneStatesGovernment) {
  NEED_MODELS();
  Document d = code_text(
      "France said on Monday that the French president would visit Berlin. France also said Paris would keep its "
      "borders open. EU officials told national governments that they should not close borders.",
      "2020-03-12");
  EXPECT_FALSE(find(d, "IGOEUREEC", "FRA", "02")) << describe(d);
  // One state's government is still placed by the story.
  Document g = code_text(
      "France said on Monday that the French president would visit Berlin. France also said Paris would keep its "
      "borders open. EU officials told the government that it should not close borders.",
      "2020-03-12");
  EXPECT_TRUE(find(g, "IGOEUREEC", "FRAGOV", "02")) << describe(g);
}

}  // namespace
}  // namespace dyad
