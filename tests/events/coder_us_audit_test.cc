// US domestic politics and law as a wire tells it, second audit (2026-11-30,
// eighth session): "the committee" named again, "the House", congressional
// leaders, "acting" officials, an adviser "to" the president, common
// surnames named again, states suing the administration, a federal official
// accusing a governor. Found by coding invented wire stories; each rule has
// a near miss. Sentences are invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// actor_stage.cc body_noun_antecedent(): "the committee" links back to a
// role-noun committee ("the House committee investigating ...").
TEST(CoderUsAudit, TheCommitteeNamedAgainActs) {
  NEED_MODELS();
  Document d = code_text(
      "WASHINGTON (VOA) — Mark Meadows defied a subpoena from the House committee investigating the attack on the "
      "Capitol. The committee threatened to hold him in contempt.",
      "2021-11-13");
  EXPECT_TRUE(find(d, "USALEG", "USAELI", "13")) << describe(d);
  // No committee named before: "the committee" is anyone's.
  Document none = code_text(
      "WASHINGTON (VOA) — Mark Meadows spoke to reporters on Friday. The committee threatened to hold him in "
      "contempt.",
      "2021-11-13");
  EXPECT_FALSE(find_code(none, "13")) << describe(none);
}

// agents_legal.txt: "the House" and "congressional leaders" are the
// legislature, not the government the story is about.
TEST(CoderUsAudit, TheHouseAndCongressionalLeadersAreTheLegislature) {
  NEED_MODELS();
  Document d = code_text(
      "The U.S. government shut down on Tuesday. President Barack Obama met with congressional leaders at the White "
      "House on Wednesday.",
      "2013-10-02");
  EXPECT_TRUE(find(d, "USAGOV", "USALEG", "04")) << describe(d);
  Document h = code_text("WASHINGTON (VOA) — The House voted on Tuesday. The White House criticized the House.",
                         "2013-10-02");
  EXPECT_TRUE(find(h, "USAGOV", "USALEG", "111")) << describe(h);
  // An opera house is no chamber.
  Document none = code_text(
      "WASHINGTON (VOA) — The band played at the Opera House on Tuesday. The White House criticized the Opera "
      "House.",
      "2013-10-02");
  EXPECT_FALSE(find_code(none, "111")) << describe(none);
}

// parser_repair.cc repair_acting_title(): "fired acting Attorney General X"
// fires X, though the parser read "acting" as a verb.
TEST(CoderUsAudit, FiringAnActingOfficial) {
  NEED_MODELS();
  Document d = code_text(
      "President Donald Trump spoke at the White House. The administration fired acting Attorney General Sally "
      "Yates on Monday.",
      "2017-02-05");
  EXPECT_TRUE(find(d, "USAGOV", "USAELI", "172")) << describe(d);
  // "acting on" a request is a verb.
  Document none = code_text(
      "President Donald Trump spoke at the White House. The administration was acting on a request from Congress.",
      "2017-02-05");
  EXPECT_FALSE(find_code(none, "172")) << describe(none);
}

// actor_stage.cc sent_to_context_state(): "a former adviser to President
// Donald Trump" serves Trump; the grand jury beside it is still the United
// States' own.
TEST(CoderUsAudit, AnAdviserToThePresidentIsNoForeignEnvoy) {
  NEED_MODELS();
  Document d = code_text(
      "The U.S. Congress voted on Thursday in Washington. A federal grand jury on Friday indicted Steve Bannon, a "
      "former adviser to President Donald Trump, for contempt of Congress.",
      "2021-11-13");
  EXPECT_TRUE(find(d, "USAJUD", "USAELI", "173")) << describe(d);
}

// people_us.txt `surname`: a common surname stands for the person once the
// story named them in full, never on a title alone.
TEST(CoderUsAudit, ACommonSurnameNamedAgain) {
  NEED_MODELS();
  Document d = code_text("Senate Majority Leader Harry Reid spoke on Tuesday. Reid criticized House Republicans.",
                         "2013-10-02");
  EXPECT_TRUE(find(d, "USALEG", "USAOPP", "111")) << describe(d);
  Document none = code_text("Senators spoke on Tuesday. Mr. Reid criticized House Republicans.", "2013-10-02");
  EXPECT_FALSE(find(none, "USALEG", "USAOPP", "111")) << describe(none);
}

// event_stage.cc province_against_capital(): a federal state named alone
// that sues its own country's administration acts.
TEST(CoderUsAudit, AStateSuesTheAdministration) {
  NEED_MODELS();
  Document d = code_text(
      "President Donald Trump sent troops to Los Angeles. California sued the Trump administration on Monday.",
      "2025-06-13");
  const Event* e = find(d, "USA", "USAGOV", "115");
  ASSERT_TRUE(e) << describe(d);
  EXPECT_EQ(d.mentions[e->source].actor.code, "USA") << describe(d);
  // Against a foreign state a place named alone is still no actor.
  Document none = code_text(
      "President Donald Trump sent troops to Los Angeles. California criticized Mexico on Monday.", "2025-06-13");
  EXPECT_FALSE(find_code(none, "111")) << describe(none);
}

// event_stage.cc domestic_act(): a named federal official accusing a
// governor is an event though both are USAGOV; two bare roles are not.
TEST(CoderUsAudit, ANamedOfficialAccusesAGovernor) {
  NEED_MODELS();
  Document d = code_text(
      "Homeland Security Secretary Kristi Noem accused California Governor Gavin Newsom of encouraging rioters.",
      "2025-06-13");
  EXPECT_TRUE(find(d, "USAGOV", "USAGOV", "112")) << describe(d);
  Document none = code_text(
      "President Donald Trump spoke in Washington. The ministry criticized the government on Monday.", "2025-06-13");
  EXPECT_FALSE(find_code(none, "111")) << describe(none);
}

// arguments.cc (the "to" clause on an actorless noun): "sued Trump over
// his decision to send troops" is not the plaintiff's deployment.
TEST(CoderUsAudit, SuingOverHisDecisionIsNotTheSuersAct) {
  NEED_MODELS();
  Document d = code_text(
      "California Governor Gavin Newsom sued President Donald Trump on Monday over his decision to send troops to "
      "Los Angeles.",
      "2025-06-13");
  EXPECT_TRUE(find(d, "USAGOV", "USAGOV", "115")) << describe(d);
  for (const Event& e : d.events) EXPECT_NE(e.cameo.substr(0, 2), "15") << describe(d);
  // His own decision, announced: his act.
  Document own = code_text(
      "California Governor Gavin Newsom announced on Monday his decision to send troops to Los Angeles.",
      "2025-06-13");
  EXPECT_TRUE(find(own, "USAGOV", "", "154")) << describe(own);
}

// 00-sets.txt &anaphor-17 (indictment, charges) and &bad (witch hunt, hoax,
// illegitimate ...): condemning "the indictment" condemns whoever indicted.
TEST(CoderUsAudit, CondemningTheIndictmentTargetsTheCharger) {
  NEED_MODELS();
  Document d = code_text(
      "A federal grand jury in Washington indicted former President Donald Trump on Tuesday. Republicans condemned "
      "the indictment. The former president called the indictment a witch hunt.",
      "2023-08-02");
  EXPECT_TRUE(find(d, "USAOPP", "USAJUD", "111")) << describe(d);
  EXPECT_TRUE(find(d, "USAELI", "USAJUD", "111")) << describe(d);
  // No indictment told before: no one to blame.
  Document none = code_text("Republicans in Washington condemned the indictment.", "2023-08-02");
  EXPECT_FALSE(find(none, "USAOPP", "USAJUD", "111")) << describe(none);
}

// tag_repair.cc repair_initial_names(): "Trump" opening the sentence before
// a verb and a name is a name, not the noun "trump"; the parser then finds
// the subject and the object of "called X a liar".
TEST(CoderUsAudit, ASentenceOpeningSurnameThatIsAlsoANoun) {
  NEED_MODELS();
  Document d = code_text("Representative Adam Schiff spoke on Tuesday. Trump called Schiff a liar.", "2019-10-09");
  EXPECT_TRUE(find(d, "USAGOV", "USALEG", "111")) << describe(d);
  // Called a success: no criticism.
  Document none =
      code_text("Representative Adam Schiff spoke on Tuesday. Trump called Schiff a success.", "2019-10-09");
  EXPECT_FALSE(find_code(none, "111")) << describe(none);
}

// tag_repair.cc repair_determined_gerunds(): "called the firing a disgrace"
// -- "firing" after "the" is the act noun, so "a disgrace" labels it and the
// label falls on the one who fired.
TEST(CoderUsAudit, CallingTheFiringADisgrace) {
  NEED_MODELS();
  Document d = code_text(
      "President Donald Trump fired the inspector general on Friday. House Democrats called the firing a disgrace.",
      "2017-05-10");
  EXPECT_TRUE(find(d, "USAOPP", "USAGOV", "111")) << describe(d);
  // A participle before its noun stays one: no act noun, no criticism.
  Document none = code_text(
      "President Donald Trump fired the inspector general on Friday. House Democrats called the rising costs a "
      "problem.",
      "2017-05-10");
  EXPECT_FALSE(find_code(none, "111")) << describe(none);
}

}  // namespace
}  // namespace dyad
