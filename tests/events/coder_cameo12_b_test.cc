// CAMEO phrasings of roots 06-10 (material cooperation, aid, yield,
// investigate, demand), twelfth session: patterns of
// data/verbs/55-cameo12-b.txt and the tag repairs of "demanded on Friday
// that X verb", "handed back", "turned over". Sentences are invented; each
// rule has a near miss. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// 062 joint-exercise-both: a joint or combined drill is held by both sides.
TEST(CoderCameo12B, JointDrillsAreHeldByBothSides) {
  NEED_MODELS();
  Document d = code_text("Japan and Australia conducted a joint naval drill off Darwin.", "2023-05-04");
  EXPECT_TRUE(find(d, "JPN", "AUS", "062")) << describe(d);
  EXPECT_TRUE(find(d, "AUS", "JPN", "062")) << describe(d);
  Document w = code_text("China staged joint drills with Russia in the Sea of Japan.", "2023-05-04");
  EXPECT_TRUE(find(w, "CHN", "RUS", "062")) << describe(w);
  EXPECT_TRUE(find(w, "RUS", "CHN", "062")) << describe(w);
  // A drill of one side only stays a show of force.
  Document one = code_text("Russia held large military exercises near the border.", "2023-05-04");
  EXPECT_FALSE(find_code(one, "062")) << describe(one);
  EXPECT_TRUE(find(one, "RUS", "", "150")) << describe(one);
}

// 063 turn-over-suspect, 064 provide-with-intel.
TEST(CoderCameo12B, SuspectsTurnedOverAndIntelligenceProvided) {
  NEED_MODELS();
  Document d = code_text("Thailand turned over the suspect to Malaysian authorities.", "2023-05-04");
  EXPECT_TRUE(find(d, "THA", "MYS", "063")) << describe(d);
  // Records turned over are no extradition.
  Document r = code_text("The company turned over its records to investigators.", "2023-05-04");
  EXPECT_FALSE(find_code(r, "063")) << describe(r);
  Document i = code_text("India provided Sri Lanka with intelligence on the plot.", "2023-05-04");
  EXPECT_TRUE(find(i, "IND", "LKA", "064")) << describe(i);
}

// 07: aid rushed, help received, rescue teams sent, money "in weapons",
// troops sent to help.
TEST(CoderCameo12B, AidRushedHelpReceivedTeamsSent) {
  NEED_MODELS();
  Document d = code_text("Egypt rushed medical supplies to Sudan.", "2023-05-04");
  EXPECT_TRUE(find(d, "EGY", "SDN", "073")) << describe(d);
  Document h = code_text("Morocco received help from Spain after the floods.", "2023-05-04");
  EXPECT_TRUE(find(h, "ESP", "MAR", "070")) << describe(h);
  Document t = code_text("Turkey sent a search and rescue team to Morocco after the earthquake.", "2023-05-04");
  EXPECT_TRUE(find(t, "TUR", "MAR", "073")) << describe(t);
  // A team of engineers is no relief.
  Document e = code_text("Turkey sent a team of engineers to Morocco.", "2023-05-04");
  EXPECT_FALSE(find_code(e, "073")) << describe(e);
  Document w = code_text("Germany gave Ukraine $2 billion in weapons.", "2023-05-04");
  EXPECT_TRUE(find(w, "DEU", "UKR", "072")) << describe(w);
}

TEST(CoderCameo12B, TroopsSentToHelpArePeacekeepingNotAShowOfForce) {
  NEED_MODELS();
  Document d = code_text("Kenya sent troops to Haiti to help restore order.", "2023-05-04");
  EXPECT_TRUE(find(d, "KEN", "HTI", "074")) << describe(d);
  EXPECT_FALSE(find_code(d, "154")) << describe(d);
  // Troops sent to protect one's own base are a show of force.
  Document p = code_text("Russia sent troops to Belarus to protect the base.", "2023-05-04");
  EXPECT_FALSE(find_code(p, "074")) << describe(p);
}

// 08: handing back property and people; weapons handed over.
TEST(CoderCameo12B, HandedBackAndHandedOver) {
  NEED_MODELS();
  Document d = code_text("Kenya handed back the stolen artefacts to Britain.", "2023-05-04");
  EXPECT_TRUE(find(d, "KEN", "GBR", "0842")) << describe(d);
  EXPECT_FALSE(find_code(d, "063")) << describe(d);
  Document p = code_text("Pakistan handed back the captured pilot to India.", "2023-05-04");
  EXPECT_TRUE(find(p, "PAK", "IND", "0841")) << describe(p);
  Document w = code_text("The United States handed over weapons to Ukraine.", "2023-05-04");
  EXPECT_TRUE(find(w, "USA", "UKR", "072")) << describe(w);
  EXPECT_FALSE(find_code(w, "0841")) << describe(w);
  // "handed back" with no one to receive it: nothing.
  Document n = code_text("She handed back her passport.", "2023-05-04");
  EXPECT_TRUE(n.events.empty()) << describe(n);
}

// 086/0862: an international organisation's team let in; another state's
// team is not coded.
TEST(CoderCameo12B, InternationalTeamsAllowedIn) {
  NEED_MODELS();
  Document d = code_text("Serbia allowed a UN team to visit the prison.", "2023-05-04");
  EXPECT_TRUE(find(d, "SRB", "IGOUNO", "086")) << describe(d);
  Document r = code_text("Greece readmitted UN monitors.", "2023-05-04");
  EXPECT_TRUE(find(r, "GRC", "IGOUNO", "0862")) << describe(r);
  Document n = code_text("Hungary allowed a Chinese team into the plant.", "2023-05-04");
  EXPECT_FALSE(find_code(n, "086")) << describe(n);
}

// 09: evidence gathered on abuses, a strike reviewed.
TEST(CoderCameo12B, EvidenceGatheredOnAbuses) {
  NEED_MODELS();
  Document d = code_text("UN investigators are gathering evidence of torture by Syrian security forces.", "2023-05-04");
  EXPECT_TRUE(find(d, "IGOUNO", "SYR", "092")) << describe(d);
  // Evidence collected at a scene names no one.
  Document n = code_text("The Greek police collected evidence at the scene.", "2023-05-04");
  EXPECT_FALSE(find_code(n, "09")) << describe(n);
  // Reviewing a budget is no inquiry.
  Document b = code_text("The Greek parliament reviewed the budget.", "2023-05-04");
  EXPECT_FALSE(find_code(b, "09")) << describe(b);
}

// 100 renew-demand: a demand repeated with its content clause.
TEST(CoderCameo12B, ARenewedDemandAsksTheClauseSubject) {
  NEED_MODELS();
  Document d = code_text("Italy renewed its demand that Egypt hand over the suspects.", "2023-05-04");
  EXPECT_TRUE(find(d, "ITA", "EGY", "10")) << describe(d);
}

// tag_repair.cc repair_mandative_verbs(): the clause verb after "demanded
// on Friday that", after a hyphenated name, and after "the" + noun.
TEST(CoderCameo12B, MandativeVerbsAfterATimePhraseOrADeterminedSubject) {
  NEED_MODELS();
  Document d = code_text("Britain demanded on Friday that Iran release the tanker.", "2023-05-04");
  EXPECT_TRUE(find(d, "GBR", "IRN", "10")) << describe(d);
  Document h = code_text("Protesters in Sudan demanded that President Omar al-Bashir step down.", "2019-03-04");
  EXPECT_TRUE(find(h, "SDN", "SDNGOV", "10")) << describe(h);
  Document g = code_text("Kenya's opposition demanded that the Kenyan government release all political prisoners.",
                         "2023-05-04");
  EXPECT_TRUE(find(g, "KENOPP", "KENGOV", "1053")) << describe(g);
  // A noun compound after "that" with its own verb later stays a noun.
  Document n = code_text("Japan insisted that the trade deal cover rice.", "2023-05-04");
  EXPECT_FALSE(find_code(n, "0841")) << describe(n);
}

// 060 joint-venture, 062 joint-patrol: done by both sides; patrols of one
// side are no cooperation.
TEST(CoderCameo12B, JointVenturesAndJointPatrols) {
  NEED_MODELS();
  Document d = code_text("Kenya set up a joint venture with Ethiopia to run the railway.", "2023-05-04");
  EXPECT_TRUE(find(d, "KEN", "ETH", "060")) << describe(d);
  EXPECT_TRUE(find(d, "ETH", "KEN", "060")) << describe(d);
  Document p = code_text("Malaysia and Indonesia began joint patrols in the Sulu Sea.", "2023-05-04");
  EXPECT_TRUE(find(p, "MYS", "IDN", "062")) << describe(p);
  Document n = code_text("Malaysia began patrols in the Sulu Sea.", "2023-05-04");
  EXPECT_FALSE(find_code(n, "062")) << describe(n);
  // Aircraft built by a venture are made, not forces deployed (154).
  Document b = code_text("China and Russia set up a joint venture to build aircraft.", "2023-05-04");
  EXPECT_FALSE(find_code(b, "154", Modality::kIntended)) << describe(b);
  Document u = code_text("Russia built up tanks near the border with Ukraine.", "2023-05-04");
  EXPECT_TRUE(find(u, "RUS", "", "154")) << describe(u);
}

// 063 arrest-at-request, 071 bail-out / forgive-debt, 085 unfreeze-assets,
// 0862 allow-inspections.
TEST(CoderCameo12B, RequestsBailoutsDebtsAssetsInspections) {
  NEED_MODELS();
  Document d = code_text("Poland arrested a Russian spy at the request of Germany.", "2023-05-04");
  EXPECT_TRUE(find(d, "POL", "DEU", "063")) << describe(d);
  Document b = code_text("The European Union bailed out Greece in 2010.", "2023-05-04");
  EXPECT_TRUE(find(b, "IGOEUREEC", "GRC", "071")) << describe(b);
  Document f = code_text("China forgave Zambia's debt.", "2023-05-04");
  EXPECT_TRUE(find(f, "CHN", "ZMB", "071")) << describe(f);
  EXPECT_FALSE(find_code(f, "056")) << describe(f);
  // Forgiving a state is no aid.
  Document v = code_text("Vietnam forgave the United States.", "2023-05-04");
  EXPECT_TRUE(find(v, "VNM", "USA", "056")) << describe(v);
  Document a = code_text("The United States unfroze Iranian assets.", "2023-05-04");
  EXPECT_TRUE(find(a, "USA", "IRN", "085")) << describe(a);
  Document i = code_text("Iran allowed IAEA inspections of its nuclear sites.", "2023-05-04");
  EXPECT_TRUE(find(i, "IRN", "IGOUNOIAE", "0862")) << describe(i);
  Document n = code_text("Iran banned IAEA inspections.", "2023-05-04");
  EXPECT_FALSE(find_code(n, "086")) << describe(n);
}

// 087 halt-offensive / halt-strikes / call-off-operation: a military act
// suspended, ended or called off is de-escalation; a company's operations or a union's strike are
// not; "called the operation a success" calls nothing off.
TEST(CoderCameo12B, AnOffensiveHaltedIsDeEscalation) {
  NEED_MODELS();
  Document d = code_text("Israel suspended its offensive in Gaza on Sunday.", "2023-05-04");
  EXPECT_TRUE(find(d, "ISR", "PSE", "087")) << describe(d);
  // Halting or stopping the other side's offensive is repelling it.
  Document r = code_text("Ukrainian forces halted the Russian offensive.", "2023-05-04");
  EXPECT_FALSE(find_code(r, "087")) << describe(r);
  EXPECT_FALSE(find_code(d, "19")) << describe(d);
  Document o = code_text("Turkey called off the military operation in northern Syria.", "2023-05-04");
  EXPECT_TRUE(find(o, "TUR", "SYR", "087")) << describe(o);
  Document c = code_text("Turkey called the operation a success.", "2023-05-04");
  EXPECT_FALSE(find_code(c, "087")) << describe(c);
  Document s = code_text("Teachers in Kenya ended their strike.", "2023-05-04");
  EXPECT_FALSE(find_code(s, "087")) << describe(s);
  Document n = code_text("Israel will not end its offensive in Gaza.", "2023-05-04");
  EXPECT_FALSE(find(n, "ISR", "PSE", "087")) << describe(n);
  Document i = code_text("The United States shared satellite imagery with Ukraine.", "2023-05-04");
  EXPECT_TRUE(find(i, "USA", "UKR", "064")) << describe(i);
}

// 075 take-in-refugees-obl, 071 extend-credit-line: "took in" with "in"
// read as a preposition; an interest taken in refugees is no asylum.
TEST(CoderCameo12B, RefugeesTakenInAndCreditLinesExtended) {
  NEED_MODELS();
  Document d = code_text("Germany took in one million Syrian refugees.", "2023-05-04");
  EXPECT_TRUE(find(d, "DEU", "SYR", "075")) << describe(d);
  Document n = code_text("Germany took a keen interest in Syrian refugees.", "2023-05-04");
  EXPECT_FALSE(find_code(n, "075")) << describe(n);
  Document c = code_text("India extended a $1 billion line of credit to Sri Lanka.", "2023-05-04");
  EXPECT_TRUE(find(c, "IND", "LKA", "071")) << describe(c);
  Document o = code_text("China opened a credit line for Pakistan.", "2023-05-04");
  EXPECT_TRUE(find(o, "CHN", "PAK", "071")) << describe(o);
  Document l = code_text("The Russian army extended its line of defence to the river.", "2023-05-04");
  EXPECT_FALSE(find_code(l, "071")) << describe(l);
}

// 0874 pull-troops-out, 0873 surrender-weapons, 0862 let-inspectors, 0863
// grant-aid-access, 090 send-fact-finding, 092 document-abuses.
TEST(CoderCameo12B, ForcesPulledOutWeaponsSurrenderedInspectorsLetIn) {
  NEED_MODELS();
  Document d = code_text("Israel pulled its forces out of Gaza.", "2023-05-04");
  EXPECT_TRUE(find(d, "ISR", "PSE", "0874")) << describe(d);
  Document t = code_text("Israel pulled its negotiators out of the talks.", "2023-05-04");
  EXPECT_FALSE(find_code(t, "0874")) << describe(t);
  Document w = code_text("FARC rebels surrendered their weapons to the Colombian army.", "2023-05-04");
  EXPECT_TRUE(find(w, "COL", "COLMIL", "0873")) << describe(w);
  Document i = code_text("Iran let IAEA inspectors visit the Fordow site.", "2023-05-04");
  EXPECT_TRUE(find(i, "IRN", "IGOUNOIAE", "0862")) << describe(i);
  Document r = code_text("Syria granted the Red Cross access to the besieged town.", "2023-05-04");
  EXPECT_TRUE(find(r, "SYR", "NGO", "0863")) << describe(r);
  Document j = code_text("Syria granted journalists access to the town.", "2023-05-04");
  EXPECT_FALSE(find_code(j, "0863")) << describe(j);
  Document f = code_text("The UN sent a fact-finding mission to Myanmar.", "2023-05-04");
  EXPECT_TRUE(find(f, "IGOUNO", "MMR", "090")) << describe(f);
  Document p = code_text("The UN sent a peacekeeping mission to Mali.", "2023-05-04");
  EXPECT_FALSE(find_code(p, "090")) << describe(p);
  Document a = code_text("Amnesty International documented abuses by Ethiopian troops in Tigray.", "2023-05-04");
  EXPECT_TRUE(find(a, "NGO", "ETHMIL", "092")) << describe(a);
  Document x = code_text("The Kenyan ministry recorded a rise in exports.", "2023-05-04");
  EXPECT_FALSE(find_code(x, "09")) << describe(x);
}

// tag_repair.cc repair_talks_after_to(): "bowed to pressure from X" with
// "pressure" a noun; 080 in-to-pressure: "caved in to pressure", "gave in to
// X's demands". "to pressure Iran" stays a verb (an appeal, not yielding).
TEST(CoderCameo12B, YieldingToPressure) {
  NEED_MODELS();
  Document d = code_text("Serbia yielded to pressure from Brussels.", "2023-05-04");
  EXPECT_TRUE(find(d, "SRB", "IGOEUREEC", "080")) << describe(d);
  Document c = code_text("Iran caved in to pressure from the United States.", "2023-05-04");
  EXPECT_TRUE(find(c, "IRN", "USA", "080")) << describe(c);
  Document g = code_text("The Kenyan government gave in to Somalia's demands.", "2023-05-04");
  EXPECT_TRUE(find(g, "KENGOV", "SOM", "080")) << describe(g);
  Document v = code_text("France urged Germany to pressure Iran.", "2023-05-04");
  EXPECT_FALSE(find_code(v, "080")) << describe(v);
}

// Near misses of the aid, sanction and inquiry words: a loan cancelled is
// not forgiven; a union's strike reviewed is no military inquiry; a drone
// strike reviewed is (093); war-crime evidence is 094.
TEST(CoderCameo12B, CancelledLoansAndReviewedStrikes) {
  NEED_MODELS();
  Document g = code_text("China extended a loan to Kenya.", "2023-05-04");
  EXPECT_TRUE(find(g, "CHN", "KEN", "071")) << describe(g);
  Document l = code_text("Japan cancelled the loan to Pakistan.", "2023-05-04");
  EXPECT_FALSE(find_code(l, "071")) << describe(l);
  Document d = code_text("The Pentagon is reviewing the drone strike in Kabul.", "2023-05-04");
  EXPECT_TRUE(find(d, "USA", "", "093")) << describe(d);
  Document u = code_text("The Kenyan teachers' union reviewed the strike.", "2023-05-04");
  EXPECT_FALSE(find_code(u, "09")) << describe(u);
  Document w = code_text("UN investigators gathered evidence of massacres by Syrian troops.", "2023-05-04");
  EXPECT_TRUE(find(w, "IGOUNO", "SYRMIL", "094")) << describe(w);
}

// 0842 release-vessel; 103x demands for aid by kind; 1056 demand-ceasefire.
TEST(CoderCameo12B, FreedShipsAndDemandsForAidOrACeasefire) {
  NEED_MODELS();
  Document t = code_text("Iran freed the British-flagged tanker on Friday.", "2023-05-04");
  EXPECT_TRUE(find(t, "IRN", "GBR", "0842")) << describe(t);
  Document p = code_text("Iran freed the British sailors.", "2023-05-04");
  EXPECT_TRUE(find(p, "IRN", "GBR", "0841")) << describe(p);
  Document w = code_text("Kyiv demanded military aid from Berlin.", "2023-05-04");
  EXPECT_TRUE(find(w, "UKR", "DEU", "1032")) << describe(w);
  Document h = code_text("Hungary demanded financial help from the European Union.", "2023-05-04");
  EXPECT_TRUE(find(h, "HUN", "IGOEUREEC", "1031")) << describe(h);
  Document s = code_text("Germany demanded political support from France.", "2023-05-04");
  EXPECT_FALSE(find_code(s, "103")) << describe(s);
  Document c = code_text("The UN Security Council demanded a ceasefire between Israel and Hamas.", "2023-05-04");
  EXPECT_TRUE(find(c, "IGOUNO", "ISR", "1056")) << describe(c);
  EXPECT_TRUE(find(c, "IGOUNO", "PSE", "1056")) << describe(c);
}

// 061/062 cooperation boosted by kind (bare cooperation stays 050); 063
// deport-at-request; 0861 peacekeepers welcomed, a deployment accepted.
TEST(CoderCameo12B, CooperationByKindAndPeacekeepersReceived) {
  NEED_MODELS();
  Document m = code_text("The United States and the Philippines expanded military cooperation.", "2023-05-04");
  EXPECT_TRUE(find(m, "USA", "PHL", "062")) << describe(m);
  Document s = code_text("India stepped up defense cooperation with the United States.", "2023-05-04");
  EXPECT_TRUE(find(s, "IND", "USA", "062")) << describe(s);
  Document e = code_text("Poland and Germany deepened their economic cooperation.", "2023-05-04");
  EXPECT_TRUE(find(e, "POL", "DEU", "061")) << describe(e);
  Document b = code_text("France and Italy strengthened their cooperation.", "2023-05-04");
  EXPECT_TRUE(find(b, "FRA", "ITA", "050")) << describe(b);
  Document d = code_text("Brazil deported the fugitive to Italy at the request of Rome.", "2023-05-04");
  EXPECT_TRUE(find(d, "BRA", "ITA", "063")) << describe(d);
  Document t = code_text("Russia sent troops to Kazakhstan at the request of President Tokayev.", "2023-05-04");
  EXPECT_FALSE(find_code(t, "063")) << describe(t);
  Document w = code_text("Mali welcomed the UN peacekeepers.", "2023-05-04");
  EXPECT_TRUE(find(w, "MLI", "IGO", "0861")) << describe(w);
  Document n = code_text("Mali welcomed the UN decision to send peacekeepers.", "2023-05-04");
  EXPECT_FALSE(find_code(n, "0861")) << describe(n);
  Document a = code_text("The Congolese government accepted the deployment of Kenyan troops.", "2023-05-04");
  EXPECT_TRUE(find(a, "CODGOV", "KENMIL", "0861")) << describe(a);
}

// tag_repair.cc repair_mandative_verbs(): a listed verb before a bare noun
// object ("that Washington lift sanctions"); 094 investigate-war-crimes.
TEST(CoderCameo12B, BareObjectMandativeAndWarCrimesInvestigated) {
  NEED_MODELS();
  Document d = code_text("Iran demanded that Washington lift sanctions.", "2023-05-04");
  EXPECT_TRUE(find(d, "IRN", "USA", "1054")) << describe(d);
  Document w = code_text("The ICC is investigating war crimes by Russian forces in Ukraine.", "2023-05-04");
  EXPECT_TRUE(find(w, "IGOICC", "RUSMIL", "094")) << describe(w);
  Document c = code_text("Kenyan police are investigating crimes by the gang.", "2023-05-04");
  EXPECT_FALSE(find_code(c, "094")) << describe(c);
}

}  // namespace
}  // namespace dyad
