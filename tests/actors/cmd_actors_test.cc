// `dyad actors` end to end: ingest + text stage + actor stage, JSONL out.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

std::string run(const std::string& args, int* status) {
  std::string cmd = std::string(DYAD_CLI_PATH) + " --data " + DYAD_SOURCE_DIR + " actors " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  *status = pclose(p);
  return out;
}

TEST(CmdActors, PrintsMentionsWithDateBoundCodes) {
  auto path = std::filesystem::temp_directory_path() / ("dyad_cmd_actors_" + std::to_string(::getpid()) + ".txt");
  std::ofstream(path) << "Biden meets Putin\n\nPresident Joe Biden met Russian troops' commanders in Kyiv.\n";
  int status = 0;
  std::string out = run("--date 2022-03-01 " + path.string(), &status);
  EXPECT_EQ(status, 0) << out;
  EXPECT_NE(out.find("\"text\":\"President Joe Biden\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"code\":\"USAGOV\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"code\":\"RUSMIL\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"country\":\"UKR\""), std::string::npos) << out;
  // The same text as of 2018: Biden was out of office.
  out = run("--date 2018-03-01 " + path.string(), &status);
  EXPECT_NE(out.find("\"code\":\"USAELI\""), std::string::npos) << out;
  std::filesystem::remove(path);
}

TEST(CmdActors, RejectsBadDateAndBadLexicon) {
  int status = 0;
  std::string out = run("--date 2022-13-45 -", &status);
  EXPECT_NE(status, 0);
  EXPECT_NE(out.find("--date"), std::string::npos) << out;
  auto dir = std::filesystem::temp_directory_path() / ("dyad_cmd_actors_lex_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "bad.txt") << "country USA\n  nmae United States\n";
  out = run("--lexicon " + dir.string() + " -", &status);
  EXPECT_NE(status, 0);
  EXPECT_NE(out.find("bad.txt:2: unknown country attribute"), std::string::npos) << out;
  std::filesystem::remove_all(dir);
}

}  // namespace
