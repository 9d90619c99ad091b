// Event anaphora (src/events/anaphora.h), end to end on invented
// multi-sentence news: a reaction to an act named only by a definite noun
// ("Poland condemned the attack") takes as target the doer of the act an
// earlier sentence coded. Each rule has its near misses: no earlier act,
// an earlier act by the reacting side, an indefinite or bare noun, a
// negated or possible act, a noun with its own target phrase, an act too
// far back. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // nlp, code_text, describe, starts, NEED_MODELS

// An event whose source/target codes start with src/tgt ("" = no target)
// and whose code starts with `code`, in any modality.
const Event* find_event(const Document& d, const std::string& src, const std::string& tgt, const std::string& code) {
  for (const Event& e : d.events) {
    std::string s = e.source >= 0 ? d.mentions[e.source].actor.code : "";
    std::string t = e.target >= 0 ? d.mentions[e.target].actor.code : "";
    if (starts(s, src) && (tgt.empty() ? t.empty() : starts(t, tgt)) && starts(e.cameo, code)) return &e;
  }
  return nullptr;
}

// Any event of `src` with a code starting with `code` whose rule was found
// by anaphora.
const Event* find_anaphor(const Document& d, const std::string& src, const std::string& code) {
  for (const Event& e : d.events)
    if (e.source >= 0 && starts(d.mentions[e.source].actor.code, src) && starts(e.cameo, code) &&
        e.rule.find("/anaphor") != std::string::npos)
      return &e;
  return nullptr;
}

TEST(CoderAnaphora, CondemnedTheAttackTargetsTheEarlierAttacker) {
  NEED_MODELS();
  Document d = code_text(
      "Russian forces shelled the Ukrainian city of Kharkiv on Monday, killing five civilians. "
      "Rescue workers searched the rubble for survivors through the night. "
      "Poland condemned the attack on Tuesday.");
  const Event* e = find_event(d, "POL", "RUS", "111");
  ASSERT_NE(e, nullptr) << describe(d);
  EXPECT_EQ(e->sentence, 2u);
  EXPECT_NE(e->rule.find("/anaphor"), std::string::npos) << e->rule;
  EXPECT_EQ(d.mentions[e->target].actor.country, "RUS");
}

TEST(CoderAnaphora, NoEarlierActNoTarget) {
  NEED_MODELS();
  Document d = code_text(
      "Rescue workers searched the rubble for survivors through the night. "
      "Poland condemned the attack on Tuesday.");
  EXPECT_EQ(find_anaphor(d, "POL", "11"), nullptr) << describe(d);
}

TEST(CoderAnaphora, AnActOfTheReactingSideIsNotItsTarget) {
  NEED_MODELS();
  Document d = code_text(
      "Polish troops shelled the Belarusian border post on Monday. "
      "Poland condemned the attack.");
  EXPECT_EQ(find_anaphor(d, "POL", "11"), nullptr) << describe(d);
  EXPECT_EQ(find_event(d, "POL", "BLR", "111"), nullptr) << describe(d);
}

TEST(CoderAnaphora, IndefiniteOrBareNounsAreNoAnaphors) {
  NEED_MODELS();
  Document d = code_text(
      "Russian forces shelled the Ukrainian city of Kharkiv on Monday. "
      "Poland condemned attacks on civilians and denounced an assault on a school.");
  EXPECT_EQ(find_anaphor(d, "POL", "11"), nullptr) << describe(d);
}

TEST(CoderAnaphora, NegatedOrPossibleActsAreNoAntecedents) {
  NEED_MODELS();
  Document neg = code_text(
      "Russian forces did not shell the Ukrainian city of Kharkiv on Monday. "
      "Poland condemned the attack.");
  EXPECT_EQ(find_anaphor(neg, "POL", "11"), nullptr) << describe(neg);
  Document hyp = code_text(
      "Russian forces could shell the Ukrainian city of Kharkiv again, the mayor warned. "
      "Poland condemned the attack.");
  EXPECT_EQ(find_anaphor(hyp, "POL", "11"), nullptr) << describe(hyp);
}

TEST(CoderAnaphora, TheAttackOnXKeepsItsOwnReading) {
  NEED_MODELS();
  Document d = code_text(
      "Russian forces shelled the Ukrainian city of Kharkiv on Monday. "
      "Poland condemned the attack on Ukraine.");
  EXPECT_EQ(find_anaphor(d, "POL", "11"), nullptr) << describe(d);
}

TEST(CoderAnaphora, TooFarBackIsNoAntecedent) {
  NEED_MODELS();
  Document d = code_text(
      "Russian forces shelled the Ukrainian city of Kharkiv on Monday. "
      "The city has a population of over a million. Its metro is one of the oldest in the country. "
      "The mayor opened a new park last year. The university reopened in the autumn. "
      "Local elections are due next spring. Poland condemned the attack.");
  EXPECT_EQ(find_anaphor(d, "POL", "11"), nullptr) << describe(d);
}

TEST(CoderAnaphora, WelcomedTheAgreementTargetsBothSigners) {
  NEED_MODELS();
  Document d = code_text(
      "Israel and Morocco signed a trade agreement in Rabat on Monday. "
      "The United States welcomed the agreement.");
  EXPECT_NE(find_event(d, "USA", "ISR", "051"), nullptr) << describe(d);
  EXPECT_NE(find_event(d, "USA", "MAR", "051"), nullptr) << describe(d);
}

TEST(CoderAnaphora, APartyToTheDealDoesNotPraiseItsPartner) {
  NEED_MODELS();
  Document d = code_text(
      "The United States and China signed a trade agreement in Washington. "
      "The U.S. government praised the agreement.");
  EXPECT_EQ(find_anaphor(d, "USA", "05"), nullptr) << describe(d);
}

TEST(CoderAnaphora, SanctionsVisitsArrestsTestsAndVerdicts) {
  NEED_MODELS();
  Document s = code_text(
      "Washington imposed new sanctions on Iranian oil exports last week. Tehran condemned the sanctions on Thursday.");
  EXPECT_NE(find_event(s, "IRN", "USA", "111"), nullptr) << describe(s);
  Document v = code_text("Chinese President Xi Jinping visited Moscow on Tuesday. Ukraine criticized the visit.");
  EXPECT_NE(find_event(v, "UKR", "CHN", "111"), nullptr) << describe(v);
  Document a = code_text(
      "Belarusian police arrested three opposition activists in Minsk on Saturday. "
      "The European Union condemned the arrests.");
  EXPECT_NE(find_event(a, "IGOEU", "BLR", "111"), nullptr) << describe(a);
  Document t = code_text("North Korea test-fired a ballistic missile off its east coast on Sunday. Japan condemned the test.");
  EXPECT_NE(find_event(t, "JPN", "PRK", "111"), nullptr) << describe(t);
  Document j = code_text(
      "A Nigerian court sentenced an opposition leader to ten years in prison. "
      "Amnesty International criticized the verdict.");
  EXPECT_NE(find_anaphor(j, "NGO", "111"), nullptr) << describe(j);
}

TEST(CoderAnaphora, ANounOnlyReferencesActsItCanName) {
  NEED_MODELS();
  // A visit is no attack: "the attack" finds nothing to refer to.
  Document d = code_text("Chinese President Xi Jinping visited Moscow on Tuesday. Ukraine condemned the attack.");
  EXPECT_EQ(find_anaphor(d, "UKR", "11"), nullptr) << describe(d);
}

TEST(CoderAnaphora, TheMoveLooksBackOnlyTwoSentences) {
  NEED_MODELS();
  Document near = code_text("Turkey expelled ten Western ambassadors on Monday. Washington criticized the move.");
  EXPECT_NE(find_event(near, "USA", "TUR", "111"), nullptr) << describe(near);
  Document far = code_text(
      "Turkey expelled ten Western ambassadors on Monday. The lira fell sharply. "
      "Markets in Istanbul closed early. Washington criticized the move.");
  EXPECT_EQ(find_anaphor(far, "USA", "11"), nullptr) << describe(far);
}

TEST(CoderAnaphora, AnUncodedActWithTheNounsWordIsMeantNotAnotherAct) {
  NEED_MODELS();
  // The strikes are the ones "struck" tells (no target actor coded), not
  // the rockets fired.
  Document d = code_text(
      "Jets struck targets in the north on Friday after Hamas militants fired rockets at Israel. "
      "Egypt condemned the strikes.");
  EXPECT_EQ(find_anaphor(d, "EGY", "11"), nullptr) << describe(d);
}

TEST(CoderAnaphora, ADenialAnswersAnAccuserNotTheAttacker) {
  NEED_MODELS();
  Document d = code_text(
      "Nigerian troops killed dozens of Boko Haram fighters in Borno state. The group denied the killing.");
  EXPECT_EQ(find_anaphor(d, "NGA", "01"), nullptr) << describe(d);
}

}  // namespace
}  // namespace dyad
