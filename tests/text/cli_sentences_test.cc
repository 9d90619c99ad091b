// `dyad sentences` and `dyad eval-sentences` from the command line.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() / name).string();
}

// Runs a shell command, returns its exit status and stdout.
int run(const std::string& cmd, std::string* out) {
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return -1;
  char buf[4096];
  size_t n;
  out->clear();
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out->append(buf, n);
  int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(CliSentences, OneSentencePerLine) {
  std::string in = temp_path("dyad_cli_sentences.txt");
  std::ofstream(in) << "Officials in the U.S. Senate met at 9 a.m. Monday. They left.\n\n"
                       "A new paragraph";
  std::string out;
  ASSERT_EQ(run(std::string(DYAD_CLI_PATH) + " sentences " + in, &out), 0);
  EXPECT_EQ(out,
            "Officials in the U.S. Senate met at 9 a.m. Monday.\nThey left.\nA new paragraph\n");
  ASSERT_EQ(run(std::string(DYAD_CLI_PATH) + " sentences --format jsonl " + in, &out), 0);
  EXPECT_NE(out.find("\"tokens\":[{\"begin\":0"), std::string::npos) << out;
  EXPECT_NE(out.find("\"norm\":\"U.S.\""), std::string::npos);
  std::remove(in.c_str());
}

TEST(CliSentences, JsonlInputAndErrors) {
  std::string in = temp_path("dyad_cli_sentences.jsonl");
  std::ofstream(in) << "{\"id\":\"a1\",\"text\":\"One. Two.\"}\n\nnot json\n";
  std::string out;
  // The bad third line is reported with file:line and a non-zero exit.
  int rc = run(std::string(DYAD_CLI_PATH) + " sentences --input jsonl " + in + " 2>&1", &out);
  EXPECT_NE(rc, 0);
  EXPECT_NE(out.find("One.\nTwo.\n"), std::string::npos) << out;
  EXPECT_NE(out.find(in + ":3:"), std::string::npos) << out;
  rc = run(std::string(DYAD_CLI_PATH) + " sentences /nonexistent/file.txt 2>&1", &out);
  EXPECT_NE(rc, 0);
  EXPECT_NE(out.find("/nonexistent/file.txt"), std::string::npos);
  rc = run(std::string(DYAD_CLI_PATH) + " eval-sentences --conllu /nonexistent/x.conllu 2>&1", &out);
  EXPECT_NE(rc, 0);
  EXPECT_NE(out.find("/nonexistent/x.conllu"), std::string::npos);
  std::remove(in.c_str());
}

}  // namespace
