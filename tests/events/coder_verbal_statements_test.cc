// Denials in statements and reported speech (root 01, 016), end to end with
// the shipped models on invented sentences: rejecting what a claim says
// ("rejected claims it had supplied drones"), a claim judged false by the
// speaker ('"This is false," the minister said'), a claim said to be
// debunked. The target is the claim's owner, else the accuser of the claims
// just before; with neither there is no event. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

constexpr const char* kAccusation = "Ukraine accused Belarus of sending troops to the border on Monday.\n\n";

TEST(CoderVerbalStatements, RejectingWhatAClaimSaysIsADenial) {
  NEED_MODELS();
  // The content clause without "that": the parser hangs it on the noun as a
  // relative clause, but its object place is filled.
  Document d = code_text(std::string(kAccusation) + "Belarus rejected claims it had supplied drones to Russia.");
  EXPECT_TRUE(find(d, "BLR", "UKR", "016")) << describe(d);
  Document t = code_text(std::string(kAccusation) +
                         "Minsk dismissed the reports that its soldiers had crossed the frontier at night.");
  EXPECT_TRUE(find(t, "BLR", "UKR", "016")) << describe(t);
}

TEST(CoderVerbalStatements, AStateDenyingItsOwnRebelsClaims) {
  NEED_MODELS();
  // The accusers are rebels of the denying state's own country: another side.
  Document d = code_text(
      "Malian rebels have been waging an insurgency against the Malian state, accusing the government of "
      "stealing the region's gold.\n\n"
      "Both Mali and Russia reject the claims that their mining ventures are depriving local Tuareg of jobs.");
  EXPECT_TRUE(find(d, "MLI", "MLIREB", "016")) << describe(d);
  EXPECT_TRUE(find(d, "RUS", "MLIREB", "016")) << describe(d);
}

TEST(CoderVerbalStatements, AccusationGluedToTheClauseAfterIt) {
  NEED_MODELS();
  // "dismissed accusations it is massing troops": no "that", and the parser
  // makes "accusations" a subject of "massing".
  Document d = code_text(std::string(kAccusation) +
                         "Belarus's foreign minister again dismissed accusations it is massing troops near the "
                         "frontier at Tuesday's meeting.");
  EXPECT_TRUE(find(d, "BLR", "UKR", "016")) << describe(d);
}

TEST(CoderVerbalStatements, AClaimCalledFalseIsTheSpeakersDenial) {
  NEED_MODELS();
  Document q = code_text(std::string(kAccusation) +
                         "\"These accusations are false,\" the Belarusian foreign ministry said in a statement.");
  EXPECT_TRUE(find(q, "BLR", "UKR", "016")) << describe(q);
  // A trailing attribution the parser hangs on the judgement (parataxis).
  Document p = code_text(std::string(kAccusation) + "The claim is baseless, Belarus's defense minister said.");
  EXPECT_TRUE(find(p, "BLR", "UKR", "016")) << describe(p);
  // The claim's owner named on it is the target.
  Document o = code_text(
      "Mr. Kovacs, a spokesman for the Hungarian army, told reporters on Monday that the Romanian defense "
      "ministry's claim \"is patently false.\"");
  EXPECT_TRUE(find(o, "HUN", "ROU", "016")) << describe(o);
}

TEST(CoderVerbalStatements, AClaimSaidToBeDebunked) {
  NEED_MODELS();
  Document d = code_text(
      "\"The Hungarian opposition's central allegation has again been completely debunked,\" the Hungarian government "
      "spokesman said.");
  EXPECT_TRUE(find(d, "HUNGOV", "HUNOPP", "016")) << describe(d);
  Document p = code_text("The Hungarian government spokesman said the Hungarian opposition's claims had been disproved.");
  EXPECT_TRUE(find(p, "HUNGOV", "HUNOPP", "016")) << describe(p);
}

TEST(CoderVerbalStatements, NoDenialWithoutAClaimOrAnAccuser) {
  NEED_MODELS();
  // Nothing was claimed against Belarus before: no accuser, no event.
  Document n = code_text("\"This is completely false,\" the Belarusian foreign minister said.");
  EXPECT_FALSE(find_code(n, "016")) << describe(n);
  // A plan judged absurd is a judgement of a plan, not a denial.
  Document a = code_text(std::string(kAccusation) + "The plan is absurd, the Belarusian defense minister said.");
  EXPECT_FALSE(find_code(a, "016")) << describe(a);
  // A claim for money, with no content clause, is no allegation.
  Document c = code_text(std::string(kAccusation) + "Belarus rejected the claim for compensation.");
  EXPECT_FALSE(find_code(c, "016")) << describe(c);
  // A relative clause on the claim has a gap: "the claims [Kyiv made]" says
  // who claimed, not what; the plain rejection patterns decide it.
  Document r = code_text("Belarus rejected the compensation claims that Lithuanian farmers filed in May.");
  EXPECT_FALSE(find_code(r, "016")) << describe(r);
  // An analyst calling a claim false is no political statement.
  Document x = code_text(std::string(kAccusation) +
                         "\"These accusations are false,\" said Peter Olsen, an analyst at a Danish think tank.");
  EXPECT_FALSE(find(x, "", "UKR", "016")) << describe(x);
}

TEST(CoderVerbalStatements, AnAttitudeReportedByAnotherIsNoStatement) {
  NEED_MODELS();
  // An analyst's reading of two states' minds: no statement by either.
  Document a = code_text(
      "Peter Olsen, an analyst at a Danish think tank, told reporters that India and Japan are both concerned "
      "about Chinese aggression.");
  EXPECT_FALSE(find_code(a, "012")) << describe(a);
  // The speaker's own side states its concern.
  Document o = code_text("The Indian foreign ministry said India is deeply concerned about Chinese aggression.");
  EXPECT_TRUE(find(o, "IND", "CHN", "012")) << describe(o);
  Document q = code_text("\"We are deeply concerned about Chinese aggression,\" the Indian foreign minister said.");
  EXPECT_TRUE(find(q, "IND", "CHN", "012")) << describe(q);
}

TEST(CoderVerbalStatements, ASummonsToAppearIsAnInquiry) {
  NEED_MODELS();
  Document d = code_text(
      "Nigerian police invited two senators to appear before the command over alleged assaults on its officers.");
  EXPECT_TRUE(find(d, "NGACOP", "", "091") || find(d, "NGACOP", "LEG", "091")) << describe(d);
  EXPECT_FALSE(find_code(d, "02")) << describe(d);
  // An invitation to visit stays an invitation.
  Document v = code_text("Kenya invited the Somali president to visit Nairobi next month.");
  EXPECT_FALSE(find_code(v, "091", Modality::kRequested)) << describe(v);
  EXPECT_FALSE(find_code(v, "091")) << describe(v);
}

TEST(CoderVerbalStatements, ASpeakerWhoHeadsABodySpeaksForIt) {
  NEED_MODELS();
  // An unknown name described by the body it heads: the body's statement.
  Document d = code_text(
      "\"I am deeply concerned about the prison riot in Gitega,\" said Lindqvist, who heads the U.N. mission in "
      "Burundi.");
  EXPECT_TRUE(find(d, "IGOUNO", "", "012")) << describe(d);
  // Heading a mission in a country is no arrival there.
  EXPECT_FALSE(find_code(d, "042")) << describe(d);
  // Only a relative clause of leading: a man "who lives in" a place is no
  // voice of it.
  Document n = code_text(
      "\"I am deeply concerned about the prison riot in Gitega,\" said Lindqvist, who lives in Burundi.");
  EXPECT_FALSE(find_code(n, "012")) << describe(n);
}

TEST(CoderVerbalStatements, ARepeatedNameKeepsTheBodyItSpeaksFor) {
  NEED_MODELS();
  // The later bare surname is the speaker introduced by the body she heads.
  Document d = code_text(
      "\"I am deeply concerned about the prison riot in Gitega,\" said Anna Lindqvist, who heads the U.N. "
      "mission in Burundi.\n\n"
      "\"I encourage the Burundian police to speed up the investigation,\" Lindqvist said.");
  EXPECT_TRUE(find(d, "IGOUNO", "BDICOP", "020")) << describe(d);
  // A name never tied to an actor stays nobody's.
  Document n = code_text(
      "\"I encourage the police to speed up the investigation,\" Lindqvist said of the prison riot in Gitega.");
  EXPECT_FALSE(find_code(n, "020")) << describe(n);
}

TEST(CoderVerbalStatements, SupportForTalksIsAboutTheirParties) {
  NEED_MODELS();
  // "stands ready to support" announces support (032) for the parties of
  // the talks, not for the talks as a thing.
  Document d = code_text("The United States stands ready to support the talks between Kabul and the Taliban.");
  EXPECT_TRUE(find(d, "USA", "AFG", "032", Modality::kIntended)) << describe(d);
}

TEST(CoderVerbalStatements, DaysOfMourningAreASymbolicAct) {
  NEED_MODELS();
  Document d = code_text("The Kenyan government declared three days of national mourning after the attack.");
  EXPECT_TRUE(find(d, "KENGOV", "", "017")) << describe(d);
  Document a = code_text("The Kenyan president declared Tuesday as a national day of mourning for the victims.");
  EXPECT_TRUE(find(a, "KENGOV", "", "017")) << describe(a);
  Document s = code_text("The Kenyan parliament observed a minute of silence for the victims.");
  EXPECT_TRUE(find(s, "KEN", "", "017")) << describe(s);
  // A holiday or an emergency is no mourning.
  Document h = code_text("The Kenyan president declared a state of emergency the next day.");
  EXPECT_FALSE(find_code(h, "017")) << describe(h);
}

TEST(CoderVerbalStatements, ARequestCalledInappropriateIsCriticism) {
  NEED_MODELS();
  Document d = code_text(
      "The Polish foreign minister told reporters that Hungary's request to the European Commission was "
      "inappropriate.");
  EXPECT_TRUE(find(d, "POL", "HUN", "111")) << describe(d);
  // Nobody's act judged: no target, no event.
  Document n = code_text("The Polish foreign minister said the weather was inappropriate for a parade.");
  EXPECT_FALSE(find_code(n, "111")) << describe(n);
}

}  // namespace
}  // namespace dyad
