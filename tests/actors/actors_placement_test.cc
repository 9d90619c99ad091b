// Actor stage: a bare role of a domestic kind (police, protesters,
// civilians and residents, students, workers, criminals, unidentified
// gunmen, local officials) takes the state of the place its clause says the
// act happens -- "near", "outside", "around" a place, "at" a place with an
// "in" phrase, a place phrase on an oblique, "of" on the noun itself --
// when exactly one state is named; armies, governments, rebels and
// militants keep the narrower "in" reading (domestic_role in
// actor_stage.cc). Trees are written by hand (as the shipped parser gets
// them) so the tests exercise the rule, not one parse; sentences are
// invented.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "dyad/actors.h"
#include "actors/placed_tree.h"
#include "events/event_test_util.h"
#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace actortest;  // placed, code_of, mention_with_text

TEST(ActorPlacement, NearOrOutsideAPlaceOnTheVerb) {
  // Students marched near Kandahar .   (a province counts as its state)
  Document d = placed(R"(
1 Students student NOUN NNS 2 nsubj
2 marched march VERB VBD 0 root
3 near near ADP IN 4 case
4 Kandahar Kandahar PROPN NNP 2 obl
5 . . PUNCT . 2 punct
)");
  const ActorMention* s = mention_with_text(d, "Students");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->actor.code, "AFGEDU");
  EXPECT_EQ(s->basis, "context");
  EXPECT_NE(s->entry.find("+place:AFG"), std::string::npos) << s->entry;
  // Workers gathered outside Lusaka .
  Document w = placed(R"(
1 Workers worker NOUN NNS 2 nsubj
2 gathered gather VERB VBD 0 root
3 outside outside ADP IN 4 case
4 Lusaka Lusaka PROPN NNP 2 obl
5 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(w, "Workers"), "ZMBLAB");
}

TEST(ActorPlacement, PlacePhraseWithAnInPhraseInside) {
  // Protesters clashed with police at a rally in Caracas .
  Document d = placed(R"(
1 Protesters protester NOUN NNS 2 nsubj
2 clashed clash VERB VBD 0 root
3 with with ADP IN 4 case
4 police police NOUN NNS 2 obl
5 at at ADP IN 7 case
6 a a DET DT 7 det
7 rally rally NOUN NN 2 obl
8 in in ADP IN 9 case
9 Caracas Caracas PROPN NNP 7 nmod
10 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(d, "Protesters"), "VENOPP");
  EXPECT_EQ(code_of(d, "police"), "VENCOP");
  // Police fired tear gas at protesters in central Lima .  (the place hangs
  // two levels below the verb, on the protesters)
  Document g = placed(R"(
1 Police police NOUN NNS 2 nsubj
2 fired fire VERB VBD 0 root
3 tear tear NOUN NN 4 compound
4 gas gas NOUN NN 2 obj
5 at at ADP IN 6 case
6 protesters protester NOUN NNS 4 nmod
7 in in ADP IN 9 case
8 central central ADJ JJ 9 amod
9 Lima Lima PROPN NNP 6 nmod
10 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(g, "Police"), "PERCOP");
  EXPECT_EQ(code_of(g, "protesters"), "PEROPP");
}

TEST(ActorPlacement, PartsOfATown) {
  // Protesters marched through the streets of Tehran .
  Document d = placed(R"(
1 Protesters protester NOUN NNS 2 nsubj
2 marched march VERB VBD 0 root
3 through through ADP IN 5 case
4 the the DET DT 5 det
5 streets street NOUN NNS 2 obl
6 of of ADP IN 7 case
7 Tehran Tehran PROPN NNP 5 nmod
8 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(d, "Protesters"), "IRNOPP");
  // Police dispersed students on the outskirts of Nairobi .
  Document o = placed(R"(
1 Police police NOUN NNS 2 nsubj
2 dispersed disperse VERB VBD 0 root
3 students student NOUN NNS 2 obj
4 on on ADP IN 6 case
5 the the DET DT 6 det
6 outskirts outskirts NOUN NNS 2 obl
7 of of ADP IN 8 case
8 Nairobi Nairobi PROPN NNP 6 nmod
9 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(o, "Police"), "KENCOP");
  EXPECT_EQ(code_of(o, "students"), "KENEDU");
  // Protesters called on Washington to act .  ("on" a state is no place)
  Document w = placed(R"(
1 Protesters protester NOUN NNS 2 nsubj
2 called call VERB VBD 0 root
3 on on ADP IN 4 case
4 Washington Washington PROPN NNP 2 obl
5 to to PART TO 6 mark
6 act act VERB VB 2 xcomp
7 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(w, "Protesters"), "OPP");
  // Soldiers patrolled the streets of Tehran .  (not a domestic kind: the
  // streets of a town do not place an army)
  Document m = placed(R"(
1 Soldiers soldier NOUN NNS 2 nsubj
2 patrolled patrol VERB VBD 0 root
3 through through ADP IN 5 case
4 the the DET DT 5 det
5 streets street NOUN NNS 2 obl
6 of of ADP IN 7 case
7 Tehran Tehran PROPN NNP 5 nmod
8 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(m, "Soldiers"), "MIL");
}

TEST(ActorPlacement, ResidentsOfAPlace) {
  // Residents of Aleppo fled the shelling .
  Document d = placed(R"(
1 Residents resident NOUN NNS 4 nsubj
2 of of ADP IN 3 case
3 Aleppo Aleppo PROPN NNP 1 nmod
4 fled flee VERB VBD 0 root
5 the the DET DT 6 det
6 shelling shelling NOUN NN 4 obj
7 . . PUNCT . 4 punct
)");
  EXPECT_EQ(code_of(d, "Residents of Aleppo"), "SYRCVL");
}

TEST(ActorPlacement, LocalOfficialsButNotBareGovernment) {
  // Local authorities evacuated villages near Kandahar .
  Document d = placed(R"(
1 Local local ADJ JJ 2 amod
2 authorities authority NOUN NNS 3 nsubj
3 evacuated evacuate VERB VBD 0 root
4 villages village NOUN NNS 3 obj
5 near near ADP IN 6 case
6 Kandahar Kandahar PROPN NNP 4 nmod
7 . . PUNCT . 3 punct
)");
  EXPECT_EQ(code_of(d, "authorities"), "AFGGOV");
  // Authorities evacuated villages near Kandahar .  (no "local": a
  // government acts abroad too, so "near" does not place it)
  Document g = placed(R"(
1 Authorities authority NOUN NNS 2 nsubj
2 evacuated evacuate VERB VBD 0 root
3 villages village NOUN NNS 2 obj
4 near near ADP IN 5 case
5 Kandahar Kandahar PROPN NNP 3 nmod
6 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(g, "Authorities"), "GOV");
}

TEST(ActorPlacement, ArmiesAndMilitantsAreNotPlacedByNear) {
  // Militants attacked a checkpoint near Peshawar .
  Document d = placed(R"(
1 Militants militant NOUN NNS 2 nsubj
2 attacked attack VERB VBD 0 root
3 a a DET DT 4 det
4 checkpoint checkpoint NOUN NN 2 obj
5 near near ADP IN 6 case
6 Peshawar Peshawar PROPN NNP 4 nmod
7 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(d, "Militants"), "REB");
  // Soldiers gathered outside Lusaka .
  Document s = placed(R"(
1 Soldiers soldier NOUN NNS 2 nsubj
2 gathered gather VERB VBD 0 root
3 outside outside ADP IN 4 case
4 Lusaka Lusaka PROPN NNP 2 obl
5 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(s, "Soldiers"), "MIL");
}

TEST(ActorPlacement, NearMisses) {
  // Protesters threw eggs at Washington .  ("at" a state alone is whom the
  // act is aimed at, not where it happens)
  Document at = placed(R"(
1 Protesters protester NOUN NNS 2 nsubj
2 threw throw VERB VBD 0 root
3 eggs egg NOUN NNS 2 obj
4 at at ADP IN 5 case
5 Washington Washington PROPN NNP 2 obl
6 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(at, "Protesters"), "OPP");
  // Students were sent to schools in France .  (where they are sent is not
  // where they are from)
  Document to = placed(R"(
1 Students student NOUN NNS 3 nsubj:pass
2 were be AUX VBD 3 aux:pass
3 sent send VERB VBN 0 root
4 to to ADP IN 5 case
5 schools school NOUN NNS 3 obl
6 in in ADP IN 7 case
7 France France PROPN NNP 5 nmod
8 . . PUNCT . 3 punct
)");
  EXPECT_EQ(code_of(to, "Students"), "EDU");
  // Protesters burned the flag of Israel .  ("of" counts on the noun itself
  // only)
  Document of = placed(R"(
1 Protesters protester NOUN NNS 2 nsubj
2 burned burn VERB VBD 0 root
3 the the DET DT 4 det
4 flag flag NOUN NN 2 obj
5 of of ADP IN 6 case
6 Israel Israel PROPN NNP 4 nmod
7 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(of, "Protesters"), "OPP");
  // Protesters rallied against the bombing near Gaza .  (a topic, not
  // where they are)
  Document topic = placed(R"(
1 Protesters protester NOUN NNS 2 nsubj
2 rallied rally VERB VBD 0 root
3 against against ADP IN 5 case
4 the the DET DT 5 det
5 bombing bombing NOUN NN 2 obl
6 near near ADP IN 7 case
7 Gaza Gaza PROPN NNP 5 nmod
8 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(topic, "Protesters"), "OPP");
  // Residents condemned the killings at a market in Lusaka .  (an act they
  // speak of: its place is not theirs)
  Document act = placed(R"(
1 Residents resident NOUN NNS 2 nsubj
2 condemned condemn VERB VBD 0 root
3 the the DET DT 4 det
4 killings killing NOUN NNS 2 obj
5 at at ADP IN 7 case
6 a a DET DT 7 det
7 market market NOUN NN 4 nmod
8 in in ADP IN 9 case
9 Lusaka Lusaka PROPN NNP 7 nmod
10 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(act, "Residents"), "CVL");
  // Workers met with partners in Lusaka .  ("with" a partner who is no
  // domestic actor: the partner's place, not theirs)
  Document with = placed(R"(
1 Workers worker NOUN NNS 2 nsubj
2 met meet VERB VBD 0 root
3 with with ADP IN 4 case
4 partners partner NOUN NNS 2 obl
5 in in ADP IN 6 case
6 Lusaka Lusaka PROPN NNP 4 nmod
7 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(with, "Workers"), "LAB");
  // Students clashed with police in Lusaka .  (police share the place)
  Document clash = placed(R"(
1 Students student NOUN NNS 2 nsubj
2 clashed clash VERB VBD 0 root
3 with with ADP IN 4 case
4 police police NOUN NNS 2 obl
5 in in ADP IN 6 case
6 Lusaka Lusaka PROPN NNP 4 nmod
7 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(clash, "police"), "ZMBCOP");
  EXPECT_EQ(code_of(clash, "Students"), "ZMBEDU");
  // Police rallied near Kandahar and outside Lusaka .  (two states: none)
  Document two = placed(R"(
1 Police police NOUN NNS 2 nsubj
2 rallied rally VERB VBD 0 root
3 near near ADP IN 4 case
4 Kandahar Kandahar PROPN NNP 2 obl
5 and and CCONJ CC 7 cc
6 outside outside ADP IN 7 case
7 Lusaka Lusaka PROPN NNP 4 conj
8 . . PUNCT . 2 punct
)");
  EXPECT_EQ(code_of(two, "Police"), "COP");
}

// Through the whole pipeline and the default (dropping) event stage: an
// event between domestic actors that only the clause places is kept.
TEST(ActorPlacement, PlacedEventIsKeptByDefault) {
  NEED_MODELS();
  Document d = pipetest::code_text("Police arrested ten students outside the parliament in Nairobi.");
  d.events.clear();
  d.quotes.clear();
  evtest::default_stage().run(d);
  EXPECT_NE(pipetest::find(d, "KENCOP", "KENEDU", "17"), nullptr) << pipetest::describe(d);
  // No place: still dropped.
  Document n = pipetest::code_text("Police arrested ten students outside the parliament.");
  n.events.clear();
  n.quotes.clear();
  evtest::default_stage().run(n);
  EXPECT_EQ(pipetest::find(n, "COP", "EDU", "17"), nullptr) << pipetest::describe(n);
  EXPECT_TRUE(n.events.empty()) << pipetest::describe(n);
}

// `dyad actors --parse` lemmatizes before parsing, as `dyad code` does, so
// the tree (and the mentions placed by it) is the same in both commands.
TEST(ActorPlacement, ActorsCommandParsesAsTheCoderDoes) {
  NEED_MODELS();
  auto path = std::filesystem::temp_directory_path() / ("dyad_placement_" + std::to_string(::getpid()) + ".txt");
  std::ofstream(path) << "Rally\n\nProtesters rallied outside the parliament in Nairobi.\n";
  const std::string cmd =
      std::string(DYAD_CLI_PATH) + " --data " + DYAD_SOURCE_DIR + " actors --parse " + path.string() + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  EXPECT_EQ(pclose(p), 0) << out;
  std::filesystem::remove(path);
  EXPECT_NE(out.find("\"code\":\"KENOPP\""), std::string::npos) << out;
  Document d = pipetest::code_text("Protesters rallied outside the parliament in Nairobi.");
  EXPECT_EQ(code_of(d, "Protesters"), "KENOPP");
}

}  // namespace
}  // namespace dyad
