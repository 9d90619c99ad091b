// End to end: agreements, talks and cooperation between two sides, text ->
// tagger -> parser -> actors -> events with the shipped models and lexicons
// (skips when a model is missing). A concluded agreement named by a noun
// ("recent agreements between X and Y") is signed by both; one only
// proposed or argued over is not. Talks named by a noun are announced when
// their clause says they are still to come. Conjoined subjects that
// cooperate, discuss or work together act on each other. Sentences written
// for these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "events/event_test_util.h"
#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using evtest::Strings;

Document code_text(const std::string& text) { return pipetest::code_text(text, "2022-09-14"); }

// "SRC>TGT:CODE" (first three letters of each actor code) for each event of
// modality m, sorted and deduplicated.
Strings dyads(const Document& d, Modality m = Modality::kAsserted) {
  Strings out;
  for (const Event& e : d.events) {
    if (e.modality != m) continue;
    std::string s = e.source >= 0 ? d.mentions[e.source].actor.code.substr(0, 3) : "?";
    std::string t = e.target >= 0 ? d.mentions[e.target].actor.code.substr(0, 3) : "-";
    out.push_back(s + ">" + t + ":" + e.cameo);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool has_code(const Document& d, const std::string& prefix) {
  return std::any_of(d.events.begin(), d.events.end(), [&](const Event& e) {
    return e.modality == Modality::kAsserted && e.cameo.compare(0, prefix.size(), prefix) == 0;
  });
}

TEST(CoderAccord, RecentAgreementsBetweenTwoSidesAreSignedByBoth) {
  NEED_MODELS();
  Document d = code_text("Officials said recent agreements between Colombia and Ecuador had cut smuggling along the border.");
  EXPECT_EQ(dyads(d), (Strings{"COL>ECU:057", "ECU>COL:057"})) << pipetest::describe(d);
}

TEST(CoderAccord, AHistoricAccordWithAPartnerIsJoint) {
  NEED_MODELS();
  Document d = code_text("Ethiopia's historic accord with Eritrea ended two decades of hostility.");
  EXPECT_EQ(dyads(d), (Strings{"ERI>ETH:057", "ETH>ERI:057"})) << pipetest::describe(d);
}

TEST(CoderAccord, ADealNotMarkedAsConcludedIsNoSigning) {
  NEED_MODELS();
  // "the deal between X and Y" may be one still argued over.
  Document argued = code_text("Peru said the deal between Chile and Bolivia was unfair to its farmers.");
  EXPECT_FALSE(has_code(argued, "057")) << pipetest::describe(argued);
  // A proposed one is at most possible, and nobody's announced intent.
  Document proposed = code_text("A proposed agreement between Bolivia and Paraguay would share water from the river.");
  EXPECT_FALSE(has_code(proposed, "05")) << pipetest::describe(proposed);
  EXPECT_TRUE(dyads(proposed, Modality::kIntended).empty()) << pipetest::describe(proposed);
}

TEST(CoderAccord, TalksStillToComeAreAnnounced) {
  NEED_MODELS();
  Document expected = code_text("Talks between Serbia and Kosovo are expected to resume next month.");
  EXPECT_FALSE(has_code(expected, "04")) << pipetest::describe(expected);
  EXPECT_EQ(dyads(expected, Modality::kIntended), (Strings{"KSV>SRB:036", "SRB>KSV:036"}))
      << pipetest::describe(expected);
  Document will = code_text("Talks between Serbia and Kosovo will resume in Brussels.");
  EXPECT_FALSE(has_code(will, "04")) << pipetest::describe(will);
  EXPECT_EQ(dyads(will, Modality::kIntended), (Strings{"KSV>SRB:036", "SRB>KSV:036"})) << pipetest::describe(will);
  Document scheduled = code_text("The summit between Ghana and Nigeria is scheduled for June.");
  EXPECT_FALSE(has_code(scheduled, "04")) << pipetest::describe(scheduled);
  EXPECT_EQ(dyads(scheduled, Modality::kIntended), (Strings{"GHA>NGA:036", "NGA>GHA:036"}))
      << pipetest::describe(scheduled);
}

TEST(CoderAccord, APlannedOrPostponedMeetingDidNotHappen) {
  NEED_MODELS();
  // "planned" is lemmatised to "plan": the hedge is read on the form.
  Document planned = code_text("The planned talks between Armenia and Azerbaijan were postponed.");
  EXPECT_FALSE(has_code(planned, "04")) << pipetest::describe(planned);
  Document postponed = code_text("A visit by the Indian prime minister to Nepal was postponed on Friday.");
  EXPECT_FALSE(has_code(postponed, "04")) << pipetest::describe(postponed);
  EXPECT_FALSE(dyads(postponed, Modality::kHypothetical).empty()) << pipetest::describe(postponed);
}

TEST(CoderAccord, TalksThatFailedWereHeld) {
  NEED_MODELS();
  Document d = code_text("Talks between Serbia and Kosovo collapsed last week.");
  EXPECT_EQ(dyads(d), (Strings{"KSV>SRB:040", "SRB>KSV:040"})) << pipetest::describe(d);
  Document fruitless = code_text("Talks between Serbia and Kosovo did not produce a deal.");
  EXPECT_EQ(dyads(fruitless), (Strings{"KSV>SRB:040", "SRB>KSV:040"})) << pipetest::describe(fruitless);
  // Talks that did not take place were not held.
  Document none = code_text("Talks between Serbia and Kosovo have not resumed since May.");
  EXPECT_FALSE(has_code(none, "04")) << pipetest::describe(none);
}

TEST(CoderAccord, ConjoinedSubjectsCooperateWithEachOther) {
  NEED_MODELS();
  Document d = code_text("Cuba and Venezuela have cooperated closely for years.");
  EXPECT_EQ(dyads(d), (Strings{"CUB>VEN:050", "VEN>CUB:050"})) << pipetest::describe(d);
  Document together = code_text("Kazakhstan and Uzbekistan are working together on water management.");
  EXPECT_EQ(dyads(together), (Strings{"KAZ>UZB:050", "UZB>KAZ:050"})) << pipetest::describe(together);
  // One side cooperating with no one named is no event.
  Document alone = code_text("Cuba cooperated fully, the report said.");
  EXPECT_TRUE(alone.events.empty()) << pipetest::describe(alone);
}

TEST(CoderAccord, ConjoinedSubjectsDiscussWithEachOtherNotWithTheTopic) {
  NEED_MODELS();
  Document d = code_text("Kenya and Uganda discussed border security on Monday.");
  EXPECT_EQ(dyads(d), (Strings{"KEN>UGA:040", "UGA>KEN:040"})) << pipetest::describe(d);
  // A country discussed is the topic, not a party.
  Document topic = code_text("Kenya and Uganda discussed Somalia on Monday.");
  EXPECT_EQ(dyads(topic), (Strings{"KEN>UGA:040", "UGA>KEN:040"})) << pipetest::describe(topic);
  Document alone = code_text("Kenya discussed border security on Monday.");
  EXPECT_TRUE(alone.events.empty()) << pipetest::describe(alone);
}

TEST(CoderAccord, RenewingAnAgreementSignsItAgain) {
  NEED_MODELS();
  Document d = code_text("Senegal and Gambia renewed their fisheries agreement in March.");
  EXPECT_EQ(dyads(d), (Strings{"GMB>SEN:057", "SEN>GMB:057"})) << pipetest::describe(d);
}

TEST(CoderAccord, SupportThrownBehindOrLentToAPartyEndorsesIt) {
  NEED_MODELS();
  Document behind = code_text("Spain threw its support behind Morocco's autonomy plan.");
  EXPECT_EQ(dyads(behind), (Strings{"ESP>MAR:051"})) << pipetest::describe(behind);
  Document lent = code_text("Ghana lent its backing to Togo on Tuesday.");
  EXPECT_EQ(dyads(lent), (Strings{"GHA>TGO:051"})) << pipetest::describe(lent);
}

TEST(CoderAccord, TalksFramingTheClauseAreItsSubjects) {
  NEED_MODELS();
  // "both leaders" are the visitor and the host; the talks were between them.
  Document both = code_text("Ugandan President Yoweri Museveni visited Kenya on Monday. Following talks with Kenyan "
                            "President William Ruto, both leaders reaffirmed their commitment to regional peace.");
  EXPECT_TRUE(pipetest::find(both, "UGA", "KEN", "040")) << pipetest::describe(both);
  EXPECT_TRUE(pipetest::find(both, "KEN", "UGA", "040")) << pipetest::describe(both);
  // A visit during which the subject urges something happened all the same.
  Document during = code_text("During his visit to Nairobi, Ugandan President Yoweri Museveni urged Kenya to reopen the border.");
  EXPECT_TRUE(pipetest::find(during, "UGA", "KEN", "042")) << pipetest::describe(during);
  // Talks framing an announced act are announced too.
  Document later = code_text("After talks with Kenyan President William Ruto next week, Ugandan President Yoweri Museveni "
                             "will travel to Kigali.");
  EXPECT_FALSE(pipetest::find(later, "UGA", "KEN", "04")) << pipetest::describe(later);
  EXPECT_TRUE(pipetest::find(later, "UGA", "KEN", "036", Modality::kIntended)) << pipetest::describe(later);
}

TEST(CoderAccord, TalksThatTimeOrCallsAreForAreOnlyPossible) {
  NEED_MODELS();
  // The parser hangs "for consultations" on the verb beside "time".
  Document time = code_text("The vote was delayed to allow time for consultations between Chile and Peru.");
  EXPECT_FALSE(has_code(time, "04")) << pipetest::describe(time);
  EXPECT_FALSE(dyads(time, Modality::kHypothetical).empty()) << pipetest::describe(time);
  Document calls = code_text("Calls for talks between Chile and Peru grew louder.");
  EXPECT_FALSE(has_code(calls, "04")) << pipetest::describe(calls);
}

}  // namespace
}  // namespace dyad
