// Threats (CAMEO 13x) and announced intentions (03x, modality intended)
// that news states indirectly: an own act made
// conditional on another actor's unmet demand, a threatened truce breach,
// a reported "would" after a past speech verb. And what must stay
// uncoded: another actor's possible act, a quoted conditional, a
// friendly condition, a discussed act. End to end with the shipped models;
// sentences are invented.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // nlp, code_text, describe, find, find_code, NEED_MODELS


TEST(CoderThreats, ThreatToBreakATruceTargetsTheOtherSide) {
  NEED_MODELS();
  // The truce's partner ("with X") is whom the breach would hit; breaking
  // a truce is fighting (196), so threatening it is a threat of force.
  Document d = code_text("The rebels threatened to break their truce with the Kenyan army.");
  EXPECT_NE(find(d, "REB", "KEN", "138"), nullptr) << describe(d);
  Document done = code_text("The militia violated its ceasefire with the Kenyan army.");
  EXPECT_NE(find(done, "REB", "KEN", "196"), nullptr) << describe(done);
}

TEST(CoderThreats, AnnouncedActUnderAnUnmetConditionIsAThreat) {
  NEED_MODELS();
  // A passive condition without agent: the owner of the measure that
  // must go is the one pressed.
  Document pass = code_text(
      "\"Poland will buy Korean tanks if the German export ban is not lifted,\" the Polish defense minister "
      "said.");
  EXPECT_NE(find(pass, "POL", "DEU", "130", Modality::kIntended), nullptr) << describe(pass);
  // An act that a pattern codes (no threat by itself), with the "if"
  // clause hung on the speech verb after the quotation.
  Document coded = code_text(
      "\"Poland will build its own tanks if Germany does not lift the export ban,\" the Polish defense minister "
      "said.");
  EXPECT_NE(find(coded, "POL", "DEU", "130", Modality::kIntended), nullptr) << describe(coded);
  // A condition the other side fulfils is a promise, not a threat.
  Document promise = code_text(
      "\"If China stops blocking the resolution, we will welcome Chinese investors,\" the Indian foreign minister "
      "said.");
  EXPECT_EQ(find_code(promise, "13", Modality::kIntended), nullptr) << describe(promise);
  // The speaker's own side as the passive condition's subject is no target.
  Document own = code_text(
      "\"Poland will buy Korean tanks if Poland is sanctioned,\" the Polish defense minister said.");
  EXPECT_EQ(find_code(own, "13", Modality::kIntended), nullptr) << describe(own);
}

TEST(CoderThreats, ReportedWouldAfterAPastSpeechVerbIsAnAnnouncement) {
  NEED_MODELS();
  // Sequence of tenses: "announced that X would V" reports "X will V".
  Document d = code_text("Modi announced that India would invest $10 million in Kenya.");
  EXPECT_NE(find(d, "IND", "KEN", "031", Modality::kIntended), nullptr) << describe(d);
  // Not for another actor's act, the speaker's forecast.
  Document other = code_text("Modi said that Japan would invest $10 million in Kenya.");
  EXPECT_EQ(find_code(other, "03", Modality::kIntended), nullptr) << describe(other);
  // Not after a present-tense speech verb ("says X would" is a conditional).
  Document present = code_text("Modi says India would invest $10 million in Kenya.");
  EXPECT_EQ(find_code(present, "03", Modality::kIntended), nullptr) << describe(present);
  // Not inside the speaker's own quoted words.
  Document quoted = code_text("\"India would invest $10 million in Kenya,\" Modi said.");
  EXPECT_EQ(find_code(quoted, "03", Modality::kIntended), nullptr) << describe(quoted);
  // Not for acts with no intention code ("would urge X to ..." stays a
  // possibility).
  Document urge =
      code_text("Sanchez said he would urge the European Commission to drop the tariffs on Chinese cars.");
  EXPECT_EQ(find_code(urge, "02", Modality::kIntended), nullptr) << describe(urge);
}

TEST(CoderThreats, DiscussedActIsNotDone) {
  NEED_MODELS();
  for (const char* s : {"Macron discussed upgrading defense ties with Kenya.",
                        "Macron is expected to discuss upgrading defense ties with Kenya."}) {
    Document d = code_text(s);
    EXPECT_EQ(find_code(d, "05"), nullptr) << s << "\n" << describe(d);
  }
  // "discussed X with Y" is still a consultation.
  Document d = code_text("Macron discussed the crisis with Ruto.");
  EXPECT_NE(find_code(d, "040"), nullptr) << describe(d);
}

}  // namespace
}  // namespace dyad
