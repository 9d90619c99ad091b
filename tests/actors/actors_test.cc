// Actor stage on invented sentences, with the shipped lexicon (data/actors).
#include <gtest/gtest.h>

#include <algorithm>

#include <string>
#include <vector>

#include "actors/test_doc.h"
#include "dyad/actors.h"

namespace dyad {
namespace {

class ActorsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { lex_ = load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors"); }

  Document run(const std::string& text, const std::string& date = "2024-06-01") {
    Document d = testing::make_doc(text, date);
    ActorStage(lex_).run(d);
    return d;
  }
  // "text=CODE" for every mention, in order.
  std::vector<std::string> codes(const std::string& text, const std::string& date = "2024-06-01") {
    return testing::mention_codes(run(text, date));
  }
  using V = std::vector<std::string>;
  static std::shared_ptr<const ActorLexicon> lex_;
};
std::shared_ptr<const ActorLexicon> ActorsTest::lex_;

TEST_F(ActorsTest, PrisonStaffArePolice) {
  EXPECT_EQ(codes("Kenyan prison guards and a Chilean jailer testified."),
            (V{"Kenyan prison guards=KENCOP", "Chilean jailer=CHLCOP"}));
}

TEST_F(ActorsTest, AStatesPeopleAsAWholeAreCivilians) {
  EXPECT_EQ(codes("The Kenyan public and the Chilean population were told to stay calm."),
            (V{"Kenyan public=KENCVL", "Chilean population=CHLCVL"}));
}

TEST_F(ActorsTest, ASpokespersonIsTheBodyItSpeaksFor) {
  const std::vector<std::string> got =
      codes("A spokeswoman for the Kenyan Foreign Ministry and an aide to the Chilean president spoke.");
  ASSERT_GE(got.size(), 2u);
  EXPECT_EQ(got[0], "spokeswoman=KENGOV");
  EXPECT_EQ(got[2], "aide=CHLGOV");
  // Only a speaking role takes the owner: "protesters for Kenya" do not.
  EXPECT_EQ(codes("Protesters for peace met a Kenyan envoy.")[0], "Protesters=OPP");
}

TEST_F(ActorsTest, AStatesOfficialPostedAtAnIgoIsTheStates) {
  // The body between the state and the role is where the official serves.
  EXPECT_EQ(codes("Ana Ruiz, Kenyan deputy U.N. ambassador, spoke.")[1], "Kenyan deputy U.N. ambassador=KENGOV");
  EXPECT_EQ(codes("Ana Ruiz, Kenyan deputy U.N. ambassador, spoke.")[0], "Ana Ruiz=KENGOV");
  // Without a role after it, the organisation is an actor of its own.
  EXPECT_EQ(codes("Kenya and the U.N. agreed."), (V{"Kenya=KEN", "U.N.=IGOUNO"}));
}

TEST_F(ActorsTest, AStateNamedBeforeAnExpertIsTheTopicNotTheNationality) {
  EXPECT_EQ(codes("A Kenya scholar and a Kenyan scholar met a Chile correspondent."),
            (V{"Kenya scholar=EDU", "Kenyan scholar=KENEDU", "Chile correspondent=MED"}));
  // Nor does the story's own state make the topic expert its national.
  Document d = run("Kenya votes. Kenya's parties campaign. Nairobi is calm. A Chile scholar spoke.");
  for (const auto& m : d.mentions)
    if (d.tokens_text(m.token_begin, m.token_end) == "Chile scholar") EXPECT_EQ(m.actor.code, "EDU");
}

TEST_F(ActorsTest, APlaceOpeningTheTitleOfALawOrTreatyIsPartOfTheName) {
  EXPECT_EQ(codes("The Kenya Forests and Water Act angered Uganda."), (V{"Uganda=UGA"}));
  EXPECT_EQ(codes("Uganda broke the Nairobi Accords."), (V{"Uganda=UGA"}));
  // Not a title: a lower-case word comes before any law word.
  EXPECT_EQ(codes("Kenya passed a new law."), (V{"Kenya=KEN"}));
}

TEST_F(ActorsTest, CountryNames) {
  EXPECT_EQ(codes("Ukraine and Poland signed a grain deal with Brazil."),
            (V{"Ukraine=UKR", "Poland=POL", "Brazil=BRA"}));
  EXPECT_EQ(codes("The United States of America and Britain disagreed."),
            (V{"United States of America=USA", "Britain=GBR"}));
  EXPECT_EQ(codes("Officials in South Korea and North Korea traded accusations."),
            (V{"Officials=GOV", "South Korea=KOR", "North Korea=PRK"}));
}

TEST_F(ActorsTest, AdjectivesAndDemonyms) {
  EXPECT_EQ(codes("Ukrainian forces repelled a Russian assault near the border."),
            (V{"Ukrainian forces=UKRMIL", "Russian=RUS"}));
  EXPECT_EQ(codes("Americans and Canadians voted."), (V{"Americans=USA", "Canadians=CAN"}));
}

TEST_F(ActorsTest, ActorFieldsUseIsoCountry) {
  Document d = run("Kosovar police arrested two men.");
  ASSERT_EQ(d.mentions.size(), 1u);
  EXPECT_EQ(d.mentions[0].actor.code, "KSVCOP");  // CAMEO code for Kosovo
  EXPECT_EQ(d.mentions[0].actor.country, "XKX");  // ISO user-assigned code
  EXPECT_EQ(d.mentions[0].actor.sectors, (std::vector<std::string>{"COP"}));
}

TEST_F(ActorsTest, CapitalsAndSeatsAsMetonyms) {
  // A capital alone is its state's government (as PETRARCH's validation
  // actors code WASHINGTON USAGOV); a capital with an agent keeps the agent.
  EXPECT_EQ(codes("Moscow warned Kyiv and Kiev replied."), (V{"Moscow=RUSGOV", "Kyiv=UKRGOV", "Kiev=UKRGOV"}));
  EXPECT_EQ(codes("Kyiv police detained a man."), (V{"Kyiv police=UKRCOP"}));
  EXPECT_EQ(codes("The Kremlin and the White House spoke, and the Pentagon said nothing."),
            (V{"Kremlin=RUSGOV", "White House=USAGOV", "Pentagon=USAMIL"}));
  EXPECT_EQ(codes("Downing Street rejected a demand from Foggy Bottom."),
            (V{"Downing Street=GBRGOV", "Foggy Bottom=USAGOV"}));
}

TEST_F(ActorsTest, InternationalOrganisations) {
  Document d = run("NATO and the European Union backed the IAEA and the Red Cross.");
  ASSERT_EQ(d.mentions.size(), 4u);
  EXPECT_EQ(d.mentions[0].actor.code, "IGOWSTNAT");
  EXPECT_EQ(d.mentions[0].actor.org, "NATO");
  EXPECT_EQ(d.tokens_text(d.mentions[1].token_begin, d.mentions[1].token_end), "European Union");
  EXPECT_EQ(d.mentions[1].actor.code, "IGOEUREEC");
  EXPECT_EQ(d.mentions[1].actor.org, "EU");
  EXPECT_EQ(d.mentions[2].actor.org, "IAEA");
  EXPECT_EQ(d.mentions[3].actor.code, "NGOHLHIRC");
  EXPECT_EQ(d.mentions[3].actor.sectors, (std::vector<std::string>{"HLH"}));
}

TEST_F(ActorsTest, LongestMatchWins) {
  // "European Union" is one mention, not the region "European" + "union".
  EXPECT_EQ(codes("The European Union fined the firm."), (V{"European Union=IGOEUREEC", "firm=BUS"}));
  EXPECT_EQ(codes("European diplomats met."), (V{"European diplomats=EURGOV"}));
  EXPECT_EQ(codes("South Africa and Africa"), (V{"South Africa=ZAF", "Africa=AFR"}));
}

TEST_F(ActorsTest, AgentsComposeWithNationality) {
  EXPECT_EQ(codes("The Russian Defense Minister arrived."), (V{"Russian Defense Minister=RUSGOVMIL"}));
  EXPECT_EQ(codes("US warships sailed past."), (V{"US warships=USAMIL"}));
  EXPECT_EQ(codes("He criticised the Russian military."), (V{"Russian military=RUSMIL"}));
  EXPECT_EQ(codes("Government troops advanced."), (V{"Government troops=MIL"}));
  Document bare = run("Government troops advanced.");
  ASSERT_EQ(bare.mentions.size(), 1u);
  EXPECT_EQ(bare.mentions[0].actor.country, "");
  EXPECT_EQ(bare.mentions[0].actor.sectors, (std::vector<std::string>{"MIL"}));
  EXPECT_EQ(codes("A French police spokesman spoke."), (V{"French police spokesman=FRACOP"}));
  EXPECT_EQ(codes("Pentagon officials declined."), (V{"Pentagon officials=USAMIL"}));
  EXPECT_EQ(codes("Turkish lawmakers and Iranian protesters"),
            (V{"Turkish lawmakers=TURLEG", "Iranian protesters=IRNOPP"}));
  EXPECT_EQ(codes("a former British defence minister"), (V{"former British defence minister=GBRELI"}));
  EXPECT_EQ(codes("the president of Russia and the foreign minister of the United States"),
            (V{"president of Russia=RUSGOV", "foreign minister of the United States=USAGOV"}));
  // IGOs keep their own code.
  EXPECT_EQ(codes("NATO officials met."), (V{"NATO officials=IGOWSTNAT"}));
}

TEST_F(ActorsTest, Possessives) {
  Document d = run("Russia's foreign minister said Russia's economy grew.");
  ASSERT_EQ(d.mentions.size(), 2u);
  EXPECT_EQ(d.tokens_text(d.mentions[0].token_begin, d.mentions[0].token_end), "Russia's foreign minister");
  EXPECT_EQ(d.mentions[0].actor.code, "RUSGOV");
  EXPECT_EQ(d.token_text(d.mentions[0].head), "minister");
  // A possessive that leads to no agent stays out of the span.
  EXPECT_EQ(d.tokens_text(d.mentions[1].token_begin, d.mentions[1].token_end), "Russia");
  EXPECT_EQ(d.mentions[1].actor.code, "RUS");
}

TEST_F(ActorsTest, ModifiersInsideButNotAtTheEdgesOfASpan) {
  EXPECT_EQ(codes("Two senior Russian officials and Russia's top diplomat met."),
            (V{"Russian officials=RUSGOV", "Russia's top diplomat=RUSGOV"}));
  // A possessive followed only by a modifier leads nowhere.
  EXPECT_EQ(codes("It was Russia's new plan."), (V{"Russia=RUS"}));
}

TEST_F(ActorsTest, PlaceNamesAndOrganisationNamesAreNotActors) {
  EXPECT_EQ(codes("Chinese ships patrol the South China Sea near Vietnam."),
            (V{"Chinese=CHN", "Vietnam=VNM"}));
  // A capitalised title inside an organisation's name is not an agent.
  EXPECT_EQ(codes("The General Statistics Office said exports rose."), V{});
  // The head of an organisation the lexicon does not know is an elite.
  EXPECT_EQ(codes("the vice president of the Observer Research Foundation"), (V{"vice president=ELI"}));
  EXPECT_EQ(codes("Daniel Cheng, president of Wan Guo Company, spoke."), (V{"Daniel Cheng=ELI", "president=ELI", "Wan Guo Company=BUS"}));
}

TEST_F(ActorsTest, PersonQualifiesFollowingAgent) {
  EXPECT_EQ(codes("Vladimir Putin's spokesman and the Netanyahu government disagreed.", "2024-01-01"),
            (V{"Vladimir Putin=RUSGOV", "spokesman=RUSGOV", "Netanyahu=ISRGOV", "government=ISRGOV"}));
}

TEST_F(ActorsTest, SurnameFollowedByANameIsAFirstName) {
  // "Michel" is Charles Michel's surname only when no name follows it.
  EXPECT_EQ(codes("Ambassador Michel Duclos spoke.", "2022-01-01"), (V{"Ambassador Michel Duclos=GOV"}));
  EXPECT_EQ(codes("President Michel spoke.", "2022-01-01"), (V{"President Michel=IGOEUREEC"}));
}

TEST_F(ActorsTest, PronounRespectsGenderOfTitle) {
  Document d = run("Queen Rania visited. He left.", "2022-01-01");
  EXPECT_EQ(d.mentions.size(), 1u);  // "He" does not refer to a queen
}

TEST_F(ActorsTest, UnknownNameInAppositionToATitle) {
  Document d = run("Talks ended, said Ana Maria Ruiz, Chile's foreign minister. Later Ruiz left.");
  std::vector<std::string> got;
  for (const auto& m : d.mentions)
    got.push_back(std::string(d.tokens_text(m.token_begin, m.token_end)) + "=" + m.actor.code + "->" +
                  std::to_string(m.antecedent));
  EXPECT_EQ(got, (V{"Ana Maria Ruiz=CHLGOV->-1", "Chile's foreign minister=CHLGOV->0", "Ruiz=CHLGOV->1"}));
  // A single capitalised word before the comma is not taken for a name.
  EXPECT_EQ(codes("Meanwhile, the foreign minister left."), (V{"foreign minister=GOV"}));
}

TEST_F(ActorsTest, PartiesAreGovernmentOrOppositionByDate) {
  EXPECT_EQ(codes("Republicans criticised Labour.", "2018-06-01"),
            (V{"Republicans=USAGOVPTY", "Labour=GBROPPPTY"}));
  EXPECT_EQ(codes("Republicans criticised Labour.", "2024-09-01"),
            (V{"Republicans=USAOPPPTY", "Labour=GBRGOVPTY"}));
  // A longer party name wins over a shorter one inside it (Nigeria's PDP is
  // not the U.S. Democratic Party), with its own dates.
  EXPECT_EQ(codes("The Peoples Democratic Party met.", "2010-03-01"), (V{"Peoples Democratic Party=NGAGOVPTY"}));
  EXPECT_EQ(codes("The Peoples Democratic Party met.", "2019-12-27"), (V{"Peoples Democratic Party=NGAOPPPTY"}));
  Document d = run("Likud won.", "2023-01-10");
  ASSERT_EQ(d.mentions.size(), 1u);
  EXPECT_EQ(d.mentions[0].actor.country, "ISR");
  EXPECT_EQ(d.mentions[0].actor.org, "LIKUD");
  EXPECT_EQ(d.mentions[0].actor.sectors, (std::vector<std::string>{"GOV", "PTY"}));
}

TEST_F(ActorsTest, DatedOrganisations) {
  EXPECT_EQ(codes("The Taliban attacked.", "2019-05-01"), (V{"Taliban=AFGINSTAL"}));
  EXPECT_EQ(codes("The Taliban attacked.", "2023-05-01"), (V{"Taliban=AFGGOVTAL"}));
}

TEST_F(ActorsTest, UsUppercaseOnly) {
  EXPECT_EQ(codes("They told us that the US would help."), (V{"US=USA"}));
  EXPECT_EQ(codes("Let us see."), V{});
  EXPECT_EQ(codes("Turkey sent a turkey to China, not china."), (V{"Turkey=TUR", "China=CHN"}));
}

TEST_F(ActorsTest, PeopleByDate) {
  EXPECT_EQ(codes("Joe Biden spoke.", "2005-03-01"), (V{"Joe Biden=USALEG"}));
  EXPECT_EQ(codes("Joe Biden spoke.", "2012-03-01"), (V{"Joe Biden=USAGOV"}));
  EXPECT_EQ(codes("Joe Biden spoke.", "2018-03-01"), (V{"Joe Biden=USAELI"}));
  EXPECT_EQ(codes("Joe Biden spoke.", "2022-03-01"), (V{"Joe Biden=USAGOV"}));
  EXPECT_EQ(codes("Joe Biden spoke.", "2025-03-01"), (V{"Joe Biden=USAELI"}));
  EXPECT_EQ(codes("Sergei Shoigu inspected troops.", "2015-01-01"),
            (V{"Sergei Shoigu=RUSGOVMIL", "troops=MIL"}));
  EXPECT_EQ(codes("Sergei Shoigu inspected troops.", "2025-01-01"), (V{"Sergei Shoigu=RUSGOV", "troops=MIL"}));
}

TEST_F(ActorsTest, UndatedArticleUsesTodaysCodes) {
  // No date: the code valid today (Putin's range is open-ended; Yeltsin-era
  // PM Putin would be RUSGOV too, so use a closed range for the contrast).
  EXPECT_EQ(codes("Vladimir Putin and Gordon Brown spoke.", ""),
            (V{"Vladimir Putin=RUSGOV", "Gordon Brown=GBRELI"}));
  EXPECT_EQ(codes("Vladimir Putin and Gordon Brown spoke.", "2008-01-01"),
            (V{"Vladimir Putin=RUSGOV", "Gordon Brown=GBRGOV"}));
}

TEST_F(ActorsTest, UndatedArticleIsDatedByItsTitles) {
  // A scraped page with no date that calls Biden "President" and
  // Stoltenberg "NATO Secretary-General" is from their common years, not
  // from today (when Biden is a former president and Stoltenberg Norway's
  // finance minister): every person is resolved at that date, the bare
  // surname later too.
  EXPECT_EQ(codes("US President Joe Biden met NATO Secretary-General Jens Stoltenberg. Later Biden left.", ""),
            (V{"US President Joe Biden=USAGOV", "NATO Secretary-General Jens Stoltenberg=IGOWSTNAT",
               "Biden=USAGOV"}));
  // One title is enough: Secretary of State Colin Powell dates the story to
  // his term, so "Tony Blair" is the British prime minister of those years.
  EXPECT_EQ(codes("Secretary of State Colin Powell called Tony Blair.", ""),
            (V{"Secretary of State Colin Powell=USAGOV", "Tony Blair=GBRGOV"}));
  // Titles that disagree: the stretch most of them share wins (Biden and
  // Blinken agree on 2021-2025, when Stoltenberg led NATO, whatever the
  // stray "Prime Minister" says).
  EXPECT_EQ(codes("President Joe Biden, Secretary of State Antony Blinken and Prime Minister Jens Stoltenberg spoke.",
                  ""),
            (V{"President Joe Biden=USAGOV", "Secretary of State Antony Blinken=USAGOV",
               "Prime Minister Jens Stoltenberg=IGOWSTNAT"}));
}

TEST_F(ActorsTest, TheDateActorCodesHoldAtIsRecorded) {
  Document titled = run("US President Joe Biden spoke.", "");
  EXPECT_EQ(titled.actor_date_basis, "titles");
  EXPECT_GE(titled.actor_date, "2021-01-20");
  EXPECT_LT(titled.actor_date, "2025-01-20");
  Document plain = run("Joe Biden spoke.", "");
  EXPECT_EQ(plain.actor_date_basis, "today");
  EXPECT_EQ(plain.actor_date.size(), 10u);
  Document dated = run("Joe Biden spoke.", "2019-05-01");
  EXPECT_EQ(dated.actor_date_basis, "article");
  EXPECT_EQ(dated.actor_date, "2019-05-01");
}

TEST_F(ActorsTest, UndatedArticleKeepsTodayWhenItsTitlesAllowIt) {
  // No titles, or a "former" one: today's codes, as before.
  EXPECT_EQ(codes("Joe Biden spoke.", ""), (V{"Joe Biden=USAELI"}));
  EXPECT_EQ(codes("Former President Joe Biden spoke.", ""), (V{"Former President Joe Biden=USAELI"}));
  // A title once held ("Vice President Joe Biden" in a story that also
  // names President Zelensky) cannot date the story before the newest
  // title's holder took office; from then on today is as good.
  EXPECT_EQ(codes("Vice President Joe Biden and Ukrainian President Volodymyr Zelensky met Donald Trump.", ""),
            (V{"Vice President Joe Biden=USAELI", "Ukrainian President Volodymyr Zelensky=UKRGOV",
               "Donald Trump=USAGOV"}));
  EXPECT_EQ(codes("Then-Secretary of State Colin Powell and Donald Trump spoke.", ""),
            (V{"Secretary of State Colin Powell=USAELI", "Donald Trump=USAGOV"}));
  EXPECT_EQ(codes("The late Prime Minister Shinzo Abe was praised by Donald Trump.", ""),
            (V{"Prime Minister Shinzo Abe=JPNELI", "Donald Trump=USAGOV"}));
  // A dated article is never re-dated, whatever its titles say.
  EXPECT_EQ(codes("President Joe Biden spoke.", "2019-05-01"), (V{"President Joe Biden=USAELI"}));
}

TEST_F(ActorsTest, AStateNamedAsSuchIsMarked) {
  // ActorMention::state_name: the state's name, not its people or adjective.
  Document d = run("Russia warned Russians and Russian troops.");
  ASSERT_EQ(d.mentions.size(), 3u);
  EXPECT_TRUE(d.mentions[0].state_name);
  EXPECT_FALSE(d.mentions[1].state_name);
  EXPECT_FALSE(d.mentions[2].state_name);
}

TEST_F(ActorsTest, TitleNationalityAndNameFormOneMention) {
  Document d = run("Russian Foreign Minister Sergei Lavrov met US President Joe Biden.", "2022-05-01");
  ASSERT_EQ(d.mentions.size(), 2u);
  EXPECT_EQ(d.tokens_text(d.mentions[0].token_begin, d.mentions[0].token_end),
            "Russian Foreign Minister Sergei Lavrov");
  EXPECT_EQ(d.mentions[0].actor.code, "RUSGOV");
  EXPECT_EQ(d.mentions[0].entry, "person:Sergei Lavrov");
  EXPECT_EQ(d.tokens_text(d.mentions[1].token_begin, d.mentions[1].token_end), "US President Joe Biden");
  EXPECT_EQ(d.mentions[1].actor.code, "USAGOV");
  EXPECT_EQ(d.token_text(d.mentions[1].head), "Biden");
}

TEST_F(ActorsTest, SurnameNeedsIntroductionOrTitle) {
  // "Rubio" is a `short` name: alone it is not enough...
  EXPECT_EQ(codes("Rubio spoke.", "2022-01-01"), V{});
  // ...after a title it is...
  EXPECT_EQ(codes("Senator Rubio spoke.", "2022-01-01"), (V{"Senator Rubio=USALEG"}));
  // ...and once the full name appears, it refers back to it.
  Document d0 = run("Marco Rubio arrived in Warsaw. Rubio said Poland was safe.", "2022-03-26");
  ASSERT_EQ(d0.mentions.size(), 4u);
  EXPECT_EQ(d0.mentions[2].actor.code, "USALEG");
  EXPECT_EQ(d0.mentions[2].antecedent, 0);
  // "Biden" is an `alias`: news means one man by it.
  EXPECT_EQ(codes("Biden spoke.", "2022-01-01"), (V{"Biden=USAGOV"}));
  Document d = run("Joe Biden arrived in Warsaw. Biden said Poland was safe.", "2022-03-26");
  ASSERT_EQ(d.mentions.size(), 4u);
  EXPECT_EQ(d.tokens_text(d.mentions[2].token_begin, d.mentions[2].token_end), "Biden");
  EXPECT_EQ(d.mentions[2].actor.code, "USAGOV");
  EXPECT_EQ(d.mentions[2].antecedent, 0);
}

// A listed surname after a different given name is a namesake or a
// relative; a variant of the person's own given name is still the person.
TEST_F(ActorsTest, SurnameAfterAnotherGivenNameIsSomeoneElse) {
  // (These run without the tagger, so the given name is mid-sentence; at
  // a sentence's start the tagger decides whether the word is a name.)
  EXPECT_EQ(codes("In Chicago, Lucinda Obama opened a bakery.", "2012-01-01"), V{});
  EXPECT_EQ(codes("The cousin, Dwight Biden, declined to comment.", "2022-01-01"), V{});
  // "Jim" for "James": the initial matches a listed given name.
  EXPECT_EQ(codes("Yesterday Joseph Biden spoke.", "2022-01-01"), (V{"Joseph Biden=USAGOV"}));
  EXPECT_EQ(codes("Reporters asked Joey Biden about it.", "2022-01-01"), (V{"Reporters=MED", "Biden=USAGOV"}));
  // A title, a country or an honorific before the surname is not a name.
  EXPECT_EQ(codes("Mr Obama spoke.", "2012-01-01"), (V{"Mr Obama=USAGOV"}));
}

// Federal states and provinces are evidence for the article's country
// without being actors; US federal agencies are seats.
TEST_F(ActorsTest, ProvincesPointToTheirStateAndAgenciesAreSeats) {
  Document d = run("Flooding hit Ohio and Kentucky on Monday. Officials in Tennessee closed schools. "
                   "The police said two people drowned.");
  std::vector<std::string> got;
  // (The provinces are mentions of basis "place": where things happen.)
  for (const auto& m : d.mentions)
    if (m.basis != "place") got.push_back(std::string(d.tokens_text(m.token_begin, m.token_end)) + "=" + m.actor.code);
  EXPECT_EQ(got, (V{"Officials=USAGOV", "schools=USAEDU", "police=USACOP", "people=USACVL"}));
  for (const auto& m : d.mentions)
    if (m.basis == "place") EXPECT_EQ(m.actor.code, "USA") << d.tokens_text(m.token_begin, m.token_end);
  EXPECT_EQ(codes("Customs and Border Protection detained 40 migrants near the Justice Department."),
            (V{"Customs and Border Protection=USACOP", "migrants=REF", "Justice Department=USAGOV"}));
}

// "the head of the Mexican Football Federation": an adjective that goes on
// into a name after "of" names a body the agent heads, not the state; the
// state still appears as itself.
TEST_F(ActorsTest, OfficerOfAnUnnamedBodyIsNotTheState) {
  EXPECT_EQ(codes("The chairman of the Kenyan Rowing Association resigned."), (V{"Kenyan=KEN"}));
  // The state's own name after "of" still makes its officer.
  EXPECT_EQ(codes("The foreign minister of Kenya resigned."), (V{"foreign minister of Kenya=KENGOV"}));
}

// A monarch's or judge's title with no article, possessive or name around
// it is somebody's surname.
TEST_F(ActorsTest, BareCapitalisedTitleIsASurname) {
  for (const auto& c : codes("Kidnappers seized King and two colleagues in Lagos."))
    EXPECT_NE(c.rfind("King=", 0), 0u) << c;
  for (const auto& c : codes("King and his colleague were freed on Monday."))
    EXPECT_NE(c.rfind("King=", 0), 0u) << c;
  EXPECT_EQ(codes("The King met the prime minister."), (V{"King=GOV", "prime minister=GOV"}));
  EXPECT_EQ(codes("A Federal Judge ruled on Monday."), (V{"Judge=JUD"}));
}

// Political forces are parties, not the military.
TEST_F(ActorsTest, PoliticalForcesAreParties) {
  EXPECT_EQ(codes("Chilean political forces condemned the decree."), (V{"Chilean political forces=CHLPTY"}));
}

// Armed opposition is a rebel force, not the state's military.
TEST_F(ActorsTest, OppositionForcesAreRebels) {
  EXPECT_EQ(codes("The Syrian opposition forces retreated."), (V{"Syrian opposition forces=SYRREB"}));
}

// "The Organization of ..." is the organisation's name, not the reference
// "the organization" followed by "of".
TEST_F(ActorsTest, OrganisationNameInsideAReference) {
  EXPECT_EQ(codes("The Organization of American States met in Lima."),
            (V{"Organization of American States=IGOOAS", "Lima=PERGOV"}));
  EXPECT_EQ(codes("The Organization of the Petroleum Exporting Countries cut output."),
            (V{"Organization of the Petroleum Exporting Countries=IGOBUSOPC"}));
}

// A person named inside a quotation is not whom a pronoun in the
// reporter's words stands for.
TEST_F(ActorsTest, PronounSkipsPeopleNamedInsideQuotes) {
  for (const auto& c : codes("\"Assad has starved his own people,\" the envoy said. He added that talks would go on.",
                             "2019-03-01"))
    EXPECT_NE(c, "He=SYRGOV") << c;
  // Outside quotes the same person is found.
  EXPECT_EQ(codes("Assad spoke on Monday. He said talks would go on.", "2019-03-01"),
            (V{"Assad=SYRGOV", "He=SYRGOV"}));
}

// A second appositive lends the state when the first names none.
TEST_F(ActorsTest, SecondAppositiveLendsTheState) {
  const auto got = codes("Colonel Ana Ruiz, a spokeswoman for the task force, the Chilean naval mission, spoke.");
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0], "Colonel Ana Ruiz=CHLMIL");
}

// A bare, capitalised Congress or Senate with no dominant state is the
// United States'; a state named with it keeps its own.
TEST_F(ActorsTest, BareCongressIsTheUsCongress) {
  EXPECT_EQ(codes("Sanctions bills against Chile are pending in Congress."),
            (V{"Chile=CHL", "Congress=USALEG"}));
  EXPECT_EQ(codes("Peru's Congress voted on Monday."), (V{"Peru's Congress=PERLEG"}));
}

// A city or province is no actor of its own (it places agents acting
// there, which needs the parse: tests/events/coder_street_test.cc).
TEST_F(ActorsTest, CityIsNoActor) {
  EXPECT_EQ(codes("Fighting went on in Idlib and Kandahar."), V{});
}

// No state dominates (Beijing and its leaders are named about as often as
// Hong Kong), but the places named are Hong Kong's: its police and
// protesters are Hong Kong's; a bare "people" stays without a state.
TEST_F(ActorsTest, PoliceAndProtestersActWhereTheStoryHappens) {
  const auto got = codes(
      "Beijing warned Hong Kong again. Xi Jinping met Chinese leaders in Beijing. Beijing said Hong Kong must calm down. "
      "Hong Kong was tense. Schools in Hong Kong closed. Hong Kong airport shut. "
      "Police fired tear gas at protesters. People watched.",
      "2019-11-18");
  EXPECT_NE(std::find(got.begin(), got.end(), "Police=HKGCOP"), got.end());
  EXPECT_NE(std::find(got.begin(), got.end(), "protesters=HKGOPP"), got.end());
  EXPECT_NE(std::find(got.begin(), got.end(), "People=CVL"), got.end());
}

// A counted plural demonym is people of the state, not the state.
TEST_F(ActorsTest, CountedDemonymsAreCivilians) {
  EXPECT_EQ(codes("Thousands of Kenyans marched on Monday."), (V{"Kenyans=KENCVL"}));
  EXPECT_EQ(codes("Two Chileans were detained."), (V{"Chileans=CHLCVL"}));
  EXPECT_EQ(codes("The Kenyans agreed to the deal."), (V{"Kenyans=KEN"}));
}

TEST_F(ActorsTest, UnknownNameAfterTitleAndItsSurname) {
  Document d = run("Chilean Foreign Minister Ana Ruiz met reporters. Ruiz said talks would go on.");
  ASSERT_GE(d.mentions.size(), 3u);
  EXPECT_EQ(d.tokens_text(d.mentions[0].token_begin, d.mentions[0].token_end), "Chilean Foreign Minister Ana Ruiz");
  EXPECT_EQ(d.mentions[0].actor.code, "CHLGOV");
  const ActorMention& last = d.mentions.back();
  EXPECT_EQ(d.tokens_text(last.token_begin, last.token_end), "Ruiz");
  EXPECT_EQ(last.actor.code, "CHLGOV");
  EXPECT_EQ(last.antecedent, 0);
}

TEST_F(ActorsTest, DefiniteTitleAndPronounCoreference) {
  Document d = run("Vladimir Putin met the envoy. The president said he was open to talks. "
                   "He left on Friday.", "2023-03-01");
  // Putin, envoy, the president (-> Putin), he (-> the president, the one
  // person named before it in its sentence), He (-> he, so Putin).
  std::vector<std::string> got;
  for (const auto& m : d.mentions)
    got.push_back(std::string(d.tokens_text(m.token_begin, m.token_end)) + "->" + std::to_string(m.antecedent));
  EXPECT_EQ(got, (V{"Vladimir Putin->-1", "envoy->-1", "president->0", "he->2", "He->3"}));
  EXPECT_EQ(d.mentions[2].actor.code, "RUSGOV");
  EXPECT_EQ(d.mentions[3].actor.code, "RUSGOV");
  EXPECT_EQ(d.mentions[4].actor.code, "RUSGOV");
}

TEST_F(ActorsTest, SyntaxAttachesNationalityThroughConjunction) {
  // "Russian and Chinese officials met": Russian -amod-> officials? No:
  // Russian -amod-> officials, Chinese -conj-> Russian (UD).
  Document d = testing::make_doc("Russian and Chinese officials met.", "2024-01-01");
  ASSERT_EQ(d.tokens.size(), 6u);
  d.syntax.resize(6);
  auto set = [&](int i, int head, const char* rel) {
    d.syntax[i].head = head;
    d.syntax[i].deprel = deprel_from_name(rel);
  };
  set(0, 3, "amod");
  set(1, 2, "cc");
  set(2, 0, "conj");
  set(3, 4, "nsubj");
  set(4, -1, "root");
  set(5, 4, "punct");
  ActorStage(lex_).run(d);
  ASSERT_EQ(d.mentions.size(), 2u);
  EXPECT_EQ(d.mentions[0].actor.code, "RUSGOV");
  EXPECT_EQ(d.mentions[1].actor.code, "CHNGOV");
}

TEST_F(ActorsTest, SyntaxAttachesNationalityAcrossUnknownModifiers) {
  // Adjacency cannot join "Iraqi" to "officials" over "oil"; the tree can.
  Document d = testing::make_doc("Iraqi oil officials met.", "2024-01-01");
  ActorStage(lex_).run(d);
  ASSERT_EQ(d.mentions.size(), 2u);
  EXPECT_EQ(d.mentions[1].actor.code, "GOV");
  d.syntax.resize(d.tokens.size());
  auto set = [&](int i, int head, const char* rel) {
    d.syntax[i].head = head;
    d.syntax[i].deprel = deprel_from_name(rel);
  };
  set(0, 2, "amod");
  set(1, 2, "compound");
  set(2, 3, "nsubj");
  set(3, -1, "root");
  set(4, 3, "punct");
  ActorStage(lex_).run(d);
  ASSERT_EQ(d.mentions.size(), 2u);
  EXPECT_EQ(d.mentions[0].actor.code, "IRQGOV");
  EXPECT_EQ(d.mentions[1].actor.code, "IRQGOV");
  EXPECT_EQ(d.mentions[1].actor.country, "IRQ");
}

TEST_F(ActorsTest, EmptyAndPunctuationOnlyDocuments) {
  Document d;
  ActorStage(lex_).run(d);
  EXPECT_TRUE(d.mentions.empty());
  EXPECT_EQ(codes("... !!! ,,,"), V{});
}

}  // namespace
}  // namespace dyad
