// Cooperation and verbal cooperation (roots 01-08), end to end with the
// shipped models on invented sentences (data/verbs/48-coop.txt): calls and
// joint news conferences named by a noun, announced ties, concessions, and
// the "no" object that says an act did not happen. Each rule has a near
// miss that must not be coded. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

TEST(CoderCoop, CallNamedByANounIsAPhoneCall) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda\n\nRuto's call with Museveni lasted two hours on Monday.");
  EXPECT_TRUE(find(d, "KEN", "UGA", "041")) << describe(d);
  // Both sides speak on it.
  EXPECT_TRUE(find(d, "UGA", "KEN", "041")) << describe(d);
  // "between" codes both sides.
  Document b = code_text("Kenya and Uganda\n\nThe phone call between Ruto and Museveni was tense.");
  EXPECT_TRUE(find(b, "KEN", "UGA", "041")) << describe(b);
  EXPECT_TRUE(find(b, "UGA", "KEN", "041")) << describe(b);
  Document t = code_text("Kenya and Uganda\n\nRuto's telephone conversation with Museveni covered trade.");
  EXPECT_TRUE(find(t, "KEN", "UGA", "041")) << describe(t);
}

TEST(CoderCoop, CallsForTalksAreNoPhoneCall) {
  NEED_MODELS();
  // An appeal noun: the "with" phrase belongs to the talks, and nobody phoned.
  Document d = code_text("Kenya and Uganda\n\nRuto renewed his calls for talks with Museveni on Monday.");
  EXPECT_FALSE(find_any_modality(d, "KEN", "UGA", "041")) << describe(d);
  // A call with the press consults no one.
  Document m = code_text("Kenya\n\nRuto's call with reporters was brief.");
  EXPECT_FALSE(find_code(m, "04")) << describe(m);
  Document h = code_text("Kenya\n\nRuto held a call with reporters on Tuesday.");
  EXPECT_FALSE(find_code(h, "04")) << describe(h);
  // A call with no partner named is no event.
  Document n = code_text("Kenya and Uganda\n\nRuto's call lasted two hours on Monday.");
  EXPECT_FALSE(find_code(n, "041")) << describe(n);
}

TEST(CoderCoop, JointNewsConferenceIsAMeeting) {
  NEED_MODELS();
  // (A meeting in one side's capital is a visit, 042/043: places.cc.)
  Document d = code_text("France and Germany\n\nMacron held a joint press conference with Scholz in Berlin.");
  EXPECT_TRUE(find(d, "FRA", "DEU", "042")) << describe(d);
  EXPECT_TRUE(find(d, "DEU", "FRA", "043")) << describe(d);
  Document b = code_text(
      "Kenya and Uganda\n\nThe deal came days after a news conference between Ruto and Museveni in Nairobi.");
  EXPECT_TRUE(find(b, "KEN", "UGA", "043")) << describe(b);
  EXPECT_TRUE(find(b, "UGA", "KEN", "042")) << describe(b);
  // A news conference with reporters meets no one.
  Document r = code_text("France\n\nMacron held a news conference with reporters in Paris.");
  EXPECT_FALSE(find_code(r, "04")) << describe(r);
}

TEST(CoderCoop, AnnouncedTiesAreIntentToCooperate) {
  NEED_MODELS();
  Document d = code_text("ECOWAS\n\nECOWAS said it will maintain trade and security relations with Mali.");
  EXPECT_TRUE(find(d, "IGOWAFWAS", "MLI", "03", Modality::kIntended)) << describe(d);
  Document v = code_text("Pakistan\n\nPakistan vowed to keep close ties with China.");
  EXPECT_TRUE(find(v, "PAK", "CHN", "03", Modality::kIntended)) << describe(v);
}

TEST(CoderCoop, StandingOrWishedTiesAreNoEvent) {
  NEED_MODELS();
  // A standing relation, not an act.
  Document d = code_text("Kenya\n\nKenya has maintained close ties with Uganda for decades.");
  EXPECT_TRUE(d.events.empty()) << describe(d);
  // A wish (often the writer's analysis) is no announcement.
  Document w = code_text("Japan\n\nAll three countries want to maintain economic relations with Beijing.");
  EXPECT_TRUE(w.events.empty()) << describe(w);
  Document h = code_text("Mali\n\nMali hopes to keep close ties with Russia.");
  EXPECT_TRUE(h.events.empty()) << describe(h);
}

TEST(CoderCoop, ConcessionsAreYielding) {
  NEED_MODELS();
  Document d = code_text("Mexico\n\nMexico made concessions to the United States on Monday.");
  EXPECT_TRUE(find(d, "MEX", "USA", "080")) << describe(d);
  // No concessions made: the act did not happen.
  Document n = code_text("Canada\n\nCanada made no concessions to the United States.");
  EXPECT_FALSE(find(n, "CAN", "USA", "080")) << describe(n);
  EXPECT_TRUE(find(n, "CAN", "USA", "080", Modality::kNegated)) << describe(n);
  // A mining concession won is no yielding.
  Document m = code_text("Peru\n\nA Chilean company won a mining concession from Peru.");
  EXPECT_FALSE(find_code(m, "08")) << describe(m);
}

TEST(CoderCoop, NoObjectNegatesTheAct) {
  NEED_MODELS();
  Document d = code_text("Kenya\n\nKenya sent no troops to Somalia.");
  EXPECT_FALSE(find(d, "KEN", "SOM", "15")) << describe(d);
  // "had no comment" is the declined comment itself (011), asserted.
  Document c = code_text("Kenya\n\nThe Kenyan foreign ministry had no comment on the report.");
  EXPECT_TRUE(find(c, "KEN", "", "011")) << describe(c);
}

TEST(CoderCoop, AccedingToARequestIsYielding) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda\n\nUganda agreed to Kenya's request to extradite the suspect.");
  EXPECT_TRUE(find(d, "UGA", "KEN", "080")) << describe(d);
  Document g = code_text("Pakistan and India\n\nPakistan granted India's request for consular access.");
  EXPECT_TRUE(find(g, "PAK", "IND", "080")) << describe(g);
  // A request with no owner names no one yielded to; a rejected one is 120.
  Document n = code_text("Kenya\n\nThe Kenyan court granted the request on Monday.");
  EXPECT_FALSE(find_code(n, "08")) << describe(n);
  Document r = code_text("Kenya and Uganda\n\nKenya rejected Uganda's request.");
  EXPECT_FALSE(find_code(r, "08")) << describe(r);
}

TEST(CoderCoop, AmountInAidNamesItsRecipient) {
  NEED_MODELS();
  Document d = code_text("Germany\n\nGermany pledged 50 million euros in aid to Ukraine.");
  EXPECT_TRUE(find(d, "DEU", "UKR", "033")) << describe(d);
  Document g = code_text("Japan\n\nJapan provided $10 million in loans to Kenya.");
  EXPECT_TRUE(find(g, "JPN", "KEN", "071")) << describe(g);
  // An amount in sales is no aid.
  Document s = code_text("Japan\n\nJapan earned $10 million in sales to Kenya.");
  EXPECT_FALSE(find_code(s, "07")) << describe(s);
}

TEST(CoderCoop, DelegationsAndInvitations) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda\n\nKenya received a delegation from Uganda on Monday.");
  EXPECT_TRUE(find(d, "KEN", "UGA", "043")) << describe(d);
  EXPECT_TRUE(find(d, "UGA", "KEN", "042")) << describe(d);
  Document l = code_text("Kenya and Uganda\n\nRuto led a delegation to Kampala.");
  EXPECT_TRUE(find(l, "KEN", "UGA", "042")) << describe(l);
  Document i = code_text("Russia\n\nRussia extended an invitation to Kim Jong Un to visit Moscow.");
  EXPECT_TRUE(find(i, "RUS", "PRK", "026")) << describe(i);
  // A delegation led at home visits no one.
  Document h = code_text("Kenya\n\nRuto led a delegation of farmers in Nairobi.");
  EXPECT_FALSE(find_code(h, "04")) << describe(h);
}

TEST(CoderCoop, ACounterpartIsTheOtherSide) {
  NEED_MODELS();
  // The apposition names the counterpart; the owner ("his") never does.
  Document d = code_text("Kenya and Uganda\n\nRuto met his Ugandan counterpart Museveni on Monday.");
  EXPECT_TRUE(find(d, "KENGOV", "UGAGOV", "040")) << describe(d);
  Document p = code_text("Kenya and Uganda\n\nRuto called his Ugandan counterpart on Monday.");
  EXPECT_TRUE(find(p, "KEN", "UGA", "041")) << describe(p);
  // A counterpart of no named state is no one.
  Document n = code_text("Kenya\n\nRuto met his counterpart on Monday.");
  EXPECT_TRUE(n.events.empty()) << describe(n);
  // Calling a counterpart names is no phone call.
  Document l = code_text("Russia and China\n\nLavrov called his Chinese counterpart a liar.");
  EXPECT_FALSE(find_code(l, "041")) << describe(l);
}

TEST(CoderCoop, CalledOnAWeekdayIsAPhoneCall) {
  NEED_MODELS();
  // "on Tuesday" is a time, not the addressee of an appeal.
  Document d = code_text("Russia and France\n\nPutin called Macron on Tuesday.");
  EXPECT_TRUE(find(d, "RUSGOV", "FRAGOV", "041")) << describe(d);
  EXPECT_FALSE(find_code(d, "02")) << describe(d);
  // "called on X" is still an appeal, with the day anywhere.
  Document a = code_text("Kenya and Uganda\n\nRuto called on Museveni on Tuesday to release the prisoners.");
  EXPECT_TRUE(find(a, "KENGOV", "UGAGOV", "025")) << describe(a);
  EXPECT_FALSE(find_code(a, "041")) << describe(a);
}

TEST(CoderCoop, AnOfferToMediateIsIntent) {
  NEED_MODELS();
  Document d = code_text("Kenya\n\nRuto offered to mediate between Ethiopia and Eritrea.");
  EXPECT_TRUE(find(d, "KENGOV", "ETH", "039")) << describe(d);
  EXPECT_TRUE(find(d, "KENGOV", "ERI", "039")) << describe(d);
  // The mediation itself has not happened.
  EXPECT_FALSE(find(d, "KENGOV", "ETH", "045")) << describe(d);
  Document m = code_text("Qatar\n\nQatar mediated talks between Ethiopia and Eritrea.");
  EXPECT_TRUE(find(m, "QAT", "ETH", "045")) << describe(m);
}

TEST(CoderCoop, AnActNounsByPhraseNamesItsDoer) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda\n\nKenya welcomed the decision by Uganda to reopen the border.");
  EXPECT_TRUE(find(d, "KEN", "UGA", "051")) << describe(d);
  // The reopening is Uganda's, not Kenya's.
  EXPECT_FALSE(find(d, "KEN", "", "081")) << describe(d);
  Document p = code_text("Kenya and Qatar\n\nKenya praised the efforts by Qatar to end the war.");
  EXPECT_TRUE(find(p, "KEN", "QAT", "051")) << describe(p);
  // A "by" phrase of a noun that is no act ("a book by X") names no doer.
  Document b = code_text("Kenya and Uganda\n\nKenya welcomed a book by Uganda's president.");
  EXPECT_FALSE(find_code(b, "051")) << describe(b);
}

TEST(CoderCoop, AssuredOfSupportIsAPromise) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda\n\nRuto assured Museveni of Kenya's support.");
  EXPECT_TRUE(find(d, "KENGOV", "UGAGOV", "032")) << describe(d);
  Document r = code_text("Kenya and Uganda\n\nKenya reiterated its support for Uganda.");
  EXPECT_TRUE(find(r, "KEN", "UGA", "032")) << describe(r);
  // Support for a process is no actor supported.
  Document p = code_text("Kenya\n\nKenya reiterated its commitment to the peace process.");
  EXPECT_TRUE(p.events.empty()) << describe(p);
  // Assuring someone of one's innocence promises nothing.
  Document n = code_text("Kenya\n\nRuto assured reporters of his innocence.");
  EXPECT_TRUE(n.events.empty()) << describe(n);
}

TEST(CoderCoop, PartnersFightingAThingDoNotFightEachOther) {
  NEED_MODELS();
  // Cooperation against a common foe named by a thing is no force between
  // the partners.
  Document d = code_text("Kenya and Uganda\n\nKenya and Uganda are working together to fight terrorism.");
  EXPECT_TRUE(find(d, "KEN", "UGA", "050")) << describe(d);
  EXPECT_FALSE(find_any_modality(d, "KEN", "UGA", "13")) << describe(d);
  EXPECT_FALSE(find_any_modality(d, "KEN", "UGA", "19")) << describe(d);
  Document a = code_text("Kenya and Uganda\n\nKenya and Uganda agreed to fight terrorism.");
  EXPECT_FALSE(find_any_modality(a, "KEN", "UGA", "13")) << describe(a);
  // With no object the conjoined sides still fight each other.
  Document f = code_text("Kenya and Uganda\n\nKenya and Uganda fought over the island.");
  EXPECT_TRUE(find(f, "KEN", "UGA", "190")) << describe(f);
  EXPECT_TRUE(find(f, "UGA", "KEN", "190")) << describe(f);
}

TEST(CoderCoop, AppealsForACeasefire) {
  NEED_MODELS();
  Document d = code_text("Kenya and Sudan\n\nKenya called for an immediate ceasefire in Sudan.");
  EXPECT_TRUE(find(d, "KEN", "SDN", "0256")) << describe(d);
  // Urged to accept one: the appeal takes its code from the truce.
  Document a = code_text("Kenya and Uganda\n\nKenya called on Uganda to accept a ceasefire.");
  EXPECT_TRUE(find(a, "KEN", "UGA", "0256")) << describe(a);
  Document t = code_text("Uganda\n\nUganda accepted a ceasefire with the rebels.");
  EXPECT_TRUE(find(t, "UGA", "REB", "0871")) << describe(t);
  // A ceasefire that collapsed is no one's appeal.
  Document c = code_text("Sudan\n\nThe ceasefire in Sudan collapsed on Monday.");
  EXPECT_TRUE(c.events.empty()) << describe(c);
}

TEST(CoderCoop, TheAimOfACooperativeActIsPartOfIt) {
  NEED_MODELS();
  // Pacts signed "to boost cooperation": the signing, not a second act.
  Document d = code_text("India and Mauritius\n\nIndia and Mauritius signed eight pacts to boost cooperation in several sectors.");
  EXPECT_TRUE(find(d, "IND", "MUS", "057")) << describe(d);
  EXPECT_FALSE(find_code(d, "050")) << describe(d);
  Document m = code_text("Kenya and Uganda\n\nKenya and Uganda met to strengthen ties.");
  EXPECT_TRUE(find(m, "KEN", "UGA", "040")) << describe(m);
  EXPECT_FALSE(find_any_modality(m, "KEN", "UGA", "03")) << describe(m);
  // Agreeing to strengthen ties is no coded act: the intent stands.
  Document a = code_text("Kenya and Uganda\n\nKenya and Uganda agreed to strengthen ties.");
  EXPECT_TRUE(find(a, "KEN", "UGA", "03", Modality::kIntended)) << describe(a);
}

TEST(CoderCoop, ACityNamingAnAgreementIsNoParty) {
  NEED_MODELS();
  Document d = code_text("Kenya\n\nKenya supports the Paris climate agreement.");
  EXPECT_FALSE(find_code(d, "051")) << describe(d);
  // Capitals joined as the parties are the parties.
  Document p = code_text(
      "North Korea and Russia\n\nNorth Korea's envoy defended Pyongyang and Moscow's treaty, saying relations "
      "were peaceful.");
  EXPECT_TRUE(find(p, "PRK", "RUS", "052")) << describe(p);
}

TEST(CoderCoop, AidCountedInTonsOrAnnounced) {
  NEED_MODELS();
  Document d = code_text("Kenya and Somalia\n\nKenya delivered 10 tons of food to Somalia.");
  EXPECT_TRUE(find(d, "KEN", "SOM", "073")) << describe(d);
  Document a = code_text("Sudan\n\nThe U.S. announced $50 million in humanitarian aid for Sudan.");
  EXPECT_TRUE(find(a, "USA", "SDN", "07")) << describe(a);
  // Tons of shells fired are no aid.
  Document f = code_text("Kenya\n\nThe Kenyan army fired 10 tons of shells at the town.");
  EXPECT_FALSE(find_code(f, "07")) << describe(f);
}

TEST(CoderCoop, EasedEntryRulesEaseASanction) {
  NEED_MODELS();
  Document d = code_text("Uganda and Kenya\n\nUganda eased visa requirements for Kenyans.");
  EXPECT_TRUE(find(d, "UGA", "KEN", "081")) << describe(d);
  // Easing rules that keep no one out eases no sanction.
  Document n = code_text("Uganda\n\nUganda eased lending rules for banks.");
  EXPECT_FALSE(find_code(n, "08")) << describe(n);
}

TEST(CoderCoop, AMeetingFramingTheClauseIsTheSubjects) {
  NEED_MODELS();
  // The parser hangs "during ..." on the object.
  Document d = code_text("Kenya and Uganda\n\nRuto announced the deal during a meeting with Museveni.");
  EXPECT_TRUE(find(d, "KENGOV", "UGAGOV", "040")) << describe(d);
  Document a = code_text("Kenya and Uganda\n\nAt a meeting with Museveni, Ruto pledged support.");
  EXPECT_TRUE(find(a, "KENGOV", "UGAGOV", "040")) << describe(a);
  // An audience is no partner; a meeting of others is not the subject's.
  Document r = code_text("Kenya\n\nRuto spoke at a meeting with reporters.");
  EXPECT_FALSE(find_code(r, "04")) << describe(r);
  Document o = code_text("Kenya\n\nRuto criticized the plan at a meeting of NATO ministers.");
  EXPECT_FALSE(find_code(o, "04")) << describe(o);
}

TEST(CoderCoop, GratitudeExpressedIsPraise) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda\n\nRuto expressed his gratitude to Museveni.");
  EXPECT_TRUE(find(d, "KENGOV", "UGAGOV", "051")) << describe(d);
  // Gratitude for a thing praises no one.
  Document n = code_text("Kenya\n\nRuto expressed his gratitude for the rain.");
  EXPECT_FALSE(find_code(n, "051")) << describe(n);
}

TEST(CoderCoop, ReleasesApologiesAndRatificationsNamedByNouns) {
  NEED_MODELS();
  Document d = code_text("Iran and France\n\nIran's release of two French citizens angered Israel.");
  EXPECT_TRUE(find(d, "IRN", "FRA", "0841")) << describe(d);
  // A welcome of the release is both acts.
  Document w = code_text("Kenya and Iran\n\nKenya welcomed Iran's release of two French citizens.");
  EXPECT_TRUE(find(w, "KEN", "IRN", "051")) << describe(w);
  EXPECT_TRUE(find(w, "IRN", "FRA", "0841")) << describe(w);
  // Releasing data frees no one.
  Document n = code_text("China\n\nChina's release of economic data surprised markets.");
  EXPECT_FALSE(find_code(n, "084")) << describe(n);
  Document a = code_text("Japan and South Korea\n\nJapan's apology to South Korea was accepted.");
  EXPECT_TRUE(find(a, "JPN", "KOR", "055")) << describe(a);
  // A demanded apology is the demand only.
  Document m = code_text("Kenya and Uganda\n\nKenya demanded an apology from Uganda.");
  EXPECT_FALSE(find_code(m, "055")) << describe(m);
  Document r = code_text("Kenya and Uganda\n\nKenya ratified the treaty with Uganda.");
  EXPECT_TRUE(find(r, "KEN", "UGA", "057")) << describe(r);
  // Not joint: Uganda did not ratify (coder_precision_unseen2_test.cc).
  EXPECT_FALSE(find(r, "UGA", "KEN", "057")) << describe(r);
}

TEST(CoderCoop, ContinuedTalks) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda\n\nKenya continued talks with Uganda on Monday.");
  EXPECT_TRUE(find(d, "KEN", "UGA", "040")) << describe(d);
  Document w = code_text("Kenya and Uganda\n\nKenya will continue talks with Uganda.");
  EXPECT_TRUE(find(w, "KEN", "UGA", "036", Modality::kIntended)) << describe(w);
  // Talks on a topic with no partner are no meeting.
  Document n = code_text("Kenya\n\nKenya continued talks on the budget.");
  EXPECT_TRUE(n.events.empty()) << describe(n);
}

TEST(CoderCoop, AppealsNamedByNounsAndDealsMade) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda\n\nRuto's request to the Ugandan president was improper.");
  EXPECT_TRUE(find(d, "KENGOV", "UGAGOV", "020")) << describe(d);
  Document c = code_text("China\n\nBeijing's call on Washington to lift tariffs was ignored.");
  EXPECT_TRUE(find(c, "CHN", "USA", "020")) << describe(c);
  // A request rejected is the rejection's; its owner appeals to no one named.
  Document r = code_text("Kenya\n\nThe court rejected Kenya's request to brief it.");
  EXPECT_FALSE(find_code(r, "02")) << describe(r);
  Document m = code_text("Kenya and Uganda\n\nKenya made a deal with Uganda.");
  EXPECT_TRUE(find(m, "KEN", "UGA", "030")) << describe(m);
  // Making a big deal of something reaches no agreement.
  Document b = code_text("Kenya\n\nKenya made a big deal of the visit.");
  EXPECT_TRUE(b.events.empty()) << describe(b);
}

TEST(CoderCoop, BeToIsAnAnnouncedAct) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda\n\nKenya is to host Uganda's president next week.");
  EXPECT_TRUE(find(d, "KEN", "UGA", "036", Modality::kIntended)) << describe(d);
  Document t = code_text("Kenya and Uganda\n\nRuto is to travel to Kampala next week.");
  EXPECT_TRUE(find(t, "KENGOV", "UGA", "036", Modality::kIntended)) << describe(t);
  // "is to blame" judges its subject; it announces nothing.
  Document b = code_text("Russia and Kenya\n\nRussia is to blame for the attack, Kenya said.");
  EXPECT_FALSE(find_any_modality(b, "RUS", "", "11")) << describe(b);
  EXPECT_FALSE(find_code(b, "03", Modality::kIntended)) << describe(b);
}

TEST(CoderCoop, SpokeOnThePhone) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda\n\nRuto and Museveni spoke on the phone on Monday.");
  EXPECT_TRUE(find(d, "KENGOV", "UGAGOV", "041")) << describe(d);
  EXPECT_TRUE(find(d, "UGAGOV", "KENGOV", "041")) << describe(d);
  // Speaking on television is no call.
  Document n = code_text("Kenya and Uganda\n\nRuto spoke on television about Uganda.");
  EXPECT_FALSE(find_code(n, "04")) << describe(n);
}

TEST(CoderCoop, AidDispatchedAndMoneyDisbursed) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda\n\nKenya dispatched aid to Uganda.");
  EXPECT_TRUE(find(d, "KEN", "UGA", "070")) << describe(d);
  Document m = code_text("Kenya\n\nThe EU disbursed 50 million euros to Kenya.");
  EXPECT_TRUE(find(m, "IGOEUREEC", "KEN", "071")) << describe(m);
  // Released prisoners are still a release, not money.
  Document r = code_text("Kenya and Uganda\n\nKenya released two Ugandan prisoners.");
  EXPECT_TRUE(find(r, "KEN", "UGA", "0841")) << describe(r);
  EXPECT_FALSE(find_code(r, "071")) << describe(r);
  // Money moved between no actors is no aid.
  Document b = code_text("Kenya\n\nThe bank transferred the money to an account in Dubai.");
  EXPECT_FALSE(find_code(b, "07")) << describe(b);
}

}  // namespace
}  // namespace dyad
