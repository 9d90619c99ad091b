// Cooperative roots 01-08, eleventh session: recall of verbal and material
// cooperation. The two parse repairs of the session
// (repair_relative_clause_main_verb, repair_agent_without_by) are tested on
// hand-written wrong trees in tests/syntax/parser_repair_test.cc; here the
// coder, on invented sentences through the whole pipeline, each with a near
// miss. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_sides, find_code, NEED_MODELS

// Through the pipeline: letting refugees in is granting them asylum (075),
// with a counted object; a passive with its agent codes the same.
TEST(CoderCoop11, AStateAdmittingACountOfRefugeesGrantsAsylum) {
  NEED_MODELS();
  Document d = code_text("Jordan has admitted more than 1.4 million Syrian refugees.", "2016-05-01");
  EXPECT_TRUE(find(d, "JOR", "SYRREF", "075")) << describe(d);
  Document p = code_text("More than 1.4 million Syrian refugees were admitted by Jordan.", "2016-05-01");
  EXPECT_TRUE(find(p, "JOR", "SYRREF", "075")) << describe(p);
  // Near miss: refugees admitted to hospital are no asylum by anyone named.
  Document h = code_text("Two refugees were admitted to hospital on Monday.", "2016-05-01");
  EXPECT_EQ(count_root(h, "07"), 0) << describe(h);
}

// A speaker with a non-restrictive relative clause still declines to
// comment (011), and a state so described still signs (05/06).
TEST(CoderCoop11, ARelativeClauseOnTheSubjectKeepsItsAct) {
  NEED_MODELS();
  Document d = code_text("The Pentagon, which oversees the mission, declined to comment.", "2024-05-01");
  EXPECT_TRUE(find(d, "USAMIL", "", "011")) << describe(d);
  Document k = code_text("Kenya and Somalia, which share a long border, signed a trade agreement.", "2024-05-01");
  EXPECT_TRUE(find(k, "KEN", "SOM", "057")) << describe(k);
  EXPECT_TRUE(find(k, "SOM", "KEN", "057")) << describe(k);
}

// event_stage.cc targets_of(): praising or welcoming (051) a thing between
// two named sides credits both; an owner alone, or no sides, stays as it
// was, and backing a deal between two sides (endorse) is not spread.
TEST(CoderCoop11, WelcomingAnAgreementBetweenTwoSidesPraisesBoth) {
  NEED_MODELS();
  Document d = code_text("Iraq welcomed the agreement between Iran and Saudi Arabia.", "2023-05-01");
  EXPECT_TRUE(find(d, "IRQ", "IRN", "051")) << describe(d);
  EXPECT_TRUE(find(d, "IRQ", "SAU", "051")) << describe(d);
  Document h = code_text("France hailed the ceasefire between Israel and Hamas.", "2023-05-01");
  EXPECT_TRUE(find(h, "FRA", "ISR", "051")) << describe(h);
  EXPECT_TRUE(find(h, "FRA", "PSE", "051")) << describe(h);
  // A side that is the praiser itself is dropped, the other kept.
  Document s = code_text("Iran welcomed the agreement between Iran and Saudi Arabia.", "2023-05-01");
  EXPECT_TRUE(find(s, "IRN", "SAU", "051")) << describe(s);
  EXPECT_FALSE(find(s, "IRN", "IRN", "051")) << describe(s);
  // Near misses: no sides named; an endorsement of a deal.
  Document n = code_text("Iraq welcomed the agreement.", "2023-05-01");
  EXPECT_EQ(count_root(n, "05"), 0) << describe(n);
  Document b = code_text("India backed a deal between Britain and Mauritius.", "2023-05-01");
  EXPECT_FALSE(find(b, "IND", "GBR", "051") && find(b, "IND", "MUS", "051")) << describe(b);
}

// 03-intent.txt open-to-talks, with tag_repair.cc repair_talks_after_to():
// being open to talks with a named partner offers them (036); "to talks" is
// a preposition and its noun, never an infinitive.
TEST(CoderCoop11, BeingOpenToTalksWithAPartnerOffersThem) {
  NEED_MODELS();
  Document d = code_text("Taiwan said it was open to talks with China.", "2023-05-01");
  EXPECT_TRUE(find(d, "TWN", "CHN", "036")) << describe(d);
  Document g = code_text("Iran is open to dialogue with the United States.", "2023-05-01");
  EXPECT_TRUE(find(g, "IRN", "USA", "036")) << describe(g);
  Document i = code_text("Iran invited the European Union to talks in Vienna.", "2023-05-01");
  EXPECT_TRUE(find(i, "IRN", "IGOEUREEC", "026")) << describe(i);
  // Near misses: negated; no partner named; a border open to trucks.
  Document n = code_text("Iran is not open to talks with the United States.", "2023-05-01");
  EXPECT_FALSE(find(n, "IRN", "USA", "036")) << describe(n);
  Document b = code_text("Officials in Tehran said they were open to talks.", "2023-05-01");
  EXPECT_EQ(count_root(b, "03"), 0) << describe(b);
  Document t = code_text("The border crossing with Egypt was open to trucks on Monday.", "2023-05-01");
  EXPECT_EQ(count_root(t, "03"), 0) << describe(t);
}

// tag_repair.cc repair_hand_over_particle(), 08-yield.txt: people handed
// over are released (0841), suspects extradited (063); handing over power
// or control is neither, and a hand over a table is no verb.
TEST(CoderCoop11, HandingOverPrisonersReleasesThem) {
  NEED_MODELS();
  Document d = code_text("Russia handed over 12 prisoners of war to Ukraine.", "2023-05-01");
  EXPECT_TRUE(find(d, "RUS", "UKR", "0841")) << describe(d);
  Document s = code_text("Kenya handed over the suspects to Uganda.", "2023-05-01");
  EXPECT_TRUE(find(s, "KEN", "UGA", "063")) << describe(s);
  Document p = code_text("The Malian army handed over power to a civilian government.", "2023-05-01");
  EXPECT_EQ(count_root(p, "08") + count_root(p, "06"), 0) << describe(p);
  Document c = code_text("The Malian army handed over control of the city to the police.", "2023-05-01");
  EXPECT_EQ(count_root(c, "08") + count_root(c, "06"), 0) << describe(c);
  Document h = code_text("The Kenyan minister raised his hand over the table.", "2023-05-01");
  EXPECT_TRUE(h.events.empty()) << describe(h);
}

// parser_repair.cc repair_comma_participle_subject(): the group before a
// participle of feeling set off by commas ("alarmed that ...") is the
// subject of the appeal after it, not the subject of the "that" clause.
TEST(CoderCoop11, AGroupAlarmedThatSomethingHappenedIsTheAppealsSource) {
  NEED_MODELS();
  Document d = code_text(
      "A group of Kenyan doctors, alarmed that the government is cutting health spending, is urging the Kenyan "
      "parliament to reject the budget.",
      "2024-05-01");
  EXPECT_TRUE(find(d, "KENHLH", "KENLEG", "020")) << describe(d);
  EXPECT_FALSE(find(d, "KENGOV", "KENLEG", "020")) << describe(d);
}

// tag_repair.cc repair_talks_after_to() ("to trade talks" is a compound
// noun, "to trade barbs" a verb) and 04-consult.txt return-to-talks: going
// back to talks with a partner is negotiating (046).
TEST(CoderCoop11, ReturningToTradeTalksWithAPartnerIsNegotiating) {
  NEED_MODELS();
  Document d = code_text("China returned to trade talks with the United States in October.", "2019-11-19");
  EXPECT_TRUE(find(d, "CHN", "USA", "046")) << describe(d);
  Document e = code_text("Iran returned to the negotiations with the European Union on Monday.", "2019-11-19");
  EXPECT_TRUE(find(e, "IRN", "IGOEUREEC", "046")) << describe(e);
  // Near misses: returning to a place; trading barbs.
  Document p = code_text("The Iranian delegation returned to Tehran on Monday.", "2019-11-19");
  EXPECT_EQ(count_root(p, "04"), 0) << describe(p);
  Document b = code_text("Chinese and American officials continued to trade barbs on Monday.", "2019-11-19");
  EXPECT_EQ(count_root(b, "04"), 0) << describe(b);
}

}  // namespace
}  // namespace dyad
