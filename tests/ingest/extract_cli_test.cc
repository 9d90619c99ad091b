// `dyad extract` as a user runs it: the real binary on files written here.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_fixture.h"

namespace {

namespace fs = std::filesystem;

class ExtractCli : public dyad::cli_test::CliTest {
 protected:
  int run(const std::string& args, std::string* out, std::string* err, const char* cmd_name = "extract") {
    dyad::cli_test::CliResult r = dyad::cli_test::run_dyad(dir_, std::string(cmd_name) + " " + args, "/dev/null", 60);
    *out = r.out;
    *err = r.err;
    return r.exit_code;
  }
};

const char* kPage =
    "<html><head><meta charset=utf-8><title>Border crossing reopens | Valley Times</title>"
    "<meta property=\"article:published_time\" content=\"2028-02-14\"></head><body>"
    "<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
    "<div class=\"entry-content\"><p>The northern border crossing reopened on Monday after a week-long "
    "closure, customs officials said, and lorries began moving again by noon.</p>"
    "<p>Drivers had waited in queues stretching for kilometres while the two governments argued over "
    "inspection fees.</p></div>"
    "<div class=\"social-share\"><a href=#>Share</a><a href=#>Email</a></div></body></html>";

TEST_F(ExtractCli, TextAndJson) {
  std::string f = write("page.html", kPage);
  std::string out, err;
  ASSERT_EQ(run("'" + f + "'", &out, &err), 0) << err;
  EXPECT_EQ(out.substr(0, out.find('\n')), "Border crossing reopens");
  EXPECT_NE(out.find("\n\nThe northern border crossing reopened"), std::string::npos);
  EXPECT_NE(out.find("inspection fees."), std::string::npos);
  EXPECT_EQ(out.find("Home"), std::string::npos);
  EXPECT_EQ(out.find("Share"), std::string::npos);

  ASSERT_EQ(run("--format json '" + f + "'", &out, &err), 0) << err;
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["date"], "2028-02-14");
  EXPECT_EQ(j["title"], "Border crossing reopens");
  ASSERT_EQ(j["paragraphs"].size(), 3u);
  auto p = j["paragraphs"][1];
  std::string page(kPage);
  std::string src = page.substr(p["source_begin"].get<size_t>(), 20);
  EXPECT_EQ(src, "The northern border ");
}

TEST_F(ExtractCli, InputFormatAndErrors) {
  // Forced text: the markup is read as text, not parsed.
  std::string f = write("page.txt", kPage);
  std::string out, err;
  ASSERT_EQ(run("--input-format html '" + f + "'", &out, &err), 0) << err;
  EXPECT_EQ(out.substr(0, out.find('\n')), "Border crossing reopens");
  ASSERT_EQ(run("--input-format text '" + f + "'", &out, &err), 0) << err;
  EXPECT_NE(out.find("<html>"), std::string::npos);

  std::string empty = write("empty.html", "");
  EXPECT_EQ(run("'" + empty + "'", &out, &err), 1);
  EXPECT_NE(err.find(empty), std::string::npos) << err;
  EXPECT_NE(err.find("empty"), std::string::npos) << err;
  EXPECT_NE(run("--input-format xml '" + f + "'", &out, &err), 0);
}

// `dyad code` reads HTML through the same ingest: the article's event is
// coded, the furniture's is not, and evidence offsets index the clean text.
TEST_F(ExtractCli, CodeReadsHtmlThroughTheSameIngest) {
  std::string f = write("story.html",
                        "<html><head><title>Sanctions row | Wire</title></head><body>"
                        "<nav><a href=/>Home</a></nav><article>"
                        "<p>MOSCOW, April 14 (Wire) - Russia condemned the United States on Wednesday for imposing "
                        "new sanctions on its banks, the foreign ministry said.</p></article>"
                        "<div class=\"related-stories\"><ul><li><a href=/x>China condemns Japan over island "
                        "patrols</a></li><li><a href=/y>Markets fall</a></li></ul></div></body></html>");
  std::string out, err;
  ASSERT_EQ(run("'" + f + "'", &out, &err, "code"), 0) << err;
  std::istringstream in(out);
  int rus_usa = 0, chn = 0;
  for (std::string line; std::getline(in, line);) {
    auto e = nlohmann::json::parse(line);
    std::string s = e["source"].is_object() ? e["source"]["code"].get<std::string>() : "";
    std::string t = e["target"].is_object() ? e["target"]["code"].get<std::string>() : "";
    if (s.rfind("RUS", 0) == 0 && t.rfind("USA", 0) == 0) ++rus_usa;
    if (s.rfind("CHN", 0) == 0 || t.rfind("JPN", 0) == 0) ++chn;
  }
  EXPECT_GE(rus_usa, 1) << out;
  EXPECT_EQ(chn, 0) << out;
}

}  // namespace
