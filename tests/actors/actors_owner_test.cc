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
  // The title keeps its role; the appositive lends the state.
  EXPECT_EQ(code_of(t, "Professor Halvar Quist"), "NOREDU");
  EXPECT_EQ(code_of(t, "Quist"), "NOREDU");
  EXPECT_EQ(code_of("The talks failed, said Halvar Quist, a Norwegian government adviser.", "Halvar Quist"),
            "NORGOV");
  // No state in the appositive: the title's own role stays.
  EXPECT_EQ(code_of("The talks failed, said Professor Halvar Quist, an economist.", "Professor Halvar Quist"),
            "EDU");
}

TEST(ActorOwner, PostHolderNamedAfterAWeakTitle) {
  // "X-appointed" keeps the chain: the rapporteur is the UN's.
  const std::string t =
      "United Nations-appointed special rapporteur Mara Bennett visited Kabul. "
      "Bennett later spoke to reporters. Mr. Bennett left on Friday.";
  EXPECT_EQ(code_of(t, "United Nations-appointed special rapporteur Mara Bennett"), "IGOUNO");
  // The story's own Bennett, not the lexicon's (a former Israeli premier).
  EXPECT_EQ(code_of(t, "Bennett"), "IGOUNO");
  EXPECT_EQ(code_of(t, "Mr. Bennett"), "IGOUNO");
  // When the story names the lexicon's person in full, the surname stays his.
  EXPECT_EQ(code_of("Naftali Bennett met special rapporteur Mara Ruiz. Bennett left.", "Bennett").substr(0, 3),
            "ISR");
}

TEST(ActorOwner, EuropeIsTheUnionInAStoryNamingTheUnion) {
  const std::string t =
      "The European Union raised duties on Peruvian coffee. Lima said Europe had broken its word, "
      "and European countries were divided.";
  EXPECT_EQ(code_of(t, "Europe"), "IGOEUREEC");
  EXPECT_EQ(code_of(t, "European countries"), "EUR");
  // No Union in the story: Europe stays the region.
  EXPECT_EQ(code_of("Lima said Europe had broken its word.", "Europe"), "EUR");
}

TEST(ActorOwner, SuicideBomberIsAPersonNotAnAircraft) {
  EXPECT_EQ(code_of("A suicide bomber struck a market in Lima.", "suicide bomber"), "UAF");
  EXPECT_EQ(code_of("Peruvian jets and a bomber flew over the border.", "bomber"), "MIL");
}

}  // namespace
}  // namespace dyad
