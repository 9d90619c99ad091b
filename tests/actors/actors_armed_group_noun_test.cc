// Actor stage: "the separatist group" names the separatist group of the
// story, as "the militants" names its armed group. Sentences invented; the
// shipped lexicon (data/actors).
#include <gtest/gtest.h>

#include <string>

#include "actors/test_doc.h"
#include "dyad/actors.h"

namespace dyad {
namespace {

const ActorMention* find_text(const Document& d, const std::string& text) {
  for (const auto& m : d.mentions)
    if (d.tokens_text(m.token_begin, m.token_end) == text) return &m;
  return nullptr;
}

TEST(ActorArmedGroupNoun, TheSeparatistGroupTakesTheNamedGroup) {
  const auto lex = load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors");
  Document d = testing::make_doc(
      "The Polisario Front ambushed a patrol. Morocco said it would respond. "
      "The separatist group denied it.",
      "2024-06-01");
  ActorStage(lex, {}).run(d);
  const ActorMention* m = find_text(d, "separatist group");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->actor.code.substr(0, 6), "ESHSEP");

  // With no named group before it the noun keeps the bare role.
  Document n = testing::make_doc("The separatist group denied it.", "2024-06-01");
  ActorStage(lex, {}).run(n);
  const ActorMention* b = find_text(n, "separatist group");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->actor.code, "SEP");
}

}  // namespace
}  // namespace dyad
