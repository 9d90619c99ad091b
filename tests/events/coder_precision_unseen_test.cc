// Precision on text nobody tuned on: kinds of wrong event found by reading
// every event dyad coded on unseen news pages and web text (blogs, emails,
// reviews), end to end with the shipped models. Each rule has its near
// miss that must still be coded. Sentences are invented. Skips when a model
// is missing.
#include <gtest/gtest.h>

#include "events/event_test_util.h"
#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// data/verbs/48-precision.txt: warn-public.
TEST(CoderPrecisionUnseen, AWarningToThePublicAboutAHazardIsNoThreat) {
  NEED_MODELS();
  for (const char* s : {"Health officials in Peru warned residents to stay away from flooded areas.",
                        "Chinese officials warned tourists to avoid the flooded areas."}) {
    Document d = code_text(s);
    EXPECT_FALSE(find_code(d, "13")) << s << "\n" << describe(d);
  }
}

TEST(CoderPrecisionUnseen, AWarningToAStateOrToProtestersStaysAThreat) {
  NEED_MODELS();
  Document state = code_text("The Peruvian army warned Chile to stay out of the dispute.");
  EXPECT_TRUE(find(state, "PER", "CHL", "130")) << describe(state);
  Document crowd = code_text("Police warned protesters in Lima to disperse.");
  EXPECT_TRUE(find(crowd, "PERCOP", "PEROPP", "130")) << describe(crowd);
}

// data/verbs/48-precision.txt: visit-border, visit-border-area.
TEST(CoderPrecisionUnseen, ATripToABorderIsNoDiplomaticVisit) {
  NEED_MODELS();
  for (const char* s : {"Senator John Smith visited the southern U.S. border on Monday.",
                        "The Russian president visited the Chinese border region.",
                        "The minister visited the Iraqi border on Monday."}) {
    Document d = code_text(s);
    EXPECT_FALSE(find_code(d, "042")) << s << "\n" << describe(d);
  }
  Document visit = code_text("The Peruvian president visited Chile on Monday.");
  EXPECT_TRUE(find(visit, "PER", "CHL", "042")) << describe(visit);
}

// data/verbs/48-precision.txt: like-doing.
TEST(CoderPrecisionUnseen, LikingAnActReportsNoAct) {
  NEED_MODELS();
  Document d = code_text("The Peruvian president enjoys attacking Chile.");
  EXPECT_FALSE(find_code(d, "19")) << describe(d);
  Document done = code_text("Peruvian troops attacked Chilean positions near the border.");
  EXPECT_TRUE(find(done, "PERMIL", "CHL", "190")) << describe(done);
}

// event_stage.cc emit(): no riot (145) by an official voice or one person.
TEST(CoderPrecisionUnseen, GovernmentsAndSinglePeopleDoNotRiot) {
  NEED_MODELS();
  for (const char* s : {"The Peruvian government rampaged through the region.",
                        "President Castillo has rampaged around the world alienating allies."}) {
    Document d = code_text(s);
    EXPECT_FALSE(find_code(d, "14")) << s << "\n" << describe(d);
  }
  Document crowd = code_text("Protesters rioted in Lima on Saturday.");
  EXPECT_TRUE(find(crowd, "PEROPP", "", "145")) << describe(crowd);
  // Street violence between a crowd and the police stays riot.
  Document clash = code_text("Opposition leader Juan Perez clashed with police in Lima.");
  EXPECT_TRUE(find_code(clash, "145")) << describe(clash);
}

// event_stage.cc emit(): verbal_attacker.
TEST(CoderPrecisionUnseen, APartyOrALegislatorAttacksWithWords) {
  NEED_MODELS();
  Document party = code_text("Democrats in Peru attacked the Republican governor over the budget.");
  EXPECT_TRUE(find_code(party, "111")) << describe(party);
  EXPECT_FALSE(find_code(party, "19")) << describe(party);
  Document senator = code_text("The senator attacked Peruvian President Pedro Castillo.");
  EXPECT_TRUE(find_code(senator, "111")) << describe(senator);
  EXPECT_FALSE(find_code(senator, "19")) << describe(senator);
}

TEST(CoderPrecisionUnseen, ArmedGroupsAndForcesStillAttackWithForce) {
  NEED_MODELS();
  // (On civilians, an armed group's force is unconventional violence, 18.)
  Document rebels = code_text("Rebels attacked the minister's family in Kabul.");
  EXPECT_TRUE(find_code(rebels, "180")) << describe(rebels);
  EXPECT_FALSE(find_code(rebels, "111")) << describe(rebels);
  Document troops = code_text("Peruvian troops attacked Chilean positions near the border.");
  EXPECT_TRUE(find(troops, "PERMIL", "CHL", "190")) << describe(troops);
}

TEST(CoderPrecisionUnseen, APartysCrowdOrAnAttackOnAPlaceIsForce) {
  NEED_MODELS();
  for (const char* s : {"BJP workers attacked the Congress party office in Delhi.",
                        "Supporters of the Labour Party attacked police in London."}) {
    Document d = code_text(s);
    // Force (190), or riot (145) when the party is in opposition and the
    // police are attacked.
    EXPECT_TRUE(find_code(d, "190") || find_code(d, "145")) << s << "\n" << describe(d);
    EXPECT_FALSE(find_code(d, "111")) << s << "\n" << describe(d);
  }
}

// actor_stage.cc sports_side().
TEST(CoderPrecisionUnseen, AFootballClubNamedByItsCityIsNoState) {
  NEED_MODELS();
  Document side = code_text("Negotiations between the London side and Spanish officials intensified.");
  EXPECT_FALSE(has_mention(side, "London")) << describe(side);
  EXPECT_FALSE(find_code(side, "046")) << describe(side);
  Document club = code_text("The Madrid club met officials from the Spanish government.");
  EXPECT_FALSE(has_mention(club, "Madrid")) << describe(club);
  EXPECT_FALSE(find_code(club, "04")) << describe(club);
}

TEST(CoderPrecisionUnseen, AStateSideInDiplomaticSpeechStaysTheState) {
  NEED_MODELS();
  Document d = code_text("The Chinese side urged Japan to stop the patrols.");
  EXPECT_TRUE(find(d, "CHN", "JPN", "020")) << describe(d);
  Document capital = code_text("London urged Madrid to stop the patrols.");
  EXPECT_TRUE(find(capital, "GBR", "ESP", "020")) << describe(capital);
}

// event_stage.cc clause_modality(): &aspect-verb in 48-precision.txt.
TEST(CoderPrecisionUnseen, APledgeToContinueAnActAnnouncesIt) {
  NEED_MODELS();
  for (const char* s : {"Putin pledged to continue assisting Iran.", "Putin pledged to keep helping Iran."}) {
    Document d = code_text(s);
    EXPECT_TRUE(find(d, "RUS", "IRN", "033", Modality::kIntended)) << s << "\n" << describe(d);
    EXPECT_FALSE(find_code(d, "07")) << s << "\n" << describe(d);
  }
  // Done, not announced: the aspect verb alone reports the act.
  Document done = code_text("Russia kept attacking Ukraine.");
  EXPECT_TRUE(find(done, "RUS", "UKR", "190")) << describe(done);
}

// actor_stage.cc attach_by_syntax(): a region's agent keeps its region.
TEST(CoderPrecisionUnseen, ARegionsLeadersAreNotTheConjoinedNationsLeaders) {
  NEED_MODELS();
  Document d = code_text("Pakistan has been accused by Afghan and Western leaders of harbouring militants.");
  EXPECT_TRUE(find(d, "WST", "PAK", "112")) << describe(d);
  EXPECT_TRUE(find(d, "AFG", "PAK", "112")) << describe(d);
  // Two nationalities on one role noun both lend it their state.
  // (Met in Beijing: Russia visits, 042, China hosts, 043: places.cc.)
  Document two = code_text("Russian and Chinese officials met in Beijing.");
  EXPECT_TRUE(find(two, "RUSGOV", "CHNGOV", "042")) << describe(two);
  EXPECT_TRUE(find(two, "CHNGOV", "RUSGOV", "043")) << describe(two);
}

// event_stage.cc: a participle on a noun inside a quotation is not the
// speaker's act.
TEST(CoderPrecisionUnseen, ForcesDeployedByOthersAreNotTheSpeakers) {
  NEED_MODELS();
  Document d = code_text("\"Pakistan now has a large force deployed in Baluchistan,\" said General John Smith.");
  EXPECT_FALSE(find_code(d, "15")) << describe(d);
  Document own = code_text("\"We will send troops to Mali,\" the Chinese foreign minister said.");
  EXPECT_TRUE(find(own, "CHNGOV", "MLI", "154", Modality::kIntended)) << describe(own);
}

// data/verbs/48-precision.txt: visit-mourners.
TEST(CoderPrecisionUnseen, ACondolenceCallIsNoDiplomaticVisit) {
  NEED_MODELS();
  for (const char* s : {"Dignitaries visited the bereaved family.",
                        "The Peruvian president visited the families of the victims."}) {
    Document d = code_text(s);
    EXPECT_FALSE(find_code(d, "042")) << s << "\n" << describe(d);
  }
  Document visit = code_text("The Peruvian president visited Chile on Monday.");
  EXPECT_TRUE(find(visit, "PER", "CHL", "042")) << describe(visit);
}

// data/verbs/48-precision.txt: investigate-resources.
TEST(CoderPrecisionUnseen, SurveyingAStatesResourcesIsNoInvestigationOfIt) {
  NEED_MODELS();
  Document d = code_text("The Iraqi army investigated Iran's oil reserves.");
  EXPECT_FALSE(find_code(d, "09")) << describe(d);
  Document inquiry = code_text("The United Nations investigated Iran's nuclear program.");
  EXPECT_TRUE(find(inquiry, "IGOUNO", "IRN", "090")) << describe(inquiry);
}

// data/verbs/48-precision.txt: attack-standing.
TEST(CoderPrecisionUnseen, AnAttackOnSomeonesStandingIsCriticism) {
  NEED_MODELS();
  Document d = code_text("Russia assailed the integrity of the Ukrainian election commission.");
  EXPECT_TRUE(find(d, "RUS", "UKR", "111")) << describe(d);
  EXPECT_FALSE(find_code(d, "19")) << describe(d);
  Document force = code_text("Peruvian troops attacked Chilean positions near the border.");
  EXPECT_FALSE(find_code(force, "111")) << describe(force);
}

// data/verbs/48-precision.txt: shoot-down-proposal, shoot-down-claim
// (48-critverbs.txt: shoot-down-plan, 127).
TEST(CoderPrecisionUnseen, ShootingDownAProposalRejectsIt) {
  NEED_MODELS();
  Document d = code_text("Republicans shot down the Democrats' proposal.");
  EXPECT_TRUE(find(d, "USA", "USA", "12")) << describe(d);
  EXPECT_FALSE(find_code(d, "19")) << describe(d);
  Document claim = code_text("The Chinese foreign ministry shot down reports of a Russian military base.");
  EXPECT_FALSE(find_code(claim, "19")) << describe(claim);
  EXPECT_FALSE(find_code(claim, "12")) << describe(claim);
}

// event_stage.cc sports_subject(): &athlete, &sport in 48-precision.txt.
TEST(CoderPrecisionUnseen, SportsmenAndNationalTeamsDoNotActForTheirState) {
  NEED_MODELS();
  for (const char* s : {"The Indian cricket team will tour Pakistan next month.",
                        "The Brazilian national team beat Argentina.",
                        "The Chilean boxer fought the Mexican champion in Las Vegas."}) {
    Document d = code_text(s);
    EXPECT_TRUE(d.events.empty()) << s << "\n" << describe(d);
  }
  // A delegation is a team too; and a team attacked is that state's people.
  Document team = code_text("The Chinese national security team met American officials.");
  EXPECT_TRUE(find(team, "CHN", "USA", "040")) << describe(team);
  Document hit = code_text("Gunmen attacked the Sri Lankan cricket team in Lahore.");
  EXPECT_TRUE(find_code(hit, "190")) << describe(hit);
  Document soldiers = code_text("Chilean defenders attacked the Peruvian positions.");
  EXPECT_TRUE(find(soldiers, "CHL", "PER", "190")) << describe(soldiers);
}

// event_stage.cc emit(): "fire back" by an unarmed actor.
TEST(CoderPrecisionUnseen, AMinisterFiringBackRetortsInWords) {
  NEED_MODELS();
  Document d = code_text("The Iranian foreign minister fired back at the United States.");
  EXPECT_TRUE(find(d, "IRNGOV", "USA", "111")) << describe(d);
  EXPECT_FALSE(find_code(d, "19")) << describe(d);
  Document troops = code_text("Iranian troops fired back at American soldiers.");
  EXPECT_TRUE(find(troops, "IRNMIL", "USAMIL", "193")) << describe(troops);
}

// data/verbs/48-precision.txt: fight-figurative, strike-tone.
TEST(CoderPrecisionUnseen, FiguresOfFightingAreNoForce) {
  NEED_MODELS();
  for (const char* s : {"The Chilean lawyer fought a long legal battle against the Peruvian government.",
                        "The Brazilian president struck a conciliatory tone with Argentina."}) {
    Document d = code_text(s);
    EXPECT_FALSE(find_code(d, "19")) << s << "\n" << describe(d);
  }
  Document war = code_text("The rebels fought a long war against the Peruvian government.");
  EXPECT_TRUE(find(war, "REB", "PERGOV", "190")) << describe(war);
}

// arguments.cc: a past participle with an object and no auxiliary is a
// finite verb whose subject the parser lost; it inherits no subject. The
// trees are the shipped parser's kind of misreading, written by hand.
TEST(CoderPrecisionUnseen, AMisreadFinitePastTakesNoSubjectFromTheMainClause) {
  // "After the senators decided to protest, and attacked Peru's president,
  // the public began to complain."
  Document d = evtest::coded(R"(
1 After after ADP IN 4 mark
2 the the DET DT 3 det
3 senators senator NOUN NNS 4 nsubj
4 decided decide VERB VBD 16 advcl
5 to to PART TO 6 mark
6 protest protest VERB VB 4 xcomp
7 , , PUNCT , 9 punct
8 and and CCONJ CC 16 cc
9 attacked attack VERB VBN 16 advcl
10 Peru Peru PROPN NNP 12 nmod:poss
11 's 's PART POS 10 case
12 president president NOUN NN 9 obj
13 , , PUNCT , 16 punct
14 the the DET DT 15 det
15 public public NOUN NN 16 nsubj
16 began begin VERB VBD 0 root
17 to to PART TO 18 mark
18 complain complain VERB VB 16 xcomp
19 . . PUNCT . 16 punct
)",
                             {{"public", "PERCVL"}, {"Peru", "PER"}});
  EXPECT_TRUE(evtest::counted_summary(d).empty()) << ::testing::PrintToString(evtest::sorted_summary(d));

  // "Having attacked Peru's president, Chile withdrew.": a perfect
  // participle shares the main clause's subject.
  Document p = evtest::coded(R"(
1 Having have AUX VBG 2 aux
2 attacked attack VERB VBN 8 advcl
3 Peru Peru PROPN NNP 5 nmod:poss
4 's 's PART POS 3 case
5 president president NOUN NN 2 obj
6 , , PUNCT , 2 punct
7 Chile Chile PROPN NNP 8 nsubj
8 withdrew withdraw VERB VBD 0 root
9 . . PUNCT . 8 punct
)",
                             {{"Peru", "PER"}, {"Chile", "CHL"}});
  EXPECT_EQ(evtest::counted_summary(p), (evtest::Strings{"CHL>PER:190:asserted"}));
}

// data/verbs/48-precision.txt alleged-unattributed, and arguments.cc
// embedded(): the extraposed clause of "it is alleged".
TEST(CoderPrecisionUnseen, AnUnattributedAllegationReportsNoAct) {
  NEED_MODELS();
  for (const char* s : {"It is often alleged that Iraq gave money to Hamas.",
                        "It was rumoured that Russia had sent troops to Mali."}) {
    Document d = code_text(s);
    EXPECT_FALSE(d.events.empty()) << s;
    for (const Event& e : d.events) EXPECT_EQ(e.modality, Modality::kHypothetical) << s << "\n" << describe(d);
  }
  // Said by someone: the act is reported.
  Document said = code_text("Officials said Russia had sent troops to Mali.");
  EXPECT_TRUE(find(said, "RUS", "MLI", "154")) << describe(said);
  // An attributed allegation is an accusation.
  Document alleged = code_text("Kyiv alleged that Russia had shelled the plant.");
  EXPECT_TRUE(find(alleged, "UKR", "RUS", "112")) << describe(alleged);
}

TEST(CoderPrecisionUnseen, TheExtraposedClauseOfAnExpletivePassiveIsItsContent) {
  // "Although it is alleged (without evidence) that Iraq gave money to
  // Hamas, ...": the parser's csubj:pass reading.
  Document d = evtest::coded(R"(
1 it it PRON PRP 3 nsubj:pass
2 is be AUX VBZ 3 aux:pass
3 alleged allege VERB VBN 0 root
4 ( ( PUNCT -LRB- 7 punct
5 without without ADP IN 7 case
6 much much ADJ JJ 7 amod
7 evidence evidence NOUN NN 3 obl
8 ) ) PUNCT -RRB- 7 punct
9 that that SCONJ IN 11 mark
10 Iraq Iraq PROPN NNP 11 nsubj
11 gave give VERB VBD 3 csubj:pass
12 money money NOUN NN 11 obj
13 to to ADP IN 14 case
14 Hamas Hamas PROPN NNP 11 obl
15 . . PUNCT . 3 punct
)",
                             {{"Iraq", "IRQ"}, {"Hamas", "PSEREBHMS"}});
  EXPECT_TRUE(evtest::counted_summary(d).empty()) << ::testing::PrintToString(evtest::sorted_summary(d));
}

// data/verbs/48-precision.txt evacuate-people, evacuate-leave.
TEST(CoderPrecisionUnseen, UrgingPeopleToEvacuateIsNoAppealForAid) {
  NEED_MODELS();
  Document d = code_text("Authorities in Peru urged residents to evacuate ahead of the storm.");
  EXPECT_FALSE(find_code(d, "023")) << describe(d);
  EXPECT_FALSE(find_code(d, "07")) << describe(d);
  Document rescue = code_text("The Peruvian army evacuated Chilean civilians from the flooded town.");
  EXPECT_TRUE(find(rescue, "PERMIL", "CHL", "073")) << describe(rescue);
}

// event_stage.cc emit(): a visit within one state.
TEST(CoderPrecisionUnseen, AVisitToOnesOwnStatesTroopsIsNoDiplomaticVisit) {
  NEED_MODELS();
  Document d = code_text("The German chancellor visited German troops in Mali.");
  EXPECT_FALSE(find(d, "DEU", "DEU", "042")) << describe(d);
  Document abroad = code_text("The German chancellor visited Mali on Monday.");
  EXPECT_TRUE(find(abroad, "DEU", "MLI", "042")) << describe(abroad);
}

// event_stage.cc emit(): a fronted adjective of feeling about no actor
// (about an actor it stays 012: CoderParseVariation.OpeningAdjectiveClause*).
TEST(CoderPrecisionUnseen, AFrontedAdjectiveOfFeelingIsNoComment) {
  NEED_MODELS();
  for (const char* s : {"Worried about backlash, Peruvian lawmakers have limited their inquiry.",
                        "Concerned about the costs, the Peruvian government delayed the project."}) {
    Document d = code_text(s);
    EXPECT_FALSE(find_code(d, "01")) << s << "\n" << describe(d);
  }
  Document said = code_text("The Peruvian government is worried about the fighting in Chile.");
  EXPECT_TRUE(find_code(said, "012")) << describe(said);
}

// event_stage.cc negated_subject().
TEST(CoderPrecisionUnseen, ANegatedSubjectNegatesItsClause) {
  NEED_MODELS();
  for (const char* s : {"Not even Peru will attack Chile.", "No Peruvian soldiers attacked Chile."}) {
    Document d = code_text(s);
    EXPECT_TRUE(find_any_modality(d, "PER", "CHL", "19")) << s << "\n" << describe(d);
    EXPECT_FALSE(find(d, "PER", "CHL", "19")) << s << "\n" << describe(d);
    EXPECT_FALSE(find(d, "PER", "CHL", "13", Modality::kIntended)) << s << "\n" << describe(d);
    EXPECT_FALSE(find(d, "PER", "CHL", "19", Modality::kIntended)) << s << "\n" << describe(d);
  }
  Document only = code_text("Not only Peru but also Chile attacked Bolivia.");
  EXPECT_TRUE(find(only, "CHL", "BOL", "190")) << describe(only);
  Document plain = code_text("Peru attacked Chile.");
  EXPECT_TRUE(find(plain, "PER", "CHL", "190")) << describe(plain);
}

}  // namespace
}  // namespace dyad
