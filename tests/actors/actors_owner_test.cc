// Actor stage: a bare state role owned by "its"/"their" takes the state of
// the nearest actor named before it in the sentence; agent nouns that are
// people, not weapons. Sentences invented.
#include <gtest/gtest.h>

#include <string>

#include "actors/test_doc.h"
#include "dyad/actors.h"

namespace dyad {
namespace {

std::shared_ptr<const ActorLexicon> owner_lexicon() {
  static auto lex = load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors");
  return lex;
}

std::string code_of(const std::string& text, const std::string& mention) {
  Document d = testing::make_doc(text, "2024-06-01");
  ActorStage(owner_lexicon(), {}).run(d);
  for (const auto& m : d.mentions)
    if (d.tokens_text(m.token_begin, m.token_end) == mention) return m.actor.code;
  return "(none)";
}

TEST(ActorOwner, PossessivePronounLendsTheNearestState) {
  EXPECT_EQ(code_of("The Peruvian government said their troops left the valley.", "troops"), "PERMIL");
  // The nearest state before the pronoun, not the first one.
  EXPECT_EQ(code_of("Chile asked Bolivia to pull back its soldiers.", "soldiers"), "BOLMIL");
}

TEST(ActorOwner, NoOwnerNoState) {
  // Nothing named before the pronoun in its sentence: left bare.
  EXPECT_EQ(code_of("Their soldiers left the valley.", "soldiers"), "MIL");
}

TEST(ActorOwner, TitledUnknownNameTakesTheAppositivesState) {
  const std::string t =
      "The talks failed, said Professor Halvar Quist, a Norwegian government adviser. "
      "Quist later met reporters.";
  EXPECT_EQ(code_of(t, "Professor Halvar Quist"), "NORGOV");
  EXPECT_EQ(code_of(t, "Quist"), "NORGOV");
  // No state in the appositive: the title's own role stays.
  EXPECT_EQ(code_of("The talks failed, said Professor Halvar Quist, an economist.", "Professor Halvar Quist"),
            "EDU");
}

TEST(ActorOwner, SuicideBomberIsAPersonNotAnAircraft) {
  EXPECT_EQ(code_of("A suicide bomber struck a market in Lima.", "suicide bomber"), "UAF");
  EXPECT_EQ(code_of("Peruvian jets and a bomber flew over the border.", "bomber"), "MIL");
}

}  // namespace
}  // namespace dyad
