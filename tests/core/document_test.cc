#include <gtest/gtest.h>

#include <sstream>

#include "dyad/conllu.h"
#include "dyad/document.h"

namespace dyad {
namespace {

TEST(DepRel, NamesRoundTrip) {
  for (int i = 0; i < deprel_count(); ++i)
    EXPECT_EQ(deprel_from_name(deprel_name(static_cast<DepRel>(i))), i);
  EXPECT_EQ(deprel_name(deprel_base(deprel_from_name("nsubj:pass"))), "nsubj");
  EXPECT_EQ(deprel_from_name("no-such-relation"), 0);
}

TEST(UPos, NamesRoundTrip) {
  EXPECT_EQ(upos_from_name("PROPN"), UPos::kPROPN);
  EXPECT_EQ(upos_name(UPos::kVERB), "VERB");
  EXPECT_EQ(upos_from_name("bogus"), UPos::kX);
}

TEST(Conllu, ReadsWordsSkipsRangesAndRoundTrips) {
  std::istringstream in(
      "# newdoc id = d1\n"
      "# text = They don't.\n"
      "1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
      "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\tSpaceAfter=No\n"
      "3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No\n"
      "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  auto docs = read_conllu(in, "mem");
  ASSERT_EQ(docs.size(), 1u);
  const Document& d = docs[0];
  EXPECT_EQ(d.id, "d1");
  EXPECT_EQ(d.text, "They don't.");
  ASSERT_EQ(d.tokens.size(), 4u);
  EXPECT_EQ(d.syntax[1].head, -1);
  EXPECT_EQ(d.syntax[0].head, 2);  // "They" -> token 2 ("n't") as written
  EXPECT_EQ(d.syntax[2].lemma, "not");
  std::ostringstream out;
  write_conllu(d, out);
  EXPECT_NE(out.str().find("2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\tSpaceAfter=No"), std::string::npos);
}

TEST(Conllu, MalformedLineNamesFileAndLine) {
  std::istringstream in("1\tonly\tthree\n");
  try {
    read_conllu(in, "bad.conllu");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.conllu:1:"), std::string::npos);
  }
}

// A HEAD pointing outside its sentence would send later stages into another
// sentence's tokens (or past the end): malformed, named by its line.
TEST(Conllu, HeadOutsideTheSentenceIsAnError) {
  std::istringstream in(
      "1\tRebels\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tfled\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tsouth\t_\tADV\tRB\t_\t7\tadvmod\t_\t_\n\n");
  try {
    read_conllu(in, "heads.conllu");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("heads.conllu:3: HEAD 7"), std::string::npos) << e.what();
  }
}

// With an error list, a malformed sentence is left out and reported, and the
// sentences after it are read.
TEST(Conllu, ErrorListSkipsOnlyTheBadSentence) {
  std::istringstream in(
      "1\tTalks\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tended\n"
      "3\tearly\t_\tADV\tRB\t_\t2\tadvmod\t_\t_\n"
      "\n"
      "1\tTroops\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tleft\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "\n"
      "1\tShips\t_\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
      "\n");
  std::vector<std::string> errors;
  ConlluReadOptions options;
  options.errors = &errors;
  std::vector<Document> docs = read_conllu(in, "mixed.conllu", options);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(docs[0].sentences.size(), 1u);
  EXPECT_EQ(docs[0].token_text(0), "Troops");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_NE(errors[0].find("mixed.conllu:2:"), std::string::npos) << errors[0];
  EXPECT_NE(errors[0].find("sentence skipped"), std::string::npos) << errors[0];
  EXPECT_NE(errors[1].find("mixed.conllu:8: HEAD 5"), std::string::npos) << errors[1];
}

}  // namespace
}  // namespace dyad
