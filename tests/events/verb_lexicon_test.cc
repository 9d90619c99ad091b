// The verb-pattern loader: the shipped lexicon loads and covers every CAMEO
// root; malformed lines are reported as file:line.
#include "events/verb_lexicon.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "dyad/codebook.h"
#include "dyad/events.h"
#include "events/event_test_util.h"

namespace dyad {
namespace {

TEST(VerbLexicon, ShippedLexiconCoversEveryRoot) {
  auto lex = VerbLexicon::load_dir(std::string(DYAD_SOURCE_DIR) + "/data/verbs");
  EXPECT_GT(lex->pattern_count(), 200u);
  std::set<std::string> roots;
  for (const VerbPattern* p : lex->all_patterns())
    if (!p->code.empty()) roots.insert(Codebook::root_of(p->code));
  EXPECT_EQ(roots.size(), 20u);
  ASSERT_NE(lex->set("speech"), nullptr);
  EXPECT_TRUE(lex->set("speech")->contains("say"));
  EXPECT_EQ(lex->derive("appeal", "0871"), "0256");  // longest prefix: 087
  EXPECT_EQ(lex->derive("appeal", "046"), "026");
  EXPECT_EQ(lex->derive("appeal", "190"), "");
  // Building the stage checks every code against the codebook.
  EXPECT_NO_THROW(EventStage(lex, evtest::shipped_codebook()));
}

TEST(VerbLexicon, MostSpecificPatternFirst) {
  VerbLexicon lex;
  lex.parse("040 meet meet target=obj|with mutual\n--- meet-goal meet obj=goal,target\n", "t.txt");
  lex.finish();
  const auto* ps = lex.patterns("meet");
  ASSERT_NE(ps, nullptr);
  ASSERT_EQ(ps->size(), 2u);
  EXPECT_EQ((*ps)[0].id, "meet-goal");
  EXPECT_TRUE((*ps)[1].mutual);
  ASSERT_EQ((*ps)[1].targets.size(), 2u);
  EXPECT_EQ((*ps)[1].targets[1].kind, Slot::kPrep);
  EXPECT_EQ((*ps)[1].targets[1].prep, "with");
}

std::string error_of(const std::string& text) {
  VerbLexicon lex;
  try {
    lex.parse(text, "v.txt");
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(VerbLexicon, NegFlagOutranksPlainReading) {
  VerbLexicon lex;
  lex.parse("--- comment comment\n011 no-comment comment neg target=none\n", "t.txt");
  lex.finish();
  const auto* ps = lex.patterns("comment");
  ASSERT_NE(ps, nullptr);
  ASSERT_EQ(ps->size(), 2u);
  EXPECT_EQ((*ps)[0].id, "no-comment");
  EXPECT_TRUE((*ps)[0].neg);
  EXPECT_FALSE((*ps)[1].neg);
}

TEST(VerbLexicon, ErrorsNameFileAndLine) {
  EXPECT_EQ(error_of("# c\n\n999 x meet\n"), "v.txt:3: bad CAMEO code '999' (2-4 digits, or --- for no event)");
  EXPECT_EQ(error_of("040 x meet with=&nosuch\n"), "v.txt:1: unknown word set '&nosuch' (define it before use)");
  EXPECT_EQ(error_of("040 x meet\n040 x greet\n"), "v.txt:2: duplicate pattern id 'x'");
  EXPECT_EQ(error_of("040 x\n"), "v.txt:1: expected 'CODE ID VERBS [ELEMENT...]'");
  EXPECT_EQ(error_of("040 x Meet\n"), "v.txt:1: bad word 'Meet' (lower-case lemmas, '*' or '&set')");
  EXPECT_EQ(error_of("040 x meet gov=maybe\n").rfind("v.txt:1: bad modality", 0), 0u);
  EXPECT_EQ(error_of("040 x meet absorb\n"), "v.txt:1: 'absorb' needs 'gov='");
  EXPECT_EQ(error_of("040 x meet derive=nosuch\n"),
            "v.txt:1: unknown derivation table 'nosuch' (define its rows first)");
  EXPECT_EQ(error_of("040 x meet frobnicate\n"), "v.txt:1: unknown flag 'frobnicate'");
  EXPECT_EQ(error_of("%t 04\n"), "v.txt:1: table rows are '%table FROM-CODE TO-CODE'");
  EXPECT_EQ(error_of("%t 04 026\n%t 04 027\n"), "v.txt:2: duplicate row for 04 in table t");
  EXPECT_EQ(error_of("040 x meet target=\n"), "v.txt:1: empty value for 'target'");
  EXPECT_EQ(error_of("&s\n"), "v.txt:1: word set &s has no members");
  EXPECT_EQ(error_of("&s a b\n040 x meet with=&s # fine\r\n"), "");
}

TEST(VerbLexicon, DirectoryErrors) {
  EXPECT_THROW(VerbLexicon::load_dir("/nonexistent/verbs"), std::runtime_error);
  auto dir = std::filesystem::temp_directory_path() / ("dyad_verbs_test_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  { std::ofstream(dir / "a.txt") << "040 meet meet\n"; }
  { std::ofstream(dir / "b.txt") << "# two\n777 bad meet\n"; }
  try {
    VerbLexicon::load_dir(dir.string());
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), (dir / "b.txt").string() + ":2: bad CAMEO code '777' (2-4 digits, or --- for no event)");
  }
  { std::ofstream(dir / "b.txt") << "0999 odd meet\n"; }
  auto lex = VerbLexicon::load_dir(dir.string());
  try {
    EventStage stage(lex, evtest::shipped_codebook());
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()), (dir / "b.txt").string() + ":1: code 0999 is not in the CAMEO codebook");
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad
