// CAMEO phrasing coverage, roots 01-05 (twelfth session, helper a): the
// patterns of data/verbs/55-cameo12-a.txt and one coder rule (talks or a
// call "in" which the clause happens), each with sentences invented for the
// test and near misses it must not touch. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, count_root, NEED_MODELS

// 012 sound-alarm: sounding the alarm over something is concern; a fire
// alarm that sounds is no one's statement.
TEST(CoderCameo12A, SoundingTheAlarmIsConcern) {
  NEED_MODELS();
  Document d = code_text("The WHO chief sounded the alarm over the spread of measles in Yemen.", "2024-02-01");
  EXPECT_TRUE(find(d, "IGOUNO", "", "012")) << describe(d);
  Document n = code_text("The fire alarm sounded in the Kenyan parliament building on Monday.", "2024-02-01");
  EXPECT_EQ(count_root(n, "01"), 0) << describe(n);
}

// 013 optimistic-that: optimism about what will happen, no actor named in
// the clause; optimism about one's own fate stays uncoded.
TEST(CoderCameo12A, OptimismAboutAnOutcomeIsARemark) {
  NEED_MODELS();
  Document d = code_text("Germany's chancellor was optimistic that the trade pact would be ratified.", "2024-02-01");
  EXPECT_TRUE(find(d, "DEUGOV", "", "013")) << describe(d);
  Document n = code_text("The Ugandan opposition leader says he is hopeful, but also wary, about how the vote will go for him.",
                         "2024-02-01");
  EXPECT_EQ(count_root(n, "01"), 0) << describe(n);
}

// 019 agree-that: two sides agreeing that something is so agree with each
// other; one side agreeing names no partner, and analysts are no one.
TEST(CoderCameo12A, TwoSidesAgreeingThatAgreeWithEachOther) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda agreed that the border should be reopened.", "2024-02-01");
  EXPECT_TRUE(find(d, "KEN", "UGA", "019")) << describe(d);
  EXPECT_TRUE(find(d, "UGA", "KEN", "019")) << describe(d);
  Document one = code_text("Russia agreed that Ukraine could export grain.", "2024-02-01");
  EXPECT_EQ(count_root(one, "01"), 0) << describe(one);
  Document a = code_text("Most analysts in Nairobi agreed that the economy would slow.", "2024-02-01");
  EXPECT_EQ(count_root(a, "01"), 0) << describe(a);
}

// event_stage.cc code_judgement: blame a speaker lays on itself ("said it
// was behind the attack") claims responsibility (015), no accusation;
// blame laid on another stays 112, and a duty is no blame.
TEST(CoderCameo12A, BlameLaidOnOneselfClaimsResponsibility) {
  NEED_MODELS();
  Document d = code_text("The Islamic State group said it was responsible for the attack on the mosque in Kabul.",
                         "2024-02-01");
  EXPECT_TRUE(find(d, "", "", "015")) << describe(d);
  EXPECT_EQ(count_root(d, "11"), 0) << describe(d);
  Document q = code_text("\"We are behind the attack on the convoy,\" the Pakistani Taliban said.", "2024-02-01");
  EXPECT_TRUE(find(q, "PAK", "", "015")) << describe(q);
  Document o = code_text("The Afghan government said the Taliban were behind the attack.", "2024-02-01");
  EXPECT_TRUE(find(o, "AFGGOV", "AFG", "112")) << describe(o);
  EXPECT_EQ(count_root(o, "01"), 0) << describe(o);
  Document n = code_text("The Kenyan government said it was responsible for the security of the region.", "2024-02-01");
  EXPECT_EQ(count_root(n, "01") + count_root(n, "11"), 0) << describe(n);
}

// 015 admit-doing: admitting an act of force one carried out; admitting a
// fact is no claim of responsibility.
TEST(CoderCameo12A, AdmittingAnAttackClaimsResponsibility) {
  NEED_MODELS();
  Document d = code_text("The Pakistani Taliban admitted carrying out the attack on the police station.", "2024-02-01");
  EXPECT_TRUE(find(d, "PAKINS", "", "015")) << describe(d);
  Document n = code_text("The Kenyan finance minister admitted that prices had risen.", "2024-02-01");
  EXPECT_EQ(count_root(n, "01"), 0) << describe(n);
}

// 019 share-view-that: sharing the view that something is so; sharing views
// with someone stays an exchange (040).
TEST(CoderCameo12A, SharingTheViewThatIsAgreement) {
  NEED_MODELS();
  Document d = code_text("Brazil and Argentina share the view that the war must end.", "2024-02-01");
  EXPECT_TRUE(find(d, "BRA", "ARG", "019")) << describe(d);
  EXPECT_TRUE(find(d, "ARG", "BRA", "019")) << describe(d);
  Document e = code_text("Kenya shared views with Uganda on the border.", "2024-02-01");
  EXPECT_TRUE(find(e, "KEN", "UGA", "040")) << describe(e);
  EXPECT_EQ(count_root(e, "01"), 0) << describe(e);
}

// 014 review-policy: reviewing a policy toward someone weighs it; a shop
// reviewing its prices weighs nothing political.
TEST(CoderCameo12A, ReviewingAPolicyTowardAStateWeighsIt) {
  NEED_MODELS();
  Document d = code_text("Japan said it was reviewing its aid to Myanmar.", "2024-02-01");
  EXPECT_TRUE(find(d, "JPN", "MMR", "014")) << describe(d);
  Document n = code_text("The museum in Tokyo reviewed its ticket prices.", "2024-02-01");
  EXPECT_EQ(count_root(n, "01"), 0) << describe(n);
  // A court reviewing a deal judges it.
  Document c = code_text("The Kenyan court will review the deal with China next week.", "2024-02-01");
  EXPECT_EQ(count_root(c, "01"), 0) << describe(c);
}

// 018 stand-solidarity: "stood in solidarity with"; standing in the rain
// with someone is no sympathy.
TEST(CoderCameo12A, StandingInSolidarityIsSympathy) {
  NEED_MODELS();
  Document d = code_text("Brazil stood in solidarity with Turkey after the earthquake.", "2024-02-01");
  EXPECT_TRUE(find(d, "BRA", "TUR", "018")) << describe(d);
  Document n = code_text("Brazil's president stood in the rain with Turkey's ambassador.", "2024-02-01");
  EXPECT_FALSE(find(n, "BRA", "TUR", "018")) << describe(n);
}

// 02: an appeal for aid with no addressee; lobbying and begging someone for
// support or aid; a legal appeal is no appeal for aid.
TEST(CoderCameo12A, AppealsForAidAndSupport) {
  NEED_MODELS();
  Document d = code_text("Sudan appealed for food aid after the floods.", "2024-02-01");
  EXPECT_TRUE(find(d, "SDN", "", "023")) << describe(d);
  Document l = code_text("Haiti lobbied France for support at the UN.", "2024-02-01");
  EXPECT_TRUE(find(l, "HTI", "FRA", "022")) << describe(l);
  Document b = code_text("Haiti begged Washington for food aid.", "2024-02-01");
  EXPECT_TRUE(find(b, "HTI", "USA", "023")) << describe(b);
  Document w = code_text("Ukraine is begging Germany for tanks.", "2024-02-01");
  EXPECT_TRUE(find(w, "UKR", "DEU", "0232")) << describe(w);
  Document h = code_text("Sudan appealed for relief supplies.", "2024-02-01");
  EXPECT_TRUE(find(h, "SDN", "", "0233")) << describe(h);
  Document m = code_text("Ghana sought a bailout from the International Monetary Fund.", "2024-02-01");
  EXPECT_TRUE(find(m, "GHA", "IGOIMF", "0231")) << describe(m);
  Document f = code_text("Haiti requested the deployment of an international force.", "2024-02-01");
  EXPECT_TRUE(find(f, "HTI", "", "0234")) << describe(f);
  Document n = code_text("Sudan appealed against the ruling.", "2024-02-01");
  EXPECT_EQ(count_root(n, "02"), 0) << describe(n);
}

// &region-act partner ally: partners or allies a region names stand for the
// region, whatever owns them ("its Western partners": not Kyiv itself).
TEST(CoderCameo12A, PartnersARegionNamesAreTheRegion) {
  NEED_MODELS();
  Document d = code_text("Ukraine begged its European allies for missiles.", "2024-02-01");
  EXPECT_TRUE(find(d, "UKR", "EUR", "0232")) << describe(d);
  Document w = code_text("Kyiv urged its Western partners to send more missiles.", "2024-02-01");
  EXPECT_TRUE(find(w, "UKR", "WST", "0232")) << describe(w);
  // A region's consumers are still no actor.
  Document c = code_text("Russia urged European consumers to buy more gas.", "2024-02-01");
  EXPECT_FALSE(find(c, "RUS", "EUR", "02")) << describe(c);
}

// 026 invite-to-talks: an invitation to a round of talks; an invitation to
// dinner is no appeal to negotiate.
TEST(CoderCameo12A, AnInvitationToARoundOfTalksIsAnAppealToMeet) {
  NEED_MODELS();
  Document d = code_text("Kenya invited Somalia to a new round of talks on the maritime border.", "2024-02-01");
  EXPECT_TRUE(find(d, "KEN", "SOM", "026")) << describe(d);
  Document n = code_text("Kenya invited Somalia's president to dinner.", "2024-02-01");
  EXPECT_FALSE(find(n, "KEN", "SOM", "026")) << describe(n);
}

// 035 through the intent table: backing down in a dispute with someone,
// dropping objections to their bid; bare objections dropped name no one.
TEST(CoderCameo12A, YieldingInADisputeIsAimedAtTheOtherSide) {
  NEED_MODELS();
  Document d = code_text("Greece was ready to back down in its dispute with Turkey.", "2024-02-01");
  EXPECT_TRUE(find(d, "GRC", "TUR", "035", Modality::kIntended)) << describe(d);
  Document o = code_text("Hungary dropped its objections to Sweden's NATO membership.", "2024-02-01");
  EXPECT_TRUE(find(o, "HUN", "SWE", "080")) << describe(o);
  Document n = code_text("Hungary dropped its objections.", "2024-02-01");
  EXPECT_EQ(count_root(n, "08"), 0) << describe(n);
}

// event_stage.cc: the reported "will" after a past speech verb holds for
// acts that are intentions already (03x), as for those the intent table
// maps; someone else's "would" stays a possibility.
TEST(CoderCameo12A, AReportedWouldAnnouncesAnIntentionAlready03) {
  NEED_MODELS();
  Document d = code_text("Sudan said it would accept African Union mediation.", "2024-02-01");
  EXPECT_TRUE(find(d, "SDN", "IGOAFRAFU", "038", Modality::kIntended)) << describe(d);
  Document o = code_text("Analysts in Nairobi said Sudan would accept African Union mediation.", "2024-02-01");
  EXPECT_FALSE(find(o, "SDN", "IGOAFRAFU", "038", Modality::kIntended)) << describe(o);
}

// 080 lift-veto: a veto lifted on someone's bid (announced: 035).
TEST(CoderCameo12A, LiftingAVetoOnABidYields) {
  NEED_MODELS();
  Document d = code_text("Hungary said it would lift its veto on Ukraine's membership talks.", "2024-02-01");
  EXPECT_TRUE(find(d, "HUN", "UKR", "035", Modality::kIntended)) << describe(d);
  Document n = code_text("The Kenyan senate lifted its hold on the budget.", "2024-02-01");
  EXPECT_EQ(count_root(n, "08") + count_root(n, "03"), 0) << describe(n);
}

// 038 open-to-mediation; "open to customers" is no mediation.
TEST(CoderCameo12A, OpenToMediationAcceptsIt) {
  NEED_MODELS();
  Document d = code_text("Ethiopia is open to Kenyan mediation.", "2024-02-01");
  EXPECT_TRUE(find(d, "ETH", "KEN", "038")) << describe(d);
  Document n = code_text("The Kenyan shop is open to customers from Ethiopia.", "2024-02-01");
  EXPECT_EQ(count_root(n, "03"), 0) << describe(n);
}

// 037 settle-dispute-future / make-peace-future: only announced; a dispute
// settled is not coded as an intent.
TEST(CoderCameo12A, AnnouncedSettlementIsIntentToSettle) {
  NEED_MODELS();
  Document d = code_text("Egypt and Ethiopia pledged to resolve their dispute over the Nile dam.", "2024-02-01");
  EXPECT_TRUE(find(d, "EGY", "ETH", "037", Modality::kIntended)) << describe(d);
  EXPECT_TRUE(find(d, "ETH", "EGY", "037", Modality::kIntended)) << describe(d);
  Document p = code_text("Armenia said it will make peace with Azerbaijan.", "2024-02-01");
  EXPECT_TRUE(find(p, "ARM", "AZE", "037", Modality::kIntended)) << describe(p);
  Document n = code_text("Egypt and Ethiopia resolved their dispute over the Nile dam.", "2024-02-01");
  EXPECT_EQ(count_root(n, "03"), 0) << describe(n);
}

// 0333 / 0334 / 0353 / 0356 / 074: promised relief, peacekeepers, release,
// a ceasefire offered, a security force led in a state.
TEST(CoderCameo12A, PromisedReliefProtectionAndRelease) {
  NEED_MODELS();
  Document d = code_text("Japan promised medical supplies to Turkey.", "2024-02-01");
  EXPECT_TRUE(find(d, "JPN", "TUR", "0333")) << describe(d);
  Document p = code_text("Relief supplies for Libya were promised by Egypt.", "2024-02-01");
  EXPECT_TRUE(find(p, "EGY", "LBY", "0333")) << describe(p);
  Document k = code_text("Kenya pledged peacekeepers to Haiti.", "2024-02-01");
  EXPECT_TRUE(find(k, "KEN", "HTI", "0334")) << describe(k);
  Document r = code_text("Rwanda pledged the release of the detained Congolese soldiers.", "2024-02-01");
  EXPECT_TRUE(find(r, "RWA", "COD", "0353")) << describe(r);
  Document c = code_text("The Sudanese army offered a ceasefire to the Rapid Support Forces.", "2024-02-01");
  EXPECT_TRUE(find(c, "SDNMIL", "SDN", "0356")) << describe(c);
  Document l = code_text("Kenya will lead a multinational security force in Haiti.", "2024-02-01");
  EXPECT_TRUE(find(l, "KEN", "HTI", "0334", Modality::kIntended)) << describe(l);
  // A company leading a sales force is no protection.
  Document n = code_text("Kenya's new manager will lead the company's sales force in Uganda.", "2024-02-01");
  EXPECT_EQ(count_root(n, "03") + count_root(n, "07"), 0) << describe(n);
}

// 04: shuttle diplomacy, sitting down with someone (the parser's adverb
// "down"), sitting at the table, haggling; merchants haggling are no one.
TEST(CoderCameo12A, ShuttlingSittingDownAndHaggling) {
  NEED_MODELS();
  Document d = code_text("The American envoy shuttled between Cairo and Tel Aviv.", "2024-02-01");
  EXPECT_TRUE(find(d, "USAGOV", "EGY", "045")) << describe(d);
  EXPECT_TRUE(find(d, "USAGOV", "ISR", "045")) << describe(d);
  Document s = code_text("The Kenyan president sat down with the Ugandan president.", "2024-02-01");
  EXPECT_TRUE(find(s, "KENGOV", "UGAGOV", "040")) << describe(s);
  // Sitting down with journalists consults no one.
  Document j = code_text("The Ukrainian president sat down with reporters in Kyiv.", "2024-02-01");
  EXPECT_EQ(count_root(j, "04"), 0) << describe(j);
  Document t = code_text("The Afghan government sat down at the table with the Taliban.", "2024-02-01");
  EXPECT_TRUE(find(t, "AFGGOV", "AFG", "046")) << describe(t);
  Document h = code_text("Israel and Hamas haggled over the terms of the hostage deal.", "2024-02-01");
  EXPECT_TRUE(find(h, "ISR", "PSE", "046")) << describe(h);
  EXPECT_TRUE(find(h, "PSE", "ISR", "046")) << describe(h);
  Document n = code_text("The merchants haggled over the price of fish.", "2024-02-01");
  EXPECT_EQ(count_root(n, "04"), 0) << describe(n);
  // A leader welcomed is hosted; a leader's decision welcomed is praise.
  Document l = code_text("Morocco welcomed the Spanish prime minister in Rabat.", "2024-02-01");
  EXPECT_TRUE(find(l, "MAR", "ESPGOV", "043")) << describe(l);
  EXPECT_TRUE(find(l, "ESPGOV", "MAR", "042")) << describe(l);
  Document dcs = code_text("Morocco welcomed the Spanish prime minister's decision.", "2024-02-01");
  EXPECT_TRUE(find(dcs, "MAR", "ESPGOV", "051")) << describe(dcs);
  EXPECT_EQ(count_root(dcs, "04"), 0) << describe(dcs);
  // A welcome given to a visitor: the host hosts, the guest visits.
  Document w = code_text("Uganda gave the Kenyan president a warm welcome.", "2024-02-01");
  EXPECT_TRUE(find(w, "UGA", "KENGOV", "043")) << describe(w);
}

// event_stage.cc (framing talks): a call or talks the clause happens "in"
// are the clause subject's own, as "at a meeting with X" and "during talks
// with X" were; a meeting with reporters is an audience, no partner.
TEST(CoderCameo12A, TalksOrACallTheClauseHappensInAreTheSubjects) {
  NEED_MODELS();
  Document d = code_text("In a phone call with Kenyan President William Ruto, Museveni discussed the border dispute.",
                         "2024-02-01");
  EXPECT_TRUE(find(d, "UGAGOV", "KENGOV", "041")) << describe(d);
  Document m = code_text("In a meeting with Ruto, Museveni pledged support for the pipeline.", "2024-02-01");
  EXPECT_TRUE(find(m, "UGAGOV", "KENGOV", "040")) << describe(m);
  Document r = code_text("In a meeting with reporters, Museveni criticized the Kenyan government.", "2024-02-01");
  EXPECT_EQ(count_root(r, "04"), 0) << describe(r);
}

// 0874 disengage: the two sides pull back from each other.
TEST(CoderCameo12A, TroopsDisengagingPullBackFromEachOther) {
  NEED_MODELS();
  Document d = code_text("Chinese and Indian troops disengaged along the border.", "2024-02-01");
  EXPECT_TRUE(find(d, "CHNMIL", "INDMIL", "0874")) << describe(d);
  EXPECT_TRUE(find(d, "INDMIL", "CHNMIL", "0874")) << describe(d);
}

// 061 boost-investment-in (pledged: 0311); 052 defend-at-forum.
TEST(CoderCameo12A, InvestmentInAStateAndDefenceAtAForum) {
  NEED_MODELS();
  Document d = code_text("Japan pledged to boost investment in India.", "2024-02-01");
  EXPECT_TRUE(find(d, "JPN", "IND", "0311", Modality::kIntended)) << describe(d);
  Document r = code_text("Japan boosted investment in renewables.", "2024-02-01");
  EXPECT_EQ(count_root(r, "06") + count_root(r, "03"), 0) << describe(r);
  Document f = code_text("China defended Russia at the UN Security Council.", "2024-02-01");
  EXPECT_TRUE(find(f, "CHN", "RUS", "052")) << describe(f);
  Document t = code_text("Ukrainian troops defended Bakhmut at night.", "2024-02-01");
  EXPECT_EQ(count_root(t, "05"), 0) << describe(t);
}

// 0841 free-in-exchange: two sides freeing prisoners in an exchange free
// them to each other; one side's release names the one released.
TEST(CoderCameo12A, PrisonersFreedInAnExchangeGoToTheOtherSide) {
  NEED_MODELS();
  Document d = code_text("Armenia and Azerbaijan released 30 prisoners in an exchange on Friday.", "2024-02-01");
  EXPECT_TRUE(find(d, "ARM", "AZE", "0841")) << describe(d);
  EXPECT_TRUE(find(d, "AZE", "ARM", "0841")) << describe(d);
  Document one = code_text("Russia released two Ukrainian soldiers in a swap.", "2024-02-01");
  EXPECT_TRUE(find(one, "RUS", "UKRMIL", "0841")) << describe(one);
}

// 05: reopening an embassy, standing up for someone, rallying support
// behind them or lobbying on their behalf. A bank reopening a branch and a
// crowd standing up for an anthem are not.
TEST(CoderCameo12A, DiplomaticSupportPhrases) {
  NEED_MODELS();
  Document d = code_text("Egypt reopened its embassy in Libya.", "2024-02-01");
  EXPECT_TRUE(find(d, "EGY", "LBY", "050")) << describe(d);
  Document b = code_text("The Libyan bank reopened its branch in Tripoli.", "2024-02-01");
  EXPECT_EQ(count_root(b, "05"), 0) << describe(b);
  Document s = code_text("Turkey stood up for Qatar during the crisis.", "2024-02-01");
  EXPECT_TRUE(find(s, "TUR", "QAT", "052")) << describe(s);
  // Standing up for an anthem is no defence of anyone.
  Document a = code_text("The Turkish crowd stood up for the national anthem.", "2024-02-01");
  EXPECT_EQ(count_root(a, "05"), 0) << describe(a);
  Document r = code_text("Egypt rallied Arab states behind the Palestinian bid for UN membership.", "2024-02-01");
  EXPECT_TRUE(find(r, "EGY", "PSE", "053")) << describe(r);
  Document q = code_text("Qatar campaigned on behalf of Afghanistan at the UN.", "2024-02-01");
  EXPECT_TRUE(find(q, "QAT", "AFG", "053")) << describe(q);
  // Signatures put to a deal with someone: both sign (057 both ways).
  Document g = code_text("Kenya put its signature to the trade deal with Uganda.", "2024-02-01");
  EXPECT_TRUE(find(g, "KEN", "UGA", "057")) << describe(g);
  EXPECT_TRUE(find(g, "UGA", "KEN", "057")) << describe(g);
  // A signature put to a petition is no agreement.
  Document p = code_text("Kenyan students put their signatures to a petition.", "2024-02-01");
  EXPECT_EQ(count_root(p, "05"), 0) << describe(p);
}

}  // namespace
}  // namespace dyad
