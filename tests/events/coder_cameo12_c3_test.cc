// CAMEO phrasing coverage, round 3 (twelfth session, helper c, roots 11-15):
// alerts of police and of troops told in the passive, an announced
// refusal to yield ("said it would not release"), demands for a leader's
// going or a law's repeal turned down, a complaint aimed at the one in its
// against-phrase, and a force posture answering another side's attack.
// Sentences are invented; each rule has a near miss. Skips when a model
// is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_any_modality, count_root, NEED_MODELS

// forces_as_source (event_stage.cc) for alerts, put-police-on-alert: a
// passive alert with no agent is the forces' state's, complete without a
// target; a police alert is 151, a military one 152. A passive deployment
// with no one faced stays no event.
TEST(CoderCameo12C3, PassiveAlerts) {
  NEED_MODELS();
  Document d = code_text("Police in Madrid were put on high alert after the explosion.", "2023-06-02");
  EXPECT_TRUE(find(d, "ESPCOP", "", "151")) << describe(d);
  Document a = code_text("Egyptian troops were placed on maximum alert on Sunday.", "2023-06-02");
  EXPECT_TRUE(find(a, "EGYMIL", "", "152")) << describe(a);
  Document p = code_text("The Indonesian interior minister put the police on high alert.", "2023-06-02");
  EXPECT_TRUE(find(p, "IDNGOV", "", "151")) << describe(p);
  Document near = code_text("Kenyan officials were put on notice over the audit.", "2023-06-02");
  EXPECT_EQ(count_root(near, "15"), 0) << describe(near);
}

// put-on-alert-along: an alert along another state's border faces it.
TEST(CoderCameo12C3, AlertAlongABorder) {
  NEED_MODELS();
  Document d = code_text("Israel's army has been put on high alert along the Lebanese border.", "2023-06-02");
  EXPECT_TRUE(find(d, "ISRMIL", "LBN", "152")) << describe(d);
}

// announced_refusal: the act's own side saying it will not yield is a
// refusal (12x), asserted; another speaker's forecast, a past act not
// done, a condition, and an act of cooperation not announced are not.
TEST(CoderCameo12C3, WillNotYieldIsARefusal) {
  NEED_MODELS();
  Document d = code_text("Iran said it would not release the British tanker.", "2023-06-02");
  EXPECT_TRUE(find(d, "IRN", "GBR", "1243")) << describe(d);
  Document w = code_text("Tehran will not release the British tanker.", "2023-06-02");
  EXPECT_TRUE(find(w, "IRNGOV", "GBR", "1243")) << describe(w);
  Document m = code_text("Israel said it would not accept Turkish mediation with Hamas.", "2023-06-02");
  EXPECT_TRUE(find(m, "ISR", "TUR", "126")) << describe(m);
  Document f = code_text("Analysts said Iran would not release the British tanker.", "2023-06-02");
  EXPECT_EQ(count_root(f, "12"), 0) << describe(f);
  Document past = code_text("Iran did not release the British tanker.", "2023-06-02");
  EXPECT_EQ(count_root(past, "12"), 0) << describe(past);
  Document cond = code_text("Iran said it would not release the tanker if Britain seized its ships.", "2023-06-02");
  EXPECT_EQ(count_root(cond, "12"), 0) << describe(cond);
  Document coop = code_text("Germany will not send tanks to Ukraine, Scholz said.", "2023-06-02");
  EXPECT_EQ(count_root(coop, "12"), 0) << describe(coop);
}

// n-threat-against: an owner's threats against someone are 130; a
// threat against someone no actor owns is no event.
TEST(CoderCameo12C3, NominalThreatsAgainst) {
  NEED_MODELS();
  Document d = code_text("China's threats against Lithuania escalated last week.", "2023-06-02");
  EXPECT_TRUE(find(d, "CHN", "LTU", "130")) << describe(d);
  Document near = code_text("The terrorist threat against France remains high.", "2023-06-02");
  EXPECT_EQ(count_root(near, "13"), 0) << describe(near);
}

// code_stance: "by mistake" is a phrase of manner, no criticism of the
// one wronged; a judged act called a mistake stays criticism.
TEST(CoderCameo12C3, ByMistakeJudgesNoOne) {
  NEED_MODELS();
  Document d = code_text("Iran said its forces shot down the Ukrainian airliner by mistake.", "2023-06-02");
  EXPECT_EQ(count_root(d, "11"), 0) << describe(d);
  Document j = code_text("The Kenyan minister said Uganda's decision to close the border was a mistake.", "2023-06-02");
  EXPECT_TRUE(find(j, "KENGOV", "UGA", "111")) << describe(j);
}

// reject-demand-resign, turn-down-demand-repeal (objclause): turning down
// demands for a leader's going (1231) or a law's repeal (1232); demands
// for something else are no reform refused.
TEST(CoderCameo12C3, ReformDemandsTurnedDown) {
  NEED_MODELS();
  Document d = code_text("Nicaragua's president dismissed calls by the church to resign.", "2023-06-02");
  EXPECT_TRUE(find(d, "NICGOV", "", "1231")) << describe(d);
  Document r = code_text("Iran's government turned down calls to scrap the hijab law.", "2023-06-02");
  EXPECT_TRUE(find(r, "IRNGOV", "", "1232")) << describe(r);
  Document near = code_text("The Peruvian government rejected demands to pay compensation to Chile.", "2023-06-02");
  EXPECT_EQ(count_root(near, "12"), 0) << describe(near);
}

// lodge-complaint-against: a complaint filed with a body against a state
// is aimed at the state; one with no against-phrase stays the body's.
TEST(CoderCameo12C3, ComplaintAgainstAState) {
  NEED_MODELS();
  Document d = code_text("Egypt lodged a protest against Ethiopia with the Security Council.", "2023-06-02");
  EXPECT_TRUE(find(d, "EGY", "ETH", "114")) << describe(d);
  EXPECT_FALSE(find(d, "EGY", "IGOUNO", "114")) << describe(d);
}

// provoking_actors: a force posture with no one faced answers the attack
// of another side told after it; an after-clause of talks, or of one's
// own side, names no one.
TEST(CoderCameo12C3, PostureAnsweringAnAttack) {
  NEED_MODELS();
  Document d = code_text("Israel called up reservists after Hamas attacked Israeli towns.", "2023-06-02");
  EXPECT_TRUE(find(d, "ISR", "PSE", "154")) << describe(d);
  Document n = code_text("The Kenyan army went on high alert after Somali militants attacked a border post.", "2023-06-02");
  EXPECT_TRUE(find(n, "KENMIL", "SOM", "152")) << describe(n);
  Document talks = code_text("Taiwan's armed forces went on alert after they held talks with Japan.", "2023-06-02");
  EXPECT_FALSE(find(talks, "TWNMIL", "JPN", "152")) << describe(talks);
  EXPECT_TRUE(find(talks, "TWNMIL", "", "152")) << describe(talks);
}

}  // namespace
}  // namespace dyad
