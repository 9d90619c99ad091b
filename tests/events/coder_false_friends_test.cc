// Force verbs with a harmless second reading, found by coding general web
// articles (sport, business) that name states: a match result, a dismissal,
// a cheering crowd and an economic blow must not become assaults, shootings
// or attacks. Trees are hand-written; sentences are invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;  // parse_rows, add_mention, shipped_stage, sorted_summary, Strings

// A mention with a role: "Chilean police" -> CHLCOP, country CHL, sector COP.
void add_role(Document& d, const std::string& words, const std::string& country, const std::string& role) {
  const int m = add_mention(d, words, country + role);
  d.mentions[m].actor.country = country;
  d.mentions[m].actor.sectors = {role};
}

TEST(CoderFalseFriends, TwoStatesBeatingIsAMatchButPoliceBeatingPeopleIsAnAssault) {
  Document match = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 beat beat VERB VBD 0 root
3 Peru Peru PROPN NNP 2 obj
4 on on ADP IN 5 case
5 Sunday Sunday PROPN NNP 2 obl
6 . . PUNCT . 2 punct
)");
  add_mention(match, "Chile", "CHL");
  add_mention(match, "Peru", "PER");
  shipped_stage().run(match);
  EXPECT_TRUE(sorted_summary(match).empty());

  Document assault = parse_rows(R"(
1 Police police NOUN NNS 2 nsubj
2 beat beat VERB VBD 0 root
3 Peruvian Peruvian ADJ JJ 4 amod
4 protesters protester NOUN NNS 2 obj
5 . . PUNCT . 2 punct
)");
  add_role(assault, "Police", "CHL", "COP");
  add_role(assault, "Peruvian protesters", "PER", "OPP");
  shipped_stage().run(assault);
  EXPECT_EQ(sorted_summary(assault), (Strings{"CHLCOP>PEROPP:182:asserted"}));
}

TEST(CoderFalseFriends, FiringSomeoneOrFiringUpACrowdIsNoShooting) {
  Document dismissal = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 fired fire VERB VBD 0 root
3 Peru Peru PROPN NNP 5 nmod:poss
4 's 's PART POS 3 case
5 coach coach NOUN NN 2 obj
6 . . PUNCT . 2 punct
)");
  add_mention(dismissal, "Chile", "CHL");
  add_mention(dismissal, "Peru", "PER");
  shipped_stage().run(dismissal);
  EXPECT_TRUE(sorted_summary(dismissal).empty());

  Document cheer = parse_rows(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 fans fan NOUN NNS 3 nsubj
3 fired fire VERB VBD 0 root
4 up up ADP RP 3 compound:prt
5 the the DET DT 7 det
6 Peruvian Peruvian ADJ JJ 7 amod
7 crowd crowd NOUN NN 3 obj
8 . . PUNCT . 3 punct
)");
  add_role(cheer, "Chilean fans", "CHL", "CVL");
  add_role(cheer, "Peruvian crowd", "PER", "CVL");
  shipped_stage().run(cheer);
  EXPECT_TRUE(sorted_summary(cheer).empty());

  Document shooting = parse_rows(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 troops troop NOUN NNS 3 nsubj
3 fired fire VERB VBD 0 root
4 at at ADP IN 6 case
5 Peruvian Peruvian ADJ JJ 6 amod
6 smugglers smuggler NOUN NNS 3 obl
7 . . PUNCT . 3 punct
)");
  add_role(shooting, "Chilean troops", "CHL", "MIL");
  add_role(shooting, "Peruvian smugglers", "PER", "CRM");
  shipped_stage().run(shooting);
  EXPECT_EQ(sorted_summary(shooting), (Strings{"CHLMIL>PERCRM:193:asserted"}));
}

TEST(CoderFalseFriends, HitByTariffsIsNoAttack) {
  // Peruvian farmers were hit by Chilean tariffs .
  Document d = parse_rows(R"(
1 Peruvian Peruvian ADJ JJ 2 amod
2 farmers farmer NOUN NNS 4 nsubj:pass
3 were be AUX VBD 4 aux:pass
4 hit hit VERB VBN 0 root
5 by by ADP IN 7 case
6 Chilean Chilean ADJ JJ 7 amod
7 tariffs tariff NOUN NNS 4 obl:agent
8 . . PUNCT . 4 punct
)");
  add_role(d, "Peruvian farmers", "PER", "AGR");
  add_mention(d, "Chilean", "CHL");
  shipped_stage().run(d);
  for (const std::string& s : sorted_summary(d)) EXPECT_EQ(s.find(":190:"), std::string::npos) << s;
}

TEST(CoderFalseFriends, YieldingIsCodedOnlyTowardSomeone) {
  // Chilean bond yields rose .   (the tagger reads "yields" as the verb)
  Document bonds = parse_rows(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 bond bond NOUN NN 3 nsubj
3 yields yield VERB VBZ 0 root
4 rose rise VERB VBD 3 xcomp
5 . . PUNCT . 3 punct
)");
  add_mention(bonds, "Chilean", "CHL");
  shipped_stage().run(bonds);
  EXPECT_TRUE(sorted_summary(bonds).empty());

  Document yielded = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 yielded yield VERB VBD 0 root
3 to to ADP IN 4 case
4 Peru Peru PROPN NNP 2 obl
5 . . PUNCT . 2 punct
)");
  add_mention(yielded, "Chile", "CHL");
  add_mention(yielded, "Peru", "PER");
  shipped_stage().run(yielded);
  EXPECT_EQ(sorted_summary(yielded), (Strings{"CHL>PER:080:asserted"}));
}

TEST(CoderFalseFriends, StatesSurroundingAStateIsGeography) {
  // Bolivia is surrounded by Chile and Peru .
  Document geo = parse_rows(R"(
1 Bolivia Bolivia PROPN NNP 3 nsubj:pass
2 is be AUX VBZ 3 aux:pass
3 surrounded surround VERB VBN 0 root
4 by by ADP IN 5 case
5 Chile Chile PROPN NNP 3 obl:agent
6 and and CCONJ CC 7 cc
7 Peru Peru PROPN NNP 5 conj
8 . . PUNCT . 3 punct
)");
  add_mention(geo, "Bolivia", "BOL");
  add_mention(geo, "Chile", "CHL");
  add_mention(geo, "Peru", "PER");
  shipped_stage().run(geo);
  EXPECT_TRUE(sorted_summary(geo).empty());

  // Chilean troops encircled the Peruvian garrison .
  Document siege = parse_rows(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 troops troop NOUN NNS 3 nsubj
3 encircled encircle VERB VBD 0 root
4 the the DET DT 6 det
5 Peruvian Peruvian ADJ JJ 6 amod
6 garrison garrison NOUN NN 3 obj
7 . . PUNCT . 3 punct
)");
  add_role(siege, "Chilean troops", "CHL", "MIL");
  add_role(siege, "Peruvian garrison", "PER", "MIL");
  shipped_stage().run(siege);
  EXPECT_EQ(sorted_summary(siege), (Strings{"CHLMIL>PERMIL:191:asserted"}));
}

TEST(CoderFalseFriends, StrongArmingIsNoArmsSupply) {
  // Chile should strong - arm Peru into a deal .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 5 nsubj
2 should should AUX MD 5 aux
3 strong strong ADJ JJ 5 amod
4 - - PUNCT HYPH 3 punct
5 arm arm VERB VB 0 root
6 Peru Peru PROPN NNP 5 obj
7 into into ADP IN 9 case
8 a a DET DT 9 det
9 deal deal NOUN NN 5 obl
10 . . PUNCT . 5 punct
)");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "Peru", "PER");
  shipped_stage().run(d);
  for (const std::string& s : sorted_summary(d)) EXPECT_EQ(s.find(":072:"), std::string::npos) << s;
}

TEST(CoderFalseFriends, ChargingToAnAccountIsNoIndictment) {
  // Chilean police charged Peruvian reporters to the embassy account .
  // (the bill for the reporters' stay, not an indictment)
  Document d = parse_rows(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 police police NOUN NNS 3 nsubj
3 charged charge VERB VBD 0 root
4 Peruvian Peruvian ADJ JJ 5 amod
5 reporters reporter NOUN NNS 3 obj
6 to to ADP IN 9 case
7 the the DET DT 9 det
8 embassy embassy NOUN NN 9 compound
9 account account NOUN NN 3 obl
10 . . PUNCT . 3 punct
)");
  add_role(d, "Chilean police", "CHL", "COP");
  add_role(d, "Peruvian reporters", "PER", "MED");
  shipped_stage().run(d);
  EXPECT_TRUE(sorted_summary(d).empty());
}

TEST(CoderFalseFriends, PeopleToMeetAreNotTheOnesMeeting) {
  // Chilean teachers and nice people to meet .   (the teachers and people
  // are whom one meets, not who meet each other)
  Document d = parse_rows(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 teachers teacher NOUN NNS 0 root
3 and and CCONJ CC 5 cc
4 nice nice ADJ JJ 5 amod
5 people person NOUN NNS 2 conj
6 to to PART TO 7 mark
7 meet meet VERB VB 2 acl
8 . . PUNCT . 2 punct
)");
  add_role(d, "Chilean teachers", "CHL", "EDU");
  add_role(d, "people", "CHL", "CVL");
  shipped_stage().run(d);
  EXPECT_TRUE(sorted_summary(d).empty());
}

TEST(CoderFalseFriends, SurroundedByOnesCompanyIsNoBlockade) {
  // The Chilean envoy spoke , surrounded by Peruvian officials .
  Document d = parse_rows(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 envoy envoy NOUN NN 4 nsubj
4 spoke speak VERB VBD 0 root
5 , , PUNCT , 6 punct
6 surrounded surround VERB VBN 3 acl
7 by by ADP IN 9 case
8 Peruvian Peruvian ADJ JJ 9 amod
9 officials official NOUN NNS 6 obl:agent
10 . . PUNCT . 4 punct
)");
  add_role(d, "Chilean envoy", "CHL", "GOV");
  add_role(d, "Peruvian officials", "PER", "GOV");
  shipped_stage().run(d);
  for (const std::string& s : sorted_summary(d)) EXPECT_EQ(s.find(":191:"), std::string::npos) << s;
}

}  // namespace
}  // namespace dyad
