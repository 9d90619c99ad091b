// Stance words in reported speech (code_stance, data/verbs/49-stance.txt):
// a speaker's word of condemnation (111) or of wrongdoing (112) about an
// actor named in the same words, end to end on invented sentences, with the
// near misses: negated, conditional or denied judgements, victims of a
// passive wrong, the people a verdict speaks for, and words outside any
// reported speech. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

bool by_stance(const Event* e) { return e && e->rule.rfind("stance-", 0) == 0; }

TEST(CoderStance, VerdictNounInAQuotationJudgesItsSubject) {
  NEED_MODELS();
  Document d = code_text(
      "\"Their whole campaign against our fishermen is a charade staged by Hanoi,\" the Philippine coast guard "
      "spokesman said.");
  const Event* e = find(d, "PHL", "VNM", "111");
  EXPECT_TRUE(by_stance(e)) << describe(d);
}

TEST(CoderStance, WrongdoingOwnedByAnAdjectiveOfNationality) {
  NEED_MODELS();
  Document d = code_text(
      "\"What we saw this week was Russian propaganda from start to finish,\" the Estonian defence minister said.");
  EXPECT_TRUE(by_stance(find(d, "EST", "RUS", "112"))) << describe(d);
}

TEST(CoderStance, WrongdoingDoneByTheSubject) {
  NEED_MODELS();
  Document d = code_text("\"Belgrade keeps feeding its citizens outright lies,\" the Kosovo prime minister said.");
  EXPECT_TRUE(by_stance(find(d, "KSV", "SRB", "112"))) << describe(d);
}

TEST(CoderStance, NegatedVerdictIsNone) {
  NEED_MODELS();
  Document yes = code_text("\"Kinshasa's vote was a charade,\" the Zambian president said.");
  EXPECT_TRUE(by_stance(find(yes, "ZMB", "COD", "111"))) << describe(yes);
  Document d = code_text("\"Kinshasa's vote was not a charade,\" the Zambian president said.");
  EXPECT_EQ(find(d, "ZMB", "COD", "111"), nullptr) << describe(d);
}

TEST(CoderStance, ThoughtNotIsNone) {
  NEED_MODELS();
  Document yes = code_text("\"Caracas has lied to its neighbours,\" the Colombian foreign minister said.");
  EXPECT_NE(find(yes, "COL", "VEN", "112"), nullptr) << describe(yes);
  Document d = code_text("The Colombian foreign minister said he did not think that Caracas had lied.");
  EXPECT_EQ(find_code(d, "112"), nullptr) << describe(d);
}

TEST(CoderStance, VictimOfAPassiveWrongIsNotJudged) {
  NEED_MODELS();
  Document d = code_text("\"Our farmers have been cheated for decades,\" the Brazilian agriculture minister said.");
  EXPECT_EQ(find_code(d, "112"), nullptr) << describe(d);
}

TEST(CoderStance, PeopleAVerdictSpeaksForAreNotJudged) {
  NEED_MODELS();
  Document d = code_text(
      "\"The people of Syria deserve better than the farce staged by Damascus,\" the French foreign minister said.");
  EXPECT_TRUE(by_stance(find(d, "FRA", "SYRGOV", "111"))) << describe(d);
  EXPECT_EQ(find(d, "FRA", "SYRCVL", "11"), nullptr) << describe(d);
}

TEST(CoderStance, ReportersOwnWordsAreNoStance) {
  NEED_MODELS();
  Document d = code_text("Belgrade's campaign of propaganda against Pristina continued through the winter.");
  for (const Event& e : d.events) EXPECT_FALSE(by_stance(&e)) << describe(d);
}

TEST(CoderStance, SpeakersOwnStateIsNotItsTarget) {
  NEED_MODELS();
  Document d = code_text("\"America has cheated itself for decades,\" the American president said.");
  EXPECT_EQ(find(d, "USA", "USA", "112"), nullptr) << describe(d);
}

}  // namespace
}  // namespace dyad
