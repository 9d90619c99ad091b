// The coder reads the meaning, not one parser's habits: each test writes an
// invented sentence the way a different (retrained) parser reads it, with
// another label or attachment for the same relation, and checks that the
// event is the one the usual reading gives. Sentences are invented.
#include <gtest/gtest.h>

#include <algorithm>

#include "events/event_test_util.h"
#include "events/arguments.h"
#include "events/tree.h"

namespace dyad {
namespace {

using namespace evtest;  // parse_rows, add_mention, coded, sorted_summary, Strings

bool has(const Strings& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

bool any_target(const Strings& v, const std::string& tgt) {
  for (const std::string& s : v)
    if (s.find(">" + tgt + ":") != std::string::npos) return true;
  return false;
}

TEST(CoderParseVariation, SecondItemOfACoordinationHungAsNmodOrList) {
  // Chile met Peru and Bolivian President Arce .
  // The second object hangs on the first as a prepositionless nmod (or a
  // list item), with the "and" two levels down in its own phrase.
  for (const char* rel : {"nmod", "list", "conj"}) {
    Document d = coded(std::string(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 met meet VERB VBD 0 root
3 Peru Peru PROPN NNP 2 obj
4 and and CCONJ CC 6 cc
5 Bolivian Bolivian ADJ JJ 6 amod
6 President President PROPN NNP 7 nmod:desc
7 Arce Arce PROPN NNP 3 )") + rel + R"(
8 . . PUNCT . 2 punct
)",
                       {{"Chile", "CHL"}, {"Peru", "PER"}, {"Bolivian President Arce", "BOLGOV"}});
    const Strings s = sorted_summary(d);
    EXPECT_TRUE(has(s, "CHL>PER:040:asserted")) << rel;
    EXPECT_TRUE(has(s, "CHL>BOLGOV:040:asserted")) << rel;
  }
  // An nmod with its own preposition stays a modifier of the object, not a
  // second object: Chile met envoys and [from Bolivia] .
  Document m = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 met meet VERB VBD 0 root
3 envoys envoy NOUN NNS 2 obj
4 and and CCONJ CC 6 cc
5 from from ADP IN 6 case
6 Bolivia Bolivia PROPN NNP 3 nmod
7 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Bolivia", "BOL"}});
  EXPECT_FALSE(any_target(sorted_summary(m), "BOL"));
}

TEST(CoderParseVariation, ListHungAsAppositive) {
  // Chile , Peru and Bolivia condemned Cuba .  ("Peru" as appos of "Chile",
  // "Bolivia" coordinated with "Peru")
  Document d = coded(R"(
1 Chile Chile PROPN NNP 6 nsubj
2 , , PUNCT , 3 punct
3 Peru Peru PROPN NNP 1 appos
4 and and CCONJ CC 5 cc
5 Bolivia Bolivia PROPN NNP 3 conj
6 condemned condemn VERB VBD 0 root
7 Cuba Cuba PROPN NNP 6 obj
8 . . PUNCT . 6 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}, {"Bolivia", "BOL"}, {"Cuba", "CUB"}});
  EXPECT_EQ(sorted_summary(d),
            (Strings{"BOL>CUB:111:asserted", "CHL>CUB:111:asserted", "PER>CUB:111:asserted"}));
}

TEST(CoderParseVariation, PrepositionHungOnAnAdjectiveOfThePhrase) {
  // Chile protested after the new Peruvian council .  ("after" under "new")
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 protested protest VERB VBD 0 root
3 after after ADP IN 5 case
4 the the DET DT 6 det
5 new new ADJ JJ 6 amod
6 council council NOUN NN 2 obl
7 . . PUNCT . 2 punct
)");
  events::Tree tree(d);
  EXPECT_EQ(tree.prep_of(5), "after");
  add_mention(d, "Chile", "CHL");
  add_mention(d, "council", "PERGOV");
  shipped_stage().run(d);
  // A time phrase, not the protest's target (a state's protest is an
  // official complaint, 114).
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>-:114:asserted"}));
}

TEST(CoderParseVariation, PassiveWithItsAuxiliaryReadAsCopula) {
  // Ortiz was arrested by Chilean police .  ("was" as cop, "Ortiz" as nsubj)
  for (const char* shape : {"cop", "aux:pass"}) {
    const std::string subj = std::string(shape) == "cop" ? "nsubj" : "nsubj:pass";
    Document d = coded(R"(
1 Ortiz Ortiz PROPN NNP 3 )" + subj + R"(
2 was be AUX VBD 3 )" + shape + R"(
3 arrested arrest VERB VBN 0 root
4 by by ADP IN 6 case
5 Chilean Chilean ADJ JJ 6 amod
6 police police NOUN NN 3 obl:agent
7 . . PUNCT . 3 punct
)",
                       {{"Ortiz", "PERREB"}, {"Chilean police", "CHLCOP"}});
    EXPECT_EQ(sorted_summary(d), (Strings{"CHLCOP>PERREB:173:asserted"})) << shape;
  }
}

TEST(CoderParseVariation, RelativeClauseSubjectWhenTheNounBecameThePredicate) {
  // Chile , which has long been Peru 's ally , expressed concern .
  // read as "Chile [nsubj] ... ally [root]" with "expressed" on "ally".
  Document d = coded(R"(
1 Chile Chile PROPN NNP 9 nsubj
2 , , PUNCT , 7 punct
3 which which PRON WDT 7 nsubj
4 has have AUX VBZ 7 aux
5 long long ADV RB 7 advmod
6 been be AUX VBN 7 cop
7 Peru Peru PROPN NNP 9 nmod:poss
8 's 's PART POS 7 case
9 ally ally NOUN NN 0 root
10 , , PUNCT , 11 punct
11 expressed express VERB VBN 9 acl
12 concern concern NOUN NN 11 obj
13 . . PUNCT . 9 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>-:012:asserted"}));
}

TEST(CoderParseVariation, ThatComplementizerReadAsRelativeObject) {
  // Chile told reporters that Peru was raising tariffs .
  // read as a relative clause on "reporters" with "that" as its object:
  // "raising" has one object, the tariffs, not the reporters.
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 told tell VERB VBD 0 root
3 reporters reporter NOUN NNS 2 iobj
4 that that PRON WDT 7 obj
5 Peru Peru PROPN NNP 7 nsubj
6 was be AUX VBD 7 aux
7 raising raise VERB VBG 3 acl:relcl
8 tariffs tariff NOUN NNS 7 obj
9 . . PUNCT . 2 punct
)");
  events::Tree tree(d);
  events::Arguments args(tree, *shipped_verbs());
  EXPECT_EQ(args.objects(6), (std::vector<int>{7}));
  // A real relative pronoun, alone, still stands for the noun:
  // the tariffs that Peru was raising .
  Document r = parse_rows(R"(
1 the the DET DT 2 det
2 tariffs tariff NOUN NNS 0 root
3 that that PRON WDT 6 obj
4 Peru Peru PROPN NNP 6 nsubj
5 was be AUX VBD 6 aux
6 raising raise VERB VBG 2 acl:relcl
7 . . PUNCT . 2 punct
)");
  events::Tree rtree(r);
  events::Arguments rargs(rtree, *shipped_verbs());
  EXPECT_EQ(rargs.objects(5), (std::vector<int>{1}));
}

TEST(CoderParseVariation, RelativePronounBesideASecondSubject) {
  // Chile 's report , which Peru denied .  ("which" and "Peru" both nsubj)
  Document d = coded(R"(
1 Chile Chile PROPN NNP 3 nmod:poss
2 's 's PART POS 1 case
3 report report NOUN NN 0 root
4 , , PUNCT , 7 punct
5 which which PRON WDT 7 nsubj
6 Peru Peru PROPN NNP 7 nsubj
7 denied deny VERB VBD 3 parataxis
8 . . PUNCT . 3 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PER>CHL:016:asserted"}));
}

TEST(CoderParseVariation, ContentClauseReadAsConjunct) {
  // Chile alleges the rebel group has violated the truce .
  // ("violated" as conj of "alleges", no "and", no comma)
  for (const char* rel : {"conj", "ccomp"}) {
    Document d = coded(std::string(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 alleges allege VERB VBZ 0 root
3 the the DET DT 5 det
4 rebel rebel NOUN NN 5 compound
5 group group NOUN NN 7 nsubj
6 has have AUX VBZ 7 aux
7 violated violate VERB VBN 2 )") + rel + R"(
8 the the DET DT 9 det
9 truce truce NOUN NN 7 obj
10 . . PUNCT . 2 punct
)",
                       {{"Chile", "CHL"}, {"rebel group", "CHLREB"}});
    EXPECT_TRUE(has(sorted_summary(d), "CHL>CHLREB:112:asserted")) << rel;
  }
}

TEST(CoderParseVariation, PurposeOnThePhraseOfANegatedVerb) {
  // Chile has not lived up to its commitment to ease tensions with Peru .
  // ("ease" on "commitment" instead of on "lived")
  for (int head : {3, 8}) {
    Document d = coded(R"(
1 Chile Chile PROPN NNP 3 nsubj
2 has have AUX VBZ 3 aux
3 lived live VERB VBN 0 root
4 not not PART RB 3 advmod
5 up up ADP RP 3 compound:prt
6 to to ADP IN 8 case
7 its its PRON PRP$ 8 nmod:poss
8 commitment commitment NOUN NN 3 obl
9 to to PART TO 10 mark
10 ease ease VERB VB )" + std::to_string(head) + (head == 3 ? " advcl" : " acl") + R"(
11 tensions tension NOUN NNS 10 obj
12 with with ADP IN 13 case
13 Peru Peru PROPN NNP 11 nmod
14 . . PUNCT . 3 punct
)",
                       {{"Chile", "CHL"}, {"Peru", "PER"}});
    const Strings s = sorted_summary(d);
    ASSERT_EQ(s.size(), 1u) << head;
    EXPECT_NE(s[0].find(":negated"), std::string::npos) << s[0];
  }
}

TEST(CoderParseVariation, SubjectAfterASubordinatorReadAsPreposition) {
  // Talks stalled as the Chilean Senate prepares to condemn Peru .
  // ("as" a preposition on "Senate", "prepares" a conjunct of "stalled")
  Document d = coded(R"(
1 Talks talk NOUN NNS 2 nsubj
2 stalled stall VERB VBD 0 root
3 as as ADP IN 6 case
4 the the DET DT 6 det
5 Chilean Chilean ADJ JJ 6 amod
6 Senate Senate PROPN NNP 2 obl
7 prepares prepare VERB VBZ 2 conj
8 to to PART TO 9 mark
9 condemn condemn VERB VB 7 xcomp
10 Peru Peru PROPN NNP 9 obj
11 . . PUNCT . 2 punct
)",
                     {{"Chilean Senate", "CHLLEG"}, {"Peru", "PER"}});
  const Strings s = sorted_summary(d);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].rfind("CHLLEG>PER:111:", 0), 0u) << s[0];
}

TEST(CoderParseVariation, OpeningNameHungOnTheVerbAsModifier) {
  // Chilean President Boric on Monday condemned Peru .
  // ("Chilean" as advmod of the verb, the name under it)
  Document d = coded(R"(
1 Chilean Chilean ADJ JJ 6 advmod
2 President President PROPN NNP 3 nmod:desc
3 Boric Boric PROPN NNP 1 obl
4 on on ADP IN 5 case
5 Monday Monday PROPN NNP 1 obl
6 condemned condemn VERB VBD 0 root
7 Peru Peru PROPN NNP 6 obj
8 . . PUNCT . 6 punct
)",
                     {{"Chilean President Boric", "CHLGOV"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLGOV>PER:111:asserted"}));
  // A time word opening the clause is no subject.
  Document t = coded(R"(
1 Monday Monday PROPN NNP 2 obl
2 condemned condemn VERB VBD 0 root
3 Peru Peru PROPN NNP 2 obj
4 . . PUNCT . 2 punct
)",
                     {{"Monday", "CHL"}, {"Peru", "PER"}});
  EXPECT_TRUE(sorted_summary(t).empty());
}

TEST(CoderParseVariation, NameHungOnAFrontedTimeWord) {
  // On Monday , Chilean President Boric in Lima condemned Peru .
  Document d = coded(R"(
1 On on ADP IN 2 case
2 Monday Monday PROPN NNP 9 obl
3 , , PUNCT , 6 punct
4 Chilean Chilean ADJ JJ 5 amod
5 President President PROPN NNP 6 nmod:desc
6 Boric Boric PROPN NNP 2 nmod
7 in in ADP IN 8 case
8 Lima Lima PROPN NNP 2 nmod
9 condemned condemn VERB VBD 0 root
10 Peru Peru PROPN NNP 9 obj
11 . . PUNCT . 9 punct
)",
                     {{"Chilean President Boric", "CHLGOV"}, {"Lima", "PER"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLGOV>PER:111:asserted"}));
}

TEST(CoderParseVariation, ObjectOfASmallClause) {
  // Chile called Peruvian tariffs unfair .  ("tariffs" as nsubj of "unfair")
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 called call VERB VBD 0 root
3 Peruvian Peruvian ADJ JJ 4 amod
4 tariffs tariff NOUN NNS 5 nsubj
5 unfair unfair ADJ JJ 2 xcomp
6 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peruvian", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:111:asserted"}));
}

TEST(CoderParseVariation, CommaParticipleHungOnTheObject) {
  // Rebels fired rockets at a base , killing two Chilean soldiers .
  for (int head : {2, 3}) {
    Document d = coded(R"(
1 Rebels rebel NOUN NNS 2 nsubj
2 fired fire VERB VBD 0 root
3 rockets rocket NOUN NNS 2 obj
4 at at ADP IN 6 case
5 a a DET DT 6 det
6 base base NOUN NN 2 obl
7 , , PUNCT , 8 punct
8 killing kill VERB VBG )" + std::to_string(head) + (head == 2 ? " advcl" : " acl") + R"(
9 two two NUM CD 11 nummod
10 Chilean Chilean ADJ JJ 11 amod
11 soldiers soldier NOUN NNS 8 obj
12 . . PUNCT . 2 punct
)",
                       {{"Rebels", "CHLREB"}, {"Chilean soldiers", "CHLMIL"}});
    EXPECT_TRUE(has(sorted_summary(d), "CHLREB>CHLMIL:190:asserted")) << head;
  }
}

TEST(CoderParseVariation, ObjectHungOnTheNextVerbAsAClause) {
  // The Chilean army has killed 50 rebels , the statement said .
  // ("rebels" as ccomp of "said")
  Document d = coded(R"(
1 The the DET DT 3 det
2 Chilean Chilean ADJ JJ 3 amod
3 army army NOUN NN 5 nsubj
4 has have AUX VBZ 5 aux
5 killed kill VERB VBN 11 ccomp
6 50 50 NUM CD 7 nummod
7 rebels rebel NOUN NNS 11 ccomp
8 , , PUNCT , 11 punct
9 the the DET DT 10 det
10 statement statement NOUN NN 11 nsubj
11 said say VERB VBD 0 root
12 . . PUNCT . 11 punct
)",
                     {{"Chilean army", "CHLMIL"}, {"rebels", "CHLREB"}});
  EXPECT_TRUE(has(sorted_summary(d), "CHLMIL>CHLREB:190:asserted"));
}

TEST(CoderParseVariation, ByPhraseReadAsAGerundClause) {
  // Chile rejected allegations by Peruvian officials linking it to the raid .
  // ("by" a mark, "officials" the subject of "linking")
  Document d = coded(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 rejected reject VERB VBD 0 root
3 allegations allegation NOUN NNS 2 obj
4 by by SCONJ IN 7 mark
5 Peruvian Peruvian ADJ JJ 6 amod
6 officials official NOUN NNS 7 nsubj
7 linking link VERB VBG 2 advcl
8 it it PRON PRP 7 obj
9 to to ADP IN 11 case
10 the the DET DT 11 det
11 raid raid NOUN NN 7 obl
12 . . PUNCT . 2 punct
)",
                     {{"Chile", "CHL"}, {"Peruvian officials", "PERGOV"}});
  EXPECT_TRUE(has(sorted_summary(d), "CHL>PERGOV:016:asserted"));
}

TEST(CoderParseVariation, AllegationWithTheActorHungOnIt) {
  // Peru reiterated the claim , a charge Chilean spokesman Diaz rejected .
  // ("charge" the subject, the name a prepositionless nmod of it)
  Document d = coded(R"(
1 Peru Peru PROPN NNP 2 nsubj
2 reiterated reiterate VERB VBD 0 root
3 the the DET DT 4 det
4 claim claim NOUN NN 2 obj
5 , , PUNCT , 11 punct
6 a a DET DT 7 det
7 charge charge NOUN NN 11 nsubj
8 Chilean Chilean ADJ JJ 9 amod
9 spokesman spokesman NOUN NN 10 nmod:desc
10 Diaz Diaz PROPN NNP 7 nmod
11 rejected reject VERB VBD 2 conj
12 . . PUNCT . 2 punct
)",
                     {{"Peru", "PER"}, {"Chilean spokesman Diaz", "CHLGOV"}});
  bool found = false;
  std::string all;
  for (const std::string& s : sorted_summary(d)) {
    found = found || s.rfind("CHLGOV>PER:016:", 0) == 0;
    all += s + " ";
  }
  EXPECT_TRUE(found) << all;
}

TEST(CoderParseVariation, PossessiveHungOnAnAdjective) {
  // Chile is angry with Peru 's perceived shift .  ("Peru" under "perceived")
  Document d = coded(R"(
1 Chile Chile PROPN NNP 3 nsubj
2 is be AUX VBZ 3 cop
3 angry angry ADJ JJ 0 root
4 with with ADP IN 8 case
5 Peru Peru PROPN NNP 7 nmod:poss
6 's 's PART POS 5 case
7 perceived perceive VERB VBN 8 amod
8 shift shift NOUN NN 3 obl
9 . . PUNCT . 3 punct
)",
                     {{"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:110:asserted"}));
}

TEST(CoderParseVariation, AdjectiveListWithOnlyItsLastItemsCoordinated) {
  // Chile was criticized by Peruvian , Bolivian and Cuban envoys .
  // ("Peruvian" and "Bolivian" both amod of "envoys", "Cuban" conj of "Bolivian")
  Document d = coded(R"(
1 Chile Chile PROPN NNP 3 nsubj:pass
2 was be AUX VBD 3 aux:pass
3 criticized criticize VERB VBN 0 root
4 by by ADP IN 10 case
5 Peruvian Peruvian ADJ JJ 10 amod
6 , , PUNCT , 7 punct
7 Bolivian Bolivian ADJ JJ 10 amod
8 and and CCONJ CC 9 cc
9 Cuban Cuban ADJ JJ 7 conj
10 envoys envoy NOUN NNS 3 obl:agent
11 . . PUNCT . 3 punct
)",
                     {{"Chile", "CHL"}, {"Peruvian", "PERGOV"}, {"Bolivian", "BOLGOV"}, {"Cuban envoys", "CUBGOV"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"BOLGOV>CHL:111:asserted", "CUBGOV>CHL:111:asserted",
                                        "PERGOV>CHL:111:asserted"}));
}

TEST(CoderParseVariation, MutualSubjectsWithTheAndBuriedDeep) {
  // Chilean leader Boric Font and Peruvian President Boluarte held a summit .
  // The "and" sits three levels below "Boluarte"; the second name is a
  // conjunct, or a list item, of the first.
  for (const char* rel : {"conj", "list"}) {
    Document d = coded(std::string(R"(
1 Chilean Chilean ADJ JJ 2 amod
2 leader leader NOUN NN 3 nmod:desc
3 Boric Boric PROPN NNP 9 nsubj
4 Font Font PROPN NNP 7 compound
5 and and CCONJ CC 6 cc
6 Peruvian Peruvian ADJ JJ 4 conj
7 President President PROPN NNP 8 nmod:desc
8 Boluarte Boluarte PROPN NNP 3 )") + rel + R"(
9 held hold VERB VBD 0 root
10 a a DET DT 11 det
11 summit summit NOUN NN 9 obj
12 . . PUNCT . 9 punct
)",
                       {{"Chilean leader Boric Font", "CHLGOV"}, {"Peruvian President Boluarte", "PERGOV"}});
    EXPECT_EQ(sorted_summary(d), (Strings{"CHLGOV>PERGOV:040:asserted", "PERGOV>CHLGOV:040:asserted"})) << rel;
  }
}

TEST(CoderParseVariation, OpeningAdjectiveClauseUnderAdvmod) {
  // Worried about Peru , Chile called Bolivia .
  // ("Worried" under advmod instead of advcl; it takes a phrase of its own)
  for (const char* rel : {"advcl", "advmod"}) {
    Document d = coded(std::string(R"(
1 Worried worried ADJ JJ 6 )") + rel + R"(
2 about about ADP IN 3 case
3 Peru Peru PROPN NNP 1 obl
4 , , PUNCT , 1 punct
5 Chile Chile PROPN NNP 6 nsubj
6 called call VERB VBD 0 root
7 Bolivia Bolivia PROPN NNP 6 obj
8 . . PUNCT . 6 punct
)",
                       {{"Peru", "PER"}, {"Chile", "CHL"}, {"Bolivia", "BOL"}});
    EXPECT_TRUE(has(sorted_summary(d), "CHL>PER:012:asserted")) << rel;
  }
  // A plain adverb is no clause: "Chile quickly called Bolivia ."
  Document q = parse_rows(R"(
1 Chile Chile PROPN NNP 3 nsubj
2 quickly quick ADJ JJ 3 advmod
3 called call VERB VBD 0 root
4 Bolivia Bolivia PROPN NNP 3 obj
5 . . PUNCT . 3 punct
)");
  EXPECT_FALSE(events::Tree(q).is_adjective_clause(1));
}

TEST(CoderParseVariation, SubjectGluedToAFrontedPhrase) {
  // After the annexation of Crimea , Chile has repeatedly accused Peru of
  // aggression .  ("Chile" as a conjunct of "Crimea")
  Document d = coded(R"(
1 After after ADP IN 3 case
2 the the DET DT 3 det
3 annexation annexation NOUN NN 10 obl
4 of of ADP IN 5 case
5 Crimea Crimea PROPN NNP 3 nmod
6 , , PUNCT , 7 punct
7 Chile Chile PROPN NNP 5 conj
8 has have AUX VBZ 10 aux
9 repeatedly repeatedly ADV RB 10 advmod
10 accused accuse VERB VBN 0 root
11 Peru Peru PROPN NNP 10 obj
12 of of ADP IN 13 case
13 aggression aggression NOUN NN 10 obl
14 . . PUNCT . 10 punct
)",
                     {{"Crimea", "UKR"}, {"Chile", "CHL"}, {"Peru", "PER"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHL>PER:1123:asserted"}));
}

TEST(CoderParseVariation, TargetlessHalfOfAMoreSpecificActIsDropped) {
  // A suicide bomber detonated explosives , killing two Chilean soldiers .
  // With "explosives" as the object (not misread as an obl), "detonated"
  // matches the bombing pattern with no target; the killing (1831) is the
  // same act with its target.
  Document d = coded(R"(
1 A a DET DT 3 det
2 suicide suicide NOUN NN 3 compound
3 bomber bomber NOUN NN 4 nsubj
4 detonated detonate VERB VBD 0 root
5 explosives explosive NOUN NNS 4 obj
6 , , PUNCT , 7 punct
7 killing kill VERB VBG 4 advcl
8 two two NUM CD 10 nummod
9 Chilean Chilean ADJ JJ 10 amod
10 soldiers soldier NOUN NNS 7 obj
11 . . PUNCT . 4 punct
)",
                     {{"suicide bomber", "CHLREB"}, {"Chilean soldiers", "CHLMIL"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"CHLREB>CHLMIL:1831:asserted"}));
  // Without the more specific act, the bombing stays.
  Document b = coded(R"(
1 A a DET DT 3 det
2 suicide suicide NOUN NN 3 compound
3 bomber bomber NOUN NN 4 nsubj
4 detonated detonate VERB VBD 0 root
5 explosives explosive NOUN NNS 4 obj
6 . . PUNCT . 4 punct
)",
                     {{"suicide bomber", "CHLREB"}});
  EXPECT_EQ(sorted_summary(b), (Strings{"CHLREB>-:183:asserted"}));
}

}  // namespace
}  // namespace dyad
