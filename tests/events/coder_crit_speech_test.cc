// Criticism and accusation in reported speech (roots 111, 112), found by
// sorting the dev sets' missed 11x events (2026-11-30, ninth session,
// branch crit). Each rule has an invented sentence and a near miss that
// must not be coded. Sentences are invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// actor_stage.cc places_at(): "with bases in X" and "operating from X"
// place an armed-role noun in X, so the accusation falls on X's militants.
TEST(CoderCritSpeech, MilitantsWithBasesAbroadAreThatStates) {
  NEED_MODELS();
  Document d = code_text(
      "Pakistani officials said the attack was orchestrated by militants with bases in Afghanistan.", "2025-03-12");
  EXPECT_TRUE(find(d, "PAKGOV", "AFG", "112")) << describe(d);
  Document f = code_text(
      "Pakistani officials said the bombing was masterminded by militants operating from Afghanistan.",
      "2025-03-12");
  EXPECT_TRUE(find(f, "PAKGOV", "AFG", "112")) << describe(f);
  // Relatives somewhere are no base: the militants are not placed there.
  Document n = code_text(
      "Pakistani officials said the attack was orchestrated by militants with relatives in Afghanistan.",
      "2025-03-12");
  EXPECT_FALSE(find(n, "PAKGOV", "AFG", "112")) << describe(n);
}

// 49-stance.txt: "abusive" judges the owner of what it qualifies, here the
// "from" phrase; negated, it judges no one.
TEST(CoderCritSpeech, AbusiveThreatFromAStateIsCriticism) {
  NEED_MODELS();
  Document d = code_text("\"This will allow us to end this abusive threat from Canada,\" Trump said.", "2025-03-12");
  EXPECT_TRUE(find(d, "USA", "CAN", "111")) << describe(d);
  Document n = code_text("\"This is not an abusive policy by Canada,\" Trump said.", "2025-03-12");
  EXPECT_FALSE(find_code(n, "11")) << describe(n);
}

// event_stage.cc code_stance(): a wrong named with its owner in an
// oblique phrase of a negated clause is still said to exist ("will not
// leave Australia alone in the face of economic coercion by China"); a
// wrong the negated clause denies of its subject is not.
TEST(CoderCritSpeech, OwnedWrongInANegatedClausesObliqueIsAnAccusation) {
  NEED_MODELS();
  Document d = code_text(
      "\"The United States will not leave Australia alone in the face of economic coercion by China,\" Blinken "
      "said.",
      "2022-03-12");
  EXPECT_TRUE(find(d, "USAGOV", "CHN", "112")) << describe(d);
  Document n = code_text("\"China did not resort to coercion,\" Blinken said.", "2022-03-12");
  EXPECT_FALSE(find(n, "USAGOV", "CHN", "112")) << describe(n);
}

// event_stage.cc code_judgement(): a gerund subject whose object has a
// "between" phrase ("expanding cooperation between X and Y is dangerous")
// judges both sides, as a noun subject does; a verdict of no blame
// ("possible") codes nothing.
TEST(CoderCritSpeech, GerundSubjectBetweenTwoStatesJudgesBoth) {
  NEED_MODELS();
  Document d = code_text(
      "Blinken said that expanding military cooperation between Russia and North Korea is dangerous.",
      "2024-06-28");
  EXPECT_TRUE(find(d, "USAGOV", "RUS", "111")) << describe(d);
  EXPECT_TRUE(find(d, "USAGOV", "PRK", "111")) << describe(d);
  Document n = code_text(
      "Blinken said that expanding military cooperation between Russia and North Korea is possible.",
      "2024-06-28");
  EXPECT_FALSE(find_code(n, "11")) << describe(n);
}

// arguments.cc prep_phrases(): a clause of manner in a target phrase
// ("complained about how Beijing treats foreign firms") is about its
// subject; a passive one names who is done to, not the doer.
TEST(CoderCritSpeech, ClauseOfMannerNamesItsSubject) {
  NEED_MODELS();
  Document d = code_text("The German chancellor expressed outrage over how Moscow handled the crisis.", "2024-03-01");
  EXPECT_TRUE(find(d, "DEUGOV", "RUS", "111")) << describe(d);
  Document n = code_text("The German chancellor complained about how the refugees were treated by Hungary.",
                         "2024-03-01");
  EXPECT_FALSE(find_code(n, "11")) << describe(n);
}

// event_stage.cc any_lemma(), any_complement(): a past participle matches a
// word set by its own form ("as misguided", lemma "misguide"); arguments.cc
// prep_phrases(): an "as" clause the parser hung on the object is the
// verb's ("dismissed the U.S. sanctions as politically motivated").
TEST(CoderCritSpeech, VerdictAsAParticiple) {
  NEED_MODELS();
  Document d = code_text(
      "Chinese Foreign Ministry spokesman Wang Wenbin described the American move as misguided.", "2024-03-01");
  EXPECT_TRUE(find(d, "CHN", "USA", "111")) << describe(d);
  Document o = code_text(
      "The Russian foreign ministry dismissed the U.S. sanctions as politically motivated and illegal.", "2024-03-01");
  EXPECT_TRUE(find(o, "RUS", "USA", "111")) << describe(o);
  // A participle of no verdict codes nothing.
  Document n = code_text(
      "Chinese Foreign Ministry spokesman Wang Wenbin described the American move as expected.", "2024-03-01");
  EXPECT_FALSE(find_code(n, "11")) << describe(n);
}

// actor_stage.cc resolve_pronouns(): a one-word name in capitals after a
// title ("Afghan broadcaster TOLOnews") is an organisation's, so "He" in
// the next sentence is the spokesman, not ambiguous; a two-word name after
// the same title stays a person who may be "he". (Neither is the sentence's
// subject: a person who is would decide, main_subject_person.)
TEST(CoderCritSpeech, BroadcasterAcronymIsNoAntecedentOfHe) {
  NEED_MODELS();
  Document d = code_text(
      "An interview of Taliban spokesperson Zabihullah Mujahid by Afghan broadcaster TOLOnews aired late Tuesday. "
      "He accused the U.N. envoy of misrepresenting the situation.",
      "2024-08-21");
  EXPECT_TRUE(find(d, "AFGGOVTAL", "IGOUNO", "112")) << describe(d);
  Document n = code_text(
      "An interview of Taliban spokesperson Zabihullah Mujahid by Afghan broadcaster Ahmad Shah aired late Tuesday. "
      "He accused the U.N. envoy of misrepresenting the situation.",
      "2024-08-21");
  EXPECT_FALSE(find(n, "AFGGOVTAL", "IGOUNO", "112")) << describe(n);
}

// event_stage.cc claim_content_speaker(): the content clause of a claim the
// subject repeats or makes ("reiterated the claim that ...") is the
// subject's reported words, asserted; a claim rejected is no one's
// accusation, and a modal in the clause keeps it hypothetical.
TEST(CoderCritSpeech, RepeatedClaimIsTheClaimantsAccusation) {
  NEED_MODELS();
  Document d = code_text(
      "Pakistani Prime Minister Shehbaz Sharif reiterated the claim that Afghanistan had undermined the talks.",
      "2025-03-14");
  EXPECT_TRUE(find(d, "PAKGOV", "AFG", "112")) << describe(d);
  Document n = code_text(
      "Pakistani Prime Minister Shehbaz Sharif rejected the claim that Afghanistan had undermined the talks.",
      "2025-03-14");
  EXPECT_FALSE(find(n, "PAKGOV", "AFG", "112")) << describe(n);
  Document m = code_text(
      "Pakistani Prime Minister Shehbaz Sharif reiterated the claim that Afghanistan could undermine the talks.",
      "2025-03-14");
  EXPECT_FALSE(find(m, "PAKGOV", "AFG", "112")) << describe(m);
}

// event_stage.cc stance_judge(): a stance word in the content of a repeated
// claim is the claimant's ("reiterated the claim that the Afghan policy is
// a sham"); in a rejected claim it is no one's.
TEST(CoderCritSpeech, StanceWordInARepeatedClaim) {
  NEED_MODELS();
  Document d = code_text(
      "Pakistani Prime Minister Shehbaz Sharif reiterated the claim that the Afghan policy is a sham.", "2025-03-14");
  EXPECT_TRUE(find(d, "PAKGOV", "AFG", "111")) << describe(d);
  Document n = code_text(
      "Pakistani Prime Minister Shehbaz Sharif rejected the claim that the Afghan policy is a sham.", "2025-03-14");
  EXPECT_FALSE(find(n, "PAKGOV", "AFG", "111")) << describe(n);
}

// 11-disapprove.txt express-outrage / express-displeasure: the "of" phrase
// of a voiced condemnation names what is condemned, and its owner is the
// target; the victims of a condemned attack are not.
TEST(CoderCritSpeech, CondemnationOfAnOwnedAct) {
  NEED_MODELS();
  Document d = code_text("The Turkish foreign minister expressed condemnation of the Israeli strikes.", "2021-03-14");
  EXPECT_TRUE(find(d, "TURGOV", "ISR", "111")) << describe(d);
  Document n = code_text("The Turkish foreign minister expressed condemnation of the attack on Israeli soldiers.",
                         "2021-03-14");
  EXPECT_FALSE(find(n, "TURGOV", "ISR", "11")) << describe(n);
}

// 47-quoted-criticism.txt is-not-lawful: a denied virtue of lawfulness or
// propriety in reported words criticises the subject's owner; a denied
// word of difficulty ("not easy") judges no one.
TEST(CoderCritSpeech, DeniedLawfulnessIsCriticism) {
  NEED_MODELS();
  Document d = code_text("The German chancellor said the Hungarian decision was not acceptable.", "2021-03-14");
  EXPECT_TRUE(find(d, "DEUGOV", "HUN", "111")) << describe(d);
  Document n = code_text("\"The Hungarian decision is not easy,\" the German chancellor said.", "2021-03-14");
  EXPECT_FALSE(find_code(n, "11")) << describe(n);
}

}  // namespace
}  // namespace dyad
