// `dyad quotes` end to end: a quotation with its speaker as JSON Lines.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

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
  auto path = std::filesystem::temp_directory_path() / "dyad_quotes_cli.txt";
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
}

TEST(QuotesCli, BadDateIsAnError) {
  int rc = 0;
  run_cli("quotes --date 2021-13-40 /dev/null", &rc);
  EXPECT_EQ(rc, 2);
}

}  // namespace
}  // namespace dyad
