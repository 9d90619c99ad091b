// Stated attitudes (root 01), end to end with the shipped models on invented
// sentences (data/verbs/48-attitudes.txt): sympathy to the sufferers (018),
// hopes and fears about a named actor (013, 012), admitted faults (015),
// claims called baseless (016), statements about a process between two
// sides. Each rule has a near miss that must not be coded. Skips when a
// model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// A story about Haiti: the state named most often before its last paragraph.
const char* const kHaitiStory =
    "Prison break\n\nGangs stormed a prison in Haiti on Sunday. Haitian police said the Haitian government had "
    "declared a state of emergency. Haiti's prime minister was abroad.\n\n";

TEST(CoderAttitudes, SorrowOverANamedLossIsSympathyToTheSufferers) {
  NEED_MODELS();
  Document d = code_text("Turkey\n\nThe Japanese foreign ministry expressed sorrow over the deaths of Turkish soldiers.");
  EXPECT_TRUE(find(d, "JPN", "TUR", "018")) << describe(d);
  Document g = code_text("Italy\n\nThe French president expressed deep grief at the loss of Italian firefighters.");
  EXPECT_TRUE(find(g, "FRA", "ITA", "018")) << describe(g);
  // Sorrow over a thing that is no loss and names no one is no event.
  Document n = code_text("Japan\n\nThe Japanese foreign ministry expressed sorrow over the weather.");
  EXPECT_FALSE(find_code(n, "018")) << describe(n);
}

TEST(CoderAttitudes, SaddenedByIsTheSubjectsSympathy) {
  NEED_MODELS();
  // The passive subject feels the grief; the "by" phrase is the loss.
  Document d = code_text(
      "Kenya\n\nThe Kenyan president said he was deeply saddened by the killing of Ugandan pilgrims.");
  EXPECT_TRUE(find(d, "KEN", "UGA", "018")) << describe(d);
  // A loss of no one's, in a story about no other state: no event.
  Document n = code_text("Nigeria\n\nThe Nigerian president was saddened by the floods.");
  EXPECT_FALSE(find_code(n, "018")) << describe(n);
}

TEST(CoderAttitudes, PrayersForAPeopleAreSympathy) {
  NEED_MODELS();
  Document d = code_text("Peru and Chile\n\nPeru's president offered prayers for the people of Chile.");
  EXPECT_TRUE(find(d, "PER", "CHL", "018")) << describe(d);
  Document n = code_text("Peru\n\nPeru's president prayed for peace.");
  EXPECT_FALSE(find_code(n, "018")) << describe(n);
}

TEST(CoderAttitudes, MessageOfCondolenceIsSympathy) {
  NEED_MODELS();
  Document d = code_text(
      "China and Turkey\n\nChinese President Xi Jinping sent a message of condolence to Turkish President Erdogan.");
  EXPECT_TRUE(find(d, "CHN", "TUR", "018")) << describe(d);
  Document n =
      code_text("China and Turkey\n\nChinese President Xi Jinping sent a message to Turkish President Erdogan.");
  EXPECT_FALSE(find_code(n, "018")) << describe(n);
}

TEST(CoderAttitudes, LossWithNoSuffererNamedGoesToTheStorysState) {
  NEED_MODELS();
  Document d = code_text(std::string(kHaitiStory) +
                         "A U.S. State Department spokesperson expressed sorrow over the loss of life.");
  EXPECT_TRUE(find(d, "USA", "HTI", "018")) << describe(d);
  Document s = code_text(std::string(kHaitiStory) +
                         "A U.S. State Department spokesperson said Washington was saddened by the loss of life.");
  EXPECT_TRUE(find(s, "USA", "HTI", "018")) << describe(s);
  // No loss: no sufferer to look for.
  Document n = code_text(std::string(kHaitiStory) +
                         "A U.S. State Department spokesperson expressed sorrow over the delay.");
  EXPECT_FALSE(find_code(n, "018")) << describe(n);
  // The story's state grieving its own dead addresses no one.
  Document o = code_text(std::string(kHaitiStory) + "The Haitian foreign minister expressed sorrow over the loss of life.");
  EXPECT_FALSE(find_code(o, "018")) << describe(o);
  // A story about the speaker's own state: no other side.
  Document u = code_text(
      "Storm\n\nA storm hit Florida on Sunday. The U.S. government declared an emergency. The U.S. Coast Guard "
      "rescued sailors.\n\nA State Department spokesperson expressed sorrow over the loss of life.");
  EXPECT_FALSE(find_code(u, "018")) << describe(u);
}

TEST(CoderAttitudes, ClaimsCalledBaselessAreDenied) {
  NEED_MODELS();
  // The parser reads the verdict as the object's adjective.
  Document d = code_text("Chile and Peru\n\nThe Chilean foreign ministry called Peru's claims baseless.");
  EXPECT_TRUE(find(d, "CHL", "PER", "016")) << describe(d);
  EXPECT_FALSE(find(d, "CHL", "PER", "111")) << describe(d);
  // A policy called reckless is no denial.
  Document n = code_text("Chile and Peru\n\nThe Chilean foreign ministry called Peru's policy reckless.");
  EXPECT_FALSE(find_code(n, "016")) << describe(n);
}

TEST(CoderAttitudes, AdmittingAFaultIsAcknowledgedResponsibility) {
  NEED_MODELS();
  Document d = code_text("Kenya\n\nThe Kenyan government admitted its mistakes in handling the protests.");
  EXPECT_TRUE(find(d, "KEN", "", "015")) << describe(d);
  // The subject the parser hung on a comma-cut auxiliary is the verb's.
  Document a = code_text(
      "Austria\n\nRecent Austrian governments have, however, recognized that Austrians were also perpetrators of "
      "Nazi crimes.");
  EXPECT_TRUE(find(a, "AUT", "", "015")) << describe(a);
  // Admitting a patient, or admitting a fact that is no fault: none.
  Document p = code_text("Kenya\n\nThe Kenyan government admitted the patient to a hospital.");
  EXPECT_FALSE(find_code(p, "015")) << describe(p);
  Document f = code_text("Kenya\n\nThe Kenyan government admitted that the report was accurate.");
  EXPECT_FALSE(find_code(f, "015")) << describe(f);
}

TEST(CoderAttitudes, HopeAboutANamedActorIsOptimism) {
  NEED_MODELS();
  Document d = code_text("Russia and Ukraine\n\nRussia hopes that Ukraine will return to the negotiating table.");
  EXPECT_TRUE(find(d, "RUS", "UKR", "013")) << describe(d);
  Document h = code_text("Egypt and Israel\n\nEgypt is hopeful that Israel will agree to the proposal.");
  EXPECT_TRUE(find(h, "EGY", "ISR", "013")) << describe(h);
  // A hope about no actor, or a wish to act: no statement about anyone.
  Document n = code_text("Russia\n\nRussia hopes that prices will fall.");
  EXPECT_FALSE(find_code(n, "013")) << describe(n);
  Document w = code_text("Russia\n\nRussia hopes to sign a deal soon.");
  EXPECT_FALSE(find_code(w, "013")) << describe(w);
}

TEST(CoderAttitudes, FearAboutANamedActorIsPessimism) {
  NEED_MODELS();
  Document d = code_text("Japan and China\n\nJapanese officials fear that China will expand its fleet.");
  EXPECT_TRUE(find(d, "JPN", "CHN", "012")) << describe(d);
  Document w = code_text("Japan and China\n\nJapan is worried that China will expand its fleet.");
  EXPECT_TRUE(find(w, "JPN", "CHN", "012")) << describe(w);
  // A fear about prices names no one; the adjective's concern keeps no target.
  Document n = code_text("Japan\n\nJapanese officials fear that prices will rise.");
  EXPECT_FALSE(find_code(n, "012")) << describe(n);
  Document a = code_text("Japan\n\nJapan is worried that prices will rise.");
  EXPECT_TRUE(find(a, "JPN", "", "012")) << describe(a);
}

TEST(CoderAttitudes, DoubtAboutANamedActorIsPessimism) {
  NEED_MODELS();
  Document d = code_text("Japan and China\n\nJapan expressed doubts about China's commitment.");
  EXPECT_TRUE(find(d, "JPN", "CHN", "012")) << describe(d);
  Document s = code_text("South Korea\n\nSeoul is skeptical of Pyongyang's offer.");
  EXPECT_TRUE(find(s, "KOR", "PRK", "012")) << describe(s);
  Document c = code_text("US and Russia\n\nWashington is doubtful that Moscow will comply.");
  EXPECT_TRUE(find(c, "USA", "RUS", "012")) << describe(c);
  Document n = code_text("South Korea\n\nSeoul is skeptical of the forecast.");
  EXPECT_FALSE(find_code(n, "012")) << describe(n);
  Document p = code_text("United States\n\nWashington is doubtful that prices will fall.");
  EXPECT_FALSE(find_code(p, "012")) << describe(p);
}

TEST(CoderAttitudes, OptimismAboutTalksBetweenTwoSidesIsAboutBoth) {
  NEED_MODELS();
  Document d = code_text(
      "Turkey\n\nTurkey expressed optimism about the negotiations between Russia and Ukraine.");
  EXPECT_TRUE(find(d, "TUR", "RUS", "013")) << describe(d);
  EXPECT_TRUE(find(d, "TUR", "UKR", "013")) << describe(d);
  Document o = code_text("Turkey\n\nTurkey expressed optimism about Russia's talks with Ukraine.");
  EXPECT_TRUE(find(o, "TUR", "RUS", "013")) << describe(o);
  EXPECT_TRUE(find(o, "TUR", "UKR", "013")) << describe(o);
  Document c = code_text("South Korea\n\nSeoul is concerned about Moscow's cooperation with Pyongyang.");
  EXPECT_TRUE(find(c, "KOR", "RUS", "012")) << describe(c);
  EXPECT_TRUE(find(c, "KOR", "PRK", "012")) << describe(c);
  // Concern about one actor's own acts is about that actor alone.
  Document a = code_text("South Korea\n\nSeoul is concerned about Moscow's actions in Syria.");
  EXPECT_TRUE(find(a, "KOR", "RUS", "012")) << describe(a);
  EXPECT_FALSE(find(a, "KOR", "SYR", "012")) << describe(a);
}

TEST(CoderAttitudes, HopeVoicedAboutANamedActorIsOptimism) {
  NEED_MODELS();
  Document d = code_text("Egypt and Israel\n\nThe Egyptian foreign minister expressed hope that Israel will accept the proposal.");
  EXPECT_TRUE(find(d, "EGY", "ISR", "013")) << describe(d);
  Document c = code_text("China and Pakistan\n\nChina expressed confidence that Pakistan would protect Chinese workers.");
  EXPECT_TRUE(find(c, "CHN", "PAK", "013")) << describe(c);
  // Hope for a thing keeps its targetless reading: no actor made up.
  Document n = code_text("Turkey\n\nTurkey expressed hope for a peaceful solution.");
  EXPECT_TRUE(find(n, "TUR", "", "013")) << describe(n);
  EXPECT_EQ(n.events.size(), 1u) << describe(n);
}

TEST(CoderAttitudes, HopeOrFearAboutTalksBetweenTwoSidesIsAboutBoth) {
  NEED_MODELS();
  Document d = code_text(
      "Afghanistan\n\nThe Afghan president hoped the swap would pave the way for direct talks between the Afghan "
      "government and the Taliban.");
  EXPECT_TRUE(find(d, "AFGGOV", "AFGINSTAL", "013")) << describe(d);
  Document f = code_text(
      "South Korea and Japan\n\nSouth Korean officials fear that the row could derail negotiations between Seoul and "
      "Tokyo.");
  EXPECT_TRUE(find(f, "KOR", "JPN", "012")) << describe(f);
  // A hope about no process between sides names no one.
  Document n = code_text("Afghanistan\n\nThe Afghan president hoped the swap would help the economy.");
  EXPECT_FALSE(find_code(n, "013")) << describe(n);
  // A wish to act oneself is no optimism about anyone.
  Document w = code_text("Kenya and Uganda\n\nKenya hopes to visit Uganda next year.");
  EXPECT_FALSE(find_code(w, "013")) << describe(w);
}

TEST(CoderAttitudes, RejectedResponsibilityIsADenial) {
  NEED_MODELS();
  Document d = code_text("Kenya\n\nThe Kenyan government disclaimed responsibility for the deaths.");
  EXPECT_TRUE(find(d, "KEN", "", "016")) << describe(d);
  Document r = code_text("Rwanda\n\nRwanda disavowed any involvement in the fighting.");
  EXPECT_TRUE(find(r, "RWA", "", "016")) << describe(r);
  // Rejecting a proposal denies nothing.
  Document n = code_text("Kenya\n\nThe Kenyan government rejected the proposal.");
  EXPECT_FALSE(find_code(n, "016")) << describe(n);
}

// A story about Turkey.
const char* const kQuakeStory =
    "Quake\n\nAn earthquake struck eastern Turkey on Monday. Turkey's president visited the area. Turkish rescuers "
    "searched the rubble.\n\n";

TEST(CoderAttitudes, CondolencesOverOrForALossGoToTheSufferers) {
  NEED_MODELS();
  Document d = code_text(std::string(kQuakeStory) + "Germany expressed condolences over the deaths of Turkish soldiers.");
  EXPECT_TRUE(find(d, "DEU", "TUR", "018")) << describe(d);
  Document f = code_text(std::string(kQuakeStory) + "Germany offered condolences for the victims.");
  EXPECT_TRUE(find(f, "DEU", "TUR", "018")) << describe(f);
  // The victims' families, civilians of no state: the story's state.
  Document v = code_text(std::string(kQuakeStory) + "Germany offered condolences to the families of the victims.");
  EXPECT_TRUE(find(v, "DEU", "TUR", "018")) << describe(v);
  // Condolences for no loss: none.
  Document n = code_text(std::string(kQuakeStory) + "Germany offered condolences for the delay.");
  EXPECT_FALSE(find_code(n, "018")) << describe(n);
  // "called X to express condolences": the purpose clause is read with
  // the one called as its subject; the one called is no mourner.
  Document c = code_text("Russia and Turkey\n\nPutin called Erdogan to express condolences over the deaths of Turkish soldiers.");
  for (const Event& e : c.events)
    EXPECT_FALSE(e.cameo == "018" && e.source >= 0 && starts(c.mentions[e.source].actor.code, "TUR")) << describe(c);
}

TEST(CoderAttitudes, WarningOfADangerIsPessimism) {
  NEED_MODELS();
  Document d = code_text("Gaza\n\nThe United Nations warned of a humanitarian catastrophe in Gaza.");
  EXPECT_TRUE(find(d, "IGOUNO", "", "012")) << describe(d);
  Document c = code_text("Kenya\n\nThe Kenyan health ministry warned that the outbreak could spread.");
  EXPECT_TRUE(find(c, "KEN", "", "012")) << describe(c);
  // A warning to someone stays a warning to them, not pessimism.
  Document w = code_text("China and Japan\n\nChina warned Japan that the situation could worsen.");
  EXPECT_TRUE(find(w, "CHN", "JPN", "130")) << describe(w);
  EXPECT_FALSE(find_code(w, "012")) << describe(w);
  // A warning of consequences or of one's own act is no pessimism.
  Document t = code_text("China\n\nChina warned that it would retaliate.");
  EXPECT_FALSE(find_code(t, "012")) << describe(t);
  Document s = code_text("China and the US\n\nChina warned the United States of serious consequences.");
  EXPECT_FALSE(find_code(s, "012")) << describe(s);
}

TEST(CoderAttitudes, EchoingAnothersViewIsAccord) {
  NEED_MODELS();
  Document d = code_text("France and Germany\n\nFrance echoed Germany's position on the talks.");
  EXPECT_TRUE(find(d, "FRA", "DEU", "019")) << describe(d);
  // A view of no one's: no accord with anyone.
  Document n = code_text("France\n\nFrance echoed the view that the sanctions are illegal.");
  EXPECT_FALSE(find_code(n, "019")) << describe(n);
  // Sharing views with someone is a consultation, not accord.
  Document c = code_text("France and Germany\n\nFrance shared views with Germany on the talks.");
  EXPECT_FALSE(find_code(c, "019")) << describe(c);
}

TEST(CoderAttitudes, ThisCooperationIsTheOneNamedBefore) {
  NEED_MODELS();
  Document d = code_text(
      "Seoul and Tokyo\n\nJapan and South Korea signed a pact on Monday to deepen military cooperation between Tokyo "
      "and Seoul. China said it was worried about this cooperation.");
  EXPECT_TRUE(find(d, "CHN", "JPN", "012")) << describe(d);
  EXPECT_TRUE(find(d, "CHN", "KOR", "012")) << describe(d);
  // No earlier cooperation with named sides: the concern stays targetless.
  Document n = code_text(
      "Seoul and Tokyo\n\nJapan and South Korea signed a pact on Monday. China said it was worried about this "
      "cooperation.");
  EXPECT_TRUE(find(n, "CHN", "", "012")) << describe(n);
  EXPECT_FALSE(find(n, "CHN", "JPN", "012")) << describe(n);
  // Concern about something else names none of the earlier sides.
  Document w = code_text(
      "Seoul and Tokyo\n\nJapan and South Korea signed a pact on Monday to deepen military cooperation between Tokyo "
      "and Seoul. China said it was worried about the weather.");
  EXPECT_FALSE(find(w, "CHN", "JPN", "012")) << describe(w);
}

}  // namespace
}  // namespace dyad
