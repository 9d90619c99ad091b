// Disapproval, accusation and rejection carried by the verb or its frame
// (roots 11 and 12, data/verbs/48-critverbs.txt), end to end with the shipped
// models on invented sentences: criticism received from a named critic,
// "came under fire from", reciprocal "the other", litigation ("took X to
// court"), "cried foul", rejections ("balked at", "shot down", "brushed
// aside"). Each rule has a near miss that must not be coded. Skips when a
// model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

TEST(CoderCritVerbs, CriticismReceivedFromANamedCritic) {
  NEED_MODELS();
  Document d = code_text("Peru's tariff plan drew opposition from Chile on Monday.");
  EXPECT_TRUE(find(d, "CHL", "PER", "111")) << describe(d);
  Document m = code_text("The Iranian proposal met stiff opposition from Saudi Arabia.");
  EXPECT_TRUE(find(m, "SAU", "IRN", "111")) << describe(m);
  EXPECT_FALSE(find(m, "IRN", "", "040")) << describe(m);
  // "opposition" is a role word the actor finder reads as an actor; as the
  // noun of "met with" it is the criticism, not a party met.
  Document w = code_text("The Iranian proposal met with strong opposition from Saudi Arabia.");
  EXPECT_TRUE(find(w, "SAU", "IRN", "111")) << describe(w);
  Document b = code_text("Peru faced a fierce backlash from Chile over the new tariffs.");
  EXPECT_TRUE(find(b, "CHL", "PER", "111")) << describe(b);
  Document a = code_text("Peru faced accusations from Chile of dumping cheap steel.");
  EXPECT_TRUE(find(a, "CHL", "PER", "112")) << describe(a);
  // No critic named: no event.
  Document n = code_text("Peru's tariff plan drew opposition in the region.");
  EXPECT_FALSE(find_code(n, "11")) << describe(n);
}

TEST(CoderCritVerbs, CameUnderFireFrom) {
  NEED_MODELS();
  Document d = code_text("Turkey came under fire from the European Union over the arrests of journalists.");
  EXPECT_TRUE(find(d, "IGOEU", "TUR", "111")) << describe(d);
  Document c = code_text("Turkey came under heavy criticism from Germany.");
  EXPECT_TRUE(find(c, "DEU", "TUR", "111")) << describe(c);
  Document f = code_text("Turkey came under fire from Germany for its handling of the protests.");
  EXPECT_TRUE(find(f, "DEU", "TUR", "111")) << describe(f);
  // Gunfire: no reason given, or an "over"/"for" phrase of time or place.
  Document g = code_text("A Turkish convoy came under fire from Syrian rebels near the border.");
  EXPECT_FALSE(find_code(g, "11")) << describe(g);
  Document w = code_text("A Turkish convoy came under fire from Syrian rebels over the weekend.");
  EXPECT_FALSE(find_code(w, "11")) << describe(w);
  Document h = code_text("A Turkish convoy came under fire from Syrian rebels for several hours.");
  EXPECT_FALSE(find_code(h, "11")) << describe(h);
}

TEST(CoderCritVerbs, ScornSwipesAndFoul) {
  NEED_MODELS();
  Document s = code_text("Germany heaped scorn on the French plan.");
  EXPECT_TRUE(find(s, "DEU", "FRA", "111")) << describe(s);
  Document w = code_text("Germany took a swipe at France during the summit.");
  EXPECT_TRUE(find(w, "DEU", "FRA", "111")) << describe(w);
  Document f = code_text("Russia cried foul over the Ukrainian vote.");
  EXPECT_TRUE(find(f, "RUS", "UKR", "111")) << describe(f);
  // Taking a photo at France, crying with no foul: nothing.
  Document p = code_text("Germany took a photo at the French border.");
  EXPECT_FALSE(find_code(p, "11")) << describe(p);
  Document n = code_text("Russia cried foul.");
  EXPECT_FALSE(find_code(n, "11")) << describe(n);
}

TEST(CoderCritVerbs, EachAccusedTheOther) {
  NEED_MODELS();
  Document d = code_text("Kenya and Somalia each accused the other of violating the ceasefire.");
  EXPECT_TRUE(find(d, "KEN", "SOM", "112")) << describe(d);
  EXPECT_TRUE(find(d, "SOM", "KEN", "112")) << describe(d);
  // "the other side" with one subject names no one.
  Document o = code_text("Kenya accused the other side of violating the ceasefire.");
  EXPECT_FALSE(find(o, "KEN", "SOM", "112")) << describe(o);
}

TEST(CoderCritVerbs, TakingSomeoneToCourt) {
  NEED_MODELS();
  Document d = code_text("Somalia took Kenya to court over the maritime border.");
  EXPECT_TRUE(find(d, "SOM", "KEN", "115")) << describe(d);
  Document g = code_text("Opposition leaders dragged the Kenyan government to court.");
  EXPECT_TRUE(find(g, "", "KENGOV", "115")) << describe(g);
  // Taking someone to a city is no lawsuit.
  Document n = code_text("Somalia took Kenya to Nairobi for the talks.");
  EXPECT_FALSE(find_code(n, "115")) << describe(n);
}

TEST(CoderCritVerbs, BalkingShootingDownBrushingAside) {
  NEED_MODELS();
  Document d = code_text("Beijing balked at Washington's demands.");
  EXPECT_TRUE(find(d, "CHN", "USA", "120")) << describe(d);
  Document p = code_text("China balked at the American proposal.");
  EXPECT_TRUE(find(p, "CHN", "USA", "127")) << describe(p);
  Document s = code_text("Germany shot down the French proposal.");
  EXPECT_TRUE(find(s, "DEU", "FRA", "127")) << describe(s);
  Document b = code_text("Germany brushed aside Poland's concerns.");
  EXPECT_TRUE(find(b, "DEU", "POL", "120")) << describe(b);
  // Shooting down a drone is force, not a rejection.
  Document n = code_text("Germany shot down a Russian drone.");
  EXPECT_FALSE(find_code(n, "12")) << describe(n);
}

TEST(CoderCritVerbs, CriticismOfHowAnActorActs) {
  NEED_MODELS();
  Document d = code_text("France criticized how Germany handled the crisis.");
  EXPECT_TRUE(find(d, "FRA", "DEU", "111")) << describe(d);
  // The object still comes first.
  Document o = code_text("France criticized Germany for its handling of the crisis.");
  EXPECT_TRUE(find(o, "FRA", "DEU", "111")) << describe(o);
}

TEST(CoderCritVerbs, ReproachAndDoubt) {
  NEED_MODELS();
  Document r = code_text("The Polish parliament reprimanded the German ambassador.");
  EXPECT_TRUE(find(r, "POL", "DEU", "111")) << describe(r);
  Document q = code_text("Ukraine questioned Russia's sincerity.");
  EXPECT_TRUE(find(q, "UKR", "RUS", "111")) << describe(q);
  Document i = code_text("South Korea took issue with Japan's remarks.");
  EXPECT_TRUE(find(i, "KOR", "JPN", "110")) << describe(i);
  Document v = code_text("Italy voiced criticism of the French plan.");
  EXPECT_TRUE(find(v, "ITA", "FRA", "111")) << describe(v);
  // Questioning a witness, taking part: nothing.
  Document n = code_text("Ukraine questioned Russia's ambassador about the flights.");
  EXPECT_FALSE(find_code(n, "11")) << describe(n);
  Document p = code_text("South Korea took part in talks with Japan.");
  EXPECT_FALSE(find_code(p, "11")) << describe(p);
}

TEST(CoderCritVerbs, HoldingResponsibleAndLinkingHarm) {
  NEED_MODELS();
  Document h = code_text("Afghanistan held the Pakistani government responsible for the attack.");
  EXPECT_TRUE(find(h, "AFG", "PAK", "112")) << describe(h);
  // The parser glues a bare name onto the adjective as a compound.
  Document g = code_text("Afghanistan held Pakistan responsible for the attack.");
  EXPECT_TRUE(find(g, "AFG", "PAK", "112")) << describe(g);
  Document l = code_text("Israeli officials linked the bombing to Iran.");
  EXPECT_TRUE(find(l, "ISR", "IRN", "112")) << describe(l);
  // Linking a pipeline is no accusation; holding talks no blame.
  Document n = code_text("Russian engineers linked the pipeline to Germany.");
  EXPECT_FALSE(find_code(n, "11")) << describe(n);
}

TEST(CoderCritVerbs, LegalAction) {
  NEED_MODELS();
  Document a = code_text("The union launched legal action against the Kenyan government.");
  EXPECT_TRUE(find(a, "", "KENGOV", "115")) << describe(a);
  Document c = code_text("Kenya challenged the Somali decision in court.");
  EXPECT_TRUE(find(c, "KEN", "SOM", "115")) << describe(c);
  // Military action is no lawsuit.
  Document n = code_text("Kenya launched military action against the militants.");
  EXPECT_FALSE(find_code(n, "115")) << describe(n);
}

TEST(CoderCritVerbs, TheDoerOfAJudgedThing) {
  NEED_MODELS();
  // A by-agent, on the noun or on its participle.
  Document b = code_text("Germany condemned the attack by Russian forces on Kyiv.");
  EXPECT_TRUE(find(b, "DEU", "RUS", "111")) << describe(b);
  Document p = code_text("Germany criticized the sanctions imposed by Washington.");
  EXPECT_TRUE(find(p, "DEU", "USA", "111")) << describe(p);
  // The by-agent outranks the "of" phrase: the police are criticised.
  Document a = code_text("Germany condemned the arrest of the journalist by Turkish police.");
  EXPECT_TRUE(find(a, "DEU", "TUR", "111")) << describe(a);
  // The subject of a relative clause with a gap; "the way" it acted.
  Document r = code_text("Germany criticized the sanctions that Washington imposed.");
  EXPECT_TRUE(find(r, "DEU", "USA", "111")) << describe(r);
  Document w = code_text("Germany criticized the way Russia handled the crisis.");
  EXPECT_TRUE(find(w, "DEU", "RUS", "111")) << describe(w);
  // The sender of a demand.
  Document f = code_text("Germany rejected the demand from France.");
  EXPECT_TRUE(find(f, "DEU", "FRA", "12")) << describe(f);
  // The object of a clause of asking or doing before the relative clause.
  Document o = code_text("Russia demanded guarantees from NATO, which NATO rejected.");
  EXPECT_TRUE(find(o, "IGOWSTNAT", "RUS", "12")) << describe(o);
  Document t = code_text("Ukraine proposed a truce that Russia dismissed.");
  EXPECT_TRUE(find(t, "RUS", "UKR", "12")) << describe(t);
  // A content clause is what the report says, not its owner's act.
  Document c = code_text("Germany criticized the report that Russia had attacked Kyiv.");
  EXPECT_FALSE(find(c, "DEU", "RUS", "111")) << describe(c);
  // Refugees from a country are no demand of it.
  Document n = code_text("Germany rejected the refugees from Syria.");
  EXPECT_FALSE(find(n, "DEU", "SYR", "12")) << describe(n);
}

TEST(CoderCritVerbs, IreBlameAndChargesThat) {
  NEED_MODELS();
  Document i = code_text("The Japanese decision drew the ire of China.");
  EXPECT_TRUE(find(i, "CHN", "JPN", "111")) << describe(i);
  // "criticism of X" is aimed at X: no reversed event.
  Document c = code_text("The Japanese move drew criticism of the Chinese authorities.");
  EXPECT_FALSE(find(c, "CHN", "JPN", "111")) << describe(c);
  Document l = code_text("Kabul laid the blame on Pakistan.");
  EXPECT_TRUE(find(l, "AFG", "PAK", "112")) << describe(l);
  Document t = code_text("Ukraine charged that Russia had shelled the nuclear plant.");
  EXPECT_TRUE(find(t, "UKR", "RUS", "112")) << describe(t);
  // A charge in court is no accusation between the two.
  Document n = code_text("Ukrainian prosecutors charged the Russian soldier with murder.");
  EXPECT_FALSE(find_code(n, "112")) << describe(n);
}

TEST(CoderCritVerbs, AngerColdWaterCallingOut) {
  NEED_MODELS();
  Document b = code_text("Turkey bristled at the Greek remarks.");
  EXPECT_TRUE(find(b, "TUR", "GRC", "110")) << describe(b);
  Document v = code_text("Turkey vented its anger at Greece.");
  EXPECT_TRUE(find(v, "TUR", "GRC", "111")) << describe(v);
  Document w = code_text("Germany poured cold water on the French plan.");
  EXPECT_TRUE(find(w, "DEU", "FRA", "110")) << describe(w);
  Document o = code_text("The United States called out China over its human rights record.");
  EXPECT_TRUE(find(o, "USA", "CHN", "111")) << describe(o);
  Document k = code_text("Britain took France to task for its remarks.");
  EXPECT_TRUE(find(k, "GBR", "FRA", "111")) << describe(k);
  // Water on a fire, troops called out: no disapproval.
  Document f = code_text("Firefighters poured water on the French embassy fire.");
  EXPECT_FALSE(find_code(f, "11")) << describe(f);
  Document m = code_text("The Kenyan president called out the army.");
  EXPECT_FALSE(find_code(m, "11")) << describe(m);
}

TEST(CoderCritVerbs, AccusedANameOfDoing) {
  NEED_MODELS();
  // The parser makes the bare name the subject of the "of" gerund.
  Document d = code_text("Germany accused Russia of lying.");
  EXPECT_TRUE(find(d, "DEU", "RUS", "112")) << describe(d);
  // The act accused of is not asserted.
  Document a = code_text("Germany accused Russia of attacking Ukraine.");
  EXPECT_TRUE(find(a, "DEU", "RUS", "112")) << describe(a);
  EXPECT_FALSE(find(a, "RUS", "UKR", "19")) << describe(a);
  // Thanks for doing something accuse no one.
  Document n = code_text("Germany thanked Russia for helping Ukraine.");
  EXPECT_FALSE(find_code(n, "11")) << describe(n);
}

TEST(CoderCritVerbs, ClaimsDismissedByTheDenier) {
  NEED_MODELS();
  Document d = code_text("The Russian claims were dismissed by Ukraine as baseless.");
  EXPECT_TRUE(find(d, "UKR", "RUS", "016")) << describe(d);
  // Active, the by-phrase is the accuser.
  Document a = code_text("Ukraine dismissed the accusations by Russia.");
  EXPECT_TRUE(find(a, "UKR", "RUS", "016")) << describe(a);
  EXPECT_FALSE(find(a, "RUS", "UKR", "016")) << describe(a);
}

TEST(CoderCritVerbs, OpposedToIsTheSubjectsStance) {
  NEED_MODELS();
  Document d = code_text("Germany is opposed to the Russian plan.");
  EXPECT_TRUE(find(d, "DEU", "RUS", "110")) << describe(d);
  Document q = code_text("\"We are strongly opposed to the American sanctions,\" the Chinese foreign minister said.");
  EXPECT_TRUE(find(q, "CHN", "USA", "110")) << describe(q);
  // With a by-agent the agent opposes; the subject is the one opposed.
  Document b = code_text("The Russian plan was opposed by Germany.");
  EXPECT_TRUE(find(b, "DEU", "RUS", "110")) << describe(b);
  EXPECT_FALSE(find(b, "RUS", "DEU", "110")) << describe(b);
}

TEST(CoderCritVerbs, ABareRefusalAnswersTheRequestBeforeIt) {
  NEED_MODELS();
  Document d = code_text("Washington asked Ankara to cancel the deal, but Ankara refused.");
  EXPECT_TRUE(find(d, "TUR", "USA", "120")) << describe(d);
  Document o = code_text("The rebels offered a ceasefire, but the Malian government declined.");
  EXPECT_TRUE(find(o, "MLI", "REB", "120")) << describe(o);
  // No request before it, or a refusal of something named: not this rule.
  Document n = code_text("Washington visited Ankara, but Ankara refused.");
  EXPECT_FALSE(find(n, "TUR", "USA", "120")) << describe(n);
  Document c = code_text("Ankara refused.");
  EXPECT_FALSE(find_code(c, "12")) << describe(c);
}

TEST(CoderCritVerbs, DoorsShutAndDeafEars) {
  NEED_MODELS();
  Document d = code_text("Germany slammed the door on Turkish membership.");
  EXPECT_TRUE(find(d, "DEU", "TUR", "120")) << describe(d);
  EXPECT_FALSE(find(d, "DEU", "TUR", "111")) << describe(d);
  Document e = code_text("Germany turned a deaf ear to the Polish appeals.");
  EXPECT_TRUE(find(e, "DEU", "POL", "120")) << describe(e);
  // Slamming someone is criticism, not a refusal.
  Document s = code_text("Germany slammed Turkey over the arrests.");
  EXPECT_TRUE(find(s, "DEU", "TUR", "111")) << describe(s);
  EXPECT_FALSE(find_code(s, "12")) << describe(s);
}

}  // namespace
}  // namespace dyad
