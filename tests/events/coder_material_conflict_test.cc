// Material conflict and coercion (CAMEO roots 09, 16-19) on invented news
// sentences, end to end with the shipped models and lexicons: questioning
// and investigations named by nouns, impeachment, acts an authority orders,
// acts whose responsibility a group claims, "by" agents hung on a noun's
// "of" complement, deaths in an act of force, and hyphenated words the
// tokenizer splits ("cease-fire"). Each rule has a near miss that must stay
// uncoded. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_any_modality, find_code, NEED_MODELS

TEST(CoderMaterialConflict, QuestioningPeopleIsAnInvestigation) {
  NEED_MODELS();
  Document a = code_text("Israeli investigators interrogated two Palestinian suspects.");
  EXPECT_TRUE(find(a, "ISR", "PSE", "090")) << describe(a);
  Document b = code_text("Kenyan lawmakers grilled the Ugandan ambassador for three hours.");
  EXPECT_TRUE(find(b, "KEN", "UGA", "090")) << describe(b);
  // Doubting a thing is no inquiry.
  Document c = code_text("Critics questioned Russia's commitment to the deal.");
  EXPECT_EQ(count_root(c, "09"), 0) << describe(c);
}

TEST(CoderMaterialConflict, InvestigationNamedByANoun) {
  NEED_MODELS();
  Document a = code_text("The ICC's investigation into Russian war crimes angered Moscow.");
  EXPECT_TRUE(find(a, "IGO", "RUS", "090")) << describe(a);
  Document b = code_text("An investigation by Kenyan police into the Ugandan opposition leader began on Monday.");
  EXPECT_TRUE(find(b, "KENCOP", "UGA", "090")) << describe(b);
  // No target phrase: what is investigated is not said.
  Document c = code_text("The Brazilian investigation angered the president.");
  EXPECT_EQ(count_root(c, "09"), 0) << describe(c);
}

TEST(CoderMaterialConflict, ImpeachmentIsAnInquiryIntoACrime) {
  NEED_MODELS();
  Document a = code_text("Congress impeached President Trump.", "2019-12-19");
  EXPECT_TRUE(find(a, "USALEG", "USAGOV", "091")) << describe(a);
  Document b = code_text("The Senate impeachment trial of President Trump began on Tuesday.", "2020-01-22");
  EXPECT_TRUE(find(b, "USALEG", "USAGOV", "091")) << describe(b);
  // A trial with no impeachment is no such inquiry.
  Document c = code_text("The Senate trial of the new rules began on Tuesday.", "2020-01-22");
  EXPECT_EQ(count_root(c, "09"), 0) << describe(c);
}

TEST(CoderMaterialConflict, AnAuthorityOrderingAnActDoesIt) {
  NEED_MODELS();
  Document a = code_text("Poland ordered the expulsion of 45 Russian diplomats.");
  EXPECT_TRUE(find(a, "POL", "RUS", "174")) << describe(a);
  EXPECT_EQ(count_root(a, "10"), 0) << describe(a);
  Document b = code_text("Iran ordered the seizure of the British tanker.");
  EXPECT_TRUE(find(b, "IRN", "GBR", "1711")) << describe(b);
  Document c = code_text("Russia ordered the closure of the British consulate in Yekaterinburg.");
  EXPECT_TRUE(find(c, "RUS", "GBR", "161")) << describe(c);
  // Closing a factory is no break of relations.
  Document d = code_text("Russia ordered the closure of the British factory.");
  EXPECT_EQ(count_root(d, "16"), 0) << describe(d);
}

TEST(CoderMaterialConflict, ClaimedResponsibilityMakesTheActTheClaimers) {
  NEED_MODELS();
  Document a = code_text("The Taliban claimed responsibility for the attack on the Pakistani army.");
  EXPECT_TRUE(find_code(a, "19")) << describe(a);
  EXPECT_TRUE(find(a, "AFG", "PAKMIL", "19")) << describe(a);
  // A denial owns nothing.
  Document b = code_text("The Taliban denied responsibility for the attack on the Pakistani army.");
  EXPECT_EQ(count_root(b, "19"), 0) << describe(b);
}

TEST(CoderMaterialConflict, ByAgentOnTheOfComplement) {
  NEED_MODELS();
  Document a = code_text("The killing of three Palestinians by Israeli troops sparked protests.");
  EXPECT_TRUE(find(a, "ISRMIL", "PSE", "190")) << describe(a);
  Document b = code_text("The arrest of two Canadians by Chinese authorities angered Ottawa.");
  EXPECT_TRUE(find(b, "CHN", "CAN", "173")) << describe(b);
  // A "by" phrase on a participle inside the complement is not the agent.
  Document c = code_text("The arrest of the leader of the party backed by Russia angered Kyiv.");
  EXPECT_EQ(count_root(c, "17"), 0) << describe(c);
}

TEST(CoderMaterialConflict, ThoseWhoDieInAnAttackAreItsTarget) {
  NEED_MODELS();
  Document a = code_text("Five Afghan soldiers died in a Taliban attack on their base.");
  EXPECT_TRUE(find(a, "AFG", "AFGMIL", "19")) << describe(a);
  Document b = code_text("Twelve Syrian civilians lost their lives in Russian shelling.");
  EXPECT_TRUE(find(b, "RUS", "SYRCVL", "19")) << describe(b);
  // Dying in an accident is no attack.
  Document c = code_text("Five Afghan soldiers died in a car accident.");
  EXPECT_EQ(count_root(c, "19"), 0) << describe(c);
}

TEST(CoderMaterialConflict, HyphenatedCeaseFireIsATruce) {
  NEED_MODELS();
  Document a = code_text("Russia violated the cease-fire with Ukraine.");
  EXPECT_TRUE(find(a, "RUS", "UKR", "196")) << describe(a);
  Document b = code_text("The Taliban threatened to break their cease-fire with U.S. forces.");
  EXPECT_TRUE(find(b, "AFG", "USAMIL", "138")) << describe(b);
  // The last part alone keeps its own sense: "opened fire" still shoots,
  // and a split word the lexicon does not know keeps its lemma.
  Document c = code_text("Russian troops opened fire on Ukrainian soldiers.");
  EXPECT_TRUE(find(c, "RUSMIL", "UKRMIL", "193")) << describe(c);
  Document d = code_text("Russia proposed cease-fire talks with Ukraine.");
  EXPECT_EQ(count_root(d, "19"), 0) << describe(d);
}


TEST(CoderMaterialConflict, InvestigationLaunchedAgainstSomeone) {
  NEED_MODELS();
  Document a = code_text("Ukrainian prosecutors launched a criminal investigation against the Russian consul.");
  EXPECT_TRUE(find(a, "UKR", "RUS", "090")) << describe(a);
  // Launching a campaign against someone is no inquiry.
  Document b = code_text("Ukrainian activists launched a media campaign against the Russian consul.");
  EXPECT_EQ(count_root(b, "09"), 0) << describe(b);
}

TEST(CoderMaterialConflict, UnderInvestigationOrAttack) {
  NEED_MODELS();
  Document a = code_text("The former Ukrainian president is under investigation by Ukrainian prosecutors.");
  EXPECT_TRUE(find(a, "UKRJUD", "UKR", "090")) << describe(a);
  Document b = code_text("Ukrainian prosecutors placed the Russian consul under investigation.");
  EXPECT_TRUE(find(b, "UKRJUD", "RUS", "090")) << describe(b);
  Document c = code_text("Ukraine is under attack by Russia.");
  EXPECT_TRUE(find(c, "RUS", "UKR", "19")) << describe(c);
  // Pressure or command is no investigation or attack.
  Document d = code_text("The former Ukrainian president is under pressure from Russia.");
  EXPECT_EQ(count_root(d, "09") + count_root(d, "19"), 0) << describe(d);
}

TEST(CoderMaterialConflict, ChargesFiledAreLegalAction) {
  NEED_MODELS();
  Document a = code_text("Russian prosecutors filed charges against the Ukrainian sailors.");
  EXPECT_TRUE(find(a, "RUS", "UKR", "173")) << describe(a);
  // Levelled charges are an accusation, not legal action.
  Document b = code_text("Russian officials leveled charges of spying against the Ukrainian sailors.");
  EXPECT_EQ(count_root(b, "17"), 0) << describe(b);
}

TEST(CoderMaterialConflict, HoldingPeopleIsDetention) {
  NEED_MODELS();
  Document a = code_text("Chinese authorities are holding two Canadian citizens.");
  EXPECT_TRUE(find(a, "CHN", "CAN", "173")) << describe(a);
  // Holding leaders responsible blames them; talks are held, not detained.
  Document b = code_text("Washington holds Chinese leaders responsible for the outbreak.");
  EXPECT_EQ(count_root(b, "17"), 0) << describe(b);
  Document c = code_text("Kenya will hold the Somali officials to account.");
  EXPECT_EQ(count_root(c, "17"), 0) << describe(c);
  Document d = code_text("Chinese officials held talks with Canadian officials.");
  EXPECT_EQ(count_root(d, "17"), 0) << describe(d);
  Document e = code_text("Kenya holds the Ugandan leader in high regard.");
  EXPECT_EQ(count_root(e, "17"), 0) << describe(e);
}

TEST(CoderMaterialConflict, BlacklistingIsASanction) {
  NEED_MODELS();
  Document a = code_text("The United States added five Chinese companies to a trade blacklist.");
  EXPECT_TRUE(find(a, "USA", "CHN", "163")) << describe(a);
  // A list of venues is no blacklist.
  Document b = code_text("The organisers added Paris to the list of host cities.");
  EXPECT_EQ(count_root(b, "16"), 0) << describe(b);
}

TEST(CoderMaterialConflict, OrderingAnEnvoyToLeaveIsAnExpulsion) {
  NEED_MODELS();
  Document a = code_text("Iraq ordered the Turkish ambassador to leave the country.");
  EXPECT_TRUE(find(a, "IRQ", "TUR", "174")) << describe(a);
  EXPECT_EQ(count_root(a, "10"), 0) << describe(a);
  // A state ordering its own troops out is no expulsion.
  Document b = code_text("Turkey ordered its troops to leave northern Iraq.");
  EXPECT_EQ(count_root(b, "17"), 0) << describe(b);
}


TEST(CoderMaterialConflict, TariffsOnASumWorthOfGoods) {
  NEED_MODELS();
  // The parser hangs "on" on "$" and the phrase as an object.
  Document a = code_text("Trump raised tariffs on $200 billion worth of Chinese goods.", "2019-06-01");
  EXPECT_TRUE(find(a, "USA", "CHN", "163")) << describe(a);
  Document b = code_text("Trump levied tariffs on $200 billion worth of Chinese goods.", "2019-06-01");
  EXPECT_TRUE(find(b, "USA", "CHN", "163")) << describe(b);
  // A sum of goods raised in price is no tariff.
  Document c = code_text("Trump raised the price of $200 billion worth of Chinese goods.", "2019-06-01");
  EXPECT_EQ(count_root(c, "16"), 0) << describe(c);
}


TEST(CoderMaterialConflict, ContentClauseSubjectReadAsTheSpeechVerbsObject) {
  NEED_MODELS();
  // A time phrase between subject and verb: the parser makes "Russia" the
  // object of "said".
  Document a = code_text("Officials said Russia last week expelled two British diplomats.");
  EXPECT_TRUE(find(a, "RUS", "GBR", "174")) << describe(a);
  Document b = code_text("A Western diplomat said Ankara in recent years imposed controls on U.S. operations.");
  EXPECT_TRUE(find(b, "TUR", "USA", "172")) << describe(b);
  // The addressee of "told" is no subject of what is told.
  Document c = code_text("The minister told Russia last week expelled diplomats would return.");
  EXPECT_FALSE(find_any_modality(c, "RUS", "", "174")) << describe(c);
}


TEST(CoderMaterialConflict, IndictmentNamedByANoun) {
  NEED_MODELS();
  Document a = code_text("The indictment of two Chinese hackers by a U.S. grand jury angered Beijing.");
  EXPECT_TRUE(find(a, "USA", "CHN", "173")) << describe(a);
  Document b = code_text("Turkey's prosecution of Kurdish journalists drew criticism.");
  EXPECT_TRUE(find_code(b, "173")) << describe(b);
  // Prosecuting a case names no one.
  Document c = code_text("The prosecution of the case took two years.");
  EXPECT_EQ(count_root(c, "17"), 0) << describe(c);
}

TEST(CoderMaterialConflict, OffensiveTaggedAsAnAdjective) {
  NEED_MODELS();
  // The tagger reads "offensive" before "against" as an adjective.
  Document a = code_text("Turkey's offensive against the YPG continued.");
  EXPECT_TRUE(find(a, "TUR", "SYR", "190")) << describe(a);
  // A predicate adjective is no offensive.
  Document b = code_text("The remarks were offensive to Turkey.");
  EXPECT_EQ(count_root(b, "19"), 0) << describe(b);
}


TEST(CoderMaterialConflict, ThreatNamedByItsObject) {
  NEED_MODELS();
  Document a = code_text("Turkey threatened military action against the YPG in Syria.");
  EXPECT_TRUE(find(a, "TUR", "SYR", "138")) << describe(a);
  Document b = code_text("Iran threatened war against Israel.");
  EXPECT_TRUE(find(b, "IRN", "ISR", "138")) << describe(b);
  Document c = code_text("China threatened legal action against the Australian newspaper.");
  EXPECT_TRUE(find(c, "CHN", "AUS", "130")) << describe(c);
  // Taking action against someone is no threat.
  Document d = code_text("Turkey took military action against the YPG in Syria.");
  EXPECT_EQ(count_root(d, "13"), 0) << describe(d);
}

TEST(CoderMaterialConflict, DemonstratedAgainstIsAProtest) {
  NEED_MODELS();
  Document a = code_text("Hundreds of Palestinians demonstrated against Israeli settlements.");
  EXPECT_TRUE(find(a, "PSE", "ISR", "141")) << describe(a);
  // Shown by something: no protest.
  Document b = code_text("Beijing is worried about the president's behavior, as demonstrated by his departure from the summit.", "2019-06-01");
  EXPECT_EQ(count_root(b, "14"), 0) << describe(b);
}


TEST(CoderMaterialConflict, MainVerbHungOnAParticipleAsAConjunct) {
  // The cabinet led by Hamdok dissolved the party of Bashir .
  // (the parser's reading: "dissolved" a conjunct of "led", no "and")
  const char* rows = R"(
1 The the DET DT 2 det
2 cabinet cabinet NOUN NN 0 root
3 led lead VERB VBN 2 acl
4 by by ADP IN 5 case
5 Hamdok Hamdok PROPN NNP 3 obl:agent
6 dissolved dissolve VERB VBD 3 conj
7 the the DET DT 8 det
8 party party NOUN NN 6 obj
9 of of ADP IN 10 case
10 Bashir Bashir PROPN NNP 8 nmod
11 . . PUNCT . 2 punct
)";
  Document a = evtest::coded(rows, {{"cabinet", "SDNGOV"}, {"Hamdok", "SDNGOV"}, {"Bashir", "SDNELI"}});
  EXPECT_TRUE(find(a, "SDNGOV", "SDNELI", "1722")) << describe(a);
  // The cabinet led by Hamdok and dissolved the party ...: a real conjunct
  // of the participle (its "and") is no main verb of the noun.
  const char* rows2 = R"(
1 The the DET DT 2 det
2 cabinet cabinet NOUN NN 0 root
3 led lead VERB VBN 2 acl
4 by by ADP IN 5 case
5 Hamdok Hamdok PROPN NNP 3 obl:agent
6 and and CCONJ CC 7 cc
7 dissolved dissolve VERB VBD 3 conj
8 the the DET DT 9 det
9 party party NOUN NN 7 obj
10 of of ADP IN 11 case
11 Bashir Bashir PROPN NNP 9 nmod
12 . . PUNCT . 2 punct
)";
  Document b = evtest::coded(rows2, {{"cabinet", "SDNGOV"}, {"Bashir", "SDNELI"}});
  EXPECT_FALSE(find_any_modality(b, "SDNGOV", "SDNELI", "17")) << describe(b);
}


TEST(CoderMaterialConflict, CrushingOrBreakingUpAProtestIsRepression) {
  NEED_MODELS();
  Document a = code_text("Chinese troops crushed the pro-democracy protests in Tiananmen Square.");
  EXPECT_TRUE(find(a, "CHNMIL", "", "175")) << describe(a);
  Document b = code_text("Kenyan police broke up the opposition rally in Nairobi.");
  EXPECT_TRUE(find(b, "KENCOP", "", "175")) << describe(b);
  // Breaking up a meeting is no repression.
  Document c = code_text("Kenyan officials broke up the meeting early.");
  EXPECT_EQ(count_root(c, "17"), 0) << describe(c);
}

TEST(CoderMaterialConflict, SettingAPersonOnFireIsAnAssault) {
  NEED_MODELS();
  Document a = code_text("Protesters set a Chinese journalist on fire.");
  EXPECT_TRUE(find_code(a, "182")) << describe(a);
  // A building set on fire is property, not a person assaulted.
  Document b = code_text("Protesters set the Pakistani consulate on fire.");
  EXPECT_EQ(count_root(b, "18"), 0) << describe(b);
}

TEST(CoderMaterialConflict, CallingOffTalks) {
  NEED_MODELS();
  Document a = code_text("Trump scuttled the talks with the Taliban.", "2019-09-10");
  EXPECT_TRUE(find(a, "USA", "AFG", "164")) << describe(a);
  Document b = code_text("Seoul called off its negotiations with Tokyo.");
  EXPECT_TRUE(find(b, "KOR", "JPN", "164")) << describe(b);
  // Calling off a strike is no break in talks.
  Document c = code_text("Korean unions called off their strike against Seoul.");
  EXPECT_EQ(count_root(c, "16"), 0) << describe(c);
}


TEST(CoderMaterialConflict, SanctionsViolatedAreBackground) {
  NEED_MODELS();
  Document a = code_text("Such transfers would violate a U.N. arms embargo on North Korea.");
  EXPECT_EQ(count_root(a, "16"), 0) << describe(a);
  Document b = code_text("Russian tankers evaded U.S. sanctions on Iran.");
  EXPECT_EQ(count_root(b, "16"), 0) << describe(b);
  // Imposed ones are coded.
  Document c = code_text("The U.N. imposed an arms embargo on North Korea.");
  EXPECT_TRUE(find(c, "IGOUNO", "PRK", "163")) << describe(c);
}

TEST(CoderMaterialConflict, FrozenAssetsAreSeizedProperty) {
  NEED_MODELS();
  Document a = code_text("The U.S. froze $9 billion in Afghan central bank assets.", "2021-09-01");
  EXPECT_TRUE(find(a, "USA", "AFG", "1711")) << describe(a);
  EXPECT_EQ(count_root(a, "16"), 0) << describe(a);
  // A sum of aid frozen is aid cut off.
  Document b = code_text("The U.S. froze $9 billion in aid to Afghanistan.", "2021-09-01");
  EXPECT_TRUE(find(b, "USA", "AFG", "162")) << describe(b);
}


TEST(CoderMaterialConflict, MobilizedForcesAreNoTarget) {
  NEED_MODELS();
  Document a = code_text("Iran mobilized its forces along the Iraqi border.");
  EXPECT_TRUE(find(a, "IRN", "IRQ", "154")) << describe(a);
  EXPECT_FALSE(find(a, "IRN", "IRNMIL", "154")) << describe(a);
}

TEST(CoderMaterialConflict, ClosingAirspaceToAState) {
  NEED_MODELS();
  Document a = code_text("India closed its airspace to Pakistani flights.");
  EXPECT_TRUE(find(a, "IND", "PAK", "172")) << describe(a);
  // Closed to no one: no sanction.
  Document b = code_text("Pakistan closed its airspace.");
  EXPECT_EQ(count_root(b, "17"), 0) << describe(b);
}


TEST(CoderMaterialConflict, BombardmentOrSiegeOfAPlace) {
  NEED_MODELS();
  Document a = code_text("Israel's bombardment of Gaza continued for a third day.");
  EXPECT_TRUE(find(a, "ISR", "PSE", "195")) << describe(a);
  Document b = code_text("Russia's siege of the Ukrainian port city of Mariupol continued.");
  EXPECT_TRUE(find(b, "RUS", "UKR", "191")) << describe(b);
  // No owner, no event.
  Document c = code_text("The shelling of the Ukrainian village lasted hours.");
  EXPECT_EQ(count_root(c, "19"), 0) << describe(c);
}

TEST(CoderMaterialConflict, PlaceOfAnAttackIsNoAttacker) {
  NEED_MODELS();
  // The parser hangs "killed" on "checkpoint": the capital's government
  // would be the killer.
  Document a = code_text("A suicide bombing by al-Shabab at a Mogadishu checkpoint killed 20 Somali soldiers.");
  EXPECT_TRUE(find(a, "SOMINSSHB", "SOMMIL", "18")) << describe(a);
  EXPECT_FALSE(find(a, "SOMGOV", "", "19")) << describe(a);
  EXPECT_FALSE(find(a, "SOMGOV", "SOMMIL", "19")) << describe(a);
}


TEST(CoderMaterialConflict, DemandNamedByANoun) {
  NEED_MODELS();
  Document a = code_text("Kabul's demand for the withdrawal of Pakistani troops angered Islamabad.");
  EXPECT_TRUE(find(a, "AFG", "PAK", "1056")) << describe(a);
  Document b = code_text("Beijing's demand for an apology from Tokyo went unanswered.");
  EXPECT_TRUE(find(b, "CHN", "JPN", "10")) << describe(b);
  // Demand for goods is a market, not a demand on anyone.
  Document c = code_text("China's demand for soybeans rose.");
  EXPECT_EQ(count_root(c, "10"), 0) << describe(c);
  // No owner, no event.
  Document d = code_text("The demand for the release of the Canadian prisoners grew.");
  EXPECT_EQ(count_root(d, "10"), 0) << describe(d);
}


TEST(CoderMaterialConflict, AnsweredDemandWasMadeOfTheAnswerer) {
  NEED_MODELS();
  Document a = code_text("Canada rejected China's demand for the release of the Huawei executive.");
  EXPECT_TRUE(find(a, "CHN", "CAN", "1053")) << describe(a);
  Document b = code_text("Trump agreed to Beijing's demands to roll back tariffs.", "2019-06-01");
  EXPECT_TRUE(find(b, "CHN", "USA", "10")) << describe(b);
  Document c = code_text("Washington's demands on Ankara grew.");
  EXPECT_TRUE(find(c, "USA", "TUR", "10")) << describe(c);
  // The "of" phrase owns the demands; no one is named to meet them.
  Document d = code_text("The demands of the Sudanese protesters grew.");
  EXPECT_EQ(count_root(d, "10"), 0) << describe(d);
  // A market's demand met is no political demand.
  Document f = code_text("Australia met China's demand for iron ore.");
  EXPECT_EQ(count_root(f, "10"), 0) << describe(f);
  // Sanctions agreed to are no demand.
  Document e = code_text("Trump agreed to new sanctions on Iran.", "2019-06-01");
  EXPECT_EQ(count_root(e, "10"), 0) << describe(e);
}


TEST(CoderMaterialConflict, TheAudienceOfAReportIsNoTarget) {
  NEED_MODELS();
  // The parser reads "reporters" as the object of "hit", "told" as its
  // modifier.
  Document a = code_text("Russian missiles hit Lviv, Ukrainian officials told reporters.", "2022-06-01");
  EXPECT_FALSE(find(a, "RUS", "MED", "19")) << describe(a);
  // Reporters struck are a target.
  Document b = code_text("Russian troops attacked Ukrainian reporters in Kherson.", "2022-06-01");
  EXPECT_TRUE(find(b, "RUS", "UKR", "19")) << describe(b);
}


TEST(CoderMaterialConflict, KilledWhenAStrikeHit) {
  NEED_MODELS();
  Document a = code_text("Five Ukrainian civilians were killed when Russian missiles struck Odesa.", "2022-06-01");
  EXPECT_TRUE(find(a, "RUS", "UKRCVL", "19")) << describe(a);
  // A vehicle hitting a mine names no one.
  Document b = code_text("Five Ukrainian civilians were killed when their car hit a mine.", "2022-06-01");
  EXPECT_EQ(count_root(b, "19"), 0) << describe(b);
  // Entering a village is no strike.
  Document c = code_text("Five Ukrainian civilians were killed when Russian troops entered the village.", "2022-06-01");
  EXPECT_EQ(count_root(c, "19"), 0) << describe(c);
}


TEST(CoderMaterialConflict, HangingAPersonIsAnExecution) {
  NEED_MODELS();
  Document a = code_text("Iran hanged a former British defence official.");
  EXPECT_TRUE(find(a, "IRN", "GBR", "1823")) << describe(a);
  Document b = code_text("Protesters hung a banner on the Chinese embassy.");
  EXPECT_EQ(count_root(b, "18"), 0) << describe(b);
}

TEST(CoderMaterialConflict, InternetCutIsARestriction) {
  NEED_MODELS();
  Document a = code_text("India suspended mobile internet services in Kashmir.");
  // (The state's own people, since the twelfth session: event_stage.cc
  // home_measure; 1721, restricting freedoms.)
  EXPECT_TRUE(find_sides(a, "IND", "INDCVL", "1721")) << describe(a);
  // A storm cutting power lines is no act of a state.
  Document b = code_text("The storm cut power lines in Florida.");
  EXPECT_EQ(count_root(b, "17"), 0) << describe(b);
  // Suspending a bus service is no restriction on anyone.
  Document c = code_text("India suspended bus services to Pakistan.");
  EXPECT_EQ(count_root(c, "17"), 0) << describe(c);
}


TEST(CoderMaterialConflict, ExpelledFromAState) {
  NEED_MODELS();
  Document a = code_text("Two British diplomats were expelled from Russia.");
  EXPECT_TRUE(find(a, "RUS", "GBR", "174")) << describe(a);
  Document b = code_text("Three Chinese journalists were deported from India last year.");
  EXPECT_TRUE(find(b, "IND", "CHN", "174")) << describe(b);
  // Expelled from a meeting or a school: no state expels.
  Document c = code_text("Two British diplomats were expelled from the meeting.");
  EXPECT_EQ(count_root(c, "17"), 0) << describe(c);
}


TEST(CoderMaterialConflict, ShootingDownAnAircraft) {
  NEED_MODELS();
  Document a = code_text("Iran shot down a U.S. drone over the Gulf.", "2019-06-20");
  EXPECT_TRUE(find(a, "IRN", "USA", "190")) << describe(a);
  // Shooting down a proposal is no force.
  Document b = code_text("Iran shot down the U.S. proposal.", "2019-06-20");
  EXPECT_EQ(count_root(b, "19"), 0) << describe(b);
}

TEST(CoderMaterialConflict, MainVerbHungAsAParticiplesComplement) {
  NEED_MODELS();
  // The parser makes "killed" the complement of "backed".
  Document a = code_text("Somali forces backed by U.S. airstrikes killed 30 al-Shabab fighters.");
  EXPECT_TRUE(find(a, "SOMMIL", "SOMINSSHB", "190")) << describe(a);
  EXPECT_FALSE(find(a, "USA", "SOMINSSHB", "190")) << describe(a);
}


TEST(CoderMaterialConflict, CountermeasuresAreSanctions) {
  NEED_MODELS();
  Document a = code_text("Moscow adopted retaliatory measures against Warsaw.");
  EXPECT_TRUE(find(a, "RUS", "POL", "163")) << describe(a);
  Document b = code_text("China vowed to take countermeasures against the United States.");
  EXPECT_TRUE(find_any_modality(b, "CHN", "USA", "1312")) << describe(b);
  // Safety measures are no sanction.
  Document c = code_text("Moscow adopted safety measures against the virus.");
  EXPECT_EQ(count_root(c, "16"), 0) << describe(c);
}

TEST(CoderMaterialConflict, AnnouncedResponseToAHostileMoveIsAThreat) {
  NEED_MODELS();
  Document a = code_text("Russia will respond to any NATO provocation.");
  EXPECT_TRUE(find_any_modality(a, "RUS", "IGOWSTNAT", "13")) << describe(a);
  // A response to a proposal is no threat; a response made is no threat.
  Document b = code_text("Russia will respond to the U.S. proposal.");
  EXPECT_EQ(count_root(b, "13"), 0) << describe(b);
  Document c = code_text("Russia responded to the NATO provocation with a statement.");
  EXPECT_EQ(count_root(c, "13"), 0) << describe(c);
}

TEST(CoderMaterialConflict, WentOnStrikeIsALabourStrike) {
  NEED_MODELS();
  Document a = code_text("French workers went on strike against pension reform.");
  // (The unowned reform the French workers strike against is their
  // government's: an implied FRAGOV mention, twelfth session.)
  EXPECT_TRUE(find(a, "FRA", "FRAGOV", "143")) << describe(a);
}


TEST(CoderMaterialConflict, TakenHostageWithTheComplementGluedToTheAgent) {
  NEED_MODELS();
  Document a = code_text("The two Australians have been held captive by the Taliban since 2016.");
  EXPECT_TRUE(find(a, "AFG", "AUS", "181")) << describe(a);
  // Held by the Taliban as a venue, no captives.
  Document b = code_text("The talks have been held by the Taliban in Doha since 2019.");
  EXPECT_EQ(count_root(b, "18"), 0) << describe(b);
}

TEST(CoderMaterialConflict, RiotControlVerbs) {
  NEED_MODELS();
  Document a = code_text("Kenyan police teargassed opposition supporters.");
  EXPECT_TRUE(find(a, "KENCOP", "", "175") || find(a, "KENCOP", "OPP", "175")) << describe(a);
  Document b = code_text("Police tear-gassed protesters in Nairobi.");
  EXPECT_TRUE(find_code(b, "175")) << describe(b);
}


TEST(CoderMaterialConflict, TargetPhraseHungOnTheVerbAfterTheSubjectNoun) {
  NEED_MODELS();
  Document a = code_text("U.S. tariffs on Chinese goods took effect on Friday.", "2019-06-01");
  EXPECT_TRUE(find(a, "USA", "CHN", "163")) << describe(a);
}

TEST(CoderMaterialConflict, ComingUnderSanctions) {
  NEED_MODELS();
  Document a = code_text("Iran came under U.S. sanctions in 1979.", "2019-06-01");
  EXPECT_TRUE(find(a, "USA", "IRN", "163")) << describe(a);
  // Sanctions one remains under are a measure in force.
  Document b = code_text("Iran remains under U.S. sanctions.", "2019-06-01");
  EXPECT_EQ(count_root(b, "16"), 0) << describe(b);
}

TEST(CoderMaterialConflict, SanctionsRenewed) {
  NEED_MODELS();
  Document a = code_text("Washington renewed sanctions on Venezuela's oil sector.", "2019-06-01");
  EXPECT_TRUE(find(a, "USA", "VEN", "163")) << describe(a);
  Document b = code_text("Washington renewed its commitment to Venezuela's opposition.", "2019-06-01");
  EXPECT_EQ(count_root(b, "16"), 0) << describe(b);
}


TEST(CoderMaterialConflict, WrongdoingStandsForItsDoerNamedByBy) {
  NEED_MODELS();
  Document a = code_text("Ukrainian prosecutors are looking into possible war crimes by Russian troops.");
  EXPECT_TRUE(find(a, "UKR", "RUSMIL", "090")) << describe(a);
  Document b = code_text("The ICC prosecutor opened a preliminary examination into alleged crimes by Israeli forces.");
  EXPECT_TRUE(find(b, "IGOICC", "ISRMIL", "090")) << describe(b);
  // The one condemned is the doer, not the victim of the "of" phrase.
  Document c = code_text("Canada condemned the arrest of two Canadians by Chinese police.");
  EXPECT_TRUE(find(c, "CAN", "CHNCOP", "11")) << describe(c);
  EXPECT_FALSE(find(c, "CAN", "CANCVL", "11")) << describe(c);
  // A report is no wrongdoing: its author is no target through "by".
  Document d = code_text("Iran rejected the report by the IAEA.");
  EXPECT_TRUE(find(d, "IRN", "", "12") == nullptr || find(d, "IRN", "IGO", "12") != nullptr) << describe(d);
}


TEST(CoderMaterialConflict, TariffRatesAndGoodsMadeInAState) {
  NEED_MODELS();
  Document a = code_text("Beijing retaliated with tariffs of up to 15% on U.S. agricultural products.", "2025-03-15");
  EXPECT_TRUE(find(a, "CHN", "USA", "163")) << describe(a);
  Document b = code_text("The European Union imposed tariffs of up to 35% on electric vehicles made in China.", "2025-03-15");
  EXPECT_TRUE(find(b, "IGOEUREEC", "CHN", "163")) << describe(b);
  // A factory built in a state is no good made there.
  Document c = code_text("The president visited a factory built in China.", "2025-03-15");
  EXPECT_FALSE(find_any_modality(c, "", "CHN", "04")) << describe(c);
}


TEST(CoderMaterialConflict, AttackClaimedInThePassive) {
  NEED_MODELS();
  Document a = code_text("The attack on the Pakistani police station was claimed by the Pakistani Taliban.", "2025-03-15");
  EXPECT_TRUE(find(a, "PAK", "PAKCOP", "19")) << describe(a);
  Document b = code_text("Responsibility for the attack on the Pakistani army was claimed by the BLA.", "2025-03-15");
  EXPECT_TRUE(find(b, "PAK", "PAKMIL", "19")) << describe(b);
  // Condemned by someone: not theirs.
  Document c = code_text("The attack on the Pakistani army was condemned by the BLA.", "2025-03-15");
  EXPECT_EQ(count_root(c, "19"), 0) << describe(c);
}


TEST(CoderMaterialConflict, DeadlinesAreUltimatums) {
  NEED_MODELS();
  Document a = code_text("European countries gave Maduro eight days to call new elections.", "2019-01-30");
  EXPECT_TRUE(find(a, "", "VEN", "139")) << describe(a);
  Document b = code_text("Ecuador gave Venezuelan diplomats 48 hours to leave the country.", "2019-01-30");
  EXPECT_TRUE(find(b, "ECU", "VEN", "174")) << describe(b);
  Document c = code_text("The Taliban set a deadline for U.S. forces to leave Afghanistan.", "2019-01-30");
  EXPECT_TRUE(find(c, "AFG", "USA", "139")) << describe(c);
  // Days off are no deadline.
  Document d = code_text("The Kenyan government gave its workers two days off.", "2019-01-30");
  EXPECT_EQ(count_root(d, "13"), 0) << describe(d);
}


TEST(CoderMaterialConflict, DetentionWarrants) {
  NEED_MODELS();
  Document a = code_text("Turkish prosecutors issued detention warrants for 82 Swedish nationals.");
  EXPECT_TRUE(find(a, "TUR", "SWE", "173")) << describe(a);
  // A search warrant detains no one.
  Document b = code_text("Turkish prosecutors issued search warrants for the offices of Swedish firms.");
  EXPECT_EQ(count_root(b, "17"), 0) << describe(b);
}


TEST(CoderMaterialConflict, ACampaignOfAirstrikes) {
  NEED_MODELS();
  Document a = code_text("Saudi Arabia launched a campaign of airstrikes against the Houthis.");
  EXPECT_TRUE(find(a, "SAU", "YEM", "195")) << describe(a);
  Document b = code_text("The Kenyan party launched a campaign of voter registration.");
  EXPECT_EQ(count_root(b, "19"), 0) << describe(b);
}


TEST(CoderMaterialConflict, MissilesFiredIntoTheSeaShowForce) {
  NEED_MODELS();
  Document a = code_text("North Korea fired two ballistic missiles into the sea.");
  EXPECT_TRUE(find(a, "PRK", "", "150")) << describe(a);
  Document b = code_text("Iran test-launched a ballistic missile.");
  EXPECT_TRUE(find(b, "IRN", "", "150")) << describe(b);
  // Fired at someone: force against them, no test.
  Document c = code_text("North Korea fired two ballistic missiles toward Japan.");
  EXPECT_TRUE(find(c, "PRK", "JPN", "19")) << describe(c);
  EXPECT_EQ(count_root(c, "15"), 0) << describe(c);
}


TEST(CoderMaterialConflict, ProtestNamedByANoun) {
  NEED_MODELS();
  Document a = code_text("Sudanese protests against President Omar al-Bashir began in December.", "2019-06-01");
  EXPECT_TRUE(find(a, "SDN", "SDN", "141")) << describe(a);
  // A state's own protest is an official complaint.
  Document b = code_text("China's protests against the U.S. warship's passage were ignored.", "2019-06-01");
  EXPECT_TRUE(find(b, "CHN", "USA", "114")) << describe(b);
  // No target: the protests are the story's, coded where reported.
  Document c = code_text("The Sudanese protests continued for a third day.", "2019-06-01");
  EXPECT_EQ(count_root(c, "14"), 0) << describe(c);
}


TEST(CoderMaterialConflict, ObjectMisreadAsTheTrailingSpeakersSubject) {
  NEED_MODELS();
  // The parser gives "said" two subjects, "Kyiv" and "air force".
  Document a = code_text("Russian missiles struck Kyiv, Ukraine's air force said in a statement.", "2023-03-01");
  EXPECT_TRUE(find(a, "RUS", "UKR", "19")) << describe(a);
  // The one who reports the strike is never its target.
  Document b = code_text("Russian missiles hit the city, Kyiv said.", "2023-03-01");
  EXPECT_FALSE(find(b, "RUS", "UKR", "19")) << describe(b);
}


TEST(CoderMaterialConflict, ReportedAttackOnTheSpeakerItself) {
  NEED_MODELS();
  // "it" is the speaker, not (as the nearest antecedent) the attacker.
  Document a = code_text("Kenya said al-Shabab attacked it.", "2023-03-01");
  EXPECT_TRUE(find(a, "SOMINSSHB", "KEN", "19")) << describe(a);
  Document b = code_text("Ukraine's military said Russia attacked it with 40 drones.", "2023-03-01");
  EXPECT_TRUE(find(b, "RUS", "UKR", "19")) << describe(b);
  // A named target is kept; the speaker reporting it is no target.
  Document c = code_text("Kenya said al-Shabab attacked the Somali army.", "2023-03-01");
  EXPECT_TRUE(find(c, "SOMINSSHB", "SOMMIL", "19")) << describe(c);
  EXPECT_FALSE(find(c, "SOMINSSHB", "KEN", "19")) << describe(c);
}

}  // namespace
}  // namespace dyad
