// CAMEO phrasing coverage, twelfth session (helper c, roots 11-15):
// frowning on, rallying others against, refusing to ease sanctions or to
// yield,
// threats of strikes and of arrests, shows of force, terror
// threat levels, call-ups and mobilisations, walkouts, sieges by crowds,
// a protest's purpose clause of protesting coded once,
// blocked takeovers, time given to act, energy supplies cut, and a
// protest against an unowned law aimed at the protesters' government.
// Sentences are invented; each rule has a near miss. Skips when a model
// is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_any_modality, count_root, NEED_MODELS

// 55-cameo12-c.txt frown-on: disapproval (110) of the owner of what is
// frowned on; a frown at a thing no actor owns is no event.
TEST(CoderCameo12C, FrowningOnIsDisapproval) {
  NEED_MODELS();
  Document d = code_text("Paris frowned on Rome's decision to close its ports.", "2023-06-02");
  EXPECT_TRUE(find(d, "FRA", "ITA", "110")) << describe(d);
  Document near = code_text("The Kenyan teacher frowned at the noise in the classroom.", "2023-06-02");
  EXPECT_EQ(count_root(near, "11"), 0) << describe(near);
}

// n-disapproval: an owner's disapproval of something is 110 against the
// thing's owner; a disapproval only feared is none.
TEST(CoderCameo12C, NominalDisapproval) {
  NEED_MODELS();
  Document d = code_text("Berlin's disapproval of the Polish court ruling was made clear on Monday.", "2023-06-02");
  EXPECT_TRUE(find(d, "DEU", "POL", "110")) << describe(d);
  Document near = code_text("The fear of Beijing's disapproval kept Kenyan firms quiet.", "2023-06-02");
  EXPECT_EQ(count_root(near, "11"), 0) << describe(near);
}

// rally-others-against, build-coalition: rallying others against someone
// is 113; rallying voters, or an alliance to fight poverty, is not.
TEST(CoderCameo12C, RallyingOthersAgainstSomeone) {
  NEED_MODELS();
  Document d = code_text("Kyiv rallied its partners against Moscow's blockade of the ports.", "2023-06-02");
  EXPECT_TRUE(find(d, "UKR", "RUS", "113")) << describe(d);
  Document c = code_text("Saudi Arabia formed an alliance against Iran.", "2023-06-02");
  EXPECT_TRUE(find(c, "SAU", "IRN", "113")) << describe(c);
  Document v = code_text("The Kenyan opposition rallied voters in Mombasa.", "2023-06-02");
  EXPECT_EQ(count_root(v, "11"), 0) << describe(v);
  Document p = code_text("Kenya and Uganda formed an alliance to fight poverty.", "2023-06-02");
  EXPECT_EQ(count_root(p, "11"), 0) << describe(p);
}

// not-lift-sanctions: an announced refusal to ease sanctions is 1244,
// asserted; an announced lifting is no refusal, nor is a past one not done.
TEST(CoderCameo12C, WillNotLiftSanctionsIsARefusal) {
  NEED_MODELS();
  Document d = code_text("Brussels will not lift its sanctions on Minsk.", "2023-06-02");
  EXPECT_TRUE(find(d, "IGOEUREEC", "BLR", "1244")) << describe(d);
  Document yes = code_text("Brussels will lift its sanctions on Minsk.", "2023-06-02");
  EXPECT_EQ(count_root(yes, "12"), 0) << describe(yes);
  Document past = code_text("Brussels did not lift its sanctions on Minsk last year.", "2023-06-02");
  EXPECT_EQ(count_root(past, "12"), 0) << describe(past);
}

// back-down-dispute, not-give-in, not-bow: refusing to back down in a
// dispute with X, or saying one will not give in or bow to X's demands, is
// a refusal to yield (124) aimed at X; backing down is yielding (080); a
// bridge not giving in to weight is nothing.
TEST(CoderCameo12C, RefusingToYield) {
  NEED_MODELS();
  Document d = code_text("India refused to back down in its border dispute with China.", "2023-06-02");
  EXPECT_TRUE(find(d, "IND", "CHN", "124")) << describe(d);
  Document y = code_text("India backed down in its border dispute with China.", "2023-06-02");
  EXPECT_TRUE(find(y, "IND", "CHN", "080")) << describe(y);
  EXPECT_EQ(count_root(y, "12"), 0) << describe(y);
  Document g = code_text("Caracas would not give in to the demands of Washington.", "2023-06-02");
  EXPECT_TRUE(find(g, "VEN", "USA", "124")) << describe(g);
  Document b = code_text("Tehran will not bow to the pressure from Washington.", "2023-06-02");
  EXPECT_TRUE(find(b, "IRN", "USA", "124")) << describe(b);
  Document near = code_text("The Kenyan bridge did not give in to the weight of the trucks.", "2023-06-02");
  EXPECT_EQ(count_root(near, "12"), 0) << describe(near);
}

// rule-out-concession: ruling out easing sanctions refuses it (1244);
// ruling out foul play or sending troops is no refusal.
TEST(CoderCameo12C, RulingOutAConcessionIsARefusal) {
  NEED_MODELS();
  Document d = code_text("London ruled out lifting the sanctions on Moscow.", "2023-06-02");
  EXPECT_TRUE(find(d, "GBR", "RUS", "1244")) << describe(d);
  Document troops = code_text("Germany ruled out sending troops to Ukraine.", "2023-06-02");
  EXPECT_EQ(count_root(troops, "12"), 0) << describe(troops);
  Document foul = code_text("Police in Kenya ruled out foul play.", "2023-06-02");
  EXPECT_EQ(count_root(foul, "12"), 0) << describe(foul);
}

// threaten-protest, threaten-labour-strike: a threatened protest or labour
// strike is 133; a threatened strike on a state stays a threat of force.
TEST(CoderCameo12C, ThreateningAStrikeOrProtests) {
  NEED_MODELS();
  Document d = code_text("South African unions threatened a national strike against President Cyril Ramaphosa.", "2023-06-02");
  EXPECT_TRUE(find(d, "ZAFLAB", "ZAFGOV", "133")) << describe(d);
  Document p = code_text("Kenya's opposition threatened mass demonstrations against President William Ruto.",
                         "2023-06-02");
  EXPECT_TRUE(find(p, "KENOPP", "KENGOV", "133")) << describe(p);
  Document f = code_text("Israel threatened a strike on Iran's nuclear sites.", "2023-06-02");
  EXPECT_EQ(count_root(f, "14"), 0) << describe(f);
  EXPECT_FALSE(find(f, "ISR", "IRN", "133")) << describe(f);
}

// warn-repression, warn-someone-repression: officials warning that people
// would be arrested or shot, or warning them that the army would crush them,
// threaten them with repression (137, the clause's passive subject or the
// one warned); an IGO warning of a danger, a warning of floods, or a report
// of arrests made, is none.
TEST(CoderCameo12C, WarningThatPeopleWouldBeArrested) {
  NEED_MODELS();
  Document d = code_text("Uganda's army warned that supporters of Bobi Wine would be shot.", "2021-01-10");
  EXPECT_TRUE(find(d, "UGAMIL", "UGAOPP", "137")) << describe(d);
  Document past = code_text("Uganda's army said that supporters of Bobi Wine had been arrested.", "2021-01-10");
  EXPECT_FALSE(find(past, "UGAMIL", "UGAOPP", "137")) << describe(past);
  Document un = code_text("The UN warned that supporters of Bobi Wine would be arrested.", "2021-01-10");
  EXPECT_EQ(count_root(un, "13"), 0) << describe(un);
  // warn-someone-repression: told to those it threatens.
  Document o = code_text("Uganda's president warned supporters of Bobi Wine that the army would crush them.",
                         "2021-01-10");
  EXPECT_TRUE(find(o, "UGAGOV", "UGAOPP", "137")) << describe(o);
  Document f = code_text("Uganda's president warned supporters of Bobi Wine that the floods would destroy their homes.",
                         "2021-01-10");
  EXPECT_FALSE(find(f, "UGAGOV", "UGAOPP", "137")) << describe(f);
}

// in-show-of-force, n-show-of-force, unveil-weapon: a show of force (also
// "Russia's show of force"), a state unveiling a
// weapon (150); a firm unveiling a jet, a passenger jet, or a march in a
// show of unity, is none.
TEST(CoderCameo12C, ShowsOfForce) {
  NEED_MODELS();
  Document d = code_text("Chinese warships sailed near Taiwan in a show of force.", "2023-06-02");
  EXPECT_TRUE(find(d, "CHN", "", "150") || find(d, "CHN", "TWN", "150")) << describe(d);
  Document u = code_text("North Korea unveiled a new intercontinental ballistic missile.", "2023-06-02");
  EXPECT_TRUE(find(u, "PRK", "", "150")) << describe(u);
  Document firm = code_text("Boeing unveiled a new fighter jet.", "2023-06-02");
  EXPECT_EQ(count_root(firm, "15"), 0) << describe(firm);
  Document liner = code_text("China unveiled a new passenger jet.", "2023-06-02");
  EXPECT_EQ(count_root(liner, "15"), 0) << describe(liner);
  Document n = code_text("Russia's show of force near Finland alarmed Helsinki.", "2023-06-02");
  EXPECT_TRUE(find(n, "RUS", "FIN", "150")) << describe(n);
  Document unity = code_text("Kenyan students marched in a show of unity.", "2023-06-02");
  EXPECT_EQ(count_root(unity, "15"), 0) << describe(unity);
}

// raise-threat-level: a raised terror threat level is a police alert (151);
// a raised interest rate is nothing.
TEST(CoderCameo12C, RaisingTheTerrorThreatLevel) {
  NEED_MODELS();
  Document d = code_text("Belgium raised its terror threat level after the shooting.", "2023-06-02");
  EXPECT_TRUE(find(d, "BEL", "", "151")) << describe(d);
  Document near = code_text("Belgium's central bank raised its interest rate level.", "2023-06-02");
  EXPECT_EQ(count_root(near, "15"), 0) << describe(near);
}

// call-up-reservists, declare-mobilization: mobilisation (154); a coach
// calling up players is none.
TEST(CoderCameo12C, CallUpsAndMobilisations) {
  NEED_MODELS();
  Document d = code_text("Armenia called up its reservists on Tuesday.", "2023-06-02");
  EXPECT_TRUE(find(d, "ARM", "", "154")) << describe(d);
  Document m = code_text("Russia announced a partial mobilisation.", "2023-06-02");
  EXPECT_TRUE(find(m, "RUS", "", "154")) << describe(m);
  Document near = code_text("Kenya's football coach called up three new players.", "2023-06-02");
  EXPECT_EQ(count_root(near, "15"), 0) << describe(near);
}

// walk-off-job-p, lay-siege-crowd: workers walking off the job strike
// (143); farmers laying siege to a building block it (144), troops
// besiege (191).
TEST(CoderCameo12C, WalkoutsAndSiegesByCrowds) {
  NEED_MODELS();
  Document d = code_text("Kenyan nurses walked off the job on Monday.", "2023-06-02");
  EXPECT_TRUE(find(d, "KEN", "", "143")) << describe(d);
  Document near = code_text("The Kenyan actor walked off the stage.", "2023-06-02");
  EXPECT_EQ(count_root(near, "14"), 0) << describe(near);
  Document s = code_text("Kenyan farmers laid siege to the parliament in Nairobi.", "2023-06-02");
  EXPECT_TRUE(find(s, "KENAGR", "KENLEG", "144")) << describe(s);
  EXPECT_EQ(count_root(s, "19"), 0) << describe(s);
  Document t = code_text("Russian forces laid siege to the Ukrainian city of Kharkiv.", "2023-06-02");
  EXPECT_TRUE(find(t, "RUSMIL", "UKR", "191")) << describe(t);
}

// Coder (drop_subsumed): a protest's "to protest" purpose clause naming no
// one is that protest, coded once; one that names whom it is against stays.
TEST(CoderCameo12C, AProtestToProtestIsOneProtest) {
  NEED_MODELS();
  Document d = code_text("Palestinian prisoners began a hunger strike to protest their detention.", "2023-06-02");
  EXPECT_TRUE(find(d, "PSE", "", "142")) << describe(d);
  EXPECT_EQ(count_root(d, "11"), 0) << describe(d);
  EXPECT_EQ(count_root(d, "14"), 1) << describe(d);
  Document t = code_text("Kenyan teachers went on strike to protest against President William Ruto.", "2023-06-02");
  EXPECT_TRUE(find(t, "KEN", "KENGOV", "141")) << describe(t);
}

// Parser repair (repair_agent_on_oblique_name): a passive's by-phrase hung
// on the proper name before it is the passive's agent; a common noun keeps
// its own by-phrase.
TEST(CoderCameo12C, ByAgentHungOnAProperName) {
  NEED_MODELS();
  Document d = code_text("A lawsuit was filed against Kenya by Uganda.", "2023-06-02");
  EXPECT_TRUE(find(d, "UGA", "KEN", "115")) << describe(d);
}

// recommend-charges: recommending that someone be charged accuses them
// (1121, the clause's passive subject); recommending tests is none.
TEST(CoderCameo12C, RecommendingCharges) {
  NEED_MODELS();
  Document r = code_text("Kenyan police recommended that opposition leader Raila Odinga be charged with incitement.",
                         "2023-06-02");
  EXPECT_TRUE(find(r, "KENCOP", "KENOPP", "1121")) << describe(r);
  Document near = code_text("Kenyan doctors recommended that the patients be tested.", "2023-06-02");
  EXPECT_EQ(count_root(near, "11"), 0) << describe(near);
}

// block-takeover: a state stopping another's takeover rejects economic
// cooperation (1211); shareholders blocking a merger are no actor, and
// investment halted is the investor's own.
TEST(CoderCameo12C, BlockingATakeover) {
  NEED_MODELS();
  Document d = code_text("Washington blocked the Chinese acquisition of the chipmaker.", "2023-06-02");
  EXPECT_TRUE(find(d, "USA", "CHN", "1211")) << describe(d);
  Document near = code_text("Shareholders blocked the merger of the two Kenyan banks.", "2023-06-02");
  EXPECT_EQ(count_root(near, "12"), 0) << describe(near);
  Document own = code_text("China halted investment in Zambia.", "2023-06-02");
  EXPECT_EQ(count_root(own, "12"), 0) << describe(own);
}

// give-until-time: time given to act is an ultimatum (139); aid given until
// a year is none.
TEST(CoderCameo12C, TimeGivenToActIsAnUltimatum) {
  NEED_MODELS();
  Document d = code_text("Russia gave Ukraine until 5 p.m. to surrender the city.", "2023-06-02");
  EXPECT_TRUE(find(d, "RUS", "UKR", "139")) << describe(d);
  Document near = code_text("Japan gave aid until 2010 to help Kenyan farmers.", "2023-06-02");
  EXPECT_EQ(count_root(near, "13"), 0) << describe(near);
}

// cut-energy-supply: cutting a state's energy reduces relations (160); the
// announced cut is a threat (131). Fuel prices cut are none.
TEST(CoderCameo12C, CuttingEnergySupplies) {
  NEED_MODELS();
  Document d = code_text("Moscow halted gas deliveries to Bulgaria.", "2023-06-02");
  EXPECT_TRUE(find(d, "RUS", "BGR", "160")) << describe(d);
  Document t = code_text("Russia warned it would cut oil supplies to Poland.", "2023-06-02");
  EXPECT_TRUE(find(t, "RUS", "POL", "131", Modality::kIntended)) << describe(t);
  Document near = code_text("Kenya cut fuel prices on Monday.", "2023-06-02");
  EXPECT_EQ(count_root(near, "16"), 0) << describe(near);
}

// Actor stage: a law no actor owns, protested against by a state's own
// people, is their government's (implied mention), so the protest is aimed
// at it; a state protesting a law, or a law with an owner, is left alone.
TEST(CoderCameo12C, AProtestAgainstAnUnownedLawIsAimedAtTheGovernment) {
  NEED_MODELS();
  Document d = code_text("Tunisian teachers protested against the new education law.", "2023-06-02");
  EXPECT_TRUE(find(d, "TUN", "TUNGOV", "141")) << describe(d);
  Document s = code_text("Georgian students staged a rally against the foreign agents law.", "2023-06-02");
  EXPECT_TRUE(find(s, "GEO", "GEOGOV", "141")) << describe(s);
  Document state = code_text("China protested against the new law.", "2023-06-02");
  EXPECT_FALSE(find(state, "CHN", "CHNGOV", "14")) << describe(state);
  Document owned = code_text("Tunisian teachers protested against the French law.", "2023-06-02");
  EXPECT_FALSE(find(owned, "TUN", "TUNGOV", "14")) << describe(owned);
  // An election boycotted by the opposition is the government's.
  Document b = code_text("Zimbabwe's main opposition party boycotted the general election.", "2023-06-02");
  EXPECT_TRUE(find(b, "ZWEOPP", "ZWEGOV", "143")) << describe(b);
  Document m = code_text("Kenyan fans boycotted the match.", "2023-06-02");
  EXPECT_EQ(count_root(m, "14"), 0) << describe(m);
}

// --- Round 2 (56-cameo12-c.txt): families of phrasings -----------------------

// express-reservations: reservations or misgivings about an actor's act are
// disapproval (110); a teacher's reservations about a curriculum, or hotel
// reservations, are none.
TEST(CoderCameo12C, ReservationsAndMisgivingsAreDisapproval) {
  NEED_MODELS();
  Document d = code_text("Paris has serious misgivings over Rome's decision to close its ports.", "2023-06-02");
  EXPECT_TRUE(find(d, "FRA", "ITA", "110")) << describe(d);
  Document r = code_text("Berlin expressed reservations about Warsaw's judicial reform.", "2023-06-02");
  EXPECT_TRUE(find(r, "DEU", "POL", "110")) << describe(r);
  Document near = code_text("The Kenyan minister made hotel reservations in Paris.", "2023-06-02");
  EXPECT_EQ(count_root(near, "11"), 0) << describe(near);
}

// come-under-fire-from: a government coming under fire from a critic is
// criticized (111); troops coming under fire from militants are shot at.
TEST(CoderCameo12C, AGovernmentUnderFireFromACritic) {
  NEED_MODELS();
  Document d = code_text("Kenya's government came under fire from Amnesty International over the killing of protesters.", "2023-06-02");
  EXPECT_TRUE(find(d, "NGO", "KENGOV", "111")) << describe(d);
  Document near = code_text("Ukrainian troops came under fire from Russian forces near Bakhmut.", "2023-06-02");
  EXPECT_EQ(count_root(near, "11"), 0) << describe(near);
}

// dismiss-plan(-as), dismiss-demand-as, reject-demand-from: a proposal
// dismissed is rejected (127), demands dismissed are refused (123); claims
// dismissed as baseless stay a denial, an official dismissed is fired.
TEST(CoderCameo12C, DismissingAProposalOrDemandsIsARejection) {
  NEED_MODELS();
  Document d = code_text("Tehran dismissed the French offer as a ploy.", "2023-06-02");
  EXPECT_TRUE(find(d, "IRN", "FRA", "127")) << describe(d);
  Document p = code_text("Beijing dismissed the American proposal for a hotline.", "2023-06-02");
  EXPECT_TRUE(find(p, "CHN", "USA", "127")) << describe(p);
  Document a = code_text("Ankara dismissed Washington's demands as unacceptable.", "2023-06-02");
  EXPECT_TRUE(find(a, "TUR", "USA", "123")) << describe(a);
  Document f = code_text("Ethiopia rejected calls from the African Union for a ceasefire in Tigray.", "2023-06-02");
  EXPECT_TRUE(find(f, "ETH", "IGOAFRAFU", "123")) << describe(f);
  Document c = code_text("Turkey dismissed the Greek claims as baseless.", "2023-06-02");
  EXPECT_EQ(count_root(c, "12"), 0) << describe(c);
  Document m = code_text("The Kenyan president dismissed the finance minister.", "2023-06-02");
  EXPECT_EQ(count_root(m, "12"), 0) << describe(m);
}

// not-back-down(-dispute), hold-ground(-dispute), dig-in-heels: refusing to
// yield (124), asserted; a side that backed down yields, runners holding
// their ground are no event.
TEST(CoderCameo12C, NotBackingDownAndHoldingGround) {
  NEED_MODELS();
  Document d = code_text("Beijing will not back down over Taiwan.", "2023-06-02");
  EXPECT_TRUE(find(d, "CHN", "TWN", "124")) << describe(d);
  Document j = code_text("Japan said it would not back down in its dispute with China over the islands.", "2023-06-02");
  EXPECT_TRUE(find(j, "JPN", "CHN", "124")) << describe(j);
  Document h = code_text("India held its ground in the border standoff with China.", "2023-06-02");
  EXPECT_TRUE(find(h, "IND", "CHN", "124")) << describe(h);
  Document k = code_text("Kyiv stood its ground against Moscow's demands.", "2023-06-02");
  EXPECT_TRUE(find(k, "UKR", "RUS", "124")) << describe(k);
  Document g = code_text("Turkey continued to dig in its heels over Sweden's bid.", "2023-06-02");
  EXPECT_TRUE(find(g, "TUR", "SWE", "124")) << describe(g);
  Document near = code_text("The Kenyan runners held their ground in the final lap.", "2023-06-02");
  EXPECT_EQ(count_root(near, "12"), 0) << describe(near);
  Document yes = code_text("Russia backed down over the grain deal.", "2023-06-02");
  EXPECT_EQ(count_root(yes, "12"), 0) << describe(yes);
}

// raise-prospect-sanctions, raise-prospect-force: raising the prospect of
// sanctions (1312) or of retaliation (138) against someone threatens them;
// the prospect of talks, or of rain, threatens no one.
TEST(CoderCameo12C, RaisingTheProspectOfSanctionsOrForce) {
  NEED_MODELS();
  Document d = code_text("Brussels raised the threat of tariffs on Chinese electric cars.", "2023-06-02");
  EXPECT_TRUE(find(d, "IGOEUREEC", "CHN", "1312")) << describe(d);
  Document f = code_text("Russia raised the spectre of military retaliation against Moldova.", "2023-06-02");
  EXPECT_TRUE(find(f, "RUS", "MDA", "138")) << describe(f);
  Document t = code_text("The EU raised the prospect of talks with Iran.", "2023-06-02");
  EXPECT_EQ(count_root(t, "13"), 0) << describe(t);
  Document r = code_text("The Kenyan minister raised the prospect of rain in the north.", "2023-06-02");
  EXPECT_EQ(count_root(r, "13"), 0) << describe(r);
}

// threaten-with-repression: threatening people with arrest or death is 137;
// a river threatening a town with floods is no one's threat.
TEST(CoderCameo12C, ThreateningPeopleWithArrestOrDeath) {
  NEED_MODELS();
  Document d = code_text("The Chinese police threatened Hong Kong protesters with arrest.", "2023-06-02");
  EXPECT_TRUE(find(d, "CHNCOP", "HKGOPP", "137")) << describe(d);
  Document near = code_text("The rising river threatened the Kenyan town with floods.", "2023-06-02");
  EXPECT_EQ(count_root(near, "13"), 0) << describe(near);
}

// threaten-quit: a threat to leave a treaty, deal or talks (13x), the
// clause's own code kept where it has one; a farmer threatening to leave a
// market with his cattle is no event of that kind.
TEST(CoderCameo12C, ThreateningToQuitATreatyOrTalks) {
  NEED_MODELS();
  Document d = code_text("Russia threatened to withdraw from the Black Sea grain deal.", "2023-06-02");
  EXPECT_TRUE(find(d, "RUS", "", "13")) << describe(d);
  Document t = code_text("Iran threatened to walk out of the nuclear talks in Vienna.", "2023-06-02");
  EXPECT_TRUE(find(t, "IRN", "", "13")) << describe(t);
  Document b = code_text("Burundi threatened to leave the African Union.", "2023-06-02");
  EXPECT_TRUE(find(b, "BDI", "IGOAFRAFU", "13")) << describe(b);
}

// warn-of-protest: unions warning of strikes against the government
// threaten protest (133); the police warning of protests expect them.
TEST(CoderCameo12C, UnionsWarningOfStrikes) {
  NEED_MODELS();
  Document d = code_text("Nigerian unions warned of strikes against the Tinubu government.", "2023-06-02");
  EXPECT_TRUE(find_code(d, "133")) << describe(d);
  Document near = code_text("French police warned of protests in Paris on Saturday.", "2023-06-02");
  EXPECT_EQ(count_root(near, "13"), 0) << describe(near);
}

// n-rejection, n-defiance: an owner's rejection of another's offer (120),
// its defiance of a court's order (128); a runner's defiance is none.
TEST(CoderCameo12C, NominalRejectionAndDefiance) {
  NEED_MODELS();
  Document d = code_text("Seoul's rebuff of Tokyo's offer surprised analysts.", "2023-06-02");
  EXPECT_TRUE(find(d, "KOR", "JPN", "120")) << describe(d);
  Document f = code_text("Russia's defiance of the World Court's order angered Kyiv.", "2023-06-02");
  EXPECT_TRUE(find(f, "RUS", "IGOUNO", "128")) << describe(f);
  Document near = code_text("The defiance of the Kenyan runners impressed the crowd.", "2023-06-02");
  EXPECT_EQ(count_root(near, "12"), 0) << describe(near);
}

// go-on-alert(-adv), raise-alert-level: forces put on alert (152); an
// athlete going on a winning streak is none.
TEST(CoderCameo12C, GoingOnAlertAndRaisingTheAlertLevel) {
  NEED_MODELS();
  Document d = code_text("Pakistan's air force went on high alert after the border clash.", "2023-06-02");
  EXPECT_TRUE(find(d, "PAKMIL", "", "152")) << describe(d);
  Document r = code_text("The Israeli army remained on high alert along the border.", "2023-06-02");
  EXPECT_TRUE(find(r, "ISRMIL", "", "152")) << describe(r);
  Document l = code_text("South Korea's military raised its alert level.", "2023-06-02");
  EXPECT_TRUE(find(l, "KORMIL", "", "152")) << describe(l);
  Document near = code_text("The Kenyan athlete went on a winning streak.", "2023-06-02");
  EXPECT_EQ(count_root(near, "15"), 0) << describe(near);
}

// boost-police-presence, boost-military-presence, send-warship,
// show-off-weapon: police (153) and troops (154) reinforced, a warship
// sent (154), weapons shown off (150); a firm's presence or a plane maker's
// jet are none.
TEST(CoderCameo12C, PresenceReinforcedWarshipsSentWeaponsShownOff) {
  NEED_MODELS();
  Document d = code_text("Kenya's government beefed up the police presence around State House.", "2023-06-02");
  EXPECT_TRUE(find(d, "KENGOV", "", "153")) << describe(d);
  Document m = code_text("Japan stepped up its military presence near the islands.", "2023-06-02");
  EXPECT_TRUE(find(m, "JPN", "", "154")) << describe(m);
  Document w = code_text("Britain dispatched a destroyer to the Red Sea.", "2023-06-02");
  EXPECT_TRUE(find(w, "GBR", "", "154")) << describe(w);
  Document s = code_text("North Korea showed off its newest missiles at a parade.", "2023-06-02");
  EXPECT_TRUE(find(s, "PRK", "", "150")) << describe(s);
  Document f = code_text("The company increased its presence in Kenya.", "2023-06-02");
  EXPECT_EQ(count_root(f, "15"), 0) << describe(f);
  Document b = code_text("Boeing showed off its new jet at the Paris air show.", "2023-06-02");
  EXPECT_EQ(count_root(b, "15"), 0) << describe(b);
}

// challenge-at-court, snub-invitation, thumb-nose, defy-as-dissent: a
// measure challenged at the WTO (115), an invitation snubbed (125), a nose
// thumbed at a court (128), students defying the police (140); a runner
// challenging a champion, an athlete defying the odds, a state defying the
// UN (128, not dissent) are not those.
TEST(CoderCameo12C, ChallengesSnubsAndDefiance) {
  NEED_MODELS();
  Document d = code_text("Canada challenged India's sugar subsidies at the WTO.", "2023-06-02");
  EXPECT_TRUE(find(d, "CAN", "IND", "115")) << describe(d);
  Document s = code_text("Israel's Netanyahu snubbed the invitation to the Paris peace conference.", "2023-06-02");
  EXPECT_TRUE(find(s, "ISR", "FRA", "125")) << describe(s);
  Document t = code_text("Sudan's Omar al-Bashir thumbed his nose at the International Criminal Court.", "2023-06-02");
  EXPECT_TRUE(find(t, "SDN", "IGOICC", "128")) << describe(t);
  Document o = code_text("Russian opposition supporters defied the Kremlin by signing a petition.", "2023-06-02");
  EXPECT_TRUE(find(o, "RUSOPP", "RUSGOV", "140")) << describe(o);
  Document r = code_text("The Kenyan runner challenged the champion at the Olympics.", "2023-06-02");
  EXPECT_EQ(count_root(r, "11"), 0) << describe(r);
  Document a = code_text("The Kenyan athlete defied the odds to win gold.", "2023-06-02");
  EXPECT_EQ(count_root(a, "14"), 0) << describe(a);
  Document n = code_text("North Korea defied the UN by launching a missile.", "2023-06-02");
  EXPECT_EQ(count_root(n, "14"), 0) << describe(n);
}

// streets-to-demand, march-to-demand: a demonstration whose purpose is a
// demand is one protest (141) aimed at the one the demand is aimed at; a
// crowd gathering to watch a match is none.
TEST(CoderCameo12C, ADemonstrationToDemandIsAimedAtTheOneAsked) {
  NEED_MODELS();
  Document d = code_text("Venezuelan protesters took to the streets to demand Nicolas Maduro's resignation.", "2019-01-23");
  EXPECT_TRUE(find(d, "VENOPP", "VENGOV", "141")) << describe(d);
  EXPECT_EQ(count_root(d, "10"), 0) << describe(d);
  Document m = code_text("Thousands of Serbians demonstrated in Belgrade to demand the resignation of President Vucic.", "2023-06-02");
  EXPECT_TRUE(find(m, "SRB", "SRBGOV", "141")) << describe(m);
  Document near = code_text("Kenyan fans gathered in Nairobi to watch the final.", "2023-06-02");
  EXPECT_EQ(count_root(near, "14"), 0) << describe(near);
}

// warn-repression (55-cameo12-c.txt) with "could" and a party dissolved or
// banned: a threat of repression (137); a bridge that could be closed, or
// civilians the UN fears could be killed, are no one's threat.
TEST(CoderCameo12C, WarningThatAPartyCouldBeDissolved) {
  NEED_MODELS();
  Document d = code_text("Hun Sen warned that the opposition CNRP could be dissolved.", "2017-09-06");
  EXPECT_TRUE(find(d, "KHMGOV", "KHMOPP", "137")) << describe(d);
  Document b = code_text("The Kenyan minister warned that the bridge could be closed.", "2023-06-02");
  EXPECT_EQ(count_root(b, "13"), 0) << describe(b);
  Document u = code_text("The UN warned that Sudanese civilians could be killed.", "2023-06-02");
  EXPECT_EQ(count_root(u, "13"), 0) << describe(u);
}

// troops-*-border: troops massed on a border with a state are aimed at it
// (154); at one's own border with no one named, no target; block-to-protest:
// a blockade to protest is one 144, not also an announced protest (133);
// round-on: criticism (111), not a lap.
TEST(CoderCameo12C, TroopsOnABorderBlockadesToProtestRoundingOn) {
  NEED_MODELS();
  Document d = code_text("India rushed troops to the border with China.", "2023-06-02");
  EXPECT_TRUE(find(d, "IND", "CHN", "154")) << describe(d);
  Document own = code_text("Kenya deployed troops to its border.", "2023-06-02");
  EXPECT_TRUE(find(own, "KEN", "", "154")) << describe(own);
  Document b = code_text("Canadian truckers barricaded the Ambassador Bridge to protest vaccine mandates.", "2022-02-10");
  EXPECT_TRUE(find_code(b, "144")) << describe(b);
  EXPECT_EQ(count_root(b, "13"), 0) << describe(b);
  Document r = code_text("The Turkish president rounded on the EU over migration.", "2023-06-02");
  EXPECT_TRUE(find(r, "TUR", "IGOEUREEC", "111")) << describe(r);
  Document near = code_text("The Kenyan team rounded on the final lap.", "2023-06-02");
  EXPECT_EQ(count_root(near, "11"), 0) << describe(near);
}

// stand-firm, not-budge: refusing to yield (124) against someone named;
// a currency standing firm against the dollar, prices not budging, are
// none. walk-out-in-protest: a walkout (143), not leaving a factory.
// blockade-crossing: farmers blocking the border with a state (144).
// warship-through: a carrier sailed through a strait (150), not a ferry.
TEST(CoderCameo12C, StandingFirmWalkoutsBorderBlockadesAndStraits) {
  NEED_MODELS();
  Document d = code_text("Riyadh stood firm against Washington's calls.", "2023-06-02");
  EXPECT_TRUE(find(d, "SAU", "USA", "124")) << describe(d);
  Document b = code_text("Beijing would not budge on Taiwan.", "2023-06-02");
  EXPECT_TRUE(find(b, "CHN", "TWN", "124")) << describe(b);
  Document c = code_text("The Kenyan shilling stood firm against the dollar.", "2023-06-02");
  EXPECT_EQ(count_root(c, "12"), 0) << describe(c);
  Document p = code_text("The Kenyan prices did not budge last week.", "2023-06-02");
  EXPECT_EQ(count_root(p, "12"), 0) << describe(p);
  Document w = code_text("Greek workers walked out in protest at the pension cuts.", "2023-06-02");
  EXPECT_TRUE(find(w, "GRCLAB", "", "143")) << describe(w);
  Document f = code_text("The Kenyan workers walked out of the factory at five.", "2023-06-02");
  EXPECT_EQ(count_root(f, "14"), 0) << describe(f);
  Document x = code_text("Polish farmers blocked the border with Ukraine.", "2023-06-02");
  EXPECT_TRUE(find(x, "POLAGR", "UKR", "144")) << describe(x);
  Document s = code_text("The United States sent a destroyer through the Taiwan Strait.", "2023-06-02");
  EXPECT_TRUE(find(s, "USA", "TWN", "150")) << describe(s);
  Document n = code_text("The Kenyan ferry sailed through the night.", "2023-06-02");
  EXPECT_EQ(count_root(n, "15"), 0) << describe(n);
}

// n-military-drills, n-veto: a state's military drills near another (150),
// its veto of a body's resolution (129); a fire drill, an exercise of
// sovereignty, are none.
TEST(CoderCameo12C, NominalDrillsAndVetoes) {
  NEED_MODELS();
  Document d = code_text("China's military drills near Taiwan alarmed Taipei.", "2023-06-02");
  EXPECT_TRUE(find(d, "CHN", "TWN", "150")) << describe(d);
  Document v = code_text("Russia's veto of the UN resolution drew criticism.", "2023-06-02");
  EXPECT_TRUE(find(v, "RUS", "IGOUNO", "129")) << describe(v);
  Document f = code_text("Kenya's fire drill went smoothly.", "2023-06-02");
  EXPECT_EQ(count_root(f, "15"), 0) << describe(f);
  Document e = code_text("Beijing's exercise of sovereignty over the islands was criticized.", "2023-06-02");
  EXPECT_EQ(count_root(e, "15"), 0) << describe(e);
}

// charge-with-meddling, put-on-notice: a state charged with meddling is
// accused (112), a state put on notice is warned (130); an activist charged
// with incitement is charged in law (173), tenants put on notice by a
// landlord are no event.
TEST(CoderCameo12C, ChargedWithMeddlingAndPutOnNotice) {
  NEED_MODELS();
  Document d = code_text("Beijing charged Washington with meddling in Hong Kong.", "2023-06-02");
  EXPECT_TRUE(find(d, "CHN", "USA", "112")) << describe(d);
  EXPECT_EQ(count_root(d, "17"), 0) << describe(d);
  Document n = code_text("Washington put Beijing on notice over its support for Moscow.", "2023-06-02");
  EXPECT_TRUE(find(n, "USA", "CHN", "130")) << describe(n);
  Document a = code_text("Kenyan prosecutors charged the former minister with corruption.", "2023-06-02");
  EXPECT_EQ(count_root(a, "11"), 0) << describe(a);
  Document t = code_text("The Kenyan landlord put the tenants on notice.", "2023-06-02");
  EXPECT_EQ(count_root(t, "13"), 0) << describe(t);
}

}  // namespace
}  // namespace dyad
