// Precision on unseen text (tenth session, branch prec): every asserted event
// dyad codes on /work/unseen was judged by hand, and the general causes of
// the wrong ones narrowed here. Each rule has a near miss that must keep its
// event. Sentences are invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, find_any_modality, NEED_MODELS

// 52-unseen-precision.txt &aspect-verb: a verb of starting under "is set
// to" passes the announcement on to the act it starts.
TEST(CoderPrecision10, StartingAnActOnlyScheduledIsAnnounced) {
  NEED_MODELS();
  Document d = code_text("Turkey is set to start shelling Kurdish positions in Syria.", "2019-03-01");
  EXPECT_FALSE(find(d, "TUR", "SYR", "19")) << describe(d);
  // Near miss: an act begun is done.
  Document b = code_text("Turkey began shelling Kurdish positions in Syria on Monday.", "2019-03-01");
  EXPECT_TRUE(find(b, "TUR", "SYR", "19")) << describe(b);
}

// 52-unseen-precision.txt concerned-with-focus: "more concerned with"
// says what someone deals with, no worry (012).
TEST(CoderPrecision10, ConcernedWithAsFocusIsNoConcern) {
  NEED_MODELS();
  Document d = code_text("Washington is far more concerned with China's trade practices than with its navy.",
                         "2019-03-01");
  EXPECT_FALSE(find(d, "USA", "CHN", "012")) << describe(d);
  // Near miss: a worry stated with "with".
  Document w = code_text("Japan is deeply concerned with the North Korean missile launch.", "2019-03-01");
  EXPECT_TRUE(find(w, "JPN", "PRK", "012")) << describe(w);
}

// event_stage.cc modality(), &noun-disposed: a gerund "in" a noun of
// liking says what someone is disposed to do, not an act done.
TEST(CoderPrecision10, ADelightInKillingIsNoKilling) {
  NEED_MODELS();
  Document d = code_text("The Syrian army's delight in killing civilians shocked observers.", "2019-03-01");
  EXPECT_FALSE(find_code(d, "19")) << describe(d);
  // Near miss: a role in killing is a part in a killing that happened.
  Document r = code_text("The Syrian army's role in killing civilians shocked observers.", "2019-03-01");
  EXPECT_TRUE(find_code(r, "19")) << describe(r);
}

// arguments.cc objects(): a bare proper-noun phrase the parser hung on the
// verb is one more object only without a coordinator of contrast of its own.
TEST(CoderPrecision10, AContrastedNameIsNoFurtherObject) {
  NEED_MODELS();
  Document d = code_text("Uganda condemned the attack, yet Kenya, which lost soldiers, said nothing.", "2019-03-01");
  EXPECT_FALSE(find(d, "UGA", "KEN", "11")) << describe(d);
  // Near miss: a long object split by the parser still gives every person met.
  Document m = code_text(
      "Japanese Prime Minister Shinzo Abe met Chinese President Xi Jinping, Indian Prime Minister Narendra Modi "
      "and Philippine President Rodrigo Duterte in Manila.",
      "2019-03-01");
  EXPECT_TRUE(find(m, "JPNGOV", "PHLGOV", "04")) << describe(m);
  EXPECT_TRUE(find(m, "JPNGOV", "INDGOV", "04")) << describe(m);
}

// event_stage.cc targets_of(): a locative phrase fronted before the
// subject sets the scene; a later slot ("outside") names the target. And
// actor_stage.cc own_role_noun(): "outside a police station" is a place
// phrase, not "outside powers", so the station is placed like police.
TEST(CoderPrecision10, AFrontedSceneIsNotTheTarget) {
  NEED_MODELS();
  Document d = code_text("In the northern city of Kirkuk, militants detonated a car bomb outside a police station.",
                         "2019-03-01");
  EXPECT_TRUE(find(d, "IRQREB", "IRQCOP", "183")) << describe(d);
  // Near miss: a fronted place that is what the act is aimed at, with no
  // other slot filled, stays the target.
  Document k = code_text("In Kenya, China invested $5 billion last year.", "2019-03-01");
  EXPECT_TRUE(find(k, "CHN", "KEN", "061")) << describe(k);
}

// actor_stage.cc named_group(): a bare plural with no determiner, number
// or name before it ("clashed with guerrillas") refers back to no armed
// group named in an earlier sentence whose home is not the story's
// dominant state.
TEST(CoderPrecision10, BareGuerrillasAreNotAForeignGroupNamedBefore) {
  NEED_MODELS();
  Document d = code_text(
      "Iraqi clerics condemn killing of Hamas founder\n\n"
      "Iraqi clerics in Baghdad condemned the killing of a Hamas leader by Israel on Monday.\n\n"
      "A general strike closed Fallujah, and Iraqi police in Ramadi reported a large demonstration.\n\n"
      "Iraqi officials said the Iraqi government would meet tribal leaders in Fallujah.\n\n"
      "US troops there clashed with guerrillas overnight.",
      "2019-03-01");
  EXPECT_FALSE(find(d, "USAMIL", "PSE", "19")) << describe(d);
  EXPECT_FALSE(find(d, "PSE", "USAMIL", "19")) << describe(d);
  // Near miss: the group of the story's own state keeps its fighters.
  Document s2 = code_text(
      "Al-Shabab attacks Somali base\n\n"
      "Al-Shabab fighters attacked a Somali army base in Lower Shabelle on Monday.\n\n"
      "Somali officials said the army repelled the assault.\n\n"
      "Soldiers killed militants near the base.",
      "2019-03-01");
  EXPECT_TRUE(find(s2, "SOMMIL", "SOMINSSHB", "19")) << describe(s2);
}

// actor_stage.cc crowd_antecedent(): "the angry crowd" with no place of its
// own is the crowd of demonstrators the story placed just before, not the
// people of the story's dominant state.
TEST(CoderPrecision10, TheCrowdIsTheDemonstratorsPlacedBefore) {
  NEED_MODELS();
  const std::string lead =
      "France defends its troops\n\n"
      "France's defence minister defended French troops on Monday, and French officials said France would keep "
      "its soldiers in the region.\n\n"
      "In the Malian city of Gao, hundreds of demonstrators marched against French troops.\n\n";
  Document d = code_text(lead + "The French troops fired into the angry crowd, killing two.", "2019-03-01");
  EXPECT_TRUE(find(d, "FRAMIL", "MLICVL", "19")) << describe(d);
  EXPECT_FALSE(find(d, "FRAMIL", "FRACVL", "19")) << describe(d);
  // Near miss: a crowd with a place of its own is there.
  Document n = code_text(lead + "The French troops fired into the angry crowd in Niamey, killing two.", "2019-03-01");
  EXPECT_TRUE(find(n, "FRAMIL", "NERCVL", "19")) << describe(n);
}

// 52-unseen-precision.txt take-duty, take-duty-for: responsibility for a
// cost or a duty taken on is no act owned (015).
TEST(CoderPrecision10, ResponsibilityForADutyIsNoClaim) {
  NEED_MODELS();
  Document d = code_text("The Afghan army will assume responsibility for security in Helmand.", "2019-03-01");
  EXPECT_FALSE(find_any_modality(d, "AFG", "", "015")) << describe(d);
  // Near miss: owning a failure is acknowledging responsibility.
  Document f = code_text("The Thai government took full responsibility for the security lapse.", "2019-03-01");
  EXPECT_TRUE(find(f, "THAGOV", "", "015")) << describe(f);
}

// event_stage.cc targets_of(): an act of force with no target of its own,
// done through a noun whose relative clause kills or leaves people dead,
// is aimed at them.
TEST(CoderPrecision10, AnAttackThatLeftSoldiersDeadWasAimedAtThem) {
  NEED_MODELS();
  Document d = code_text("Militants near Kirkuk launched an attack that left six dead, including four Iraqi soldiers.",
                         "2019-03-01");
  EXPECT_TRUE(find(d, "", "IRQMIL", "19")) << describe(d);
  // Near miss: a relative clause with a subject of its own tells what others
  // did to the attack, not whom it harmed; no target is guessed from it.
  Document r = code_text("Militants near Kirkuk launched an attack that Iraqi soldiers repelled.", "2019-03-01");
  EXPECT_FALSE(find(r, "", "IRQMIL", "19")) << describe(r);
}

}  // namespace
}  // namespace dyad
