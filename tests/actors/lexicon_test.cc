// Lexicon loading: the format's rules and its error messages (file:line).
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "actors/test_doc.h"
#include "dyad/actors.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class LexiconDir {
 public:
  LexiconDir() {
    dir_ = fs::temp_directory_path() /
           ("dyad_actor_lex_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
    fs::create_directories(dir_);
  }
  ~LexiconDir() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }
  std::string path() const { return dir_.string(); }

 private:
  static inline int counter_ = 0;
  fs::path dir_;
};

const char* kCountries =
    "country RUS\n"
    "  name Russia\n"
    "  adj  Russian ; Russians\n"
    "country XKX KSV\n"
    "  name Kosovo\n";

// Loads and expects an error mentioning `where` and `what`.
void expect_error(const std::string& file_text, const std::string& where, const std::string& what) {
  LexiconDir d;
  d.write("a.txt", kCountries);
  d.write("b.txt", file_text);
  try {
    load_actor_lexicon(d.path());
    ADD_FAILURE() << "no error for:\n" << file_text;
  } catch (const std::runtime_error& e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("b.txt:" + where + ": "), std::string::npos) << msg;
    EXPECT_NE(msg.find(what), std::string::npos) << msg;
  }
}

TEST(ActorLexicon, MalformedLinesNameFileAndLine) {
  expect_error("agent GOV\n  title president\n  nuon officials\n", "3", "unknown agent attribute");
  expect_error("# comment\n\n  name Oops\n", "3", "outside a record");
  expect_error("agent GOVX\n", "1", "bad role codes");
  expect_error("agent XYZ\n", "1", "bad role codes");
  expect_error("org IGO_NAT NATO\n", "1", "bad CAMEO code");
  expect_error("org IGONAT NATO\n  name NATO ; ; Nato\n", "2", "empty phrase");
  expect_error("person Ana Ruiz\n  code CHLGOV 2020-13-01..2022-01-01\n", "2", "bad date");
  expect_error("person Ana Ruiz\n  code RUSGOV 2022-01-01..2020-01-01\n", "2", "empty date range");
  expect_error("person Ana Ruiz\n  code RUSGOV 20200101\n", "2", "bad date range");
  expect_error("person Ana Ruiz\n  code QQQGOV 2020-01-01..\n", "2", "neither a country");
  expect_error("person Ana Ruiz\n  gender x\n", "2", "gender");
  expect_error("person Ana Ruiz\n  short Ruiz\n", "1", "no `code` or `else`");
  expect_error("widget foo\n", "1", "unknown record");
  expect_error("country RU\n", "1", "bad ISO");
  expect_error("country RUS\n", "1", "defined twice");
  expect_error("person Ana Ruiz\n  code RUSGOV 2020-01-01..\nperson ana ruiz\n  code RUSGOV 2010-01-01..2012-01-01\n", "3",
               "already defined");
}

TEST(ActorLexicon, MissingDirectoryOrFiles) {
  EXPECT_THROW(load_actor_lexicon("/nonexistent/dyad/actors"), std::runtime_error);
  LexiconDir d;
  EXPECT_THROW(load_actor_lexicon(d.path()), std::runtime_error);
}

TEST(ActorLexicon, CrlfCommentsAndUserFilesLoad) {
  LexiconDir d;
  d.write("a.txt", kCountries);
  d.write("b.txt",
          "# a user's own file\r\n"
          "agent MIL   # trailing comment\r\n"
          "  noun troops ; soldier\r\n"
          "person Ana Ruiz\r\n"
          "  short Ruiz\r\n"
          "  code KSVGOV 2020-01-01..2021-01-01 foreign minister\r\n");
  auto lex = load_actor_lexicon(d.path());
  Document doc = testing::make_doc("Russian soldiers met Ana Ruiz. Ruiz left.", "2020-06-01");
  ActorStage(lex).run(doc);
  ASSERT_EQ(doc.mentions.size(), 3u);
  EXPECT_EQ(doc.mentions[0].actor.code, "RUSMIL");  // generated plural "soldiers"
  EXPECT_EQ(doc.mentions[1].actor.code, "KSVGOV");
  EXPECT_EQ(doc.mentions[1].actor.country, "XKX");
  EXPECT_EQ(doc.mentions[2].actor.code, "KSVGOV");
  EXPECT_EQ(doc.mentions[2].antecedent, 1);
  // Out of the range: the default, country + ELI.
  Document later = testing::make_doc("Ana Ruiz left.", "2023-06-01");
  ActorStage(lex).run(later);
  ASSERT_EQ(later.mentions.size(), 1u);
  EXPECT_EQ(later.mentions[0].actor.code, "KSVELI");
}


TEST(ActorLexicon, ArabicArticleSurnameAlsoGivesTheBareShortForm) {
  LexiconDir d;
  d.write("a.txt", kCountries);
  d.write("b.txt",
          "person Karim al-Nadiri\n"
          "  short al-Nadiri\n"
          "  code KSVGOV\n"
          "person Layla el-Safi\n"
          "  alias el-Safi ; Safi\n"
          "  code RUSGOV\n");
  auto lex = load_actor_lexicon(d.path());
  // Alone, the bare surname is only a short form: not enough.
  Document alone = testing::make_doc("Nadiri left.", "2020-06-01");
  ActorStage(lex).run(alone);
  EXPECT_TRUE(alone.mentions.empty());
  // After the full name it refers back to it, as "al-Nadiri" does.
  Document doc = testing::make_doc("Karim al-Nadiri met envoys. Nadiri said talks went well.", "2020-06-01");
  ActorStage(lex).run(doc);
  ASSERT_EQ(doc.mentions.size(), 2u);
  EXPECT_EQ(doc.tokens_text(doc.mentions[1].token_begin, doc.mentions[1].token_end), "Nadiri");
  EXPECT_EQ(doc.mentions[1].actor.code, "KSVGOV");
  EXPECT_EQ(doc.mentions[1].antecedent, 0);
  // A bare form also listed as an alias keeps matching on its own.
  Document alias = testing::make_doc("Safi left.", "2020-06-01");
  ActorStage(lex).run(alias);
  ASSERT_EQ(alias.mentions.size(), 1u);
  EXPECT_EQ(alias.mentions[0].actor.code, "RUSGOV");
}

}  // namespace
}  // namespace dyad
