// Precision on text nobody tuned on, second sample: kinds of wrong event
// found by reading every event dyad coded on a fresh set of unseen web text
// and wire news, end to end with the shipped models. Each rule has its near
// miss that must still be coded. Sentences are invented. Skips when a model
// is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// data/verbs/48-precision2.txt: &noun-hypothetical plot, scheme ...; and
// event_stage.cc clause_modality(): the plot noun's infinitive misread as
// the verb's xcomp.
TEST(CoderPrecisionUnseen2, APlotOrSchemeToActReportsNoAct) {
  NEED_MODELS();
  for (const char* s : {"\"The problem is Lima's scheme to destroy Chile's fishing fleet,\" the Chilean minister said.",
                        "Officials have said the plot, foiled by Chile, to bomb the Peruvian embassy bore the marks "
                        "of a militant group."}) {
    Document d = code_text(s);
    EXPECT_FALSE(find_code(d, "17")) << s << "\n" << describe(d);
    EXPECT_FALSE(find_code(d, "18")) << s << "\n" << describe(d);
    EXPECT_FALSE(find_code(d, "19")) << s << "\n" << describe(d);
  }
  // Done, not plotted.
  Document done = code_text("Peruvian troops destroyed Chilean fishing boats on Monday.");
  EXPECT_TRUE(find(done, "PERMIL", "CHL", "17")) << describe(done);
}

// data/verbs/48-precision2.txt &act-ended, read by code_nominal().
TEST(CoderPrecisionUnseen2, AnActNamedAsWhatEndsIsNoReportOfIt) {
  NEED_MODELS();
  Document d = code_text("Hamas announced an end to rocket attacks on Israel from the Gaza Strip.");
  EXPECT_FALSE(find_code(d, "19")) << describe(d);
  // An act one only wants to end goes on; an act claimed is done. (An
  // occupation named in passing is a standing state, no act: eleventh
  // session, 30-nominal.txt.)
  Document ongoing = code_text("Hamas fighters want to end the Israeli invasion of Gaza.");
  EXPECT_TRUE(find(ongoing, "ISR", "PSE", "19")) << describe(ongoing);
  Document claimed = code_text("Islamic Jihad claimed its attacks on Israel.");
  EXPECT_TRUE(find(claimed, "PSE", "ISR", "190")) << describe(claimed);
}

// event_stage.cc stance_target(): a verdict's "of" phrase suffers it.
TEST(CoderPrecisionUnseen2, AVerdictOnAnActDoesNotJudgeItsVictims) {
  NEED_MODELS();
  for (const char* s : {"A court in Peru has issued arrest warrants for two Bolivian men sought in the brutal "
                        "slaying of two American tourists in northern Peru, a senior Peruvian police officer said "
                        "Monday.",
                        "\"The brutal murder of two Chilean students has shocked everyone,\" the Peruvian "
                        "minister said."}) {
    Document d = code_text(s);
    EXPECT_FALSE(find_code(d, "111")) << s << "\n" << describe(d);
  }
  // The doer named by "by" is judged, even where the parser hangs it
  // inside the "of" phrase.
  Document by = code_text(
      "The Peruvian minister said the brutal murder of three tourists by Chilean soldiers must be punished.");
  EXPECT_TRUE(find(by, "PERGOV", "CHLMIL", "111")) << describe(by);
}

// data/verbs/48-coop.txt ratify-agreement: no longer joint.
TEST(CoderPrecisionUnseen2, RatifyingIsEachPartysOwnAct) {
  NEED_MODELS();
  Document d = code_text("Peru ratified a trade agreement with Chile on Tuesday.");
  EXPECT_TRUE(find(d, "PER", "CHL", "057")) << describe(d);
  EXPECT_FALSE(find(d, "CHL", "PER", "057")) << describe(d);
  // Both ratifying: each to the other.
  Document both = code_text("Peru and Chile ratified the border treaty on Tuesday.");
  EXPECT_TRUE(find(both, "PER", "CHL", "057")) << describe(both);
  EXPECT_TRUE(find(both, "CHL", "PER", "057")) << describe(both);
}

// actor_stage.cc placed_role(): an "of" place on the role noun itself.
TEST(CoderPrecisionUnseen2, ARoleOfAPlaceBelongsToItsState) {
  NEED_MODELS();
  for (const char* s : {"Israel released the mayor of Nablus on Monday.",
                        "Israel released the mayor of the West Bank city of Nablus on Monday."}) {
    Document d = code_text(s);
    EXPECT_TRUE(find(d, "ISR", "PSEGOV", "0841")) << s << "\n" << describe(d);
  }
  Document residents = code_text("Residents of Aleppo protested against the Syrian government.");
  EXPECT_TRUE(find(residents, "SYRCVL", "SYRGOV", "14")) << describe(residents);
  // No place, no state; and an "of" phrase on someone else's noun places
  // no one ("a citizen of France" does not make Kenyan police French).
  Document town = code_text("The Japanese ambassador met the mayor of the town on Monday.");
  EXPECT_FALSE(find(town, "JPNGOV", "PSE", "040")) << describe(town);
  EXPECT_FALSE(find(town, "JPNGOV", "JPN", "040")) << describe(town);
  Document arrest = code_text("Police arrested a citizen of France in Nairobi.");
  EXPECT_TRUE(find(arrest, "KENCOP", "FRA", "173")) << describe(arrest);
}

}  // namespace
}  // namespace dyad
