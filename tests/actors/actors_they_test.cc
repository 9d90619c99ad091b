// Actor stage: what a narrative "they" may stand for. A group named only
// as the modifier of another noun ("the police report") or only inside
// someone's quoted words is not what the narrator's next "they" means.
// Found on unseen web text, where "They refused to discuss ..." (a family)
// was coded as the police. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "actors/test_doc.h"
#include "dyad/actors.h"

namespace dyad {
namespace {

class ActorTheyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { lex_ = load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors"); }

  // A document with a flat syntax layer: every token a noun-less X except
  // the words listed as common nouns (what the tagger gives them).
  static Document with_nouns(const std::string& text, std::initializer_list<const char*> nouns) {
    Document d = testing::make_doc(text, "2024-06-01");
    d.syntax.assign(d.tokens.size(), TokenSyntax{});
    for (size_t i = 0; i < d.tokens.size(); ++i)
      for (const char* n : nouns)
        if (d.tokens[i].norm == n) d.syntax[i].upos = UPos::kNOUN;
    return d;
  }
  static const ActorMention* find(const Document& d, const std::string& text) {
    for (const auto& m : d.mentions)
      if (d.tokens_text(m.token_begin, m.token_end) == text) return &m;
    return nullptr;
  }
  static std::string antecedent_text(const Document& d, const ActorMention* m) {
    if (!m || m->antecedent < 0) return "";
    const ActorMention& a = d.mentions[m->antecedent];
    return std::string(d.tokens_text(a.token_begin, a.token_end));
  }
  static std::shared_ptr<const ActorLexicon> lex_;
};
std::shared_ptr<const ActorLexicon> ActorTheyTest::lex_;

TEST_F(ActorTheyTest, AGroupModifyingANounIsNoAntecedent) {
  Document d = with_nouns("Her sister read the police report. They declined to comment.", {"report", "sister"});
  ActorStage(lex_).run(d);
  EXPECT_EQ(find(d, "They"), nullptr) << antecedent_text(d, find(d, "They"));

  // The same group heading its own phrase is.
  Document p = with_nouns("Her sister called the police. They declined to comment.", {"sister"});
  ActorStage(lex_).run(p);
  ASSERT_NE(find(p, "They"), nullptr);
  EXPECT_EQ(antecedent_text(p, find(p, "They")), "police");
}

TEST_F(ActorTheyTest, AGroupNamedInsideAQuotationIsNotTheNarratorsThey) {
  Document d = testing::make_doc(
      "Protesters marched through Lima on Monday. \"I saw the police run,\" a vendor said. "
      "They reached the square at noon.",
      "2024-06-01");
  ActorStage(lex_).run(d);
  ASSERT_NE(find(d, "They"), nullptr);
  EXPECT_EQ(antecedent_text(d, find(d, "They")), "Protesters");
}

TEST_F(ActorTheyTest, AQuotedTheyMayStandForAGroupTheSameQuotationNamed) {
  // The quotation runs over two sentences and closes after "they".
  Document d = testing::make_doc(
      "\"Rebels must leave the valley. If they stay, we will fight,\" the governor said.", "2024-06-01");
  ActorStage(lex_).run(d);
  ASSERT_NE(find(d, "they"), nullptr);
  EXPECT_EQ(antecedent_text(d, find(d, "they")), "Rebels");
}

}  // namespace
}  // namespace dyad
