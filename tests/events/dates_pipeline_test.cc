// Event dates end to end: the shipped models and lexicons code news sentences
// written for this test, and the JSON event records carry the date, its
// source and the words that gave it.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/ingest.h"
#include "dyad/output.h"
#include "dyad/pipeline.h"

namespace dyad {
namespace {

const Pipeline* pipeline() {
  static std::unique_ptr<Pipeline> p = []() -> std::unique_ptr<Pipeline> {
    if (!std::filesystem::exists(std::string(DYAD_SOURCE_DIR) + "/models/parser.bin")) return nullptr;
    PipelineOptions o;
    o.root = DYAD_SOURCE_DIR;
    return Pipeline::load(o);
  }();
  return p.get();
}

// Records of the events coded from `body` in an article dated 2021-04-14
// (a Wednesday), or from an undated one.
std::vector<nlohmann::json> code(const std::string& body, const std::string& date = "2021-04-14") {
  IngestOptions o;
  o.default_date = date;
  Document d = make_article("Story", body, o);
  pipeline()->run(d);
  std::string out;
  append_events_jsonl(d, OutputOptions{}, out);
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) v.push_back(nlohmann::json::parse(line));
  return v;
}

// The first record whose verb evidence contains `verb`.
const nlohmann::json* with_verb(const std::vector<nlohmann::json>& v, const std::string& verb) {
  for (const auto& j : v)
    if (j["evidence"]["verb"].get<std::string>().find(verb) != std::string::npos) return &j;
  return nullptr;
}

#define NEED_MODELS() \
  if (!pipeline()) GTEST_SKIP() << "models absent"

TEST(EventDatesPipeline, OnTuesdayIsTheDayBeforeAWednesdayArticle) {
  NEED_MODELS();
  auto v = code("On Tuesday, Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.");
  const nlohmann::json* e = with_verb(v, "met");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ((*e)["date"], "2021-04-13");
  EXPECT_EQ((*e)["date_source"], "relative");
  EXPECT_EQ((*e)["date_text"], "Tuesday");
  ASSERT_TRUE((*e)["date_span"].is_array());
  // "Story\n\nOn " is 10 code points.
  EXPECT_EQ((*e)["date_span"][0], 10);
  EXPECT_EQ((*e)["date_span"][1], 17);
}

TEST(EventDatesPipeline, ExplicitDateAndArticleDefault) {
  NEED_MODELS();
  auto v = code(
      "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on March 5, 2020.\n\n"
      "Erdogan later met Iranian President Hassan Rouhani in Ankara.");
  const nlohmann::json* sochi = nullptr;
  const nlohmann::json* ankara = nullptr;
  for (const auto& j : v) {
    std::string s = j["sentence"];
    if (s.find("Sochi") != std::string::npos && !sochi) sochi = &j;
    if (s.find("Ankara") != std::string::npos && !ankara) ankara = &j;
  }
  ASSERT_NE(sochi, nullptr);
  EXPECT_EQ((*sochi)["date"], "2020-03-05");
  EXPECT_EQ((*sochi)["date_source"], "explicit");
  ASSERT_NE(ankara, nullptr);
  // The Sochi date belongs to the first sentence's clause only.
  EXPECT_EQ((*ankara)["date"], "2021-04-14");
  EXPECT_EQ((*ankara)["date_source"], "article");
  EXPECT_TRUE((*ankara)["date_text"].is_null());
}

TEST(EventDatesPipeline, FutureTenseWeekdayLooksForward) {
  NEED_MODELS();
  auto v = code("Russian President Vladimir Putin will meet Turkish President Recep Tayyip Erdogan in Ankara on Friday.");
  const nlohmann::json* e = with_verb(v, "meet");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ((*e)["date"], "2021-04-16");
}

TEST(EventDatesPipeline, UndatedArticle) {
  NEED_MODELS();
  auto v = code("Yesterday, Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.", "");
  const nlohmann::json* e = with_verb(v, "met");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE((*e)["date"].is_null());
  EXPECT_EQ((*e)["date_source"], "none");
}

}  // namespace
}  // namespace dyad
