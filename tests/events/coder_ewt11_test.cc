// Eleventh session, UD EWT web text (2003-2006 blogs and newsgroups on Iraq,
// Afghanistan, Pakistan and Israel-Palestine): constructions of war news the
// coder lacked, on invented sentences through the whole pipeline, each with
// near misses. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, count_root, NEED_MODELS

// 54-ewt11.txt withdraw-from-land / pull-out-of-land, the `land` flag
// (event_stage.cc leaves_land, place_target_ok): a state, its government or
// forces leaving a state or a place retreat militarily (0874), the place's
// state the target; a city of the gazetteer named alone is its state.
TEST(CoderEwt11, AStateOrItsForcesWithdrawingFromAPlaceRetreat) {
  NEED_MODELS();
  Document d = code_text("Israel withdrew from Lebanese territory in May 2000.", "2004-06-04");
  EXPECT_TRUE(find(d, "ISR", "LBN", "0874")) << describe(d);
  Document g = code_text("The Israeli military withdrew from the Gaza Strip in September.", "2005-09-26");
  EXPECT_TRUE(find(g, "ISRMIL", "PSE", "0874")) << describe(g);
  Document k = code_text("Russian forces withdrew from Kherson last week.", "2022-11-20");
  EXPECT_TRUE(find(k, "RUSMIL", "UKR", "0874")) << describe(k);
  Document p = code_text("Israel pulled out of Gaza in 2005.", "2006-01-01");
  EXPECT_TRUE(find(p, "ISR", "PSE", "0874")) << describe(p);
  Document s = code_text("The Syrian army pulled out of Lebanon.", "2005-05-01");
  EXPECT_TRUE(find(s, "SYRMIL", "LBN", "0874")) << describe(s);
}

TEST(CoderEwt11, WithdrawingFromABodyAMarketOrARaceIsNoRetreat) {
  NEED_MODELS();
  // An organisation is quit (161), not retreated from.
  Document u = code_text("Burundi withdrew from the International Criminal Court.", "2017-10-27");
  EXPECT_TRUE(find(u, "BDI", "IGO", "161")) << describe(u);
  EXPECT_EQ(count_root(u, "087"), 0) << describe(u);
  // A government, a race, an election, talks and a deal are no land.
  for (const char* text : {"The party withdrew from the government of Iraq.",
                           "The Iraqi Islamic Party withdrew from the Iraqi elections.",
                           "The senator withdrew from the race in Iowa.",
                           "Iran withdrew from talks with France.",
                           "Russia withdrew from the grain deal with Ukraine."}) {
    Document n = code_text(text, "2005-01-01");
    EXPECT_FALSE(find_code(n, "0874")) << text << "\n" << describe(n);
  }
  // A company leaving a market is no military retreat.
  Document m = code_text("Exxon withdrew from the Russian market.", "2022-03-01");
  EXPECT_FALSE(find_code(m, "0874")) << describe(m);
}

// actor_stage.cc the_town_named_before: a bare definite "the town" ("the
// city", "the village") places a role in the city or capital named last,
// within three sentences, so the clerics there and later "the clerics" are
// that state's.
TEST(CoderEwt11, TheTownIsTheCityNamedJustBefore) {
  NEED_MODELS();
  Document d = code_text(
      "Angry crowds gathered in the western city of Falluja on Saturday. Sunni clerics in the town condemned "
      "the killing of the police by US troops. The clerics demanded talks with US commanders.",
      "2003-09-14");
  EXPECT_TRUE(find(d, "IRQREL", "USAMIL", "111")) << describe(d);
  EXPECT_TRUE(find(d, "IRQREL", "USAMIL", "106")) << describe(d);
  Document b = code_text("Police in Baghdad said the blast killed four people. Gunmen in the city later killed a clan elder.",
                         "2005-11-26");
  EXPECT_TRUE(find(b, "IRQ", "IRQCVL", "18")) << describe(b);
  // Near misses: a town that names itself another way ("the border town",
  // "the town of Chaman") is not the city named before; nor is a town
  // after more than three sentences.
  Document o = code_text(
      "Crowds gathered in Falluja on Saturday. Clerics in the border town of Chaman condemned the killing of "
      "the police by US troops.",
      "2004-10-16");
  EXPECT_FALSE(find(o, "IRQREL", "USAMIL", "111")) << describe(o);
  Document f = code_text(
      "Crowds gathered in Falluja on Saturday. The weather was hot. The market was busy. Prices rose. The "
      "roads were closed. Clerics in the town condemned the killing of the police by US troops.",
      "2003-09-14");
  EXPECT_FALSE(find(f, "IRQREL", "USAMIL", "111")) << describe(f);
}

// countries.txt: towns of Iraq's and Afghanistan's war news of 2003-2006
// place the roles acting in them.
TEST(CoderEwt11, TownsOfTheIraqWarPlaceTheirRoles) {
  NEED_MODELS();
  Document d = code_text("Guerrillas in Hawijah killed two policemen.", "2005-11-26");
  EXPECT_TRUE(find(d, "IRQ", "IRQCOP", "")) << describe(d);
  Document m = code_text("Police in Mahmudiya arrested three insurgents.", "2005-11-26");
  EXPECT_TRUE(find(m, "IRQCOP", "IRQINS", "173")) << describe(m);
  EXPECT_TRUE(has_mention(code_text("US troops fought insurgents near al-Qaim.", "2005-11-26"), "al-Qaim"));
}

// 54-ewt11.txt declare-cease-fire / sign-cease-fire: "cease fire" in two
// words is the truce (0871) as "ceasefire" is, when the other side is
// named; opening fire, or a fire declared something, is not.
TEST(CoderEwt11, ACeaseFireInTwoWordsIsATruce) {
  NEED_MODELS();
  Document d = code_text("Hamas declared a cease fire with Israel on Sunday.", "2005-09-26");
  EXPECT_TRUE(find(d, "PSEREBHMS", "ISR", "0871")) << describe(d);
  Document s = code_text("The Sri Lankan government signed a cease fire with the Tamil Tigers.", "2002-02-23");
  EXPECT_TRUE(find(s, "LKAGOV", "LKA", "0871")) << describe(s);
  EXPECT_TRUE(find(s, "LKA", "LKAGOV", "0871")) << describe(s);
  Document m = code_text("Hamas and Israel declared a cease fire on Sunday.", "2005-09-26");
  EXPECT_TRUE(find(m, "ISR", "PSEREBHMS", "0871")) << describe(m);
  // With no other side named it codes nothing (no target-less truce).
  Document n = code_text("Hamas declared a cease fire on Sunday.", "2005-09-26");
  EXPECT_FALSE(find_code(n, "087")) << describe(n);
  Document o = code_text("Israeli troops opened fire on Hamas gunmen.", "2005-09-26");
  EXPECT_FALSE(find_code(o, "087")) << describe(o);
  Document a = code_text("Hamas declared the fire an accident.", "2005-09-26");
  EXPECT_FALSE(find_code(a, "087")) << describe(a);
}

// 54-ewt11.txt persuade-to: persuading or convincing a side to act is an
// appeal to it (root 02, by the appeal table); convincing someone that
// something is so, forcing someone, and a thing that convinces are not.
TEST(CoderEwt11, PersuadingASideToActIsAnAppeal) {
  NEED_MODELS();
  Document d = code_text("Egypt convinced Hamas to end the attacks on Israel.", "2005-09-26");
  EXPECT_TRUE(find(d, "EGY", "PSEREBHMS", "02")) << describe(d);
  Document q = code_text("Qatar persuaded the Taliban to release the hostages.", "2014-06-01");
  EXPECT_TRUE(find(q, "QAT", "AFGINSTAL", "0253")) << describe(q);
  Document t = code_text("Egypt convinced Hamas that the attacks were a mistake.", "2005-09-26");
  EXPECT_EQ(count_root(t, "02"), 0) << describe(t);
  Document f = code_text("Syrian soldiers forced Lebanese villagers to leave.", "2005-09-26");
  EXPECT_EQ(count_root(f, "02"), 0) << describe(f);
  Document e = code_text("The evidence convinced the Iraqi judge to release him.", "2005-09-26");
  EXPECT_EQ(count_root(e, "02"), 0) << describe(e);
}

}  // namespace
}  // namespace dyad
