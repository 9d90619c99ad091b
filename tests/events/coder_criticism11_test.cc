// Criticism, accusation and rejection (roots 11 and 12), eleventh session:
// verbs of criticism the lemmatizer gives in other forms ("lambasted" ->
// lambast), verdict words of diplomacy ("deeply regrettable", "a mistake"),
// words of broken promises and exceeded powers ("reneged", "overstepped"),
// "is to blame", reactions to acts told in other words, harsh words,
// dismissive rejection, manner adverbs ("acted illegally") and conjoined
// speakers of reported words. Each has near misses: a word about no actor,
// about the speaker's own side, negated, in a question or a conditional.
// Sentences are invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, count_root, NEED_MODELS

// 11-disapprove.txt criticize: "lambasted" (lemma lambast), "chastised",
// "assailed"; the passive too.
TEST(CoderCriticism11, VerbsOfHarshCriticism) {
  NEED_MODELS();
  Document a = code_text("The French government lambasted Russia on Monday.", "2025-03-04");
  EXPECT_TRUE(find(a, "FRAGOV", "RUS", "111")) << describe(a);
  Document b = code_text("The French government chastised Russia over the election.", "2025-03-04");
  EXPECT_TRUE(find(b, "FRAGOV", "RUS", "111")) << describe(b);
  Document c = code_text("Opposition leaders in Kenya assailed President William Ruto.", "2025-03-04");
  EXPECT_TRUE(find_code(c, "111")) << describe(c);
  Document p = code_text("Russia was lambasted by the European Union.", "2025-03-04");
  EXPECT_TRUE(find(p, "IGOEUREEC", "RUS", "111")) << describe(p);
  // Negated: no criticism.
  Document n = code_text("The French government did not lambast Russia.", "2025-03-04");
  EXPECT_FALSE(find(n, "FRAGOV", "RUS", "111")) << describe(n);
}

// 49-stance.txt: "regrettable", "a mistake", "shortsighted" judge the
// owner of the decision said to be so.
TEST(CoderCriticism11, DiplomaticVerdictsOnADecision) {
  NEED_MODELS();
  Document a = code_text("The Japanese foreign minister said Russia's decision was deeply regrettable.", "2025-03-04");
  EXPECT_TRUE(find(a, "JPNGOV", "RUS", "111")) << describe(a);
  Document b = code_text("The Japanese foreign minister said the ban imposed by China was a mistake.", "2025-03-04");
  EXPECT_TRUE(find(b, "JPNGOV", "CHN", "111")) << describe(b);
  Document c = code_text("The Japanese foreign minister said China's decision was shortsighted.", "2025-03-04");
  EXPECT_TRUE(find(c, "JPNGOV", "CHN", "111")) << describe(c);
  // About no actor, about the speaker's own state, negated, an idiom.
  Document none = code_text("The Japanese foreign minister said the delay was regrettable.", "2025-03-04");
  EXPECT_EQ(count_root(none, "11"), 0) << describe(none);
  Document own = code_text("The French foreign minister said France's decision was a mistake.", "2025-03-04");
  EXPECT_EQ(count_root(own, "11"), 0) << describe(own);
  Document neg = code_text("The Japanese foreign minister said Russia's decision was not a mistake.", "2025-03-04");
  EXPECT_FALSE(find(neg, "JPNGOV", "RUS", "111")) << describe(neg);
  Document idiom = code_text("\"Make no mistake, Russia will pay,\" the Japanese foreign minister said.", "2025-03-04");
  EXPECT_FALSE(find(idiom, "JPNGOV", "RUS", "111")) << describe(idiom);
}

// 49-stance.txt: reneging on a deal, overstepping a power (112).
TEST(CoderCriticism11, BrokenPromisesAndExceededPowers) {
  NEED_MODELS();
  Document a = code_text("The Japanese foreign minister said Russia had reneged on the deal.", "2025-03-04");
  EXPECT_TRUE(find(a, "JPNGOV", "RUS", "112")) << describe(a);
  Document b = code_text("The Iraqi foreign ministry said Turkey had overstepped its authority.", "2025-03-04");
  EXPECT_TRUE(find(b, "IRQGOV", "TUR", "112")) << describe(b);
  Document neg = code_text("The Japanese foreign minister said Russia had not reneged on the deal.", "2025-03-04");
  EXPECT_FALSE(find(neg, "JPNGOV", "RUS", "112")) << describe(neg);
  Document cond =
      code_text("If Russia reneges on the deal, the Japanese foreign minister said, sanctions will follow.",
                "2025-03-04");
  EXPECT_FALSE(find(cond, "JPNGOV", "RUS", "112")) << describe(cond);
}

// 46-reported-wrongdoing.txt is-to-blame: the one said to be to blame is
// accused.
TEST(CoderCriticism11, TheOneToBlameIsAccused) {
  NEED_MODELS();
  Document a = code_text("The Japanese foreign minister said Russia was to blame for the attack.", "2025-03-04");
  EXPECT_TRUE(find(a, "JPNGOV", "RUS", "112")) << describe(a);
  Document neg = code_text("The Japanese foreign minister said Russia was not to blame for the attack.", "2025-03-04");
  EXPECT_FALSE(find(neg, "JPNGOV", "RUS", "112")) << describe(neg);
  Document q = code_text("Who is to blame for the attack?", "2025-03-04");
  EXPECT_EQ(count_root(q, "11"), 0) << describe(q);
  Document cond = code_text("If Russia is to blame, the Japanese foreign minister said, sanctions will follow.",
                            "2025-03-04");
  EXPECT_FALSE(find(cond, "JPNGOV", "RUS", "112")) << describe(cond);
}

// event_stage.cc code_stance / stance_target: a manner adverb judges the
// doer of its verb (subject, or a passive's by-agent), never another actor
// its clause names.
TEST(CoderCriticism11, MannerAdverbsJudgeTheDoer) {
  NEED_MODELS();
  Document a = code_text("The Japanese foreign minister said Russia had acted illegally.", "2025-03-04");
  EXPECT_TRUE(find(a, "JPNGOV", "RUS", "111")) << describe(a);
  Document b = code_text("The German foreign ministry said Iran had behaved recklessly in the Gulf.", "2025-03-04");
  EXPECT_TRUE(find(b, "DEUGOV", "IRN", "111")) << describe(b);
  // The place or recipient is not the doer.
  Document to = code_text("The Japanese foreign minister said the weapons were illegally shipped to Russia.",
                          "2025-03-04");
  EXPECT_FALSE(find(to, "JPNGOV", "RUS", "111")) << describe(to);
  // Negated, own side, no speaker.
  Document neg = code_text("The Japanese foreign minister said Russia had not acted illegally.", "2025-03-04");
  EXPECT_FALSE(find(neg, "JPNGOV", "RUS", "111")) << describe(neg);
  Document own = code_text("The French foreign minister said France had acted unlawfully.", "2025-03-04");
  EXPECT_EQ(count_root(own, "11"), 0) << describe(own);
  Document plain = code_text("Russia acted illegally, according to the report.", "2025-03-04");
  EXPECT_EQ(count_root(plain, "111"), 0) << describe(plain);
}

// 00-sets.txt &told-act, &told-verb-NOUN: a reaction to an act the story
// told in other words finds its doer ("ordered ... back to prison" for
// "the ruling", "escaped" for "the jailbreak", "postponed" for "the
// delay"); no act told, a negated one or one with no actor gives none.
TEST(CoderCriticism11, ReactionsToActsToldInOtherWords) {
  NEED_MODELS();
  Document r = code_text(
      "A Guatemalan judge ordered the journalist back to prison on Monday. The Guatemalan journalists union "
      "called the ruling \"arbitrary.\"",
      "2025-03-04");
  EXPECT_TRUE(find(r, "GTMLAB", "GTMJUD", "111")) << describe(r);
  Document j = code_text(
      "Haitian gang members escaped from a prison on Thursday. The Haitian information minister condemned the "
      "jailbreak.",
      "2025-03-04");
  EXPECT_TRUE(find(j, "HTIGOV", "HTICRM", "111")) << describe(j);
  Document d = code_text(
      "The United States postponed the withdrawal of its troops from Afghanistan. The Taliban denounced the delay.",
      "2025-03-04");
  EXPECT_TRUE(find(d, "AFG", "USA", "111")) << describe(d);
  Document alone = code_text("The Taliban denounced the delay.", "2025-03-04");
  EXPECT_EQ(count_root(alone, "11"), 0) << describe(alone);
  Document neg = code_text("The United States did not postpone the withdrawal. The Taliban denounced the delay.",
                           "2025-03-04");
  EXPECT_EQ(count_root(neg, "11"), 0) << describe(neg);
  Document storm = code_text("The storm delayed the flight by six hours. The French minister denounced the delay.",
                             "2025-03-04");
  EXPECT_EQ(count_root(storm, "11"), 0) << describe(storm);
}

// event_stage.cc code_judgement: every conjoined speaker of reported words
// judges ("Bugti and Chaudhry reiterated the claim that ..."), not only the
// first; a person the speaker met is no speaker.
TEST(CoderCriticism11, ConjoinedSpeakersOfReportedWordsEachAccuse) {
  NEED_MODELS();
  Document d = code_text(
      "The Pakistani interior minister and the Pakistani army spokesman said the attack was orchestrated by "
      "militants based in Afghanistan.",
      "2025-03-04");
  EXPECT_TRUE(find(d, "PAKGOV", "AFG", "112")) << describe(d);
  EXPECT_TRUE(find(d, "PAKMIL", "AFG", "112")) << describe(d);
  Document c = code_text(
      "The Pakistani interior minister and the Pakistani army spokesman reiterated the claim that the attack was "
      "orchestrated by militants based in Afghanistan.",
      "2025-03-04");
  EXPECT_TRUE(find(c, "PAKMIL", "AFG", "112")) << describe(c);
  Document met = code_text(
      "The Pakistani army spokesman, who met the Chinese ambassador, said the attack was orchestrated by militants "
      "based in Afghanistan.",
      "2025-03-04");
  EXPECT_TRUE(find(met, "PAKMIL", "AFG", "112")) << describe(met);
  EXPECT_FALSE(find(met, "CHN", "AFG", "112")) << describe(met);
}

// 42-criticism.txt rail-at, tear-into, single-out-crit; 11-disapprove.txt
// express-displeasure with "register": harsh words at an actor. Not a
// literal tearing into a thing, nor praise.
TEST(CoderCriticism11, HarshWordsAtAnActor) {
  NEED_MODELS();
  Document a = code_text("The French president railed at Turkey over the arrests.", "2025-03-04");
  EXPECT_TRUE(find(a, "FRAGOV", "TUR", "111")) << describe(a);
  Document b = code_text("The French president tore into Turkey over the arrests.", "2025-03-04");
  EXPECT_TRUE(find(b, "FRAGOV", "TUR", "111")) << describe(b);
  Document c = code_text("The French president singled out Turkey for criticism.", "2025-03-04");
  EXPECT_TRUE(find(c, "FRAGOV", "TUR", "111")) << describe(c);
  Document d = code_text("The French president registered his displeasure with Turkey.", "2025-03-04");
  EXPECT_TRUE(find(d, "FRAGOV", "TUR", "110")) << describe(d);
  Document rubble = code_text("Rescue workers tore into the rubble of the building.", "2025-03-04");
  EXPECT_EQ(count_root(rubble, "11"), 0) << describe(rubble);
  Document praise = code_text("The French president singled out Turkey for praise.", "2025-03-04");
  EXPECT_EQ(count_root(praise, "11"), 0) << describe(praise);
}

// 48-critverbs.txt scoff-at (120), push-back-against/on and contest-claim
// (110): rejection and resistance. Troops pushing back an offensive fight.
TEST(CoderCriticism11, DismissiveRejectionAndResistance) {
  NEED_MODELS();
  Document a = code_text("The Iranian government scoffed at the American proposal.", "2025-03-04");
  EXPECT_TRUE(find(a, "IRNGOV", "USA", "120")) << describe(a);
  Document b = code_text("The Iranian government pushed back against the American plan.", "2025-03-04");
  EXPECT_TRUE(find(b, "IRNGOV", "USA", "110")) << describe(b);
  Document c = code_text("The Iranian government contested the American claims.", "2025-03-04");
  EXPECT_TRUE(find(c, "IRNGOV", "USA", "110")) << describe(c);
  Document troops = code_text("Ukrainian troops pushed back against the Russian offensive.", "2025-03-04");
  EXPECT_EQ(count_root(troops, "11"), 0) << describe(troops);
  Document neg = code_text("The Iranian government did not push back against the American plan.", "2025-03-04");
  EXPECT_FALSE(find(neg, "IRNGOV", "USA", "110")) << describe(neg);
  Document polls = code_text("The Iranian opposition contested the parliamentary elections.", "2025-03-04");
  EXPECT_EQ(count_root(polls, "11"), 0) << describe(polls);
}

// arguments.cc mention_for: a text (&text-noun) stands for its author named
// by "by", or by "from" when that names a body or person; a city it comes
// from is only where it was filed.
TEST(CoderCriticism11, ATextStandsForItsAuthor) {
  NEED_MODELS();
  Document a = code_text("A statement from the Russian foreign ministry accused the United States of meddling.",
                         "2025-03-04");
  EXPECT_TRUE(find(a, "RUSGOV", "USA", "112")) << describe(a);
  Document b = code_text("Britain welcomed the report by Human Rights Watch.", "2025-03-04");
  EXPECT_TRUE(find(b, "GBR", "NGOHRIHRW", "05")) << describe(b);
  Document c = code_text("A letter from Kim Jong Un to Donald Trump praised the United States.", "2025-03-04");
  EXPECT_TRUE(find(c, "PRKGOV", "USA", "051")) << describe(c);
  // A capital the report comes from is no author.
  Document city = code_text("A report from Kabul criticized the United States.", "2025-03-04");
  EXPECT_FALSE(find(city, "AFG", "USA", "111")) << describe(city);
}

// parser_repair.cc repair_clause_on_statement_phrase: the content clause
// the parser hangs on "in a statement" is what the speaker said (the near
// misses, a relative clause with a gap and a verb not of saying, are in
// tests/syntax/parser_repair_test.cc).
TEST(CoderCriticism11, WhatIsSaidInAStatementIsReportedWords) {
  NEED_MODELS();
  Document a = code_text(
      "The Russian foreign ministry said in a statement that the United States had violated the treaty.", "2025-03-04");
  EXPECT_TRUE(find(a, "RUSGOV", "USA", "112")) << describe(a);
  Document b = code_text(
      "The Russian foreign ministry said in a statement the United States had violated the treaty.", "2025-03-04");
  EXPECT_TRUE(find(b, "RUSGOV", "USA", "112")) << describe(b);
  Document c = code_text("The Russian foreign ministry wrote in a letter that the United States had violated the treaty.",
                         "2025-03-04");
  EXPECT_TRUE(find(c, "RUSGOV", "USA", "112")) << describe(c);
  // A negated speech verb reports nothing.
  Document neg = code_text(
      "The Russian foreign ministry did not say in its statement that the United States had violated the treaty.",
      "2025-03-04");
  EXPECT_FALSE(find(neg, "RUSGOV", "USA", "112")) << describe(neg);
}

}  // namespace
}  // namespace dyad
