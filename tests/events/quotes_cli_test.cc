// `dyad quotes` end to end: a quotation with its speaker as JSON Lines.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>
#include <vector>

namespace dyad {
namespace {

std::string run_cli(const std::string& args, int* rc) {
  std::string out;
  FILE* p = popen((std::string(DYAD_CLI_PATH) + " " + args + " 2>/dev/null").c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  *rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

TEST(QuotesCli, PrintsQuoteWithSpeaker) {
  std::string root = DYAD_SOURCE_DIR;
  if (!std::filesystem::exists(root + "/models/parser.bin")) GTEST_SKIP() << "models absent";
  auto path = std::filesystem::temp_directory_path() / ("dyad_quotes_cli_" + std::to_string(getpid()) + ".txt");
  {
    std::ofstream f(path);
    f << "Talks stall\n\n\xE2\x80\x9CWe will not sign this agreement,\xE2\x80\x9D the Greek prime minister said on Monday.\n";
  }
  int rc = -1;
  std::string out = run_cli("quotes --date 2021-04-14 " + path.string(), &rc);
  std::filesystem::remove(path);
  ASSERT_EQ(rc, 0);
  auto nl = out.find('\n');
  ASSERT_NE(nl, std::string::npos) << out;
  auto j = nlohmann::json::parse(out.substr(0, nl));
  EXPECT_EQ(j["text"], "We will not sign this agreement,");
  ASSERT_TRUE(j["speaker"].is_object()) << out;
  EXPECT_EQ(j["speaker"]["country"], "GRC");
  EXPECT_EQ(j["cue"]["text"], "said");
  EXPECT_EQ(j["id"], "q0");
  EXPECT_EQ(j["kind"], "direct");
  // Offsets are code points into the clean text: headline, blank line, body.
  std::u32string body = U"Talks stall\n\n\u201CWe will not sign this agreement,\u201D the Greek prime minister said on Monday.";
  auto slice = [&](const nlohmann::json& o) {
    std::u32string s = body.substr(o["start"].get<size_t>(), o["end"].get<size_t>() - o["start"].get<size_t>());
    std::string u;
    for (char32_t c : s) {
      if (c < 0x80) u += static_cast<char>(c);
      else { u += static_cast<char>(0xE0 | (c >> 12)); u += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); u += static_cast<char>(0x80 | (c & 0x3F)); }
    }
    return u;
  };
  EXPECT_EQ(slice(j), "We will not sign this agreement,");
  EXPECT_EQ(slice(j["speaker"]), j["speaker"]["text"].get<std::string>());
  EXPECT_NE(j["speaker"]["text"].get<std::string>().find("prime minister"), std::string::npos);
  ASSERT_TRUE(j["speaker"]["code"].is_string());
  EXPECT_EQ(slice(j["cue"]), "said");
}

TEST(QuotesCli, PartialQuoteAndNullSpeaker) {
  std::string root = DYAD_SOURCE_DIR;
  if (!std::filesystem::exists(root + "/models/parser.bin")) GTEST_SKIP() << "models absent";
  auto path = std::filesystem::temp_directory_path() / ("dyad_quotes_cli_partial_" + std::to_string(getpid()) + ".txt");
  {
    std::ofstream f(path);
    f << "Drills\n\nThe Chinese defence ministry called the exercises \"a grave provocation\" on Saturday.\n\n"
         "\"Nobody knows what will happen next in the strait or who will blink first.\"\n";
  }
  int rc = -1;
  std::string out = run_cli("quotes --date 2021-04-14 " + path.string(), &rc);
  std::filesystem::remove(path);
  ASSERT_EQ(rc, 0);
  std::vector<nlohmann::json> qs;
  size_t at = 0;
  for (size_t nl; (nl = out.find('\n', at)) != std::string::npos; at = nl + 1) qs.push_back(nlohmann::json::parse(out.substr(at, nl - at)));
  ASSERT_EQ(qs.size(), 2u) << out;
  EXPECT_EQ(qs[0]["kind"], "partial");
  EXPECT_EQ(qs[0]["text"], "a grave provocation");
  EXPECT_EQ(qs[0]["speaker"]["country"], "CHN");
  EXPECT_EQ(qs[1]["kind"], "direct");
  EXPECT_EQ(qs[1]["id"], "q1");
  // Nothing attributes the second quote except the paragraph before it.
  ASSERT_TRUE(qs[1]["speaker"].is_object()) << out;
  EXPECT_EQ(qs[1]["speaker"]["country"], "CHN");
}

TEST(QuotesCli, BadDateIsAnError) {
  int rc = 0;
  run_cli("quotes --date 2021-13-40 /dev/null", &rc);
  EXPECT_EQ(rc, 2);
}

}  // namespace
}  // namespace dyad
