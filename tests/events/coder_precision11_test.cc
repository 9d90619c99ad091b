// Precision on unseen web text (eleventh session, prec11 branch): causes of
// wrong events found by judging every counted event dyad gives on UD EWT
// blogs, newsgroups and emails it was never tuned on. Each rule has a near
// miss it must not touch. Sentences are invented. Skips when a model is
// missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, mention_code, count_root, NEED_MODELS

// event_stage.cc targets_of(), locative_region(): a CAMEO region (PGS, BLK,
// MDT) in a locative phrase is where the act happened, not its target.
TEST(CoderPrecision11, ARegionInALocativePhraseIsNoTarget) {
  NEED_MODELS();
  Document d = code_text("The Pentagon deployed two aircraft carriers in the Persian Gulf on Monday.", "2005-03-04");
  EXPECT_FALSE(find(d, "USA", "PGS", "")) << describe(d);
  EXPECT_TRUE(find(d, "USA", "", "154")) << describe(d);
  Document b = code_text("NATO deployed new missile batteries in the Balkans last week.", "2005-03-04");
  EXPECT_FALSE(find(b, "", "BLK", "")) << describe(b);
  // (Also when the phrase hangs on a noun of force: emit().)
  Document m = code_text("Russian jets carried out air strikes in the Mediterranean.", "2005-03-04");
  EXPECT_FALSE(find(m, "RUS", "MDT", "")) << describe(m);
  EXPECT_TRUE(find(m, "RUS", "", "195")) << describe(m);
  // Money and aid for a region go to its states.
  Document i = code_text("Chinese firms invested $5 billion in Southeast Asia last year.", "2005-03-04");
  EXPECT_TRUE(find(i, "CHN", "SEA", "061")) << describe(i);
  // Near miss: a state in the same phrase is the target.
  Document s = code_text("The Pentagon deployed two aircraft carriers in Bahrain on Monday.", "2005-03-04");
  EXPECT_TRUE(find(s, "USA", "BHR", "154")) << describe(s);
  // The region itself still acts and is addressed outside a locative.
  Document a = code_text("Officials from the Persian Gulf met Iranian diplomats in Geneva.", "2005-03-04");
  EXPECT_EQ(mention_code(a, "Persian Gulf"), "PGS") << describe(a);
}

// ignore.txt: a sea or gulf named after a state is a body of water.
TEST(CoderPrecision11, ASeaNamedAfterAStateIsNoActor) {
  NEED_MODELS();
  Document d = code_text("Russian warships held drills in the Gulf of Finland on Tuesday.", "2005-03-04");
  EXPECT_EQ(mention_code(d, "Finland"), "(none)") << describe(d);
  EXPECT_FALSE(find(d, "RUS", "FIN", "")) << describe(d);
  // Near miss: the state itself.
  Document f = code_text("Russian warships held drills near Finland on Tuesday.", "2005-03-04");
  EXPECT_EQ(mention_code(f, "Finland"), "FIN") << describe(f);
}

// actor_stage.cc find_named_firm(), companies.txt: "the corporation" after
// a named multinational is that firm, not a firm of the state the story is
// set in.
TEST(CoderPrecision11, TheCorporationIsTheNamedMultinational) {
  NEED_MODELS();
  Document d = code_text(
      "The Coca-Cola corporation opened a bottling plant in a small village in India.\n\n"
      "Months later the Indian villagers complained to the corporation about their dry wells.",
      "2005-03-04");
  EXPECT_TRUE(find(d, "IND", "MNCUSA", "114")) << describe(d);
  // Near miss: a firm named by a common noun with its state stays that
  // state's business.
  Document n = code_text(
      "An Indian firm opened a bottling plant in a small village in India.\n\n"
      "Months later the Indian villagers complained to the company about their dry wells.",
      "2005-03-04");
  EXPECT_FALSE(find(n, "IND", "MNC", "114")) << describe(n);
  EXPECT_TRUE(find(n, "IND", "INDBUS", "114")) << describe(n);
  // find_named_firm_unrivalled(): a firm the lexicon does not know, named
  // in between ("Blue Origin's lander"), may be the one meant.
  Document r = code_text(
      "SpaceX won a NASA contract on Monday.\n\n"
      "Blue Origin's lander was also chosen, and the company said it was pleased.",
      "2020-03-04");
  EXPECT_EQ(mention_code(r, "company"), "BUS") << describe(r);
  Document w = code_text("SpaceX won a NASA contract on Monday, and the company said it was pleased.", "2020-03-04");
  EXPECT_EQ(mention_code(w, "company"), "MNCUSASPX") << describe(w);
}

// 14-protest.txt: to rally behind, around or to a leader or cause is to
// side with it, and a transitive rally mobilises: no protest (141).
TEST(CoderPrecision11, RallyingBehindALeaderIsNoProtest) {
  NEED_MODELS();
  Document b = code_text("Ukrainian lawmakers rallied behind the president on Monday.", "2005-03-04");
  EXPECT_EQ(count_root(b, "14"), 0) << describe(b);
  Document t = code_text("Thousands of Ukrainian soldiers rallied to the government during the revolt.", "2005-03-04");
  EXPECT_EQ(count_root(t, "14"), 0) << describe(t);
  Document m = code_text("The Ukrainian president rallied his party before the vote.", "2005-03-04");
  EXPECT_EQ(count_root(m, "14"), 0) << describe(m);
  // Near misses: a rally against someone, outside a building, or to demand
  // something, is a protest.
  Document p = code_text("Thousands of Ukrainian students rallied against the government in Kiev.", "2005-03-04");
  EXPECT_TRUE(find(p, "UKR", "UKRGOV", "141")) << describe(p);
  Document o = code_text("Opposition supporters rallied outside the Ukrainian parliament on Sunday.", "2005-03-04");
  EXPECT_TRUE(find(o, "", "UKRLEG", "141")) << describe(o);
  Document q = code_text("Thousands of Ukrainian students rallied to demand new elections.", "2005-03-04");
  EXPECT_TRUE(find(q, "UKR", "", "141")) << describe(q);
}

// actor_stage.cc: a hyphenated name after a title ("Defense Minister Karim
// Al-Nouri") is remembered by its last part, never by the particle "Al",
// which later "Al-Anbar" or "Al-Bu Nimr" would take for the minister.
TEST(CoderPrecision11, AnArabicNameParticleIsNoSurname) {
  NEED_MODELS();
  Document d = code_text(
      "Iraqi Defense Minister Karim Al-Nouri visited Baghdad on Monday.\n\n"
      "Days later US forces in Al-Anbar killed Sheikh Hamid Al-Dulaymi, a tribal leader.\n\n"
      "Al-Nouri condemned the killing.",
      "2005-03-04");
  EXPECT_EQ(mention_code(d, "Al"), "(none)") << describe(d);
  // Near miss: the minister's own surname still refers back to him.
  EXPECT_EQ(mention_code(d, "Nouri"), "IRQGOVMIL") << describe(d);
}

}  // namespace
}  // namespace dyad
