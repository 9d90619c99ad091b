// Bad input at the real `dyad` binary, one case per way a user can get it
// wrong: each must end with a clear message naming the input, the documented
// exit status, and whatever good input there was still processed.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>
#include <string>

#include "cli_fixture.h"
#include "dyad/ingest.h"

namespace {

namespace fs = std::filesystem;
using dyad::cli_test::CliResult;

class RobustCli : public dyad::cli_test::CliTest {
 protected:
  CliResult dyad(const std::string& args) { return dyad::cli_test::run_dyad(dir_, args); }
  std::string q(const std::string& path) { return "'" + path + "'"; }

  // Every stdout line parses as JSON; returns how many there were.
  static int json_lines(const std::string& out) {
    std::istringstream in(out);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      EXPECT_NO_THROW((void)nlohmann::json::parse(line)) << line.substr(0, 200);
      ++n;
    }
    return n;
  }
};

const char* kVerbs = "--- SHIP [070] ---\nSHIP {SHIPPED SHIPS}\n";
const char* kActors = "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n";
const char* kStory = "Freedonia shipped grain to Sylvania on Monday.\n";

// `--actors FILE story.txt`: the dictionary options take one path per use, so
// the input file after them is an input, not another dictionary.
TEST_F(RobustCli, DictionaryOptionDoesNotSwallowTheInputFile) {
  std::string v = write("v.txt", kVerbs), a = write("a.txt", kActors), story = write("story.txt", kStory);
  CliResult r = dyad("code --date 2020-01-01 --dict-mode replace --verbs " + q(v) + " --actors " + q(a) + " " +
                     q(story));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("story.txt:"), std::string::npos) << "story read as a dictionary: " << r.err;
  EXPECT_EQ(json_lines(r.out), 1) << r.out;
  EXPECT_NE(r.out.find("\"rule\":\"compat:"), std::string::npos) << r.out;  // the user verbs fired
  // Repeating an option still adds a second file.
  std::string a2 = write("a2.txt", "GRAUSTARK_ [GRK]\n");
  r = dyad("code --date 2020-01-01 --dict-mode replace --verbs " + q(v) + " --actors " + q(a) + " --actors " +
           q(a2) + " " + q(story));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json_lines(r.out), 1) << r.out;
}

// --dict-mode replace without a dictionary would silently code with dyad's
// own verbs, the opposite of what was asked.
TEST_F(RobustCli, DictModeReplaceWithoutDictionariesIsAUsageError) {
  std::string story = write("story.txt", kStory);
  CliResult r = dyad("code --date 2020-01-01 --dict-mode replace " + q(story));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("--dict-mode replace"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

// A directory given where a dictionary file is expected is an error naming
// it, not an empty dictionary.
TEST_F(RobustCli, DirectoryAsDictionaryFileIsAnError) {
  fs::create_directories(dir_ / "dicts");
  std::string story = write("story.txt", kStory);
  CliResult r = dyad("code --date 2020-01-01 --verbs " + q((dir_ / "dicts").string()) + " " + q(story));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("dicts:0: cannot read file: is a directory"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

// A day the month does not have is not a date, wherever a date is read.
TEST(RobustDates, ImpossibleCalendarDaysAreRejected) {
  EXPECT_EQ(dyad::normalize_date("2023-02-30"), "");
  EXPECT_EQ(dyad::normalize_date("2023-02-29"), "");
  EXPECT_EQ(dyad::normalize_date("2023-04-31"), "");
  EXPECT_EQ(dyad::normalize_date("2100-02-29"), "");
  EXPECT_EQ(dyad::normalize_date("2024-02-29"), "2024-02-29");
  EXPECT_EQ(dyad::normalize_date("2000-02-29"), "2000-02-29");
  EXPECT_EQ(dyad::normalize_date("2023-12-31T23:59:59Z"), "2023-12-31");
}

TEST_F(RobustCli, ImpossibleDateOptionIsAUsageError) {
  std::string story = write("story.txt", kStory);
  CliResult r = dyad("code --date 2023-02-30 " + q(story));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("2023-02-30"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

// A JSONL article dated with a day its month lacks is treated as undated:
// its events carry --date, never the impossible day.
TEST_F(RobustCli, ImpossibleJsonlDateIsNotUsed) {
  std::string in = write("a.jsonl",
                         "{\"id\":\"x\",\"date\":\"2023-02-30\",\"text\":\"Iran condemned Israel on Monday.\"}\n");
  CliResult r = dyad("code --date 2023-03-08 " + q(in));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("2023-02-30"), std::string::npos) << r.out;
}

// `dyad parse`: a missing file or a directory is reported and skipped, the
// other files are parsed.
TEST_F(RobustCli, ParseSkipsBadFilesAndParsesTheRest) {
  std::string good = write("good.txt", "Iran condemned Israel.\n");
  fs::create_directories(dir_ / "adir");
  CliResult r = dyad("parse " + q((dir_ / "missing.txt").string()) + " " + q((dir_ / "adir").string()) + " " +
                     q(good));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("missing.txt: cannot open"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("adir: is a directory"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\tcondemned\tcondemn\t"), std::string::npos) << r.out;
  // Nothing parsable at all: exit 1.
  r = dyad("parse " + q((dir_ / "missing.txt").string()));
  EXPECT_EQ(r.exit_code, 1) << r.err;
}

// Invalid UTF-8 is repaired with a warning; the JSON output stays valid
// (before: the JSON writer threw and the whole run ended with nothing).
TEST_F(RobustCli, ParseJsonRepairsInvalidUtf8) {
  std::string bad = write("bad.txt", "Iran \xff\xfe condemned \xc3 Israel.\n");
  CliResult r = dyad("parse --format json " + q(bad));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("bad.txt: invalid UTF-8"), std::string::npos) << r.err;
  EXPECT_EQ(json_lines(r.out), 1) << r.out;
  // CoNLL-U input too.
  std::string conllu = write("bad.conllu", "1\tIr\xffn\tIran\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n");
  r = dyad("parse --input conllu --format json " + q(conllu));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json_lines(r.out), 1) << r.out;
}

// One malformed sentence in a CoNLL-U file is reported and skipped; the other
// sentences are still read (before: `actors --conllu` stopped at the first
// bad line, and `parse --input conllu` dropped the whole file).
TEST_F(RobustCli, ConlluInputSkipsOnlyTheBadSentence) {
  std::string in = write("mixed.conllu",
                         "1\tChile\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                         "2\tbroke\n"
                         "\n"
                         "1\tPeru\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                         "2\tprotested\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                         "\n");
  CliResult r = dyad("actors --conllu " + q(in));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("mixed.conllu:2:"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"code\":\"PER\""), std::string::npos) << r.out;
  r = dyad("parse --input conllu " + q(in));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("mixed.conllu:2:"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\tPeru\t"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\tChile\t"), std::string::npos) << r.out;
}

TEST_F(RobustCli, QueryRejectsImpossibleDatesAndNanThreshold) {
  std::string in = write("a.jsonl",
                         "{\"id\":\"x\",\"date\":\"2023-03-08\",\"text\":\"Iran condemned Israel on Monday.\"}\n");
  const std::string db = q((dir_ / "ev.db").string());
  CliResult r = dyad("ingest --db " + db + " " + q(in));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = dyad("query --db " + db + " --dyad IRN-ISR --from 2023-02-30");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.err.find("2023-02-30"), std::string::npos) << r.err;
  r = dyad("export --db " + db + " --to 2023-04-31");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  r = dyad("query --db " + db + " --dyad IRN-ISR --z nan");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.err.find("--z"), std::string::npos) << r.err;
  r = dyad("query --db " + db + " --dyad IRN-ISR --from 2023-02-28");
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

// eval-events: a gold "file" that is a directory or holds no sentence is an
// error, not a 0/0 score that passes any --min gate; a NaN gate is refused.
TEST_F(RobustCli, EvalEventsRefusesEmptyGoldAndNanGates) {
  fs::create_directories(dir_ / "golddir");
  std::string empty = write("empty.jsonl", "\n\n");
  CliResult r = dyad("eval-events --gold " + q((dir_ / "golddir").string()));
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.err.find("golddir: is a directory"), std::string::npos) << r.err;
  r = dyad("eval-events --gold " + q(empty) + " --min-precision 0");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.err.find("empty.jsonl: no gold sentences"), std::string::npos) << r.err;
  std::string gold = write("g.jsonl", "{\"text\": \"Iran condemned Israel.\", \"date\": \"2021-04-14\", "
                                      "\"events\": [\"IRN ISR 111\"]}\n");
  r = dyad("eval-events --gold " + q(gold) + " --min-precision nan");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  r = dyad("eval-events --gold " + q(gold));
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

// An absurd --threads is a usage error (it ended in std::terminate when the
// system refused the threads).
TEST_F(RobustCli, HugeThreadCountIsAUsageError) {
  std::string story = write("story.txt", kStory);
  CliResult r = dyad("code --threads 100000 " + q(story));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("--threads"), std::string::npos) << r.err;
  r = dyad("ingest --db " + q((dir_ / "x.db").string()) + " --threads 100000 " + q(story));
  EXPECT_EQ(r.exit_code, 2) << r.err;
}

// `dyad sentences`: a directory or a bad JSONL line is reported and skipped,
// what follows is still split; the exit status says something was skipped.
TEST_F(RobustCli, SentencesSkipsBadInputAndGoesOn) {
  fs::create_directories(dir_ / "adir");
  std::string in = write("in.jsonl", "{\"id\":\"a\",\"text\":\"One. Two.\"}\nnot json\n{\"id\":\"b\",\"text\":\"Three.\"}\n");
  CliResult r = dyad("sentences --input jsonl " + q((dir_ / "adir").string()) + " " + q(in));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("adir: is a directory"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("in.jsonl:2:"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "One.\nTwo.\nThree.\n");
}

// JSONL written with a UTF-8 byte-order mark is still recognised as JSONL by
// content (a .txt name, or stdin); a number JSON cannot hold is a malformed
// record named by file:line, without nlohmann's exception prefix.
TEST_F(RobustCli, JsonlWithBomAndOverflowingNumber) {
  std::string in = write("bom.txt",
                         "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"Iran condemned Israel on Monday.\"}\n"
                         "{\"id\":\"b\",\"text\":\"Iran condemned Israel.\",\"date\":1e999}\n"
                         "{\"id\":\"c\",\"text\":\"Russian troops attacked Ukrainian positions near Kharkiv.\"}\n");
  CliResult r = dyad("code --date 2023-03-08 " + q(in));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json_lines(r.out), 2) << r.out;
  EXPECT_NE(r.out.find("\"doc\":\"a\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"doc\":\"c\""), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("bom.txt:2: malformed JSON: number overflow"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("[json.exception"), std::string::npos) << r.err;
}

// Runs `sh -c SCRIPT` in dir with DYAD (the binary) and DYAD_DATA set;
// returns the exit status, stdout and stderr.
CliResult run_sh(const fs::path& dir, const std::string& script) {
  const std::string out = (dir / "stdout").string(), err = (dir / "stderr").string();
  const std::string cmd = "cd '" + dir.string() + "' && DYAD='" + DYAD_CLI_PATH + "' DYAD_DATA='" + DYAD_SOURCE_DIR +
                          "' sh -c '" + script + "' >'" + out + "' 2>'" + err + "'";
  const int status = std::system(cmd.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = dyad::cli_test::slurp(out);
  r.err = dyad::cli_test::slurp(err);
  return r;
}

const char* kTwoArticles =
    "{\"id\":\"a\",\"text\":\"Iran condemned Israel on Monday.\"}\n"
    "{\"id\":\"b\",\"text\":\"Russian troops attacked Ukrainian positions near Kharkiv.\"}\n";

// A named pipe (or `<(...)` in bash) cannot be rewound after the format is
// sniffed: it is read whole instead (before, JSONL lost its first 256 bytes).
TEST_F(RobustCli, PipeGivenAsAFileIsReadWhole) {
  write("in.jsonl", kTwoArticles);
  CliResult r = run_sh(dir_, "mkfifo fifo.jsonl && (timeout 60 cat in.jsonl > fifo.jsonl &) && "
                             "timeout 60 \"$DYAD\" code --date 2023-03-08 fifo.jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json_lines(r.out), 2) << r.out << r.err;
  EXPECT_NE(r.out.find("\"doc\":\"a\""), std::string::npos) << r.out;
}

// An endless input (/dev/zero) is bounded: with memory to spare it stops at
// 1 GiB, with less the allocation failure is reported for that input. Either
// way the next input is still coded (before: std::terminate, nothing coded).
TEST_F(RobustCli, EndlessInputIsSkippedAndTheNextCoded) {
  write("in.jsonl", kTwoArticles);
  for (const std::string cmd : {"code --threads 1", "actors", "ingest --threads 1 --db x.db"}) {
    CliResult r = run_sh(dir_, "ulimit -v 800000; exec timeout 60 \"$DYAD\" " + cmd + " /dev/zero in.jsonl");
    EXPECT_EQ(r.exit_code, 0) << cmd << ": " << r.err;
    EXPECT_NE(r.err.find("/dev/zero: "), std::string::npos) << cmd << ": " << r.err;
    if (cmd.rfind("ingest", 0) == 0) EXPECT_NE(r.err.find("2 articles stored"), std::string::npos) << r.err;
    else EXPECT_NE(r.out.find("\"doc\":\"b\""), std::string::npos) << cmd << ": " << r.out;
  }
}

// parse and sentences read each input whole: out of memory on one is
// reported with its name and the next input still processed.
TEST_F(RobustCli, ParseAndSentencesSurviveAnEndlessInput) {
  write("in.txt", "Iran condemned Israel.\n");
  CliResult r = run_sh(dir_, "ulimit -v 800000; exec timeout 60 \"$DYAD\" parse /dev/zero in.txt");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("/dev/zero: out of memory"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\tcondemned\t"), std::string::npos) << r.out;
  r = run_sh(dir_, "ulimit -v 800000; exec timeout 60 \"$DYAD\" sentences /dev/zero in.txt");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("/dev/zero: out of memory"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "Iran condemned Israel.\n");
}

// Output that cannot be written (a full disk) fails the run, whatever the
// command: before, `dyad code ... > full-disk/out` exited 0 with nothing kept.
TEST_F(RobustCli, UnwritableOutputFailsTheRun) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  std::string story = write("story.txt", "Iran condemned Israel on Monday.\n");
  for (const std::string args : {"code --date 2023-03-08 " + q(story), "parse " + q(story), "sentences " + q(story)}) {
    const std::string err = (dir_ / "stderr").string();
    const std::string cmd = std::string("DYAD_DATA='") + DYAD_SOURCE_DIR + "' timeout 120 '" + DYAD_CLI_PATH + "' " +
                            args + " </dev/null >/dev/full 2>'" + err + "'";
    const int status = std::system(cmd.c_str());
    ASSERT_TRUE(WIFEXITED(status)) << args;
    EXPECT_EQ(WEXITSTATUS(status), 1) << args;
    EXPECT_NE(dyad::cli_test::slurp(err).find("cannot write the output"), std::string::npos) << args;
  }
}

// Training writes its model only at the end: an --out that cannot be written
// must fail before the training data is even read (here it does not exist).
TEST_F(RobustCli, TrainingRefusesAnUnwritableOutBeforeTraining) {
  const std::string missing = (fs::path(dir_) / "no-such-treebank.conllu").string();
  for (const char* what : {"parser", "tagger"}) {
    CliResult r = dyad(std::string("train ") + what + " --train " + q(missing) + " --dev " + q(missing) +
                       " --out " + q(dir_.string()));
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find("is a directory"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("no-such-treebank"), std::string::npos) << "read the data first: " << r.err;
    const std::string nowhere = (fs::path(dir_) / "no-such-dir" / "model.bin").string();
    r = dyad(std::string("train ") + what + " --train " + q(missing) + " --dev " + q(missing) + " --out " +
             q(nowhere));
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find("cannot write here"), std::string::npos) << r.err;
  }
  EXPECT_FALSE(fs::exists(fs::path(dir_).string() + ".tmp"));
}

}  // namespace
