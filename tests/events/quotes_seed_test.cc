// Acceptance check on the scraped wire story in ../shared/examples (never
// copied into the project): every direct quotation is attributed, and events
// the story dates "On Tuesday" fall on the Tuesday before the article date.
// Nothing in dyad is special-cased for this story.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

std::string run_capture(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

std::string seed_path() { return std::string(DYAD_SHARED_DIR) + "/examples/seed-article.txt"; }

std::string dyad(const std::string& args) {
  return run_capture(std::string("DYAD_DATA='") + DYAD_SOURCE_DIR + "' '" + DYAD_CLI_PATH + "' " + args + " '" +
                     seed_path() + "' 2>/dev/null");
}

TEST(QuotesSeed, EveryDirectQuotationHasASpeaker) {
  if (!std::filesystem::exists(seed_path())) GTEST_SKIP() << "../shared absent: " << seed_path();
  std::string out = dyad("quotes --date 2021-04-14");
  std::istringstream in(out);
  int direct = 0, attributed = 0;
  for (std::string line; std::getline(in, line);) {
    auto q = nlohmann::json::parse(line);
    if (q["kind"] != "direct") continue;
    ++direct;
    if (q["speaker"].is_object() && !q["speaker"]["text"].get<std::string>().empty()) ++attributed;
    else ADD_FAILURE() << "no speaker: " << q["text"];
  }
  EXPECT_GE(direct, 5) << out;
  EXPECT_EQ(attributed, direct);
}

TEST(QuotesSeed, OnTuesdayIsTheThirteenth) {
  if (!std::filesystem::exists(seed_path())) GTEST_SKIP() << "../shared absent: " << seed_path();
  std::string out = dyad("code --date 2021-04-14");
  std::istringstream in(out);
  int tuesday = 0;
  for (std::string line; std::getline(in, line);) {
    auto e = nlohmann::json::parse(line);
    if (e["date_text"].is_string() && e["date_text"] == "Tuesday") {
      ++tuesday;
      EXPECT_EQ(e["date"], "2021-04-13");
      EXPECT_EQ(e["date_source"], "relative");
    } else if (e["date_source"] == "article") {
      EXPECT_EQ(e["date"], "2021-04-14");
    }
  }
  EXPECT_GT(tuesday, 0) << out;
}

}  // namespace
