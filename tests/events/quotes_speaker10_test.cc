// Speakers lost or misplaced around quotations (2026-12-01, tenth session):
// a clause after a closed quotation, continued quotations and pronoun
// speakers. Sentences are invented; each rule has a near miss. Skips when a
// model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, NEED_MODELS

// The quotation's speaker: its words as written and its actor's code.
std::string speaker_words(const Document& d, size_t i) {
  const Quote& q = d.quotes[i];
  return q.speaker_begin < 0 ? "" : std::string(d.tokens_text(q.speaker_begin, q.speaker_end));
}
std::string speaker_code(const Document& d, size_t i) {
  const Quote& q = d.quotes[i];
  return q.speaker >= 0 ? d.mentions[q.speaker].actor.code : "";
}
// The index of the quotation whose text starts with `start`, or -1.
int quote_at(const Document& d, const std::string& start) {
  for (size_t i = 0; i < d.quotes.size(); ++i)
    if (d.span_text(d.quotes[i].begin, d.quotes[i].end).substr(0, start.size()) == start) return static_cast<int>(i);
  return -1;
}

// quotes.cc speaker_of_cue(): ", saying the fighters '...'" speaks for the
// subject of the clause it hangs on: a participle never inverts (as ", said
// X" does), and when the parser hung that subject elsewhere ("Sunday, Ruto"
// read as a conjunct), the name right before the verb is it.
TEST(QuotesSpeaker10, AParticipleSpeaksForTheNameBeforeItsHead) {
  NEED_MODELS();
  Document d = code_text(
      "In a video message released Sunday, Ruto again pointed a finger at the rebels, saying the fighters "
      "\xE2\x80\x9Cshould know that they will never win through violence.\xE2\x80\x9D",
      "2025-03-04");
  const int q = quote_at(d, "should know");
  ASSERT_GE(q, 0) << describe(d);
  EXPECT_EQ(speaker_words(d, q), "Ruto");
  // The same with a subject in place: the subject of the clause speaks, not
  // the participle's object.
  Document s = code_text(
      "The president pointed a finger at the rebels, saying the fighters \xE2\x80\x9Cwill be "
      "crushed.\xE2\x80\x9D",
      "2025-03-04");
  const int qs = quote_at(s, "will be crushed");
  ASSERT_GE(qs, 0) << describe(s);
  EXPECT_NE(speaker_words(s, qs).find("president"), std::string::npos) << speaker_words(s, qs);
  // Near miss: an inverted past tense still names its speaker after it.
  Document n = code_text(
      "\xE2\x80\x9CThe fighters will be crushed,\xE2\x80\x9D said the president of the country.",
      "2025-03-04");
  const int qn = quote_at(n, "The fighters");
  ASSERT_GE(qn, 0) << describe(n);
  EXPECT_NE(speaker_words(n, qn).find("president"), std::string::npos) << speaker_words(n, qn);
}

// quotes.cc label_quotes(): a transcript names its guest in full once
// ("Richard Hollister, former U.S. deputy secretary of state:") and then by
// the surname ("Hollister:"): the later answers are the same actor, with its state.
TEST(QuotesSpeaker10, ALaterTranscriptLabelTakesTheFullLabelsActor) {
  NEED_MODELS();
  Document d = code_text(
      "The White House sent an unofficial delegation to the inauguration of Taiwan's new president. Richard "
      "Hollister, former deputy secretary of state, was among the delegates. VOA spoke with Hollister about his "
      "trip to Taiwan. VOA: During your visit to Taiwan, you met with the new president. What message did you "
      "bring to Taiwan? Richard Hollister, former U.S. deputy secretary of state: The obvious message we brought "
      "to Taiwan was a bipartisan support for Taiwan's democracy. I had met the president before. VOA: How do "
      "you read the military drills? Hollister: That type of exercise was expected.",
      "2024-05-30");
  const int first = quote_at(d, "The obvious message");
  const int later = quote_at(d, "That type");
  ASSERT_GE(first, 0) << describe(d);
  ASSERT_GE(later, 0) << describe(d);
  EXPECT_EQ(speaker_code(d, first), "USAELI");
  EXPECT_EQ(speaker_code(d, later), "USAELI");
  // Near miss: the interviewer's label keeps its own actor.
  const int question = quote_at(d, "How do you read");
  ASSERT_GE(question, 0) << describe(d);
  EXPECT_EQ(speaker_code(d, question).substr(0, 3), "USA");
  EXPECT_NE(speaker_code(d, question), "USAELI");
}

// event_stage.cc joined_after_quote() (judge_of, stance_judge): 'X says that "...," and here, Y has
// violated Z' — the parser hangs the clause after the quotation on the
// speech verb, but after "and" it is the writer's, not X's accusation.
TEST(QuotesSpeaker10, AClauseAfterTheQuotationIsNotTheSpeakersWords) {
  NEED_MODELS();
  Document d = code_text(
      "Beijing always says that \"we respect the sovereignty of every nation,\" and here, Russia has violated the "
      "sovereignty of Georgia.",
      "2025-03-04");
  EXPECT_FALSE(find(d, "CHN", "RUS", "112")) << describe(d);
  // Near miss: a second content clause with its own "that" is still what
  // was said.
  Document s = code_text(
      "Beijing says that \"we respect the sovereignty of every nation,\" and that Russia has violated the "
      "sovereignty of Georgia.",
      "2025-03-04");
  EXPECT_TRUE(find(s, "CHN", "RUS", "112")) << describe(s);
}

// quotes.cc nearest_person(): "Polish concerns Jan Kowalski, director of
// ..., told VOA ... . '...,' he added": a name no mention covers, subject of
// a speech verb, is the "he" even when the role beside it resolves to a
// country's body.
TEST(QuotesSpeaker10, ANamedSpeakerIsHeWhateverHisRoleResolvesTo) {
  NEED_MODELS();
  Document d = code_text(
      "Polish concerns Jan Kowalski, director of the Warsaw Institute for Eastern Studies, told VOA via email "
      "that although Poland and Lithuania are both concerned, Poland is reluctant to join an alliance. "
      "\xE2\x80\x9CThat said,\" he added, \"holding a summit in June would not be that provocative a "
      "step.\xE2\x80\x9D",
      "2025-03-04");
  const int q = quote_at(d, "holding a summit");
  ASSERT_GE(q, 0) << describe(d);
  EXPECT_NE(speaker_words(d, q).find("Kowalski"), std::string::npos) << speaker_words(d, q);
  // Near miss: a country as the subject is no "he".
  Document n = code_text(
      "Poland told its allies on Monday that it is reluctant to join an alliance. \xE2\x80\x9CThat said,\" he "
      "added, \"holding a summit in June would not be that provocative a step.\xE2\x80\x9D",
      "2025-03-04");
  const int qn = quote_at(n, "holding a summit");
  ASSERT_GE(qn, 0) << describe(n);
  EXPECT_NE(speaker_code(n, qn).substr(0, 3), "POL") << speaker_code(n, qn);
}

// quotes.cc same_voice_between(): '"...," she says. She also says ... .
// "..."': one sentence of more reported speech by the same person between
// two quotations does not break the voice.
TEST(QuotesSpeaker10, ReportedSpeechBetweenQuotesKeepsTheVoice) {
  NEED_MODELS();
  Document d = code_text(
      "Grace Atieno was wounded in the attack near the border. \"My leg was bleeding,\" she says. She also says "
      "she tried to hide behind the car. \"The man walked past me, thinking I was dead.\"",
      "2025-03-04");
  const int q = quote_at(d, "The man walked");
  ASSERT_GE(q, 0) << describe(d);
  EXPECT_EQ(speaker_words(d, q), "Grace Atieno");
  // Near misses: a sentence of narrative, or another voice ("He also
  // says"), between the two.
  for (const char* between : {"Her husband, a farmer, later found her on the road.",
                              "He also says the police came too late."}) {
    Document n = code_text(std::string("Grace Atieno was wounded in the attack near the border. \"My leg was "
                                       "bleeding,\" she says. ") +
                               between + " \"The man walked past me, thinking I was dead.\"",
                           "2025-03-04");
    const int qn = quote_at(n, "The man walked");
    ASSERT_GE(qn, 0) << describe(n);
    EXPECT_NE(speaker_words(n, qn), "Grace Atieno") << between;
  }
}

}  // namespace
}  // namespace dyad
