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

}  // namespace
}  // namespace dyad
