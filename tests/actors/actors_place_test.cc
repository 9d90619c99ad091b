// Actor stage: a bare state role ("soldiers", "government troops", "rebels",
// "police") takes the state its sentence places it in -- an "in" phrase on
// the agent, on its clause or on the clause's subject or object, or the
// state a "where" clause refers back to -- before the article's dominant
// country, and none when two states are named alike. Trees are written by
// hand (as the shipped parser gets them) so the tests exercise the rule, not
// one parse; sentences are invented.
#include <gtest/gtest.h>

#include <string>

#include "dyad/actors.h"
#include "actors/placed_tree.h"
#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace actortest;  // placed, code_of, mention_with_text

TEST(ActorPlace, FrontedInPhrasePlacesSubjectAndObject) {
  // In Chad , soldiers killed twelve militants .
  Document d = placed(R"(
1 In in ADP IN 2 case
2 Chad Chad PROPN NNP 5 obl
3 , , PUNCT , 2 punct
4 soldiers soldier NOUN NNS 5 nsubj
5 killed kill VERB VBD 0 root
6 twelve twelve NUM CD 7 nummod
7 militants militant NOUN NNS 5 obj
8 . . PUNCT . 5 punct
)");
  const ActorMention* s = mention_with_text(d, "soldiers");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->actor.code, "TCDMIL");
  EXPECT_EQ(s->basis, "context");
  EXPECT_NE(s->entry.find("+place:TCD"), std::string::npos) << s->entry;
  EXPECT_GT(s->confidence, 0.5f);
  EXPECT_LT(s->confidence, 0.9f);
  EXPECT_EQ(code_of(d, "militants"), "TCDREB");
}

TEST(ActorPlace, InPhraseOnTheAgentOrItsClausesArguments) {
  // Rebels in Chad attacked a police post .
  Document d = placed(R"(
1 Rebels rebel NOUN NNS 4 nsubj
2 in in ADP IN 3 case
3 Chad Chad PROPN NNP 1 nmod
4 attacked attack VERB VBD 0 root
5 a a DET DT 7 det
6 police police NOUN NN 7 compound
7 post post NOUN NN 4 obj
8 . . PUNCT . 4 punct
)");
  EXPECT_EQ(code_of(d, "Rebels"), "TCDREB");
  EXPECT_EQ(code_of(d, "police"), "TCDCOP");  // the post is in Chad too
  // Police detained nine protesters in Lusaka on Friday .  (the place hangs on the object)
  Document o = placed(R"(
1 Police police NOUN NNS 2 nsubj
2 detained detain VERB VBD 0 root
3 nine nine NUM CD 4 nummod
4 protesters protester NOUN NNS 2 obj
5 in in ADP IN 6 case
6 Lusaka Lusaka PROPN NNP 4 nmod
7 on on ADP IN 8 case
8 Friday Friday PROPN NNP 2 obl
9 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(o, "Police"), "ZMBCOP");
}

TEST(ActorPlace, WhereClauseTakesTheStateBeforeIt) {
  // Violence flared in western Niger , where government troops have been fighting sponsored militias .
  // (the parser hangs the where-clause on the main verb)
  Document d = placed(R"(
1 Violence violence NOUN NN 2 nsubj
2 flared flare VERB VBD 0 root
3 in in ADP IN 5 case
4 western western ADJ JJ 5 amod
5 Niger Niger PROPN NNP 2 obl
6 , , PUNCT , 12 punct
7 where where ADV WRB 12 advmod
8 government government NOUN NN 9 compound
9 troops troops NOUN NNS 12 nsubj
10 have have AUX VBP 12 aux
11 been be AUX VBN 12 aux
12 fighting fight VERB VBG 2 advcl
13 rebels rebel NOUN NNS 12 obj
14 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(d, "government troops"), "NERMIL");
  EXPECT_EQ(code_of(d, "rebels"), "NERREB");
}

TEST(ActorPlace, ForeignSponsorIsNotNationalityButForeignTroopsAreForeign) {
  // In Yemen , Saudi-backed rebels shelled the port .
  Document d = placed(R"(
1 In in ADP IN 2 case
2 Yemen Yemen PROPN NNP 8 obl
3 , , PUNCT , 2 punct
4 Saudi Saudi ADJ JJ 6 amod
5 - - PUNCT HYPH 4 punct
6 backed back VERB VBN 7 amod
7 rebels rebel NOUN NNS 8 nsubj
8 shelled shell VERB VBD 0 root
9 the the DET DT 10 det
10 port port NOUN NN 8 obj
11 . . PUNCT . 8 punct
)");
  EXPECT_EQ(code_of(d, "rebels"), "YEMREB");
  // In Yemen , foreign troops shelled the port .
  Document f = placed(R"(
1 In in ADP IN 2 case
2 Yemen Yemen PROPN NNP 5 obl
3 , , PUNCT , 2 punct
4 foreign foreign ADJ JJ 5 amod
5 troops troops NOUN NNS 6 nsubj
6 shelled shell VERB VBD 0 root
7 the the DET DT 8 det
8 port port NOUN NN 6 obj
9 . . PUNCT . 6 punct
)");
  EXPECT_EQ(code_of(f, "troops"), "MIL");
}

TEST(ActorPlace, TwoStatesAtOnceIsNoPlace) {
  // Chad leads . Chad votes . Chad waits . Chad says rebels attacked villages in Chad and Niger .
  // Chad dominates the article (and is the state named before the rebels),
  // but their clause names two places alike: the rebels get neither the
  // place nor the dominant country.
  Document d = placed(R"(
1 Chad Chad PROPN NNP 2 nsubj
2 leads lead VERB VBZ 0 root
3 . . PUNCT . 2 punct

1 Chad Chad PROPN NNP 2 nsubj
2 votes vote VERB VBZ 0 root
3 . . PUNCT . 2 punct

1 Chad Chad PROPN NNP 2 nsubj
2 waits wait VERB VBZ 0 root
3 . . PUNCT . 2 punct

1 Chad Chad PROPN NNP 2 nsubj
2 says say VERB VBZ 0 root
3 rebels rebel NOUN NNS 4 nsubj
4 attacked attack VERB VBD 2 ccomp
5 villages village NOUN NNS 4 obj
6 in in ADP IN 7 case
7 Chad Chad PROPN NNP 4 obl
8 and and CCONJ CC 9 cc
9 Niger Niger PROPN NNP 7 conj
10 . . PUNCT . 2 punct
)");
  const ActorMention* r = mention_with_text(d, "rebels");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->actor.code, "REB");
  EXPECT_EQ(r->basis, "agent");
}

TEST(ActorPlace, PlaceBeatsTheDominantCountry) {
  // Kenya votes . Kenya waits . Kenya hopes . In Uganda , police arrested two reporters . Police left .
  Document d = placed(R"(
1 Kenya Kenya PROPN NNP 2 nsubj
2 votes vote VERB VBZ 0 root
3 . . PUNCT . 2 punct

1 Kenya Kenya PROPN NNP 2 nsubj
2 waits wait VERB VBZ 0 root
3 . . PUNCT . 2 punct

1 Kenya Kenya PROPN NNP 2 nsubj
2 hopes hope VERB VBZ 0 root
3 . . PUNCT . 2 punct

1 In in ADP IN 2 case
2 Uganda Uganda PROPN NNP 5 obl
3 , , PUNCT , 2 punct
4 police police NOUN NNS 5 nsubj
5 arrested arrest VERB VBD 0 root
6 two two NUM CD 7 nummod
7 reporters reporter NOUN NNS 5 obj
8 . . PUNCT . 5 punct

1 Police police NOUN NNS 2 nsubj
2 left leave VERB VBD 0 root
3 . . PUNCT . 2 punct
)");
  const ActorMention* p = mention_with_text(d, "police");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->actor.code, "UGACOP");
  // With no place in its sentence, a bare agent still takes the dominant
  // country, less surely than a placed one. (A definite "the police" would
  // be the Ugandan police just named: definite_antecedent.)
  const ActorMention* later = nullptr;
  for (const auto& m : d.mentions)
    if (d.tokens_text(m.token_begin, m.token_end) == "Police" && &m != p) later = &m;
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->actor.code, "KENCOP");
  EXPECT_NE(later->entry.find("+context:KEN"), std::string::npos) << later->entry;
}

TEST(ActorPlace, PlaceOfAnotherClauseDoesNotCount) {
  // The government said soldiers would fight in Mali .  -- "the government"
  // is the subject of "said"; the place belongs to the clause below it.
  Document d = placed(R"(
1 The the DET DT 2 det
2 government government NOUN NN 3 nsubj
3 said say VERB VBD 0 root
4 soldiers soldier NOUN NNS 6 nsubj
5 would would AUX MD 6 aux
6 fight fight VERB VB 3 ccomp
7 in in ADP IN 8 case
8 Mali Mali PROPN NNP 6 obl
9 . . PUNCT . 3 punct
)");
  EXPECT_EQ(code_of(d, "government"), "GOV");
  EXPECT_EQ(code_of(d, "soldiers"), "MLIMIL");
}

}  // namespace
}  // namespace dyad
