// Ambiguous place and state names (the issue's "Georgia or Washington
// state"): invented sentences in pairs, the state's reading and the other
// one, through the actor stage with the shipped lexicon. The expected codes
// are what a CAMEO coder would record: no actor where the phrase names no
// political actor (a river, a dish, a person, a US town or state).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/test_doc.h"
#include "dyad/actors.h"

namespace dyad {
namespace {

class AmbiguityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { lex_ = load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors"); }

  // "text=CODE" for every mention, in order.
  std::vector<std::string> codes(const std::string& text, const std::string& date = "2024-06-01") {
    Document d = testing::make_doc(text, date);
    ActorStage(lex_).run(d);
    return testing::mention_codes(d);
  }
  using V = std::vector<std::string>;
  static std::shared_ptr<const ActorLexicon> lex_;
};
std::shared_ptr<const ActorLexicon> AmbiguityTest::lex_;

TEST_F(AmbiguityTest, GeorgiaTheCountryAndTheUsState) {
  EXPECT_EQ(codes("Georgia and Russia held talks."), (V{"Georgia=GEO", "Russia=RUS"}));
  EXPECT_EQ(codes("Georgia's president vetoed the bill."), (V{"Georgia's president=GEOGOV"}));
  // The US state is no actor of its own (like any province).
  EXPECT_EQ(codes("It rained in Atlanta, Georgia."), V{});
  EXPECT_EQ(codes("The Georgia senate race tightened."), V{});
  EXPECT_EQ(codes("Georgia voters backed the incumbent."), V{});
  EXPECT_EQ(codes("Georgia's governor signed the bill."), V{});
  // Wine from Georgia: a ban on it falls on the state that exports it.
  EXPECT_EQ(codes("Russia banned Georgian wine."), (V{"Russia=RUS", "Georgian=GEO"}));
}

TEST_F(AmbiguityTest, WashingtonTheGovernmentAndTheOthers) {
  EXPECT_EQ(codes("Washington imposed sanctions on Iran."), (V{"Washington=USAGOV", "Iran=IRN"}));
  EXPECT_EQ(codes("Washington quit the Paris Agreement."), (V{"Washington=USAGOV"}));
  EXPECT_EQ(codes("It rained in Seattle, Washington."), V{});
  EXPECT_EQ(codes("Rain fell across Washington state."), V{});
  EXPECT_EQ(codes("The Washington Post reported the talks."), (V{"Washington Post=USAMED"}));
  EXPECT_EQ(codes("The actor Denzel Washington won an award."), V{});
  EXPECT_EQ(codes("George Washington crossed the river."), V{});
  EXPECT_EQ(codes("The Washington Wizards beat the Boston Celtics."), V{});
}

TEST_F(AmbiguityTest, JordanTheKingdomAndThePeopleAndTheRiver) {
  EXPECT_EQ(codes("Jordan and Egypt signed a deal."), (V{"Jordan=JOR", "Egypt=EGY"}));
  EXPECT_EQ(codes("Michael Jordan retired."), V{});
  // ("Rep." before a name is the US style: USALEG, never Jordan.)
  EXPECT_EQ(codes("The panel heard Rep. Jim Jordan."), (V{"Rep. Jim Jordan=USALEG"}));
  EXPECT_EQ(codes("Jordan Peterson spoke at a rally."), V{});
  EXPECT_EQ(codes("Pilgrims waded into the Jordan river."), (V{"Pilgrims=CVL"}));
}

TEST_F(AmbiguityTest, ChadTheStateAndTheGivenName) {
  EXPECT_EQ(codes("Chad closed its border with Sudan."), (V{"Chad=TCD", "Sudan=SDN"}));
  EXPECT_EQ(codes("Chad Smith played the drums."), V{});
  EXPECT_EQ(codes("Fishermen left Lake Chad."), (V{"Fishermen=CVL"}));
}

TEST_F(AmbiguityTest, TurkeyAndChinaByCase) {
  EXPECT_EQ(codes("Turkey protested the visit."), (V{"Turkey=TUR"}));
  EXPECT_EQ(codes("They ate a turkey dinner."), V{});
  EXPECT_EQ(codes("China protested the visit."), (V{"China=CHN"}));
  EXPECT_EQ(codes("She kept the china in a china cabinet."), V{});
}

TEST_F(AmbiguityTest, TheGuineas) {
  EXPECT_EQ(codes("Guinea held elections."), (V{"Guinea=GIN"}));
  EXPECT_EQ(codes("Guinea-Bissau held elections."), (V{"Guinea-Bissau=GNB"}));
  EXPECT_EQ(codes("Equatorial Guinea held elections."), (V{"Equatorial Guinea=GNQ"}));
  EXPECT_EQ(codes("Papua New Guinea held elections."), (V{"Papua New Guinea=PNG"}));
  EXPECT_EQ(codes("The guinea pig escaped."), V{});
  EXPECT_EQ(codes("Pirates roamed the Gulf of Guinea."), (V{"Pirates=CRM"}));
}

TEST_F(AmbiguityTest, TheCongosAndTheRiver) {
  EXPECT_EQ(codes("The Republic of Congo protested."), (V{"Republic of Congo=COG"}));
  EXPECT_EQ(codes("The Democratic Republic of Congo protested."), (V{"Democratic Republic of Congo=COD"}));
  EXPECT_EQ(codes("Congo-Brazzaville and Congo-Kinshasa signed a deal."),
            (V{"Congo-Brazzaville=COG", "Congo-Kinshasa=COD"}));
  // "Congo" alone is Kinshasa's state in news usage.
  EXPECT_EQ(codes("Congo protested the visit."), (V{"Congo=COD"}));
  EXPECT_EQ(codes("Boats sailed down the Congo river."), V{});
}

TEST_F(AmbiguityTest, Korea) {
  // "Korea" alone is the Republic in business news ("Korea's exports") but
  // the whole peninsula in "a nuclear-free Korea" and in history: the words
  // do not tell which, so no actor (a gap rather than a wrong code).
  // (Bush, with no article date, is George W. Bush out of office.)
  EXPECT_EQ(codes("Bush hopes Korea can become nuclear free."), (V{"Bush=USAELI"}));
  EXPECT_EQ(codes("South Korea protested the visit."), (V{"South Korea=KOR"}));
  EXPECT_EQ(codes("North Korea fired a missile."), (V{"North Korea=PRK"}));
  EXPECT_EQ(codes("Tensions rose on the Korean peninsula."), V{});
}

TEST_F(AmbiguityTest, NamesInsideLongerNames) {
  EXPECT_EQ(codes("Sudan and South Sudan signed a deal."), (V{"Sudan=SDN", "South Sudan=SSD"}));
  EXPECT_EQ(codes("Dominica and the Dominican Republic signed a deal."),
            (V{"Dominica=DMA", "Dominican Republic=DOM"}));
  EXPECT_EQ(codes("Niger and Nigeria signed a deal."), (V{"Niger=NER", "Nigeria=NGA"}));
  // The Niger Delta is in Nigeria, not Niger.
  EXPECT_EQ(codes("Gunmen raided oil wells in the Niger Delta."), (V{"Gunmen=REB"}));
  EXPECT_EQ(codes("Mexico and Jersey signed a deal."), (V{"Mexico=MEX", "Jersey=JEY"}));
  EXPECT_EQ(codes("New Mexico and New Jersey passed laws."), V{});
  EXPECT_EQ(codes("New South Wales passed a law."), V{});
  EXPECT_EQ(codes("New Caledonia held a referendum."), (V{"New Caledonia=NCL"}));
  EXPECT_EQ(codes("Virginia passed a law."), V{});
  EXPECT_EQ(codes("West Virginia passed a law."), V{});
  EXPECT_EQ(codes("He wore a jersey."), V{});
  EXPECT_EQ(codes("Victoria passed a law."), V{});
}

TEST_F(AmbiguityTest, StateNamesThatAreAlsoTownsOrPeople) {
  EXPECT_EQ(codes("Paris condemned the attack."), (V{"Paris=FRAGOV"}));
  EXPECT_EQ(codes("Protesters gathered in Paris, Texas."), (V{"Protesters=OPP"}));
  EXPECT_EQ(codes("Paris Hilton arrived late."), V{});
  EXPECT_EQ(codes("Israel condemned the attack."), (V{"Israel=ISR"}));
  EXPECT_EQ(codes("Israel Adesanya won the fight."), V{});
  // A name ending in an organisation word is the state's own body.
  EXPECT_EQ(codes("The Israel Antiquities Authority found a coin."), (V{"Israel=ISR"}));
  EXPECT_EQ(codes("Lebanon condemned the attack."), (V{"Lebanon=LBN"}));
  EXPECT_EQ(codes("A parade was held in Lebanon, Pennsylvania."), V{});
  EXPECT_EQ(codes("Lebanon, Ohio held a parade."), V{});
  EXPECT_EQ(codes("Peru protested the visit."), (V{"Peru=PER"}));
  EXPECT_EQ(codes("A fair opened in Peru, Indiana."), V{});
  EXPECT_EQ(codes("Cuba protested the visit."), (V{"Cuba=CUB"}));
  EXPECT_EQ(codes("Cuba Gooding Jr. arrived late."), V{});
  EXPECT_EQ(codes("Nice hosted a film festival."), V{});
}

TEST_F(AmbiguityTest, ACapitalOpeningANameIsNotItsGovernment) {
  EXPECT_EQ(codes("Moscow protested the visit."), (V{"Moscow=RUSGOV"}));
  EXPECT_EQ(codes("The Moscow Times reported the visit."), V{});
  // A Title Case headline capitalises every word: no name follows.
  EXPECT_EQ(codes("Moscow Warns Kyiv Over Drills"), (V{"Moscow=RUSGOV", "Kyiv=UKRGOV"}));
  EXPECT_EQ(codes("Israel Warns Iran"), (V{"Israel=ISR", "Iran=IRN"}));
  // Nor a region before a state: "Northern Israel" is Israel.
  EXPECT_EQ(codes("Rockets hit Northern Israel."), (V{"Israel=ISR"}));
  // A list of states, and a capitalised first word, are no town or name.
  EXPECT_EQ(codes("He won titles in Portugal, England, Italy and Spain."),
            (V{"Portugal=PRT", "Italy=ITA", "Spain=ESP"}));
  EXPECT_EQ(codes("2) Target Israel and its allies."), (V{"Israel=ISR"}));
  EXPECT_EQ(codes("Trade on rise While India has long enjoyed ties."), (V{"India=IND"}));
  EXPECT_EQ(codes("It happened in Canada, Denmark, England, the United States."),
            (V{"Canada=CAN", "Denmark=DNK", "United States=USA"}));
}

TEST_F(AmbiguityTest, ColumbiaIsNotColombia) {
  EXPECT_EQ(codes("Colombia protested the visit."), (V{"Colombia=COL"}));
  EXPECT_EQ(codes("The District of Columbia passed a law."), V{});
  EXPECT_EQ(codes("Columbia University expelled two students."),
            (V{"University=EDU", "students=EDU"}));
}

TEST_F(AmbiguityTest, ThingsNamedAfterStates) {
  EXPECT_EQ(codes("Panama protested the visit."), (V{"Panama=PAN"}));
  EXPECT_EQ(codes("He wore a Panama hat."), V{});
  EXPECT_EQ(codes("Ships crossed the Panama Canal."), V{});
  EXPECT_EQ(codes("India protested the visit."), (V{"India=IND"}));
  EXPECT_EQ(codes("He drew with India ink."), V{});
  EXPECT_EQ(codes("She ate chili and visited Chile."), (V{"Chile=CHL"}));
  EXPECT_EQ(codes("Brazil protested the visit."), (V{"Brazil=BRA"}));
  EXPECT_EQ(codes("He cracked a Brazil nut."), V{});
  EXPECT_EQ(codes("Monaco protested the visit."), (V{"Monaco=MCO"}));
  EXPECT_EQ(codes("The Monaco Grand Prix was held in May."), V{});
  EXPECT_EQ(codes("AS Monaco signed a striker."), V{});
  EXPECT_EQ(codes("He ate French fries and Swiss cheese from a Dutch oven with Turkish delight."), V{});
  EXPECT_EQ(codes("Swiss diplomats met Dutch officials."), (V{"Swiss diplomats=CHEGOV", "Dutch officials=NLDGOV"}));
  EXPECT_EQ(codes("They played Russian roulette."), V{});
  // A festival, not the Chinese state.
  EXPECT_EQ(codes("Chinese New Year was celebrated."), V{});
}

TEST_F(AmbiguityTest, SeasAreNoActors) {
  EXPECT_EQ(codes("Ships sailed the Indian Ocean, the Arabian Sea and the South China Sea."), V{});
  // "the Persian Gulf" stays CAMEO's region (PGS): "officials from the
  // Persian Gulf" are its states' people, and a sea named as a place ("in
  // the Persian Gulf") is a locative, not an event's target.
  EXPECT_EQ(codes("Officials from the Persian Gulf met."), (V{"Officials=GOV", "Persian Gulf=PGS"}));
}

TEST_F(AmbiguityTest, CapitalsNamedLikeTheirStates) {
  EXPECT_EQ(codes("Kuwait City hosted the summit."), (V{"Kuwait City=KWTGOV"}));
  EXPECT_EQ(codes("Guatemala City hosted the summit."), (V{"Guatemala City=GTMGOV"}));
  EXPECT_EQ(codes("Mexico City hosted the summit."), (V{"Mexico City=MEXGOV"}));
  EXPECT_EQ(codes("Luxembourg hosted the summit."), (V{"Luxembourg=LUX"}));
  EXPECT_EQ(codes("Djibouti hosted the summit."), (V{"Djibouti=DJI"}));
  EXPECT_EQ(codes("Singapore hosted the summit."), (V{"Singapore=SGP"}));
  EXPECT_EQ(codes("American Samoa held elections."), V{});
}

}  // namespace
}  // namespace dyad
