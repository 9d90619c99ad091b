// Actor resolution end to end (text -> tagger -> parser -> actors ->
// events): where a role noun gets its state from ("officials from Mexico"),
// whose "Congress" a bare Congress is, anonymous sources named by their
// service, and multinational corporations. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

Document code_text(const std::string& text) { return pipetest::code_text(text, "2023-05-10"); }

// The code of the first mention whose words are exactly `words`.
std::string code_of(const Document& d, const std::string& words) { return pipetest::mention_code(d, words); }

TEST(CoderActors, RoleNounTakesTheStateItComesFrom) {
  NEED_MODELS();
  Document d = code_text("Officials from Mexico and Canada met the envoy in Geneva on Monday.");
  EXPECT_EQ(code_of(d, "Officials"), "MEXGOV");
  EXPECT_EQ(code_of(d, "Mexico"), "MEXGOV");
  EXPECT_EQ(code_of(d, "Canada"), "CANGOV");
  Document e = code_text("A delegation from Iran accused Bahrain of spying.");
  EXPECT_NE(pipetest::find(e, "IRNGOV", "BHR", "11"), nullptr) << pipetest::describe(e);
  Document f = code_text("Refugees from Sudan protested outside the embassy.");
  EXPECT_EQ(code_of(f, "Refugees"), "SDNREF");
}

TEST(CoderActors, TroopsPulledFromAStateAreNotItsTroops) {
  NEED_MODELS();
  // The "from" phrase is where the troops leave, not whose they are.
  Document d = code_text("The United States pulled troops from Afghanistan in August.");
  EXPECT_EQ(code_of(d, "Afghanistan"), "AFG");
  EXPECT_NE(code_of(d, "troops").substr(0, 3), "AFG");
  Document e = code_text("Soldiers were withdrawn from Mali last year.");
  EXPECT_NE(code_of(e, "Soldiers").substr(0, 3), "MLI");
  // An agent with a state of its own keeps it.
  Document f = code_text("Chilean officials from the embassy in Peru met reporters.");
  EXPECT_EQ(code_of(f, "Chilean officials"), "CHLGOV");
}

TEST(CoderActors, BareCongressInAStoryAboutAStateWithoutOne) {
  NEED_MODELS();
  const std::string t =
      "Turkey warns Washington over jets\n\n"
      "Turkey's foreign minister said Ankara would not give up the missiles. "
      "Turkish officials said the United States had broken its word. "
      "Turkey has few friends left in Congress, a Turkish diplomat said.";
  Document d = code_text(t);
  EXPECT_EQ(code_of(d, "Congress"), "USALEG");
  // A state whose legislature is a Congress keeps it.
  const std::string p =
      "Peru's president dissolves Congress\n\n"
      "Peru's president said Lima would hold new elections. Peruvian officials said "
      "the vote was legal. Congress rejected the decree on Friday.";
  Document q = code_text(p);
  EXPECT_EQ(code_of(q, "Congress"), "PERLEG");
  // No United States in a story about India: no state (there Congress is
  // mostly a party).
  const std::string i =
      "India's prime minister visits Delhi\n\n"
      "India's prime minister said New Delhi would build roads. Indian officials said "
      "the plan was ready. Congress criticized the plan on Friday.";
  Document j = code_text(i);
  EXPECT_NE(code_of(j, "Congress"), "INDLEG");
}

TEST(CoderActors, SourcesNamedByTheirService) {
  NEED_MODELS();
  const std::string t =
      "Pakistan says militants killed five soldiers\n\n"
      "Pakistan's army said militants attacked a post near Quetta. Pakistani officials "
      "said the attack was planned abroad. Security sources said the handlers were known.";
  Document d = code_text(t);
  EXPECT_EQ(code_of(d, "Security sources"), "PAKCOP");
  Document e = code_text("Diplomatic sources in Lima said Chile had recalled its ambassador.");
  EXPECT_EQ(code_of(e, "Diplomatic sources").substr(3), "GOV");
  // A bare source is no actor.
  Document f = code_text("A source said Chile had recalled its ambassador.");
  EXPECT_EQ(code_of(f, "source"), "(none)");
}

TEST(CoderActors, MultinationalCorporations) {
  NEED_MODELS();
  Document d = code_text("Twitter suspended the accounts of Russian state media on Friday.");
  EXPECT_EQ(code_of(d, "Twitter"), "MNCUSATWT");
  Document e = code_text("Russia fined Google for failing to remove banned content.");
  EXPECT_EQ(code_of(e, "Google"), "MNCUSAGOO");
  // Common words and places are not firms.
  Document f = code_text("Total exports fell as fires spread across the Amazon rainforest.");
  EXPECT_EQ(code_of(f, "Total"), "(none)");
  EXPECT_EQ(code_of(f, "Amazon"), "(none)");
}

TEST(CoderActors, TitledSurnameAfterAnotherNationalityIsANamesake) {
  NEED_MODELS();
  // The lexicon's Richard is Alain Richard, France's defence minister
  // 1997-2002; a German president named Richard is someone else.
  Document d = pipetest::code_text("The son of former German President Richard Kessler was injured in Berlin.",
                                   "2019-11-20");
  for (const auto& m : d.mentions) EXPECT_NE(m.actor.code.substr(0, 3), "FRA") << m.actor.code;
  // The same title with his own nationality is still him.
  Document e = pipetest::code_text("French Defence Minister Richard visited Kabul on Monday.", "2000-05-10");
  EXPECT_EQ(code_of(e, "French Defence Minister Richard"), "FRAGOVMIL");
}

TEST(CoderActors, OfficerOfABodyNamedWithAnAdjective) {
  NEED_MODELS();
  Document d = code_text("The chief of the Turkish police met the mayor of Izmir.");
  EXPECT_EQ(code_of(d, "chief"), "TURCOP");
  EXPECT_EQ(code_of(d, "Turkish police"), "TURCOP");
  Document e = code_text("The director general of the Pakistani military's media wing accused Kabul of lying.");
  EXPECT_EQ(code_of(e, "Pakistani military"), "PAKMIL");
  EXPECT_EQ(code_of(e, "director general"), "PAKMIL");
  // A group, not a post: "the families of Palestinian prisoners" keep the
  // adjective as their own nationality.
  Document f = code_text("The families of Palestinian prisoners marched in Ramallah.");
  EXPECT_EQ(code_of(f, "families of Palestinian").substr(0, 3), "PSE");
}

TEST(CoderActors, AnotherPartyWhoseNameContainsALexiconPartyName) {
  NEED_MODELS();
  // "Democratic Party" alone is the US Democrats; inside another party's
  // name it is no actor rather than the wrong one.
  Document d = pipetest::code_text("Gunmen killed a member of the Kurdistan Democratic Party in Erbil.", "2010-01-01");
  for (const auto& m : d.mentions) EXPECT_NE(m.actor.code.substr(0, 3), "USA") << m.actor.code;
  Document e = pipetest::code_text("The Democratic Party of Japan lost the vote.", "2010-01-01");
  for (const auto& m : e.mentions) EXPECT_NE(m.actor.code.substr(0, 3), "USA") << m.actor.code;
  // The party's own state or one of its provinces before it keeps it.
  Document f = pipetest::code_text("The Texas Democratic Party sued the governor.", "2019-01-01");
  EXPECT_EQ(code_of(f, "Democratic Party").substr(0, 3), "USA");
  Document g = pipetest::code_text("The Democratic Party criticized the bill.", "2019-01-01");
  EXPECT_EQ(code_of(g, "Democratic Party").substr(0, 3), "USA");
}

TEST(CoderActors, AStateNamedAfterABareRoleDoesNotBlockTheStorysState) {
  NEED_MODELS();
  const std::string t =
      "Rebels attack villages in Central African Republic\n\n"
      "Central African Republic officials said rebels burned homes near Bangui. "
      "The government of the Central African Republic sent troops. "
      "Military sources said rebels attacked ten villages near the Cameroon border.";
  Document d = code_text(t);
  // (Rebels' force on civilians is unconventional violence, root 18.)
  EXPECT_NE(pipetest::find(d, "CAFREB", "CAFCVL", "18"), nullptr) << pipetest::describe(d);
  // A state named before the role noun still decides ("Cameroonian
  // officials said rebels ..." names whose officials).
  const std::string u =
      "Rebels attack villages in Central African Republic\n\n"
      "Central African Republic officials said rebels burned homes near Bangui. "
      "The government of the Central African Republic sent troops. "
      "In Cameroon, police arrested five men on Friday.";
  Document e = code_text(u);
  EXPECT_EQ(pipetest::find(e, "CAFCOP", "", "17"), nullptr) << pipetest::describe(e);
  // Another state as the subject after it: whose officials is open.
  const std::string v =
      "Rebels attack villages in Central African Republic\n\n"
      "Central African Republic officials said rebels burned homes near Bangui. "
      "The government of the Central African Republic sent troops. "
      "Officials said Cameroon would send soldiers.";
  Document f = code_text(v);
  EXPECT_EQ(code_of(f, "Officials"), "GOV");
}

TEST(CoderActors, PeopleEverywhereAreNoStatesPeople) {
  NEED_MODELS();
  const std::string t =
      "Turkey's president visits Ankara\n\n"
      "Turkey's president said Ankara would not change course. Turkish officials agreed. "
      "Protesters around the world marched against the war. Protesters marched against the war.";
  Document d = code_text(t);
  int bare = 0, turkish = 0;
  for (const auto& m : d.mentions) {
    if (d.tokens_text(m.token_begin, m.token_end) != "Protesters") continue;
    (m.actor.code == "OPP" ? bare : turkish) += 1;
  }
  EXPECT_EQ(bare, 1);
  EXPECT_EQ(turkish, 1);
}

TEST(CoderActors, NameInAppositionWithASpokespersonForABody) {
  NEED_MODELS();
  const std::string t =
      "Refugee camp to close\n\n"
      "Mara Quist, a spokeswoman for the U.N. refugee agency, said the camp would close. "
      "Quist said the agency regretted the decision.";
  Document d = code_text(t);
  EXPECT_EQ(code_of(d, "Mara Quist").substr(0, 6), "IGOUNO");
  EXPECT_EQ(code_of(d, "Quist").substr(0, 6), "IGOUNO");
  // "an adviser to the Chinese American Museum": the adjective is part of
  // the museum's name, not a state.
  Document e = code_text("Tao Lin, an adviser to the Chinese American Museum, said the show would open.");
  EXPECT_NE(code_of(e, "Tao Lin").substr(0, 3), "CHN");
}

TEST(CoderActors, RefugeesAndArrivalsKeepTheirOrigin) {
  NEED_MODELS();
  const std::string t =
      "Kenya to close refugee camp\n\n"
      "Kenya's government said Nairobi would close the camp. Kenyan officials said the camp was a risk. "
      "Refugees who arrived at the camp were driven from Somalia by war.";
  Document d = code_text(t);
  EXPECT_NE(code_of(d, "Refugees"), "KENREF");
}

TEST(CoderActors, OwnStatesPartyBeforeABareRoleIsNoOtherOwner) {
  NEED_MODELS();
  const std::string t =
      "Impeachment hearing in Washington\n\n"
      "President Donald Trump said the White House would not cooperate. The U.S. House voted on Friday. "
      "Democratic lawmakers questioned Lt. Col. Ana Brandt about the call.";
  Document d = pipetest::code_text(t, "2019-11-20");
  EXPECT_EQ(code_of(d, "Lt. Col. Ana Brandt"), "USAMIL");
  // An armed group of the story's state is another owner.
  const std::string u =
      "Somalia says strike killed militants\n\n"
      "Somalia's government said Mogadishu would press the offensive. Somali officials said troops advanced. "
      "The strike killed 16 al-Shabab militants, including key leaders.";
  Document e = code_text(u);
  EXPECT_NE(code_of(e, "leaders"), "SOMGOV");
}

TEST(CoderActors, GulfLeadersByDate) {
  NEED_MODELS();
  Document d = pipetest::code_text("Sheikh Khalid bin Ahmed Al Khalifa met the envoy in Manama.", "2015-03-01");
  EXPECT_EQ(code_of(d, "Sheikh Khalid bin Ahmed Al Khalifa"), "BHRGOV");
  // Out of office: an elite of his state, not its government.
  Document e = pipetest::code_text("Sheikh Khalid bin Ahmed Al Khalifa met the envoy in Manama.", "2021-03-01");
  EXPECT_EQ(code_of(e, "Sheikh Khalid bin Ahmed Al Khalifa"), "BHRELI");
  Document f = pipetest::code_text("Abdullatif al-Zayani visited Riyadh.", "2015-03-01");
  EXPECT_EQ(code_of(f, "Abdullatif al-Zayani"), "IGOGCC");
}

TEST(CoderActors, BritishOppositionFrontBench) {
  NEED_MODELS();
  const std::string t =
      "Britain votes in December\n\n"
      "Britain's prime minister said London would leave the EU. British voters will decide. "
      "The shadow justice secretary accused the government of lying.";
  Document d = pipetest::code_text(t, "2019-11-20");
  EXPECT_EQ(code_of(d, "shadow justice secretary"), "GBROPP");
  EXPECT_NE(pipetest::find(d, "GBROPP", "GBRGOV", "11"), nullptr) << pipetest::describe(d);
  // The minister himself is the government.
  const std::string u =
      "Britain votes in December\n\n"
      "Britain's prime minister said London would leave the EU. British voters will decide. "
      "The justice secretary accused the opposition of lying.";
  Document e = pipetest::code_text(u, "2019-11-20");
  EXPECT_EQ(code_of(e, "secretary"), "GBRGOV");
  // Opposition leaders by date.
  Document f = pipetest::code_text("Jeremy Corbyn criticized the prime minister.", "2019-11-20");
  EXPECT_EQ(code_of(f, "Jeremy Corbyn"), "GBROPP");
  Document g = pipetest::code_text("Jeremy Corbyn criticized the prime minister.", "2022-11-20");
  EXPECT_EQ(code_of(g, "Jeremy Corbyn"), "GBRLEG");
  Document h = pipetest::code_text("Keir Starmer and Nick Clegg spoke on Monday.", "2019-11-20");
  EXPECT_EQ(code_of(h, "Keir Starmer"), "GBROPP");   // shadow Brexit secretary
  EXPECT_EQ(code_of(h, "Nick Clegg"), "MNCUSAMET");  // Facebook's head of global affairs
}

TEST(CoderActors, UnitedStatesFederalAgencies) {
  NEED_MODELS();
  Document d = code_text("The Centers for Disease Control and Prevention criticized the detention centers.");
  EXPECT_EQ(code_of(d, "Centers for Disease Control and Prevention"), "USAHLH");
  Document e = code_text("The Federal Trade Commission sued the company.");
  EXPECT_EQ(code_of(e, "Federal Trade Commission"), "USAGOV");
  // Lower-case words are no agency's name.
  Document f = code_text("Better disease control helped the villagers.");
  for (const auto& m : f.mentions) EXPECT_NE(m.actor.code, "USAHLH");
}

TEST(CoderActors, SubjectSetOffByAParticiplePhrase) {
  NEED_MODELS();
  // The parser reads "founded", "based", "headquartered" as the main verb
  // or takes the noun into its clause; the real verb keeps the noun.
  Document d = code_text("Amnesty International, founded in 1961, accused Egypt of torture.");
  EXPECT_NE(pipetest::find(d, "NGOHRIAMN", "EGY", "112"), nullptr) << pipetest::describe(d);
  Document e = code_text("The Alliance of Democracies, based in Copenhagen, criticized Beijing on Monday.");
  EXPECT_NE(pipetest::find(e, "NGO", "CHNGOV", "11"), nullptr) << pipetest::describe(e);
  Document f = code_text("The Alliance of Democracies, headquartered in Copenhagen, was sanctioned by Beijing.");
  EXPECT_NE(pipetest::find(f, "CHNGOV", "NGO", "163"), nullptr) << pipetest::describe(f);
  // A participle with an object of its own is a clause of its own: no
  // subject is lent ("Egypt, having arrested the activists, ...").
  Document g = code_text("Chile, having expelled the diplomats, denied any wrongdoing.");
  EXPECT_EQ(pipetest::find(g, "CHL", "CHL", "0"), nullptr) << pipetest::describe(g);
}

TEST(CoderActors, NonGovernmentalOrganisations) {
  NEED_MODELS();
  Document d = code_text("Freedom House criticized the election in Belarus.");
  EXPECT_EQ(code_of(d, "Freedom House"), "NGO");
  Document e = code_text("Fact-checkers accused the party of misleading voters.");
  EXPECT_EQ(code_of(e, "Fact-checkers"), "NGO");
  // A national fact-checker carries its state (CAMEO: NGO attached to a
  // country where it matters).
  Document g = code_text("Full Fact accused the party of misleading voters.");
  EXPECT_EQ(code_of(g, "Full Fact"), "GBRNGO");
  // "of the London-based ...": the place modifies what follows; the
  // officer is no official of Britain but the charity's (led_body).
  Document h = code_text("The chief executive of the London-based charity Full Fact criticized the party.");
  for (const auto& m : h.mentions)
    if (h.tokens_text(m.token_begin, m.token_end).find("chief") != std::string_view::npos)
      EXPECT_EQ(m.actor.code, "GBRNGO") << m.actor.code;
  // A house that is free, lower case, is no organisation.
  Document f = code_text("The family bought a free house in Minsk.");
  for (const auto& m : f.mentions) EXPECT_NE(m.actor.code, "NGO");
}

TEST(CoderActors, ItOpeningABodysReportedWords) {
  NEED_MODELS();
  Document d = code_text("North Korea said it carried out a test at the launching site.");
  EXPECT_NE(pipetest::find(d, "PRK", "", "15"), nullptr) << pipetest::describe(d);
  Document e =
      code_text("Mauritius, which argues it was illegally forced to give up the islands, welcomed the ruling.");
  EXPECT_EQ(code_of(e, "it"), "MUS");
  // An expletive or copular "it" stands for nothing.
  Document f = code_text("Moscow said it was unclear whether the talks would resume.");
  EXPECT_EQ(code_of(f, "it"), "(none)");
  // Not a reporting verb: "it" is left alone.
  Document g = code_text("Chile knows it carried out the test.");
  EXPECT_EQ(code_of(g, "it"), "(none)");
}

TEST(CoderActors, MemberStatesOfARegionalOrganisation) {
  NEED_MODELS();
  Document d = code_text("EU member states criticized Turkey over the drilling.");
  EXPECT_NE(pipetest::find(d, "EURGOV", "TUR", "11"), nullptr) << pipetest::describe(d);
  Document e = code_text("NATO members condemned the missile test.");
  EXPECT_EQ(code_of(e, "NATO members"), "WSTGOV");
  // The organisation's own officials stay the organisation; a global body
  // has no region to give its members.
  Document f = code_text("EU leaders criticized Turkey over the drilling.");
  EXPECT_EQ(code_of(f, "EU leaders"), "IGOEUREEC");
  Document g = code_text("UN member states criticized Turkey over the drilling.");
  for (const auto& m : g.mentions) EXPECT_NE(m.actor.code.substr(3), "GOV") << m.actor.code;
}

TEST(CoderActors, NameInAppositionAfterATitle) {
  NEED_MODELS();
  const std::string t =
      "Vote at the UN\n\n"
      "Bolivia's ambassador to the United Nations, Maria Quispe, rejected the claim. "
      "Quispe later accused Chile of lying.";
  Document d = code_text(t);
  EXPECT_EQ(code_of(d, "Maria Quispe"), "BOLGOV");
  EXPECT_NE(pipetest::find(d, "BOLGOV", "CHL", "11"), nullptr) << pipetest::describe(d);
  // A title with no state or organisation lends nothing; nor does a list
  // of places after a comma.
  Document e = code_text("The ambassador, Maria Quispe, rejected the claim.");
  EXPECT_EQ(code_of(e, "Maria Quispe"), "(none)");
  Document f = code_text("Chile's ambassador visited Lima, Cusco and Arequipa on Monday.");
  for (const auto& m : f.mentions)
    if (f.tokens_text(m.token_begin, m.token_end) == "Cusco") EXPECT_EQ(m.basis, "place") << m.entry;
}

}  // namespace
}  // namespace dyad
