// Actor stage: the post of an owner the lexicon does not know. "An Acme
// spokesperson declined to comment" is a firm's (or a person's) spokesperson;
// the weak head's default role (GOV) would code a company's refusal as a
// government's. Found on unseen business news. Sentences written for these
// tests; the shipped lexicon (data/actors).
#include <gtest/gtest.h>

#include <string>

#include "actors/test_doc.h"
#include "dyad/actors.h"

namespace dyad {
namespace {

class ActorUnknownOwnerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { lex_ = load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors"); }
  static std::string code_of(const std::string& text, const std::string& head) {
    return testing::code_ending(ActorStage(lex_), text, head, "2024-06-01");
  }
  static std::shared_ptr<const ActorLexicon> lex_;
};
std::shared_ptr<const ActorLexicon> ActorUnknownOwnerTest::lex_;

TEST_F(ActorUnknownOwnerTest, AnUnknownOwnersSpokespersonHasNoRole) {
  EXPECT_EQ(code_of("On Friday an Orvexa spokesperson declined to comment.", "spokesperson"), "none");
  EXPECT_EQ(code_of("A spokeswoman for Orvexa declined to comment.", "spokeswoman"), "none");
  EXPECT_EQ(code_of("On Friday Orvexa leaders denied the claims.", "leaders"), "none");
}

TEST_F(ActorUnknownOwnerTest, AKnownOwnerOrNoOwnerKeepsTheRole) {
  EXPECT_EQ(code_of("On Friday a police spokesman declined to comment.", "spokesman"), "COP");
  EXPECT_EQ(code_of("On Friday a Chilean spokesperson declined to comment.", "spokesperson"), "CHLGOV");
  EXPECT_EQ(code_of("A spokeswoman for the ministry declined to comment.", "spokeswoman"), "GOV");
  EXPECT_EQ(code_of("A spokesman declined to comment.", "spokesman"), "GOV");
}

}  // namespace
}  // namespace dyad
