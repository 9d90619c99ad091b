// A reporting verb inside a relative clause does not lend its subject to the
// act it reports: in "a war that Kiev claims has killed 14,000 civilians" the
// killer is the war (no actor), Kiev only the claimer; in "the militia that
// police say killed 40 villagers" it is the militia. Trees are written as the
// shipped parser gets them (the reporting verb misread as a plural noun) and
// as they should be; sentences are invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;

TEST(CoderReportRelative, MisreadClaimsIsNotTheKiller) {
  // Troops fought a war that Lima claims has killed 900 farmers .
  // ("Lima claims" read as a compound noun and made the subject of "killed")
  Document d = coded(R"(
1 Troops troops NOUN NNS 2 nsubj
2 fought fight VERB VBD 0 root
3 a a DET DT 4 det
4 war war NOUN NN 2 obj
5 that that PRON WDT 7 obj
6 Lima Lima PROPN NNP 7 compound
7 claims claim NOUN NNS 9 nsubj
8 has have AUX VBZ 9 aux
9 killed kill VERB VBN 2 advcl
10 900 900 NUM CD 11 nummod
11 farmers farmer NOUN NNS 9 obj
12 . . PUNCT . 2 punct
)",
                     {{"Lima", "PER"}, {"farmers", "PERCVL"}});
  for (const std::string& s : sorted_summary(d)) {
    EXPECT_EQ(s.find("PER>PERCVL"), std::string::npos) << s;
    EXPECT_EQ(s.find(":19"), std::string::npos) << s;  // nor inherited from "fought"
  }
}

TEST(CoderReportRelative, MisreadSaysGivesTheAntecedent) {
  // The militia that Lima says killed 40 farmers fled .
  Document d = coded(R"(
1 The the DET DT 2 det
2 militia militia NOUN NN 9 nsubj
3 that that SCONJ IN 6 mark
4 Lima Lima PROPN NNP 5 compound
5 says say NOUN NNS 6 nsubj
6 killed kill VERB VBD 2 acl
7 40 40 NUM CD 8 nummod
8 farmers farmer NOUN NNS 6 obj
9 fled flee VERB VBD 0 root
10 . . PUNCT . 9 punct
)",
                     {{"militia", "PERREB"}, {"Lima", "PER"}, {"farmers", "PERCVL"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PERREB>PERCVL:190:asserted"}));
}

TEST(CoderReportRelative, PluralNounSubjectStillActs) {
  // Peru's claims have angered Chile .  -- no relative pronoun: a real noun.
  Document d = coded(R"(
1 Peru Peru PROPN NNP 3 nmod:poss
2 's 's PART POS 1 case
3 claims claim NOUN NNS 5 nsubj
4 have have AUX VBP 5 aux
5 angered anger VERB VBN 0 root
6 Chile Chile PROPN NNP 5 obj
7 . . PUNCT . 5 punct
)",
                     {{"Peru", "PER"}, {"Chile", "CHL"}});
  // Whatever "angered" codes to, the claims stay Peru's.
  for (const Event& e : d.events) EXPECT_EQ(d.mentions[e.source].actor.code, "PER");
}

TEST(CoderReportRelative, WellParsedExtractionTakesTheAntecedent) {
  // The militia that Lima says killed 40 farmers fled .  (as it should be parsed)
  Document d = coded(R"(
1 The the DET DT 2 det
2 militia militia NOUN NN 9 nsubj
3 that that PRON WDT 6 nsubj
4 Lima Lima PROPN NNP 5 nsubj
5 says say VERB VBZ 2 acl:relcl
6 killed kill VERB VBD 5 ccomp
7 40 40 NUM CD 8 nummod
8 farmers farmer NOUN NNS 6 obj
9 fled flee VERB VBD 0 root
10 . . PUNCT . 9 punct
)",
                     {{"militia", "PERREB"}, {"Lima", "PER"}, {"farmers", "PERCVL"}});
  EXPECT_EQ(sorted_summary(d), (Strings{"PERREB>PERCVL:190:asserted"}));
  // A war that Lima says has killed 900 farmers raged .  -- the war is no actor.
  Document w = coded(R"(
1 A a DET DT 2 det
2 war war NOUN NN 10 nsubj
3 that that PRON WDT 7 nsubj
4 Lima Lima PROPN NNP 5 nsubj
5 says say VERB VBZ 2 acl:relcl
6 has have AUX VBZ 7 aux
7 killed kill VERB VBN 5 ccomp
8 900 900 NUM CD 9 nummod
9 farmers farmer NOUN NNS 7 obj
10 raged rage VERB VBD 0 root
11 . . PUNCT . 10 punct
)",
                     {{"Lima", "PER"}, {"farmers", "PERCVL"}});
  for (const std::string& s : sorted_summary(w)) EXPECT_EQ(s.find("PER>PERCVL"), std::string::npos) << s;
}

}  // namespace
}  // namespace dyad
