// Actor resolution end to end, with the parse: a sentence-opening "he" or
// "she" that two people of the sentence before leave open goes on from that
// sentence's main subject ("Bush was only able to give a partial answer,
// referring to President Lee as 'Lee.' He could not name the others.").
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

TEST(CoderActors10, SentenceOpeningPronounGoesOnFromTheMainSubject) {
  NEED_MODELS();
  Document d = pipetest::code_text(
      "Chinese President Xi Jinping praised the talks with Russian President Vladimir Putin in Moscow. He said trade "
      "would grow.",
      "2023-05-10");
  EXPECT_EQ(pipetest::mention_code(d, "He"), "CHNGOV") << pipetest::describe(d);
}

TEST(CoderActors10, NoMainSubjectLeavesThePronounOpen) {
  NEED_MODELS();
  // Near miss: the sentence before has no person as its subject; two
  // people in it stay ambiguous.
  Document d = pipetest::code_text(
      "The talks between Chinese President Xi Jinping and Russian President Vladimir Putin ended in Moscow. He said "
      "trade would grow.",
      "2023-05-10");
  EXPECT_EQ(pipetest::mention_code(d, "He"), "(none)") << pipetest::describe(d);
}

}  // namespace
}  // namespace dyad
