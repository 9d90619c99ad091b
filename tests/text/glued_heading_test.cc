// Subheadings glued to the next sentence (text/glued_heading.h). All
// sentences are invented for the tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/text.h"
#include "text/glued_heading.h"
#include "text/text_test_util.h"

namespace dyad {
namespace {

using testing::sents;
using V = std::vector<std::string>;

TEST(GluedHeading, SentenceCaseHeadingBeforeAnOpenerSplits) {
  EXPECT_EQ(sents("Talks resumed on Monday. Border talks The two delegations met near the river."),
            (V{"Talks resumed on Monday.", "Border talks",
               "The two delegations met near the river."}));
  EXPECT_EQ(sents("Fresh clashes Since early March, rebels have shelled the town."),
            (V{"Fresh clashes", "Since early March, rebels have shelled the town."}));
  EXPECT_EQ(sents("Water shortages During the dry season the wells run low."),
            (V{"Water shortages", "During the dry season the wells run low."}));
  EXPECT_EQ(sents("Cross-border raids According to the army, the raids have stopped."),
            (V{"Cross-border raids", "According to the army, the raids have stopped."}));
  EXPECT_EQ(sents("A new front In the south, fighting spread to three villages."),
            (V{"A new front", "In the south, fighting spread to three villages."}));
  EXPECT_EQ(sents("Farm protests They blocked the highway for six hours."),
            (V{"Farm protests", "They blocked the highway for six hours."}));
  EXPECT_EQ(sents("Reaction from Governor Olu Meanwhile the governor called for calm."),
            (V{"Reaction from Governor Olu", "Meanwhile the governor called for calm."}));
  // Joined only by a lost line break, two names and "The" start a sentence.
  EXPECT_EQ(sents("Britain and France The two allies agreed a plan."),
            (V{"Britain and France", "The two allies agreed a plan."}));
  EXPECT_EQ(sents("Ports and roads A Norvian envoy promised new funding on Tuesday."),
            (V{"Ports and roads", "A Norvian envoy promised new funding on Tuesday."}));
}

TEST(GluedHeading, RepeatedNounSplits) {
  EXPECT_EQ(sents("Harbor expansion Expansion of the northern harbor will cost millions."),
            (V{"Harbor expansion", "Expansion of the northern harbor will cost millions."}));
  EXPECT_EQ(sents("Ceasefire talks Talk of a truce grew louder this week."),
            (V{"Ceasefire talks", "Talk of a truce grew louder this week."}));
  // A name heading repeated word for word.
  EXPECT_EQ(sents("Ann Lorr Ann Lorr moved to the coast in the 1950s."),
            (V{"Ann Lorr", "Ann Lorr moved to the coast in the 1950s."}));
}

TEST(GluedHeading, TitleCaseHeadingNeedsALowerCaseWordAfterTheOpener) {
  EXPECT_EQ(sents("Aftermath The village was rebuilt within a year."),
            (V{"Aftermath", "The village was rebuilt within a year."}));
  EXPECT_EQ(sents("Mount Kessa The road was closed by snow for a week."),
            (V{"Mount Kessa", "The road was closed by snow for a week."}));
  EXPECT_EQ(sents("Aftermath The Red Cross sent tents."), (V{"Aftermath The Red Cross sent tents."}));
}

TEST(GluedHeading, OrdinarySentencesDoNotSplit) {
  for (const char* s : {
           "U.S. President Donald Trump said the talks would go on.",
           "In April, the military took over the capital.",
           "Secretary of State Antony Blinken arrived in Rome on Sunday.",
           "Prime Minister Theresa May said she would stay on.",
           "Vice Premier He Lifeng met the delegation in Beijing.",
           "Chinese vice premier He said the talks had gone well.",
           "Park Soo In said he would visit the border.",
           "Reporters Without Borders condemned the arrest of the editor.",
           "The aid group Medics Without Borders said the clinic was hit.",
           "Air Force One landed in Lagos late on Friday.",
           "Trump also attacked The Daily Ledger over its reporting.",
           "The case went before The Hague court in March.",
           "I am not sure I can go to the meeting.",
           "Check out The Blue Door, a cafe near the station.",
           "Jonas Jonas was born in Riga in 1961.",
           "A new CBX News survey shows support for the plan.",
           "Britain and France signed The Northern Accord in May.",
           "Ministers praised The Daily Ledger for its reporting.",
       }) {
    EXPECT_EQ(sents(s), (V{s})) << s;
  }
}

TEST(GluedHeading, TitlesAfterTheirKindDoNotSplit) {
  EXPECT_EQ(sents("Residents of the port city The Narrows protested the fees."),
            (V{"Residents of the port city The Narrows protested the fees."}));
  EXPECT_EQ(sents("The weekly newspaper The Morning Ledger reported the deal."),
            (V{"The weekly newspaper The Morning Ledger reported the deal."}));
  EXPECT_EQ(sents("Weekly newspaper The Morning Ledger reported the deal first."),
            (V{"Weekly newspaper The Morning Ledger reported the deal first."}));
}

TEST(GluedHeading, ShortRestDoesNotSplit) {
  EXPECT_EQ(sents("Border talks The end."), (V{"Border talks The end."}));
}

TEST(GluedHeading, OffsetsStayExact) {
  Document doc;
  doc.text = "Rain fell. Flood damage The river rose overnight.";
  run_text_stage(doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[1].begin, 11u);
  EXPECT_EQ(doc.sentences[1].end, 23u);
  EXPECT_EQ(doc.sentences[2].begin, 24u);
  EXPECT_EQ(doc.sentences[2].end, doc.text.size());
  std::string why;
  EXPECT_TRUE(testing::layers_valid(doc, &why)) << why;
}

TEST(GluedHeading, HeadingOnItsOwnLineIsSplitOnceAndOptionTurnsItOff) {
  EXPECT_EQ(sents("Border talks\nThe two delegations met near the river."),
            (V{"Border talks", "The two delegations met near the river."}));
  Document doc;
  doc.text = "Border talks The two delegations met near the river.";
  tokenize(doc);
  SentenceOptions opt;
  opt.split_glued_headings = false;
  split_sentences(doc, opt);
  EXPECT_EQ(doc.sentences.size(), 1u);
}

TEST(GluedHeading, FunctionOnTokenRanges) {
  Document doc = testing::tokenized("Market fears The index fell sharply today.");
  EXPECT_EQ(text::glued_heading_tokens(doc, 0, doc.tokens.size()), 2u);
  EXPECT_EQ(text::glued_heading_tokens(doc, 2, doc.tokens.size()), 0u);
  EXPECT_EQ(text::glued_heading_tokens(doc, 0, 0), 0u);
  EXPECT_EQ(text::glued_heading_tokens(doc, 0, doc.tokens.size() + 5), 0u);
}

}  // namespace
}  // namespace dyad
