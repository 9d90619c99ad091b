// End-to-end tests of `dyad code` as a user runs it: real binary, real files.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli_fixture.h"

namespace {

namespace fs = std::filesystem;

using RunResult = dyad::cli_test::CliResult;
using dyad::cli_test::slurp;

class CodeCli : public dyad::cli_test::CliTest {
 protected:
  // Runs `dyad code` with args (already shell-quoted), optional stdin file.
  RunResult run(const std::string& args, const std::string& stdin_file = "/dev/null") {
    return dyad::cli_test::run_dyad(dir_, "code " + args, stdin_file);
  }

  static std::vector<nlohmann::json> events(const std::string& out) {
    std::vector<nlohmann::json> v;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line)) v.push_back(nlohmann::json::parse(line));  // throws if invalid
    return v;
  }
};

const char* kStory =
    "Ministers trade charges over border drills\n\n"
    "The Ruritanian government accused Freedonia of provocation on Monday.\n\n"
    "Freedonian troops attacked a Ruritanian border post, the defence ministry said.\n";

TEST_F(CodeCli, BundledExampleCodesWellFormedEvents) {
  RunResult r = run("--date 2022-09-12 '" + std::string(DYAD_SOURCE_DIR) + "/examples/aegean-standoff.txt'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto evs = events(r.out);
  ASSERT_GE(evs.size(), 3u) << r.out;
  for (const auto& e : evs) {
    for (const char* k : {"doc", "sentence_index", "sentence", "date", "source", "target", "cameo", "root",
                          "plover", "plover_mode", "goldstein", "quad", "modality", "quote", "evidence", "version"})
      EXPECT_TRUE(e.contains(k)) << k << " missing in " << e.dump();
    EXPECT_TRUE(e["cameo"].is_string());
    EXPECT_EQ(e["cameo"].get<std::string>().substr(0, 2), e["root"].get<std::string>());
    EXPECT_GE(e["quad"].get<int>(), 1);
    EXPECT_LE(e["quad"].get<int>(), 4);
  }
}

TEST_F(CodeCli, MissingFileIsReportedAndOthersStillCoded) {
  std::string good = write("good.txt", kStory);
  RunResult r = run("--date 2030-01-07 '" + (dir_ / "missing.txt").string() + "' '" + good + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no such file"), std::string::npos) << r.err;
  // stderr is a file here, not a terminal: no progress display may appear.
  EXPECT_EQ(r.err.find('\r'), std::string::npos) << r.err;
  EXPECT_NO_THROW(events(r.out));
}

TEST_F(CodeCli, NothingCodableExitsNonZero) {
  RunResult missing = run("'" + (dir_ / "missing.txt").string() + "'");
  EXPECT_EQ(missing.exit_code, 1);
  std::string empty = write("empty.txt", "");
  RunResult r = run("'" + empty + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty document"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST_F(CodeCli, MalformedJsonlLineSkippedWithLineNumber) {
  std::string f = write("feed.jsonl",
                        "{\"id\":\"a\",\"title\":\"Clash\",\"text\":\"Freedonian troops attacked Ruritanian "
                        "police on Friday.\",\"published\":\"2030-02-01\"}\n"
                        "{\"id\":\"b\",\"title\": broken\n"
                        "{\"id\":\"c\",\"title\":\"Talks\",\"text\":\"The Ruritanian president met the "
                        "Freedonian prime minister.\",\"published\":\"2030-02-02\"}\n");
  RunResult r = run("'" + f + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("feed.jsonl:2"), std::string::npos) << r.err;
  for (const auto& e : events(r.out)) EXPECT_NE(e["doc"], "b");
}

TEST_F(CodeCli, InvalidUtf8IsRepairedWithWarning) {
  std::string f = write("bad.txt", std::string("Clash \xFF\xFE at border\n\n") + kStory);
  RunResult r = run("'" + f + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("invalid UTF-8"), std::string::npos) << r.err;
  EXPECT_NO_THROW(events(r.out));
}

TEST_F(CodeCli, HugeUnpunctuatedLineFinishes) {
  // 4 MB of words with no punctuation and no newline: must finish (the test
  // harness kills it after 120 s) and leave valid output.
  std::string words;
  const char* vocab[] = {"troops ", "moved ", "near ", "the ", "border ", "and ", "officials ", "waited "};
  for (size_t i = 0; words.size() < (4u << 20); ++i) words += vocab[i % 8];
  std::string f = write("huge.txt", "Headline\n\n" + words);
  RunResult r = run("'" + f + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NO_THROW(events(r.out));
}

TEST_F(CodeCli, StdinTsvAndDeterministicAcrossThreads) {
  std::string f = write("story.txt", kStory);
  RunResult tsv = run("--format tsv -", f);
  EXPECT_EQ(tsv.exit_code, 0) << tsv.err;
  EXPECT_EQ(tsv.out.rfind("doc\tsentence_index\t", 0), 0u);

  std::string feed;
  for (int i = 0; i < 40; ++i)
    feed += "{\"id\":\"d" + std::to_string(i) +
            "\",\"title\":\"T\",\"text\":\"Freedonian troops attacked Ruritanian police. The Ruritanian "
            "president condemned Freedonia.\",\"date\":\"2030-03-03\"}\n";
  std::string jf = write("many.jsonl", feed);
  RunResult one = run("--threads 1 '" + jf + "'");
  RunResult two = run("--threads 2 '" + jf + "'");
  EXPECT_EQ(one.exit_code, 0);
  EXPECT_EQ(one.out, two.out);
}

TEST_F(CodeCli, StatesAsGovernmentsIsAnOptIn) {
  // By default a state's name is the state (CAMEO dictionaries); with
  // --states-as-governments the state that condemns, and the one condemned,
  // is its government.
  const std::string f = write("states.txt", "Headline\n\nPeru condemned Chile on Monday.\n");
  auto codes = [&](const std::string& flags) {
    RunResult r = run(flags + "--date 2030-01-07 --format tsv '" + f + "'");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::istringstream in(r.out);
    std::string header, line;
    std::getline(in, header);
    std::getline(in, line);
    std::vector<std::string> cols;
    std::string c;
    std::istringstream ls(line);
    while (std::getline(ls, c, '\t')) cols.push_back(c);
    return cols.size() > 7 ? cols[3] + ">" + cols[5] + ":" + cols[7] : line;
  };
  EXPECT_EQ(codes(""), "PER>CHL:111");
  EXPECT_EQ(codes("--states-as-governments "), "PERGOV>CHLGOV:111");
}

TEST_F(CodeCli, BadDateIsAUsageError) {
  std::string f = write("s.txt", kStory);
  RunResult r = run("--date 14/04/2021 '" + f + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("YYYY-MM-DD"), std::string::npos);
}

}  // namespace

namespace {

TEST_F(CodeCli, DataOptionOverridesEnvironment) {
  std::string f = write("s.txt", kStory);
  // --data wins over DYAD_DATA (which run() points at the source tree).
  RunResult bad = run("--data '" + (dir_ / "no-such-dir").string() + "' '" + f + "'");
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("no-such-dir"), std::string::npos) << bad.err;
  RunResult good = run("--data '" + std::string(DYAD_SOURCE_DIR) + "' '" + f + "'");
  EXPECT_EQ(good.exit_code, 0) << good.err;
}

}  // namespace
