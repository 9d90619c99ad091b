// Actor stage: roles named in words the main agent list read as another
// role (data/actors/agents_roles.txt, fullcode branch). Sentences invented;
// the shipped lexicon (data/actors).
#include <gtest/gtest.h>

#include <string>

#include "actors/test_doc.h"
#include "dyad/actors.h"

namespace dyad {
namespace {

std::string code_of(const Document& d, const std::string& text) {
  for (const auto& m : d.mentions)
    if (d.tokens_text(m.token_begin, m.token_end) == text) return m.actor.code;
  return "<none>";
}

TEST(ActorRoles, NamedRolesKeepTheirRole) {
  const auto lex = load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors");
  Document d = testing::make_doc(
      "The Kenyan Inspector-General of Police visited Uganda. The Ghanaian counterterrorism agency "
      "arrested two men. Mali's transitional council expelled the envoy. Niger's military council "
      "closed the border.",
      "2024-06-01");
  ActorStage(lex, {}).run(d);
  EXPECT_EQ(code_of(d, "Kenyan Inspector-General of Police"), "KENCOP");
  EXPECT_EQ(code_of(d, "Ghanaian counterterrorism agency"), "GHACOP");
  EXPECT_EQ(code_of(d, "Mali's transitional council"), "MLIGOV");
  EXPECT_EQ(code_of(d, "Niger's military council"), "NERMIL");
  // Near misses: an army general stays military, a plain council names no role.
  Document n = testing::make_doc("The Kenyan general visited Uganda. The Kenyan council met.", "2024-06-01");
  ActorStage(lex, {}).run(n);
  EXPECT_EQ(code_of(n, "Kenyan general"), "KENMIL");
  EXPECT_EQ(code_of(n, "Kenyan council"), "<none>");
}

TEST(ActorRoles, TheSenatesPresidentIsTheLegislature) {
  const auto lex = load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors");
  Document d = testing::make_doc("The Nigerian Senate President criticized the police.", "2024-06-01");
  ActorStage(lex, {}).run(d);
  EXPECT_EQ(code_of(d, "Nigerian Senate President"), "NGALEG");
  // The state's president stays the executive.
  Document n = testing::make_doc("The Nigerian President criticized the police.", "2024-06-01");
  ActorStage(lex, {}).run(n);
  EXPECT_EQ(code_of(n, "Nigerian President"), "NGAGOV");
}

TEST(ActorRoles, SecurityForcesAreArmedForces) {
  const auto lex = load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors");
  Document d = testing::make_doc(
      "Kenyan security forces raided the camp. Somali security personnel guarded the road. Kenyan police "
      "arrested two men.",
      "2024-06-01");
  ActorStage(lex, {}).run(d);
  EXPECT_EQ(code_of(d, "Kenyan security forces"), "KENMIL");
  EXPECT_EQ(code_of(d, "Somali security personnel"), "SOMMIL");
  // Police stay police.
  EXPECT_EQ(code_of(d, "Kenyan police"), "KENCOP");
}

}  // namespace
}  // namespace dyad
