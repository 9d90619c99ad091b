// Actor stage: plural references to actors named together earlier ("the
// three countries", "both sides", "the two leaders", "the pair"). One phrase
// becomes one mention per actor over the same tokens. Documents without a
// tree here (coordinations are read from the words); the predicate dyad
// that needs a tree is tested end to end in tests/events/coder_plural_test.cc.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "actors/plural.h"
#include "actors/test_doc.h"
#include "dyad/actors.h"

namespace dyad {
namespace {

class ActorPluralTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { lex_ = load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors"); }

  static Document run(const std::string& text) {
    Document d = testing::make_doc(text, "2023-05-10");
    ActorStage(lex_).run(d);
    return d;
  }
  // Codes of the plural mentions over `phrase` (sorted), and their
  // antecedents' texts.
  static std::vector<std::string> codes(const Document& d, const std::string& phrase,
                                        std::vector<std::string>* antecedents = nullptr) {
    std::vector<std::string> out;
    for (const ActorMention& m : d.mentions) {
      if (d.tokens_text(m.token_begin, m.token_end) != phrase || m.entry.rfind(kPluralEntry, 0) != 0) continue;
      out.push_back(m.actor.code);
      if (antecedents && m.antecedent >= 0) {
        const ActorMention& a = d.mentions[m.antecedent];
        antecedents->push_back(std::string(d.tokens_text(a.token_begin, a.token_end)));
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  static std::shared_ptr<const ActorLexicon> lex_;
};
std::shared_ptr<const ActorLexicon> ActorPluralTest::lex_;

using Strings = std::vector<std::string>;

TEST_F(ActorPluralTest, ThreeCountriesNamedTogetherAreTheThreeCountries) {
  Document d = run("Chile, Peru and Bolivia left the trade pact in March. The three countries accused Brazil of meddling.");
  Strings ante;
  EXPECT_EQ(codes(d, "The three countries", &ante), (Strings{"BOLGOV", "CHLGOV", "PERGOV"}));
  EXPECT_EQ(std::set<std::string>(ante.begin(), ante.end()), (std::set<std::string>{"Chile", "Peru", "Bolivia"}));
  // Every member spans the whole phrase and has its head.
  for (const ActorMention& m : d.mentions)
    if (m.entry.rfind(kPluralEntry, 0) == 0) {
      EXPECT_EQ(d.tokens_text(m.head, m.head + 1), "countries");
      EXPECT_EQ(m.basis, "coref");
    }
}

TEST_F(ActorPluralTest, BothSidesKeepTheActorsAsNamed) {
  Document d = run("Armenia and Georgia signed a truce in May. Both sides accused each other of violating it.");
  EXPECT_EQ(codes(d, "Both sides"), (Strings{"ARM", "GEO"}));
  // "both" alone is two: a third state makes it no reference.
  Document three = run("Armenia, Georgia and Turkey signed a truce in May. Both sides accused each other of violating it.");
  EXPECT_TRUE(codes(three, "Both sides").empty());
}

TEST_F(ActorPluralTest, TheTwoLeadersAreTheGovernmentsOfTheLeadersNamed) {
  Document d = run("President Emmanuel Macron and Chancellor Olaf Scholz met in Berlin. The two leaders agreed to hold talks.");
  EXPECT_EQ(codes(d, "The two leaders"), (Strings{"DEUGOV", "FRAGOV"}));
  // The bare agent "leaders" (no state of its own) is replaced, not kept beside them.
  for (const ActorMention& m : d.mentions)
    if (d.tokens_text(m.token_begin, m.token_end) == "leaders") ADD_FAILURE() << m.actor.code;
}

TEST_F(ActorPluralTest, ThePairIsTwoAndTheTrioThree) {
  Document d = run("Ghana and Togo quit the customs union. Nigeria condemned the pair.");
  EXPECT_EQ(codes(d, "the pair"), (Strings{"GHA", "TGO"}));
  Document no = run("Ghana and Togo quit the customs union. Nigeria condemned the trio.");
  EXPECT_TRUE(codes(no, "the trio").empty());
}

TEST_F(ActorPluralTest, CountMismatchLeavesThePhraseAlone) {
  Document d = run("Russia, China, Iran and Syria held joint drills. The two countries condemned Canada.");
  EXPECT_TRUE(codes(d, "The two countries").empty());
  // The nearest sentence naming a set decides: an earlier pair behind the
  // four is not taken instead.
  Document behind = run("Chile and Peru held talks. Russia, China, Iran and Syria held joint drills. "
                        "The two countries condemned Canada.");
  EXPECT_TRUE(codes(behind, "The two countries").empty());
}

TEST_F(ActorPluralTest, NoEarlierStatesNoReference) {
  Document d = run("The two countries condemned Canada on Friday.");
  EXPECT_TRUE(codes(d, "The two countries").empty());
  // One state is no set.
  Document one = run("Chile held talks with the rebels. The two sides agreed to a truce.");
  EXPECT_TRUE(codes(one, "The two sides").empty());
  // The same person twice is one actor.
  Document same = run("Chile and Santiago hosted the fair. The two countries praised it.");
  EXPECT_TRUE(codes(same, "The two countries").empty());
}

TEST_F(ActorPluralTest, OnlyTheThreeSentencesBeforeCount) {
  Document near = run("Chile and Peru held talks. It rained. The two countries condemned Brazil.");
  EXPECT_EQ(codes(near, "The two countries"), (Strings{"CHLGOV", "PERGOV"}));
  Document far = run("Chile and Peru held talks. It rained. It snowed. It cleared. It rained again. "
                     "The two countries condemned Brazil.");
  EXPECT_TRUE(codes(far, "The two countries").empty());
}

TEST_F(ActorPluralTest, PartsOthersAndSomeoneElsesAreNoReference) {
  for (const char* text : {
           "Chile and Peru held talks. One of the two countries condemned Brazil.",
           "Chile and Peru held talks. Almost all the countries condemned Brazil.",
           "Chile and Peru held talks. The other two countries condemned Brazil.",
           "Chile and Peru held talks. The two Peruvian rivals condemned Brazil.",
           "Chile and Peru held talks. The countries that signed condemned Brazil.",
           "Chile and Peru held talks. The leaders of Bolivia condemned Brazil.",
           "Chile and Peru held talks. The two opposition leaders condemned Brazil.",
       }) {
    Document d = run(text);
    for (const ActorMention& m : d.mentions)
      EXPECT_NE(m.entry.rfind(kPluralEntry, 0), 0u) << text << ": " << m.entry;
  }
}

TEST_F(ActorPluralTest, AnAdjectiveThatLeavesTheReferenceAlone) {
  Document d = run("Chile, Peru and Bolivia left the pact. The three military-led nations accused Brazil.");
  EXPECT_EQ(codes(d, "The three military-led nations"), (Strings{"BOLGOV", "CHLGOV", "PERGOV"}));
  // No stray "military" agent is left inside the phrase.
  for (const ActorMention& m : d.mentions)
    if (d.tokens_text(m.token_begin, m.token_end) == "military") ADD_FAILURE() << m.actor.code;
  // Without a number, "the neighbouring countries" are the ones around.
  Document around = run("Chile and Peru held talks. The neighbouring countries condemned Brazil.");
  EXPECT_TRUE(codes(around, "The neighbouring countries").empty());
}

TEST_F(ActorPluralTest, ALinkedPhraseIsASetForTheNextOne) {
  Document d = run("Chile and Peru held talks in Lima. It rained. It snowed. The two leaders met again. "
                   "It cleared. The two sides signed a deal.");
  EXPECT_EQ(codes(d, "The two leaders"), (Strings{"CHLGOV", "PERGOV"}));
  // "sides" keep the actors as first named.
  EXPECT_EQ(codes(d, "The two sides"), (Strings{"CHL", "PER"}));
}

TEST_F(ActorPluralTest, AnOrganisationIsASideButNotACountry) {
  Document d = run("Russia and NATO held talks. Both sides accused each other of provocations.");
  EXPECT_EQ(codes(d, "Both sides"), (Strings{"IGOWSTNAT", "RUS"}));
  Document c = run("Russia and NATO held talks. The two countries accused each other of provocations.");
  EXPECT_TRUE(codes(c, "The two countries").empty());
}

TEST_F(ActorPluralTest, AntecedentsStayValidAfterRenumbering) {
  Document d = run("Chile and Peru held talks. The two leaders met. President Gabriel Boric said he was pleased.");
  for (size_t i = 0; i < d.mentions.size(); ++i) {
    const ActorMention& m = d.mentions[i];
    if (m.antecedent >= 0) {
      ASSERT_LT(static_cast<size_t>(m.antecedent), d.mentions.size());
      EXPECT_LE(d.mentions[m.antecedent].token_begin, m.token_begin) << m.entry;
    }
    if (i > 0) EXPECT_LE(d.mentions[i - 1].token_begin, m.token_begin);
  }
}

}  // namespace
}  // namespace dyad
