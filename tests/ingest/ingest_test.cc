#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "dyad/ingest.h"

namespace dyad {
namespace {

std::string para_text(const Document& d, size_t i) {
  return std::string(d.span_text(d.paragraphs[i].begin, d.paragraphs[i].end));
}

TEST(Ingest, TextHeadlineParagraphsAndBoilerplate) {
  IngestOptions opt;
  opt.default_date = "2030-05-02";
  Document d = parse_text_document(
      "\n  Envoys trade barbs over border drills  \n\nShare this\n\n"
      "The foreign minister of Freedonia said on Monday that talks would resume.\n\n"
      "READ ALSO:  Markets slip as oil climbs\n\nHe added that a summit was possible.\n"
      "It would be held in Geneva.\n\nLeave a Reply\n",
      opt);
  EXPECT_EQ(d.title, "Envoys trade barbs over border drills");
  ASSERT_EQ(d.paragraphs.size(), 3u);
  EXPECT_TRUE(d.paragraphs[0].is_headline);
  EXPECT_EQ(para_text(d, 0), "Envoys trade barbs over border drills");
  EXPECT_EQ(para_text(d, 1).substr(0, 22), "The foreign minister o");
  EXPECT_EQ(para_text(d, 2), "He added that a summit was possible.\nIt would be held in Geneva.");
  EXPECT_EQ(d.date, "2030-05-02");
}

TEST(Ingest, BoilerplateKeepsShortSentences) {
  EXPECT_TRUE(is_boilerplate("Advertisement"));
  EXPECT_TRUE(is_boilerplate("Related: Ten things to know"));
  EXPECT_FALSE(is_boilerplate("Troops withdrew."));
  EXPECT_FALSE(is_boilerplate("The two presidents spoke by telephone for an hour"));
}

TEST(Ingest, JsonlRecordFields) {
  IngestOptions opt;
  Document d = parse_jsonl_record(
      R"({"id": 42, "title": "Talks resume", "text": "Negotiators met again.\n\nNo deal was reached.", "published": "2019-11-25 23:43:03Z", "url": "http://x"})",
      opt);
  EXPECT_EQ(d.id, "42");
  EXPECT_EQ(d.date, "2019-11-25");
  EXPECT_EQ(d.url, "http://x");
  EXPECT_EQ(d.paragraphs.size(), 3u);
}

TEST(Ingest, JsonlErrorsAreSpecific) {
  IngestOptions opt;
  EXPECT_THROW(parse_jsonl_record("{\"title\": ", opt), std::runtime_error);
  EXPECT_THROW(parse_jsonl_record("[1,2]", opt), std::runtime_error);
  EXPECT_THROW(parse_jsonl_record("{\"id\": \"x\"}", opt), std::runtime_error);
  EXPECT_THROW(parse_jsonl_record("{\"text\": [\"a\"]}", opt), std::runtime_error);
}

TEST(Ingest, RepairUtf8) {
  std::string s = "ok \xC3\xA9 bad \xFF\xFE end \xE2\x82";
  EXPECT_EQ(repair_utf8(s), 4u);
  EXPECT_EQ(s, "ok \xC3\xA9 bad \xEF\xBF\xBD\xEF\xBF\xBD end \xEF\xBF\xBD\xEF\xBF\xBD");
  std::string good = "Kyiv \xE2\x80\x99s";
  EXPECT_EQ(repair_utf8(good), 0u);
  std::string surrogate = "\xED\xA0\x80";
  EXPECT_EQ(repair_utf8(surrogate), 3u);
}

TEST(Ingest, NormalizeDate) {
  EXPECT_EQ(normalize_date("2021-04-14T10:00:00Z"), "2021-04-14");
  EXPECT_EQ(normalize_date("2021-13-14"), "");
  EXPECT_EQ(normalize_date("April 14"), "");
}

class IngestFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dyad_ingest_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& body) {
    auto p = dir_ / name;
    std::ofstream(p, std::ios::binary) << body;
    return p.string();
  }
  std::filesystem::path dir_;
};

TEST_F(IngestFiles, MalformedJsonlLineIsReportedAndRestKept) {
  std::string f = write("a.jsonl",
                        "{\"id\":\"1\",\"title\":\"T\",\"text\":\"Body one.\"}\n"
                        "{not json}\n"
                        "\n"
                        "{\"id\":\"3\",\"title\":\"T3\",\"text\":\"Body \xFF three.\"}\n");
  std::vector<std::string> ids;
  std::vector<IngestIssue> issues;
  size_t n = read_input(f, {}, [&](Document&& d) { ids.push_back(d.id); },
                        [&](const IngestIssue& i) { issues.push_back(i); });
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(ids, (std::vector<std::string>{"1", "3"}));
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].input, f + ":2");
  EXPECT_EQ(issues[0].severity, IngestIssue::Severity::kError);
  EXPECT_NE(issues[0].message.find("malformed JSON"), std::string::npos);
  EXPECT_EQ(issues[1].input, f + ":4");
  EXPECT_EQ(issues[1].severity, IngestIssue::Severity::kWarning);
}

TEST_F(IngestFiles, MissingEmptyAndDirectory) {
  std::vector<IngestIssue> issues;
  auto on_issue = [&](const IngestIssue& i) { issues.push_back(i); };
  size_t n = read_input((dir_ / "nope.txt").string(), {}, [](Document&&) {}, on_issue);
  EXPECT_EQ(n, 0u);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_NE(issues[0].message.find("no such file"), std::string::npos);

  issues.clear();
  write("b_empty.txt", "   \n\n");
  write("a_story.txt", "Headline here\n\nA minister spoke.\n");
  write(".hidden.txt", "Ignored\n\nNot read.\n");
  std::vector<std::string> titles;
  n = read_input(dir_.string(), {}, [&](Document&& d) { titles.push_back(d.title); }, on_issue);
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(titles, (std::vector<std::string>{"Headline here"}));
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_NE(issues[0].message.find("empty document"), std::string::npos);
  EXPECT_NE(issues[0].input.find("b_empty.txt"), std::string::npos);
}

TEST_F(IngestFiles, SniffsJsonlWithoutExtension) {
  std::string f = write("feed", "{\"title\":\"A\",\"text\":\"B.\",\"date\":\"2020-01-02\"}\n");
  std::vector<Document> docs;
  read_input(f, {}, [&](Document&& d) { docs.push_back(std::move(d)); }, [](const IngestIssue&) {});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].date, "2020-01-02");
  EXPECT_EQ(docs[0].id, f + ":1");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(Ingest, OversizedDocumentsAreCutIntoPartsLosingNothing) {
  IngestOptions opt;
  std::string body;
  for (int i = 0; i < 300; ++i) body += "word" + std::to_string(i) + " ";
  body += "\n\nSecond paragraph here.";
  Document d = make_article("Head", body, opt);
  d.id = "big";
  size_t total_words = 0;
  for (char c : d.text) total_words += c == ' ';
  auto parts = split_oversized(std::move(d), 500);
  ASSERT_GT(parts.size(), 3u);
  size_t words = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    EXPECT_LE(parts[i].text.size(), 500u);
    EXPECT_EQ(parts[i].id, "big#part" + std::to_string(i + 1));
    for (const auto& p : parts[i].paragraphs) EXPECT_LE(p.end, parts[i].text.size());
    for (char c : parts[i].text) words += c == ' ';
  }
  // Cuts fall on whitespace, which is dropped: one space per cut.
  EXPECT_EQ(words + parts.size() - 1, total_words);
  EXPECT_EQ(parts.back().text.substr(parts.back().text.size() - 22), "Second paragraph here.");
}

TEST(Ingest, UnbrokenTextIsCutOnCharacterBoundaries) {
  Document d;
  d.id = "x";
  for (int i = 0; i < 1000; ++i) d.text += "\xC3\xA9";  // é, no spaces at all
  auto parts = split_oversized(std::move(d), 301);
  size_t bytes = 0;
  for (auto& p : parts) {
    std::string t = p.text;
    EXPECT_EQ(repair_utf8(t), 0u);
    bytes += p.text.size();
  }
  EXPECT_EQ(bytes, 2000u);
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(Ingest, DatelineBecomesItsOwnParagraph) {
  IngestOptions opt;
  auto body_paragraphs = [&](const std::string& body) {
    Document d = make_article("Head", body, opt);
    std::vector<std::string> out;
    for (size_t i = 1; i < d.paragraphs.size(); ++i)
      out.push_back(std::string(d.span_text(d.paragraphs[i].begin, d.paragraphs[i].end)));
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(body_paragraphs("OSLO, NORWAY \xE2\x80\x94 Envoys met on Monday."),
            (V{"OSLO, NORWAY \xE2\x80\x94", "Envoys met on Monday."}));
  EXPECT_EQ(body_paragraphs("LIMA, Oct. 3 (Some Wire) - The minister resigned.\n\nLater text."),
            (V{"LIMA, Oct. 3 (Some Wire) -", "The minister resigned.", "Later text."}));
  // Not datelines: capitalised prose, an abbreviation subject, a dash inside a sentence.
  EXPECT_EQ(body_paragraphs("U.S. officials met - briefly - on Monday."), (V{"U.S. officials met - briefly - on Monday."}));
  EXPECT_EQ(body_paragraphs("NATO allies agreed on a plan."), (V{"NATO allies agreed on a plan."}));
  EXPECT_EQ(body_paragraphs("NATO allies - and Japan - agreed."), (V{"NATO allies - and Japan - agreed."}));
  EXPECT_EQ(body_paragraphs("EU ministers met - briefly."), (V{"EU ministers met - briefly."}));
  // Only the first body paragraph can open with a dateline.
  EXPECT_EQ(body_paragraphs("First.\n\nROME \xE2\x80\x94 Second."), (V{"First.", "ROME \xE2\x80\x94 Second."}));
}

}  // namespace
}  // namespace dyad
