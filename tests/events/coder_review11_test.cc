// Adversarial review of the eleventh session's rules (2026-12-01): each
// test holds a sentence on which a new rule misfired (a near miss it must
// not touch), with a case the rule is for where one helps. Sentences are
// invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include <string>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_any_modality, NEED_MODELS

TEST(CoderReview11, ProvidedWithItsOwnSubjectOpensNoCondition) {
  NEED_MODELS();
  // "provided" here is the verb of giving; the clause after its object is
  // a relative one, reporting an act.
  Document d = code_text("Iran provided the missiles the Houthis fired at Saudi Arabia last week.", "2023-01-10");
  EXPECT_TRUE(find(d, "YEM", "SAU", "19")) << describe(d);
  Document s = code_text("The United States provided the intelligence Israel used to strike Hezbollah in Lebanon.",
                         "2023-01-10");
  EXPECT_TRUE(find(s, "ISR", "LBN", "19")) << describe(s);
  // The rule's own case stays.
  Document c = code_text("Turkey will lift its veto provided Sweden extradites Kurdish militants to Turkey.",
                         "2023-01-10");
  EXPECT_FALSE(find(c, "SWE", "TUR", "06")) << describe(c);
}

TEST(CoderReview11, AHeadlineTellsPastActsInThePresent) {
  NEED_MODELS();
  Document d = code_text("Iran vows it will respond after Israel strikes consulate in Damascus", "2024-04-02");
  EXPECT_TRUE(find(d, "ISR", "", "19") || find(d, "ISR", "SYR", "19")) << describe(d);
  // With a closing stop it is a future time clause.
  Document f = code_text("Turkey will lift its veto once Sweden extradites Kurdish militants to Turkey.",
                         "2023-01-10");
  EXPECT_FALSE(find(f, "SWE", "TUR", "06")) << describe(f);
}

TEST(CoderReview11, ANamedFactionOfNotablesIsNoCivilians) {
  NEED_MODELS();
  Document d = code_text("The Taliban attacked members of the Northern Alliance in Panjshir.", "2015-03-01");
  EXPECT_FALSE(find(d, "AFG", "AFG", "18")) << describe(d);
  EXPECT_TRUE(find(d, "AFG", "AFG", "19")) << describe(d);
}

TEST(CoderReview11, RallyingBehindOrAroundAPlaceIsAProtest) {
  NEED_MODELS();
  Document d = code_text("Students rallied around the university campus in Tehran, chanting against the government.",
                         "2015-03-01");
  EXPECT_TRUE(find(d, "IRN", "", "141")) << describe(d);
  Document b = code_text(
      "Opposition supporters rallied behind the parliament building in Kyiv, demanding the president resign.",
      "2015-03-01");
  EXPECT_TRUE(find(b, "UKR", "", "141")) << describe(b);
  // Behind a leader it is siding with him.
  Document l = code_text("Thousands of Venezuelans rallied behind Guaido in Caracas.", "2019-02-01");
  EXPECT_FALSE(find_code(l, "141")) << describe(l);
}

TEST(CoderReview11, ArmyEngineersAreSoldiers) {
  NEED_MODELS();
  Document d = code_text("Russian military engineers laid mines near Kherson.", "2023-01-10");
  EXPECT_EQ(mention_code(d, "Russian military engineers"), "RUSMIL");
  // Near miss kept: an engineer killed by gunmen is a civilian.
  Document c = code_text("Gunmen killed an engineer in Baghdad on Tuesday, police said.", "2005-03-01");
  EXPECT_TRUE(find(c, "IRQ", "IRQCVL", "18")) << describe(c);
}

TEST(CoderReview11, AShrineNamedAfterAnImamIsNoPerson) {
  NEED_MODELS();
  Document d = code_text("A bomb exploded near the Imam Hussein shrine in Karbala.", "2023-01-10");
  EXPECT_FALSE(has_mention(d, "Imam Hussein")) << describe(d);
  Document m = code_text("Researchers counted Monk Seal pups in Hawaii.", "2023-01-10");
  EXPECT_FALSE(has_mention(m, "Monk Seal")) << describe(m);
  // Near miss kept: a cleric named after his title.
  Document c = code_text("Grand Ayatollah Ali al-Sistani urged calm.", "2005-03-01");
  EXPECT_EQ(mention_code(c, "Grand Ayatollah Ali al-Sistani"), "IRQREL");
}

TEST(CoderReview11, AParticipleProvidedInAWithPhraseIsNoConnective) {
  NEED_MODELS();
  // The repair must leave the participle: the EWT dev sentence's shape.
  Document d = code_text("With no weapons provided, it is hard to say how Ukraine attacked the bridge.", "2023-01-10");
  for (uint32_t i = 0; i < d.tokens.size(); ++i)
    if (d.token_text(i) == "provided") EXPECT_NE(d.syntax[i].xpos, "IN");
  Document n = code_text("With no link provided it is hard to say.", "2023-01-10");
  for (uint32_t i = 0; i < n.tokens.size(); ++i)
    if (n.token_text(i) == "provided") EXPECT_NE(n.syntax[i].xpos, "IN");
  // The connective itself is still repaired.
  Document c = code_text("Kenya will send troops provided parliament approves the plan.", "2023-01-10");
  bool mark = false;
  for (uint32_t i = 0; i < c.tokens.size(); ++i)
    if (c.token_text(i) == "provided") mark = c.syntax[i].xpos == "IN";
  EXPECT_TRUE(mark);
}

TEST(CoderReview11, ABareSurnameYearsBeforeAnyOfficeIsNoOne) {
  NEED_MODELS();
  // "Bush" in 1991 is George H. W. Bush, not George W. (first office 1995).
  Document d = code_text("Bush met Gorbachev in Moscow and praised the reforms.", "1991-02-01");
  EXPECT_NE(mention_code(d, "Bush").rfind("USA", 0), 0u) << mention_code(d, "Bush");
  // Near misses kept: in office, and on the eve of it.
  Document w = code_text("Bush met Blair in London and praised Britain.", "2004-06-01");
  EXPECT_EQ(mention_code(w, "Bush"), "USAGOV");
  Document c = code_text("Bush criticized the Texas legislature.", "1994-10-01");
  EXPECT_EQ(mention_code(c, "Bush"), "USAELI");
}

TEST(CoderReview11, ForAsLongAsIsASpanOfTime) {
  NEED_MODELS();
  Document d = code_text("Ukrainian troops held the town for as long as Russian forces shelled Bakhmut.", "2023-01-10");
  EXPECT_TRUE(find(d, "RUS", "UKR", "19")) << describe(d);
  // The condition itself stays hypothetical.
  Document c = code_text(
      "Pakistan will reopen the border as long as Afghanistan cooperates with Pakistani investigators.",
      "2023-01-10");
  EXPECT_FALSE(find(c, "AFG", "PAK", "05")) << describe(c);
}

TEST(CoderReview11, AStatesOwnTroopsFightItsOwnRebelsInANewParagraph) {
  NEED_MODELS();
  Document d = code_text(
      "Syrian rebels attacked government positions near Aleppo on Monday. The Syrian army said it repelled the "
      "attack.\n\nIn other news, Colombian troops killed 12 rebels in a jungle clash, the defence ministry said.",
      "2015-03-01");
  EXPECT_FALSE(find(d, "COLMIL", "SYR", "19")) << describe(d);
  // Near miss kept: a foreign force placed there, each sentence a
  // paragraph of its own (web text, wire copy).
  Document f = code_text(
      "Iraqi police patrolled Fallujah on Monday.\n\nIraq's government imposed a curfew in the city.\n\n"
      "US troops there clashed with guerrillas on Tuesday.",
      "2004-04-06");
  EXPECT_TRUE(find(f, "USAMIL", "IRQ", "19")) << describe(f);
}

TEST(CoderReview11, ARegionAfterAtOrNamingStatesIsATarget) {
  NEED_MODELS();
  Document d = code_text("Putin lashed out at the West on Tuesday.", "2023-03-01");
  EXPECT_TRUE(find(d, "RUS", "WST", "11")) << describe(d);
  Document k = code_text("North Korea took aim at the West in a statement.", "2023-03-01");
  EXPECT_TRUE(find(k, "PRK", "WST", "11")) << describe(k);
  Document g = code_text("Iran fired missiles at the Gulf states, Saudi officials said.", "2023-03-01");
  EXPECT_TRUE(find(g, "IRN", "PGS", "19")) << describe(g);
  // The rule's own case stays: a region the act happened in.
  Document r = code_text("Israeli jets carried out air strikes in the Mediterranean.", "2023-03-01");
  EXPECT_FALSE(find(r, "ISR", "MDT", "19")) << describe(r);
}

TEST(CoderReview11, TheOppositionsPositionsAreNoCivilians) {
  NEED_MODELS();
  Document d = code_text("Houthi rebels shelled opposition positions in Taiz.", "2023-03-01");
  EXPECT_FALSE(find_code(d, "18")) << describe(d);
  EXPECT_TRUE(find_code(d, "19")) << describe(d);
  // Near misses kept: a party's or the opposition's members are civilians.
  Document m = code_text("Militants killed a member of the opposition in Mogadishu.", "2023-03-01");
  EXPECT_TRUE(find_code(m, "18")) << describe(m);
  Document p = code_text("Al-Shabaab fighters killed a senior opposition politician in Mogadishu.", "2023-03-01");
  EXPECT_TRUE(find_code(p, "18")) << describe(p);
}

}  // namespace
}  // namespace dyad
